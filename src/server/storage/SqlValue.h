#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <optional>

// One value bound to a statement's '?', by reference: valid for the call that binds it (the
// temporaries of a run({…}) call live that long). A null QString or QByteArray binds as NULL.
class SqlValue
{
public:
    enum class Type
    {
        Null,
        Integer,
        Text,
        Utf8,
        Blob
    };

    SqlValue() = default;
    SqlValue(std::nullopt_t) {}
    SqlValue(qint64 value) : m_type(Type::Integer), m_integer(value) {}
    SqlValue(int value) : m_type(Type::Integer), m_integer(value) {}
    SqlValue(const QString &text) : m_type(text.isNull() ? Type::Null : Type::Text), m_text(&text)
    {}
    // Bytes, not text (digests).
    SqlValue(const QByteArray &bytes)
        : m_type(bytes.isNull() ? Type::Null : Type::Blob), m_bytes(bytes)
    {}
    // Text already in UTF-8, bound without a conversion.
    static SqlValue utf8(QByteArrayView text)
    {
        SqlValue value;
        value.m_type = Type::Utf8;
        value.m_bytes = text;
        return value;
    }
    // Seconds since the epoch; NULL for an invalid time.
    static SqlValue epoch(const QDateTime &time)
    {
        return time.isValid() ? SqlValue(time.toSecsSinceEpoch()) : SqlValue();
    }

    Type type() const { return m_type; }
    qint64 integer() const { return m_integer; }
    const QString &text() const { return *m_text; }
    QByteArrayView bytes() const { return m_bytes; } // Utf8 and Blob

private:
    Type m_type = Type::Null;
    qint64 m_integer = 0;
    const QString *m_text = nullptr;
    QByteArrayView m_bytes;
};
