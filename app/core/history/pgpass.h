#pragma once

#include <QString>

struct StoreUrl;

// libpq's password file (~/.pgpass, or $PGPASSFILE): the one place a PostgreSQL
// store's password is kept when the user asks, readable by the user only (libpq
// ignores it otherwise). Portolan's own settings never hold a password.
namespace PgPass {

// The file libpq reads.
QString path();
// Writes url's password for its host, port, database and user, replacing the
// line that had them; other lines stay as they are. False with *error.
bool remember(const StoreUrl &url, QString *error);

} // namespace PgPass
