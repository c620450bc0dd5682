#pragma once

#include <QStringList>

// "portolan-cli store add-scanner NAME", "store add-viewer NAME", "store
// remove-role NAME" and "store roles": the login roles of a shared PostgreSQL
// store, each held to its rights by the server (core/history/storeroles.h). Run
// with the store owner's URL. Exit status 0, 2 on bad input or a role that is
// not the store's (one line on stderr), 1 when the store cannot be used.
namespace CliRoles {

// Whether command is one of these.
bool handles(const QString &command);
// args: what follows "store" on the command line, the command first.
int run(const QStringList &args);

} // namespace CliRoles
