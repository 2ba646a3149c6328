#include "RequestHead.h"

namespace {
QByteArrayView withoutCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t';
}

// RFC 9110 token characters: what a field name may be made of.
bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}
} // namespace

bool RequestHead::reject(Verdict verdict, const QString &problem)
{
    m_verdict = verdict;
    m_problem = problem;
    return false;
}

RequestHead RequestHead::parse(QByteArrayView head)
{
    RequestHead parsed;
    qsizetype start = head.indexOf('\n');
    if (start < 0 || !parsed.parseRequestLine(withoutCr(head.first(start))))
        return parsed;
    ++start;
    int hosts = 0;
    QByteArrayView contentLength;
    QByteArrayView transferEncoding;
    while (start < head.size()) {
        const qsizetype end = head.indexOf('\n', start);
        const QByteArrayView line =
            withoutCr(head.sliced(start, (end < 0 ? head.size() : end) - start));
        start = end < 0 ? head.size() : end + 1;
        if (line.isEmpty())
            break; // the blank line that ends the head
        if (!parsed.parseField(line, &hosts, &contentLength, &transferEncoding))
            return parsed;
    }
    // Without exactly one Host an HTTP/1.1 server cannot know which site is meant; a second
    // one is how a request reaches a host the first would not be allowed for.
    if (hosts > 1) {
        parsed.reject(Verdict::BadRequest, QStringLiteral("More than one Host field."));
        return parsed;
    }
    if (!transferEncoding.isEmpty()) {
        // Two framings are how requests get smuggled past a parser.
        if (transferEncoding.compare("chunked", Qt::CaseInsensitive) != 0 ||
            !contentLength.isEmpty()) {
            parsed.reject(Verdict::Drop, {});
            return parsed;
        }
        parsed.m_chunked = true;
    } else if (!contentLength.isEmpty()) {
        bool ok = false;
        parsed.m_contentLength = contentLength.toLongLong(&ok);
        if (!ok || parsed.m_contentLength < 0) {
            parsed.reject(Verdict::Drop, {});
            return parsed;
        }
    }
    // HTTP/1.0 clients do not wait for 100 Continue (RFC 9110 10.1.1).
    parsed.m_expectContinue = parsed.m_expectContinue && parsed.m_http11;
    return parsed;
}

bool RequestHead::parseRequestLine(QByteArrayView line)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1)
        return reject(Verdict::BadRequest, QStringLiteral("Malformed request line."));
    const QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(lastSpace + 1);
    if (target.contains(' '))
        return reject(Verdict::BadRequest, QStringLiteral("Malformed request line."));
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        const bool wellFormed = version.size() == 8 && version.startsWith("HTTP/") &&
                                QChar::isDigit(version[5]) && version[6] == '.' &&
                                QChar::isDigit(version[7]);
        return wellFormed ? reject(Verdict::VersionUnsupported,
                                   QStringLiteral("Only HTTP/1.0 and HTTP/1.1 are served."))
                          : reject(Verdict::BadRequest, QStringLiteral("Malformed HTTP version."));
    }
    m_http11 = version == "HTTP/1.1";
    for (const QByteArrayView scheme : {QByteArrayView("http://"), QByteArrayView("https://")}) {
        if (target.size() <= scheme.size() ||
            target.first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0)
            continue;
        const QByteArrayView rest = target.sliced(scheme.size());
        qsizetype end = 0;
        while (end < rest.size() && rest[end] != '/' && rest[end] != '?' && rest[end] != '#')
            ++end;
        if (end == 0 || rest.first(end).contains('@'))
            return reject(Verdict::BadRequest, QStringLiteral("Malformed absolute-form target."));
        m_authority = rest.first(end).toByteArray();
    }
    return true;
}

bool RequestHead::parseField(QByteArrayView line, int *hosts, QByteArrayView *contentLength,
                             QByteArrayView *transferEncoding)
{
    // obs-fold: a field value continued on the next line (RFC 9112 5.2).
    if (isWhitespace(line.front()))
        return reject(Verdict::BadRequest, QStringLiteral("Folded header lines are not allowed."));
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return reject(Verdict::BadRequest, QStringLiteral("A header line without a name."));
    const QByteArrayView name = line.first(colon);
    // "Content-Length : 5": RFC 9112 5.1 demands a 400, since proxies read it differently.
    for (const char c : name) {
        if (!isTokenChar(c))
            return reject(Verdict::BadRequest, isWhitespace(c)
                                                   ? QStringLiteral("Whitespace before a colon.")
                                                   : QStringLiteral("Malformed header name."));
    }
    const QByteArrayView value = line.sliced(colon + 1).trimmed();
    if (name.compare("host", Qt::CaseInsensitive) == 0) {
        ++*hosts;
        return true;
    }
    if (name.compare("expect", Qt::CaseInsensitive) == 0) {
        m_expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        return true;
    }
    QByteArrayView *field = name.compare("content-length", Qt::CaseInsensitive) == 0 ? contentLength
                            : name.compare("transfer-encoding", Qt::CaseInsensitive) == 0
                                ? transferEncoding
                                : nullptr;
    if (!field)
        return true;
    if (!field->isEmpty() && *field != value)
        return reject(Verdict::Drop, {});
    *field = value;
    return true;
}
