#include "common/teststore.h"

bool TestStore::postgresql()
{
    return qEnvironmentVariable("PORTOLAN_TEST_ENGINE") == QLatin1String("postgresql");
}

QString TestStore::fresh(const QString &sqlitePath, QString *why)
{
    if (!postgresql())
        return sqlitePath;
    if (!m_started && !(m_started = m_server.start(why)))
        return {};
    const QString name = QStringLiteral("store%1").arg(++m_databases);
    if (!m_server.createDatabase(name, why))
        return {};
    return QStringLiteral("postgresql://%1@localhost/%2?host=%3")
        .arg(PgServer::user(), name, m_server.socketDirectory());
}
