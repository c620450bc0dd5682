#include "storetlsfields.h"

#include "dialogs.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>

#include "core/history/storeurl.h"

StoreTlsFields::StoreTlsFields(Dialogs *dialogs, QWidget *parent)
    : QObject(parent)
    , m_dialogs(dialogs)
    , m_parent(parent)
    , m_ca(new QLineEdit(parent))
    , m_cert(new QLineEdit(parent))
    , m_key(new QLineEdit(parent))
    , m_identity(new QWidget(parent))
    , m_identityIcon(new QLabel(m_identity))
    , m_identityText(new QLabel(m_identity))
{
    m_ca->setObjectName(QStringLiteral("storeCaFileLineEdit"));
    m_ca->setPlaceholderText(tr("none: the server's identity is not checked"));
    m_ca->setToolTip(tr("The file of the certificate authority (CA) the server's certificate "
                        "must come from. With it, the server's certificate and its name are "
                        "checked (sslmode=verify-full)."));
    m_cert->setObjectName(QStringLiteral("storeClientCertLineEdit"));
    m_cert->setPlaceholderText(tr("none: log in with the password"));
    m_cert->setToolTip(tr("A client certificate logs this scanner in instead of a password. "
                          "It needs its key too."));
    m_key->setObjectName(QStringLiteral("storeClientKeyLineEdit"));
    m_key->setToolTip(tr("The private key of the client certificate (readable by you only). "
                         "The certificate and its key are given together."));
    const QString certificates = tr("Certificates (*.crt *.pem *.cer);;All files (*)");
    m_caBrowse = browseButton(m_ca, "storeCaFileBrowseButton", tr("CA File"), certificates);
    m_certBrowse = browseButton(
        m_cert, "storeClientCertBrowseButton", tr("Client Certificate"), certificates);
    m_keyBrowse = browseButton(m_key, "storeClientKeyBrowseButton", tr("Client Key"),
        tr("Keys (*.key *.pem);;All files (*)"));
    for (QLineEdit *field : { m_ca, m_cert, m_key })
        connect(field, &QLineEdit::textChanged, this, &StoreTlsFields::changed);

    m_identity->setObjectName(QStringLiteral("storeIdentityLine"));
    m_identityText->setObjectName(QStringLiteral("storeIdentityLabel"));
    m_identityText->setTextFormat(Qt::PlainText);
    m_identityText->setWordWrap(true);
    m_identityIcon->setAlignment(Qt::AlignTop);
    auto *line = new QHBoxLayout(m_identity);
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(m_identityIcon);
    line->addWidget(m_identityText, 1);
}

QPushButton *StoreTlsFields::browseButton(
    QLineEdit *field, const char *name, const QString &title, const QString &filter)
{
    auto *button = new QPushButton(tr("Browse..."), m_parent);
    button->setObjectName(QLatin1String(name));
    connect(button, &QPushButton::clicked, this, [this, field, title, filter] {
        const QString chosen = m_dialogs->openFileName(m_parent, title, field->text(), filter);
        if (!chosen.isEmpty())
            field->setText(chosen);
    });
    return button;
}

void StoreTlsFields::addRows(QFormLayout *form)
{
    const auto row = [form](const QString &text, QLineEdit *field, QPushButton *button) {
        auto *label = new QLabel(text, field->parentWidget());
        label->setBuddy(field);
        auto *box = new QHBoxLayout;
        box->addWidget(field, 1);
        box->addWidget(button);
        form->addRow(label, box);
    };
    row(tr("C&A file:"), m_ca, m_caBrowse);
    row(tr("Client c&ertificate:"), m_cert, m_certBrowse);
    row(tr("Client &key:"), m_key, m_keyBrowse);
    form->addRow(QString(), m_identity);
}

void StoreTlsFields::setEnabled(bool enabled)
{
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_ca, m_cert, m_key, m_caBrowse, m_certBrowse, m_keyBrowse })
        w->setEnabled(enabled);
}

void StoreTlsFields::restore(const StoreUrl &url)
{
    m_ca->setText(url.sslRootCert);
    m_cert->setText(url.sslCert);
    m_key->setText(url.sslKey);
    m_sslMode = url.sslMode;
}

void StoreTlsFields::fill(StoreUrl *url) const
{
    url->sslMode = m_sslMode;
    url->sslRootCert = m_ca->text().trimmed();
    url->sslCert = m_cert->text().trimmed();
    url->sslKey = m_key->text().trimmed();
}

QLineEdit *StoreTlsFields::fault(QString *error) const
{
    const bool cert = !m_cert->text().trimmed().isEmpty();
    if (cert != !m_key->text().trimmed().isEmpty()) {
        *error = cert ? tr("Give the client certificate's key, or no certificate.")
                      : tr("Give the client certificate of that key, or no key.");
        return cert ? m_key : m_cert;
    }
    // Each path alone, as the URL's own parser takes it (libpq's options cannot
    // hold every character), the other two standing in with a plain name.
    StoreUrl probe;
    probe.kind = StoreUrl::Kind::Postgresql;
    probe.host = QStringLiteral("localhost");
    probe.user = probe.database = QStringLiteral("x");
    for (QLineEdit *field : { m_ca, m_cert, m_key }) {
        if (field->text().trimmed().isEmpty())
            continue;
        fill(&probe);
        for (QLineEdit *other : { m_ca, m_cert, m_key }) {
            QString *path = other == m_ca ? &probe.sslRootCert
                : other == m_cert         ? &probe.sslCert
                                          : &probe.sslKey;
            if (other != field)
                *path = QStringLiteral("x");
        }
        StoreUrl parsed;
        if (!StoreUrl::parse(probe.toText(false), &parsed, error))
            return field;
    }
    return nullptr;
}

bool StoreTlsFields::hasClientCertificate() const
{
    return !m_cert->text().trimmed().isEmpty();
}

bool StoreTlsFields::onNetwork(const StoreUrl &url)
{
    // Without TLS settings of its own, a server on the network is the one that
    // effectiveSslMode() asks to encrypt.
    StoreUrl plain = url;
    plain.sslMode.clear();
    plain.sslRootCert.clear();
    return url.isPostgresql() && plain.effectiveSslMode() == QLatin1String("require");
}

void StoreTlsFields::showIdentity(const StoreUrl &url)
{
    if (!onNetwork(url)) {
        m_identity->hide();
        m_identityText->clear();
        return;
    }
    const QString warning = url.identityWarning();
    const bool checked = warning.isEmpty();
    m_identityText->setText(
        checked ? tr("The server's certificate and name will be checked.") : warning);
    const int size = m_identity->style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_identityIcon->setPixmap(
        m_identity->style()
            ->standardIcon(checked ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning)
            .pixmap(size, size));
    m_identity->show();
}
