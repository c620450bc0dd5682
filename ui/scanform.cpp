#include "scanform.h"

#include "dialogs.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QShortcut>

#include "core/settings/appsettings.h"
#include "core/spec/portnames.h"

namespace {

void markInvalid(QWidget *field, QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    // A red frame that works on light and dark palettes alike.
    field->setStyleSheet(
        message.isEmpty() ? QString() : QStringLiteral("border: 1px solid #d9534f;"));
}

// Recorded ports as the form shows them: the field's text and the protocol choice.
struct FormPorts
{
    QString text;
    PortSpec::Selection selection;
};

// The inverse of PortSpec::canonicalText() for what the form can make of it:
// "U:53,161" is 53,161 with UDP, "T:common,U:common" common with both. recorded
// must parse with Selection::Auto.
FormPorts splitRecorded(const QString &recorded)
{
    static const QRegularExpression separator(QStringLiteral("\\s*,\\s*|\\s+"));
    struct Group
    {
        QChar prefix;
        QStringList tokens;
    };
    QList<Group> groups;
    for (const QString &raw : recorded.trimmed().split(separator)) {
        QString token = raw;
        QChar prefix = groups.isEmpty() ? QLatin1Char('t') : groups.last().prefix;
        const bool prefixed = token.size() > 2 && token.at(1) == QLatin1Char(':');
        if (prefixed) {
            prefix = token.at(0).toLower();
            token = token.mid(2);
        }
        if (groups.isEmpty() || prefixed)
            groups.append(Group { prefix, {} });
        groups.last().tokens.append(token);
    }
    const auto all = [&](QChar prefix) {
        QStringList tokens;
        for (const Group &g : groups) {
            if (g.prefix != prefix)
                return QStringList();
            tokens += g.tokens;
        }
        return tokens;
    };
    const QString comma(QLatin1Char(','));
    if (!recorded.contains(QLatin1Char(':')))
        return { recorded.trimmed(), PortSpec::Selection::Tcp };
    if (const QStringList tcp = all(QLatin1Char('t')); !tcp.isEmpty())
        return { tcp.join(comma), PortSpec::Selection::Tcp };
    if (const QStringList udp = all(QLatin1Char('u')); !udp.isEmpty())
        return { udp.join(comma), PortSpec::Selection::Udp };
    if (groups.size() == 2 && groups[0].prefix == QLatin1Char('t')
        && groups[1].prefix == QLatin1Char('u') && groups[0].tokens == groups[1].tokens)
        return { groups[0].tokens.join(comma), PortSpec::Selection::Both };
    // Mixed lists keep their prefixes, the leading ones' TCP made explicit: with both
    // chosen, prefixed ports keep their protocol.
    QStringList out;
    for (const Group &g : groups)
        out.append(QStringLiteral("%1:%2").arg(g.prefix.toUpper(), g.tokens.join(comma)));
    return { out.join(comma), PortSpec::Selection::Both };
}

} // namespace

ScanForm::ScanForm(const Widgets &widgets, AppSettings *settings, Dialogs *dialogs, QObject *parent)
    : QObject(parent)
    , m_w(widgets)
    , m_settings(settings)
    , m_dialogs(dialogs)
{
    m_w.ports->addItem(QString(), QStringLiteral("common"));
    m_w.ports->addItem(QString(), QStringLiteral("well-known"));
    m_w.ports->addItem(QString(), QStringLiteral("all"));
    for (auto selection :
        { PortSpec::Selection::Tcp, PortSpec::Selection::Udp, PortSpec::Selection::Both })
        m_w.protocol->addItem(QString(), static_cast<int>(selection));
    retranslate();
    // Alt+U for UDP. Only while the combo is enabled: a running scan disables it, and
    // then the same keys are the Resume button's.
    auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_U), m_w.protocol);
    connect(shortcut, &QShortcut::activated, m_w.protocol,
        [this] { m_w.protocol->setFocus(Qt::ShortcutFocusReason); });
    connect(m_w.targets, &QLineEdit::textChanged, this, &ScanForm::edited);
    connect(m_w.ports, &QComboBox::editTextChanged, this, &ScanForm::edited);
    connect(m_w.protocol, &QComboBox::currentIndexChanged, this, [this] {
        updatePresetToolTip();
        Q_EMIT edited();
    });
    connect(this, &ScanForm::edited, this, &ScanForm::onEdited);
    for (QLabel *label : { m_w.targetsError, m_w.portsError }) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText,
            p.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                        : QColor(0xb0, 0x1c, 0x1c));
        label->setPalette(p);
        label->hide();
    }
}

void ScanForm::retranslate()
{
    m_w.ports->setItemText(0, QCoreApplication::translate("MainWindow", "Common ports"));
    m_w.ports->setItemText(1, QCoreApplication::translate("MainWindow", "Well-known (1-1024)"));
    m_w.ports->setItemText(2, QCoreApplication::translate("MainWindow", "All (1-65535)"));
    m_w.protocol->setItemText(0, tr("TCP"));
    m_w.protocol->setItemText(1, tr("UDP"));
    m_w.protocol->setItemText(2, tr("TCP and UDP"));
    updatePresetToolTip();
}

void ScanForm::updatePresetToolTip()
{
    // The common preset is a different list for each protocol: say which.
    const auto tcp = static_cast<int>(PortNames::commonPorts(Protocol::Tcp).size());
    const auto udp = static_cast<int>(PortNames::commonPorts(Protocol::Udp).size());
    QString tip;
    switch (selection()) {
    case PortSpec::Selection::Udp:
        tip = tr("%n common UDP port(s)", nullptr, udp);
        break;
    case PortSpec::Selection::Both:
        tip = tr("%1 common TCP ports and %2 common UDP ports")
                  .arg(QLocale().toString(tcp), QLocale().toString(udp));
        break;
    default:
        tip = tr("%n common TCP port(s)", nullptr, tcp);
        break;
    }
    // Changing the current item's data puts its label in the field: keep what was typed.
    const QString typed = m_w.ports->currentText();
    m_w.ports->setItemData(0, tip, Qt::ToolTipRole);
    if (m_w.ports->currentText() != typed)
        m_w.ports->setEditText(typed);
}

void ScanForm::onEdited()
{
    PortSpec spec;
    QString error;
    const bool tcp = PortSpec::parse(portsSpec(), &spec, &error, selection())
        ? spec.hasTcp()
        : selection() != PortSpec::Selection::Udp;
    if (tcp == m_tcp)
        return;
    m_tcp = tcp;
    Q_EMIT tcpScannedChanged(tcp);
}

void ScanForm::setPorts(const QString &ports)
{
    PortSpec parsed;
    QString error;
    if (!PortSpec::parse(ports, &parsed, &error)) {
        setPortsSpec(ports); // shown as it is, for validate() to mark
        return;
    }
    const FormPorts form = splitRecorded(ports);
    m_w.protocol->setCurrentIndex(m_w.protocol->findData(static_cast<int>(form.selection)));
    setPortsSpec(form.text);
}

void ScanForm::setPortsSpec(const QString &spec)
{
    // Presets show by their label; anything else is free text.
    const int preset = m_w.ports->findData(spec.trimmed().toLower());
    if (preset >= 0)
        m_w.ports->setCurrentIndex(preset);
    else
        m_w.ports->setEditText(spec);
}

PortSpec::Selection ScanForm::selection() const
{
    return static_cast<PortSpec::Selection>(m_w.protocol->currentData().toInt());
}

QString ScanForm::recordedPorts() const
{
    PortSpec parsed;
    QString error;
    if (!PortSpec::parse(portsSpec(), &parsed, &error, selection()))
        return portsSpec();
    return PortSpec::canonicalText(portsSpec(), selection());
}

QString ScanForm::portsSpec() const
{
    const QString text = m_w.ports->currentText().trimmed();
    const int preset = m_w.ports->findText(text);
    return preset >= 0 ? m_w.ports->itemData(preset).toString() : text;
}

bool ScanForm::validate(ScanOptions *options)
{
    ScanOptions o;
    QString error;
    const QString targets = m_w.targets->text();
    bool ok = true;
    if (targets.trimmed().isEmpty()) {
        markInvalid(m_w.targets, m_w.targetsError, QString());
        ok = false;
    } else if (!TargetSpec::parse(targets, &o.targets, &error)) {
        markInvalid(m_w.targets, m_w.targetsError, error);
        ok = false;
    } else {
        markInvalid(m_w.targets, m_w.targetsError, QString());
        if (targets == m_loadedTargets)
            o.targets.setFromFile(); // a file's hosts are discovered first
    }
    if (!PortSpec::parse(portsSpec(), &o.ports, &error, selection())) {
        markInvalid(m_w.ports, m_w.portsError, error);
        ok = false;
    } else {
        markInvalid(m_w.ports, m_w.portsError, QString());
    }
    if (ok && options) {
        options->targets = std::move(o.targets);
        options->ports = std::move(o.ports);
    }
    return ok;
}

QString ScanForm::loadTargets()
{
    const QString path = m_dialogs->openFileName(m_w.window,
        QCoreApplication::translate("MainWindow", "Load Targets"), m_settings->lastDirectory(),
        QCoreApplication::translate(
            "MainWindow", "Target lists (*.txt *.lst *.list);;All files (*)"));
    if (path.isEmpty())
        return {};
    m_settings->setLastDirectory(QFileInfo(path).absolutePath());
    TargetSpec spec;
    QString error;
    if (!TargetSpec::parseFile(path, &spec, &error)) {
        m_dialogs->warn(
            m_w.window, QCoreApplication::translate("MainWindow", "Load Targets"), error);
        return {};
    }
    QStringList tokens;
    for (const TargetEntry &e : spec.entries())
        tokens.append(e.text);
    m_w.targets->setText(tokens.join(QStringLiteral(", ")));
    m_loadedTargets = m_w.targets->text();
    return tr("Loaded %n target(s) from %1.", nullptr, static_cast<int>(tokens.size()))
        .arg(QFileInfo(path).fileName());
}
