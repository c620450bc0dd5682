#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

// A parsed, sorted and de-duplicated set of TCP ports, from text such as
// "22,80,8000-8100", "http,ssh", "-", "all", "common" or "well-known".

class PortSpec final
{
public:
    // Returns false and fills *error (naming the bad token) when text is not a valid spec.
    static bool parse(const QString &text, PortSpec *spec, QString *error);

    const QList<quint16> &ports() const { return m_ports; }
    qsizetype count() const { return m_ports.size(); }
    bool isEmpty() const { return m_ports.isEmpty(); }

private:
    QList<quint16> m_ports;
};
