#include "MemorySecretStore.h"

#include <QTimer>

MemorySecretStore::MemorySecretStore(bool available, QObject *parent)
    : SecretStore(parent), m_canStore(available)
{}

MemorySecretStore::~MemorySecretStore() = default;

bool MemorySecretStore::hangOrRefuse(QObject *context, std::function<void(const QString &)> fail,
                                     bool probe)
{
    if (isNotAnswering() && !probe) {
        QTimer::singleShot(0, context ? context : this, [fail, reason = unavailableReason()] {
            if (fail)
                fail(reason);
        });
        return true;
    }
    if (!m_hang)
        return false;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, timer] { onTimeout(timer); });
    m_hanging.append({context, context != nullptr, std::move(fail), timer});
    timer->start(m_timeoutMs);
    return true;
}

void MemorySecretStore::onTimeout(QTimer *timer)
{
    // As KeychainStore: the timed-out request and every other one waiting fail together.
    const QList<Hanging> hanging = std::exchange(m_hanging, {});
    setNotAnswering(true, notAnsweringReason(timer->interval()));
    const QString reason = unavailableReason();
    for (const Hanging &h : hanging) {
        h.timer->deleteLater();
        if (h.fail && !(h.hasContext && !h.context))
            h.fail(reason);
    }
}

void MemorySecretStore::probe(QObject *context, ProbeDone done)
{
    // A probe is tried even while not answering: it may hang like everything else.
    if (hangOrRefuse(
            context, [done](const QString &reason) { done(false, reason); }, true))
        return;
    QTimer::singleShot(0, context, [this, done] {
        setNotAnswering(false);
        const QString reason = m_canStore ? QString() : QStringLiteral("test: no keychain");
        setAvailability(m_canStore, reason);
        done(m_canStore, reason);
    });
}

void MemorySecretStore::write(const QString &key, const SecureBuffer &secret, QObject *context,
                              Done done, Failed failed)
{
    if (hangOrRefuse(context, failed))
        return;
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
    if (hangOrRefuse(context, [failed](const QString &error) { failed(error, false); }))
        return;
    QTimer::singleShot(0, context, [this, key, done, failed] {
        if (!m_entries.contains(key)) {
            failed(QStringLiteral("nothing stored"), true);
            return;
        }
        done(SecureBuffer(m_entries.value(key)));
    });
}

void MemorySecretStore::remove(const QString &key, QObject *context, Done done, Failed failed)
{
    if (hangOrRefuse(context, failed))
        return;
    QTimer::singleShot(0, context, [this, key, done] {
        m_entries.remove(key);
        done();
    });
}
