#include "core/spec/targetspec.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TargetSpec", text);
}

// Strict dotted-quad: four decimal octets, nothing else ("10.1" is not accepted).
bool parseIPv4(const QString &text, quint32 *value)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    quint32 v = 0;
    for (int i = 1; i <= 4; ++i) {
        const int octet = m.captured(i).toInt();
        if (octet > 255)
            return false;
        v = (v << 8) | static_cast<quint32>(octet);
    }
    *value = v;
    return true;
}

bool looksNumeric(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9./-]+$"));
    return re.match(text).hasMatch();
}

bool isHostName(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(?=.{1,253}\\.?$)([A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)"
                       "(\\.([A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?))*\\.?$"));
    return re.match(text).hasMatch();
}

QHostAddress addToIPv6(const QHostAddress &base, quint64 offset)
{
    Q_IPV6ADDR a = base.toIPv6Address();
    quint64 carry = offset;
    for (int i = 15; i >= 0 && carry != 0; --i) {
        const quint64 sum = quint64(a[i]) + (carry & 0xff);
        a[i] = static_cast<quint8>(sum & 0xff);
        carry = (carry >> 8) + (sum >> 8);
    }
    return QHostAddress(a);
}

} // namespace

bool TargetSpec::parseIPv6(
    const QString &token, const QString &t, TargetEntry *entry, QString *error)
{
    const qsizetype slash = t.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        QHostAddress a;
        if (!a.setAddress(t) || a.protocol() != QAbstractSocket::IPv6Protocol) {
            *error = tr("malformed IPv6 address \"%1\"").arg(token);
            return false;
        }
        entry->kind = TargetEntry::Kind::Address;
        entry->first = a;
        entry->count = 1;
        return true;
    }
    bool ok = false;
    const int prefix = t.mid(slash + 1).toInt(&ok);
    QHostAddress a;
    if (!ok || prefix < 0 || prefix > 128 || !a.setAddress(t.left(slash))
        || a.protocol() != QAbstractSocket::IPv6Protocol) {
        *error = tr("malformed IPv6 block \"%1\"").arg(token);
        return false;
    }
    if (prefix < 104) {
        *error = tr("block \"%1\" is too large: the largest IPv6 block is /104").arg(token);
        return false;
    }
    const QHostAddress network = QHostAddress(a.toString()); // copy without scope
    Q_IPV6ADDR bytes = network.toIPv6Address();
    for (int bit = prefix; bit < 128; ++bit)
        bytes[bit / 8] &= static_cast<quint8>(~(0x80u >> (bit % 8)));
    entry->kind = TargetEntry::Kind::Block6;
    entry->first = QHostAddress(bytes);
    entry->count = quint64(1) << (128 - prefix);
    return true;
}

bool TargetSpec::parseIPv4Range(
    const QString &token, const QString &t, quint32 *first, quint32 *last, QString *error)
{
    const qsizetype dash = t.indexOf(QLatin1Char('-'));
    const QString left = t.left(dash);
    const QString right = t.mid(dash + 1);
    bool ok = parseIPv4(left, first);
    if (ok) {
        static const QRegularExpression octet(QStringLiteral("^\\d{1,3}$"));
        if (octet.match(right).hasMatch()) {
            const int end = right.toInt();
            ok = end <= 255;
            *last = (*first & 0xffffff00u) | static_cast<quint32>(end);
        } else {
            ok = parseIPv4(right, last);
        }
    }
    if (!ok) {
        *error = tr("malformed IPv4 range \"%1\"").arg(token);
        return false;
    }
    if (*last < *first) {
        *error = tr("reversed IPv4 range \"%1\"").arg(token);
        return false;
    }
    if (quint64(*last) - *first + 1 > maxBlockSize) {
        *error = tr("range \"%1\" is too large: at most 16777216 addresses").arg(token);
        return false;
    }
    return true;
}

bool TargetSpec::parseIPv4Token(
    const QString &token, const QString &t, TargetEntry *entry, QString *error)
{
    quint32 first = 0;
    quint32 last = 0;
    const qsizetype slash = t.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        bool ok = false;
        const int prefix = t.mid(slash + 1).toInt(&ok);
        if (!ok || prefix < 0 || prefix > 32 || !parseIPv4(t.left(slash), &first)) {
            *error = tr("malformed IPv4 block \"%1\"").arg(token);
            return false;
        }
        if (prefix < 8) {
            *error = tr("block \"%1\" is too large: the largest IPv4 block is /8").arg(token);
            return false;
        }
        const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
        first &= mask;
        last = first | ~mask;
    } else if (t.contains(QLatin1Char('-'))) {
        if (!parseIPv4Range(token, t, &first, &last, error))
            return false;
    } else {
        if (!parseIPv4(t, &first)) {
            *error = tr("malformed IPv4 address \"%1\"").arg(token);
            return false;
        }
        last = first;
    }
    entry->first = QHostAddress(first);
    entry->count = quint64(last) - first + 1;
    entry->kind = entry->count == 1 ? TargetEntry::Kind::Address : TargetEntry::Kind::Range4;
    return true;
}

bool TargetSpec::parseToken(const QString &token, TargetEntry *entry, QString *error)
{
    entry->text = token;
    QString t = token;
    const bool bracketed = t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']'));
    if (bracketed)
        t = t.mid(1, t.size() - 2);
    if (t.contains(QLatin1Char(':')))
        return parseIPv6(token, t, entry, error);
    if (bracketed) {
        *error = tr("malformed IPv6 address \"%1\"").arg(token);
        return false;
    }
    if (looksNumeric(t))
        return parseIPv4Token(token, t, entry, error);
    if (!isHostName(t)) {
        *error = tr("invalid target \"%1\"").arg(token);
        return false;
    }
    entry->kind = TargetEntry::Kind::Name;
    entry->count = 1;
    return true;
}

bool TargetSpec::parse(const QString &text, TargetSpec *spec, QString *error)
{
    static const QRegularExpression sep(QStringLiteral("[,\\s]+"));
    const QStringList tokens = text.split(sep, Qt::SkipEmptyParts);
    if (tokens.isEmpty()) {
        *error = tr("no targets given");
        return false;
    }
    TargetSpec parsed;
    for (const QString &token : tokens) {
        TargetEntry entry;
        if (!parseToken(token, &entry, error))
            return false;
        parsed.m_entries.append(entry);
    }
    *spec = std::move(parsed);
    return true;
}

bool TargetSpec::parseFile(const QString &path, TargetSpec *spec, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = tr("cannot read target file \"%1\": %2").arg(path, file.errorString());
        return false;
    }
    TargetSpec parsed;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        QString line = QString::fromUtf8(file.readLine());
        const qsizetype hash = line.indexOf(QLatin1Char('#'));
        if (hash >= 0)
            line.truncate(hash);
        if (line.trimmed().isEmpty())
            continue;
        TargetSpec lineSpec;
        QString lineError;
        if (!parse(line, &lineSpec, &lineError)) {
            *error = tr("%1, line %2: %3").arg(path).arg(lineNumber).arg(lineError);
            return false;
        }
        for (TargetEntry &entry : lineSpec.m_entries)
            entry.fromFile = true;
        parsed.append(lineSpec);
    }
    if (parsed.isEmpty()) {
        *error = tr("target file \"%1\" holds no targets").arg(path);
        return false;
    }
    *spec = std::move(parsed);
    return true;
}

quint64 TargetSpec::addressCount() const
{
    quint64 n = 0;
    for (const TargetEntry &e : m_entries)
        n += e.count;
    return n;
}

void HostTable::appendAddress(const QString &name, const QHostAddress &address, bool discover)
{
    m_segments.append(Segment { m_total, 1, name, address, discover });
    m_total += 1;
}

void HostTable::appendRange(const QHostAddress &first, quint64 count, bool discover)
{
    if (count == 0)
        return;
    m_segments.append(Segment { m_total, count, QString(), first, discover });
    m_total += count;
}

QList<HostTable::Segment>::const_iterator HostTable::segmentOf(quint64 index) const
{
    Q_ASSERT(index < m_total);
    auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), index,
        [](quint64 i, const Segment &s) { return i < s.offset; });
    return --it;
}

bool HostTable::discovers(quint64 index) const
{
    return segmentOf(index)->discover;
}

QList<std::pair<quint64, quint64>> HostTable::runs(bool discover) const
{
    QList<std::pair<quint64, quint64>> out;
    for (const Segment &s : m_segments) {
        if (s.discover != discover)
            continue;
        if (!out.isEmpty() && out.constLast().second == s.offset)
            out.last().second += s.count;
        else
            out.append({ s.offset, s.offset + s.count });
    }
    return out;
}

void HostTable::setDiscoverAll(bool discover)
{
    for (Segment &s : m_segments)
        s.discover = discover;
}

QHostAddress HostTable::addressAt(quint64 index) const
{
    const auto it = segmentOf(index);
    const quint64 offset = index - it->offset;
    if (offset == 0)
        return it->first;
    if (it->first.protocol() == QAbstractSocket::IPv4Protocol)
        return QHostAddress(it->first.toIPv4Address() + static_cast<quint32>(offset));
    return addToIPv6(it->first, offset);
}

HostTable::Host HostTable::at(quint64 index) const
{
    const auto it = segmentOf(index);
    Host host;
    host.address = addressAt(index);
    host.name = it->name.isEmpty() ? host.address.toString() : it->name;
    return host;
}

QList<QHostAddress> TargetSpec::addressesForName(
    const QList<QHostAddress> &resolved, bool all, bool preferIpv6)
{
    if (all || resolved.isEmpty())
        return resolved;
    const auto preferred
        = preferIpv6 ? QAbstractSocket::IPv6Protocol : QAbstractSocket::IPv4Protocol;
    for (const QHostAddress &address : resolved) {
        if (address.protocol() == preferred)
            return { address };
    }
    return { resolved.constFirst() };
}
