#pragma once

#include "models/ConnectionProfile.h"

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// hookbench-sandbox as a child process, so that the server does not share the benchmark's
// event loop. It listens on a free port of 127.0.0.1 and keeps its data in a temporary
// directory that is removed with this object. Stopped (SIGTERM, then kill) on destruction.
class SandboxProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxProcess)

public:
    // `program`: the hookbench-sandbox executable.
    explicit SandboxProcess(const QString &program, QObject *parent = nullptr);
    ~SandboxProcess() override;

    // Starts the sandbox with `arguments` (besides --port 0 and --data) and waits up to
    // `timeoutMs` for its first line; false and *error on failure.
    bool start(const QStringList &arguments, QString *error, int timeoutMs = 60000);
    void stop();

    QUrl baseUrl() const { return m_baseUrl; } // http://127.0.0.1:PORT/v1
    // A profile for baseUrl() with the sandbox's default account, and its default token.
    ConnectionProfile profile() const;
    static QString token();

    // The arguments of a listing benchmark: `seed` webhooks, `latencyMs` on every response,
    // the burst limit ("0" or "N/S") and the hourly limit (0: off).
    // `pagination` is "pages" or "cursor"; `jitterMs` > 0 adds --latency-jitter-ms.
    static QStringList listingArguments(int seed, int latencyMs, const QString &burstLimit,
                                        int hourlyLimit,
                                        const QString &pagination = QStringLiteral("pages"),
                                        int jitterMs = 0);
    // Whether `program --help` lists the option `--name` (older sandboxes lack some).
    static bool supportsOption(const QString &program, const QString &name);

private:
    QString m_program;
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_baseUrl;
};
