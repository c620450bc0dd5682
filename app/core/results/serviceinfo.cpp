#include "core/results/serviceinfo.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

QString ServiceInfo::methodName(Method method)
{
    return method == Method::Probed ? QStringLiteral("probed") : QStringLiteral("table");
}

namespace {

const QHash<QString, QString> &secureNames()
{
    static const QHash<QString, QString> names { { QStringLiteral("http"),
                                                     QStringLiteral("https") },
        { QStringLiteral("imap"), QStringLiteral("imaps") },
        { QStringLiteral("pop3"), QStringLiteral("pop3s") },
        { QStringLiteral("smtp"), QStringLiteral("smtps") },
        { QStringLiteral("ftp"), QStringLiteral("ftps") },
        { QStringLiteral("ldap"), QStringLiteral("ldaps") } };
    return names;
}

} // namespace

QString ServiceInfo::displayName() const
{
    if (!tunnel)
        return name;
    return secureNames().value(name, QStringLiteral("ssl/") + name);
}

QString ServiceInfo::productVersion() const
{
    if (version.isEmpty())
        return product;
    if (product.isEmpty())
        return version;
    return product + QLatin1Char(' ') + version;
}

QString ServiceInfo::summary(const QDateTime &now) const
{
    QStringList parts;
    const QString pv = productVersion();
    if (!pv.isEmpty())
        parts << pv;
    if (!extra.isEmpty())
        parts << QLatin1Char('(') + extra + QLatin1Char(')');
    if (tls.notAfter.isValid()) {
        const qint64 days = now.daysTo(tls.notAfter);
        if (tls.notAfter < now)
            parts << tr("certificate expired %1").arg(tls.notAfter.date().toString(Qt::ISODate));
        else
            parts << tr("certificate expires in %n day(s)", nullptr, static_cast<int>(days));
    }
    return parts.join(QLatin1Char(' '));
}

QJsonObject ServiceInfo::toJson() const
{
    QJsonObject o { { QStringLiteral("service_method"), methodName(method) },
        { QStringLiteral("confidence"), confidence }, { QStringLiteral("product"), product },
        { QStringLiteral("version"), version }, { QStringLiteral("extra"), extra } };
    if (tunnel || !tls.isEmpty()) {
        o.insert(QStringLiteral("tls"),
            QJsonObject { { QStringLiteral("subject"), tls.subject },
                { QStringLiteral("sans"), QJsonArray::fromStringList(tls.sans) },
                { QStringLiteral("issuer"), tls.issuer },
                { QStringLiteral("not_after"),
                    tls.notAfter.isValid() ? tls.notAfter.toUTC().toString(Qt::ISODate)
                                           : QString() },
                { QStringLiteral("protocol"), tls.protocol },
                { QStringLiteral("cipher"), tls.cipher },
                { QStringLiteral("self_signed"), tls.selfSigned } });
    }
    return o;
}

ServiceInfo ServiceInfo::fromJson(const QString &name, const QJsonObject &o)
{
    ServiceInfo s;
    s.name = name;
    s.method = o.value(QStringLiteral("service_method")).toString() == QLatin1String("probed")
        ? Method::Probed
        : Method::Table;
    s.confidence = qBound(0, o.value(QStringLiteral("confidence")).toInt(3), 10);
    s.product = o.value(QStringLiteral("product")).toString();
    s.version = o.value(QStringLiteral("version")).toString();
    s.extra = o.value(QStringLiteral("extra")).toString();
    const QJsonValue tls = o.value(QStringLiteral("tls"));
    if (tls.isObject()) {
        const QJsonObject t = tls.toObject();
        s.tunnel = true;
        // Written under its shown name: "https" is http inside TLS.
        if (s.name.startsWith(QLatin1String("ssl/")))
            s.name = s.name.mid(4);
        else
            s.name = secureNames().key(s.name, s.name);
        s.tls.subject = t.value(QStringLiteral("subject")).toString();
        for (const auto &v : t.value(QStringLiteral("sans")).toArray())
            s.tls.sans << v.toString();
        s.tls.issuer = t.value(QStringLiteral("issuer")).toString();
        s.tls.notAfter
            = QDateTime::fromString(t.value(QStringLiteral("not_after")).toString(), Qt::ISODate);
        s.tls.protocol = t.value(QStringLiteral("protocol")).toString();
        s.tls.cipher = t.value(QStringLiteral("cipher")).toString();
        s.tls.selfSigned = t.value(QStringLiteral("self_signed")).toBool();
    }
    return s;
}

QString ServiceInfo::toText() const
{
    QJsonObject o = toJson();
    o.insert(QStringLiteral("service"), displayName());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::shared_ptr<const ServiceInfo> ServiceInfo::fromText(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    if (o.isEmpty())
        return nullptr;
    return std::make_shared<const ServiceInfo>(
        fromJson(o.value(QStringLiteral("service")).toString(), o));
}
