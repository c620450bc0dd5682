#include "core/history/storeurl.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StoreUrl", text);
}

QString encoded(const QString &part, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part, keep));
}

const QStringList &sslModes()
{
    static const QStringList modes { QStringLiteral("disable"), QStringLiteral("allow"),
        QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-ca"),
        QStringLiteral("verify-full") };
    return modes;
}

// The query items a PostgreSQL URL may carry, each with where it goes.
bool readQuery(const QUrlQuery &query, StoreUrl *url, QString *error)
{
    for (const auto &[key, raw] : query.queryItems(QUrl::FullyDecoded)) {
        const QString value = raw.trimmed();
        if (key == QLatin1String("host"))
            url->host = value;
        else if (key == QLatin1String("sslmode"))
            url->sslMode = value;
        else if (key == QLatin1String("sslrootcert"))
            url->sslRootCert = value;
        else if (key == QLatin1String("sslcert"))
            url->sslCert = value;
        else if (key == QLatin1String("sslkey"))
            url->sslKey = value;
        else {
            *error = QCoreApplication::translate("StoreUrl",
                "unknown parameter \"%1\" in the PostgreSQL URL (known: host, sslmode, "
                "sslrootcert, sslcert, sslkey)")
                         .arg(key);
            return false;
        }
        // Qt's driver passes options on as they are: a ';' would end one, a quote
        // or a backslash would change how libpq reads it.
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('\''))
            || value.contains(QLatin1Char('\\'))) {
            *error = QCoreApplication::translate(
                "StoreUrl", "%1 cannot hold ; ' or \\ in a PostgreSQL URL")
                         .arg(key);
            return false;
        }
    }
    if (!url->sslMode.isEmpty() && !sslModes().contains(url->sslMode)) {
        *error
            = QCoreApplication::translate("StoreUrl", "unknown sslmode \"%1\": expected one of %2")
                  .arg(url->sslMode, sslModes().join(QStringLiteral(", ")));
        return false;
    }
    if (url->sslCert.isEmpty() != url->sslKey.isEmpty()) {
        *error = QCoreApplication::translate(
            "StoreUrl", "a client certificate needs both sslcert and sslkey");
        return false;
    }
    return true;
}

bool isLoopback(const QString &host)
{
    return host.isEmpty() || host.startsWith(QLatin1Char('/')) || host == QLatin1String("localhost")
        || QHostAddress(host).isLoopback();
}

} // namespace

bool StoreUrl::parse(const QString &text, StoreUrl *url, QString *error)
{
    *url = StoreUrl {};
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        *error = tr("the store is empty: give sqlite:PATH or postgresql://USER@HOST/DB");
        return false;
    }
    if (t.startsWith(QLatin1String("sqlite:"))) {
        url->path = t.mid(7);
        if (url->path.startsWith(QLatin1String("//")))
            url->path = url->path.mid(2);
        if (url->path.isEmpty()) {
            *error = tr("sqlite: needs the path of the file");
            return false;
        }
        return true;
    }
    const bool postgres = t.startsWith(QLatin1String("postgresql://"))
        || t.startsWith(QLatin1String("postgres://"));
    if (!postgres) {
        const qsizetype colon = t.indexOf(QLatin1String("://"));
        if (colon > 0) {
            *error = tr("unknown kind of store \"%1\": give sqlite:PATH or "
                        "postgresql://USER@HOST/DB")
                         .arg(t.left(colon));
            return false;
        }
        url->path = t; // a plain path
        return true;
    }
    const QUrl u(t, QUrl::StrictMode);
    if (!u.isValid()) {
        *error = tr("not a valid PostgreSQL URL: %1").arg(u.errorString());
        return false;
    }
    url->kind = Kind::Postgresql;
    url->user = u.userName(QUrl::FullyDecoded);
    url->password = u.password(QUrl::FullyDecoded);
    url->host = u.host(QUrl::FullyDecoded);
    if (!readQuery(QUrlQuery(u), url, error))
        return false;
    url->port = u.port(0);
    if (url->port < 0 || url->port > 65535) {
        *error = tr("the PostgreSQL port must be 1 to 65535");
        return false;
    }
    // One path part: a / in the name itself is written %2F.
    url->database = u.path(QUrl::FullyDecoded).mid(1);
    if (url->database.isEmpty() || u.path(QUrl::FullyEncoded).mid(1).contains(QLatin1Char('/'))) {
        *error = tr("the PostgreSQL URL needs one database name after the host "
                    "(postgresql://USER@HOST/DB)");
        return false;
    }
    if (url->user.isEmpty()) {
        *error = tr("the PostgreSQL URL needs a user (postgresql://USER@HOST/DB)");
        return false;
    }
    return true;
}

QString StoreUrl::display() const
{
    if (kind == Kind::Sqlite)
        return path;
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setUserName(user);
    if (!host.startsWith(QLatin1Char('/')))
        u.setHost(host);
    if (port > 0)
        u.setPort(port);
    u.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (host.startsWith(QLatin1Char('/')))
        query.addQueryItem(QStringLiteral("host"), host);
    for (const auto &[key, value] : tlsItems())
        query.addQueryItem(key, value);
    if (!query.isEmpty())
        u.setQuery(query);
    return u.toString();
}

QList<std::pair<QString, QString>> StoreUrl::tlsItems() const
{
    QList<std::pair<QString, QString>> items;
    for (const auto &[key, value] : { std::pair { QStringLiteral("sslmode"), sslMode },
             std::pair { QStringLiteral("sslrootcert"), sslRootCert },
             std::pair { QStringLiteral("sslcert"), sslCert },
             std::pair { QStringLiteral("sslkey"), sslKey } }) {
        if (!value.isEmpty())
            items.append({ key, value });
    }
    return items;
}

QString StoreUrl::effectiveSslMode() const
{
    if (!sslMode.isEmpty())
        return sslMode;
    if (!sslRootCert.isEmpty())
        return QStringLiteral("verify-full");
    return isLoopback(host) ? QString() : QStringLiteral("require");
}

QString StoreUrl::identityWarning() const
{
    if (!isPostgresql() || isLoopback(host) || verifiesServer())
        return QString();
    const QString mode = effectiveSslMode();
    if (mode == QLatin1String("verify-ca"))
        return tr("The server's certificate is checked against the CA file, but not its name "
                  "(sslmode=verify-ca).");
    if (mode == QLatin1String("require"))
        return tr("The connection is encrypted, but the server's identity is not checked: give "
                  "the CA file that signed its certificate (sslrootcert).");
    return tr("The connection may not be encrypted and the server's identity is not checked "
              "(sslmode=%1).")
        .arg(mode);
}

QString StoreUrl::connectOptions() const
{
    QStringList options { QStringLiteral("connect_timeout=10"),
        QStringLiteral("application_name=portolan") };
    const QString mode = effectiveSslMode();
    if (!mode.isEmpty())
        options.append(QStringLiteral("sslmode=") + mode);
    for (const auto &[key, value] : tlsItems()) {
        if (key != QLatin1String("sslmode"))
            options.append(QStringLiteral("%1='%2'").arg(key, value));
    }
    return options.join(QLatin1Char(';'));
}

QString StoreUrl::toText(bool withPassword) const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:") + path;
    QString text = QStringLiteral("postgresql://") + encoded(user);
    if (withPassword && !password.isEmpty())
        text += QLatin1Char(':') + encoded(password);
    text += QLatin1Char('@');
    // A socket directory goes in ?host=, the URL's own host standing in for it.
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (socket)
        text += QStringLiteral("localhost");
    else if (host.contains(QLatin1Char(':')))
        text += QLatin1Char('[') + host + QLatin1Char(']');
    else
        text += host;
    if (port > 0)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + encoded(database);
    QStringList query;
    if (socket)
        query.append(QStringLiteral("host=") + encoded(host, "/"));
    for (const auto &[key, value] : tlsItems())
        query.append(key + QLatin1Char('=') + encoded(value, "/"));
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}
