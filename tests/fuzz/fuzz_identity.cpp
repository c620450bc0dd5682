// libFuzzer: any bytes read as a device's answer by the identity readers (the first
// byte picks the reader: UPnP description, NTLMSSP challenge, IPP response, DNS-SD
// response) never crash them, everything they extract is printable and bounded,
// and the rules conclude from it a type in the vocabulary.
#include "printabletext.h"

#include <cstdint>

#include <QByteArray>

#include "core/identity/dnssdidentity.h"
#include "core/identity/identityrules.h"
#include "core/identity/ippprinter.h"
#include "core/identity/smbidentity.h"
#include "core/identity/upnpdescription.h"
#include "core/services/udpwire.h"

namespace {

QList<DeviceEvidence> read(uint8_t which, const QByteArray &input)
{
    QList<DeviceEvidence> evidence;
    QString error;
    switch (which % 4) {
    case 0: {
        UpnpDescription::Device device;
        if (UpnpDescription::parse(input, &device, &error))
            evidence = UpnpDescription::evidence(device);
        break;
    }
    case 1: {
        SmbIdentity::Challenge challenge;
        if (SmbIdentity::readChallenge(input, &challenge))
            evidence = SmbIdentity::evidence(challenge);
        SmbIdentity::framedLength(input);
        break;
    }
    case 2:
        IppPrinter::readResponse(input, 7, &evidence);
        break;
    case 3: {
        DnsSdIdentity::Answers answers;
        if (DnsSdIdentity::read(input, 0x1234, &answers))
            evidence = DnsSdIdentity::evidence(answers);
        if (answers.serviceTypes.size() > DnsSdIdentity::maxTypes
            || answers.instances.size() > DnsSdIdentity::maxInstances)
            __builtin_trap();
        break;
    }
    }
    return evidence;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input(
        reinterpret_cast<const char *>(data) + 1, static_cast<qsizetype>(size - 1));
    const QList<DeviceEvidence> evidence = read(data[0], input);
    for (const DeviceEvidence &e : evidence)
        trapUnlessPrintable(e.text);
    const DeviceIdentity identity = IdentityRules::builtIn().conclude(evidence);
    if (!DeviceIdentity::types().contains(identity.type))
        __builtin_trap();
    return 0;
}
