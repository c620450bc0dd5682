#pragma once

#include <QString>

// Where the history, the inventory and the watches are kept: an SQLite file (the
// default, embedded) or a PostgreSQL database that several scanners share.
//   sqlite:PATH, or a plain PATH
//   postgresql://USER[:PASSWORD]@HOST[:PORT]/DB (also postgres://); HOST may be
//   [IPv6]; an empty HOST and ?host=/DIR name a Unix socket's directory
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

    // False with *error (one line) for text that is none of the forms above.
    static bool parse(const QString &text, StoreUrl *url, QString *error);
    // The store as a user may see it: a path, or the URL without its password.
    QString display() const;
    // The text parse() reads back as this store: sqlite:PATH, or the URL with
    // every part percent-encoded where needed (its password only withPassword).
    QString toText(bool withPassword) const;
    bool isPostgresql() const { return kind == Kind::Postgresql; }
};
