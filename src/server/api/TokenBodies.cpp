#include "TokenBodies.h"

#include "JsonObjectReader.h"
#include "TokenRules.h"

namespace {
std::optional<DomainError> problemOf(const JsonObjectReader &r)
{
    if (r.ok())
        return std::nullopt;
    return DomainError::invalid(r.errorField(), r.errorMessage());
}
} // namespace

CreateDraft TokenBodies::createDraft(const QJsonObject &body)
{
    JsonObjectReader r(body);
    CreateDraft draft;
    draft.fields.name = r.string(QStringLiteral("name"));
    draft.fields.scopes = r.stringList(QStringLiteral("scopes"));
    draft.fields.expiresAt = r.optionalTime(QStringLiteral("expires_at"));
    draft.unreadable = problemOf(r);
    return draft;
}

RotationDraft TokenBodies::rotationDraft(const QJsonObject &body)
{
    JsonObjectReader r(body);
    RotationDraft draft;
    const QString expiresKey = QStringLiteral("expires_at");
    const QDateTime expiresAt = r.optionalTime(expiresKey);
    if (body.contains(expiresKey))
        draft.expiresAt = expiresAt;
    const QString graceKey = QStringLiteral("grace_seconds");
    if (r.ok() && body.contains(graceKey) && !body.value(graceKey).isNull())
        draft.graceSeconds = r.integer(graceKey, 0, TokenRules::MaxGraceSeconds);
    draft.unreadable = problemOf(r);
    return draft;
}
