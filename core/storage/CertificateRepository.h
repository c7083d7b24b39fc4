#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace fla {

class Workspace;

// A certificate file attached to a participation, kept in the workspace.
struct CertificateFile
{
    qint64 id = 0;
    QUuid participationUuid;
    QString fileName; // the name it had, without its folder
    qint64 size = 0;
    QString sha256;
    QString addedAt; // UTC, ISO
};

// The certificate files of one employer's participations (table
// certificate_file, migration 8). Obtained from Workspace::certificates(employerUuid).
class CertificateRepository
{
public:
    // The largest file kept: a scan or a PDF certificate fits, a video does not.
    static constexpr qint64 kMaxBytes = 5 * 1024 * 1024;

    // Reads the file at path and keeps it with the participation (of this employer).
    // Refused, with a message naming the file and the participation, when the file
    // cannot be read, is empty or larger than kMaxBytes, or the participation is not this employer's.
    bool attach(const QUuid &participationUuid, const QString &path, QString *error);
    QList<CertificateFile> forParticipation(const QUuid &participationUuid, QString *error = nullptr) const;
    // The file's bytes; empty with a message when it is not this employer's.
    QByteArray content(qint64 id, QString *error) const;
    bool remove(qint64 id, QString *error);

private:
    friend class Workspace;
    CertificateRepository(Workspace &ws, const QUuid &employer)
        : m_ws(&ws)
        , m_employer(employer)
    {}
    Workspace *m_ws;
    QUuid m_employer;
};

} // namespace fla
