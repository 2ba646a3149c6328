#include "TokenRevokeCommand.h"

#include "AppServices.h"
#include "CliContext.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "DurationText.h"
#include "ExitCode.h"
#include "OwnerTokens.h"
#include "PasswordPrompt.h"
#include "SecretStore.h"
#include "TokenFilterModel.h"
#include "TokenKeychain.h"
#include "TokenSelection.h"

#include <QJsonArray>
#include <QJsonObject>

void TokenRevokeCommand::start()
{
    const CommandLine &line = m_context.line;
    if (line.arguments().isEmpty() && !line.isSet(QStringLiteral("unused-for")))
        return fail(ExitCode::Usage, tr("Name the tokens to revoke, or give --unused-for."));
    if (line.isSet(QStringLiteral("unused-for")) &&
        !DurationText::seconds(line.value(QStringLiteral("unused-for"))))
        return fail(ExitCode::Usage, tr("--unused-for takes a duration such as 90d."));
    if (!line.isSet(QStringLiteral("yes")) && !m_context.output.stdinIsTerminal())
        return fail(ExitCode::Usage, tr("Standard input is not a terminal, so nobody can "
                                        "confirm: add --yes to revoke without asking."));
    signIn([this] {
        m_selection = new TokenSelection(m_context, this);
        connect(m_selection, &TokenSelection::failed, this, &TokenRevokeCommand::fail);
        connect(m_selection, &TokenSelection::loaded, this, &TokenRevokeCommand::revoke);
        if (!m_selection->open())
            return;
        // Saved secrets of revoked tokens are removed from the keychain too.
        m_context.services.secrets().probe(this,
                                           [this](bool, const QString &) { m_selection->load(); });
    });
}

void TokenRevokeCommand::revoke(const QList<Token> &tokens)
{
    const CommandLine &line = m_context.line;
    QList<Token> chosen;
    for (const QString &wanted : line.arguments()) {
        const std::optional<Token> token = TokenSelection::find(tokens, wanted);
        if (!token)
            return fail(ExitCode::NotFound,
                        tr("No token \"%1\"; nothing was revoked.").arg(wanted));
        chosen.append(*token);
    }
    if (line.isSet(QStringLiteral("unused-for"))) {
        const std::optional<qint64> seconds =
            DurationText::seconds(line.value(QStringLiteral("unused-for")));
        if (!seconds)
            return fail(ExitCode::Usage, tr("--unused-for takes a duration such as 90d."));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<Token> candidates = line.arguments().isEmpty() ? tokens : chosen;
        chosen.clear();
        for (const Token &token : candidates)
            if (TokenFilterModel::isUnusedFor(token, *seconds, now))
                chosen.append(token);
    }
    if (chosen.isEmpty()) {
        m_context.output.err(tr("No token matches; nothing was revoked."));
        if (m_context.json())
            m_context.output.json(QJsonObject{{QStringLiteral("revoked"), QJsonArray()}});
        return finish(ExitCode::Ok);
    }
    QStringList names;
    for (const Token &token : std::as_const(chosen))
        names.append(token.name);
    if (!line.isSet(QStringLiteral("yes"))) {
        const QByteArray answer =
            PasswordPrompt::readLine(tr("Revoke %n token(s): %1? They stop working at once. "
                                        "[y/N] ",
                                        nullptr, int(chosen.size()))
                                         .arg(names.join(QStringLiteral(", "))),
                                     false)
                .trimmed()
                .toLower();
        if (answer != "y" && answer != "yes")
            return fail(ExitCode::Failed, tr("Nothing was revoked."));
    }
    TokenKeychain &keychain = m_context.services.tokenKeychain();
    auto forgetting = std::make_shared<int>(0);
    for (const Token &token : std::as_const(chosen))
        if (keychain.isStored(token))
            ++*forgetting;
    auto revoked = std::make_shared<std::optional<QStringList>>();
    // Done when the server answered and every saved secret left the keychain, in either order.
    const auto done = [this, revoked, forgetting] {
        if (*forgetting > 0 || !revoked->has_value())
            return;
        if (m_context.json())
            m_context.output.json(
                QJsonObject{{QStringLiteral("revoked"), QJsonArray::fromStringList(**revoked)}});
        else
            m_context.output.err(tr("Revoked: %1").arg((*revoked)->join(QStringLiteral(", "))));
        finish(ExitCode::Ok);
    };
    // Their saved secrets go from the keychain as well; the program waits for that.
    connect(&keychain, &TokenKeychain::forgotten, this, [forgetting, done] {
        --*forgetting;
        done();
    });
    OwnerTokens &owned = m_selection->tokens();
    connect(&owned, &OwnerTokens::removedMany, this, [revoked, done](const QStringList &names) {
        *revoked = names;
        done();
    });
    connect(&owned, &OwnerTokens::failed, this, [this, &owned](const QString &message) {
        fail(ExitCode::of(owned.lastError()), message);
    });
    owned.removeMany(chosen);
}
