#include "common/namestandin.h"

#include <QNetworkDatagram>

namespace {

void put16(QByteArray *out, int value)
{
    out->append(static_cast<char>((value >> 8) & 0xff));
    out->append(static_cast<char>(value & 0xff));
}

void putLabels(QByteArray *out, const QString &name)
{
    for (const QString &label : name.split(QLatin1Char('.'))) {
        out->append(static_cast<char>(label.size()));
        out->append(label.toUtf8());
    }
    out->append('\0');
}

// A 15-byte NetBIOS name, padded with spaces, then its one-byte suffix.
QByteArray netbiosEntry(const QString &name, char suffix, int flags)
{
    QByteArray out = name.toLatin1().leftJustified(15, ' ', true);
    out.append(suffix);
    put16(&out, flags);
    return out;
}

} // namespace

bool NameStandIn::listen(Kind kind, const QHostAddress &address, const QString &name, QString *why)
{
    m_kind = kind;
    m_name = name;
    const quint16 port = kind == Kind::Mdns ? 5353 : 137;
    if (!m_socket.bind(address, port)) {
        *why = QStringLiteral("cannot bind %1 port %2: %3")
                   .arg(address.toString())
                   .arg(port)
                   .arg(m_socket.errorString());
        return false;
    }
    connect(&m_socket, &QUdpSocket::readyRead, this, &NameStandIn::onReadable);
    return true;
}

void NameStandIn::onReadable()
{
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram d = m_socket.receiveDatagram();
        const QByteArray q = d.data();
        questions.append(q);
        if (m_silent || q.size() < 12)
            continue;
        const auto id
            = static_cast<quint16>((static_cast<uchar>(q[0]) << 8) | static_cast<uchar>(q[1]));
        if (m_junkFirst) {
            m_socket.writeDatagram(
                QByteArray("\xff\x00garbage", 9), d.senderAddress(), d.senderPort());
            const QByteArray wrong = m_kind == Kind::Mdns ? mdnsAnswer(q.mid(12), id ^ 0x5a5a)
                                                          : netbiosAnswer(id ^ 0x5a5a);
            m_socket.writeDatagram(wrong, d.senderAddress(), d.senderPort());
        }
        const QByteArray answer
            = m_kind == Kind::Mdns ? mdnsAnswer(q.mid(12), id) : netbiosAnswer(id);
        m_socket.writeDatagram(answer, d.senderAddress(), d.senderPort());
    }
}

QByteArray NameStandIn::mdnsAnswer(const QByteArray &question, quint16 id) const
{
    // RFC 6762 6.7: a legacy unicast answer repeats the ID and the question.
    QByteArray out;
    put16(&out, id);
    put16(&out, 0x8400); // a response, authoritative
    put16(&out, 1);
    put16(&out, 1);
    put16(&out, 0);
    put16(&out, 0);
    out.append(question);
    out.append("\xc0\x0c", 2); // owner: the question's name, by a pointer to offset 12
    put16(&out, 12); // PTR
    put16(&out, 0x0001); // IN
    out.append("\x00\x00\x00\x0a", 4); // TTL 10 s (6.7: at most 10 in a legacy answer)
    QByteArray target;
    putLabels(&target, m_name);
    put16(&out, static_cast<int>(target.size()));
    out.append(target);
    return out;
}

QByteArray NameStandIn::netbiosAnswer(quint16 id) const
{
    QByteArray out;
    put16(&out, id);
    put16(&out, 0x8400); // a response, authoritative
    put16(&out, 0);
    put16(&out, 1);
    put16(&out, 0);
    put16(&out, 0);
    out.append('\x20'); // the wildcard name "*", first-level encoded
    out.append("CK");
    out.append(QByteArray(30, 'A'));
    out.append('\0');
    put16(&out, 0x21); // NBSTAT
    put16(&out, 1); // IN
    out.append(QByteArray(4, '\0')); // TTL
    QByteArray data;
    data.append('\x04');
    data.append(netbiosEntry(m_name, '\x00', 0x0400)); // workstation, unique, active
    data.append(netbiosEntry(QStringLiteral("WORKGROUP"), '\x00', 0x8400)); // group
    data.append(netbiosEntry(m_name, '\x20', 0x0400)); // server service: the same name
    data.append(netbiosEntry(QStringLiteral("MESSENGER"), '\x03', 0x0400)); // not a host name
    data.append(QByteArray(46, '\0')); // statistics: the unit ID and counters
    put16(&out, static_cast<int>(data.size()));
    out.append(data);
    return out;
}
