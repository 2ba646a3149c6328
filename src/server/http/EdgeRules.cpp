#include "EdgeRules.h"

#include "TrustedProxies.h"

#include <QRegularExpression>

#include <sys/resource.h>

std::optional<ApiResponse> EdgeRules::refusal(const HostAllowList &hosts, const QByteArray &host,
                                              QByteArrayView contentType, bool hasBody)
{
    // A page on another site can reach a local server under its own name by DNS rebinding;
    // its requests carry that name as Host.
    if (!hosts.allows(host))
        return ApiResponse::error(421, QStringLiteral("misdirected_request"),
                                  QStringLiteral("This server does not answer for that host "
                                                 "name (see --allowed-host)."));
    // A cross-site form can post text/plain without a preflight; JSON it cannot.
    if (hasBody) {
        const qsizetype semicolon = contentType.indexOf(';');
        const QByteArrayView media =
            (semicolon < 0 ? contentType : contentType.first(semicolon)).trimmed();
        if (media.compare("application/json", Qt::CaseInsensitive) != 0)
            return ApiResponse::error(415, QStringLiteral("unsupported_media_type"),
                                      QStringLiteral("A request body must be "
                                                     "Content-Type: application/json."));
    }
    return std::nullopt;
}

QByteArray EdgeRules::logPath(const QString &encodedPath)
{
    // A client may paste a secret into a URL by mistake; the log must not keep it.
    static const QRegularExpression secret(QStringLiteral("(td[ks]_)[A-Za-z0-9]+"));
    return QString(encodedPath).replace(secret, QStringLiteral("\\1[redacted]")).toUtf8();
}

int EdgeRules::bodyDeadlineMs(qint64 bodyBytes, int capMs)
{
    return static_cast<int>(
        qMin<qint64>(capMs, BodyGraceMs + bodyBytes * 1000 / MinBodyBytesPerSecond));
}

QByteArray EdgeRules::addressKey(const QHostAddress &peer)
{
    const QHostAddress address = TrustedProxies::normalized(peer);
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address.toString().toLatin1();
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    return QByteArray(reinterpret_cast<const char *>(bytes.c), 8).toHex();
}

void EdgeRules::raiseDescriptorLimit(int maxConnections)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    const rlim_t target =
        qMin<rlim_t>(limit.rlim_max, static_cast<rlim_t>(maxConnections) * 2 + 256);
    if (limit.rlim_cur < target) {
        limit.rlim_cur = target;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}
