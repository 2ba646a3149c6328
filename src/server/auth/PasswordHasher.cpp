#include "PasswordHasher.h"

#include "TokenFormat.h"

#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

#include <atomic>

namespace {
constexpr int KeyLength = 32;
std::atomic<int> g_iterations{PasswordHasher::DefaultIterations};

QByteArray derive(const QByteArray &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password, salt,
                                              iterations, KeyLength);
}
} // namespace

void PasswordHasher::setIterations(int iterations)
{
    g_iterations = qMax(1, iterations);
}

int PasswordHasher::iterations()
{
    return g_iterations;
}

QString PasswordHasher::hash(const QByteArray &password)
{
    return hash(password, iterations());
}

QString PasswordHasher::hash(const QByteArray &password, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), 4);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(derive(password, salt, iterations).toBase64()));
}

bool PasswordHasher::verify(const QByteArray &password, const QString &record)
{
    const QStringList parts = record.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != QLatin1String("pbkdf2-sha256"))
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    return TokenFormat::constantTimeEquals(derive(password, salt, iterations), expected);
}

void PasswordHasher::burnEquivalentTime(const QByteArray &password)
{
    derive(password, QByteArrayLiteral("tokendesk-dummy-salt"), iterations());
}
