#pragma once

#include "core/common/Clock.h"
#include "core/generate/Generator.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/BulkLoader.h"
#include "core/storage/Workspace.h"
#include "ui/app/Session.h"
#include "ui/data/StorageDataSource.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

// A real SQLite workspace in a temporary folder, read and written through the
// app's own data source (StorageDataSource), with a clock fixed on a day the
// test chooses: the widget tests use the product the way the app does.
struct WorkspaceFixture
{
    fla::ManualClock clock;
    QTemporaryDir dir;
    std::unique_ptr<fla::ui::StorageDataSource> source;
    std::unique_ptr<fla::ui::Session> session;

    explicit WorkspaceFixture(const fla::DataSet &set = {},
                              const QDateTime &now = QDateTime(QDate(2026, 7, 15), QTime(10, 0), Qt::UTC))
        : clock(now)
    {
        QString error;
        source = fla::ui::StorageDataSource::open(dir.filePath(QStringLiteral("ws.fladesk")), clock, &error);
        if (!source)
            qFatal("workspace not opened: %s", qPrintable(error));
        if (!set.employers.isEmpty()) {
            const fla::BulkLoadResult loaded = fla::loadDataSet(source->workspace(), set);
            if (!loaded.ok || !source->revalidateAll(&error))
                qFatal("data set not loaded: %s", qPrintable(loaded.error + error));
        }
        session = std::make_unique<fla::ui::Session>(source.get(), clock);
    }

    // A small reproducible set of companies, workers and trainings (the generator's clean records).
    static fla::DataSet generatedSet(int participations = 30)
    {
        fla::GeneratorOptions options;
        options.participations = participations;
        return fla::Generator::generate(options).set;
    }

    // The languages a test runs in, as a _data() function's rows.
    static void languages(const QStringList &codes = {QStringLiteral("nl"), QStringLiteral("fr")})
    {
        QTest::addColumn<QString>("language");
        for (const QString &code : codes)
            QTest::newRow(qPrintable(code)) << code;
    }

    // Entries in the audit trail of every company: a write that changed something adds one.
    qint64 auditCount() const
    {
        qint64 n = 0;
        for (const fla::Employer &e : source->employers())
            n += source->workspace().audit(e.uuid).findCount().value();
        return n;
    }
};
