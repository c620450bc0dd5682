#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "core/identity/deviceevidence.h"

// What a device is, as the identity rules concluded from its evidence: a type from a
// fixed vocabulary, its maker, model and operating system, and for each conclusion
// the evidence that gave it.
struct DeviceIdentity
{
    // The attributes a rule may conclude, in the order they are reported.
    enum class Attribute { Type, Maker, Model, Os };

    // Why one attribute has its value: the rule, and the evidence it read.
    struct Reason
    {
        Attribute attribute = Attribute::Type;
        QString rule; // the rule's id in the rules file
        DeviceEvidence evidence;
    };

    QString type = unknownType();
    QString maker;
    QString model;
    QString os;
    QList<Reason> reasons;

    static QString unknownType() { return QStringLiteral("unknown"); }
    // router, access-point, switch, firewall, printer, nas, camera, phone, tablet,
    // computer, server, tv, media-player, speaker, game-console, smart-home,
    // hypervisor, unknown.
    static const QStringList &types();
    static QString attributeName(Attribute attribute);
    static bool parseAttribute(const QString &text, Attribute *attribute);

    bool isEmpty() const
    {
        return type == unknownType() && maker.isEmpty() && model.isEmpty() && os.isEmpty();
    }
    QString value(Attribute attribute) const;
    void setValue(Attribute attribute, const QString &text);
    // {"type", "maker", "model", "os", "evidence": [{"source", "text", "gave"}]}: each
    // piece of evidence that gave something once, with the attributes it gave.
    QJsonObject toJson() const;
    static DeviceIdentity fromJson(const QJsonObject &object);
    // "printer: HP LaserJet Pro M404dn" or "HP LaserJet Pro M404dn", for messages.
    QString summary() const;
};

Q_DECLARE_METATYPE(DeviceIdentity)
