#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Every way a call can fail, with a message a person can act on. The server produces the Http
// kind (JSON body {"error":{code,message,field}}); the client adds the transport kinds.
struct ApiError
{
    enum class Kind
    {
        Http, // the server answered with an error status
        ConnectionRefused,
        HostNotFound,
        Timeout,
        Tls,
        Network,         // any other transport failure
        InvalidResponse, // not JSON, or not the JSON we expect
        InsecureUrl,     // http:// to a non-loopback host
        TooLarge,        // the answer was bigger than the client accepts (aborted)
        Cancelled,
    };

    Kind kind = Kind::Http;
    int httpStatus = 0;
    QString code;    // machine code, e.g. "name_taken"
    QString message; // human text
    QString field;   // offending request field, if any

    bool isUnauthenticated() const { return kind == Kind::Http && httpStatus == 401; }
    // {"error":{...}} as the server sends it.
    QJsonObject toJson() const;
    // Parses an error body; nullopt when it is not the documented shape.
    static std::optional<ApiError> fromResponse(int httpStatus, const QByteArray &body);
    static ApiError http(int status, const QString &code, const QString &message,
                         const QString &field = {});
};
