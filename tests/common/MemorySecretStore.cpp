#include "MemorySecretStore.h"

#include <QTimer>

MemorySecretStore::MemorySecretStore(bool available, QObject *parent)
    : SecretStore(parent), m_canStore(available)
{}

void MemorySecretStore::probe(QObject *context, ProbeDone done)
{
    QTimer::singleShot(0, context, [this, done] {
        const QString reason = m_canStore ? QString() : QStringLiteral("test: no keychain");
        setAvailability(m_canStore, reason);
        done(m_canStore, reason);
    });
}

void MemorySecretStore::write(const QString &key, const SecureBuffer &secret, QObject *context,
                              Done done, Failed failed)
{
    const QByteArray bytes = secret.view().toByteArray();
    QTimer::singleShot(0, context, [this, key, bytes, done, failed] {
        if (!m_canStore || m_failWrites) {
            failed(QStringLiteral("test: the keychain refused the write."));
            return;
        }
        m_entries.insert(key, bytes);
        done();
    });
}

void MemorySecretStore::read(const QString &key, QObject *context, ReadDone done, ReadFailed failed)
{
    QTimer::singleShot(0, context, [this, key, done, failed] {
        if (!m_entries.contains(key)) {
            failed(QStringLiteral("nothing stored"), true);
            return;
        }
        done(SecureBuffer(m_entries.value(key)));
    });
}

void MemorySecretStore::remove(const QString &key, QObject *context, Done done, Failed)
{
    QTimer::singleShot(0, context, [this, key, done] {
        m_entries.remove(key);
        done();
    });
}
