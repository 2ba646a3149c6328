#include "AuthCommand.h"

#include "AccountSession.h"
#include "AppServices.h"
#include "CliContext.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "PasswordPrompt.h"
#include "RememberedSessions.h"
#include "SecretStore.h"
#include "Settings.h"

#include <QJsonArray>
#include <QJsonObject>

void AuthCommand::start()
{
    const QString verb = m_context.line.command().name.section(QLatin1Char(' '), 1);
    if (verb == QLatin1String("login"))
        return login();
    if (verb == QLatin1String("status"))
        return signIn([this] { status(); });
    if (verb == QLatin1String("logout"))
        return signIn([this] { logout(); });
    switchAccount();
}

void AuthCommand::login()
{
    const CommandLine &line = m_context.line;
    const QUrl server =
        m_context.server().isEmpty() ? CliContext::defaultServer() : m_context.server();
    const bool fromStdin = line.isSet(QStringLiteral("password-stdin"));
    QString username = line.value(QStringLiteral("username"));
    if ((username.isEmpty() || !fromStdin) && !m_context.output.stdinIsTerminal())
        return fail(ExitCode::Usage,
                    tr("Standard input is not a terminal: give --username and --password-stdin."));
    if (username.isEmpty())
        username = QString::fromUtf8(PasswordPrompt::readLine(tr("Username: "), false)).trimmed();
    QByteArray typed = PasswordPrompt::readLine(tr("Password: "), true);
    SecureBuffer password = SecureBuffer::take(typed);
    AppServices &services = m_context.services;
    // The keychain is asked first: without one the session could not be kept, and there is no
    // other place for it.
    services.secrets().probe(this, [this, server, username,
                                    secret = std::make_shared<SecureBuffer>(std::move(password))](
                                       bool available, const QString &reason) {
        if (!available)
            return fail(ExitCode::Failed,
                        tr("The system keychain cannot be used, so the session could not be "
                           "kept: %1\nStart or unlock it (e.g. gnome-keyring), or in a CI job "
                           "set TOKENDESK_SESSION instead of signing in.")
                            .arg(reason));
        AccountSession &session = m_context.services.session();
        connect(&session, &AccountSession::signedIn, this, &AuthCommand::afterLogin);
        connect(&session, &AccountSession::signInFailed, this, [this](const ApiError &error) {
            fail(error.httpStatus == 401 ? ExitCode::Failed : ExitCode::of(error),
                 tr("Could not sign in: %1").arg(error.message));
        });
        session.signIn(server, username, *secret);
        secret->clear();
    });
}

void AuthCommand::afterLogin()
{
    RememberedSessions &remembered = m_context.services.remembered();
    connect(&remembered, &RememberedSessions::saved, this, [this] {
        const Account account = m_context.services.session().account();
        if (m_context.json())
            m_context.output.json(account.toJson());
        else
            m_context.output.err(
                tr("Signed in to %1 as %2.")
                    .arg(m_context.services.session().server().toString(), account.username));
        finish(ExitCode::Ok);
    });
    connect(&remembered, &RememberedSessions::saveFailed, this, [this](const QString &message) {
        // No session may live on that nobody keeps: end it on the server.
        AccountSession &session = m_context.services.session();
        connect(&session, &AccountSession::sessionEnded, this,
                [this, message] { fail(ExitCode::Failed, message); });
        session.signOut(true);
    });
    remembered.rememberCurrent(true);
}

void AuthCommand::status()
{
    AccountSession &session = m_context.services.session();
    const Account account = session.account();
    const bool fromEnvironment = !qEnvironmentVariableIsEmpty("TOKENDESK_SESSION");
    if (m_context.json()) {
        QJsonArray teams;
        for (const Team &team : session.teams())
            teams.append(team.toJson());
        QJsonObject object{{QStringLiteral("server"), session.server().toString()},
                           {QStringLiteral("user"), account.toJson()},
                           {QStringLiteral("teams"), teams},
                           {QStringLiteral("session"), fromEnvironment
                                                           ? QStringLiteral("environment")
                                                           : QStringLiteral("keychain")}};
        m_context.output.json(object);
        return finish(ExitCode::Ok);
    }
    CliOutput &out = m_context.output;
    out.line(tr("Server:   %1").arg(session.server().toString()));
    out.line(tr("User:     %1 (%2)").arg(account.username, account.displayName));
    out.line(tr("Account:  %1").arg(account.accountId));
    out.line(tr("Plan:     %1").arg(Account::planName(account.plan)));
    QStringList teams;
    for (const Team &team : session.teams())
        teams.append(QStringLiteral("%1 (%2)").arg(team.name, Team::roleName(team.role)));
    out.line(
        tr("Teams:    %1").arg(teams.isEmpty() ? tr("none") : teams.join(QStringLiteral(", "))));
    out.line(
        tr("Session:  %1")
            .arg(fromEnvironment ? tr("from TOKENDESK_SESSION") : tr("in the system keychain")));
    finish(ExitCode::Ok);
}

void AuthCommand::logout()
{
    AppServices &services = m_context.services;
    AccountSession &session = services.session();
    const QString who = session.account().username;
    auto pending = std::make_shared<int>(qEnvironmentVariableIsEmpty("TOKENDESK_SESSION") ? 2 : 1);
    const auto done = [this, pending, who] {
        if (--*pending > 0)
            return;
        if (!m_context.json())
            m_context.output.err(tr("Signed out %1.").arg(who));
        else
            m_context.output.json(QJsonObject{{QStringLiteral("signed_out"), who}});
        finish(ExitCode::Ok);
    };
    connect(&session, &AccountSession::sessionEnded, this, done);
    if (*pending == 2) {
        connect(&services.remembered(), &RememberedSessions::forgotten, this, done);
        services.remembered().signOut();
    } else {
        session.signOut(true);
    }
}

void AuthCommand::switchAccount()
{
    Settings &settings = m_context.services.settings();
    const QList<Settings::AccountRef> accounts = settings.accounts();
    const QStringList arguments = m_context.line.arguments();
    const auto nameOf = [](const Settings::AccountRef &account) {
        return account.username + QLatin1Char('@') + account.server.authority();
    };
    if (arguments.isEmpty()) {
        if (m_context.json()) {
            QJsonArray list;
            for (const Settings::AccountRef &account : accounts)
                list.append(
                    QJsonObject{{QStringLiteral("username"), account.username},
                                {QStringLiteral("server"), account.server.toString()},
                                {QStringLiteral("remembered"), settings.rememberSession(account)},
                                {QStringLiteral("current"), account == accounts.first()}});
            m_context.output.json(QJsonObject{{QStringLiteral("accounts"), list}});
        } else {
            for (const Settings::AccountRef &account : accounts)
                m_context.output.line(
                    (account == accounts.first() ? QStringLiteral("* ") : QStringLiteral("  ")) +
                    nameOf(account));
            if (accounts.isEmpty())
                m_context.output.err(tr("No accounts yet. Run \"tokendesk-cli auth login\"."));
        }
        return finish(ExitCode::Ok);
    }
    for (const Settings::AccountRef &account : accounts) {
        if (nameOf(account) == arguments.first() || account.id() == arguments.first()) {
            settings.rememberAccount(account); // the desktop app follows at its next start
            m_context.output.err(tr("Switched to %1.").arg(nameOf(account)));
            return finish(ExitCode::Ok);
        }
    }
    fail(ExitCode::NotFound,
         tr("No account \"%1\". \"tokendesk-cli auth switch\" lists them.").arg(arguments.first()));
}
