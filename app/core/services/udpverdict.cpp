#include "core/services/udpverdict.h"

UdpVerdict UdpVerdict::answer(const char *service)
{
    UdpVerdict verdict;
    verdict.answered = true;
    verdict.service = QString::fromLatin1(service);
    return verdict;
}

void UdpVerdict::add(const char *name, const QString &value)
{
    if (!value.isEmpty() && fields.size() < maxFields)
        fields.append({ QString::fromLatin1(name), value });
}

QString UdpVerdict::field(const QString &name) const
{
    for (const auto &[key, value] : fields) {
        if (key == name)
            return value;
    }
    return {};
}

ServiceInfo UdpVerdict::serviceInfo() const
{
    ServiceInfo info;
    info.name = service;
    info.method = ServiceInfo::Method::Probed;
    info.confidence = answered ? 10 : 3;
    info.product = product;
    info.version = version;
    QStringList extra;
    for (const auto &[key, value] : fields)
        extra << key + QLatin1String(": ") + value;
    for (const QString &finding : findings)
        extra << QLatin1String("finding: ") + finding;
    info.extra = extra.join(QLatin1String("; "));
    return info;
}
