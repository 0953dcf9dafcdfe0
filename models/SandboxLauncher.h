#pragma once

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

// Runs hookbench-sandbox as a child process for `hookbench --sandbox`: on a free loopback
// port, with sample webhooks in a temporary data file, and stops it when destroyed. It
// serves two accounts: `wdc` with the sample webhooks and `wdc-qa` with a few that differ
// (the sandbox's --seed-variant), so that comparing accounts can be tried.
// Widgets-free. GUI thread.
class SandboxLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxLauncher)

public:
    static constexpr auto Account = "wdc";
    static constexpr auto QaAccount = "wdc-qa";
    static constexpr int QaSeed = 20; // the QA account varies the first 20 sample webhooks

    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    // hookbench-sandbox beside the running executable (build tree and install tree alike).
    static QString defaultProgram();

    void setProgram(const QString &program) { m_program = program; }
    QString program() const { return m_program; }
    void setSeed(int seed) { m_seed = seed; }
    // Some of the sample webhooks point at this receiver (the app's built-in one), so that a
    // test-fire shows its delivery at once.
    void setReceiverUrl(const QUrl &url) { m_receiverUrl = url; }

    // Starts the process; emits started() with the base URL (".../v1") once the sandbox
    // prints its "listening on" line, or failed() with a message for a person.
    void start();
    void stop();
    QUrl baseUrl() const { return m_baseUrl; }
    bool isRunning() const;

    // Reads the base URL from a "listening on http://127.0.0.1:PORT/v1" line.
    static QUrl parseListeningLine(const QString &line);

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &message);

private:
    void readOutput();

    QString m_program;
    int m_seed = 250;
    QProcess m_process;
    QTemporaryDir m_dataDir;
    QByteArray m_output;
    QUrl m_baseUrl;
    QUrl m_receiverUrl;
    bool m_stopping = false;
};
