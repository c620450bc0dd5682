#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

// The DNS message format (RFC 1035 section 4) as the UDP probes and the device
// evidence read it from anyone on the network: bounds-checked, names read with
// compression pointers that may only point back (so they cannot loop).
namespace DnsMessage {

constexpr quint16 typePtr = 12; // RFC 1035 3.2.2
constexpr quint16 typeTxt = 16;
constexpr quint16 typeSrv = 33; // RFC 2782
constexpr quint16 classIn = 1; // RFC 1035 3.2.4
constexpr quint16 flagResponse = 0x8000;

struct Header
{
    quint16 id = 0;
    quint16 flags = 0;
    quint16 questions = 0;
    quint16 answers = 0;
};

struct Record
{
    QByteArray name;
    quint16 type = 0;
    quint16 cls = 0;
    qsizetype data = 0; // where its data starts in the message
    quint16 length = 0;
};

struct Question
{
    QByteArray name;
    quint16 type = 0;
    quint16 cls = classIn;
};

// A query: the header and the questions, no records.
QByteArray query(quint16 id, quint16 flags, const QByteArray &name, quint16 type, quint16 cls);
QByteArray query(quint16 id, quint16 flags, const QList<Question> &questions);
// A name at *offset (RFC 1035 4.1.4), and *offset past it.
bool readName(const QByteArray &msg, qsizetype *offset, QByteArray *name);
// A resource record at *offset, and *offset past it.
bool readRecord(const QByteArray &msg, qsizetype *offset, Record *record);
// The header of a response to query id, and *offset past its questions; *first is the
// first question's name (empty when there is none).
bool readResponse(
    const QByteArray &msg, quint16 id, Header *header, qsizetype *offset, QByteArray *first);

} // namespace DnsMessage
