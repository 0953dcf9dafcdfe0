#include "tests/support/TlsTestServer.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslSocket>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {

struct OpenSslDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
    void operator()(X509 *certificate) const { X509_free(certificate); }
    void operator()(X509_EXTENSION *extension) const { X509_EXTENSION_free(extension); }
};
template<typename T>
using OpenSslPtr = std::unique_ptr<T, OpenSslDeleter>;

QString openSslError(const char *what)
{
    char text[256] = {};
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    ERR_clear_error();
    return QLatin1StringView(what) + QStringLiteral(": ") + QString::fromLatin1(text);
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    OpenSslPtr<X509_EXTENSION> extension(
            X509V3_EXT_conf_nid(nullptr, &context, nid, const_cast<char *>(value)));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

// Takes one complete HTTP/1.1 request off the front of `buffer`; false when incomplete.
bool takeRequest(QByteArray &buffer, FaultServer::Request *request)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    FaultServer::Request parsed;
    parsed.method = requestLine.value(0);
    parsed.target = requestLine.value(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        parsed.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    const qsizetype total = headerEnd + 4 + contentLength;
    if (buffer.size() < total)
        return false;
    parsed.body = buffer.mid(headerEnd + 4, contentLength);
    buffer.remove(0, total);
    *request = std::move(parsed);
    return true;
}

} // namespace

QByteArray TlsTestServer::Identity::sha256() const
{
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

TlsTestServer::Identity TlsTestServer::generateSelfSigned(const QString &commonName,
                                                          bool loopbackAltName, int validDays,
                                                          QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return Identity();
    };

    OpenSslPtr<EVP_PKEY> key(EVP_EC_gen("P-256"));
    if (!key)
        return fail(openSslError("EVP_EC_gen"));
    OpenSslPtr<X509> certificate(X509_new());
    if (!certificate)
        return fail(openSslError("X509_new"));

    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return fail(openSslError("RAND_bytes"));
    serial[0] &= 0x7f; // a positive serial number
    BIGNUM *serialNumber = BN_bin2bn(serial, sizeof serial, nullptr);
    const bool serialSet = serialNumber
            && BN_to_ASN1_INTEGER(serialNumber, X509_get_serialNumber(certificate.get()));
    BN_free(serialNumber);
    if (!serialSet)
        return fail(openSslError("serial number"));

    const QByteArray name = commonName.toUtf8();
    X509_NAME *subject = X509_get_subject_name(certificate.get());
    const bool ok = X509_set_version(certificate.get(), 2) == 1
            && X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -60)
            && X509_gmtime_adj(X509_getm_notAfter(certificate.get()), long(validDays) * 86400)
            && X509_set_pubkey(certificate.get(), key.get()) == 1
            && X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                                          reinterpret_cast<const unsigned char *>(name.constData()),
                                          int(name.size()), -1, 0)
                    == 1
            && X509_NAME_add_entry_by_txt(
                       subject, "O", MBSTRING_UTF8,
                       reinterpret_cast<const unsigned char *>("Hookbench tests"), -1, -1, 0)
                    == 1
            && X509_set_issuer_name(certificate.get(), subject) == 1
            && addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
            && addExtension(certificate.get(), NID_key_usage, "critical,digitalSignature")
            && addExtension(certificate.get(), NID_ext_key_usage, "serverAuth")
            && (!loopbackAltName
                || addExtension(certificate.get(), NID_subject_alt_name, "IP:127.0.0.1"))
            && X509_sign(certificate.get(), key.get(), EVP_sha256()) > 0;
    if (!ok)
        return fail(openSslError("building the certificate"));

    OpenSslPtr<BIO> certificatePem(BIO_new(BIO_s_mem()));
    OpenSslPtr<BIO> keyPem(BIO_new(BIO_s_mem()));
    if (!certificatePem || !keyPem
        || PEM_write_bio_X509(certificatePem.get(), certificate.get()) != 1
        || PEM_write_bio_PrivateKey(keyPem.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)
                != 1) {
        return fail(openSslError("writing PEM"));
    }
    Identity identity;
    identity.certificate = QSslCertificate(bioContents(certificatePem.get()), QSsl::Pem);
    identity.key = QSslKey(bioContents(keyPem.get()), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (identity.isNull())
        return fail(QStringLiteral("Qt could not read the generated certificate or key"));
    return identity;
}

TlsTestServer::TlsTestServer(const Identity &identity, QObject *parent) : QObject(parent)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(identity.certificate);
    configuration.setPrivateKey(identity.key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    m_server.setSslConfiguration(configuration);

    connect(&m_server, &QSslServer::startedEncryptionHandshake, this,
            [this](QSslSocket *) { ++m_handshakesStarted; });
    connect(&m_server, &QSslServer::errorOccurred, this,
            [this](QSslSocket *socket, QAbstractSocket::SocketError) {
                // Count each connection once, and only when it never became encrypted.
                if (socket->isEncrypted() || socket->property("hbFailed").toBool())
                    return;
                socket->setProperty("hbFailed", true);
                ++m_handshakesFailed;
                Q_EMIT handshakeFailed();
            });
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this,
            &TlsTestServer::onPendingConnection);
}

TlsTestServer::~TlsTestServer() = default;

bool TlsTestServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 TlsTestServer::port() const
{
    return m_server.serverPort();
}

QUrl TlsTestServer::baseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(port()));
}

void TlsTestServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void TlsTestServer::onPendingConnection()
{
    while (QTcpSocket *next = m_server.nextPendingConnection()) {
        auto *socket = qobject_cast<QSslSocket *>(next);
        if (!socket) {
            next->deleteLater();
            continue;
        }
        ++m_handshakesCompleted;
        socket->setProperty("hbConnection", m_handshakesCompleted);
        socket->setParent(this);
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void TlsTestServer::onReadyRead(QSslSocket *socket)
{
    QByteArray buffer = socket->property("hbBuffer").toByteArray() + socket->readAll();
    Request request;
    while (takeRequest(buffer, &request)) {
        request.connection = socket->property("hbConnection").toInt();
        m_requests.append(request);
        Q_EMIT requestReceived(request);
        const QByteArray answer = m_handler
                ? m_handler(request)
                : FaultServer::response(404, R"({"message":"Not Found"})");
        socket->write(answer);
    }
    socket->setProperty("hbBuffer", buffer);
}
