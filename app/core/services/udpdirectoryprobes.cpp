#include "core/services/udpdirectoryprobes.h"

#include <QStringList>

#include "core/services/berwire.h"
#include "core/services/udpwire.h"

namespace UdpDirectory {
namespace {

constexpr quint8 searchRequest = Ber::application(3); // RFC 4511 4.5.1
constexpr quint8 searchEntry = Ber::application(4);
constexpr quint8 searchDone = Ber::application(5);
constexpr quint8 filterPresent = 0x87; // [7] primitive: AttributeDescription
constexpr int maxMessages = 8;
constexpr int maxAttributes = 32;
constexpr int maxValues = 4;
constexpr quint8 asReq = Ber::application(10); // RFC 4120 5.4.1
constexpr quint8 asRep = Ber::application(11);
constexpr quint8 krbError = Ber::application(30); // 5.9.1
constexpr quint8 generalString = 0x1b; // KerberosString
constexpr quint8 generalizedTime = 0x18; // KerberosTime
const char *const realm = "PORTOLAN.INVALID";

const char *const rootDseAttributes[] = { "vendorName", "vendorVersion", "dnsHostName",
    "defaultNamingContext", "namingContexts", "supportedLDAPVersion" };

// The values of a PartialAttribute (RFC 4511 4.1.7) we asked for, into the verdict.
void readAttribute(const QByteArray &reply, const Ber::Item &attribute, UdpVerdict *verdict)
{
    Ber::Reader in(reply, attribute);
    QByteArray type;
    Ber::Item set;
    if (!in.nextOctets(&type) || !in.next(Ber::Set, &set))
        return;
    for (const char *wanted : rootDseAttributes) {
        if (type.compare(wanted, Qt::CaseInsensitive) != 0)
            continue;
        Ber::Reader values(reply, set);
        QStringList texts;
        QByteArray value;
        while (texts.size() < maxValues && values.nextOctets(&value))
            texts << UdpWire::text(value, 96);
        verdict->add(wanted, texts.join(QLatin1String(", ")));
    }
}

bool readLdapMessage(
    const QByteArray &reply, const Ber::Item &message, quint32 token, UdpVerdict *verdict)
{
    Ber::Reader in(reply, message);
    qint64 id = 0;
    Ber::Item op;
    if (!in.nextInteger(&id) || id != UdpWire::id31(token) || !in.next(&op))
        return false;
    Ber::Reader body(reply, op);
    if (op.tag == searchDone) {
        Ber::Item code;
        qint64 result = 0;
        if (!body.next(Ber::Enumerated, &code) || !body.integer(code, &result))
            return false;
        verdict->add("result", QString::number(result));
        return true;
    }
    QByteArray name;
    Ber::Item list;
    if (op.tag != searchEntry || !body.nextOctets(&name) || !body.next(Ber::Sequence, &list))
        return false;
    Ber::Reader attributes(reply, list);
    Ber::Item attribute;
    for (int i = 0; i < maxAttributes && attributes.next(Ber::Sequence, &attribute); ++i)
        readAttribute(reply, attribute, verdict);
    return true;
}

QByteArray explicitTag(int n, const QByteArray &content)
{
    return Ber::tlv(Ber::context(n), content);
}

QByteArray principal(qint64 type, std::initializer_list<QByteArray> parts)
{
    QByteArray strings;
    for (const QByteArray &part : parts)
        strings += Ber::octets(part, generalString);
    return Ber::sequence(
        { explicitTag(0, Ber::integer(type)), explicitTag(1, Ber::tlv(Ber::Sequence, strings)) });
}

QByteArray clientName(quint32 token)
{
    return "portolan-" + QByteArray::number(token, 16).rightJustified(8, '0');
}

QString errorName(qint64 code)
{
    switch (code) { // RFC 4120 7.5.9
    case 6:
        return QStringLiteral("KDC_ERR_C_PRINCIPAL_UNKNOWN");
    case 7:
        return QStringLiteral("KDC_ERR_S_PRINCIPAL_UNKNOWN");
    case 14:
        return QStringLiteral("KDC_ERR_ETYPE_NOSUPP");
    case 25:
        return QStringLiteral("KDC_ERR_PREAUTH_REQUIRED");
    case 37:
        return QStringLiteral("KRB_AP_ERR_SKEW");
    case 60:
        return QStringLiteral("KRB_ERR_GENERIC");
    case 68:
        return QStringLiteral("KDC_ERR_WRONG_REALM");
    default:
        return QString::number(code);
    }
}

// The last name-string of a PrincipalName.
QByteArray principalName(const QByteArray &reply, const Ber::Item &item)
{
    Ber::Reader in(reply, item);
    Ber::Item sequence;
    Ber::Item type;
    Ber::Item strings;
    Ber::Item list;
    QByteArray name;
    if (in.next(Ber::Sequence, &sequence)) {
        Ber::Reader fields(reply, sequence);
        if (fields.next(Ber::context(0), &type) && fields.next(Ber::context(1), &strings)) {
            Ber::Reader wrapped(reply, strings);
            if (wrapped.next(Ber::Sequence, &list)) {
                Ber::Reader parts(reply, list);
                QByteArray part;
                for (int i = 0; i < maxValues && parts.nextOctets(&part, generalString); ++i)
                    name = part;
            }
        }
    }
    return name;
}

} // namespace

QByteArray cldapRootDse(quint32 token)
{
    QByteArray attributes;
    for (const char *name : rootDseAttributes)
        attributes += Ber::octets(name);
    const QByteArray search = Ber::tlv(searchRequest,
        Ber::octets({}) // baseObject: the root DSE
            + Ber::tlv(Ber::Enumerated, QByteArray(1, '\0')) // scope: baseObject
            + Ber::tlv(Ber::Enumerated, QByteArray(1, '\0')) // neverDerefAliases
            + Ber::integer(0) + Ber::integer(0) // no size or time limit
            + Ber::tlv(Ber::Boolean, QByteArray(1, '\0')) // typesOnly: FALSE
            + Ber::tlv(filterPresent, "objectClass") + Ber::tlv(Ber::Sequence, attributes));
    return Ber::sequence({ Ber::integer(UdpWire::id31(token)), search });
}

UdpVerdict readCldap(const QByteArray &reply, quint32 token)
{
    // A datagram may hold the entry and the done message one after the other.
    Ber::Reader top(reply);
    Ber::Item message;
    UdpVerdict verdict = UdpVerdict::answer("ldap");
    bool matched = false;
    for (int i = 0; i < maxMessages && top.next(Ber::Sequence, &message); ++i)
        matched = readLdapMessage(reply, message, token, &verdict) || matched;
    if (!matched)
        return {};
    verdict.product = verdict.field(QStringLiteral("vendorName"));
    verdict.version = verdict.field(QStringLiteral("vendorVersion"));
    return verdict;
}

QByteArray kerberosAsReq(quint32 token)
{
    QByteArray etypes; // RFC 3962 (18, 17), RFC 4757 (23)
    for (const int etype : { 18, 17, 23 })
        etypes += Ber::integer(etype);
    const QByteArray body = Ber::sequence({
        explicitTag(0, Ber::tlv(Ber::BitString, QByteArray(5, '\0'))), // no KDC options
        explicitTag(1, principal(1, { clientName(token) })), // NT-PRINCIPAL
        explicitTag(2, Ber::octets(realm, generalString)),
        explicitTag(3, principal(2, { "krbtgt", realm })), // NT-SRV-INST
        explicitTag(5, Ber::octets("20991231235959Z", generalizedTime)), // till
        explicitTag(7, Ber::integer(UdpWire::id31(token))), // nonce
        explicitTag(8, Ber::tlv(Ber::Sequence, etypes)),
    });
    return Ber::tlv(asReq,
        Ber::sequence({ explicitTag(1, Ber::integer(5)), explicitTag(2, Ber::integer(10)),
            explicitTag(4, body) }));
}

UdpVerdict readKerberos(const QByteArray &reply, quint32 token)
{
    Ber::Reader top(reply);
    Ber::Item outer;
    Ber::Item sequence;
    if (!top.next(&outer) || (outer.tag != krbError && outer.tag != asRep))
        return {};
    Ber::Reader wrapped(reply, outer);
    if (!wrapped.next(Ber::Sequence, &sequence))
        return {};
    // KRB-ERROR's fields by tag (5.9.1); AS-REP's cname is [4] (5.4.2). Both begin
    // with pvno [0] and msg-type [1].
    const bool error = outer.tag == krbError;
    const quint8 cnameTag = Ber::context(error ? 8 : 4);
    Ber::Reader fields(reply, sequence);
    Ber::Item field;
    qint64 pvno = 0;
    qint64 type = 0;
    UdpVerdict verdict = UdpVerdict::answer("kerberos");
    for (int i = 0; i < maxAttributes && fields.next(&field); ++i) {
        Ber::Reader inner(reply, field);
        Ber::Item value;
        qint64 code = 0;
        if (field.tag == cnameTag && principalName(reply, field) != clientName(token))
            return {};
        if (field.tag == cnameTag || !inner.next(&value))
            continue;
        if (field.tag == Ber::context(0))
            inner.integer(value, &pvno);
        else if (field.tag == Ber::context(1))
            inner.integer(value, &type);
        else if (error && field.tag == Ber::context(4))
            verdict.add("stime", UdpWire::text(inner.bytes(value), 20));
        else if (error && field.tag == Ber::context(6) && inner.integer(value, &code))
            verdict.add("error", errorName(code));
        else if (error && field.tag == Ber::context(9))
            verdict.add("realm", UdpWire::text(inner.bytes(value), 96));
        else if (error && field.tag == Ber::context(11))
            verdict.add("e-text", UdpWire::text(inner.bytes(value)));
    }
    if (pvno != 5 || type != (error ? 30 : 11))
        return {};
    if (!error)
        verdict.add("reply", QStringLiteral("AS-REP"));
    return verdict;
}

} // namespace UdpDirectory
