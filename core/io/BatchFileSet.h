#pragma once

#include "io/BatchXml.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fla {

// The files of a batch declaration, named as the portal's batch channel
// expects (docs/batch/README.md):
//   FI.<CODE>.<sender>.<YYYYMMDD>.<seq>.<R|T>.1.1  the XML declaration
//   FS.…                                            its detached CMS signature, base64
//   GO.…                                            empty: the trigger, written last
namespace BatchFileSet {

// "FLA01.0566988259.20261128.00001.T.1.1" (without the FI./FS./GO. prefix).
QString baseName(const BatchHeader &header);

// A detached CMS (PKCS#7) signature of content, DER, made with the key and
// certificate of a PKCS#12 file (OpenSSL's CMS API).
bool signDetached(const QByteArray &content, const QString &pkcs12Path, const QString &password,
                  QByteArray *der, QString *error);

// Writes FI, FS (when a certificate is given) and GO into dir. The files are
// written complete before GO appears. Returns the paths written.
bool write(const QString &dir, const BatchHeader &header, const DataSet &data, const QString &pkcs12Path,
           const QString &password, QStringList *written, QString *error);

} // namespace BatchFileSet

} // namespace fla
