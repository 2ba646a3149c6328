#pragma once

#include "ServerConfig.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class AccountEndpoints;
class ApiRoutes;
class Clock;
class DocsEndpoints;
class ResourceEndpoints;
class Router;
class Store;
class TokenEndpoints;
class TokenRules;
struct TokenServices;

// One server instance: database, authentication, endpoints and the HTTP listener. Used by the
// tokendesk-server executable and, in-process, by tests.
class TokenDeskServer : public QObject
{
    Q_OBJECT
public:
    explicit TokenDeskServer(ServerConfig config, QObject *parent = nullptr);
    ~TokenDeskServer() override;
    Q_DISABLE_COPY(TokenDeskServer)

    // Opens the database (creating/migrating it). Separate from listen() so admin commands
    // can use the store without serving.
    bool openDatabase(QString *error);
    // Starts listening; the bound port is port() afterwards.
    bool listen(QString *error);
    // Closes the listener and every connection, then checkpoints and closes the database.
    void close();

    Store &store();
    quint16 port() const { return m_port; }
    QUrl url() const;

private:
    ServerConfig m_config;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TokenRules> m_rules;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<TokenServices> m_services;
    std::unique_ptr<ApiRoutes> m_routes; // outlives m_router, which serves it
    Router *m_router = nullptr;          // child QObject
    QObject *m_mhd = nullptr;            // MhdRouter, measured against Router
    std::unique_ptr<AccountEndpoints> m_accountEndpoints;
    std::unique_ptr<TokenEndpoints> m_tokenEndpoints;
    std::unique_ptr<ResourceEndpoints> m_resourceEndpoints;
    std::unique_ptr<DocsEndpoints> m_docsEndpoints;
    quint16 m_port = 0;
};
