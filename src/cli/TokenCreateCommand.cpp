#include "TokenCreateCommand.h"

#include "AccountSession.h"
#include "AppServices.h"
#include "CliContext.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "DurationText.h"
#include "ExitCode.h"
#include "OwnerTokens.h"
#include "SecretStore.h"
#include "TokenDraft.h"
#include "TokenKeychain.h"
#include "TokenSelection.h"

#include <QJsonObject>

void TokenCreateCommand::start()
{
    const bool creating = m_context.line.command().name == QLatin1String("token create");
    if (m_context.line.arguments().size() != 1)
        return fail(ExitCode::Usage, creating ? tr("Name the new token: token create NAME …")
                                              : tr("Name one token: token rotate NAME|ID"));
    if (creating && !m_context.line.isSet(QStringLiteral("scope")))
        return fail(ExitCode::Usage, tr("Give the token's scopes: --scope read or read,write."));
    if (creating && m_context.line.isSet(QStringLiteral("expires")) &&
        !DurationText::expiry(m_context.line.value(QStringLiteral("expires")), {}))
        return fail(ExitCode::Usage, tr("--expires takes 30d, 12h, a date (2027-03-01) or never."));
    if (!creating && m_context.line.isSet(QStringLiteral("grace")) &&
        !DurationText::seconds(m_context.line.value(QStringLiteral("grace"))))
        return fail(ExitCode::Usage, tr("--grace takes a duration such as 1h or 24h."));
    signIn([this, creating] {
        m_selection = new TokenSelection(m_context, this);
        connect(m_selection, &TokenSelection::failed, this, &TokenCreateCommand::fail);
        if (!m_selection->open())
            return;
        // The keychain is asked first: --save needs it, and a rotated secret that was saved
        // must be replaced there.
        m_context.services.secrets().probe(this, [this, creating](bool, const QString &) {
            if (creating)
                return create();
            connect(m_selection, &TokenSelection::loaded, this, &TokenCreateCommand::rotate);
            m_selection->load();
        });
    });
}

void TokenCreateCommand::create()
{
    const CommandLine &line = m_context.line;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TokenDraft draft;
    draft.name = line.arguments().first();
    draft.scopes = line.value(QStringLiteral("scope")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (line.isSet(QStringLiteral("expires"))) {
        const std::optional<QDateTime> expiry =
            DurationText::expiry(line.value(QStringLiteral("expires")), now);
        if (!expiry)
            return fail(ExitCode::Usage,
                        tr("--expires takes 30d, 12h, a date (2027-03-01) or never."));
        draft.expiresAt = *expiry;
    } else {
        draft.expiresAt = now.addDays(m_context.services.session().policy().defaultLifetimeDays);
    }
    OwnerTokens &tokens = m_selection->tokens();
    connect(&tokens, &OwnerTokens::created, this,
            [this](const Token &token, const SecureBuffer &secret, const QString &accountId) {
                const bool save = m_context.line.isSet(QStringLiteral("save"));
                deliver(token, secret, accountId, save);
                if (!save)
                    finish(ExitCode::Ok);
            });
    connect(&tokens, &OwnerTokens::createFailed, this, [this](const ApiError &error) {
        const QString where =
            error.field.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error.field);
        fail(error.httpStatus == 400 && error.code == QLatin1String("validation_failed")
                 ? ExitCode::Forbidden
                 : ExitCode::of(error),
             tr("Could not create the token: %1%2").arg(error.message, where));
    });
    tokens.create(m_selection->owner(), draft);
}

void TokenCreateCommand::rotate(const QList<Token> &tokens)
{
    const QString wanted = m_context.line.arguments().first();
    const std::optional<Token> token = TokenSelection::find(tokens, wanted);
    if (!token)
        return fail(ExitCode::NotFound, tr("No token \"%1\".").arg(wanted));
    int grace = 0;
    if (m_context.line.isSet(QStringLiteral("grace"))) {
        const std::optional<qint64> seconds =
            DurationText::seconds(m_context.line.value(QStringLiteral("grace")));
        if (!seconds)
            return fail(ExitCode::Usage, tr("--grace takes a duration such as 1h or 24h."));
        grace = static_cast<int>(*seconds);
    }
    OwnerTokens &owned = m_selection->tokens();
    // A secret kept in the keychain is replaced by OwnerTokens itself; we wait for that.
    const bool wasSaved = m_context.services.tokenKeychain().isStored(*token);
    connect(&owned, &OwnerTokens::rotated, this,
            [this, wasSaved](const Token &rotated, const SecureBuffer &secret,
                             const QString &accountId) {
                const bool save = !wasSaved && m_context.line.isSet(QStringLiteral("save"));
                deliver(rotated, secret, accountId, save);
                if (wasSaved)
                    connect(&m_context.services.tokenKeychain(), &TokenKeychain::stored, this,
                            [this] { finish(ExitCode::Ok); });
                else if (!save)
                    finish(ExitCode::Ok);
            });
    connect(&owned, &OwnerTokens::failed, this, [this, &owned](const QString &message) {
        fail(ExitCode::of(owned.lastError()), message);
    });
    owned.rotate(*token, {}, grace);
}

void TokenCreateCommand::deliver(const Token &token, const SecureBuffer &secret,
                                 const QString &accountId, bool save)
{
    CliOutput &out = m_context.output;
    if (m_context.json()) {
        QJsonObject answer{{QStringLiteral("token"), token.toJson()},
                           {QStringLiteral("secret"), secret.toString()},
                           {QStringLiteral("account_id"), accountId}};
        out.json(answer);
    } else {
        out.raw(secret.data(), secret.size());
        out.raw("\n", 1);
        out.err(tr("Token \"%1\" (%2), expires: %3. The secret above is shown only this once.")
                    .arg(token.name, token.id, m_context.time(token.expiresAt)));
    }
    if (!save)
        return; // the caller finishes
    m_selection->tokens().saveSecret(token, secret, this, [this](bool ok, const QString &error) {
        if (!ok)
            return fail(ExitCode::Failed,
                        tr("The secret could not be saved in the system keychain: %1").arg(error));
        m_context.output.err(tr("Saved in the system keychain."));
        finish(ExitCode::Ok);
    });
}
