#include "TokenSelection.h"

#include "AccountSession.h"
#include "AppServices.h"
#include "CliContext.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "OwnerTokens.h"
#include "TokenListModel.h"

TokenSelection::TokenSelection(CliContext &context, QObject *parent)
    : QObject(parent), m_context(context)
{}

bool TokenSelection::open()
{
    const QString team = m_context.line.value(QStringLiteral("team"));
    const std::optional<TokenOwner> owner = ownerNamed(m_context.services.session().owners(), team);
    if (!owner) {
        Q_EMIT failed(ExitCode::NotFound, tr("You are not in a team \"%1\".").arg(team));
        return false;
    }
    m_owner = *owner;
    m_tokens = new OwnerTokens(m_context.services, m_owner, this);
    return true;
}

void TokenSelection::load()
{
    TokenListModel &model = m_tokens->model();
    // One page is 200 tokens: say how far the list has come once it takes several.
    connect(&model, &QAbstractItemModel::rowsInserted, this, [this, &model] {
        if (model.rowCount() > 400)
            m_context.output.progress(tr("Loading tokens… %1").arg(model.rowCount()));
    });
    connect(m_tokens, &OwnerTokens::loaded, this, [this](const QList<Token> &tokens) {
        m_context.output.clearProgress();
        Q_EMIT loaded(tokens);
    });
    connect(m_tokens, &OwnerTokens::failed, this, [this](const QString &message) {
        Q_EMIT failed(ExitCode::of(m_tokens->lastError()), message);
    });
    m_tokens->reload();
}

std::optional<TokenOwner> TokenSelection::ownerNamed(const QList<TokenOwner> &owners,
                                                     const QString &team)
{
    if (team.isEmpty())
        return owners.first(); // the user comes first
    for (const TokenOwner &owner : owners)
        if (owner.isTeam() && (owner.name == team || owner.id == team))
            return owner;
    return std::nullopt;
}

std::optional<Token> TokenSelection::find(const QList<Token> &tokens, const QString &nameOrId)
{
    std::optional<Token> byName;
    for (const Token &token : tokens) {
        if (token.id == nameOrId)
            return token;
        if (token.name == nameOrId && (!byName || byName->status != Token::Status::Active))
            byName = token;
    }
    return byName;
}
