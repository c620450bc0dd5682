#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include "core/spec/protocol.h"

// A parsed, sorted and de-duplicated set of TCP and UDP ports, from text such as
// "22,80,8000-8100", "http,ssh", "-", "all", "common", "well-known", or with nmap's
// protocol prefixes "U:53,161,T:22,80" (a prefix holds until the next one).

class PortSpec final
{
public:
    // Which protocols the scan asked for (-sT, -sU, the window's choice), and so
    // where ports without a prefix go.
    enum class Selection : quint8 {
        Auto, // nothing asked: unprefixed ports are TCP, and any prefix is honoured
        Tcp, // only TCP: a U: prefix is an error
        Udp, // only UDP: a T: prefix is an error
        Both // unprefixed ports are both TCP and UDP
    };

    // Returns false and fills *error (naming the bad token) when text is not a valid spec.
    static bool parse(
        const QString &text, PortSpec *spec, QString *error, Selection selection = Selection::Auto);
    // The text that parses with Selection::Auto to what text parses to with selection:
    // text itself when it means the same, else with protocol prefixes ("common" with
    // Udp gives "U:common"). text must parse with selection.
    static QString canonicalText(const QString &text, Selection selection);

    // The TCP ports.
    const QList<quint16> &ports() const { return m_ports; }
    const QList<quint16> &udpPorts() const { return m_udpPorts; }
    const QList<quint16> &ports(Protocol protocol) const
    {
        return protocol == Protocol::Udp ? m_udpPorts : m_ports;
    }
    bool hasTcp() const { return !m_ports.isEmpty(); }
    bool hasUdp() const { return !m_udpPorts.isEmpty(); }
    // TCP and UDP ports together.
    qsizetype count() const { return m_ports.size() + m_udpPorts.size(); }
    bool isEmpty() const { return m_ports.isEmpty() && m_udpPorts.isEmpty(); }

private:
    QList<quint16> m_ports;
    QList<quint16> m_udpPorts;
};
