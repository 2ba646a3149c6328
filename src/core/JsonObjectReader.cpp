#include "JsonObjectReader.h"

#include "Rfc3339.h"

#include <cmath>

void JsonObjectReader::fail(const QString &field, const QString &message)
{
    if (!ok())
        return;
    m_errorField = field;
    m_errorMessage = message;
}

QJsonValue JsonObjectReader::require(const QString &key, QJsonValue::Type type,
                                     const char *typeName)
{
    QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        fail(key, QStringLiteral("%1 is required").arg(key));
        return {};
    }
    if (value.type() != type) {
        fail(key, QStringLiteral("%1 must be %2").arg(key, QLatin1String(typeName)));
        return {};
    }
    return value;
}

QString JsonObjectReader::string(const QString &key)
{
    return require(key, QJsonValue::String, "a string").toString();
}

std::optional<QString> JsonObjectReader::optionalString(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        fail(key, QStringLiteral("%1 must be a string").arg(key));
        return std::nullopt;
    }
    return value.toString();
}

QStringList JsonObjectReader::stringList(const QString &key)
{
    const QJsonArray values = require(key, QJsonValue::Array, "an array of strings").toArray();
    QStringList out;
    for (const auto &value : values) {
        if (!value.isString()) {
            fail(key, QStringLiteral("%1 must be an array of strings").arg(key));
            return {};
        }
        out.append(value.toString());
    }
    return out;
}

qint64 JsonObjectReader::integer(const QString &key)
{
    const QJsonValue value = require(key, QJsonValue::Double, "an integer");
    const double number = value.toDouble();
    // Checked before converting: a double outside qint64's range makes the cast undefined.
    constexpr double Exact = 9007199254740992.0; // 2^53
    if (!std::isfinite(number) || number < -Exact || number > Exact ||
        std::trunc(number) != number) {
        fail(key, QStringLiteral("%1 must be an integer").arg(key));
        return 0;
    }
    return static_cast<qint64>(number);
}

qint64 JsonObjectReader::integer(const QString &key, qint64 min, qint64 max)
{
    const qint64 number = integer(key);
    if (ok() && (number < min || number > max)) {
        fail(key, QStringLiteral("%1 must be between %2 and %3").arg(key).arg(min).arg(max));
        return 0;
    }
    return number;
}

bool JsonObjectReader::boolean(const QString &key)
{
    return require(key, QJsonValue::Bool, "true or false").toBool();
}

QJsonObject JsonObjectReader::object(const QString &key)
{
    return require(key, QJsonValue::Object, "an object").toObject();
}

QJsonArray JsonObjectReader::array(const QString &key)
{
    return require(key, QJsonValue::Array, "an array").toArray();
}

QDateTime JsonObjectReader::time(const QString &key)
{
    const QString text = string(key);
    if (!ok())
        return {};
    QDateTime parsed = Rfc3339::parse(text);
    if (!parsed.isValid())
        fail(key,
             QStringLiteral("%1 must be an RFC 3339 time such as 2030-01-31T12:00:00Z").arg(key));
    return parsed;
}

QDateTime JsonObjectReader::optionalTime(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    return time(key);
}
