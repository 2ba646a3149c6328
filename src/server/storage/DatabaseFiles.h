#pragma once

#include <QString>

// Keeps a SQLite database private to the server's user, whatever the umask: missing folders are
// created 0700 and the database file 0600 before SQLite opens it (SQLite gives its -wal and -shm
// files the database file's mode); existing database, -wal and -shm files are set to 0600.
class DatabaseFiles
{
public:
    static bool makePrivate(const QString &databasePath, QString *error);

    DatabaseFiles() = delete;
};
