#pragma once

#include <utility>

#include <QList>
#include <QString>

// Where the history, the inventory and the watches are kept: an SQLite file (the
// default, embedded) or a PostgreSQL database that several scanners share.
//   sqlite:PATH, or a plain PATH
//   postgresql://USER[:PASSWORD]@HOST[:PORT]/DB (also postgres://); HOST may be
//   [IPv6]; an empty HOST and ?host=/DIR name a Unix socket's directory; libpq's
//   TLS parameters as query items: sslmode, sslrootcert (a CA file), sslcert and
//   sslkey (a client certificate and its key)
// A password may be left out: libpq then reads ~/.pgpass. It is never shown
// (display()) nor kept in settings by Portolan.
struct StoreUrl
{
    enum class Kind { Sqlite, Postgresql };

    Kind kind = Kind::Sqlite;
    QString path; // SQLite
    QString user; // PostgreSQL from here on
    QString password;
    QString host; // a name, an address, or a socket directory (starts with /)
    int port = 0; // 0: the default (5432)
    QString database;
    // TLS, in libpq's words. sslMode empty: effectiveSslMode() decides.
    QString sslMode;
    QString sslRootCert; // the CA file the server's certificate must come from
    QString sslCert; // the client's certificate and key (in place of a password)
    QString sslKey;

    // False with *error (one line) for text that is none of the forms above.
    static bool parse(const QString &text, StoreUrl *url, QString *error);
    // The store as a user may see it: a path, or the URL without its password.
    QString display() const;
    // The text parse() reads back as this store: sqlite:PATH, or the URL with
    // every part percent-encoded where needed (its password only withPassword).
    QString toText(bool withPassword) const;
    bool isPostgresql() const { return kind == Kind::Postgresql; }

    // The TLS mode the connection asks libpq for: the URL's, else verify-full with a
    // CA file, else require for a server on the network (encrypted, its identity not
    // checked), else libpq's own default (a Unix socket, this machine's loopback).
    QString effectiveSslMode() const;
    // Whether the server's identity is checked: verify-full (certificate and name).
    bool verifiesServer() const { return effectiveSslMode() == QLatin1String("verify-full"); }
    // On a network server whose identity is not checked, one sentence saying so and
    // what checks it; empty otherwise.
    QString identityWarning() const;
    // libpq's connection options for Qt's driver (QSqlDatabase::setConnectOptions).
    QString connectOptions() const;

private:
    // The TLS parameters that are set, as query items.
    QList<std::pair<QString, QString>> tlsItems() const;
};
