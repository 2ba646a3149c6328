#include "JsonWriter.h"

#include "Rfc3339.h"

#include <cstring>

namespace {
char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

// An ASCII character JSON escapes: '"', '\\' or a control character.
char *escapeAscii(char *out, unsigned c)
{
    *out++ = '\\';
    switch (c) {
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
        *out++ = hexDigit(c >> 4);
        *out++ = hexDigit(c & 0xf);
    }
    return out;
}

// \uxxxx for a UTF-16 unit (a lone surrogate).
char *escapeUnit(char *out, char16_t u)
{
    *out++ = '\\';
    *out++ = 'u';
    *out++ = hexDigit((u >> 12) & 0xf);
    *out++ = hexDigit((u >> 8) & 0xf);
    *out++ = hexDigit((u >> 4) & 0xf);
    *out++ = hexDigit(u & 0xf);
    return out;
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
    if (msecs % 1000 != 0 || !appendTime(secs))
        string(Rfc3339::format(time)); // what Qt writes out there
    m_needComma = true;
}

void JsonWriter::timeOrNull(std::optional<qint64> secsSinceEpoch)
{
    if (!secsSinceEpoch) {
        null();
        return;
    }
    if (!appendTime(*secsSinceEpoch))
        string(Rfc3339::format(QDateTime::fromSecsSinceEpoch(*secsSinceEpoch, Qt::UTC)));
    m_needComma = true;
}

bool JsonWriter::appendTime(qint64 secs)
{
    char buffer[Rfc3339::FormLength + 2];
    buffer[0] = '"';
    if (!Rfc3339::writeSeconds(secs, buffer + 1))
        return false;
    buffer[Rfc3339::FormLength + 1] = '"';
    appendRaw(buffer, sizeof buffer);
    return true;
}

void JsonWriter::raw(QByteArrayView json)
{
    appendRaw(json.data(), json.size());
    m_needComma = true;
}

void JsonWriter::utf8Words(QByteArrayView spaceSeparated)
{
    beginArray();
    qsizetype start = 0;
    const qsizetype size = spaceSeparated.size();
    while (start < size) {
        qsizetype end = start;
        while (end < size && spaceSeparated[end] != ' ')
            ++end;
        if (end > start)
            utf8String(spaceSeparated.sliced(start, end - start));
        start = end + 1;
    }
    endArray();
}

void JsonWriter::utf8String(QByteArrayView text)
{
    // At most 6 bytes out per byte in (a control character as \u00xx; a 3-byte surrogate as 6,
    // one malformed byte as U+FFFD's 3), plus the quotes.
    char *out = separated(text.size() * 6 + 2);
    *out++ = '"';
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const unsigned char *const end = p + text.size();
    const auto continuation = [&](qsizetype ahead) {
        return end - p > ahead && (p[ahead] & 0xc0) == 0x80;
    };
    while (p != end) {
        const unsigned char c = *p;
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            *out++ = char(c);
            ++p;
            continue;
        }
        if (c < 0x80) {
            out = escapeAscii(out, c);
            ++p;
            continue;
        }
        // Well-formed sequences are copied; the checks follow the UTF-8 table (RFC 3629).
        qsizetype length = 0;
        if (c >= 0xc2 && c <= 0xdf && continuation(1)) {
            length = 2;
        } else if (c >= 0xe0 && c <= 0xef && continuation(1) && continuation(2)) {
            const unsigned char second = p[1];
            if (c == 0xed && second >= 0xa0) {
                // A surrogate: escaped, as string() escapes a lone one.
                const char16_t unit =
                    char16_t(((c & 0x0f) << 12) | ((second & 0x3f) << 6) | (p[2] & 0x3f));
                out = escapeUnit(out, unit);
                p += 3;
                continue;
            }
            if (c != 0xe0 || second >= 0xa0)
                length = 3;
        } else if (c >= 0xf0 && c <= 0xf4 && continuation(1) && continuation(2) &&
                   continuation(3)) {
            const unsigned char second = p[1];
            if ((c != 0xf0 || second >= 0x90) && (c != 0xf4 || second < 0x90))
                length = 4;
        }
        if (length == 0) {
            *out++ = char(0xef); // U+FFFD for a byte that starts no well-formed sequence
            *out++ = char(0xbf);
            *out++ = char(0xbd);
            ++p;
            continue;
        }
        std::memcpy(out, p, size_t(length));
        out += length;
        p += length;
    }
    *out++ = '"';
    done(out);
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
            if (u >= 0x20 && u != '"' && u != '\\')
                *out++ = char(u);
            else
                out = escapeAscii(out, u);
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
            out = escapeUnit(out, u);
        }
    }
    *out++ = '"';
    done(out);
}
