#include "Rfc3339.h"

#include <QRegularExpression>

#include <optional>

QString Rfc3339::format(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime Rfc3339::wholeSeconds(const QDateTime &time)
{
    return time.isValid() ? QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC)
                          : QDateTime();
}

namespace {
int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// The form the server writes, "2026-11-23T10:15:00Z", read without the regular expressions and
// QDateTime::fromString below (about 20 times the cost; a token page holds 3 000 times).
// nullopt for anything else, including dates and times out of range: parse() decides those.
std::optional<QDateTime> parseCommonForm(QStringView text)
{
    if (text.size() != 20 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' ||
        text[13] != u':' || text[16] != u':' || text[19] != u'Z')
        return std::nullopt;
    const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2),
              hour = digits(text, 11, 2), minute = digits(text, 14, 2),
              second = digits(text, 17, 2);
    if (year < 1 || month < 1 || month > 12 || day < 1 ||
        day > QDate(year, month, 1).daysInMonth() || hour < 0 || hour > 23 || minute < 0 ||
        minute > 59 || second < 0 || second > 59)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(Rfc3339::daysFromCivil(year, month, day) * 86400 +
                                             qint64(hour) * 3600 + qint64(minute) * 60 + second,
                                         Qt::UTC);
}
} // namespace

QDateTime Rfc3339::parse(const QString &text)
{
    if (const std::optional<QDateTime> common = parseCommonForm(text))
        return *common;
    // Qt's ISO parser accepts times without an offset (local time); RFC 3339 does not. ASCII
    // digits only: \d would also match other scripts' digits.
    static const QRegularExpression shape(
        QStringLiteral(
            R"(^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (!shape.match(text).hasMatch())
        return {};
    QString normalized = text.toUpper();
    // Qt parses at most millisecond precision.
    static const QRegularExpression longFraction(QStringLiteral(R"((\.[0-9]{3})[0-9]+)"));
    normalized.replace(longFraction, QStringLiteral("\\1"));
    QDateTime parsed = QDateTime::fromString(normalized, Qt::ISODateWithMs).toUTC();
    // An offset can carry 0001-01-01 or 9999-12-31 out of the four-digit years (found by
    // fuzz_rfc3339: format() would write a time parse() refuses).
    if (!parsed.isValid() || parsed.date().year() < 1 || parsed.date().year() > 9999)
        return {};
    return parsed;
}

// H. Hinnant's days_from_civil and civil_from_days.
qint64 Rfc3339::daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = year - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
}

Rfc3339::CivilDate Rfc3339::civilFromDays(qint64 daysSinceEpoch)
{
    const qint64 days = daysSinceEpoch + 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned dayOfEra = unsigned(days - era * 146097);
    const unsigned yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned shifted = (5 * dayOfYear + 2) / 153;
    CivilDate date;
    date.day = dayOfYear - (153 * shifted + 2) / 5 + 1;
    date.month = shifted < 10 ? shifted + 3 : shifted - 9;
    date.year = qint64(yearOfEra) + era * 400 + (date.month <= 2 ? 1 : 0);
    return date;
}

namespace {
char *twoDigits(char *out, unsigned value)
{
    *out++ = char('0' + value / 10);
    *out++ = char('0' + value % 10);
    return out;
}
} // namespace

bool Rfc3339::writeSeconds(qint64 secsSinceEpoch, char *out)
{
    qint64 days = secsSinceEpoch / 86400;
    qint64 rest = secsSinceEpoch % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    const CivilDate date = civilFromDays(days);
    if (date.year < 0 || date.year > 9999)
        return false;
    out = twoDigits(out, unsigned(date.year / 100));
    out = twoDigits(out, unsigned(date.year % 100));
    *out++ = '-';
    out = twoDigits(out, date.month);
    *out++ = '-';
    out = twoDigits(out, date.day);
    *out++ = 'T';
    out = twoDigits(out, unsigned(rest / 3600));
    *out++ = ':';
    out = twoDigits(out, unsigned(rest / 60 % 60));
    *out++ = ':';
    out = twoDigits(out, unsigned(rest % 60));
    *out = 'Z';
    return true;
}
