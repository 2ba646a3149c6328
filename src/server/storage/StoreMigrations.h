#pragma once

class Database;

// The schema and its history: each migration moves the schema_version one up, on SQLite and on
// PostgreSQL alike (DDL in SQLite's types, run in the backend's: Database::runScript). Every
// migration runs in one write transaction under a lock that two processes starting on one database
// at once both take (SQLite's write lock, a PostgreSQL advisory lock), and the version is read
// under it, so each migration is applied exactly once. Throws StoreError, also for a schema newer
// than this build.
class StoreMigrations
{
public:
    explicit StoreMigrations(Database &db) : m_db(db) {}

    void apply();
    // Versions this build knows (the highest it migrates to).
    static int latestVersion();

private:
    int schemaVersion();
    void fillNameKeys(); // migration 2

    Database &m_db;
};
