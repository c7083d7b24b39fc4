#pragma once

#include <QString>

namespace fla {

class Workspace;

// A unit of work on a workspace (RAII). Nested transactions join the
// outermost one; only the outermost commit() writes. A transaction that goes
// out of scope without commit() is rolled back.
class Transaction
{
public:
    explicit Transaction(Workspace &ws);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit(QString *error = nullptr);
    void rollback();

private:
    Workspace *m_ws;
    bool m_active = false;
};

} // namespace fla
