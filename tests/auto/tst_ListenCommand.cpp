// hookbench-cli listen with signed messages, as a process against the in-process sandbox:
// --format json carries "jwt" with the header, the claims, the signature and each check;
// --secret-file verifies hs*, discovery on loopback verifies es* with no key given, and
// --auto-verify answers a signed webhook.verify only when it checks out, saying why not.
#include "tests/support/SandboxFixture.h"
#include "tests/support/WarningGuard.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Audience = u"listen-tests"_s;

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_ListenCommand final : public QObject
{
    Q_OBJECT

private:
    // A running `hookbench-cli listen`, its output collected as it comes.
    struct Listener
    {
        std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
        QByteArray out;
        QByteArray err;
        QString url; // http://127.0.0.1:PORT/

        // The JSON lines printed so far.
        QList<QJsonObject> lines() const
        {
            QList<QJsonObject> objects;
            const QList<QByteArray> parts = out.split('\n');
            for (const QByteArray &line : parts) {
                if (!line.trimmed().isEmpty())
                    objects.append(QJsonDocument::fromJson(line).object());
            }
            return objects;
        }
    };

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;

    std::unique_ptr<Listener> startListener(const QStringList &arguments)
    {
        auto listener = std::make_unique<Listener>();
        QProcess *process = listener->process.get();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"HOOKBENCH_URL"_s);
        environment.remove(u"HOOKBENCH_ACCOUNT"_s);
        environment.remove(u"HOOKBENCH_TOKEN"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
        environment.insert(u"QT_LOGGING_RULES"_s, u"hookbench.*.debug=false"_s);
        process->setProcessEnvironment(environment);
        Listener *raw = listener.get();
        connect(process, &QProcess::readyReadStandardOutput, this,
                [raw] { raw->out += raw->process->readAllStandardOutput(); });
        connect(process, &QProcess::readyReadStandardError, this,
                [raw] { raw->err += raw->process->readAllStandardError(); });
        process->start(QStringLiteral(HB_BINARY_DIR "/bin/hookbench-cli"),
                       QStringList{u"listen"_s, u"--format"_s, u"json"_s, u"--url"_s,
                                   m_sandbox->server()->baseUrl().toString(), u"--account"_s,
                                   u"wdc"_s}
                               + arguments);
        if (!process->waitForStarted(10000))
            return nullptr;
        // With --format json the address goes to stderr.
        const QRegularExpression listening(u"listening on (http://\\S+/)"_s);
        if (!QTest::qWaitFor(
                    [raw, &listening] {
                        return listening.match(QString::fromUtf8(raw->err)).hasMatch()
                                || raw->process->state() == QProcess::NotRunning;
                    },
                    10000))
            return nullptr;
        listener->url = listening.match(QString::fromUtf8(raw->err)).captured(1);
        return listener->url.isEmpty() ? nullptr : std::move(listener);
    }

    static void stop(Listener &listener)
    {
        listener.process->terminate();
        if (!listener.process->waitForFinished(10000))
            listener.process->kill();
    }

    QString writeFile(const QString &name, const QByteArray &contents)
    {
        const QString fileName = m_dir->filePath(name);
        QFile file(fileName);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            return {};
        return fileName;
    }

    // Creates a policy; returns its id (0 on failure) and its secret (hs*).
    qint64 createPolicy(const QString &algorithm, QByteArray *secret = nullptr)
    {
        const auto created
                = m_sandbox->send("POST", u"/webhook_policies"_s,
                                  json({{u"jwt_alg"_s, algorithm}, {u"jwt_audience"_s, Audience}}));
        const qint64 id
                = created.status == 201 ? created.json().object().value(u"id"_s).toInteger() : 0;
        if (secret && id > 0) {
            const QUrl url = m_sandbox->server()->baseUrl().resolved(
                    QUrl(u"/_sandbox/webhook_policies/%1/secret"_s.arg(id)));
            *secret = m_sandbox->get(url.toString())
                              .json()
                              .object()
                              .value(u"secret"_s)
                              .toString()
                              .toLatin1();
        }
        return id;
    }

    qint64 createWebhook(const QString &uri, qint64 policyId, bool discovery = false)
    {
        const auto created = m_sandbox->send("POST", u"/webhooks"_s,
                                             json({{u"event"_s, u"request.update"_s},
                                                   {u"uri"_s, uri},
                                                   {u"webhook_policy_id"_s, policyId},
                                                   {u"openid_connect_discovery"_s, discovery}}));
        return created.status == 201 ? created.json().object().value(u"id"_s).toInteger() : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void init()
    {
        hb::test::failOnUnexpectedWarnings();
        SandboxOptions options;
        options.burstLimit = 0;
        options.hourlyLimit = 0;
        options.verification = false;
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void cleanup() { m_sandbox.reset(); }

    void jsonCarriesTheChecks()
    {
        QByteArray secret;
        const qint64 policy = createPolicy(u"hs384"_s, &secret);
        QVERIFY(policy > 0);
        QVERIFY(!secret.isEmpty());
        const QString secretFile = writeFile(u"secret.txt"_s, secret + '\n');
        QVERIFY(!secretFile.isEmpty());
        const auto listener
                = startListener({u"--secret-file"_s, secretFile, u"--audience"_s, Audience});
        QVERIFY(listener);
        const qint64 webhook = createWebhook(listener->url + u"hooks/signed"_s, policy);
        QVERIFY(webhook > 0);
        QCOMPARE(m_sandbox->send("POST", u"/webhooks/%1/test"_s.arg(webhook)).status, 204);
        QTRY_VERIFY_WITH_TIMEOUT(!listener->lines().isEmpty(), 10000);

        const QJsonObject line = listener->lines().constFirst();
        QCOMPARE(line.value(u"path"_s).toString(), u"/hooks/signed"_s);
        const QJsonObject jwt = line.value(u"jwt"_s).toObject();
        QCOMPARE(jwt.value(u"signature"_s).toString(), u"valid"_s);
        QCOMPARE(jwt.value(u"key_source"_s).toString(), u"pasted"_s);
        QCOMPARE(jwt.value(u"trusted"_s).toBool(), true);
        QCOMPARE(jwt.value(u"header"_s).toObject().value(u"alg"_s).toString().toLower(),
                 u"hs384"_s);
        QCOMPARE(jwt.value(u"claims"_s).toObject().value(u"sub"_s).toString(),
                 QString::number(webhook));
        const QJsonObject checks = jwt.value(u"checks"_s).toObject();
        for (const QString &claim : {u"aud"_s, u"nbf"_s, u"iss"_s}) {
            QVERIFY2(checks.value(claim).toObject().value(u"result"_s).toString() == u"passed",
                     qPrintable(claim + u": "_s
                                + checks.value(claim).toObject().value(u"reason"_s).toString()));
        }
        // The policy sets no expiry.
        QCOMPARE(checks.value(u"exp"_s).toObject().value(u"result"_s).toString(), u"not checked"_s);
        stop(*listener);
        QVERIFY(!listener->out.contains(secret));
        QVERIFY(!listener->err.contains(secret));
    }

    void discoveryOnLoopbackNeedsNoKey()
    {
        const qint64 policy = createPolicy(u"es256"_s);
        QVERIFY(policy > 0);
        const auto listener = startListener({});
        QVERIFY(listener);
        const qint64 webhook = createWebhook(listener->url + u"hooks/oidc"_s, policy, true);
        QVERIFY(webhook > 0);
        QCOMPARE(m_sandbox->send("POST", u"/webhooks/%1/test"_s.arg(webhook)).status, 204);
        QTRY_VERIFY_WITH_TIMEOUT(!listener->lines().isEmpty(), 10000);
        const QJsonObject jwt = listener->lines().constFirst().value(u"jwt"_s).toObject();
        QCOMPARE(jwt.value(u"signature"_s).toString(), u"valid"_s);
        QCOMPARE(jwt.value(u"key_source"_s).toString(), u"discovery"_s);
        const QJsonObject checks = jwt.value(u"checks"_s).toObject();
        QCOMPARE(checks.value(u"iss"_s).toObject().value(u"result"_s).toString(), u"passed"_s);
        // No --audience: aud is shown but not checked.
        QCOMPARE(checks.value(u"aud"_s).toObject().value(u"result"_s).toString(), u"not checked"_s);
        stop(*listener);
    }

    void badKeyFileIsAUsageError()
    {
        QProcess process;
        process.start(QStringLiteral(HB_BINARY_DIR "/bin/hookbench-cli"),
                      {u"listen"_s, u"--public-key"_s, m_dir->filePath(u"missing.pem"_s)});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--public-key"));
    }

    void autoVerifyChecksASignedVerifyMessage()
    {
        // Verification on: creating a linked webhook sends a signed webhook.verify.
        SandboxOptions options;
        options.burstLimit = 0;
        options.hourlyLimit = 0;
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        QByteArray secret;
        const qint64 policy = createPolicy(u"hs256"_s, &secret);
        QVERIFY(policy > 0);

        // Without the secret, the callback is not called, and the reason is given.
        {
            const auto listener = startListener({u"--auto-verify"_s});
            QVERIFY(listener);
            const qint64 webhook = createWebhook(listener->url + u"hooks/a"_s, policy);
            QVERIFY(webhook > 0);
            QTRY_VERIFY_WITH_TIMEOUT(listener->err.contains("was not verified"), 10000);
            QVERIFY2(listener->err.contains("not trusted")
                             && listener->err.contains("no secret given"),
                     listener->err.constData());
            stop(*listener);
            QVERIFY(!listener->err.contains("is verified"));
        }
        // With it, the webhook is verified.
        {
            const QString secretFile = writeFile(u"hs256.txt"_s, secret);
            const auto listener = startListener({u"--auto-verify"_s, u"--secret-file"_s, secretFile,
                                                 u"--audience"_s, Audience});
            QVERIFY(listener);
            const qint64 webhook = createWebhook(listener->url + u"hooks/b"_s, policy);
            QVERIFY(webhook > 0);
            QTRY_VERIFY_WITH_TIMEOUT(listener->err.contains("is verified"), 10000);
            QVERIFY(listener->err.contains(
                    QByteArray("webhook " + QByteArray::number(webhook) + " is verified")));
            stop(*listener);
        }
    }
};

QTEST_GUILESS_MAIN(tst_ListenCommand)
#include "tst_ListenCommand.moc"
