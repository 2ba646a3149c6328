#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QStringList>
#include <QStringView>

#include <optional>

// Writes compact JSON straight into one QByteArray, for responses that would otherwise build a
// QJsonObject per row (token listings). The output is what QJsonDocument::toJson(Compact) writes
// for the same values: strings escaped the same way (\" \\ \b \f \n \r \t, other controls as
// \u00xx, a lone surrogate as \uxxxx, everything else as UTF-8), no spaces. Keys are written as
// given: write them in QJsonObject's order (sorted) to get the same bytes. Commas are placed by
// the writer; the caller only keeps begin and end balanced.
class JsonWriter
{
public:
    // reserve: the expected size in bytes, so that appending does not reallocate.
    explicit JsonWriter(qsizetype reserve = 0);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // key: ASCII that needs no escaping (the API's fixed field names).
    void key(QByteArrayView key);
    void string(QStringView text);
    void stringList(const QStringList &texts);
    // text in UTF-8 (as SQLite holds it), written as string() writes its UTF-16 form. A UTF-8
    // encoded surrogate (which SQLite stores for a lone one) is escaped as string() escapes
    // it; other malformed bytes are written as U+FFFD.
    void utf8String(QByteArrayView text);
    // ["a","b"] from "a b": the words of a space-separated UTF-8 list, empty ones skipped.
    void utf8Words(QByteArrayView spaceSeparated);
    // A value already written as JSON (by another JsonWriter), copied as it is.
    void raw(QByteArrayView json);
    void null();
    // RFC 3339 in UTC ("2026-12-02T04:13:00Z", as Rfc3339::format writes it); null when invalid.
    void timeOrNull(const QDateTime &time);
    // The same for seconds since the epoch; null for nullopt.
    void timeOrNull(std::optional<qint64> secsSinceEpoch);

    // What was written so far (a copy).
    QByteArray bytes() const { return m_out.left(m_size); }
    QByteArray take();

    // text as a JSON string, quotes included (for tests and single values).
    static QByteArray quoted(QStringView text);

private:
    // Space for n more bytes at the end; write there, then done() with the end of what was
    // written. m_out is kept larger than what was written, so that most writes only copy.
    char *room(qsizetype n)
    {
        if (m_size + n > m_out.size())
            grow(n);
        return m_out.data() + m_size;
    }
    void done(const char *end) { m_size = end - m_out.constData(); }
    void grow(qsizetype n);
    // A ',' first when a value or key came before at this level.
    char *separated(qsizetype n)
    {
        char *out = room(n + 1);
        if (m_needComma)
            *out++ = ',';
        return out;
    }
    void appendRaw(const char *text, qsizetype size);
    void appendEscaped(QStringView text);
    // The quoted time, false (nothing written) outside years 0000–9999.
    bool appendTime(qint64 secsSinceEpoch);

    QByteArray m_out;
    qsizetype m_size = 0;
    bool m_needComma = false;
};
