#include "storedialog.h"

#include "dialogs.h"
#include "storetlsfields.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/history/historystore.h"
#include "core/history/pgpass.h"
#include "core/history/scannername.h"
#include "core/history/storestatus.h"
#include "core/history/storeurl.h"
#include "core/settings/appsettings.h"

namespace {

void mark(QWidget *field, bool bad)
{
    field->setStyleSheet(bad ? QStringLiteral("border: 1px solid #c62828;") : QString());
}

QLineEdit *lineEdit(const char *name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

} // namespace

StoreDialog::StoreDialog(AppSettings *settings, Dialogs *dialogs, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("storeDialog"));
    setWindowTitle(tr("History Store"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Where Portolan keeps the history of scans, the devices and the "
                                "watches. Several scanners can share one PostgreSQL database."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *grid = new QGridLayout;
    m_local = new QRadioButton(tr("&This computer (%1)").arg(HistoryStore::defaultPath()), this);
    m_local->setObjectName(QStringLiteral("storeLocalRadio"));
    m_file = new QRadioButton(tr("Another &file:"), this);
    m_file->setObjectName(QStringLiteral("storeFileRadio"));
    m_path = lineEdit("storePathLineEdit", this);
    m_browse = new QPushButton(tr("&Browse..."), this);
    m_server = new QRadioButton(tr("A &PostgreSQL server:"), this);
    m_server->setObjectName(QStringLiteral("storeServerRadio"));
    grid->addWidget(m_local, 0, 0, 1, 3);
    grid->addWidget(m_file, 1, 0);
    grid->addWidget(m_path, 1, 1);
    grid->addWidget(m_browse, 1, 2);
    grid->addWidget(m_server, 2, 0, 1, 3);
    layout->addLayout(grid);

    auto *server = new QFormLayout;
    server->setContentsMargins(24, 0, 0, 0);
    m_host = lineEdit("storeHostLineEdit", this);
    m_host->setPlaceholderText(tr("db.example.org, an address, or a socket folder"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("storePortSpinBox"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("5432 (the default)"));
    m_database = lineEdit("storeDatabaseLineEdit", this);
    m_user = lineEdit("storeUserLineEdit", this);
    m_password = lineEdit("storePasswordLineEdit", this);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember
        = new QCheckBox(tr("&Remember it in %1 (readable by you only)").arg(PgPass::path()), this);
    m_remember->setObjectName(QStringLiteral("storeRememberCheckBox"));
    server->addRow(tr("&Host:"), m_host);
    server->addRow(tr("P&ort:"), m_port);
    server->addRow(tr("&Database:"), m_database);
    server->addRow(tr("&User:"), m_user);
    server->addRow(tr("Pass&word:"), m_password);
    server->addRow(QString(), m_remember);
    m_tls = new StoreTlsFields(m_dialogs, this);
    m_tls->addRows(server);
    layout->addLayout(server);

    auto *who = new QFormLayout;
    m_scanner = lineEdit("storeScannerLineEdit", this);
    m_scanner->setPlaceholderText(ScannerName::current());
    m_scanner->setToolTip(tr("The name this Portolan's scans, devices and watches carry in a "
                             "shared store; empty: this computer's name"));
    who->addRow(tr("&Scanner name:"), m_scanner);
    layout->addLayout(who);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("storeStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_test = buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("storeTestButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StoreDialog::reject);
    connectWidgets();
    restore();
}

void StoreDialog::connectWidgets()
{
    connect(m_test, &QPushButton::clicked, this, &StoreDialog::testConnection);
    for (QRadioButton *b : { m_local, m_file, m_server })
        connect(b, &QRadioButton::toggled, this, &StoreDialog::updateFields);
    // The identity line and the password's hint follow the host and the files.
    connect(m_host, &QLineEdit::textChanged, this, &StoreDialog::updateFields);
    connect(m_tls, &StoreTlsFields::changed, this, &StoreDialog::updateFields);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen = m_dialogs->saveFileName(this, tr("History File"), m_path->text(),
            tr("SQLite databases (*.sqlite *.db);;All files (*)"), nullptr);
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    connect(&m_testing, &QFutureWatcher<QString>::finished, this, [this] {
        m_status->setText(m_testing.result());
        m_test->setEnabled(true);
    });
}

void StoreDialog::restore()
{
    // What the settings say (the password never was there).
    StoreUrl url;
    QString ignored;
    const QString saved = m_settings->storeLocation();
    if (saved.isEmpty() || !StoreUrl::parse(saved, &url, &ignored)) {
        m_local->setChecked(true);
    } else if (!url.isPostgresql()) {
        m_file->setChecked(true);
        m_path->setText(url.path);
    } else {
        m_server->setChecked(true);
        m_host->setText(url.host);
        m_port->setValue(url.port);
        m_database->setText(url.database);
        m_user->setText(url.user);
        m_tls->restore(url);
    }
    m_scanner->setText(m_settings->scannerName());
    updateFields();
}

StoreDialog::~StoreDialog()
{
    m_testing.waitForFinished(); // the test's connection ends with it
}

void StoreDialog::updateFields()
{
    m_path->setEnabled(m_file->isChecked());
    m_browse->setEnabled(m_file->isChecked());
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_host, m_port, m_database, m_user, m_password, m_remember })
        w->setEnabled(m_server->isChecked());
    m_tls->setEnabled(m_server->isChecked());
    m_tls->showIdentity(m_server->isChecked() ? serverUrl() : StoreUrl {});
    m_password->setPlaceholderText(m_tls->hasClientCertificate()
            ? tr("empty: the client certificate, or %1").arg(PgPass::path())
            : tr("empty: from %1").arg(PgPass::path()));
    m_test->setEnabled(!m_local->isChecked() && !m_testing.isRunning());
}

StoreUrl StoreDialog::serverUrl() const
{
    StoreUrl url;
    url.kind = StoreUrl::Kind::Postgresql;
    url.host = m_host->text().trimmed();
    url.port = m_port->value();
    url.database = m_database->text().trimmed();
    url.user = m_user->text().trimmed();
    url.password = m_password->text();
    m_tls->fill(&url);
    return url;
}

QString StoreDialog::location(bool withPassword, QString *error)
{
    for (QLineEdit *w : findChildren<QLineEdit *>()) {
        if (w != m_scanner) // accept() marks that one
            mark(w, false);
    }
    const auto missing = [error](QLineEdit *field, const QString &what) {
        mark(field, true);
        field->setFocus();
        *error = what;
        return QString();
    };
    QString text;
    if (m_local->isChecked())
        return QString();
    if (m_file->isChecked()) {
        if (m_path->text().trimmed().isEmpty())
            return missing(m_path, tr("Give the history file's path."));
        text = QStringLiteral("sqlite:") + m_path->text().trimmed();
    } else {
        if (m_host->text().trimmed().isEmpty())
            return missing(m_host, tr("Give the server's host."));
        if (m_database->text().trimmed().isEmpty())
            return missing(m_database, tr("Give the database."));
        if (m_user->text().trimmed().isEmpty())
            return missing(m_user, tr("Give the user."));
        QString why;
        if (QLineEdit *bad = m_tls->fault(&why))
            return missing(bad, why);
        text = serverUrl().toText(withPassword);
    }
    StoreUrl url;
    if (!StoreUrl::parse(text, &url, error)) {
        mark(m_file->isChecked() ? m_path : m_host, true);
        return QString();
    }
    return text;
}

void StoreDialog::testConnection()
{
    QString error;
    const QString where = location(true, &error);
    if (where.isEmpty()) {
        m_status->setText(error);
        return;
    }
    m_status->setText(tr("Connecting..."));
    m_test->setEnabled(false);
    m_testing.setFuture(QtConcurrent::run(&StoreDialog::reportConnection, where));
}

QString StoreDialog::reportConnection(const QString &where)
{
    HistoryStore store;
    QString notice;
    QString why;
    if (!store.open(where, &notice, &why))
        return tr("Cannot use it: %1").arg(why);
    StoreUrl url;
    if (!StoreUrl::parse(where, &url, &why) || !url.isPostgresql())
        return tr("Connected: the store is ready.");
    StoreStatus::Connection c;
    if (!StoreStatus::connection(store, &c, &why))
        return tr("Connected: the store is ready, but whether it is encrypted cannot be read: %1")
            .arg(why);
    const QString connected = tr("Connected as %1: the store is ready.").arg(c.role);
    if (!c.encrypted)
        return connected + QLatin1Char(' ')
            + (StoreTlsFields::onNetwork(url)
                    ? tr("Not encrypted, and the server's identity was not checked.")
                    : tr("Not encrypted (this computer only)."));
    return connected + QLatin1Char(' ')
        + (url.verifiesServer()
                ? tr("Encrypted (%1); the server's certificate and name were checked.")
                : tr("Encrypted (%1), but the server's identity was not checked."))
              .arg(c.tlsVersion);
}

void StoreDialog::accept()
{
    QString error;
    const QString scanner = m_scanner->text().trimmed();
    mark(m_scanner, false);
    if (!scanner.isEmpty() && !ScannerName::valid(scanner, &error)) {
        mark(m_scanner, true);
        m_scanner->setFocus();
        m_status->setText(error);
        return;
    }
    const QString stored = location(false, &error);
    if (stored.isEmpty() && !m_local->isChecked()) {
        m_status->setText(error);
        return;
    }
    if (m_server->isChecked() && m_remember->isChecked() && !m_password->text().isEmpty()) {
        StoreUrl url;
        QString ignored;
        StoreUrl::parse(location(true, &ignored), &url, &ignored);
        if (!PgPass::remember(url, &error)) {
            m_status->setText(error);
            return;
        }
    }
    const bool changed
        = stored != m_settings->storeLocation() || scanner != m_settings->scannerName();
    m_settings->setStoreLocation(stored);
    m_settings->setScannerName(scanner);
    if (changed) {
        QString text = tr("Portolan uses the new store and scanner name from its next start.");
        if (m_server->isChecked() && !m_password->text().isEmpty() && !m_remember->isChecked())
            text += QLatin1Char(' ')
                + tr("The password is not saved: then it must be in %1.").arg(PgPass::path());
        m_dialogs->warn(parentWidget(), tr("History Store"), text);
    }
    QDialog::accept();
}

void StoreDialog::apply(const AppSettings &settings)
{
    if (qEnvironmentVariableIsEmpty("PORTOLAN_STORE") && !settings.storeLocation().isEmpty())
        HistoryStore::setLocation(settings.storeLocation());
    QString ignored;
    if (qEnvironmentVariableIsEmpty("PORTOLAN_SCANNER")
        && ScannerName::valid(settings.scannerName(), &ignored))
        ScannerName::set(settings.scannerName());
}

namespace {

// Keeps the menu item's text in the language the user switches to (the menu is
// told of the change; the item is not).
class StoreActionText final : public QObject
{
public:
    explicit StoreActionText(QAction *action)
        : QObject(action)
        , m_action(action)
    {
        retranslate();
    }
    void retranslate() { m_action->setText(StoreDialog::tr("History &Store...")); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        return QObject::eventFilter(watched, event);
    }

private:
    QAction *m_action;
};

} // namespace

void StoreDialog::addAction(QMenu *menu, AppSettings *settings, Dialogs *dialogs, QWidget *window)
{
    QAction *action = menu->addAction(QString());
    action->setObjectName(QStringLiteral("storeAction"));
    action->setMenuRole(QAction::NoRole);
    menu->installEventFilter(new StoreActionText(action));
    QObject::connect(action, &QAction::triggered, window, [settings, dialogs, window] {
        StoreDialog dialog(settings, dialogs, window);
        dialog.exec();
    });
}
