#include "HttpWire.h"

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 421:
        return "Misdirected Request";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}
} // namespace

QByteArray HttpWire::serialize(const ApiResponse &response, bool closeConnection, bool https)
{
    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) +
           "\r\n";
    out += "Cache-Control: no-store\r\n";
    if (https)
        out += "Strict-Transport-Security: max-age=31536000\r\n";
    if (!response.body.isEmpty())
        out += "Content-Type: application/json\r\n";
    for (const auto &header : response.headers)
        out += header.first + ": " + header.second + "\r\n";
    if (closeConnection)
        out += "Connection: close\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    out += response.body;
    return out;
}
