#pragma once

#include <QHash>
#include <QString>

// Who registered a MAC address's first 24 bits, from the IEEE's public OUI
// registry as Debian's ieee-data package installs it (/usr/share/ieee-data/oui.csv).
// A missing or unreadable file means no vendors, not an error.
class OuiRegistry final
{
public:
    static constexpr const char *defaultPath = "/usr/share/ieee-data/oui.csv";

    // The system's registry, read once on first use (thread-safe).
    static const OuiRegistry &system();
    // A registry from the CSV at path (Registry,Assignment,Organization Name,...).
    static OuiRegistry fromFile(const QString &path);
    static OuiRegistry fromCsv(const QByteArray &csv);

    // The organisation for "aa:bb:cc:dd:ee:ff" (any case, ':' or '-'), or empty.
    QString vendorFor(const QString &mac) const;
    qsizetype size() const { return m_vendors.size(); }

private:
    QHash<quint32, QString> m_vendors; // 24-bit prefix -> organisation
};
