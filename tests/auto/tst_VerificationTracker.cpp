// What Hookbench remembers about the verification of webhook URIs (reference section 4):
// marks after a create or a new URI, kept per profile, persisted, with the 24-hour expiry.
#include "models/VerificationTracker.h"
#include "models/Webhook.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_VerificationTracker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void profileKeyIgnoresTrailingSlashAndCase();
    void createAndNewUriMarkOtherUpdatesDoNot();
    void updateOfAnUnverifiedWebhookRenewsTheCode();
    void aUriAlreadyVerifiedNeedsNoVerification();
    void codeExpiresAfter24Hours();
    void marksAreKeptPerProfile();
    void marksSurviveARestart();
    void anUnreadableFileLosesNothingElse();

private:
    static Webhook hook(qint64 id, const QString &uri);
    std::unique_ptr<QTemporaryDir> m_dir;
};

Webhook tst_VerificationTracker::hook(qint64 id, const QString &uri)
{
    Webhook webhook;
    webhook.id = id;
    webhook.event = QStringLiteral("request.create");
    webhook.uri = uri;
    return webhook;
}

void tst_VerificationTracker::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_VerificationTracker::profileKeyIgnoresTrailingSlashAndCase()
{
    QCOMPARE(VerificationTracker::profileKey(QUrl(QStringLiteral("https://API.4me.com/v1/")),
                                             QStringLiteral(" WDC ")),
             QStringLiteral("https://api.4me.com/v1 wdc"));
    QVERIFY(VerificationTracker::profileKey(QUrl(QStringLiteral("https://api.4me.com/v1")),
                                            QStringLiteral("wdc"))
            != VerificationTracker::profileKey(QUrl(QStringLiteral("https://api.xurrent.com/v1")),
                                               QStringLiteral("wdc")));
}

void tst_VerificationTracker::createAndNewUriMarkOtherUpdatesDoNot()
{
    VerificationTracker tracker{QString()};
    tracker.setProfile(QUrl(QStringLiteral("https://api.4me.com/v1")), QStringLiteral("wdc"));
    QSignalSpy changed(&tracker, &VerificationTracker::changed);

    const Webhook created = hook(7, QStringLiteral("https://a.example/in"));
    tracker.noteCreated(created);
    QVERIFY(tracker.isAwaiting(7));
    QCOMPARE(changed.size(), 1);

    const Webhook verified = hook(8, QStringLiteral("https://b.example/in"));
    Webhook renamed = verified;
    renamed.name = QStringLiteral("Renamed");
    tracker.noteUpdated(verified, renamed);
    QVERIFY(!tracker.isAwaiting(8));

    Webhook moved = verified;
    moved.uri = QStringLiteral("https://c.example/in");
    tracker.noteUpdated(verified, moved);
    QVERIFY(tracker.isAwaiting(8));
    QCOMPARE(tracker.awaitingIds(), (QList<qint64>{7, 8}));

    tracker.clear(7);
    QVERIFY(!tracker.isAwaiting(7));
    QCOMPARE(tracker.awaitingIds(), QList<qint64>{8});
    QCOMPARE(changed.size(), 3);
}

void tst_VerificationTracker::aUriAlreadyVerifiedNeedsNoVerification()
{
    VerificationTracker tracker{QString()};
    const QString uri = QStringLiteral("https://a.example/in");
    // Webhook 3 has the URI and no mark (verified, as far as Hookbench knows): the service
    // sends no webhook.verify for 9, which must not wait for one.
    tracker.noteCreated(hook(9, uri), {3});
    QVERIFY(!tracker.isAwaiting(9));

    // The only other webhook with the URI awaits verification itself: 10 gets a message too.
    tracker.markAwaiting(4);
    tracker.noteCreated(hook(10, QStringLiteral("https://b.example/in")), {4});
    QVERIFY(tracker.isAwaiting(10));
    QCOMPARE(tracker.awaitingIds(), (QList<qint64>{4, 10}));
}

void tst_VerificationTracker::updateOfAnUnverifiedWebhookRenewsTheCode()
{
    VerificationTracker tracker{QString()};
    const QDateTime created(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    tracker.markAwaiting(5, created);
    QCOMPARE(tracker.expiresAt(5), created.addSecs(24 * 3600));
    // Any update of a webhook that still awaits verification makes the service send a
    // fresh code: the mark is renewed from now.
    const Webhook before = hook(5, QStringLiteral("https://a.example/in"));
    Webhook after = before;
    after.description = QStringLiteral("new text");
    tracker.noteUpdated(before, after);
    QVERIFY(tracker.expiresAt(5) > created.addSecs(24 * 3600));
}

void tst_VerificationTracker::codeExpiresAfter24Hours()
{
    VerificationTracker tracker{QString()};
    const QDateTime created(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    tracker.markAwaiting(5, created);
    QVERIFY(!tracker.isExpired(5, created.addSecs(24 * 3600 - 1)));
    QVERIFY(tracker.isExpired(5, created.addSecs(24 * 3600)));
    // An expired code still leaves the webhook unverified.
    QVERIFY(tracker.isAwaiting(5));
    QVERIFY(!tracker.isExpired(6, created));
}

void tst_VerificationTracker::marksAreKeptPerProfile()
{
    VerificationTracker tracker{QString()};
    tracker.setProfile(QUrl(QStringLiteral("https://api.4me.com/v1")), QStringLiteral("wdc"));
    tracker.markAwaiting(3);
    tracker.setProfile(QUrl(QStringLiteral("https://api.4me.com/v1")), QStringLiteral("other"));
    QVERIFY(!tracker.isAwaiting(3));
    tracker.setProfile(QUrl(QStringLiteral("https://api.4me.com/v1/")), QStringLiteral("wdc"));
    QVERIFY(tracker.isAwaiting(3));
}

void tst_VerificationTracker::marksSurviveARestart()
{
    const QString fileName = m_dir->filePath(QStringLiteral("state/verification.json"));
    const QDateTime created(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    {
        VerificationTracker tracker(fileName);
        tracker.setProfile(QUrl(QStringLiteral("https://api.4me.com/v1")), QStringLiteral("wdc"));
        tracker.markAwaiting(11, created);
        tracker.markAwaiting(12, created);
        tracker.clear(12);
        QVERIFY(tracker.errorString().isEmpty());
    }
    QVERIFY(QFile::exists(fileName));
    VerificationTracker reread(fileName);
    reread.setProfile(QUrl(QStringLiteral("https://api.4me.com/v1")), QStringLiteral("wdc"));
    QCOMPARE(reread.awaitingIds(), QList<qint64>{11});
    QCOMPARE(reread.expiresAt(11), created.addSecs(24 * 3600));
}

void tst_VerificationTracker::anUnreadableFileLosesNothingElse()
{
    const QString fileName = m_dir->filePath(QStringLiteral("verification.json"));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{not json");
    file.close();
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("ignoring unreadable .*")));
    VerificationTracker tracker(fileName);
    QVERIFY(tracker.awaitingIds().isEmpty());
    QVERIFY(!tracker.errorString().isEmpty());
    tracker.markAwaiting(1);
    VerificationTracker reread(fileName);
    QCOMPARE(reread.awaitingIds(), QList<qint64>{1});
}

QTEST_GUILESS_MAIN(tst_VerificationTracker)
#include "tst_VerificationTracker.moc"
