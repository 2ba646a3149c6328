#pragma once

#include "TestServer.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Two tokendesk-server instances, A and B, on one database: the database named by
// TOKENDESK_TEST_DATABASE_URL when set (a postgres:// URL), else one SQLite file in a temporary
// folder (WAL mode, which the server requires, lets two processes share it). A seeds the demo
// accounts; each test makes its own users with createUser(), so its counts do not depend on what
// other tests (or earlier runs on the same PostgreSQL database) left behind.
class InstancePair
{
public:
    explicit InstancePair(const QStringList &extraArgs = {});
    InstancePair(const InstancePair &) = delete;
    InstancePair &operator=(const InstancePair &) = delete;

    // Starts A, then B. False on failure, with the reason in errorString().
    bool start();
    TestServer &a() { return m_a; }
    TestServer &b() { return m_b; }
    // A or B by index (0, 1): for spreading requests over both.
    TestServer &instance(int i) { return i % 2 == 0 ? m_a : m_b; }
    QString database() const { return m_database; }
    QString errorString() const { return m_error; }

    // A paid-plan user whose password is its name, made by the server's own admin command
    // (--create-user) on the shared database. False with errorString() on failure.
    bool createUser(const QString &name);
    // prefix + something no earlier run used, short enough for a username.
    static QString uniqueName(const QString &prefix);

private:
    QTemporaryDir m_dir;
    QString m_database;
    TestServer m_a;
    TestServer m_b;
    QString m_error;
};
