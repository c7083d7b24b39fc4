#pragma once

#include "app/Session.h"
#include "common/Clock.h"
#include "data/DemoData.h"
#include "data/MemoryDataSource.h"
#include "dialogs/SettingsDialog.h"
#include "domain/Ssin.h"
#include "widgets/FieldMarker.h"

#include <QApplication>
#include <QStandardPaths>
#include <memory>

// A session over the demo data in memory, with a clock fixed on 15 Nov 2025,
// for the widget tests.
struct UiFixture
{
    fla::ManualClock clock{QDateTime(QDate(2025, 11, 15), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<fla::MemoryDataSource> source;
    std::unique_ptr<fla::Session> session;

    explicit UiFixture(fla::DataSet data = fla::demoDataSet())
    {
        source = std::make_unique<fla::MemoryDataSource>(std::move(data));
        session = std::make_unique<fla::Session>(source.get(), clock);
    }

    static void initApp(const QString &language = QStringLiteral("en"))
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("FLA Desk tests"));
        QApplication::setApplicationName(QStringLiteral("ui tests"));
        fla::ui::SettingsDialog::applyLanguage(language);
        qApp->setStyleSheet(fla::ui::fieldMarkerStyleSheet());
    }

    // The first employer of the demo and its worker count.
    QUuid employer() const { return source->data().employers.first().uuid; }
};
