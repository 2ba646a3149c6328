#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// The real tokendesk-server, spawned for a test on an ephemeral loopback port with a throwaway
// database (seeded with the demo accounts unless told otherwise).
class TestServer
{
public:
    explicit TestServer(QStringList extraArgs = {}, bool demo = true);
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    // Starts the server and waits (up to 30 s) until it reports its port. False on failure;
    // errorString() then says why, including the server's output.
    bool start();
    // Stops the server (the database stays until destruction, so start() can resume it).
    void stop();
    bool isRunning() const;

    QUrl baseUrl() const { return m_baseUrl; }
    quint16 port() const { return m_port; }
    QString databasePath() const;
    QString dataDir() const { return m_dir.path(); }
    QString errorString() const { return m_error; }
    // The server's process id while it runs (0 otherwise), e.g. to read its memory use.
    qint64 processId() const { return m_process ? m_process->processId() : 0; }
    // Everything the server printed (stdout and stderr) so far.
    QByteArray output() const { return m_output; }

    static QString serverExecutable();

private:
    QStringList m_extraArgs;
    bool m_demo;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    quint16 m_port = 0;
    QByteArray m_output;
    QString m_error;
};
