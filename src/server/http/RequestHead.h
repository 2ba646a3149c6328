#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// What the edge must know of one complete request head (request line and header fields) before
// the engine parses it: whether RFC 9112 allows it at all, how its body is framed, whether the
// client waits for "100 Continue", and the authority of an absolute-form target.
class RequestHead
{
public:
    enum class Verdict
    {
        Accept,
        Drop,               // ambiguous framing (request smuggling): close without an answer
        BadRequest,         // 400
        VersionUnsupported, // 505
    };

    static RequestHead parse(QByteArrayView head);

    Verdict verdict() const { return m_verdict; }
    QString problem() const { return m_problem; } // why, for a 400
    bool chunked() const { return m_chunked; }
    qint64 contentLength() const { return m_contentLength; } // -1: none
    bool expectsContinue() const { return m_expectContinue; }
    // host[:port] of "GET http://host[:port]/path HTTP/1.1"; empty for the origin form. RFC 9112
    // makes it, not the Host field, the host the request is for.
    QByteArray absoluteAuthority() const { return m_authority; }

private:
    bool parseRequestLine(QByteArrayView line);
    bool parseField(QByteArrayView line, int *hosts, QByteArrayView *contentLength,
                    QByteArrayView *transferEncoding);
    bool reject(Verdict verdict, const QString &problem);

    Verdict m_verdict = Verdict::Accept;
    QString m_problem;
    bool m_chunked = false;
    qint64 m_contentLength = -1;
    bool m_expectContinue = false;
    bool m_http11 = true;
    QByteArray m_authority;
};
