#pragma once

#include <QString>

#include "common/pgserver.h"

// The store the history, device and watch tests run on: an SQLite file, or, with
// PORTOLAN_TEST_ENGINE=postgresql (their second ctest entry, *_postgresql), a
// fresh database on a PostgreSQL server of the test's own, started at first use.
class TestStore final
{
public:
    static bool postgresql();
    // A new, empty store: sqlitePath itself, or a fresh database's URL. Empty
    // with *why when the server cannot start or make one.
    QString fresh(const QString &sqlitePath, QString *why);

private:
    PgServer m_server;
    bool m_started = false;
    int m_databases = 0;
};
