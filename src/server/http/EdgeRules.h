#pragma once

#include "ApiResponse.h"
#include "HostAllowList.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// What the transport answers itself, whichever HTTP engine carries the request: 421 for a host
// that is not allowed, 415 for a body that is not JSON; and the path as the access log may
// show it.
class EdgeRules
{
public:
    // host: the Host field, or an absolute-form target's authority.
    static std::optional<ApiResponse> refusal(const HostAllowList &hosts, const QByteArray &host,
                                              QByteArrayView contentType, bool hasBody);
    // Percent-encoded path with any secret a client pasted into it redacted.
    static QByteArray logPath(const QString &encodedPath);

    EdgeRules() = delete;
};
