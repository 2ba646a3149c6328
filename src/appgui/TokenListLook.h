#pragma once

#include "TokenListModel.h"

#include <QIcon>

// How a token table looks on the desktop: expired rows greyed, a token that expires soon in
// amber and bold, the hint in a fixed-width font, an icon where the secret is in the keychain.
// Colours are read from the application palette at each paint, so a theme switch is followed.
class TokenListLook
{
public:
    static void install(TokenListModel &model, const QIcon &keychainIcon = {});
    static QVariant cell(TokenListModel::ExpiryState state, int column, int role, bool inKeychain,
                         const QIcon &keychainIcon);

    TokenListLook() = delete;
};
