#include "ServerConfig.h"

Policy ServerConfig::defaultPolicy()
{
    Policy policy;
    policy.scopes = {
        {QStringLiteral("read"), QStringLiteral("Read resources and introspect the token")},
        {QStringLiteral("write"), QStringLiteral("Create and change resources")}};
    policy.maxLifetimeDays = 365;
    policy.allowNoExpiry = false;
    policy.defaultLifetimeDays = 30;
    policy.freePlanEndpoints = {{QStringLiteral("GET"), QStringLiteral("/api/v1/token")},
                                {QStringLiteral("GET"), QStringLiteral("/api/v1/demo/items")}};
    return policy;
}
