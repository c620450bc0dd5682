#include "core/platform/pollerfactory.h"

#include "core/platform/pollpoller.h"
#ifdef Q_OS_LINUX
#include "core/platform/epollpoller.h"
#endif

namespace PollerFactory {

bool kindFromEnvironment(Poller::Kind *kind, QString *error)
{
    const QByteArray value = qgetenv("PORTOLAN_POLLER").trimmed().toLower();
#ifdef Q_OS_LINUX
    *kind = Poller::Kind::Epoll;
#else
    *kind = Poller::Kind::Poll;
#endif
    if (value.isEmpty())
        return true;
#ifdef Q_OS_LINUX
    if (value == "epoll") {
        *kind = Poller::Kind::Epoll;
        return true;
    }
#endif
    if (value == "poll") {
        *kind = Poller::Kind::Poll;
        return true;
    }
    *error = QStringLiteral("PORTOLAN_POLLER=%1 is not a poller here; use epoll or poll")
                 .arg(QString::fromLocal8Bit(value));
    return false;
}

std::unique_ptr<Poller> create(Poller::Kind kind, int capacity, QString *error)
{
#ifdef Q_OS_LINUX
    if (kind == Poller::Kind::Epoll) {
        auto poller = std::make_unique<EpollPoller>(capacity);
        if (!poller->isValid()) {
            *error = QStringLiteral("epoll_create1: %1").arg(qt_error_string());
            return nullptr;
        }
        return poller;
    }
#else
    Q_UNUSED(error)
#endif
    Q_UNUSED(kind)
    return std::make_unique<PollPoller>(capacity);
}

} // namespace PollerFactory
