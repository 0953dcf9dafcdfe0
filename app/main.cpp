// hookbench: the desktop GUI. Composition root only: parse options, build objects, wire them.
#include "app/FirstPaintReporter.h"
#include "models/ProfileStore.h"
#include "models/SandboxLauncher.h"
#include "models/TokenStore.h"
#include "models/VerificationTracker.h"
#include "models/WebhookTableModel.h"
#include "models/history/HistoryRecorder.h"
#include "models/receiver/DeliveryReceiver.h"
#include "models/receiver/VerificationResponder.h"
#include "models/workflow/ProfileSession.h"
#include "models/workflow/VerificationTracking.h"
#include "views/DeliveryInspector.h"
#include "views/Icons.h"
#include "views/MainWindow.h"
#include "views/SignedDeliveryWiring.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTranslator>

#include <memory>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hookbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("Hookbench"));
    QApplication::setOrganizationName(QStringLiteral("Hookbench"));
    QApplication::setApplicationVersion(QStringLiteral(HB_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("io.github.hookbench.Hookbench"));
    QApplication::setWindowIcon(Icons::application());

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QApplication::translate("main", "Administer the webhooks of a 4me account."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
            QStringLiteral("sandbox"),
            QApplication::translate("main", "Start hookbench-sandbox and connect to it."));
    const QCommandLineOption languageOption(
            QStringLiteral("lang"),
            QApplication::translate("main",
                                    "Use this language (en, de, nl) instead of the "
                                    "system's."),
            QStringLiteral("language"));
    const QCommandLineOption verboseOption(
            QStringLiteral("verbose"),
            QApplication::translate("main", "Log what the program does on stderr."));
    parser.addOptions({sandboxOption, languageOption, verboseOption});
    parser.process(app);
    // Debug logging is off unless asked for; QT_LOGGING_RULES still takes precedence.
    QLoggingCategory::setFilterRules(parser.isSet(verboseOption)
                                             ? QStringLiteral("hookbench.*=true")
                                             : QStringLiteral("hookbench.*.debug=false"));

    // Hookbench's own translations are compiled in under :/i18n; Qt's come from its
    // installation (dialog buttons, shortcuts).
    const QLocale locale = parser.isSet(languageOption) ? QLocale(parser.value(languageOption))
                                                        : QLocale::system();
    if (parser.isSet(languageOption))
        QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(locale, QStringLiteral("hookbench"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QNetworkAccessManager network;
    QSettings settings;
    ProfileStore profiles(&settings);
    TokenStore tokens(QStringLiteral("Hookbench"));
    // The profile in use, its token and the API client set up for it.
    ProfileSession session(&network, &profiles, &tokens);

    // The built-in webhook receiver, on a free loopback port: what a test-fire delivers to
    // it shows in the window's Deliveries panel.
    DeliveryReceiver receiver;
    receiver.listen();

    // What Hookbench remembers about verification, shared with hookbench-cli; the receiver
    // answers webhook.verify messages of the connected profile.
    VerificationTracker verification(VerificationTracker::defaultFileName());
    trackVerification(&verification, session.service());
    VerificationResponder responder(session.client(), &verification);

    // The local history (shared with hookbench-cli), read and written off the GUI thread.
    HistoryRecorder history;

    MainWindow window(&session, &settings);
    window.setHistoryRecorder(&history);
    window.setVerificationTracker(&verification);
    window.setDeliveryReceiver(&receiver);
    window.deliveryInspector()->setVerificationResponder(&responder);
    // Signed messages: the profile's account, the kept public keys, sandbox secrets and the
    // audiences of the account's policies.
    SignedDeliveryWiring signedDeliveries(&window);
    if (qEnvironmentVariableIntValue("HOOKBENCH_EXIT_AFTER_FIRST_PAINT") == 1) {
        // HOOKBENCH_FIRST_PAINT_ROWS=N: the first paint of the table with N rows (the cached
        // start), instead of the window's first paint.
        auto *reporter = new FirstPaintReporter(sinceMain, &window);
        const int rows = qEnvironmentVariableIntValue("HOOKBENCH_FIRST_PAINT_ROWS");
        if (rows > 0) {
            reporter->waitForRows(window.tableModel(), rows);
            window.tableView()->viewport()->installEventFilter(reporter);
        } else {
            window.installEventFilter(reporter);
        }
    }
    window.show();

    std::unique_ptr<SandboxLauncher> sandbox;
    if (parser.isSet(sandboxOption)) {
        sandbox = std::make_unique<SandboxLauncher>();
        if (receiver.isListening())
            sandbox->setReceiverUrl(receiver.baseUrl());
        QObject::connect(
                sandbox.get(), &SandboxLauncher::started, &window, [&window](const QUrl &baseUrl) {
                    window.useSandbox(baseUrl, QString::fromLatin1(SandboxLauncher::QaAccount));
                });
        QObject::connect(sandbox.get(), &SandboxLauncher::failed, &window,
                         [&window](const QString &message) { window.showStartupError(message); });
        sandbox->start();
    } else {
        window.connectToCurrentProfile();
    }
    return QApplication::exec();
}
