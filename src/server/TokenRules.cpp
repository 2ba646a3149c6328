#include "TokenRules.h"

#include "JsonObjectReader.h"

namespace {
ApiError invalid(const QString &field, const QString &message)
{
    return ApiError::http(400, QStringLiteral("validation_failed"), message, field);
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}
} // namespace

QString TokenRules::normalizedName(const QString &name)
{
    return name.normalized(QString::NormalizationForm_C);
}

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
    if (expiresAt <= now) {
        *error = invalid(field, QStringLiteral("The expiry date must be in the future."));
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
    draft.name = normalizedName(r.string(QStringLiteral("name")).trimmed());
    if (r.ok()) {
        if (draft.name.isEmpty())
            r.fail(QStringLiteral("name"), QStringLiteral("Give the token a name."));
        else if (draft.name.toUcs4().size() > MaxNameLength)
            r.fail(QStringLiteral("name"),
                   QStringLiteral("The name is longer than %1 characters.").arg(MaxNameLength));
        else if (hasControlCharacters(draft.name))
            r.fail(QStringLiteral("name"),
                   QStringLiteral("The name must not contain control or invisible formatting "
                                  "characters."));
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

std::optional<QDateTime> TokenRules::parseRotation(const QJsonObject &body, const QDateTime &now,
                                                   qint64 lifetimeSeconds, ApiError *error) const
{
    JsonObjectReader r(body);
    QDateTime expiresAt = r.optionalTime(QStringLiteral("expires_at"));
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
    return expiresAt;
}
