#include "JsonWriter.h"

#include "Rfc3339.h"

#include <cstring>

namespace {
char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil_from_days).
void civilFromDays(qint64 days, qint64 *year, unsigned *month, unsigned *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned dayOfEra = unsigned(days - era * 146097);
    const unsigned yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned shifted = (5 * dayOfYear + 2) / 153;
    *day = dayOfYear - (153 * shifted + 2) / 5 + 1;
    *month = shifted < 10 ? shifted + 3 : shifted - 9;
    *year = qint64(yearOfEra) + era * 400 + (*month <= 2 ? 1 : 0);
}

char *twoDigits(char *p, unsigned value)
{
    *p++ = char('0' + value / 10);
    *p++ = char('0' + value % 10);
    return p;
}
} // namespace

JsonWriter::JsonWriter(qsizetype reserve)
{
    m_out.resize(qMax<qsizetype>(reserve, 64));
}

void JsonWriter::grow(qsizetype n)
{
    m_out.resize(qMax(m_out.size() * 2, m_size + n + 256));
}

QByteArray JsonWriter::take()
{
    m_out.truncate(m_size);
    m_size = 0;
    m_needComma = false;
    return std::move(m_out);
}

void JsonWriter::appendRaw(const char *text, qsizetype size)
{
    char *out = separated(size);
    std::memcpy(out, text, size_t(size));
    done(out + size);
}

void JsonWriter::beginObject()
{
    appendRaw("{", 1);
    m_needComma = false;
}

void JsonWriter::endObject()
{
    char *out = room(1);
    *out++ = '}';
    done(out);
    m_needComma = true;
}

void JsonWriter::beginArray()
{
    appendRaw("[", 1);
    m_needComma = false;
}

void JsonWriter::endArray()
{
    char *out = room(1);
    *out++ = ']';
    done(out);
    m_needComma = true;
}

void JsonWriter::key(QByteArrayView key)
{
    // Keys are most of what a listing writes: one copy each.
    char *out = separated(key.size() + 3);
    *out++ = '"';
    std::memcpy(out, key.data(), size_t(key.size()));
    out += key.size();
    *out++ = '"';
    *out++ = ':';
    done(out);
    m_needComma = false;
}

void JsonWriter::string(QStringView text)
{
    appendEscaped(text);
    m_needComma = true;
}

void JsonWriter::stringList(const QStringList &texts)
{
    beginArray();
    for (const QString &text : texts)
        string(text);
    endArray();
}

void JsonWriter::null()
{
    appendRaw("null", 4);
    m_needComma = true;
}

void JsonWriter::timeOrNull(const QDateTime &time)
{
    if (!time.isValid()) {
        null();
        return;
    }
    const qint64 msecs = time.toMSecsSinceEpoch();
    const qint64 secs = msecs >= 0 ? msecs / 1000 : -((-msecs + 999) / 1000);
    qint64 days = secs / 86400;
    qint64 rest = secs % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    qint64 year = 0;
    unsigned month = 0, day = 0;
    civilFromDays(days, &year, &month, &day);
    if (year < 0 || year > 9999 || msecs % 1000 != 0) {
        string(Rfc3339::format(time)); // what Qt writes out there
        return;
    }
    char buffer[24];
    char *p = buffer;
    *p++ = '"';
    p = twoDigits(p, unsigned(year / 100));
    p = twoDigits(p, unsigned(year % 100));
    *p++ = '-';
    p = twoDigits(p, month);
    *p++ = '-';
    p = twoDigits(p, day);
    *p++ = 'T';
    p = twoDigits(p, unsigned(rest / 3600));
    *p++ = ':';
    p = twoDigits(p, unsigned(rest / 60 % 60));
    *p++ = ':';
    p = twoDigits(p, unsigned(rest % 60));
    *p++ = 'Z';
    *p++ = '"';
    appendRaw(buffer, p - buffer);
    m_needComma = true;
}

QByteArray JsonWriter::quoted(QStringView text)
{
    JsonWriter writer(text.size() + 2);
    writer.string(text);
    return writer.take();
}

void JsonWriter::appendEscaped(QStringView text)
{
    // At most 6 bytes per UTF-16 unit (\u00xx, \udxxx; UTF-8 needs at most 3), plus the quotes.
    char *out = separated(text.size() * 6 + 2);
    *out++ = '"';
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *out++ = char(u);
                continue;
            }
            *out++ = '\\';
            switch (u) {
            case '"':
                *out++ = '"';
                break;
            case '\\':
                *out++ = '\\';
                break;
            case '\b':
                *out++ = 'b';
                break;
            case '\f':
                *out++ = 'f';
                break;
            case '\n':
                *out++ = 'n';
                break;
            case '\r':
                *out++ = 'r';
                break;
            case '\t':
                *out++ = 't';
                break;
            default:
                *out++ = 'u';
                *out++ = '0';
                *out++ = '0';
                *out++ = hexDigit(u >> 4);
                *out++ = hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *out++ = char(0xe0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            *out++ = char(0xf0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3f));
            *out++ = char(0x80 | ((c >> 6) & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        } else {
            // A lone surrogate has no UTF-8 form: escaped, as QJsonDocument does.
            *out++ = '\\';
            *out++ = 'u';
            *out++ = hexDigit((u >> 12) & 0xf);
            *out++ = hexDigit((u >> 8) & 0xf);
            *out++ = hexDigit((u >> 4) & 0xf);
            *out++ = hexDigit(u & 0xf);
        }
    }
    *out++ = '"';
    done(out);
}
