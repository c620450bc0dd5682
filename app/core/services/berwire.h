#pragma once

#include <initializer_list>

#include <QByteArray>
#include <QtGlobal>

// ASN.1 BER as SNMP (RFC 3416), LDAP (RFC 4511) and Kerberos (RFC 4120) put it on the
// wire (ITU-T X.690): definite lengths, one-byte tags. The reader checks every length
// against what encloses it and never descends on its own, so input cannot make it recurse.
namespace Ber {

enum Tag : quint8 {
    Boolean = 0x01,
    Integer = 0x02,
    BitString = 0x03,
    OctetString = 0x04,
    Null = 0x05,
    Oid = 0x06,
    Enumerated = 0x0a,
    Sequence = 0x30,
    Set = 0x31,
};
// [APPLICATION n] and [n] (context-specific), constructed.
constexpr quint8 application(int n)
{
    return static_cast<quint8>(0x60 | n);
}
constexpr quint8 context(int n)
{
    return static_cast<quint8>(0xa0 | n);
}

// One element: its tag and where its content lies in the message.
struct Item
{
    quint8 tag = 0;
    qsizetype begin = 0;
    qsizetype end = 0;
};

class Reader final
{
public:
    explicit Reader(const QByteArray &data);
    // The content of item, to read the elements inside it.
    Reader(const QByteArray &data, const Item &item);

    bool atEnd() const { return m_offset >= m_end; }
    // The next element; false when it is malformed or runs past the end.
    bool next(Item *item);
    // The next element, only when it has this tag.
    bool next(quint8 tag, Item *item);
    // The next element's content, read as an INTEGER of at most eight bytes.
    bool nextInteger(qint64 *value);
    bool nextOctets(QByteArray *value, quint8 tag = OctetString);

    QByteArray bytes(const Item &item) const;
    bool integer(const Item &item, qint64 *value) const;

private:
    const QByteArray &m_data;
    qsizetype m_offset = 0;
    qsizetype m_end = 0;
};

QByteArray tlv(quint8 tag, const QByteArray &content);
QByteArray integer(qint64 value);
QByteArray octets(const QByteArray &value, quint8 tag = OctetString);
QByteArray oid(std::initializer_list<quint32> arcs);
QByteArray sequence(std::initializer_list<QByteArray> items);

} // namespace Ber
