#pragma once

#include "SecureBuffer.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

// Where the app keeps secrets (sessions for "Remember me", API tokens the user chose to save).
// Asynchronous like ApiClient: each call delivers exactly one outcome to one of its callbacks,
// never synchronously inside the call, and never after `context` is destroyed. A store can be
// unavailable (no keychain, locked, not answering); that is a normal state, found out by
// probe(), and the GUI disables what needs it and says why (unavailableReason()).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ProbeDone = std::function<void(bool available, const QString &reason)>;
    using Done = std::function<void()>;
    using ReadDone = std::function<void(const SecureBuffer &secret)>;
    using Failed = std::function<void(const QString &error)>;
    // notFound: nothing is stored under the key (a normal case, e.g. a token never saved),
    // as opposed to the keychain failing.
    using ReadFailed = std::function<void(const QString &error, bool notFound)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;
    Q_DISABLE_COPY(SecretStore)

    // "<host[:port]>/<username>/session": the port only when the URL names one, so the same
    // server reached on different ports keeps separate entries.
    static QString sessionKey(const QUrl &server, const QString &username);
    // "<host[:port]>/<username>/token/<tokenId>"
    static QString tokenKey(const QUrl &server, const QString &username, const QString &tokenId);

    // Checks whether secrets can be stored right now. Updates isAvailable()/unavailableReason()
    // and emits availabilityChanged() when the answer differs from the previous one (or is the
    // first). reason is empty when available.
    virtual void probe(QObject *context, ProbeDone done) = 0;
    // The result of the last probe; false (with a reason saying so) before the first one.
    bool isAvailable() const { return m_available; }
    // Human text for a tooltip or banner, e.g. "No system keychain (Secret Service) is running:
    // …"; empty when available.
    QString unavailableReason() const;
    // A request timed out: the store counts as unavailable for the rest of the session, every
    // request but probe() fails at once (asynchronously) with unavailableReason(), and only a
    // probe that gets an answer ends this (the user's "Check keychain again", or the next start).
    bool isNotAnswering() const { return m_notAnswering; }
    // The reason given while not answering, after a request waited timeoutMs in vain.
    static QString notAnsweringReason(int timeoutMs);

    // Stores secret under key, replacing what was there.
    virtual void write(const QString &key, const SecureBuffer &secret, QObject *context, Done done,
                       Failed failed) = 0;
    // A missing entry fails with notFound = true and a message saying nothing is stored.
    virtual void read(const QString &key, QObject *context, ReadDone done, ReadFailed failed) = 0;
    // Convenience for callers that do not distinguish "not found" from other failures.
    // Implementations add `using SecretStore::read;` so that their override does not hide it.
    void read(const QString &key, QObject *context, ReadDone done, Failed failed);
    // Removing an entry that does not exist counts as success.
    virtual void remove(const QString &key, QObject *context, Done done, Failed failed) = 0;

Q_SIGNALS:
    void availabilityChanged(bool available);

protected:
    // For implementations: record a probe's result and tell listeners if it changed.
    void setAvailability(bool available, const QString &reason);
    // For implementations: a request timed out (true, with notAnsweringReason()), or a probe got
    // an answer (false; its result follows with setAvailability()).
    void setNotAnswering(bool notAnswering, const QString &reason = {});

private:
    bool m_available = false;
    bool m_probed = false;
    bool m_notAnswering = false;
    QString m_reason;
};
