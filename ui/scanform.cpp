#include "scanform.h"

#include "dialogs.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>

#include "core/settings/appsettings.h"

namespace {

void markInvalid(QWidget *field, QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    // A red frame that works on light and dark palettes alike.
    field->setStyleSheet(
        message.isEmpty() ? QString() : QStringLiteral("border: 1px solid #d9534f;"));
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
    retranslate();
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
}

void ScanForm::setPorts(const QString &ports)
{
    // Presets show by their label; anything else is free text.
    const int preset = m_w.ports->findData(ports.trimmed().toLower());
    if (preset >= 0)
        m_w.ports->setCurrentIndex(preset);
    else
        m_w.ports->setEditText(ports);
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
    if (!PortSpec::parse(portsSpec(), &o.ports, &error)) {
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
