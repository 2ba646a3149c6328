#include "KeychainAvailability.h"

#include "SecretStore.h"

#include <QPointer>

KeychainAvailability::KeychainAvailability(SecretStore &secrets, QObject *parent)
    : QObject(parent), m_secrets(secrets)
{
    connect(&m_secrets, &SecretStore::availabilityChanged, this,
            &KeychainAvailability::availabilityChanged);
}

bool KeychainAvailability::isAvailable() const
{
    return m_secrets.isAvailable();
}

QString KeychainAvailability::unavailableReason() const
{
    return m_secrets.unavailableReason();
}

void KeychainAvailability::check(QObject *context, const Checked &done)
{
    if (m_checking++ == 0)
        Q_EMIT checkingChanged(true);
    const QPointer<QObject> caller(context);
    const bool hasCaller = context != nullptr;
    // Our own context: the count must come down even if the caller is gone by then.
    m_secrets.probe(this, [this, caller, hasCaller, done](bool available, const QString &reason) {
        if (--m_checking == 0)
            Q_EMIT checkingChanged(false);
        if (done && !(hasCaller && !caller))
            done(available, reason);
    });
}
