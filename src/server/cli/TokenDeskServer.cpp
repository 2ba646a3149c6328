#include "TokenDeskServer.h"

#include "AccountEndpoints.h"
#include "ApiRoutes.h"
#include "DocsEndpoints.h"
#include "MhdRouter.h"
#include "ResourceEndpoints.h"
#include "Router.h"
#include "Store.h"
#include "SystemClock.h"
#include "TlsSettings.h"
#include "TokenEndpoints.h"
#include "TokenRules.h"
#include "TokenServices.h"

TokenDeskServer::TokenDeskServer(ServerConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_store(std::make_unique<Store>()),
      m_rules(std::make_unique<TokenRules>(m_config.policy)),
      m_clock(std::make_unique<SystemClock>()),
      m_services(
          std::make_unique<TokenServices>(*m_store, *m_clock, *m_rules, m_config.sessionHours)),
      m_routes(std::make_unique<ApiRoutes>()), m_router(new Router(*m_routes, this))
{
    m_accountEndpoints =
        std::make_unique<AccountEndpoints>(*m_routes, *m_store, m_services->auth, *m_rules);
    m_tokenEndpoints = std::make_unique<TokenEndpoints>(*m_routes, *m_services);
    m_resourceEndpoints = std::make_unique<ResourceEndpoints>(*m_routes, *m_services);
    m_docsEndpoints = std::make_unique<DocsEndpoints>(*m_routes);
}

TokenDeskServer::~TokenDeskServer()
{
    // Before the routes and the services its worker pool may still be running for.
    delete m_router;
    delete m_mhd;
}

Store &TokenDeskServer::store()
{
    return *m_store;
}

bool TokenDeskServer::openDatabase(QString *error)
{
    return m_store->open(m_config.database, error);
}

bool TokenDeskServer::listen(QString *error)
{
    Router::Listen listen;
    listen.address = m_config.address;
    listen.port = m_config.port;
    listen.maxConnections = m_config.maxConnections;
    listen.maxConnectionsPerAddress = m_config.maxConnectionsPerAddress;
    for (const QString &cidr : std::as_const(m_config.trustedProxies))
        listen.trustedProxies.add(cidr); // checked by ServerCommandLine
    listen.allowedHosts = m_config.allowedHosts;
    if (!m_config.tlsCertificatePath.isEmpty()) {
        listen.tls = TlsSettings::load(m_config.tlsCertificatePath, m_config.tlsKeyPath,
                                       m_config.tlsKeyPasswordPath, error);
        if (!listen.tls)
            return false;
    }
    if (qEnvironmentVariable("TOKENDESK_HTTP_ENGINE") == QLatin1String("mhd")) {
        auto *mhd = new MhdRouter(*m_routes, this);
        m_mhd = mhd;
        m_port = mhd->serve(listen, error);
        return m_port != 0;
    }
    m_port = m_router->serve(listen, error);
    return m_port != 0;
}

void TokenDeskServer::close()
{
    // The Router owns the listening sockets and, through them, the client connections.
    delete m_router;
    m_router = nullptr;
    delete m_mhd;
    m_mhd = nullptr;
    m_store->close();
}

QUrl TokenDeskServer::url() const
{
    QUrl url;
    url.setScheme(m_config.tlsCertificatePath.isEmpty() ? QStringLiteral("http")
                                                        : QStringLiteral("https"));
    url.setHost(m_config.address.toString());
    url.setPort(m_port);
    return url;
}
