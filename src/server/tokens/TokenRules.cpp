#include "TokenRules.h"

#include "TokenDraft.h"

namespace {
DomainError invalid(const QString &field, const QString &message)
{
    return DomainError::invalid(field, message);
}

// Characters a name must not hold: controls and invisible formatting (they hide or reorder
// text), line and paragraph separators (U+2028/U+2029 break lines in logs and UIs), private-use
// code points (they look different on every machine), unassigned ones (no one can tell what they
// will become) and lone surrogates.
bool isForbidden(QChar::Category category)
{
    switch (category) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

bool hasForbiddenCharacters(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t codePoint = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (isForbidden(QChar::category(codePoint)))
            return true;
    }
    return false;
}
} // namespace

bool TokenRules::checkExpiry(const QDateTime &expiresAt, const QDateTime &now,
                             DomainError *error) const
{
    const QString field = QStringLiteral("expires_at");
    if (!expiresAt.isValid()) {
        if (m_policy.allowNoExpiry)
            return true;
        *error = invalid(field, QStringLiteral("Choose an expiry date: tokens without expiry are "
                                               "not allowed on this server."));
        return false;
    }
    // A token that expires on arrival (or within seconds) is a mistake, never a wish.
    if (expiresAt < now.addSecs(MinLifetimeSeconds)) {
        *error = invalid(field, QStringLiteral("The expiry date must be at least one minute in "
                                               "the future."));
        return false;
    }
    const QDateTime latest = now.addDays(m_policy.maxLifetimeDays).addSecs(LifetimeSlackSeconds);
    if (expiresAt > latest) {
        *error = invalid(
            field,
            QStringLiteral("Tokens may live at most %1 days.").arg(m_policy.maxLifetimeDays));
        return false;
    }
    return true;
}

std::optional<TokenDraft> TokenRules::checkDraft(const CreateDraft &request, const QDateTime &now,
                                                 DomainError *error) const
{
    const auto unreadable = [&](const QString &field) {
        if (!request.unreadable || (!field.isEmpty() && request.unreadable->field != field))
            return false;
        *error = *request.unreadable;
        return true;
    };
    const QString nameField = QStringLiteral("name");
    const QString scopesField = QStringLiteral("scopes");
    if (unreadable(nameField))
        return std::nullopt;
    TokenDraft draft;
    draft.name = TokenDraft::normalizedName(request.fields.name.trimmed());
    QString problem;
    if (draft.name.isEmpty())
        problem = QStringLiteral("Give the token a name.");
    else if (draft.name.toUcs4().size() > MaxNameLength)
        problem = QStringLiteral("The name is longer than %1 characters.").arg(MaxNameLength);
    else if (hasForbiddenCharacters(draft.name))
        problem = QStringLiteral("The name must not contain control, invisible formatting, "
                                 "line separator, private-use or unassigned characters.");
    if (!problem.isEmpty()) {
        *error = invalid(nameField, problem);
        return std::nullopt;
    }
    if (unreadable(scopesField))
        return std::nullopt;
    const QStringList &scopes = request.fields.scopes;
    const QStringList known = m_policy.scopeIds();
    // Keep the policy's order, so "write, read" and "read, write" store alike.
    for (const QString &id : known) {
        if (scopes.contains(id))
            draft.scopes.append(id);
    }
    if (scopes.isEmpty()) {
        *error = invalid(scopesField, QStringLiteral("Choose at least one scope."));
        return std::nullopt;
    }
    for (const QString &scope : scopes) {
        if (!known.contains(scope)) {
            *error = invalid(scopesField, QStringLiteral("Unknown scope \"%1\"; allowed: %2.")
                                              .arg(scope, known.join(QStringLiteral(", "))));
            return std::nullopt;
        }
    }
    if (unreadable({}))
        return std::nullopt;
    draft.expiresAt = request.fields.expiresAt;
    if (!checkExpiry(draft.expiresAt, now, error))
        return std::nullopt;
    return draft;
}

std::optional<TokenRules::Rotation> TokenRules::checkRotation(const RotationDraft &draft,
                                                              const QDateTime &now,
                                                              qint64 lifetimeSeconds,
                                                              DomainError *error) const
{
    if (draft.unreadable) {
        *error = *draft.unreadable;
        return std::nullopt;
    }
    QDateTime expiresAt = draft.expiresAt.value_or(QDateTime());
    if (!draft.expiresAt) {
        // Same lifetime as before, within today's policy.
        const qint64 maxSeconds = qint64(m_policy.maxLifetimeDays) * 86400;
        if (lifetimeSeconds >= 0)
            expiresAt = now.addSecs(qMin(lifetimeSeconds, maxSeconds));
        else if (!m_policy.allowNoExpiry)
            expiresAt = now.addDays(m_policy.defaultLifetimeDays);
    }
    if (!checkExpiry(expiresAt, now, error))
        return std::nullopt;
    return Rotation{expiresAt, draft.graceSeconds};
}
