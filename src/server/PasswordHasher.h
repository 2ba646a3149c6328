#pragma once

#include <QByteArray>
#include <QString>

// PBKDF2-SHA256 with a random salt, stored as "pbkdf2-sha256$<iterations>$<salt>$<key>"
// (base64), so the iteration count can be raised later without breaking old records.
class PasswordHasher
{
public:
    static constexpr int DefaultIterations = 100000;

    static QString hash(const QByteArray &password, int iterations = DefaultIterations);
    static bool verify(const QByteArray &password, const QString &record);
    // Spends the same time as a verify, so an unknown username is not told apart by timing.
    static void burnEquivalentTime(const QByteArray &password);

    PasswordHasher() = delete;
};
