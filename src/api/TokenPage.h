#pragma once

#include "Token.h"

#include <QByteArray>
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
};
