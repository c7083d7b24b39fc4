#pragma once

#include <QByteArray>
#include <QString>

namespace fla {
class Workspace;
}

namespace fla::test {

// Folder for files the tests leave for people to look at (screenshots, PDFs).
QString artifactsDir();
// The path of a built executable of the project (fladesk-cli, fla-sandbox).
QString executablePath(const QString &name);
// Makes every file and folder below dir writable by its owner, so that the
// temporary folder holding it can be removed (Chromium leaves read-only files
// in its profile).
void makeRemovable(const QString &dir);
// A digest of every record the workspace holds: each record table's rows in
// uuid order, every column but row ids (references by uuid instead), and the
// number of audit entries and outbox rows. Equal digests: the same records,
// field for field, whatever order they were written in.
QByteArray recordsDigest(Workspace &ws);

// The peak resident memory, in MiB, of this process or of the largest of the
// child processes it has waited for (each ran alone, so each stayed at or
// below it); 0 where the system does not say.
enum class MemoryOf
{
    ThisProcess,
    Children
};
qint64 peakRssMiB(MemoryOf whose);

// Whether a peak of peakMiB keeps within budgetMiB. Under AddressSanitizer
// (the asan preset) every process carries shadow memory and a quarantine several
// times its own size, so a budget is checked by the other builds only.
inline bool withinMemoryBudget(qint64 peakMiB, qint64 budgetMiB)
{
#ifdef FLADESK_SANITIZED
    Q_UNUSED(peakMiB);
    Q_UNUSED(budgetMiB);
    return true;
#else
    return peakMiB <= budgetMiB;
#endif
}

} // namespace fla::test
