#pragma once

#include <QList>

// The history database's schema: for each version, the statements that take a
// database from the version before to it. Version N is reached by running those
// of 1..N in order; a version once released never changes (databases made by it
// exist), a change is a new version.
namespace HistorySchema {

const QList<QList<const char *>> &migrations();

} // namespace HistorySchema
