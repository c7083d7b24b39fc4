#pragma once

#include "core/dataset/DataSet.h"
#include "core/reports/Credit.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace fla::reports {

// Yearly worker statements: one PDF per worker and year, in the worker's
// language, with the trainings followed, the rights, and the credit used and
// remaining. Needs a QGuiApplication (fonts); the offscreen platform will do.

// The statement of one worker as HTML (what the PDF is drawn from).
// credit: the worker's figures when already computed for many workers.
QString statementHtml(const DataSet &data, const Worker &worker, int year, const QDate &issuedOn,
                      const CreditFigures *credit = nullptr);

// "2025-peeters-jan-1a2b3c4d.pdf": no INSZ in a file name.
QString statementFileName(const Worker &worker, int year);

// Workers with something to tell for the year: a right, a participation or
// an employment that overlaps it.
QList<Worker> workersForYear(const DataSet &data, int year);

// Writes one PDF per worker into outDir, or one merged PDF
// (statements-<year>.pdf) with each worker starting on a new page.
bool writeStatements(const DataSet &data, int year, const QDate &issuedOn, const QString &outDir, bool merged,
                     QStringList *written, QString *error);

// Writes the statement (the training account's yearly overview) of one worker to path.
bool writeStatement(const DataSet &data, const Worker &worker, int year, const QDate &issuedOn,
                    const QString &path, QString *error);

} // namespace fla::reports
