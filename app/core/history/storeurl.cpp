#include "core/history/storeurl.h"

#include <QCoreApplication>
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
    const QUrlQuery query(u);
    if (query.hasQueryItem(QStringLiteral("host")))
        url->host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
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
    if (host.startsWith(QLatin1Char('/'))) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("host"), host);
        u.setQuery(query);
    }
    return u.toString();
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
    if (socket)
        text += QStringLiteral("?host=") + encoded(host, "/");
    return text;
}
