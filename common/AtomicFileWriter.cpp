#include "common/AtomicFileWriter.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

namespace {
// The system's own text for the last error, when Qt had none of its own to give.
QString systemReason(const QString &qtReason, int savedErrno)
{
    if (!qtReason.isEmpty() && qtReason != QLatin1String("Unknown error"))
        return qtReason;
    if (savedErrno != 0)
        return QString::fromLocal8Bit(std::strerror(savedErrno));
    return qtReason.isEmpty() ? QStringLiteral("Unknown error") : qtReason;
}
} // namespace

AtomicFileWriter::AtomicFileWriter(const QString &fileName, QFileDevice::Permissions permissions)
    : m_fileName(fileName), m_permissions(permissions), m_file(fileName)
{ }

AtomicFileWriter::~AtomicFileWriter()
{
    if (m_file.isOpen())
        m_file.cancelWriting();
}

bool AtomicFileWriter::fail(const QString &reason)
{
    if (!m_failed) {
        m_failed = true;
        m_error = reason;
    }
    if (m_file.isOpen())
        m_file.cancelWriting();
    return false;
}

bool AtomicFileWriter::open()
{
    if (m_failed)
        return false;
    const QFileInfo info(m_fileName);
    if (!QDir().mkpath(info.absolutePath())) {
        const int savedErrno = errno;
        return fail(systemReason(QString(), savedErrno));
    }
    errno = 0;
    // Unbuffered: every write reaches the system at once, so a full disk shows at the write
    // that met it, not at a flush that might be skipped.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        const int savedErrno = errno;
        return fail(systemReason(m_file.errorString(), savedErrno));
    }
    if (!info.exists())
        m_file.setPermissions(m_permissions);
    return true;
}

bool AtomicFileWriter::write(QByteArrayView data)
{
    if (m_failed || !m_file.isOpen())
        return m_failed ? false : fail(QStringLiteral("the file is not open"));
    qsizetype done = 0;
    while (done < data.size()) {
        errno = 0;
        const qint64 written = m_file.write(data.data() + done, data.size() - done);
        if (written <= 0) {
            const int savedErrno = errno;
            return fail(systemReason(m_file.errorString(), savedErrno));
        }
        done += written;
    }
    return true;
}

bool AtomicFileWriter::commit()
{
    if (m_failed || !m_file.isOpen())
        return m_failed ? false : fail(QStringLiteral("the file is not open"));
    errno = 0;
    if (!m_file.commit()) {
        const int savedErrno = errno;
        return fail(systemReason(m_file.errorString(), savedErrno));
    }
    return true;
}

void AtomicFileWriter::cancel()
{
    if (m_file.isOpen())
        m_file.cancelWriting();
}

bool AtomicFileWriter::writeFile(const QString &fileName, QByteArrayView data, QString *errorString,
                                 QFileDevice::Permissions permissions)
{
    AtomicFileWriter writer(fileName, permissions);
    const bool ok = writer.open() && writer.write(data) && writer.commit();
    if (!ok && errorString)
        *errorString = writer.errorString();
    return ok;
}
