#pragma once

#include <QDialog>
#include <QFutureWatcher>

class AppSettings;
class Dialogs;
class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QRadioButton;
class QSpinBox;
class StoreTlsFields;
struct StoreUrl;

// Options > History Store: where the window keeps its history, devices and
// watches (this computer's SQLite file, another file, or a PostgreSQL database
// several scanners share, over TLS with a CA file and a client certificate) and
// which scanner it is. The password of a PostgreSQL store is never put in
// Portolan's settings: it serves this session, and, when the user asks, goes to
// libpq's own password file (PgPass). Test Connection opens the store in a worker
// thread and says whether the connection is encrypted and the server checked; the
// window uses a new store from its next start (what it shows now came from the
// one it opened).
class StoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreDialog)

public:
    StoreDialog(AppSettings *settings, Dialogs *dialogs, QWidget *parent = nullptr);
    ~StoreDialog() override;

    // The store and scanner the settings name, for this process, unless
    // PORTOLAN_STORE or PORTOLAN_SCANNER say otherwise. At start, before the
    // window opens its stores.
    static void apply(const AppSettings &settings);
    // Adds History Store... to menu, opening the dialog from window.
    static void addAction(QMenu *menu, AppSettings *settings, Dialogs *dialogs, QWidget *window);

    // The store the fields name: a StoreUrl, with the password or without it.
    // Empty with *error (and the field marked) when a field is missing or bad.
    QString location(bool withPassword, QString *error);
    void accept() override;

private:
    void connectWidgets();
    void restore();
    void updateFields();
    // The server the fields name, as they are (nothing checked).
    StoreUrl serverUrl() const;
    void testConnection();
    // What Test Connection says of the store at where (run in a worker thread).
    static QString reportConnection(const QString &where);

    AppSettings *m_settings;
    Dialogs *m_dialogs;
    QRadioButton *m_local;
    QRadioButton *m_file;
    QRadioButton *m_server;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    StoreTlsFields *m_tls;
    QLineEdit *m_scanner;
    QPushButton *m_test;
    QLabel *m_status;
    QFutureWatcher<QString> m_testing;
};
