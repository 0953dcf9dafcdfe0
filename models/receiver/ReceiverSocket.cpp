#include "models/receiver/ReceiverSocket.h"

#include "models/Logging.h"

ReceiverSocket::ReceiverSocket(qint64 maxBodyBytes, int idleTimeoutMs, QObject *parent)
    : QTcpSocket(parent), m_maxBodyBytes(maxBodyBytes)
{
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(qMax(1, idleTimeoutMs));
    // Not tied to the socket's signals, which the HTTP server disconnects from a client that
    // sends what it cannot parse: the timer must fire then as well.
    connect(&m_idleTimer, &QTimer::timeout, this, &ReceiverSocket::closeIdle);
    // Connected before the HTTP server's own readyRead handler, so this one sees each byte
    // first and can take a refused body off the socket before the server buffers it.
    connect(this, &QTcpSocket::readyRead, this, &ReceiverSocket::inspect);
    m_idleTimer.start();
}

void ReceiverSocket::requestStarted()
{
    ++m_pending;
    m_idleTimer.stop();
    if (m_state == State::Chunked) { // the server has the whole chunked body: next request
        m_state = State::Head;
        m_chunkedBytes = 0;
    }
}

void ReceiverSocket::responseSent()
{
    m_pending = qMax(0, m_pending - 1);
    if (m_pending == 0 && m_state != State::Refused)
        m_idleTimer.start();
}

void ReceiverSocket::inspect()
{
    if (m_state == State::Refused) {
        read(bytesAvailable()); // dropped: the connection is closing
        return;
    }
    if (m_state == State::Drain) {
        m_remaining -= read(bytesAvailable()).size();
        if (m_remaining <= 0) {
            m_state = State::Refused;
            disconnectFromHost();
        }
        return;
    }

    // Peeked only: the HTTP server reads these bytes after this slot, unless a request is
    // refused, whose bytes are taken off the socket here.
    const QByteArray packet = peek(bytesAvailable());
    qsizetype position = 0;
    while (position < packet.size()) {
        switch (m_state) {
        case State::Body: {
            const qint64 take = std::min<qint64>(packet.size() - position, m_remaining);
            position += take;
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = State::Head;
            break;
        }
        case State::Chunked:
            m_chunkedBytes += packet.size() - position;
            position = packet.size();
            if (m_chunkedBytes > m_maxBodyBytes + MaxHeaderBytes) {
                read(bytesAvailable());
                // Read on (and drop) a little longer, so that the sender, still writing, gets
                // the answer instead of a reset.
                m_remaining = DrainLimitBytes;
                refuse(m_chunkedBytes, true);
                return;
            }
            break;
        case State::Head:
            position = readHead(packet, position);
            if (position < 0)
                return; // refused
            break;
        case State::Drain:
        case State::Refused:
            return;
        }
    }
}

// Reads the request line and headers of the next request from `packet` at `position` and
// decides whether its body may come. Returns where the bytes after the header start, or -1
// when the request was refused.
qsizetype ReceiverSocket::readHead(const QByteArray &packet, qsizetype position)
{
    const qsizetype before = m_head.size();
    const qsizetype room = MaxHeaderBytes + 4 - before;
    const QByteArray added = packet.mid(position, room);
    m_head += added;
    const qsizetype end = m_head.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
    if (end < 0) {
        if (m_head.size() >= MaxHeaderBytes + 4) {
            read(bytesAvailable());
            m_method.clear(); // not a request anyone sends: no delivery to record
            refuse(0, false);
            return -1;
        }
        return position + added.size();
    }
    const qsizetype afterHeader = position + (end + 4 - before);

    // One complete header: the request line and the fields this guard needs.
    const QList<QByteArray> lines = m_head.left(end).split('\n');
    m_head.clear();
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    m_method = requestLine.value(0);
    m_target = requestLine.value(1);
    m_headers.clear();
    qint64 contentLength = 0;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        m_headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            contentLength = ok && length >= 0 ? length : m_maxBodyBytes + 1;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0
                   && value.toLower().contains("chunked")) {
            chunked = true;
        }
    }

    if (!chunked && contentLength > m_maxBodyBytes) {
        // The HTTP server never sees this packet; the body still to come is dropped.
        read(bytesAvailable());
        m_remaining = contentLength - (packet.size() - afterHeader);
        refuse(contentLength, contentLength <= DrainLimitBytes && m_remaining > 0);
        return -1;
    }
    if (chunked) {
        m_state = State::Chunked;
        m_chunkedBytes = 0;
    } else {
        m_remaining = contentLength;
        m_state = contentLength > 0 ? State::Body : State::Head;
    }
    return afterHeader;
}

void ReceiverSocket::refuse(qint64 size, bool drain)
{
    qCDebug(lcModel) << "receiver: refusing a body of" << size << "bytes";
    m_idleTimer.stop();
    // From now on only this guard reads: the HTTP server would keep every byte it reads in
    // its read transaction until the request completes, which this one never does.
    disconnect(this, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(this, &QTcpSocket::readyRead, this, &ReceiverSocket::inspect);
    if (isTransactionStarted())
        commitTransaction(); // drops what the HTTP server buffered of this request
    write(QByteArrayLiteral("HTTP/1.1 413 Payload Too Large\r\n"
                            "Content-Type: text/plain\r\n"
                            "Content-Length: 4\r\n"
                            "Connection: close\r\n\r\n"
                            "413\n"));
    if (!m_method.isEmpty())
        Q_EMIT bodyRefused(m_method, m_target, m_headers, size);
    if (drain) {
        m_state = State::Drain;
        // The drain ends with the body; a sender that stalls meets the idle timeout.
        m_idleTimer.start();
    } else {
        m_state = State::Refused;
        disconnectFromHost();
    }
}

void ReceiverSocket::closeIdle()
{
    if (m_pending > 0)
        return;
    qCDebug(lcModel) << "receiver: closing an idle connection";
    abort();
    deleteLater();
}
