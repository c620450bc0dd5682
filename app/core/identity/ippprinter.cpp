#include "core/identity/ippprinter.h"

#include "core/services/udpwire.h"

namespace {

void attribute(QByteArray *out, quint8 tag, const QByteArray &name, const QByteArray &value)
{
    out->append(char(tag));
    UdpWire::append16(out, quint16(name.size()));
    out->append(name);
    UdpWire::append16(out, quint16(value.size()));
    out->append(value);
}

constexpr quint8 charsetTag = 0x47;
constexpr quint8 languageTag = 0x48;
constexpr quint8 uriTag = 0x45;
constexpr quint8 keywordTag = 0x44;

const char *const kWanted[] = { "printer-make-and-model", "printer-info", "printer-device-id" };

// IEEE 1284 device ids ("MFG:HP;MDL:LaserJet ...;"): the maker and model keys.
void addDeviceId(const QString &id, QList<DeviceEvidence> *evidence)
{
    for (const QString &part : id.split(QLatin1Char(';'))) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString key = part.left(colon).trimmed().toUpper();
        const QString value = part.mid(colon + 1).trimmed();
        if (value.isEmpty())
            continue;
        if (key == QLatin1String("MFG") || key == QLatin1String("MANUFACTURER"))
            evidence->append(
                DeviceEvidence::make(QStringLiteral("ipp"), QStringLiteral("mfg"), value));
        else if (key == QLatin1String("MDL") || key == QLatin1String("MODEL"))
            evidence->append(
                DeviceEvidence::make(QStringLiteral("ipp"), QStringLiteral("mdl"), value));
    }
}

// The IPP message after the HTTP head; empty when the head is not a 200 with a body.
QByteArray ippBody(const QByteArray &http)
{
    const qsizetype end = http.indexOf("\r\n\r\n");
    if (end < 0 || !http.startsWith("HTTP/1.") || http.mid(9, 3) != "200")
        return {};
    const QByteArray head = http.left(end).toLower();
    if (head.contains("transfer-encoding: chunked"))
        return {}; // the request asks HTTP/1.0, which has no chunks
    return http.mid(end + 4);
}

} // namespace

namespace IppPrinter {

QByteArray request(const QString &host, quint16 port, quint32 requestId)
{
    const QString hostPart
        = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    const QByteArray authority = (hostPart + QLatin1Char(':') + QString::number(port)).toLatin1();
    QByteArray ipp;
    ipp.append('\x01');
    ipp.append('\x01'); // version 1.1, which every IPP printer reads
    UdpWire::append16(&ipp, 0x000b); // Get-Printer-Attributes
    UdpWire::append32(&ipp, requestId);
    ipp.append('\x01'); // operation-attributes-tag
    attribute(&ipp, charsetTag, "attributes-charset", "utf-8");
    attribute(&ipp, languageTag, "attributes-natural-language", "en");
    attribute(&ipp, uriTag, "printer-uri", "ipp://" + authority + "/ipp/print");
    bool first = true;
    for (const char *name : kWanted) {
        attribute(
            &ipp, keywordTag, first ? QByteArray("requested-attributes") : QByteArray(), name);
        first = false;
    }
    ipp.append('\x03'); // end-of-attributes-tag
    return "POST /ipp/print HTTP/1.0\r\nHost: " + authority
        + "\r\nContent-Type: application/ipp\r\nContent-Length: " + QByteArray::number(ipp.size())
        + "\r\nConnection: close\r\n\r\n" + ipp;
}

bool readResponse(const QByteArray &http, quint32 requestId, QList<DeviceEvidence> *evidence)
{
    const QByteArray body = ippBody(http);
    WireReader r(body);
    quint16 version = 0;
    quint16 status = 0;
    quint32 id = 0;
    if (!r.read16(&version) || !r.read16(&status) || !r.read32(&id) || id != requestId
        || (version >> 8) < 1 || status > 0x00ff)
        return false;
    QList<DeviceEvidence> found;
    QByteArray lastName;
    while (!r.atEnd()) {
        quint8 tag = 0;
        if (!r.read8(&tag))
            return false;
        if (tag == 0x03)
            break; // end-of-attributes
        if (tag < 0x10)
            continue; // a group delimiter
        quint16 nameLength = 0;
        QByteArray name;
        quint16 valueLength = 0;
        QByteArray value;
        if (!r.read16(&nameLength) || !r.readBytes(nameLength, &name) || !r.read16(&valueLength)
            || !r.readBytes(valueLength, &value))
            return false;
        if (!name.isEmpty())
            lastName = name; // an empty name is another value of the last attribute
        const bool text = tag == 0x41 || tag == 0x42; // textWithoutLanguage, nameWithoutLanguage
        if (!text || value.isEmpty() || found.size() >= 16)
            continue;
        for (const char *wanted : kWanted) {
            if (lastName != wanted)
                continue;
            const QString v = UdpWire::text(value);
            if (lastName == "printer-device-id")
                addDeviceId(v, &found);
            else
                found.append(
                    DeviceEvidence::make(QStringLiteral("ipp"), QString::fromLatin1(lastName), v));
        }
    }
    *evidence = found;
    return true;
}

} // namespace IppPrinter
