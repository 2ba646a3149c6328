#include "CommandFactory.h"

#include "AuthCommand.h"
#include "CliContext.h"
#include "CommandLine.h"
#include "CompletionCommand.h"
#include "TeamCommand.h"
#include "TokenCheckCommand.h"
#include "TokenCreateCommand.h"
#include "TokenListCommand.h"
#include "TokenRevokeCommand.h"
#include "TokenSecretCommand.h"

CliCommand *CommandFactory::create(CliContext &context, QObject *parent)
{
    const QString name = context.line.command().name;
    if (name.startsWith(QLatin1String("auth ")))
        return new AuthCommand(context, parent);
    if (name == QLatin1String("token list") || name == QLatin1String("token show"))
        return new TokenListCommand(context, parent);
    if (name == QLatin1String("token create") || name == QLatin1String("token rotate"))
        return new TokenCreateCommand(context, parent);
    if (name == QLatin1String("token revoke"))
        return new TokenRevokeCommand(context, parent);
    if (name == QLatin1String("token secret"))
        return new TokenSecretCommand(context, parent);
    if (name == QLatin1String("token check"))
        return new TokenCheckCommand(context, parent);
    if (name == QLatin1String("completion"))
        return new CompletionCommand(context, parent);
    return new TeamCommand(context, parent); // team list, activity
}
