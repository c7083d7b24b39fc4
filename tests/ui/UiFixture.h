#pragma once

#include "SmallCompanySet.h"
#include "WorkspaceFixture.h"

#include "core/domain/Ssin.h"
#include "ui/app/Session.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/widgets/FieldMarker.h"

#include <QApplication>
#include <QStandardPaths>

// A session over the small company set (tests/support/SmallCompanySet) in a
// temporary real workspace, read and written through the app's own data source,
// with a clock fixed on 15 Nov 2025: what the widget tests run on.
struct UiFixture : WorkspaceFixture
{
    const fla::DataSet set; // what was loaded, in the order it was given

    explicit UiFixture(const fla::DataSet &data = fla::test::smallCompanySet())
        : WorkspaceFixture(data, QDateTime(QDate(2025, 11, 15), QTime(10, 0), Qt::UTC))
        , set(data)
    {}

    static void initApp(const QString &language = QStringLiteral("en"))
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("FLA Desk tests"));
        QApplication::setApplicationName(QStringLiteral("ui tests"));
        fla::ui::SettingsDialog::applyLanguage(language);
        qApp->setStyleSheet(fla::ui::fieldMarkerStyleSheet());
    }

    // The first company of the set (by name, as the company switcher lists them).
    QUuid employer() const { return source->employers().first().uuid; }

    // The participations the workspace holds, of every company.
    qint64 participationTotal() const
    {
        qint64 n = 0;
        for (const fla::Employer &e : source->employers())
            n += source->participationCount(e.uuid, {});
        return n;
    }
};
