#pragma once

#include "Token.h"
#include "TokenOwner.h"

#include <QList>
#include <QObject>

#include <optional>

class CliContext;
class OwnerTokens;

// The tokens a command works on: yours, or a team's (--team, by name or id), loaded through the
// app's OwnerTokens with a progress line on stderr once the list runs over a few pages.
class TokenSelection : public QObject
{
    Q_OBJECT
public:
    explicit TokenSelection(CliContext &context, QObject *parent = nullptr);

    // After sign-in. False (failed() emitted) when --team names no team of the user.
    bool open();
    void load();
    OwnerTokens &tokens() { return *m_tokens; }
    const TokenOwner &owner() const { return m_owner; }
    // By id, else by name (active tokens first: a name is unique among them).
    static std::optional<Token> find(const QList<Token> &tokens, const QString &nameOrId);
    // --team: the user's team by name or id; empty team: the user. nullopt: not a team of theirs.
    static std::optional<TokenOwner> ownerNamed(const QList<TokenOwner> &owners,
                                                const QString &team);

Q_SIGNALS:
    void loaded(const QList<Token> &tokens);
    void failed(int exitCode, const QString &message);

private:
    CliContext &m_context;
    TokenOwner m_owner;
    OwnerTokens *m_tokens = nullptr;
};
