#pragma once

#include <unordered_map>

#include <functional>
#include <memory>
#include <vector>

#include <QObject>

#include "core/engine/bannerreader.h"

class QTcpSocket;

// Reads banners with a QTcpSocket per open port, in the worker's thread. Sockets
// that finished are kept until purge(), called outside their signals.
class SocketBannerReader final : public QObject, public BannerReader
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketBannerReader)

public:
    using Done = std::function<void(quint64 token, const QByteArray &banner)>;

    explicit SocketBannerReader(Done done, QObject *parent = nullptr);
    ~SocketBannerReader() override;

    bool begin(quint64 token, qintptr descriptor) override;
    QByteArray end(quint64 token) override;
    // Deletes the sockets that finished; never call from one of their signals.
    void purge();

private:
    struct Reading
    {
        std::unique_ptr<QTcpSocket> socket;
        QByteArray banner;
    };

    void onReadyRead(quint64 token);
    void finish(quint64 token);
    QByteArray take(quint64 token);

    Done m_done;
    std::unordered_map<quint64, Reading> m_readings;
    std::vector<std::unique_ptr<QTcpSocket>> m_finished;
};
