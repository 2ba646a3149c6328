#include "CliSignIn.h"

#include "AccountSession.h"
#include "AppServices.h"
#include "CliContext.h"
#include "ExitCode.h"
#include "RememberedSessions.h"
#include "SecretStore.h"
#include "Settings.h"

CliSignIn::CliSignIn(CliContext &context, QObject *parent) : QObject(parent), m_context(context) {}

void CliSignIn::start()
{
    AccountSession &session = m_context.services.session();
    connect(&session, &AccountSession::signedIn, this, &CliSignIn::ready);
    QByteArray fromEnvironment = qgetenv("TOKENDESK_SESSION");
    if (fromEnvironment.isEmpty())
        return resumeRemembered();
    QUrl server = m_context.server();
    if (server.isEmpty()) {
        const QList<Settings::AccountRef> accounts = m_context.services.settings().accounts();
        server = accounts.isEmpty() ? CliContext::defaultServer() : accounts.first().server;
    }
    connect(&session, &AccountSession::signInFailed, this, &CliSignIn::failWith);
    session.resume(server, SecureBuffer::take(fromEnvironment));
}

void CliSignIn::resumeRemembered()
{
    AppServices &services = m_context.services;
    const QList<Settings::AccountRef> accounts = services.settings().accounts();
    const QUrl server = m_context.server();
    Settings::AccountRef account;
    for (const Settings::AccountRef &each : accounts) {
        if (server.isEmpty() || each.server.adjusted(QUrl::StripTrailingSlash) ==
                                    server.adjusted(QUrl::StripTrailingSlash)) {
            account = each;
            break;
        }
    }
    if (account.isEmpty() || !services.remembered().isRemembered(account)) {
        Q_EMIT failed(ExitCode::NotSignedIn,
                      tr("Not signed in%1. Run \"tokendesk-cli auth login\" (or set "
                         "TOKENDESK_SESSION in a CI job).")
                          .arg(server.isEmpty() ? QString() : tr(" to %1").arg(server.toString())));
        return;
    }
    services.secrets().probe(this, [this, account](bool available, const QString &reason) {
        RememberedSessions &remembered = m_context.services.remembered();
        if (!available) {
            Q_EMIT failed(ExitCode::NotSignedIn,
                          tr("The system keychain cannot be used: %1\nStart or unlock it (e.g. "
                             "gnome-keyring), or set TOKENDESK_SESSION for this process.")
                              .arg(reason));
            return;
        }
        // The server's answer (unreachable or refused) decides the exit status; the
        // keychain's failures mean "not signed in".
        connect(&m_context.services.session(), &AccountSession::signInFailed, this,
                [this](const ApiError &error) { m_exitCode = ExitCode::of(error); });
        connect(&remembered, &RememberedSessions::resumeFailed, this,
                [this](const QString &reason) {
                    Q_EMIT failed(m_exitCode, reason + QLatin1Char('\n') +
                                                  tr("Run \"tokendesk-cli auth login\"."));
                });
        remembered.resume(account);
    });
}

void CliSignIn::failWith(const ApiError &error)
{
    Q_EMIT failed(ExitCode::of(error),
                  error.isUnauthenticated()
                      ? tr("The session in TOKENDESK_SESSION was refused: %1").arg(error.message)
                      : tr("Could not sign in: %1").arg(error.message));
}
