#include "core/engine/socketbannerreader.h"

#include <QTcpSocket>

#include "core/spec/scanoptions.h"

SocketBannerReader::SocketBannerReader(Done done, QObject *parent)
    : QObject(parent)
    , m_done(std::move(done))
{
}

SocketBannerReader::~SocketBannerReader()
{
    for (auto &[token, reading] : m_readings) {
        reading.socket->disconnect(this);
        reading.socket->abort();
    }
}

bool SocketBannerReader::begin(quint64 token, qintptr descriptor)
{
    auto socket = std::make_unique<QTcpSocket>();
    if (!socket->setSocketDescriptor(
            descriptor, QAbstractSocket::ConnectedState, QIODevice::ReadOnly))
        return false; // QAbstractSocket closes a descriptor it could not take
    QTcpSocket *raw = socket.get();
    connect(raw, &QTcpSocket::readyRead, this, [this, token] { onReadyRead(token); });
    connect(raw, &QTcpSocket::disconnected, this, [this, token] { finish(token); });
    connect(raw, &QTcpSocket::errorOccurred, this, [this, token] { finish(token); });
    m_readings.emplace(token, Reading { std::move(socket), {} });
    return true;
}

void SocketBannerReader::onReadyRead(quint64 token)
{
    auto it = m_readings.find(token);
    if (it == m_readings.end())
        return;
    Reading &reading = it->second;
    reading.banner += reading.socket->read(ScanOptions::bannerBytes - reading.banner.size());
    if (reading.banner.size() >= ScanOptions::bannerBytes)
        finish(token);
}

void SocketBannerReader::finish(quint64 token)
{
    if (m_readings.find(token) == m_readings.end())
        return;
    const QByteArray banner = take(token);
    m_done(token, banner);
}

QByteArray SocketBannerReader::take(quint64 token)
{
    auto it = m_readings.find(token);
    if (it == m_readings.end())
        return {};
    Reading reading = std::move(it->second);
    m_readings.erase(it);
    reading.banner += reading.socket->read(ScanOptions::bannerBytes - reading.banner.size());
    // May be inside one of the socket's signals: disconnect now, delete in purge().
    reading.socket->disconnect(this);
    reading.socket->abort();
    m_finished.push_back(std::move(reading.socket));
    return reading.banner;
}

QByteArray SocketBannerReader::end(quint64 token)
{
    return take(token);
}

void SocketBannerReader::purge()
{
    m_finished.clear();
}
