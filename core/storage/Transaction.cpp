#include "core/storage/Transaction.h"

#include "core/storage/Workspace.h"

namespace fla {

Transaction::Transaction(Workspace &ws)
    : m_ws(&ws)
{
    m_active = m_ws->beginTransaction(nullptr);
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit(QString *error)
{
    if (!m_active)
        return false;
    m_active = false;
    return m_ws->commitTransaction(error);
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_ws->rollbackTransaction();
}

} // namespace fla
