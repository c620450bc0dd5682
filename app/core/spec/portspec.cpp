#include "core/spec/portspec.h"

#include <vector>

#include <QCoreApplication>
#include <QRegularExpression>

#include "core/spec/portnames.h"

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortSpec", text);
}

// Parses a port number; false for anything that is not 1..65535.
bool parsePortNumber(const QString &text, int *port)
{
    if (text.isEmpty() || text.size() > 5)
        return false;
    for (QChar c : text) {
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    }
    *port = text.toInt();
    return *port >= 1 && *port <= 65535;
}

} // namespace

bool PortSpec::parse(const QString &text, PortSpec *spec, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("no ports given");
        return false;
    }
    std::vector<bool> wanted(65536, false);
    static const QRegularExpression separator(QStringLiteral("\\s*,\\s*|\\s+"));
    const QStringList tokens = trimmed.split(separator);
    bool any = false;
    auto addRange = [&](int first, int last) {
        for (int p = first; p <= last; ++p)
            wanted[static_cast<size_t>(p)] = true;
        any = true;
    };
    for (const QString &raw : tokens) {
        const QString token = raw.trimmed().toLower();
        if (token.isEmpty()) {
            *error = tr("empty entry in the port list");
            return false;
        }
        if (token == QLatin1String("-") || token == QLatin1String("all")) {
            addRange(1, 65535);
            continue;
        }
        if (token == QLatin1String("well-known")) {
            addRange(1, 1024);
            continue;
        }
        if (token == QLatin1String("common")) {
            for (quint16 p : PortNames::commonPorts())
                addRange(p, p);
            continue;
        }
        const qsizetype dash = token.indexOf(QLatin1Char('-'));
        if (dash > 0) {
            int first = 0;
            int last = 0;
            const QString a = token.left(dash);
            const QString b = token.mid(dash + 1);
            if (!parsePortNumber(a, &first) || !parsePortNumber(b, &last)) {
                *error = tr("invalid port range \"%1\": ports are 1 to 65535").arg(raw);
                return false;
            }
            if (first > last) {
                *error = tr("reversed port range \"%1\"").arg(raw);
                return false;
            }
            addRange(first, last);
            continue;
        }
        if (token.at(0).isDigit()) {
            int port = 0;
            if (!parsePortNumber(token, &port)) {
                *error = tr("invalid port \"%1\": ports are 1 to 65535").arg(raw);
                return false;
            }
            addRange(port, port);
            continue;
        }
        static const QRegularExpression serviceName(QStringLiteral("^[a-z0-9][a-z0-9._+-]*$"));
        const quint16 port
            = serviceName.match(token).hasMatch() ? PortNames::portForName(token) : 0;
        if (port == 0) {
            *error = tr("unknown port or service \"%1\"").arg(raw);
            return false;
        }
        addRange(port, port);
    }
    if (!any) {
        *error = tr("no ports given");
        return false;
    }
    QList<quint16> ports;
    for (int p = 1; p <= 65535; ++p) {
        if (wanted[static_cast<size_t>(p)])
            ports.append(static_cast<quint16>(p));
    }
    spec->m_ports = std::move(ports);
    return true;
}
