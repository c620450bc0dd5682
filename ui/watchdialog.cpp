#include "watchdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/services/openercommand.h"
#include "core/watch/watchstore.h"

namespace {

QString kindText(const QString &kind)
{
    if (kind == QLatin1String("device-new"))
        return WatchDialog::tr("A new device");
    if (kind == QLatin1String("device-back"))
        return WatchDialog::tr("A device back");
    if (kind == QLatin1String("device-gone"))
        return WatchDialog::tr("A device gone");
    if (kind == QLatin1String("address-changed"))
        return WatchDialog::tr("An address changed");
    if (kind == QLatin1String("port-opened"))
        return WatchDialog::tr("A port opened");
    if (kind == QLatin1String("port-closed"))
        return WatchDialog::tr("A port closed");
    if (kind == QLatin1String("service-changed"))
        return WatchDialog::tr("A service changed");
    return WatchDialog::tr("A certificate expiring");
}

void mark(QWidget *field, bool bad)
{
    field->setStyleSheet(bad ? QStringLiteral("border: 1px solid #c62828;") : QString());
}

} // namespace

WatchDialog::WatchDialog(
    const Watch &watch, const QStringList &taken, bool editing, QWidget *parent)
    : QDialog(parent)
    , m_watch(watch)
    , m_taken(taken)
{
    setObjectName(QStringLiteral("watchDialog"));
    setWindowTitle(editing ? tr("Edit Watch") : tr("Watch This Scan"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(watch.name, this);
    m_name->setObjectName(QStringLiteral("watchNameLineEdit"));
    m_name->setReadOnly(editing);
    form->addRow(tr("&Name:"), m_name);
    auto *what = new QLabel(QStringLiteral("%1 (%2)").arg(watch.targets, watch.ports), this);
    what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Scans:"), what);
    m_every = new QComboBox(this);
    m_every->setObjectName(QStringLiteral("watchEveryComboBox"));
    m_every->setEditable(true);
    m_every->addItems({ QStringLiteral("15m"), QStringLiteral("30m"), QStringLiteral("1h"),
        QStringLiteral("6h"), QStringLiteral("12h"), QStringLiteral("1d") });
    m_every->setCurrentText(Watch::intervalText(watch.everySeconds));
    m_every->setToolTip(tr("How often it runs: 15m, 2h, 1d, 1h30m; at least 1m"));
    form->addRow(tr("Run &every:"), m_every);
    m_goneAfter = new QSpinBox(this);
    m_goneAfter->setRange(1, 100);
    const auto suffix = [this](int runs) { m_goneAfter->setSuffix(tr(" run(s)", nullptr, runs)); };
    connect(m_goneAfter, &QSpinBox::valueChanged, this, suffix);
    m_goneAfter->setValue(watch.goneAfter);
    suffix(m_goneAfter->value());
    m_goneAfter->setToolTip(tr("A device counts as gone after missing this many runs in a row"));
    form->addRow(tr("&Gone after:"), m_goneAfter);
    layout->addLayout(form);

    auto *kinds = new QGridLayout;
    kinds->addWidget(new QLabel(tr("Alert on:"), this), 0, 0, 1, 2);
    for (qsizetype i = 0; i < WatchEvent::kinds().size(); ++i) {
        const QString &kind = WatchEvent::kinds().at(i);
        auto *box = new QCheckBox(kindText(kind), this);
        box->setObjectName(QStringLiteral("watchAlert-%1").arg(kind));
        box->setChecked(watch.alertsOn(kind));
        kinds->addWidget(box, 1 + static_cast<int>(i) / 2, static_cast<int>(i) % 2);
        m_kinds.append(box);
    }
    layout->addLayout(kinds);
    m_notify = new QCheckBox(tr("Show a desktop &notification"), this);
    m_notify->setObjectName(QStringLiteral("watchNotifyCheckBox"));
    m_notify->setChecked(watch.notify);
    layout->addWidget(m_notify);
    auto *commandForm = new QFormLayout;
    m_command = new QLineEdit(this);
    m_command->setObjectName(QStringLiteral("watchCommandLineEdit"));
    QStringList quoted;
    for (const QString &word : watch.onChange)
        quoted.append(
            word.contains(QLatin1Char(' ')) ? QLatin1Char('"') + word + QLatin1Char('"') : word);
    m_command->setText(quoted.join(QLatin1Char(' ')));
    m_command->setPlaceholderText(
        tr("a program and its arguments; the events arrive as JSON on its input"));
    commandForm->addRow(tr("On change, &run:"), m_command);
    layout->addLayout(commandForm);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("watchErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &WatchDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WatchDialog::reject);
    layout->addWidget(buttons);
}

void WatchDialog::accept()
{
    QString error;
    Watch w = m_watch;
    w.name = m_name->text().trimmed();
    const bool badName
        = !WatchStore::validName(w.name) || (!m_name->isReadOnly() && m_taken.contains(w.name));
    mark(m_name, badName);
    if (badName)
        error = m_taken.contains(w.name)
            ? tr("There is a watch named \"%1\" already.").arg(w.name)
            : tr("A name is letters, digits, spaces and . @ + - _, 64 at most.");
    const bool badEvery = !Watch::parseInterval(m_every->currentText(), &w.everySeconds);
    mark(m_every, badEvery);
    if (badEvery && error.isEmpty())
        error = tr("Run every: 15m, 2h, 1d and the like, at least 1m.");
    w.onChange.clear();
    QString why;
    const bool badCommand = !m_command->text().trimmed().isEmpty()
        && !OpenerCommand::splitWords(m_command->text(), &w.onChange, &why);
    mark(m_command, badCommand);
    if (badCommand && error.isEmpty())
        error = tr("On change, run: %1").arg(why);
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    w.alertOn.clear();
    bool all = true;
    for (qsizetype i = 0; i < m_kinds.size(); ++i) {
        if (m_kinds.at(i)->isChecked())
            w.alertOn.append(WatchEvent::kinds().at(i));
        else
            all = false;
    }
    if (all)
        w.alertOn.clear(); // every kind
    else if (w.alertOn.isEmpty())
        w.alertOn = { QStringLiteral("none") }; // recorded, never alerted
    w.notify = m_notify->isChecked();
    w.goneAfter = m_goneAfter->value();
    m_watch = w;
    QDialog::accept();
}
