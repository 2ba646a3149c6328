#pragma once

#include "ApiResponse.h"

#include <QByteArray>

// An ApiResponse as HTTP/1.1 bytes on the wire. Used by Router and its connection guard, so
// every answer — routed or refused before parsing — has the same headers.
class HttpWire
{
public:
    // closeConnection adds "Connection: close"; https adds Strict-Transport-Security.
    static QByteArray serialize(const ApiResponse &response, bool closeConnection, bool https);

    HttpWire() = delete;
};
