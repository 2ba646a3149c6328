#pragma once

#include <QByteArray>
#include <QString>

// PBKDF2-SHA256 with a random salt, stored as "pbkdf2-sha256$<iterations>$<salt>$<key>"
// (base64), so the iteration count can be raised later without breaking old records.
class PasswordHasher
{
public:
    static constexpr int DefaultIterations = 100000;

    // The work factor for new hashes and for burnEquivalentTime(), set once at start-up
    // (--password-iterations). Existing records keep the count stored in them.
    static void setIterations(int iterations);
    static int iterations();

    static QString hash(const QByteArray &password);
    static QString hash(const QByteArray &password, int iterations);
    static bool verify(const QByteArray &password, const QString &record);
    // Spends the same time as a verify, so an unknown username is not told apart by timing.
    static void burnEquivalentTime(const QByteArray &password);

    PasswordHasher() = delete;
};
