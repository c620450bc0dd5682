#include "core/identity/identityrules.h"

#include <array>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IdentityRules", text);
}

// A proposal's template with $1-$9 replaced by the match's groups, white space folded.
QString fill(const QString &text, const QRegularExpressionMatch &match)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('$') && i + 1 < text.size() && text.at(i + 1).isDigit()
            && text.at(i + 1) != QLatin1Char('0')) {
            out += match.captured(text.at(i + 1).digitValue());
            ++i;
        } else {
            out += c;
        }
    }
    return out.simplified();
}

struct Best
{
    int weight = 0;
    QString value;
    DeviceIdentity::Reason reason;
};

} // namespace

const IdentityRules &IdentityRules::builtIn()
{
    static const IdentityRules rules = [] {
        IdentityRules r;
        QFile file(QStringLiteral(":/identity/device-rules.json"));
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !parse(file.readAll(), &r, &error))
            qWarning("device rules: %s", qPrintable(error));
        return r;
    }();
    return rules;
}

bool IdentityRules::parse(const QByteArray &json, IdentityRules *rules, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = tr("the rules file is not a JSON object: %1").arg(parseError.errorString());
        return false;
    }
    QList<Rule> parsed;
    for (const auto &v : doc.object().value(QStringLiteral("rules")).toArray()) {
        Rule rule;
        if (!parseRule(v.toObject(), &rule, error))
            return false;
        parsed.append(std::move(rule));
    }
    if (parsed.isEmpty()) {
        *error = tr("the rules file holds no rules");
        return false;
    }
    rules->m_rules = std::move(parsed);
    return true;
}

bool IdentityRules::parseRule(const QJsonObject &object, Rule *rule, QString *error)
{
    rule->id = object.value(QStringLiteral("id")).toString();
    rule->source = object.value(QStringLiteral("source")).toString();
    rule->field = object.value(QStringLiteral("field")).toString();
    rule->why = object.value(QStringLiteral("why")).toString();
    rule->weight = object.value(QStringLiteral("weight")).toInt();
    rule->pattern = QRegularExpression(object.value(QStringLiteral("pattern")).toString(),
        QRegularExpression::CaseInsensitiveOption);
    const QString name = rule->id.isEmpty() ? tr("(no id)") : rule->id;
    if (rule->id.isEmpty() || rule->source.isEmpty() || rule->why.isEmpty()) {
        *error = tr("rule %1: id, source and why are required").arg(name);
        return false;
    }
    if (!rule->pattern.isValid() || rule->pattern.pattern().isEmpty()) {
        *error = tr("rule %1: bad pattern: %2").arg(name, rule->pattern.errorString());
        return false;
    }
    if (rule->weight < 1 || rule->weight > 100) {
        *error = tr("rule %1: weight must be 1 to 100").arg(name);
        return false;
    }
    for (const char *key : { "type", "maker", "model", "os" }) {
        const QString text = object.value(QLatin1String(key)).toString();
        DeviceIdentity::Attribute attribute;
        if (text.isEmpty() || !DeviceIdentity::parseAttribute(QLatin1String(key), &attribute))
            continue;
        if (attribute == DeviceIdentity::Attribute::Type
            && !DeviceIdentity::types().contains(text)) {
            *error = tr("rule %1: \"%2\" is not a device type").arg(name, text);
            return false;
        }
        rule->proposals.append({ attribute, text });
    }
    if (rule->proposals.isEmpty()) {
        *error = tr("rule %1: it concludes nothing (type, maker, model or os)").arg(name);
        return false;
    }
    return true;
}

DeviceIdentity IdentityRules::conclude(const QList<DeviceEvidence> &evidence) const
{
    std::array<Best, 4> best;
    for (const Rule &rule : m_rules) {
        for (const DeviceEvidence &e : evidence) {
            if (e.source != rule.source || (!rule.field.isEmpty() && e.field != rule.field))
                continue;
            const QRegularExpressionMatch match = rule.pattern.match(e.text);
            if (!match.hasMatch())
                continue;
            for (const auto &[attribute, text] : rule.proposals) {
                Best &b = best.at(static_cast<size_t>(attribute));
                const QString value = fill(text, match);
                if (value.isEmpty() || rule.weight <= b.weight)
                    continue;
                b = Best { rule.weight, value, DeviceIdentity::Reason { attribute, rule.id, e } };
            }
        }
    }
    DeviceIdentity identity;
    for (const Best &b : best) {
        if (b.weight == 0)
            continue;
        identity.setValue(b.reason.attribute, b.value);
        identity.reasons.append(b.reason);
    }
    return identity;
}
