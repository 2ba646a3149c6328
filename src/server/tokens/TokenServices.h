#pragma once

#include "AccessResolver.h"
#include "ApiTokenGate.h"
#include "Auth.h"
#include "DemoItems.h"
#include "LeakResponse.h"
#include "TokenActivity.h"
#include "TokenLifecycle.h"
#include "TokenQueries.h"

class Clock;
class Store;
class TokenRules;

// The server's services over one Store, one Clock and one set of rules, wired once: used by
// TokenDeskServer, the fuzz targets and the services' own tests.
struct TokenServices
{
    TokenServices(Store &store, const Clock &clock, const TokenRules &rules, int sessionHours);
    TokenServices(const TokenServices &) = delete;
    TokenServices &operator=(const TokenServices &) = delete;

    const TokenRules &rules;
    Auth auth;
    ApiTokenGate gate;
    AccessResolver access;
    TokenLifecycle lifecycle;
    TokenQueries queries;
    TokenActivity activity;
    LeakResponse leaks;
    DemoItems demoItems;
};
