#pragma once

#include "Token.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

// One answer of GET …/tokens as the client reads it: the page's tokens and the token of the
// next page (empty on the last page).
struct TokenPage
{
    QList<Token> tokens;
    QString nextPageToken;

    // nullopt (and *problem, for the person reading the error) when the body is not the
    // documented shape.
    static std::optional<TokenPage> parse(const QByteArray &body, QString *problem);

    // parse() in two steps, so a listing can ask for the next page before it converts this
    // one: the envelope (the tokens still as JSON, and the next page's token), then the tokens.
    struct Envelope
    {
        QJsonArray tokens;
        QString nextPageToken;
    };
    static std::optional<Envelope> parseEnvelope(const QByteArray &body, QString *problem);
    // Tokens of one page share equal owners, creators and scope lists (one copy in memory
    // instead of one per token: it matters with 100 000 tokens).
    static std::optional<QList<Token>> convert(const QJsonArray &tokens, QString *problem);
};
