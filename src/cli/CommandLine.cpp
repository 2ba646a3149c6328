#include "CommandLine.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}
} // namespace

QStringList CommandLine::globalOptions()
{
    return {QStringLiteral("json"), QStringLiteral("server"), QStringLiteral("exact-times"),
            QStringLiteral("help")};
}

QStringList CommandLine::valueOptions()
{
    return {
        QStringLiteral("server"),          QStringLiteral("username"),   QStringLiteral("team"),
        QStringLiteral("expiring-within"), QStringLiteral("unused-for"), QStringLiteral("sort"),
        QStringLiteral("expires"),         QStringLiteral("scope"),      QStringLiteral("grace")};
}

QList<QCommandLineOption> CommandLine::options()
{
    return {
        {QStringLiteral("json"), tr("Print a JSON object (stable, documented) instead of text.")},
        {QStringLiteral("server"),
         tr("The account's server (default: TOKENDESK_SERVER, else the last one signed in to)."),
         QStringLiteral("url")},
        {QStringLiteral("exact-times"), tr("Show exact dates and times, not \"in 3 days\".")},
        {{QStringLiteral("h"), QStringLiteral("help")}, tr("Show help for the command.")},
        {QStringLiteral("username"), tr("The user to sign in as."), QStringLiteral("name")},
        {QStringLiteral("password-stdin"), tr("Read the password from standard input.")},
        {QStringLiteral("team"), tr("A team's tokens instead of your own."),
         QStringLiteral("team")},
        {QStringLiteral("expiring-within"), tr("Only tokens expiring within this time (7d)."),
         QStringLiteral("duration")},
        {QStringLiteral("unused-for"), tr("Only tokens not used for this time (90d)."),
         QStringLiteral("duration")},
        {QStringLiteral("sort"), tr("Sort by name, created, expires or last-used."),
         QStringLiteral("key")},
        {QStringLiteral("expires"), tr("30d, 12h, a date (2027-03-01) or never."),
         QStringLiteral("when")},
        {QStringLiteral("scope"), tr("Scopes, separated by commas (read,write)."),
         QStringLiteral("scopes")},
        {QStringLiteral("grace"), tr("How long the old secret keeps working (1h, 24h)."),
         QStringLiteral("duration")},
        {QStringLiteral("save"), tr("Also save the new secret in the system keychain.")},
        {{QStringLiteral("y"), QStringLiteral("yes")}, tr("Do not ask for confirmation.")},
    };
}

QList<CommandLine::Command> CommandLine::commands()
{
    const QString team = QStringLiteral("team");
    return {
        {QStringLiteral("auth login"),
         {},
         tr("Sign in and keep the session in the keychain."),
         {QStringLiteral("username"), QStringLiteral("password-stdin")},
         {QStringLiteral("tokendesk-cli auth login --server https://tokens.example.com"),
          QStringLiteral("pass show tokendesk | tokendesk-cli auth login --username alice "
                         "--password-stdin")}},
        {QStringLiteral("auth status"),
         {},
         tr("Show who is signed in, where and how."),
         {},
         {QStringLiteral("tokendesk-cli auth status --json")}},
        {QStringLiteral("auth logout"),
         {},
         tr("End the session and forget it."),
         {},
         {QStringLiteral("tokendesk-cli auth logout")}},
        {QStringLiteral("auth switch"),
         QStringLiteral("[USER@SERVER]"),
         tr("List the accounts, or make one the current account."),
         {},
         {QStringLiteral("tokendesk-cli auth switch"),
          QStringLiteral("tokendesk-cli auth switch alice@tokens.example.com")}},
        {QStringLiteral("token list"),
         {},
         tr("List tokens."),
         {team, QStringLiteral("expiring-within"), QStringLiteral("unused-for"),
          QStringLiteral("sort")},
         {QStringLiteral("tokendesk-cli token list --expiring-within 7d"),
          QStringLiteral("tokendesk-cli token list --team platform --unused-for 90d --json")}},
        {QStringLiteral("token show"),
         QStringLiteral("NAME|ID"),
         tr("Show one token."),
         {team},
         {QStringLiteral("tokendesk-cli token show ci-deploy")}},
        {QStringLiteral("token create"),
         QStringLiteral("NAME"),
         tr("Create a token; its secret is printed once, alone, on standard output."),
         {QStringLiteral("expires"), QStringLiteral("scope"), team, QStringLiteral("save")},
         {QStringLiteral("tokendesk-cli token create ci-deploy --expires 30d --scope read"),
          QStringLiteral("tokendesk-cli token create nightly --expires 2027-03-01 --scope "
                         "read,write --team data --save")}},
        {QStringLiteral("token rotate"),
         QStringLiteral("NAME|ID"),
         tr("Replace a token's secret; the new one is printed once on standard output."),
         {QStringLiteral("grace"), team, QStringLiteral("save")},
         {QStringLiteral("tokendesk-cli token rotate ci-deploy --grace 1h")}},
        {QStringLiteral("token revoke"),
         QStringLiteral("NAME|ID..."),
         tr("Revoke tokens (asks first unless --yes)."),
         {QStringLiteral("unused-for"), team, QStringLiteral("yes")},
         {QStringLiteral("tokendesk-cli token revoke old-ci"),
          QStringLiteral("tokendesk-cli token revoke --unused-for 90d --yes")}},
        {QStringLiteral("token check"),
         {},
         tr("Check a token read from standard input: its format, and whose it is."),
         {},
         {QStringLiteral("tokendesk-cli token check < leaked.txt")}},
        {QStringLiteral("token secret"),
         QStringLiteral("NAME|ID"),
         tr("Print a secret saved in the system keychain."),
         {team},
         {QStringLiteral("export API_TOKEN=$(tokendesk-cli token secret ci-deploy)")}},
        {QStringLiteral("team list"),
         {},
         tr("List your teams and your role in each."),
         {},
         {QStringLiteral("tokendesk-cli team list")}},
        {QStringLiteral("activity"),
         {},
         tr("Show the activity log."),
         {team},
         {QStringLiteral("tokendesk-cli activity --team platform")}},
        {QStringLiteral("completion"),
         QStringLiteral("bash|zsh|fish"),
         tr("Print a shell completion script."),
         {},
         {QStringLiteral("source <(tokendesk-cli completion bash)")}},
    };
}

CommandLine::CommandLine()
{
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.addOptions(options());
    m_parser.addVersionOption();
}

QString CommandLine::helpFor(const Command *command) const
{
    const QList<QCommandLineOption> all = options();
    QStringList shown = globalOptions();
    QString text;
    if (!command) {
        text = tr("Usage: tokendesk-cli COMMAND [options]\n\nManage TokenDesk API tokens from "
                  "a terminal or a script.\n\nCommands:\n");
        for (const Command &each : commands())
            text += QStringLiteral("  %1  %2\n")
                        .arg((each.name + QLatin1Char(' ') + each.arguments).leftJustified(28),
                             each.summary);
        text += tr("\nRun \"tokendesk-cli COMMAND --help\" for a command's options and "
                   "examples.\nExit status: 0 ok, 1 failed, 2 usage, 3 not signed in, 4 not "
                   "found, 5 forbidden or policy, 6 server unreachable.\n");
        return text;
    }
    text = tr("Usage: tokendesk-cli %1 %2 [options]\n\n%3\n\nOptions:\n")
               .arg(command->name, command->arguments, command->summary);
    shown += command->options;
    for (const QCommandLineOption &option : all) {
        if (!shown.contains(option.names().constLast()))
            continue;
        QStringList names;
        for (const QString &name : option.names())
            names.append(name.size() == 1 ? QLatin1Char('-') + name : QStringLiteral("--") + name);
        QString syntax = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            syntax += QLatin1Char(' ') + option.valueName().toUpper();
        text += QStringLiteral("  %1  %2\n").arg(syntax.leftJustified(26), option.description());
    }
    text += tr("\nExamples:\n");
    for (const QString &example : command->examples)
        text += QStringLiteral("  $ ") + example + QLatin1Char('\n');
    return text;
}

CommandLine::Outcome CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return Outcome::UsageError;
    }
    if (m_parser.isSet(QStringLiteral("version")))
        return Outcome::Version;
    const QStringList positional = m_parser.positionalArguments();
    const Command *found = nullptr;
    for (const Command &each : commands()) {
        const QStringList words = each.name.split(QLatin1Char(' '));
        if (positional.mid(0, words.size()) == words) {
            found = &each;
            m_command = each;
            m_arguments = positional.mid(words.size());
            break;
        }
    }
    const bool help = m_parser.isSet(QStringLiteral("help"));
    m_help = helpFor(found ? &m_command : nullptr);
    if (help || positional.isEmpty())
        return help ? Outcome::Help : Outcome::UsageError;
    if (!found) {
        m_error = tr("Unknown command \"%1\".").arg(positional.join(QLatin1Char(' ')));
        return Outcome::UsageError;
    }
    QStringList allowed = globalOptions() + m_command.options;
    allowed << QStringLiteral("h");
    if (allowed.contains(QStringLiteral("yes")))
        allowed << QStringLiteral("y");
    for (const QString &name : m_parser.optionNames()) {
        if (!allowed.contains(name)) {
            m_error = tr("\"%1\" does not take --%2.").arg(m_command.name, name);
            return Outcome::UsageError;
        }
    }
    return Outcome::Run;
}
