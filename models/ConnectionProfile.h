#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

// Where and as whom Hookbench connects: one 4me account on one service. Holds no token:
// tokens live in the system keychain (TokenStore), keyed by the profile name.
struct ConnectionProfile
{
    QString name; // unique, shown in the profile menu
    QUrl serviceUrl; // e.g. https://api.4me.com/v1 (ends in /v1)
    QString account; // e.g. "wdc"
    QString accountHeader = QStringLiteral("X-4me-Account"); // or X-Xurrent-Account, X-ITRP-Account
    // SHA-256 of a certificate the user chose to trust for this profile (hex, lower case),
    // e.g. a test server's self-signed one. Empty: only the system's trust store counts.
    QByteArray pinnedCertificateSha256;
    bool sandbox = false; // the built-in profile of `hookbench --sandbox`

    bool isValid() const { return !name.isEmpty() && serviceUrl.isValid() && !account.isEmpty(); }

    static QStringList accountHeaderNames(); // X-4me-Account, X-Xurrent-Account, X-ITRP-Account

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

Q_DECLARE_METATYPE(ConnectionProfile)

// A service URL preset: brand, region and environment, e.g. "Xurrent — Australia — QA".
struct ServicePreset
{
    QString brand; // 4me, Xurrent, ITRP
    QString region; // "" (global), au, uk, ch, us
    QString environment; // Production, QA, Demo
    QUrl url;

    QString label() const;
    static QList<ServicePreset> all();
    // The labels of a region ("" is Global) and an environment, for a person.
    static QString regionLabel(const QString &region);
    static QString environmentLabel(const QString &environment);
};
