#pragma once

#include <QObject>
#include <QString>

class Dialogs;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;
struct StoreUrl;

// The TLS part of the History Store dialog's server fields: the CA file the
// server's certificate must come from, a client certificate and key that log in
// in place of a password, and a line saying whether the server's identity will
// be checked. Rows in the dialog's own form, so that they line up with the rest.
class StoreTlsFields final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreTlsFields)

public:
    // The fields' widgets are parent's children; Browse... asks dialogs.
    StoreTlsFields(Dialogs *dialogs, QWidget *parent);

    // The CA file, client certificate and client key rows, then the identity line.
    void addRows(QFormLayout *form);
    void setEnabled(bool enabled);
    // The files (and an sslmode, which the dialog does not offer but keeps) of url.
    void restore(const StoreUrl &url);
    // The files into url, as the fields hold them.
    void fill(StoreUrl *url) const;
    // The field at fault, with *error, when the files cannot make a store URL (a
    // certificate without its key or the reverse, a path libpq cannot be given);
    // nullptr when they can.
    QLineEdit *fault(QString *error) const;
    bool hasClientCertificate() const;
    // Says whether the server url names will have its identity checked: nothing
    // for a Unix socket or this computer's loopback (or an SQLite store).
    void showIdentity(const StoreUrl &url);
    // Whether url's server is reached over the network (not a Unix socket, not
    // this computer's loopback): only there does TLS guard anything.
    static bool onNetwork(const StoreUrl &url);

Q_SIGNALS:
    // A file field's text changed (typed or chosen).
    void changed();

private:
    QPushButton *browseButton(
        QLineEdit *field, const char *name, const QString &title, const QString &filter);

    Dialogs *m_dialogs;
    QWidget *m_parent;
    QLineEdit *m_ca;
    QLineEdit *m_cert;
    QLineEdit *m_key;
    QPushButton *m_caBrowse;
    QPushButton *m_certBrowse;
    QPushButton *m_keyBrowse;
    QWidget *m_identity;
    QLabel *m_identityIcon;
    QLabel *m_identityText;
    QString m_sslMode;
};
