#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// Reads fields of a JSON object strictly, remembering the first problem (field and reason).
// The server uses it to answer 400 with the offending field; the client to report a reply of
// unexpected shape instead of silently showing empty values.
class JsonObjectReader
{
public:
    explicit JsonObjectReader(const QJsonObject &object) : m_object(object) {}

    QString string(const QString &key);
    std::optional<QString> optionalString(const QString &key); // absent or null → nullopt
    QStringList stringList(const QString &key);
    // A whole number that a double holds exactly (|n| <= 2^53); anything else (1e300, 1.5,
    // NaN) is a problem, never an out-of-range conversion.
    qint64 integer(const QString &key);
    // As integer(), and within [min, max].
    qint64 integer(const QString &key, qint64 min, qint64 max);
    bool boolean(const QString &key);
    QJsonObject object(const QString &key);
    QJsonArray array(const QString &key);
    QDateTime time(const QString &key);
    QDateTime optionalTime(const QString &key); // absent or null → invalid QDateTime

    bool ok() const { return m_errorField.isEmpty(); }
    QString errorField() const { return m_errorField; }
    QString errorMessage() const { return m_errorMessage; }
    // Marks a problem found by the caller's own checks (kept only if it is the first).
    void fail(const QString &field, const QString &message);

private:
    QJsonValue require(const QString &key, QJsonValue::Type type, const char *typeName);

    QJsonObject m_object;
    QString m_errorField;
    QString m_errorMessage;
};
