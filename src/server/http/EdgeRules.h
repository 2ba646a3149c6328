#pragma once

#include "ApiResponse.h"
#include "HostAllowList.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QString>

#include <optional>

// What the transport decides itself, whichever HTTP engine carries the request: 421 for a host
// that is not allowed, 415 for a body that is not JSON, the time limits of heads and bodies; and
// the path as the access log may show it.
class EdgeRules
{
public:
    // Slowloris sends a header line every few seconds; a real client sends its head at once.
    static constexpr int HeadTimeoutMs = 10 * 1000;
    // A slow body holds its connection just as long; a real one arrives far faster than this.
    static constexpr int BodyGraceMs = 5 * 1000;
    static constexpr qint64 MinBodyBytesPerSecond = 4 * 1024;
    // How long a body of bodyBytes may take to arrive, at most capMs.
    static int bodyDeadlineMs(qint64 bodyBytes, int capMs);

    // host: the Host field, or an absolute-form target's authority.
    static std::optional<ApiResponse> refusal(const HostAllowList &hosts, const QByteArray &host,
                                              QByteArrayView contentType, bool hasBody);
    // Whom the per-address connection cap counts as one client: an IPv4 address, or an IPv6
    // /64 (one host usually holds a whole /64).
    static QByteArray addressKey(const QHostAddress &peer);
    // Each connection is a file descriptor, and so is each refused one for a moment; a default
    // soft limit of 1024 would make a cap of 1000 unreachable, so raise it as far as allowed.
    static void raiseDescriptorLimit(int maxConnections);
    // Percent-encoded path with any secret a client pasted into it redacted.
    static QByteArray logPath(const QString &encodedPath);

    EdgeRules() = delete;
};
