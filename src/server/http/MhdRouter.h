#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "ApiRoutes.h"
#include "HostAllowList.h"
#include "Router.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

class QSocketNotifier;
struct MHD_Connection;
struct MHD_Daemon;
struct MhdExchange;

// The same transport as Router on libmicrohttpd instead of QHttpServer: MHD runs without a
// thread of its own, its epoll descriptor watched on the Qt event loop, so handlers run on the
// event-loop thread as with Router; staged routes suspend their connection while the worker
// pool runs their work.
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

private:
    bool respond(MHD_Connection *connection, MhdExchange *exchange, const ApiResponse &response);
    // Lets MHD do what is due, then waits for the next event or timeout.
    void poll();

    const ApiRoutes &m_routes;
    MHD_Daemon *m_daemon = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_timer;
    QThreadPool m_workers;
    HostAllowList m_hosts;
    TrustedProxies m_trusted;
    bool m_https = false;
};
