#include "TokenListLook.h"

#include "StatusColors.h"

#include <QBrush>
#include <QFont>
#include <QFontDatabase>
#include <QPalette>

void TokenListLook::install(TokenListModel &model, const QIcon &keychainIcon)
{
    model.setLook(
        [keychainIcon](TokenListModel::ExpiryState state, int column, int role, bool inKeychain) {
            return cell(state, column, role, inKeychain, keychainIcon);
        });
}

QVariant TokenListLook::cell(TokenListModel::ExpiryState state, int column, int role,
                             bool inKeychain, const QIcon &keychainIcon)
{
    using State = TokenListModel::ExpiryState;
    const bool soonCell = state == State::ExpiringSoon && column == TokenListModel::ExpiresColumn;
    switch (role) {
    case Qt::ForegroundRole:
        if (state == State::Expired)
            return QBrush(StatusColors::muted(QPalette())); // greyed, still readable
        if (soonCell)
            return QBrush(StatusColors::pair(StatusColors::Tone::Warning, QPalette()).text);
        return {};
    case Qt::FontRole:
        if (column == TokenListModel::HintColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (soonCell) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        // amber, "act soon": a tint of the application palette (QPalette(), read at each paint)
        // with text that keeps its contrast
        if (soonCell)
            return QBrush(StatusColors::pair(StatusColors::Tone::Warning, QPalette()).background);
        return {};
    case Qt::DecorationRole:
        if (column == TokenListModel::KeychainColumn && inKeychain && !keychainIcon.isNull())
            return keychainIcon;
        return {};
    }
    return {};
}
