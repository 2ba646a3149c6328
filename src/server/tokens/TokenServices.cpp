#include "TokenServices.h"

#include "TokenRules.h"

TokenServices::TokenServices(Store &store, const Clock &clock, const TokenRules &rules,
                             int sessionHours)
    : rules(rules), auth(store, clock, sessionHours), gate(store, auth, rules.policy(), clock),
      access(store, auth), lifecycle(store, rules, clock), queries(store, clock), activity(store),
      leaks(store, auth, clock), demoItems(store, clock)
{}
