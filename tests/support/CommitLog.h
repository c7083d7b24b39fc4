#pragma once

// How a child process that a test kills tells the test what it committed: one
// line per commit, appended to a file once the commit has returned. A file and
// not standard output: what the child wrote into a file before the kill is there
// for the test to read on every platform, while the last lines it wrote into a
// pipe may never reach the test (under Wine they did not). The child includes
// this header too, so it needs Qt Core only.
#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

namespace fla::test {

class CommitLogWriter
{
public:
    explicit CommitLogWriter(const QString &path)
        : m_file(path)
    {}
    // Unbuffered: each line goes to the system at once, so a kill right after
    // append() returns cannot take it back.
    bool open() { return m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered); }
    bool append(const QByteArray &line)
    {
        const QByteArray withEnd = line + '\n';
        return m_file.write(withEnd) == withEnd.size();
    }
    QString errorString() const { return m_file.errorString(); }

private:
    QFile m_file;
};

// The complete lines of a commit log: a line the kill cut short was never a
// report. None while the child has not written the file yet.
inline QList<QByteArray> readCommitLog(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    QList<QByteArray> lines = bytes.left(bytes.lastIndexOf('\n') + 1).split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

} // namespace fla::test
