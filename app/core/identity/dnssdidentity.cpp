#include "core/identity/dnssdidentity.h"

#include "core/services/dnsmessage.h"
#include "core/services/udpwire.h"

namespace {

using namespace DnsMessage;

// TXT keys that say what a device is; everything else is left unread.
const char *const kKeys[] = { "ty", "product", "usb_MFG", "usb_MDL", "model", "md", "am" };

bool wantedKey(const QByteArray &key)
{
    for (const char *k : kKeys) {
        if (key.compare(k, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString canonicalKey(const QByteArray &key)
{
    for (const char *k : kKeys) {
        if (key.compare(k, Qt::CaseInsensitive) == 0)
            return QLatin1String(k);
    }
    return {};
}

// "_ipp._tcp.local" -> "_ipp._tcp"; empty for anything that is not a service type.
QString serviceType(const QByteArray &name)
{
    const QList<QByteArray> labels = name.toLower().split('.');
    if (labels.size() != 3 || labels.at(2) != "local" || !labels.at(0).startsWith('_')
        || (labels.at(1) != "_tcp" && labels.at(1) != "_udp"))
        return {};
    return UdpWire::text(labels.at(0) + '.' + labels.at(1), 64);
}

void readTxt(const QByteArray &msg, const Record &record, DnsSdIdentity::Answers *answers)
{
    qsizetype at = record.data;
    const qsizetype end = record.data + record.length;
    while (at < end && answers->txt.size() < 32) {
        const auto length = static_cast<quint8>(msg.at(at));
        if (at + 1 + length > end)
            return;
        const QByteArray entry = msg.mid(at + 1, length);
        at += 1 + length;
        const qsizetype equals = entry.indexOf('=');
        if (equals <= 0 || !wantedKey(entry.left(equals)))
            continue;
        const QString value = UdpWire::text(entry.mid(equals + 1));
        const std::pair<QString, QString> pair { canonicalKey(entry.left(equals)), value };
        if (!value.isEmpty() && !answers->txt.contains(pair))
            answers->txt.append(pair);
    }
}

void readPtr(const QByteArray &msg, const Record &record, DnsSdIdentity::Answers *answers)
{
    qsizetype at = record.data;
    QByteArray target;
    if (!readName(msg, &at, &target) || at > record.data + record.length)
        return;
    if (record.name.toLower() == "_services._dns-sd._udp.local") {
        const QString type = serviceType(target);
        if (!type.isEmpty() && !answers->serviceTypes.contains(type)
            && answers->serviceTypes.size() < DnsSdIdentity::maxTypes)
            answers->serviceTypes.append(type);
        return;
    }
    const QString instance = QString::fromUtf8(target);
    if (!answers->instances.contains(instance)
        && answers->instances.size() < DnsSdIdentity::maxInstances)
        answers->instances.append(instance);
}

} // namespace

namespace DnsSdIdentity {

QByteArray typesQuery(quint16 id)
{
    return query(id, 0, "_services._dns-sd._udp.local", typePtr, classIn);
}

QByteArray instancesQuery(quint16 id, const QStringList &serviceTypes)
{
    QList<Question> questions;
    for (const QString &type : serviceTypes.mid(0, maxTypes))
        questions.append(Question { type.toUtf8() + ".local", typePtr, classIn });
    questions.append(Question { "_device-info._tcp.local", typePtr, classIn });
    return query(id, 0, questions);
}

QByteArray txtQuery(quint16 id, const QStringList &instances)
{
    QList<Question> questions;
    for (const QString &instance : instances.mid(0, maxInstances)) {
        const QByteArray name = instance.toUtf8();
        // A label longer than 63 bytes cannot be sent (RFC 1035 2.3.4).
        bool fits = true;
        for (const QByteArray &label : name.split('.'))
            fits = fits && !label.isEmpty() && label.size() <= 63;
        if (fits)
            questions.append(Question { name, typeTxt, classIn });
    }
    return query(id, 0, questions);
}

bool read(const QByteArray &message, quint16 id, Answers *answers)
{
    Header header;
    qsizetype offset = 0;
    QByteArray first;
    if (!readResponse(message, id, &header, &offset, &first))
        return false;
    // Answers, then authority and additional records: responders put the TXT of the
    // instances they name there (RFC 6763 section 12.1). Until the message ends.
    for (int i = 0; i < 128 && offset < message.size(); ++i) {
        Record record;
        if (!readRecord(message, &offset, &record))
            break;
        if ((record.cls & 0x7fff) != classIn) // the top bit is mDNS's cache-flush bit
            continue;
        if (record.type == typePtr)
            readPtr(message, record, answers);
        else if (record.type == typeTxt)
            readTxt(message, record, answers);
    }
    return true;
}

QList<DeviceEvidence> evidence(const Answers &answers)
{
    const QString dnssd = QStringLiteral("dns-sd");
    QList<DeviceEvidence> out;
    for (const QString &type : answers.serviceTypes)
        out.append(DeviceEvidence::make(dnssd, QStringLiteral("service"), type));
    for (const auto &[key, value] : answers.txt)
        out.append(DeviceEvidence::make(dnssd, key, value));
    return out;
}

} // namespace DnsSdIdentity
