#pragma once

#include <QObject>
#include <QString>

#include <functional>

class SecretStore;

// Whether the system keychain can be used in this session, for every front end: the last answer
// (a keychain that did not answer in time stays unavailable until asked again), a signal when
// it changes, and the check itself — at start, and when the user asks for it (Settings ▸ Check
// keychain again).
class KeychainAvailability : public QObject
{
    Q_OBJECT
public:
    using Checked = std::function<void(bool available, const QString &reason)>;

    explicit KeychainAvailability(SecretStore &secrets, QObject *parent = nullptr);
    Q_DISABLE_COPY(KeychainAvailability)

    bool isAvailable() const;
    // Why not, for a tooltip or label; empty when available.
    QString unavailableReason() const;
    bool isChecking() const { return m_checking > 0; }

    // Asks the keychain again (within its probe timeout); done runs unless context is gone.
    void check(QObject *context, const Checked &done);

Q_SIGNALS:
    void availabilityChanged(bool available);
    void checkingChanged(bool checking);

private:
    SecretStore &m_secrets;
    int m_checking = 0;
};
