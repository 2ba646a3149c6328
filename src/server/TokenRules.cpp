#include "TokenRules.h"

#include "JsonObjectReader.h"

namespace {
ApiError invalid(const QString &field, const QString &message)
{
    return ApiError::http(400, QStringLiteral("validation_failed"), message, field);
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
                             ApiError *error) const
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

std::optional<TokenDraft> TokenRules::parseDraft(const QJsonObject &body, const QDateTime &now,
                                                 ApiError *error) const
{
    JsonObjectReader r(body);
    TokenDraft draft;
    draft.name = TokenDraft::normalizedName(r.string(QStringLiteral("name")).trimmed());
    if (r.ok()) {
        if (draft.name.isEmpty())
            r.fail(QStringLiteral("name"), QStringLiteral("Give the token a name."));
        else if (draft.name.toUcs4().size() > MaxNameLength)
            r.fail(QStringLiteral("name"),
                   QStringLiteral("The name is longer than %1 characters.").arg(MaxNameLength));
        else if (hasForbiddenCharacters(draft.name))
            r.fail(QStringLiteral("name"),
                   QStringLiteral("The name must not contain control, invisible formatting, "
                                  "line separator, private-use or unassigned characters."));
    }
    const QStringList scopes = r.stringList(QStringLiteral("scopes"));
    if (r.ok()) {
        const QStringList known = m_policy.scopeIds();
        // Keep the policy's order, so "write, read" and "read, write" store alike.
        for (const QString &id : known) {
            if (scopes.contains(id))
                draft.scopes.append(id);
        }
        if (scopes.isEmpty())
            r.fail(QStringLiteral("scopes"), QStringLiteral("Choose at least one scope."));
        for (const QString &scope : scopes) {
            if (!known.contains(scope)) {
                r.fail(QStringLiteral("scopes"),
                       QStringLiteral("Unknown scope \"%1\"; allowed: %2.")
                           .arg(scope, known.join(QStringLiteral(", "))));
                break;
            }
        }
    }
    draft.expiresAt = r.optionalTime(QStringLiteral("expires_at"));
    if (!r.ok()) {
        *error = invalid(r.errorField(), r.errorMessage());
        return std::nullopt;
    }
    if (!checkExpiry(draft.expiresAt, now, error))
        return std::nullopt;
    return draft;
}

std::optional<TokenRules::Rotation> TokenRules::parseRotation(const QJsonObject &body,
                                                              const QDateTime &now,
                                                              qint64 lifetimeSeconds,
                                                              ApiError *error) const
{
    JsonObjectReader r(body);
    QDateTime expiresAt = r.optionalTime(QStringLiteral("expires_at"));
    const QString graceKey = QStringLiteral("grace_seconds");
    qint64 graceSeconds = 0;
    if (r.ok() && body.contains(graceKey) && !body.value(graceKey).isNull())
        graceSeconds = r.integer(graceKey, 0, MaxGraceSeconds);
    if (!r.ok()) {
        *error = invalid(r.errorField(), r.errorMessage());
        return std::nullopt;
    }
    const bool given = body.contains(QStringLiteral("expires_at"));
    if (!given) {
        // Same lifetime as before, within today's policy.
        const qint64 maxSeconds = qint64(m_policy.maxLifetimeDays) * 86400;
        if (lifetimeSeconds >= 0)
            expiresAt = now.addSecs(qMin(lifetimeSeconds, maxSeconds));
        else if (!m_policy.allowNoExpiry)
            expiresAt = now.addDays(m_policy.defaultLifetimeDays);
    }
    if (!checkExpiry(expiresAt, now, error))
        return std::nullopt;
    return Rotation{expiresAt, graceSeconds};
}
