#pragma once

#include <QList>
#include <QString>

class QSqlDatabase;

// Who may do what in a shared PostgreSQL store, enforced by the server itself:
// a login role per scanner that can write only its own scanner's rows, and viewer
// roles that read everything and write nothing. The store's owner (the role that
// made its tables) keeps every right. Row-level security binds each row to the
// role that connects (current_user), never to what a client says it is:
// - scans (with their hosts and results), watches (with their state) and events
//   are written, changed and deleted only by their own scanner's role;
// - a device known only by its address is its scanner's alone, like a scan;
// - a device known by its MAC address is shared: any scanner records what it saw
//   (seen, up or down, its addresses, names and open ports, a label), but none can
//   forget it, drop its addresses or names, or change its MAC; that is the owner's.
// The roles the store knows are listed in its table portolan_roles.
namespace StoreRoles {

enum class Kind { Scanner, Viewer };

struct Role
{
    QString name;
    Kind kind = Kind::Scanner;
};

// Each takes an open connection to the PostgreSQL store (HistoryStore::connectionName()).

// Secures the store (once: row-level security, its policies, the roles' table)
// and creates a login role name of the given kind, with password, or with none
// (it then logs in by a client certificate whose name is the role's). Run as the
// store's owner (who needs CREATEROLE); false with *error.
bool add(QSqlDatabase &db, Kind kind, const QString &name, const QString &password, QString *error);
// Gives a table the schema rebuilt (HistorySchema) the policies and grants the
// old one had, when the store is secured; nothing otherwise. Run inside the
// migration's transaction, as the store's owner; false with *error.
bool restoreTable(QSqlDatabase &db, const QString &table, QString *error);
// Drops a role the store made (its rights first); scans it made stay. False with
// *error for a role that is not one of the store's.
bool remove(QSqlDatabase &db, const QString &name, QString *error);
// The store's roles, by name.
bool list(QSqlDatabase &db, QList<Role> *roles, QString *error);
// The role this connection logs in as, when it is one of the store's: true with
// *found set; *found false for the owner or any other role.
bool current(QSqlDatabase &db, Role *role, bool *found, QString *error);
// Binds a connection to its scanner: logged in as one of the store's scanner
// roles, *scanner becomes the role's name (the server lets it write no other);
// a name the user chose that is not the role's is refused at once (false, *refused
// true, *error one line). Any other role: *scanner stays.
bool bindScanner(QSqlDatabase &db, bool chosen, QString *scanner, bool *refused, QString *error);
// Whether name can be a role's (and so a scanner's) name; *error says why not.
bool validName(const QString &name, QString *error);

} // namespace StoreRoles
