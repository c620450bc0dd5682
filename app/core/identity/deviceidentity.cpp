#include "core/identity/deviceidentity.h"

#include <QJsonArray>

namespace {

QString jsonKey(DeviceIdentity::Attribute attribute)
{
    return DeviceIdentity::attributeName(attribute);
}

constexpr DeviceIdentity::Attribute kAttributes[]
    = { DeviceIdentity::Attribute::Type, DeviceIdentity::Attribute::Maker,
          DeviceIdentity::Attribute::Model, DeviceIdentity::Attribute::Os };

} // namespace

const QStringList &DeviceIdentity::types()
{
    static const QStringList all { QStringLiteral("router"), QStringLiteral("access-point"),
        QStringLiteral("switch"), QStringLiteral("firewall"), QStringLiteral("printer"),
        QStringLiteral("nas"), QStringLiteral("camera"), QStringLiteral("phone"),
        QStringLiteral("tablet"), QStringLiteral("computer"), QStringLiteral("server"),
        QStringLiteral("tv"), QStringLiteral("media-player"), QStringLiteral("speaker"),
        QStringLiteral("game-console"), QStringLiteral("smart-home"), QStringLiteral("hypervisor"),
        unknownType() };
    return all;
}

QString DeviceIdentity::attributeName(Attribute attribute)
{
    switch (attribute) {
    case Attribute::Type:
        return QStringLiteral("type");
    case Attribute::Maker:
        return QStringLiteral("maker");
    case Attribute::Model:
        return QStringLiteral("model");
    case Attribute::Os:
        return QStringLiteral("os");
    }
    return {};
}

bool DeviceIdentity::parseAttribute(const QString &text, Attribute *attribute)
{
    for (Attribute a : kAttributes) {
        if (attributeName(a) == text) {
            *attribute = a;
            return true;
        }
    }
    return false;
}

QString DeviceIdentity::value(Attribute attribute) const
{
    switch (attribute) {
    case Attribute::Type:
        return type;
    case Attribute::Maker:
        return maker;
    case Attribute::Model:
        return model;
    case Attribute::Os:
        return os;
    }
    return {};
}

void DeviceIdentity::setValue(Attribute attribute, const QString &text)
{
    switch (attribute) {
    case Attribute::Type:
        type = types().contains(text) ? text : unknownType();
        return;
    case Attribute::Maker:
        maker = text;
        return;
    case Attribute::Model:
        model = text;
        return;
    case Attribute::Os:
        os = text;
        return;
    }
}

QJsonObject DeviceIdentity::toJson() const
{
    QJsonObject out;
    for (Attribute a : kAttributes)
        out.insert(jsonKey(a), value(a));
    // One entry per piece of evidence, naming everything it gave.
    QJsonArray evidence;
    QList<DeviceEvidence> seen;
    QList<QStringList> gave;
    for (const Reason &r : reasons) {
        const qsizetype at = seen.indexOf(r.evidence);
        if (at < 0) {
            seen.append(r.evidence);
            gave.append({ attributeName(r.attribute) });
        } else {
            gave[at].append(attributeName(r.attribute));
        }
    }
    for (qsizetype i = 0; i < seen.size(); ++i) {
        evidence.append(QJsonObject { { QStringLiteral("source"), seen.at(i).source },
            { QStringLiteral("field"), seen.at(i).field },
            { QStringLiteral("text"), seen.at(i).text },
            { QStringLiteral("gave"), QJsonArray::fromStringList(gave.at(i)) } });
    }
    out.insert(QStringLiteral("evidence"), evidence);
    return out;
}

DeviceIdentity DeviceIdentity::fromJson(const QJsonObject &object)
{
    DeviceIdentity identity;
    for (Attribute a : kAttributes)
        identity.setValue(
            a, object.value(jsonKey(a)).toString(a == Attribute::Type ? unknownType() : QString()));
    for (const auto &v : object.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject e = v.toObject();
        const DeviceEvidence evidence
            = DeviceEvidence::make(e.value(QStringLiteral("source")).toString(),
                e.value(QStringLiteral("field")).toString(),
                e.value(QStringLiteral("text")).toString());
        for (const auto &g : e.value(QStringLiteral("gave")).toArray()) {
            Attribute a;
            if (parseAttribute(g.toString(), &a))
                identity.reasons.append(Reason { a, QString(), evidence });
        }
    }
    return identity;
}

QString DeviceIdentity::summary() const
{
    QStringList words;
    if (!maker.isEmpty() && !model.startsWith(maker, Qt::CaseInsensitive))
        words.append(maker);
    if (!model.isEmpty())
        words.append(model);
    QString what = words.join(QLatin1Char(' '));
    if (type == unknownType())
        return what;
    return what.isEmpty() ? type : type + QStringLiteral(": ") + what;
}
