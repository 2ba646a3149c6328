#include "TokenListCommand.h"

#include "CliContext.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "DurationText.h"
#include "ExitCode.h"
#include "ExpiryWarning.h"
#include "TokenFilterModel.h"
#include "TokenSelection.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

void TokenListCommand::start()
{
    const bool show = m_context.line.command().name == QLatin1String("token show");
    if (show && m_context.line.arguments().size() != 1)
        return fail(ExitCode::Usage, tr("Name one token: tokendesk-cli token show NAME|ID"));
    QList<Token> none; // usage errors come before any network traffic
    if (!select(none))
        return;
    signIn([this, show] {
        m_selection = new TokenSelection(m_context, this);
        connect(m_selection, &TokenSelection::failed, this, &TokenListCommand::fail);
        connect(
            m_selection, &TokenSelection::loaded, this,
            [this, show](const QList<Token> &tokens) { show ? this->show(tokens) : list(tokens); });
        if (m_selection->open())
            m_selection->load();
    });
}

bool TokenListCommand::select(QList<Token> &tokens)
{
    const CommandLine &line = m_context.line;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &option :
         {QStringLiteral("expiring-within"), QStringLiteral("unused-for")}) {
        if (!line.isSet(option))
            continue;
        const std::optional<qint64> seconds = DurationText::seconds(line.value(option));
        if (!seconds) {
            fail(ExitCode::Usage, tr("--%1 takes a duration such as 7d, 24h or 90d.").arg(option));
            return false;
        }
        const bool expiring = option == QLatin1String("expiring-within");
        tokens.removeIf([&](const Token &token) {
            return expiring ? !ExpiryWarning::expiresWithin(token, now, *seconds)
                            : !TokenFilterModel::isUnusedFor(token, *seconds, now);
        });
    }
    const QString sort = line.value(QStringLiteral("sort"));
    const auto key = [&sort](const Token &token) -> qint64 {
        if (sort == QLatin1String("created"))
            return token.createdAt.toSecsSinceEpoch();
        if (sort == QLatin1String("expires"))
            return token.expires() ? token.expiresAt.toSecsSinceEpoch()
                                   : std::numeric_limits<qint64>::max();
        return token.lastUsedAt.isValid() ? token.lastUsedAt.toSecsSinceEpoch() : 0;
    };
    if (sort.isEmpty() || sort == QLatin1String("name")) {
        std::stable_sort(tokens.begin(), tokens.end(), [](const Token &a, const Token &b) {
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
    } else if (QStringList{QStringLiteral("created"), QStringLiteral("expires"),
                           QStringLiteral("last-used")}
                   .contains(sort)) {
        std::stable_sort(tokens.begin(), tokens.end(),
                         [&key](const Token &a, const Token &b) { return key(a) < key(b); });
    } else {
        fail(ExitCode::Usage, tr("--sort takes name, created, expires or last-used."));
        return false;
    }
    return true;
}

void TokenListCommand::list(QList<Token> tokens)
{
    if (!select(tokens))
        return;
    CliOutput &out = m_context.output;
    if (m_context.json()) {
        QJsonArray array;
        for (const Token &token : std::as_const(tokens))
            array.append(token.toJson());
        out.json(QJsonObject{{QStringLiteral("tokens"), array}});
        return finish(ExitCode::Ok);
    }
    if (tokens.isEmpty()) {
        out.err(tr("No tokens."));
        return finish(ExitCode::Ok);
    }
    QList<QStringList> rows;
    for (const Token &token : std::as_const(tokens)) {
        const bool expired = token.status == Token::Status::Expired;
        rows.append({token.name, token.scopes.join(QLatin1Char(',')),
                     expired ? tr("expired") : m_context.time(token.expiresAt),
                     m_context.time(token.lastUsedAt), token.createdBy, token.id});
    }
    out.table(
        {tr("NAME"), tr("SCOPES"), tr("EXPIRES"), tr("LAST USED"), tr("CREATED BY"), tr("ID")},
        rows);
    finish(ExitCode::Ok);
}

void TokenListCommand::show(const QList<Token> &tokens)
{
    const QString wanted = m_context.line.arguments().first();
    const std::optional<Token> token = TokenSelection::find(tokens, wanted);
    if (!token)
        return fail(ExitCode::NotFound, tr("No token \"%1\".").arg(wanted));
    CliOutput &out = m_context.output;
    if (m_context.json()) {
        out.json(token->toJson());
        return finish(ExitCode::Ok);
    }
    const auto field = [&out](const QString &label, const QString &value) {
        out.line(label.leftJustified(12) + value);
    };
    field(tr("Name:"), token->name);
    field(tr("ID:"), token->id);
    field(tr("Owner:"), token->owner.name);
    field(tr("Scopes:"), token->scopes.join(QStringLiteral(", ")));
    field(tr("Hint:"), token->hint);
    field(tr("Created:"),
          m_context.time(token->createdAt) + QLatin1Char(' ') + tr("by %1").arg(token->createdBy));
    field(tr("Expires:"), m_context.time(token->expiresAt));
    field(tr("Last used:"), m_context.time(token->lastUsedAt));
    field(tr("Status:"), token->status == Token::Status::Expired ? tr("expired") : tr("active"));
    finish(ExitCode::Ok);
}
