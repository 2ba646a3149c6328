#pragma once

#include "SecretStore.h"

#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>

class QTimer;

// A stand-in for the OS keychain in GUI tests that do not run inside a D-Bus session (the real
// KeychainStore has its own suites under tests/secrets). Asynchronous like the real one, and
// like it, a request that times out makes the store unavailable until a probe gets an answer.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(bool available = true, QObject *parent = nullptr);
    ~MemorySecretStore() override;
    Q_DISABLE_COPY(MemorySecretStore)

    using SecretStore::read;
    void probe(QObject *context, ProbeDone done) override;
    void write(const QString &key, const SecureBuffer &secret, QObject *context, Done done,
               Failed failed) override;
    void read(const QString &key, QObject *context, ReadDone done, ReadFailed failed) override;
    void remove(const QString &key, QObject *context, Done done, Failed failed) override;

    // Makes writes fail (a locked or refusing keychain) while the store stays "available".
    void setFailWrites(bool fail) { m_failWrites = fail; }
    // A keychain that takes requests but never answers them (a hung service, or an unlock
    // prompt nobody sees); they time out after timeoutMs. Off again: requests made afterwards
    // are answered (the ones left hanging stay so, as in the real keychain).
    void setHang(bool hang) { m_hang = hang; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int hangingCount() const { return int(m_hanging.size()); }
    bool contains(const QString &key) const { return m_entries.contains(key); }
    QByteArray value(const QString &key) const { return m_entries.value(key); }
    QStringList keys() const { return m_entries.keys(); }

private:
    struct Hanging
    {
        QPointer<QObject> context;
        bool hasContext;
        std::function<void(const QString &)> fail;
        QTimer *timer;
    };
    // True when the request is taken care of (left hanging, or refused while not answering);
    // otherwise it runs now. fail reports the store's reason.
    bool hangOrRefuse(QObject *context, std::function<void(const QString &)> fail,
                      bool probe = false);
    void onTimeout(QTimer *timer);

    bool m_canStore;
    bool m_failWrites = false;
    bool m_hang = false;
    int m_timeoutMs = 60000;
    QList<Hanging> m_hanging;
    QHash<QString, QByteArray> m_entries;
};
