#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

// One HTTP request as the endpoints see it, free of any QHttpServer type.
struct ApiRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray authorization; // the Authorization header value, empty when absent
    QByteArray body;
    QHostAddress peer; // the TCP peer: the client, or a reverse proxy in front of it
    // The client as the edge determined it: the peer, or a trusted proxy's X-Forwarded-For.
    QHostAddress client;
    QByteArray userAgent; // the User-Agent header, at most RequestLimits::MaxUserAgentBytes
    QStringList args;     // path segments matched by "{}" in the route pattern
};
