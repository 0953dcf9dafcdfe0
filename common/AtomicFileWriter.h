#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFileDevice>
#include <QSaveFile>
#include <QString>

// The one path through which Hookbench and its sandbox write files.
//
// A file is written whole or not at all: the bytes go to a temporary file beside the target,
// every write is checked (a short write is an error), and commit() flushes, syncs and renames
// it over the target. Until commit() succeeds the previous file stays as it was. Errors carry
// the system's reason ("No space left on device"), never "Unknown error".
//
// Not thread-safe; one writer per file. Threading: usable from any one thread.
class AtomicFileWriter final
{
    Q_DISABLE_COPY_MOVE(AtomicFileWriter)

public:
    // `permissions` apply to a newly created file (an existing file keeps its own).
    explicit AtomicFileWriter(const QString &fileName,
                              QFileDevice::Permissions permissions = DefaultPermissions);
    ~AtomicFileWriter(); // cancels an uncommitted write

    static constexpr QFileDevice::Permissions DefaultPermissions = QFileDevice::ReadOwner
            | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    static constexpr QFileDevice::Permissions PrivatePermissions
            = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    // Creates the folder when missing and opens the temporary file.
    bool open();
    // Writes all of `data`, or fails; after a failure every further call fails too.
    bool write(QByteArrayView data);
    // Flushes, syncs and renames over the target. False leaves the target untouched.
    bool commit();
    // Drops the temporary file; the target stays as it was.
    void cancel();

    QString fileName() const { return m_fileName; }
    // The system's reason for the first failure, empty when nothing failed.
    QString errorString() const { return m_error; }

    // Writes `data` as the whole content of `fileName`. On failure returns false and sets
    // *errorString to the system's reason.
    static bool writeFile(const QString &fileName, QByteArrayView data,
                          QString *errorString = nullptr,
                          QFileDevice::Permissions permissions = DefaultPermissions);

private:
    bool fail(const QString &reason);

    QString m_fileName;
    QFileDevice::Permissions m_permissions;
    QSaveFile m_file;
    QString m_error;
    bool m_failed = false;
};
