#pragma once

#include "core/domain/CodeLabels.h"

#include <QComboBox>
#include <initializer_list>

namespace fla::ui {

// A combo box of a code list (domain/Enums.h): each item holds its code. The
// items exist from the start, so a record is filled in exactly; nameCodes()
// names them in the interface's language (again after a language change).

template<typename E> void addCodes(QComboBox *combo, std::initializer_list<E> codes)
{
    for (const E c : codes)
        combo->addItem(QString(), int(c));
}

template<typename E> void nameCodes(QComboBox *combo)
{
    for (int i = 0; i < combo->count(); ++i)
        combo->setItemText(i, codeLabel(E(combo->itemData(i).toInt())));
}

template<typename E> E codeOf(const QComboBox *combo)
{
    return E(combo->currentData().toInt());
}

template<typename E> void selectCode(QComboBox *combo, E code)
{
    combo->setCurrentIndex(combo->findData(int(code)));
}

} // namespace fla::ui
