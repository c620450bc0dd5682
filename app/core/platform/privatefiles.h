#pragma once

#include <QString>

// Files that hold what is the user's alone (the history, scans kept while the
// store is away, the settings with their commands): mode 600 in folders of mode
// 700, made so from the start. One that an older Portolan left wider is narrowed,
// and the caller is told so once (the next time it is already narrow).
namespace PrivateFiles {

// Makes folder (and its missing parents) and narrows folder itself to 700. False
// with *error when it cannot be made; *notice says what was narrowed, if anything.
bool makeFolder(const QString &folder, QString *notice, QString *error);
// Creates path empty with mode 600 where it does not exist, or narrows it to 600
// where it is wider. False with *error when neither can be done.
bool makeFile(const QString &path, QString *notice, QString *error);
// Narrows an existing file or folder to the owner alone (600 or 700); nothing where
// it does not exist. *notice as above.
bool narrow(const QString &path, QString *notice, QString *error);

// For a database file at path: its folder made (700 when made here, or narrowed
// when ownFolder: Portolan's own), and the files the database keeps beside it
// (-wal, -shm, -journal) narrowed where they exist. The file itself: makeFile().
bool makeDatabaseFolder(const QString &path, bool ownFolder, QString *notice, QString *error);

} // namespace PrivateFiles
