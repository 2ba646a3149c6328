#include "TokenSecretCommand.h"

#include "AppServices.h"
#include "CliContext.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "SecretStore.h"
#include "TokenKeychain.h"
#include "TokenSelection.h"

#include <QJsonObject>

void TokenSecretCommand::start()
{
    if (m_context.line.arguments().size() != 1)
        return fail(ExitCode::Usage, tr("Name one token: tokendesk-cli token secret NAME|ID"));
    signIn([this] {
        auto *selection = new TokenSelection(m_context, this);
        connect(selection, &TokenSelection::failed, this, &TokenSecretCommand::fail);
        connect(selection, &TokenSelection::loaded, this, &TokenSecretCommand::print);
        if (!selection->open())
            return;
        m_context.services.secrets().probe(
            this, [this, selection](bool available, const QString &reason) {
                if (!available)
                    return fail(ExitCode::Failed,
                                tr("The system keychain cannot be used: %1\nStart or unlock it "
                                   "(e.g. gnome-keyring).")
                                    .arg(reason));
                selection->load();
            });
    });
}

void TokenSecretCommand::print(const QList<Token> &tokens)
{
    const QString wanted = m_context.line.arguments().first();
    const std::optional<Token> token = TokenSelection::find(tokens, wanted);
    if (!token)
        return fail(ExitCode::NotFound, tr("No token \"%1\".").arg(wanted));
    TokenKeychain &keychain = m_context.services.tokenKeychain();
    if (!keychain.isStored(*token))
        return fail(ExitCode::NotFound,
                    tr("The secret of \"%1\" is not saved in the keychain (create or rotate it "
                       "with --save).")
                        .arg(token->name));
    keychain.read(
        *token, this,
        [this, token](const SecureBuffer &secret) {
            if (m_context.json()) {
                m_context.output.json(QJsonObject{{QStringLiteral("token"), token->toJson()},
                                                  {QStringLiteral("secret"), secret.toString()}});
            } else {
                m_context.output.raw(secret.data(), secret.size());
                m_context.output.raw("\n", 1);
            }
            finish(ExitCode::Ok);
        },
        [this](const QString &error) { fail(ExitCode::Failed, error); });
}
