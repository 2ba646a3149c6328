#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "ApiRoutes.h"
#include "HostAllowList.h"
#include "Router.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

class MhdConnections;
class QSocketNotifier;
struct MHD_Connection;
struct MHD_Daemon;
struct MhdExchange;

// The same transport as Router on libmicrohttpd instead of QHttpServer: MHD runs without a
// thread of its own, its epoll descriptor watched on the Qt event loop, so handlers run on the
// event-loop thread as with Router; staged routes suspend their connection while the worker
// pool runs their work, and MHD answers each connection's requests in order. MhdConnections
// keeps the connection limits MHD has no option for. MHD itself parses and frames requests, so
// no limit depends on the order of anyone's slots. Where Debian's MHD 0.9.75 answers a
// malformed request itself (a head over its memory limit, an unknown HTTP version), its answer
// is MHD's, not JSON; it joins folded header lines (RFC 9112 5.2 allows that instead of a 400);
// it answers a Content-Length over the limit only once the body is dropped (or 1 MiB of it); and
// MHD says nothing of a head begun but not complete, so such a connection counts as idle.
class MhdRouter : public QObject
{
    Q_OBJECT
public:
    explicit MhdRouter(const ApiRoutes &routes, QObject *parent = nullptr);
    ~MhdRouter() override;
    Q_DISABLE_COPY(MhdRouter)

    quint16 serve(const Router::Listen &listen, QString *error);

    // MHD's access handler: true for MHD_YES.
    bool request(MHD_Connection *connection, const char *url, const char *method,
                 const char *uploadData, size_t *uploadDataSize, MhdExchange **state);
    // The connections' limits; null before serve().
    MhdConnections *connections() const { return m_connections; }

private:
    // The first call for a request: its head is read, its body not yet.
    bool begin(MHD_Connection *connection, const char *url, const char *method,
               MhdExchange **state);
    bool respond(MHD_Connection *connection, MhdExchange *exchange, const ApiResponse &response);
    // Lets MHD do what is due, then waits for the next event or timeout.
    void poll();

    const ApiRoutes &m_routes;
    MHD_Daemon *m_daemon = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    MhdConnections *m_connections = nullptr;
    QTimer m_timer;
    QThreadPool m_workers;
    HostAllowList m_hosts;
    TrustedProxies m_trusted;
    bool m_https = false;
    QByteArray m_certificatePem;
    QByteArray m_keyPem; // wiped once the daemon has read it
};
