#include "core/identity/upnpdescription.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include "core/services/udpwire.h"

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UpnpDescription", text);
}

// The field of device that element name fills, or null.
QString *fieldFor(UpnpDescription::Device *device, QStringView name)
{
    if (name == u"deviceType")
        return &device->deviceType;
    if (name == u"friendlyName")
        return &device->friendlyName;
    if (name == u"manufacturer")
        return &device->manufacturer;
    if (name == u"modelName")
        return &device->modelName;
    if (name == u"modelNumber")
        return &device->modelNumber;
    return nullptr;
}

} // namespace

namespace UpnpDescription {

bool parse(const QByteArray &xml, Device *device, QString *error)
{
    if (xml.size() > maxBytes) {
        *error = tr("the description is longer than %1 bytes").arg(maxBytes);
        return false;
    }
    QXmlStreamReader reader(xml);
    Device found;
    int depth = 0;
    int deviceDepth = -1; // the root device's element, once entered
    bool inRoot = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::DTD) {
            *error = tr("the description declares a DTD");
            return false;
        }
        if (token == QXmlStreamReader::EndElement) {
            if (--depth < deviceDepth)
                break; // the root device ended: embedded devices are not this one
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const QStringView name = reader.name();
        if (depth == 1) {
            inRoot = name == u"root";
        } else if (inRoot && depth == 2 && name == u"device" && deviceDepth < 0) {
            deviceDepth = depth;
        } else if (deviceDepth > 0 && depth == deviceDepth + 1) {
            if (QString *field = fieldFor(&found, name)) {
                const QString text = reader.readElementText(QXmlStreamReader::SkipChildElements);
                --depth; // readElementText consumed the end element
                *field = UdpWire::text(text.trimmed().toUtf8());
            }
        }
    }
    if (reader.hasError() && reader.error() != QXmlStreamReader::PrematureEndOfDocumentError
        && deviceDepth < 0) {
        *error = tr("the description is not XML: %1").arg(reader.errorString());
        return false;
    }
    if (!inRoot || found.isEmpty()) {
        *error = tr("no UPnP root device in the description");
        return false;
    }
    *device = found;
    return true;
}

QList<DeviceEvidence> evidence(const Device &device)
{
    QList<DeviceEvidence> out;
    const QString upnp = QStringLiteral("upnp");
    const std::pair<const char *, const QString *> fields[]
        = { { "deviceType", &device.deviceType }, { "friendlyName", &device.friendlyName },
              { "manufacturer", &device.manufacturer }, { "modelName", &device.modelName },
              { "modelNumber", &device.modelNumber } };
    for (const auto &[name, value] : fields) {
        if (!value->isEmpty())
            out.append(DeviceEvidence::make(upnp, QLatin1String(name), *value));
    }
    return out;
}

bool fetchable(const QUrl &location, const QHostAddress &host)
{
    if (!location.isValid() || location.scheme() != QLatin1String("http")
        || !location.userInfo().isEmpty())
        return false;
    const QHostAddress named(location.host());
    if (named.isNull())
        return false; // a name, not an address
    return named.isEqual(host, QHostAddress::ConvertV4MappedToIPv4);
}

} // namespace UpnpDescription
