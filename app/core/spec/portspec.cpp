#include "core/spec/portspec.h"

#include <vector>

#include <QCoreApplication>
#include <QRegularExpression>

#include "core/spec/portnames.h"

namespace {

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

// Ports wanted, one flag per port number.
using Wanted = std::vector<bool>;

// Adds what one token (without its prefix) names to wanted for protocol.
bool addToken(
    const QString &raw, const QString &token, Protocol protocol, Wanted *wanted, QString *error)
{
    auto addRange = [&](int first, int last) {
        for (int p = first; p <= last; ++p)
            (*wanted)[static_cast<size_t>(p)] = true;
        return true;
    };
    if (token == QLatin1String("-") || token == QLatin1String("all"))
        return addRange(1, 65535);
    if (token == QLatin1String("well-known"))
        return addRange(1, 1024);
    if (token == QLatin1String("common")) {
        for (quint16 p : PortNames::commonPorts(protocol))
            addRange(p, p);
        return true;
    }
    // A range starts with a digit; a name may hold dashes ("radius-acct").
    const qsizetype dash = token.indexOf(QLatin1Char('-'));
    if (dash > 0 && token.at(0).isDigit()) {
        int first = 0;
        int last = 0;
        if (!parsePortNumber(token.left(dash), &first)
            || !parsePortNumber(token.mid(dash + 1), &last)) {
            *error = QCoreApplication::translate(
                "PortSpec", "invalid port range \"%1\": ports are 1 to 65535")
                         .arg(raw);
            return false;
        }
        if (first > last) {
            *error = QCoreApplication::translate("PortSpec", "reversed port range \"%1\"").arg(raw);
            return false;
        }
        return addRange(first, last);
    }
    if (token.at(0).isDigit()) {
        int port = 0;
        if (!parsePortNumber(token, &port)) {
            *error = QCoreApplication::translate(
                "PortSpec", "invalid port \"%1\": ports are 1 to 65535")
                         .arg(raw);
            return false;
        }
        return addRange(port, port);
    }
    static const QRegularExpression serviceName(QStringLiteral("^[a-z0-9][a-z0-9._+-]*$"));
    const quint16 port
        = serviceName.match(token).hasMatch() ? PortNames::portForName(token, protocol) : 0;
    if (port == 0) {
        *error = protocol == Protocol::Udp
            ? QCoreApplication::translate("PortSpec", "unknown UDP port or service \"%1\"").arg(raw)
            : QCoreApplication::translate("PortSpec", "unknown port or service \"%1\"").arg(raw);
        return false;
    }
    return addRange(port, port);
}

QList<quint16> listed(const Wanted &wanted)
{
    QList<quint16> ports;
    for (int p = 1; p <= 65535; ++p) {
        if (wanted[static_cast<size_t>(p)])
            ports.append(static_cast<quint16>(p));
    }
    return ports;
}

struct Token
{
    QString raw; // as typed, for messages
    QString text; // lower case, without its prefix
    char prefix = 0; // 't', 'u', or 0 for none in force
};

// Splits text into tokens and the prefix in force for each; false on an empty entry,
// an empty prefix or one that is not T: or U:.
bool tokenize(const QString &text, QList<Token> *tokens, QString *error)
{
    static const QRegularExpression separator(QStringLiteral("\\s*,\\s*|\\s+"));
    char prefix = 0;
    for (const QString &raw : text.split(separator)) {
        QString token = raw.trimmed().toLower();
        if (token.size() >= 2 && token.at(1) == QLatin1Char(':')) {
            const QChar p = token.at(0);
            if (p != QLatin1Char('t') && p != QLatin1Char('u')) {
                *error = QCoreApplication::translate(
                    "PortSpec", "unknown protocol prefix in \"%1\": use T: for TCP or U: for UDP")
                             .arg(raw);
                return false;
            }
            prefix = static_cast<char>(p.unicode());
            token = token.mid(2).trimmed();
            if (token.isEmpty()) {
                *error = QCoreApplication::translate("PortSpec", "no ports after \"%1\"").arg(raw);
                return false;
            }
        }
        if (token.isEmpty()) {
            *error = QCoreApplication::translate("PortSpec", "empty entry in the port list");
            return false;
        }
        tokens->append(Token { raw.trimmed(), token, prefix });
    }
    return true;
}

} // namespace

bool PortSpec::parse(const QString &text, PortSpec *spec, QString *error, Selection selection)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = QCoreApplication::translate("PortSpec", "no ports given");
        return false;
    }
    QList<Token> tokens;
    if (!tokenize(trimmed, &tokens, error))
        return false;
    Wanted tcp(65536, false);
    Wanted udp(65536, false);
    bool anyTcp = false;
    bool anyUdp = false;
    for (const Token &t : tokens) {
        if (t.prefix == 'u' && selection == Selection::Tcp) {
            *error = QCoreApplication::translate(
                "PortSpec", "\"%1\" names UDP ports, but only TCP was asked for")
                         .arg(t.raw);
            return false;
        }
        if (t.prefix == 't' && selection == Selection::Udp) {
            *error = QCoreApplication::translate(
                "PortSpec", "\"%1\" names TCP ports, but only UDP was asked for")
                         .arg(t.raw);
            return false;
        }
        const bool toTcp = t.prefix == 't' || (t.prefix == 0 && selection != Selection::Udp);
        const bool toUdp = t.prefix == 'u'
            || (t.prefix == 0 && (selection == Selection::Udp || selection == Selection::Both));
        if (toTcp && !addToken(t.raw, t.text, Protocol::Tcp, &tcp, error))
            return false;
        if (toUdp && !addToken(t.raw, t.text, Protocol::Udp, &udp, error))
            return false;
        anyTcp = anyTcp || toTcp;
        anyUdp = anyUdp || toUdp;
    }
    PortSpec parsed;
    if (anyTcp)
        parsed.m_ports = listed(tcp);
    if (anyUdp)
        parsed.m_udpPorts = listed(udp);
    if (parsed.isEmpty()) {
        *error = QCoreApplication::translate("PortSpec", "no ports given");
        return false;
    }
    *spec = std::move(parsed);
    return true;
}

QString PortSpec::canonicalText(const QString &text, Selection selection)
{
    if (selection == Selection::Auto || selection == Selection::Tcp)
        return text.trimmed();
    QList<Token> tokens;
    QString ignored;
    if (!tokenize(text.trimmed(), &tokens, &ignored))
        return text.trimmed();
    // Unprefixed tokens lead (a prefix holds to the end): give them their protocols.
    QStringList unprefixed;
    QStringList rest;
    for (const Token &t : tokens)
        (t.prefix == 0 ? unprefixed : rest).append(t.raw);
    QStringList out;
    if (!unprefixed.isEmpty()) {
        if (selection == Selection::Both)
            out.append(QStringLiteral("T:") + unprefixed.join(QLatin1Char(',')));
        out.append(QStringLiteral("U:") + unprefixed.join(QLatin1Char(',')));
    }
    out.append(rest);
    return out.join(QLatin1Char(','));
}
