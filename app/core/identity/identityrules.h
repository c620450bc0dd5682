#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

#include "core/identity/deviceevidence.h"
#include "core/identity/deviceidentity.h"

// Portolan's rules for what a device is, read from a documented data file
// (resources/identity/device-rules.json, each rule saying why it holds). A rule reads
// one field of one source; when its pattern matches, it proposes values (with $1-$9
// from the pattern's groups) for some of type, maker, model and os, at its weight.
// Each attribute takes the proposal of the heaviest rule, the earlier one on a tie:
// a device's own words weigh more than guesses from its MAC vendor or its ports.
class IdentityRules final
{
public:
    struct Rule
    {
        QString id;
        QString source;
        QString field; // empty: any field of the source
        QRegularExpression pattern;
        QList<std::pair<DeviceIdentity::Attribute, QString>> proposals;
        int weight = 0; // 1 to 100
        QString why;
    };

    // The rules built into Portolan (read once; thread-safe).
    static const IdentityRules &builtIn();
    // Rules from a rules file's contents; false with *error naming the bad rule.
    static bool parse(const QByteArray &json, IdentityRules *rules, QString *error);

    const QList<Rule> &rules() const { return m_rules; }
    DeviceIdentity conclude(const QList<DeviceEvidence> &evidence) const;

private:
    static bool parseRule(const QJsonObject &object, Rule *rule, QString *error);

    QList<Rule> m_rules;
};
