#include "core/services/portdetection.h"

#include <algorithm>

#include <QRegularExpression>
#include <QSslCipher>
#include <QSslSocket>
#include <QUrl>

namespace {

constexpr int connectMs = 2000; // connect, and the TLS handshake where there is one
constexpr int quietMs = 300; // an answer that stops for this long is whole
constexpr int quietReadAllMs = 600;

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    default:
        return QStringLiteral("TLS");
    }
}

QString clean(const QString &text)
{
    return ServiceProbeTable::cleanText(text.toUtf8());
}

} // namespace

PortDetection::PortDetection(const ServiceProbeTable &table, const QString &host,
    const QHostAddress &address, quint16 port, int budgetMs, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_host(host)
    , m_address(address)
    , m_port(port)
{
    m_wait.setSingleShot(true);
    m_quiet.setSingleShot(true);
    m_budget.setSingleShot(true);
    m_budget.setInterval(budgetMs);
    connect(&m_wait, &QTimer::timeout, this, &PortDetection::stepDone);
    connect(&m_quiet, &QTimer::timeout, this, &PortDetection::stepDone);
    connect(&m_budget, &QTimer::timeout, this, &PortDetection::stop);
}

PortDetection::~PortDetection()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void PortDetection::start()
{
    m_steps = m_table.plan(m_port, QSslSocket::supportsSsl());
    m_budget.start();
    runStep();
}

void PortDetection::stop()
{
    complete(m_best);
}

void PortDetection::runStep()
{
    while (m_next < m_steps.size() && m_steps.at(m_next).tls && m_tlsFailed)
        ++m_next;
    if (m_next >= m_steps.size()) {
        complete(m_best);
        return;
    }
    m_step = m_steps.at(m_next++);
    m_answer.clear();
    m_connected = false;
    m_socket = new QSslSocket(this);
    m_socket->setReadBufferSize(maxAnswerBytes);
    connect(m_socket, &QSslSocket::readyRead, this, &PortDetection::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &PortDetection::onSocketEnded);
    connect(m_socket, &QSslSocket::errorOccurred, this, &PortDetection::onSocketEnded);
    if (m_step.tls) {
        m_socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        connect(m_socket, &QSslSocket::encrypted, this, &PortDetection::onConnected);
        // The name the user typed goes out as SNI, so that a shared server shows
        // the certificate of that site.
        const QString peerName = QHostAddress(m_host).isNull() ? m_host : QString();
        m_socket->connectToHostEncrypted(m_address.toString(), m_port, peerName);
    } else {
        connect(m_socket, &QSslSocket::connected, this, &PortDetection::onConnected);
        m_socket->connectToHost(m_address, m_port);
    }
    m_wait.start(connectMs);
}

void PortDetection::onConnected()
{
    m_connected = true;
    if (m_step.tls)
        recordTls();
    const QByteArray request = m_step.probe->request(hostHeader(), m_path);
    if (!request.isEmpty())
        m_socket->write(request);
    m_wait.start(m_step.waitMs);
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void PortDetection::onReadyRead()
{
    if (!m_socket || !m_connected)
        return;
    m_answer += m_socket->read(maxAnswerBytes - m_answer.size());
    if (m_answer.size() >= maxAnswerBytes) {
        stepDone();
        return;
    }
    if (!m_step.probe->readAll && m_table.match(m_step.probe->name, m_answer)) {
        stepDone();
        return;
    }
    m_quiet.start(m_step.probe->readAll ? quietReadAllMs : quietMs);
}

void PortDetection::onSocketEnded()
{
    if (!m_socket)
        return;
    if (!m_connected) {
        if (m_socket->error() == QAbstractSocket::ConnectionRefusedError) {
            complete(m_best); // the port closed since the scan found it open
            return;
        }
        if (m_step.tls)
            m_tlsFailed = true;
    } else if (m_socket->bytesAvailable() > 0) {
        m_answer += m_socket->read(maxAnswerBytes - m_answer.size());
    }
    stepDone();
}

void PortDetection::stepDone()
{
    if (m_done || !m_socket)
        return;
    m_wait.stop();
    m_quiet.stop();
    dropSocket();
    if (m_step.tls && !m_connected)
        m_tlsFailed = true; // no handshake in time: no TLS here
    if (m_step.probe->greeting && !m_step.tls && m_greeting.isEmpty())
        m_greeting = m_answer;
    bool tlsNext = false;
    std::optional<ServiceInfo> found = m_table.match(m_step.probe->name, m_answer, &tlsNext);
    if (!found) {
        runStep();
        return;
    }
    if (tlsNext && !m_step.tls && !m_tlsFailed) {
        // The answer says the port speaks TLS: its steps come next, and this answer
        // stands if nothing inside TLS says more.
        if (!m_best)
            m_best = found;
        std::stable_partition(m_steps.begin() + m_next, m_steps.end(),
            [](const ServiceProbeTable::Step &step) { return step.tls; });
        runStep();
        return;
    }
    found->tunnel = m_step.tls;
    if (m_best && m_best->product == found->product && found->version.isEmpty())
        found->version = m_best->version;
    if (followRedirect(*found))
        return;
    complete(found);
}

bool PortDetection::followRedirect(const ServiceInfo &found)
{
    if (m_redirects >= m_step.probe->followRedirects)
        return false;
    static const QRegularExpression redirect(QStringLiteral(
        "^HTTP/\\d(?:\\.\\d)? 30[1278][^\\r\\n]*\\r\\n(?:[^\\r\\n]+\\r\\n)*?(?i:Location):[ "
        "\\t]*([^\\r\\n]{1,2000})\\r\\n"));
    const QString location = redirect.match(QString::fromLatin1(m_answer)).captured(1).trimmed();
    if (location.isEmpty())
        return false;
    // Followed only to this host and port: a redirect elsewhere is not this port's service.
    const QString scheme = m_step.tls ? QStringLiteral("https") : QStringLiteral("http");
    const QUrl base(scheme + QStringLiteral("://") + hostHeader()
        + (m_path.isEmpty() ? QStringLiteral("/") : m_path));
    const QUrl target = base.resolved(QUrl(location));
    const QString host = target.host();
    const bool sameHost = host.compare(m_host, Qt::CaseInsensitive) == 0
        || QHostAddress(host).isEqual(m_address, QHostAddress::TolerantConversion);
    const int defaultPort = m_step.tls ? 443 : 80;
    if (!target.isValid() || target.scheme() != scheme || !sameHost
        || target.port(defaultPort) != m_port || target == base)
        return false;
    m_path = target.path(QUrl::FullyEncoded);
    if (target.hasQuery())
        m_path += QLatin1Char('?') + target.query(QUrl::FullyEncoded);
    ++m_redirects;
    m_best = found;
    m_steps.insert(m_next, m_step);
    runStep();
    return true;
}

void PortDetection::complete(std::optional<ServiceInfo> found)
{
    if (m_done)
        return;
    m_done = true;
    m_wait.stop();
    m_quiet.stop();
    m_budget.stop();
    dropSocket();
    if (!found && m_tls) {
        // TLS answered, nothing inside it did: say so much.
        found = ServiceInfo {};
        found->name = QStringLiteral("unknown");
        found->method = ServiceInfo::Method::Probed;
        found->confidence = 5;
        found->tunnel = true;
    }
    if (found && found->tunnel && m_tls)
        found->tls = *m_tls;
    m_result = std::move(found);
    Q_EMIT finished();
}

void PortDetection::dropSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void PortDetection::recordTls()
{
    if (m_tls)
        return;
    const QSslCertificate cert = m_socket->peerCertificate();
    TlsInfo t;
    t.protocol = protocolName(m_socket->sessionProtocol());
    t.cipher = clean(m_socket->sessionCipher().name());
    if (!cert.isNull()) {
        t.subject = clean(cert.subjectDisplayName());
        t.issuer = clean(cert.issuerDisplayName());
        const auto sans = cert.subjectAlternativeNames();
        for (auto it = sans.cbegin(); it != sans.cend() && t.sans.size() < 100; ++it)
            t.sans << clean(it.value());
        t.notAfter = cert.expiryDate().toUTC();
        t.selfSigned = cert.isSelfSigned();
    }
    m_tls = t;
}

QString PortDetection::hostHeader() const
{
    QString host = QHostAddress(m_host).isNull() ? m_host : m_address.toString();
    if (m_address.protocol() == QAbstractSocket::IPv6Protocol && host == m_address.toString())
        host = QLatin1Char('[') + host + QLatin1Char(']');
    const bool defaultPort = m_port == (m_step.tls ? 443 : 80);
    return defaultPort ? host : host + QLatin1Char(':') + QString::number(m_port);
}
