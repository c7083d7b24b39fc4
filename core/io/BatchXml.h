#pragma once

#include "core/dataset/DataSet.h"

#include <QByteArray>
#include <QDate>
#include <QIODevice>
#include <QList>
#include <QString>

namespace fla {

// The header of a batch declaration file (docs/batch/fla-declaration-v1.xsd).
struct BatchHeader
{
    QString sender;  // the sender's number as in the file name (enterprise or NSSO number)
    QDate createdOn; // the date in the file name
    int sequence = 1;
    bool production = false; // R (production) or T (test)
    QString software;
};

// One problem found while reading a batch file, named by line, element and
// attribute so a person can find it.
struct BatchIssue
{
    qint64 line = 0;
    QString element;   // training
    QString attribute; // startDate; empty for the element itself
    QString message;   // translated
};

struct BatchReadResult
{
    bool ok = false; // well-formed, valid, every reference resolved
    BatchHeader header;
    DataSet data;
    QList<BatchIssue> issues;
};

// The XML of a batch declaration: written with QXmlStreamWriter, read back
// with a streaming QXmlStreamReader that validates every value as it goes
// (types, code lists, identifier check digits, references, unique UUIDs).
namespace BatchXml {

QString fileCode();     // FLA01
QString namespaceUri(); // urn:fladesk:batch:FLA01:v1

// Employers are written in the order given, each with its own records.
bool write(QIODevice *device, const BatchHeader &header, const DataSet &data, QString *error);
QByteArray toBytes(const BatchHeader &header, const DataSet &data);

// Stops collecting issues after maxIssues (the file is still read to the end).
BatchReadResult read(QIODevice *device, int maxIssues = 1000);
BatchReadResult read(const QByteArray &bytes, int maxIssues = 1000);

} // namespace BatchXml

} // namespace fla
