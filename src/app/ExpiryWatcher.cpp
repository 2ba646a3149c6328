#include "ExpiryWatcher.h"

#include "ExpiryWarning.h"

#include "TimeText.h"

ExpiryWatcher::ExpiryWatcher(QObject *parent) : QObject(parent) {}

void ExpiryWatcher::check(const QList<Token> &tokens)
{
    const QDateTime now = m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
    QList<Token> soon;
    for (const Token &token : tokens) {
        if (!ExpiryWarning::isSoon(token, now, m_warningDays))
            continue;
        const QString key =
            token.id + QLatin1Char('@') + QString::number(token.expiresAt.toSecsSinceEpoch());
        if (m_reported.contains(key))
            continue;
        m_reported.insert(key);
        soon.append(token);
    }
    if (!soon.isEmpty())
        Q_EMIT expiringSoon(soon);
}

QString ExpiryWatcher::describe(const QList<Token> &tokens, const QDateTime &now)
{
    if (tokens.size() == 1)
        return tr("The token \"%1\" expires %2. Rotate it to keep it working.")
            .arg(tokens.first().name, TimeText::relative(tokens.first().expiresAt, now));
    QStringList names;
    for (const Token &token : tokens)
        names.append(token.name);
    return tr("%n tokens expire soon: %1. Rotate them to keep them working.", nullptr,
              static_cast<int>(tokens.size()))
        .arg(names.join(QStringLiteral(", ")));
}
