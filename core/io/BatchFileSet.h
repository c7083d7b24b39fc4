#pragma once

#include "core/io/BatchXml.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fla {

// What checking an FI file's FS signature found.
struct BatchSignatureCheck
{
    enum class State
    {
        Valid,   // FS signs exactly these bytes (and chains to the trusted authority when one was given)
        Missing, // there is no FS file
        Invalid  // FS is not a signature of these bytes, or not a signature at all
    };
    State state = State::Missing;
    QString signature;         // the FS path (also when missing)
    QString signer;            // the subject of the signer's certificate (RFC 2253), when readable
    bool chainChecked = false; // the signer's certificate chains to trustedCaFile
    QString message;           // translated: why it is missing or invalid, naming the files
};

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

// The FS file that goes with an FI file: the same folder and name with FS.
// for FI.; empty when the name does not start with FI.
QString signatureFileFor(const QString &fiPath);

// Checks fiPath against its FS file (base64 DER, as write() makes it) with
// OpenSSL's CMS_verify over the file's exact bytes. With trustedCaFile (PEM)
// the signer's certificate must chain to it; without, the signature is
// checked with the certificate it carries, whose subject is returned for the
// user to judge. An FS file over 1 MiB is refused unread.
BatchSignatureCheck verifySignature(const QString &fiPath, const QString &trustedCaFile = {});

// Writes FI, FS (when a certificate is given) and GO into dir. The files are
// written complete before GO appears. Returns the paths written.
bool write(const QString &dir, const BatchHeader &header, const DataSet &data, const QString &pkcs12Path,
           const QString &password, QStringList *written, QString *error);

} // namespace BatchFileSet

} // namespace fla
