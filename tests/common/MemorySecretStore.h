#pragma once

#include "SecretStore.h"

#include <QHash>

// A stand-in for the OS keychain in GUI tests that do not run inside a D-Bus session (the real
// KeychainStore has its own suites under tests/secrets). Asynchronous like the real one.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(bool available = true, QObject *parent = nullptr);
    Q_DISABLE_COPY(MemorySecretStore)

    using SecretStore::read;
    void probe(QObject *context, ProbeDone done) override;
    void write(const QString &key, const SecureBuffer &secret, QObject *context, Done done,
               Failed failed) override;
    void read(const QString &key, QObject *context, ReadDone done, ReadFailed failed) override;
    void remove(const QString &key, QObject *context, Done done, Failed failed) override;

    // Makes writes fail (a locked or refusing keychain) while the store stays "available".
    void setFailWrites(bool fail) { m_failWrites = fail; }
    bool contains(const QString &key) const { return m_entries.contains(key); }
    QByteArray value(const QString &key) const { return m_entries.value(key); }
    QStringList keys() const { return m_entries.keys(); }

private:
    bool m_canStore;
    bool m_failWrites = false;
    QHash<QString, QByteArray> m_entries;
};
