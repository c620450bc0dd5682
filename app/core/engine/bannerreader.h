#pragma once

#include <QByteArray>
#include <QtGlobal>

// Reads what an open port says first. The probe scheduler hands it a connected
// descriptor and later either hears that reading ended or ends it at its deadline.
class BannerReader
{
public:
    BannerReader() = default;
    BannerReader(const BannerReader &) = delete;
    BannerReader &operator=(const BannerReader &) = delete;
    virtual ~BannerReader() = default;

    // Takes over a connected descriptor (closing it on failure); false if it could
    // not start reading. It reports the end of reading through its own callback.
    virtual bool begin(quint64 token, qintptr descriptor) = 0;
    // Stops reading now, closes the socket and returns what was read.
    virtual QByteArray end(quint64 token) = 0;
};
