#include "core/services/serviceprobetable.h"

#include <algorithm>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace {

constexpr int maxWaitMs = 60000;

bool parsePorts(const QString &text, QSet<quint16> *ports)
{
    if (text.trimmed().isEmpty())
        return true;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QStringList ends = part.trimmed().split(QLatin1Char('-'));
        bool okFirst = false;
        bool okLast = false;
        const uint first = ends.value(0).toUInt(&okFirst);
        const uint last = ends.size() == 2 ? ends.at(1).toUInt(&okLast) : first;
        if (!okFirst || (ends.size() == 2 && !okLast) || ends.size() > 2 || first == 0
            || last > 65535 || first > last)
            return false;
        for (uint p = first; p <= last; ++p)
            ports->insert(static_cast<quint16>(p));
    }
    return true;
}

bool isHidden(char32_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x200e || c == 0x200f
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0xfeff;
}

QString hexEscape(uint value, int width)
{
    return (width == 2 ? QStringLiteral("\\x") : QStringLiteral("\\u"))
        + QStringLiteral("%1").arg(value, width, 16, QLatin1Char('0'));
}

} // namespace

QByteArray ServiceProbeTable::Probe::request(const QString &host, const QString &path) const
{
    QByteArray out = payload;
    out.replace("{host}", host.toUtf8());
    out.replace("{path}", path.isEmpty() ? QByteArrayLiteral("/") : path.toUtf8());
    return out;
}

const ServiceProbeTable &ServiceProbeTable::builtIn()
{
    static const ServiceProbeTable table = [] {
        QFile file(QStringLiteral(":/services/service-probes.json"));
        QString error;
        std::optional<ServiceProbeTable> parsed;
        if (file.open(QIODevice::ReadOnly))
            parsed = parse(file.readAll(), &error);
        else
            error = file.errorString();
        if (!parsed) {
            qWarning("built-in service probes not usable: %s", qUtf8Printable(error));
            return ServiceProbeTable {};
        }
        return *parsed;
    }();
    return table;
}

bool ServiceProbeTable::parseTls(const QJsonObject &root, QString *error)
{
    const QJsonObject tls = root.value(QStringLiteral("tls")).toObject();
    const QJsonObject tlsPorts = tls.value(QStringLiteral("ports")).toObject();
    for (auto it = tlsPorts.begin(); it != tlsPorts.end(); ++it) {
        const uint port = it.key().toUInt();
        const int inner = it.value().toInt(-1);
        if (port == 0 || port > 65535 || inner < 0 || inner > 65535) {
            *error = QStringLiteral("tls port %1: not a port").arg(it.key());
            return false;
        }
        m_tlsPorts.insert(static_cast<quint16>(port), static_cast<quint16>(inner));
    }
    return true;
}

bool ServiceProbeTable::parseAnyPort(const QJsonObject &root, QString *error)
{
    m_anyPortWaitMs
        = qBound(1, root.value(QStringLiteral("any_port_wait_ms")).toInt(maxWaitMs), maxWaitMs);
    const QJsonValue order = root.value(QStringLiteral("any_port_order"));
    if (order.isUndefined()) {
        // Tables without an order: TLS, then the fallback probes.
        m_anyPort.append(QStringLiteral("tls"));
        for (const Probe &p : std::as_const(m_probes)) {
            if (p.fallback)
                m_anyPort.append(p.name);
        }
        return true;
    }
    for (const auto &v : order.toArray()) {
        const QString name = v.toString();
        const Probe *p = probe(name);
        if ((name != QLatin1String("tls") && (!p || p->greeting)) || m_anyPort.contains(name)) {
            *error
                = QStringLiteral("any_port_order: %1 is not a probe (nor tls), or is there twice")
                      .arg(name);
            return false;
        }
        m_anyPort.append(name);
    }
    return true;
}

bool ServiceProbeTable::parseProbe(
    const QJsonObject &o, const QString &where, Probe *p, QString *error)
{
    p->greeting = o.value(QStringLiteral("greeting")).toBool();
    if (o.contains(QStringLiteral("send_hex"))) {
        const QByteArray hex = o.value(QStringLiteral("send_hex")).toString().toLatin1();
        p->payload = QByteArray::fromHex(hex);
        if (p->payload.toHex() != hex.toLower()) {
            *error = where + QStringLiteral(": send_hex is not hexadecimal");
            return false;
        }
    } else {
        p->payload = o.value(QStringLiteral("send")).toString().toUtf8();
    }
    if (p->greeting != p->payload.isEmpty()) {
        *error = where + QStringLiteral(": a greeting sends nothing, a probe something");
        return false;
    }
    if (!parsePorts(o.value(QStringLiteral("ports")).toString(), &p->ports)) {
        *error = where + QStringLiteral(": ports are not a list of ports and ranges");
        return false;
    }
    p->waitMs = qBound(1, o.value(QStringLiteral("wait_ms")).toInt(2000), maxWaitMs);
    p->readAll = o.value(QStringLiteral("read_all")).toBool();
    p->fallback = o.value(QStringLiteral("fallback")).toBool();
    p->followRedirects = qBound(0, o.value(QStringLiteral("follow_redirects")).toInt(), 5);
    return true;
}

bool ServiceProbeTable::parseMatch(
    const QJsonObject &o, const QString &where, Match *m, QString *error)
{
    QRegularExpression::PatternOptions options;
    const QString flags = o.value(QStringLiteral("flags")).toString();
    if (flags.contains(QLatin1Char('i')))
        options |= QRegularExpression::CaseInsensitiveOption;
    if (flags.contains(QLatin1Char('s')))
        options |= QRegularExpression::DotMatchesEverythingOption;
    m->pattern = QRegularExpression(o.value(QStringLiteral("pattern")).toString(), options);
    if (!m->pattern.isValid() || m->pattern.pattern().isEmpty()) {
        *error = where + QStringLiteral(": pattern: ") + m->pattern.errorString();
        return false;
    }
    m->product = o.value(QStringLiteral("product")).toString();
    m->version = o.value(QStringLiteral("version")).toString();
    for (const auto &v : o.value(QStringLiteral("extra")).toArray())
        m->extra << v.toString();
    const QJsonObject extracts = o.value(QStringLiteral("extract")).toObject();
    for (auto it = extracts.begin(); it != extracts.end(); ++it) {
        QRegularExpression re(it.value().toString());
        if (!re.isValid() || re.captureCount() < 1) {
            *error = where
                + QStringLiteral(": extract %1 needs a valid pattern with a group").arg(it.key());
            return false;
        }
        m->extracts.append({ it.key(), re });
    }
    m->confidence = qBound(1, o.value(QStringLiteral("confidence")).toInt(10), 10);
    m->tlsNext = o.value(QStringLiteral("tls_next")).toBool();
    return true;
}

std::optional<ServiceProbeTable> ServiceProbeTable::parse(const QByteArray &json, QString *error)
{
    QJsonParseError jsonError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &jsonError);
    if (!doc.isObject()) {
        *error = jsonError.error == QJsonParseError::NoError ? QStringLiteral("not a JSON object")
                                                             : jsonError.errorString();
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    ServiceProbeTable t;
    t.m_unknownGreetingMs
        = qBound(0, root.value(QStringLiteral("unknown_greeting_ms")).toInt(2000), maxWaitMs);
    if (!t.parseTls(root, error))
        return std::nullopt;
    const QJsonArray probes = root.value(QStringLiteral("probes")).toArray();
    for (qsizetype i = 0; i < probes.size(); ++i) {
        const QJsonObject o = probes.at(i).toObject();
        Probe p;
        p.name = o.value(QStringLiteral("name")).toString();
        const QString where = QStringLiteral("probe %1 (%2)").arg(i + 1).arg(p.name);
        if (p.name.isEmpty() || t.probe(p.name)) {
            *error = where + QStringLiteral(": no name, or a name used twice");
            return std::nullopt;
        }
        if (!parseProbe(o, where, &p, error))
            return std::nullopt;
        t.m_probes.append(p);
    }
    if (t.m_probes.isEmpty() || !t.m_probes.first().greeting) {
        *error = QStringLiteral("the first probe must be the greeting");
        return std::nullopt;
    }
    if (!t.parseAnyPort(root, error))
        return std::nullopt;
    const QJsonArray matches = root.value(QStringLiteral("matches")).toArray();
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const QJsonObject o = matches.at(i).toObject();
        Match m;
        m.probe = o.value(QStringLiteral("probe")).toString();
        m.service = o.value(QStringLiteral("service")).toString();
        const QString where = QStringLiteral("match %1 (%2)").arg(i + 1).arg(m.service);
        if (!t.probe(m.probe) || m.service.isEmpty()) {
            *error = where + QStringLiteral(": no service, or an unknown probe");
            return std::nullopt;
        }
        if (!parseMatch(o, where, &m, error))
            return std::nullopt;
        t.m_matches.append(m);
    }
    return t;
}

const ServiceProbeTable::Probe *ServiceProbeTable::probe(const QString &name) const
{
    for (const Probe &p : m_probes) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QList<ServiceProbeTable::Step> ServiceProbeTable::planInsideTls(quint16 port) const
{
    QList<Step> steps;
    if (m_probes.isEmpty())
        return steps;
    const quint16 inner = m_tlsPorts.value(port, 0);
    const Probe &greeting = m_probes.first();
    QList<const Probe *> hinted;
    for (const Probe &p : m_probes) {
        if (!p.greeting && inner != 0 && p.ports.contains(inner))
            hinted << &p;
    }
    // Inside TLS on a port of no known protocol, the fallback probes go at once: a
    // service that speaks first still does so before it answers them.
    const bool fallbacks = std::any_of(
        m_probes.cbegin(), m_probes.cend(), [](const Probe &p) { return p.fallback; });
    if (inner != 0 && greeting.ports.contains(inner))
        steps.append({ &greeting, true, greeting.waitMs });
    else if (hinted.isEmpty() && !fallbacks)
        steps.append({ &greeting, true, m_unknownGreetingMs });
    for (const Probe *p : std::as_const(hinted))
        steps.append({ p, true, p->waitMs });
    for (const Probe &p : m_probes) {
        if (p.fallback && !hinted.contains(&p))
            steps.append({ &p, true, qMin(p.waitMs, m_anyPortWaitMs) });
    }
    return steps;
}

QList<ServiceProbeTable::Step> ServiceProbeTable::plan(quint16 port, bool tlsWorks) const
{
    QList<Step> steps;
    if (m_probes.isEmpty())
        return steps;
    const bool tlsFirst = tlsWorks && m_tlsPorts.contains(port);
    if (tlsFirst)
        steps += planInsideTls(port);
    const Probe &greeting = m_probes.first();
    QList<const Probe *> hinted;
    for (const Probe &p : m_probes) {
        if (!p.greeting && p.ports.contains(port))
            hinted << &p;
    }
    // A port that a probe names gets that probe at once: whatever such a service
    // says first still arrives before the answer, and the greeting's matches see it.
    if (greeting.ports.contains(port))
        steps.append({ &greeting, false, greeting.waitMs });
    else if (hinted.isEmpty())
        steps.append({ &greeting, false, m_unknownGreetingMs });
    for (const Probe *p : std::as_const(hinted))
        steps.append({ p, false, p->waitMs });
    // Then every other probe, in the order that keeps one from spoiling the next
    // (each has a connection of its own): the service may not be the port's usual one.
    for (const QString &name : m_anyPort) {
        if (name == QLatin1String("tls")) {
            if (tlsWorks && !tlsFirst)
                steps += planInsideTls(port);
            continue;
        }
        const Probe *p = probe(name);
        if (p && !hinted.contains(p))
            steps.append({ p, false, qMin(p->waitMs, m_anyPortWaitMs) });
    }
    return steps;
}

std::optional<ServiceInfo> ServiceProbeTable::match(
    const QString &probe, const QByteArray &answer, bool *tlsNext) const
{
    if (tlsNext)
        *tlsNext = false;
    if (answer.isEmpty())
        return std::nullopt;
    const QString text = QString::fromLatin1(answer);
    for (const Match &m : m_matches) {
        if (m.probe == probe) {
            if (auto found = matchOne(m, text)) {
                if (tlsNext)
                    *tlsNext = m.tlsNext;
                return found;
            }
        }
    }
    const QString greeting = m_probes.isEmpty() ? QString() : m_probes.first().name;
    if (probe == greeting)
        return std::nullopt;
    for (const Match &m : m_matches) {
        if (m.probe == greeting) {
            if (auto found = matchOne(m, text))
                return found;
        }
    }
    return std::nullopt;
}

std::optional<ServiceInfo> ServiceProbeTable::matchOne(const Match &m, const QString &answer) const
{
    const QRegularExpressionMatch found = m.pattern.match(answer);
    if (!found.hasMatch())
        return std::nullopt;
    // Expands $1-$9 and ${name}; *empty is set when a reference came out empty.
    const auto expand = [&](const QString &pattern, bool *empty) {
        QString out;
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            const QChar c = pattern.at(i);
            QString value;
            if (c == QLatin1Char('$') && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
                value = found.captured(pattern.at(i + 1).digitValue());
                ++i;
            } else if (c == QLatin1Char('$') && pattern.mid(i + 1, 1) == QLatin1String("{")) {
                const qsizetype close = pattern.indexOf(QLatin1Char('}'), i);
                if (close < 0) {
                    out += c;
                    continue;
                }
                const QString name = pattern.mid(i + 2, close - i - 2);
                for (const auto &[key, re] : m.extracts) {
                    if (key == name)
                        value = re.match(answer).captured(1);
                }
                i = close;
            } else {
                out += c;
                continue;
            }
            const QString clean = cleanText(value.toLatin1());
            if (clean.isEmpty())
                *empty = true;
            out += clean;
        }
        return out.trimmed();
    };
    ServiceInfo s;
    s.name = m.service;
    s.method = ServiceInfo::Method::Probed;
    s.confidence = m.confidence;
    bool unused = false;
    s.product = expand(m.product, &unused);
    s.version = expand(m.version, &unused);
    QStringList extra;
    for (const QString &part : m.extra) {
        bool empty = false;
        const QString text = expand(part, &empty);
        if (!empty && !text.isEmpty())
            extra << text;
    }
    s.extra = extra.join(QLatin1String("; "));
    return s;
}

QString ServiceProbeTable::cleanText(const QByteArray &bytes, int maxChars)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    QString out;
    if (decoder.hasError()) {
        for (char ch : bytes) {
            const auto b = static_cast<uchar>(ch);
            if (b == '\t' || b == '\r' || b == '\n')
                out += QLatin1Char(' ');
            else if (b < 0x20 || b >= 0x7f)
                out += hexEscape(b, 2);
            else
                out += QLatin1Char(static_cast<char>(b));
        }
    } else {
        for (const char32_t c : decoded.toUcs4()) {
            if (c == '\t' || c == '\r' || c == '\n')
                out += QLatin1Char(' ');
            else if (isHidden(c))
                out += hexEscape(c, c < 0x100 ? 2 : 4);
            else
                out += QString::fromUcs4(&c, 1);
        }
    }
    out = out.simplified();
    if (out.size() > maxChars) {
        out.truncate(maxChars);
        out += QChar(0x2026);
    }
    return out;
}
