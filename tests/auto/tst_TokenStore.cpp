#include "models/TokenStore.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

#include <csignal>
#include <sys/prctl.h>

// TokenStore against a real Secret Service, and without one.
//
// The test runs its own D-Bus session bus and gnome-keyring-daemon, unlocked with a throwaway
// password in a throwaway HOME, so it neither needs nor touches the desktop's keyring and
// runs the same under `dbus-run-session`, under plain ctest and in parallel with other tests.
// The no-keychain case runs this binary again as a child process whose session bus address
// points nowhere.
class tst_TokenStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void initTestCase();
    void cleanupTestCase();
    void storesReadsAndDeletesInSecretService();
    void overwritesAToken();
    void missingTokenReadsAsEmptyWithoutError();
    void deletingAMissingTokenSucceeds();
    void sessionTokenWinsOverKeychain();
    void sessionOnlyModeNeverTouchesKeychain();
    void withoutKeychainKeepsTokenForSessionOnly();

private:
    struct ReadResult
    {
        QString token;
        QString error;
    };
    // These wait for the store's answer; a missing answer reads as the error NoAnswer.
    ReadResult readToken(TokenStore &store, const QString &profile);
    QString writeToken(TokenStore &store, const QString &profile, const QString &token);
    QString removeToken(TokenStore &store, const QString &profile);
    QProcessEnvironment keyringEnvironment() const;
    bool secretServiceIsUp() const;
    QString lookUpWithSecretTool(const QString &profile) const;
    QStringList filesContaining(const QString &root, const QByteArray &needle) const;

    QTemporaryDir m_home;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_busAddress;
    const QString m_service = QStringLiteral("HookbenchTokenStoreTest");
};

namespace {

const QString NoAnswer = QStringLiteral("(no answer from the token store within 20 s)");
const char ChildFlag[] = "--no-keychain-child";
const char ChildTokenVariable[] = "HB_TEST_CHILD_TOKEN";

// A bus that only this test uses: no service activation, so nothing is started behind the
// test's back with the real HOME.
const char BusConfig[]
        = R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=%1</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)";

// Waits for a callback of TokenStore; nullopt when none came within 20 s.
template<typename Result, typename Start>
std::optional<Result> await(Start start)
{
    QEventLoop loop;
    std::optional<Result> result;
    start(&loop, [&result, &loop](Result value) {
        result = std::move(value);
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return result;
}

// The child process: no Secret Service can be reached. Prints what it saw, never the token.
int runNoKeychainChild()
{
    const QString token = qEnvironmentVariable(ChildTokenVariable);
    TokenStore store(QStringLiteral("HookbenchNoKeychainTest"));
    QTextStream out(stdout);

    const auto writeError = await<QString>([&](QObject *context, auto done) {
        store.write(QStringLiteral("child profile"), token, context, done);
    });
    if (!writeError) {
        out << "write: no answer\n";
        return 2;
    }
    out << "write-error: " << *writeError << '\n';
    out << "session-token: "
        << (store.hasSessionToken(QStringLiteral("child profile")) ? "yes" : "no") << '\n';

    using Read = std::pair<QString, QString>;
    const auto read = await<Read>([&](QObject *context, auto done) {
        store.read(QStringLiteral("child profile"), context,
                   [done](const QString &value, const QString &error) {
                       done({value, error});
                   });
    });
    if (!read) {
        out << "read: no answer\n";
        return 2;
    }
    out << "read-token: " << (read->first == token ? "same" : "different") << '\n';
    out << "read-error: " << read->second << '\n';
    out.flush();
    return 0;
}

} // namespace

QProcessEnvironment tst_TokenStore::keyringEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"),
                       m_home.filePath(QStringLiteral("runtime")));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
    environment.remove(QStringLiteral("DISPLAY"));
    return environment;
}

void tst_TokenStore::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_TokenStore::initTestCase()
{
    QVERIFY(m_home.isValid());
    for (const char *sub : {"home", "data", "config", "cache", "runtime"})
        QVERIFY(QDir(m_home.path()).mkdir(QString::fromLatin1(sub)));
    QFile::setPermissions(m_home.filePath(QStringLiteral("runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    QVERIFY2(!daemon.isEmpty(), "dbus-daemon is not installed (Debian package dbus)");
    QVERIFY2(!keyring.isEmpty(), "gnome-keyring-daemon is not installed (package gnome-keyring)");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
             "secret-tool is not installed (package libsecret-tools)");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("dbus-send")).isEmpty(),
             "dbus-send is not installed (package dbus)");

    // A private session bus.
    const QString socket = m_home.filePath(QStringLiteral("runtime/bus"));
    const QString configPath = m_home.filePath(QStringLiteral("bus.conf"));
    QFile config(configPath);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QString::fromLatin1(BusConfig).arg(socket).toUtf8());
    config.close();
    // Both daemons end with this test, even when it crashes.
    auto endWithParent = [] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    };
    m_bus.setChildProcessModifier(endWithParent);
    m_keyring.setChildProcessModifier(endWithParent);
    m_bus.setProcessChannelMode(QProcess::SeparateChannels);
    m_bus.start(daemon,
                {QStringLiteral("--config-file=") + configPath, QStringLiteral("--nofork"),
                 QStringLiteral("--print-address=1")});
    QVERIFY2(m_bus.waitForStarted(10000), qPrintable(m_bus.errorString()));
    QVERIFY2(m_bus.waitForReadyRead(10000),
             qPrintable(QStringLiteral("dbus-daemon did not start: ")
                        + QString::fromLocal8Bit(m_bus.readAllStandardError())));
    m_busAddress = QString::fromLocal8Bit(m_bus.readLine()).trimmed();
    QVERIFY2(m_busAddress.startsWith(u"unix:"), qPrintable(m_busAddress));

    // This process talks to that bus only, and keeps its files in the throwaway HOME.
    const QProcessEnvironment environment = keyringEnvironment();
    for (const QString &name :
         {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("HOME"),
          QStringLiteral("XDG_DATA_HOME"), QStringLiteral("XDG_CONFIG_HOME"),
          QStringLiteral("XDG_CACHE_HOME"), QStringLiteral("XDG_RUNTIME_DIR")}) {
        qputenv(name.toLatin1().constData(), environment.value(name).toLocal8Bit());
    }
    qunsetenv("DISPLAY");

    // gnome-keyring-daemon, its login keyring created and unlocked with a throwaway password.
    m_keyring.setProcessEnvironment(environment);
    m_keyring.setProcessChannelMode(QProcess::SeparateChannels);
    m_keyring.start(keyring,
                    {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                     QStringLiteral("--components=secrets")});
    QVERIFY2(m_keyring.waitForStarted(10000), qPrintable(m_keyring.errorString()));
    m_keyring.write("throwaway-test-password");
    m_keyring.closeWriteChannel();
    QTRY_VERIFY2_WITH_TIMEOUT(secretServiceIsUp() || m_keyring.state() == QProcess::NotRunning,
                              "org.freedesktop.secrets did not appear on the test bus", 15000);
    QVERIFY2(m_keyring.state() == QProcess::Running,
             qPrintable(QStringLiteral("gnome-keyring-daemon exited: ")
                        + QString::fromLocal8Bit(m_keyring.readAllStandardError())));
}

void tst_TokenStore::cleanupTestCase()
{
    for (QProcess *process : {&m_keyring, &m_bus}) {
        if (process->state() == QProcess::NotRunning)
            continue;
        process->terminate();
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
}

bool tst_TokenStore::secretServiceIsUp() const
{
    QProcess send;
    send.setProcessEnvironment(keyringEnvironment());
    send.start(QStringLiteral("dbus-send"),
               {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                QStringLiteral("--dest=org.freedesktop.DBus"),
                QStringLiteral("/org/freedesktop/DBus"),
                QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                QStringLiteral("string:org.freedesktop.secrets")});
    return send.waitForFinished(5000) && send.readAllStandardOutput().contains("boolean true");
}

// What the Secret Service holds for `profile`, read with libsecret's own command-line tool.
QString tst_TokenStore::lookUpWithSecretTool(const QString &profile) const
{
    QProcess lookup;
    lookup.setProcessEnvironment(keyringEnvironment());
    lookup.start(QStringLiteral("secret-tool"),
                 {QStringLiteral("lookup"), QStringLiteral("server"), m_service,
                  QStringLiteral("user"), profile});
    if (!lookup.waitForFinished(10000))
        return QStringLiteral("(secret-tool did not finish)");
    return QString::fromUtf8(lookup.readAllStandardOutput());
}

QStringList tst_TokenStore::filesContaining(const QString &root, const QByteArray &needle) const
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits.append(file.fileName());
    }
    return hits;
}

tst_TokenStore::ReadResult tst_TokenStore::readToken(TokenStore &store, const QString &profile)
{
    const auto result = await<ReadResult>([&](QObject *context, auto done) {
        store.read(profile, context, [done](const QString &token, const QString &error) {
            done(ReadResult{token, error});
        });
    });
    return result.value_or(ReadResult{QString(), NoAnswer});
}

QString tst_TokenStore::writeToken(TokenStore &store, const QString &profile, const QString &token)
{
    return await<QString>(
                   [&](QObject *context, auto done) { store.write(profile, token, context, done); })
            .value_or(NoAnswer);
}

QString tst_TokenStore::removeToken(TokenStore &store, const QString &profile)
{
    return await<QString>(
                   [&](QObject *context, auto done) { store.remove(profile, context, done); })
            .value_or(NoAnswer);
}

void tst_TokenStore::storesReadsAndDeletesInSecretService()
{
    TokenStore store(m_service);
    const QString profile = QStringLiteral("Production / wdc");
    const QString token = QStringLiteral("tok-3f9a1c77e0d24b6c9a51-secret");

    const QString written = writeToken(store, profile, token);
    QVERIFY2(written.isEmpty(), qPrintable(written));
    QVERIFY(!store.hasSessionToken(profile)); // it is in the keychain, not in memory

    QCOMPARE(lookUpWithSecretTool(profile), token);
    // gnome-keyring keeps it encrypted: the plain token is in no file.
    QCOMPARE(filesContaining(m_home.path(), token.toUtf8()), QStringList());

    TokenStore another(m_service); // a later session of the application
    const ReadResult read = readToken(another, profile);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.token, token);

    QCOMPARE(removeToken(another, profile), QString());
    QCOMPARE(lookUpWithSecretTool(profile), QString());
    const ReadResult afterRemoval = readToken(store, profile);
    QCOMPARE(afterRemoval.error, QString());
    QCOMPARE(afterRemoval.token, QString());
}

void tst_TokenStore::overwritesAToken()
{
    TokenStore store(m_service);
    const QString profile = QStringLiteral("overwrite");
    QCOMPARE(writeToken(store, profile, QStringLiteral("first-token")), QString());
    QCOMPARE(writeToken(store, profile, QStringLiteral("second-token")), QString());
    const ReadResult read = readToken(store, profile);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.token, QStringLiteral("second-token"));
    QCOMPARE(removeToken(store, profile), QString());
}

void tst_TokenStore::missingTokenReadsAsEmptyWithoutError()
{
    TokenStore store(m_service);
    const ReadResult read = readToken(store, QStringLiteral("never stored"));
    QCOMPARE(read.error, QString());
    QCOMPARE(read.token, QString());
}

void tst_TokenStore::deletingAMissingTokenSucceeds()
{
    TokenStore store(m_service);
    QCOMPARE(removeToken(store, QStringLiteral("never stored")), QString());
}

void tst_TokenStore::sessionTokenWinsOverKeychain()
{
    TokenStore store(m_service);
    const QString profile = QStringLiteral("session wins");
    QCOMPARE(writeToken(store, profile, QStringLiteral("keychain-token")), QString());
    store.setSessionToken(profile, QStringLiteral("session-token"));
    QVERIFY(store.hasSessionToken(profile));
    const ReadResult read = readToken(store, profile);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.token, QStringLiteral("session-token"));
    // Removing forgets both.
    QCOMPARE(removeToken(store, profile), QString());
    QVERIFY(!store.hasSessionToken(profile));
    QCOMPARE(lookUpWithSecretTool(profile), QString());
}

void tst_TokenStore::sessionOnlyModeNeverTouchesKeychain()
{
    TokenStore store(m_service);
    store.setSessionOnly(true);
    const QString profile = QStringLiteral("sandbox");
    const QString token = QStringLiteral("sandbox-token-5d1e2f");
    const QString written = writeToken(store, profile, token);
    QVERIFY2(written.contains(QStringLiteral("this session only")), qPrintable(written));
    QVERIFY(store.hasSessionToken(profile));
    const ReadResult read = readToken(store, profile);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.token, token);
    QCOMPARE(lookUpWithSecretTool(profile), QString());
    QCOMPARE(filesContaining(m_home.path(), token.toUtf8()), QStringList());
}

void tst_TokenStore::withoutKeychainKeepsTokenForSessionOnly()
{
    QTemporaryDir childHome;
    QVERIFY(childHome.isValid());
    const QByteArray token("no-keychain-token-8c2b41a7");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        environment.insert(QString::fromLatin1(name), childHome.path());
    }
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + childHome.filePath(QStringLiteral("no-bus")));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.insert(QString::fromLatin1(ChildTokenVariable), QString::fromLatin1(token));

    QProcess child;
    child.setProcessEnvironment(environment);
    child.setWorkingDirectory(childHome.path());
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(ChildFlag)});
    QVERIFY2(child.waitForFinished(60000), "the child process did not finish");
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    const QByteArray errors = child.readAllStandardError();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             qPrintable(output + QString::fromLocal8Bit(errors)));

    // The write "succeeds" for this session and says so; the token still reads back.
    QVERIFY2(output.contains(QStringLiteral("session-token: yes")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("this session only")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("read-token: same")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("read-error: \n")), qPrintable(output));
    // Nothing on disk, nothing printed.
    QCOMPARE(filesContaining(childHome.path(), token), QStringList());
    QVERIFY(!output.toUtf8().contains(token));
    QVERIFY(!errors.contains(token));
}

int main(int argc, char **argv)
{
    if (argc == 2 && qstrcmp(argv[1], ChildFlag) == 0) {
        QCoreApplication app(argc, argv);
        return runNoKeychainChild();
    }
    QCoreApplication app(argc, argv);
    tst_TokenStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_TokenStore.moc"
