#pragma once

#include "core/domain/EnterpriseNumber.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

// A workspace in a temporary folder with one company, Bakkerij Peeters, for the
// tests of the sync dialogs; workers and trainings are saved in it with add….
struct SyncWorkspaceFixture
{
    QTemporaryDir dir;
    std::unique_ptr<fla::Workspace> ws;
    fla::Employer employer;

    SyncWorkspaceFixture()
    {
        QString error;
        ws = fla::Workspace::open(dir.filePath("ws.fladesk"), &error);
        employer.uuid = QUuid::createUuid();
        employer.enterpriseNumber = fla::EnterpriseNumber::compose(4211111);
        employer.name = "Bakkerij Peeters";
        ws->employers().save(employer);
    }

    // A Dutch-speaking worker of the company, saved.
    fla::Worker addWorker(const QString &family, const QString &given, const QString &ssin,
                          const QDate &birthDate = {}, const QString &address = {})
    {
        fla::Worker w{QUuid::createUuid(), employer.uuid,        ssin,   family, given,
                      birthDate,           fla::Language::Dutch, address};
        ws->workers(employer.uuid).save(w);
        return w;
    }

    // A one-day training by Syntra, saved.
    fla::Training addTraining(const QString &name, const QDate &day, double hours)
    {
        fla::Training t;
        t.uuid = QUuid::createUuid();
        t.employerUuid = employer.uuid;
        t.name = name;
        t.startDate = t.endDate = day;
        t.duration = hours;
        t.provider = "Syntra";
        ws->trainings(employer.uuid).save(t);
        return t;
    }

    // Everything saved so far was declared: the outbox has nothing pending.
    void markAllDeclared()
    {
        fla::OutboxRepository outbox = ws->outbox(employer.uuid);
        QList<qint64> ids;
        const fla::Result<QList<fla::OutboxEntry>> pending = outbox.findEntries(fla::OutboxState::Pending);
        QVERIFY2(pending, qPrintable(pending.error()));
        for (const fla::OutboxEntry &r : *pending)
            ids.append(r.id);
        outbox.markDone(ids);
    }

    // The languages the screenshots are taken in, as a _data() function's rows.
    static void screenshotLanguages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nl") << "nl";
        QTest::newRow("fr") << "fr";
    }
};
