#pragma once

#include "SecretStore.h"

#include <QList>
#include <QPointer>

namespace QKeychain {
class Job;
}

// SecretStore over QtKeychain (on Linux: the Secret Service, e.g. gnome-keyring or KWallet),
// service name "TokenDesk". Every request has a timeout, because a locked keychain can open an
// unlock prompt and leave the job waiting forever; a timed-out request fails with a message
// saying so and its late result is ignored.
//
// QtKeychain runs one job at a time per process, and a job it has started cannot be cancelled
// or deleted safely (libsecret calls back into it). So this class keeps its own queue and hands
// QtKeychain one job at a time: a request that times out while still queued is dropped and
// never runs; one that timed out while running may still complete in the keychain later (e.g.
// a write after the user unlocked it), but its caller has already been told it failed, and the
// queue waits for it before starting the next. Use one KeychainStore per process.
//
// A timeout means the keychain is not answering (locked behind a prompt nobody sees, or hung):
// the store becomes unavailable for the session (availabilityChanged), every queued request
// fails at once, and so does every new one, with a reason that says what to do — until a
// probe() gets an answer.
class KeychainStore : public SecretStore
{
    Q_OBJECT
public:
    // Long enough for a person to answer the keyring's own prompt (unlock, or choose a password
    // for a first keyring) — short enough that a hung service does not hang the app.
    static constexpr int DefaultTimeoutMs = 60000;
    // probe() asks nothing of the user, so it may give up sooner (it delays the start).
    static constexpr int ProbeTimeoutMs = 10000;
    // The service every entry is filed under (libsecret attribute "server").
    static QString serviceName();
    // The entry probe() looks up; it is never written.
    static QString probeKey();

    explicit KeychainStore(QObject *parent = nullptr);
    ~KeychainStore() override;
    Q_DISABLE_COPY(KeychainStore)

    // Applies to requests started afterwards. Counted from the call, so time spent waiting
    // behind another request counts too: the caller waits at most this long.
    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timeoutMs; }

    void probe(QObject *context, ProbeDone done) override;
    void write(const QString &key, const SecureBuffer &secret, QObject *context, Done done,
               Failed failed) override;
    using SecretStore::read;
    void read(const QString &key, QObject *context, ReadDone done, ReadFailed failed) override;
    void remove(const QString &key, QObject *context, Done done, Failed failed) override;

private:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    class Request;
    Request *newRequest(Operation operation, const QString &key, QObject *context);
    void enqueue(Request *request, bool probe = false);
    void startNext();
    void onJobFinished(QKeychain::Job *job, Request *request);
    void onTimeout(Request *request);
    void onContextDestroyed(Request *request);

    QList<Request *> m_waiting;
    // The job QtKeychain is executing for us, possibly for a request that already timed out.
    QPointer<QKeychain::Job> m_running;
    int m_timeoutMs = DefaultTimeoutMs;
};
