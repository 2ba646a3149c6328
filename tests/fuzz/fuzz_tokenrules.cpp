// TokenBodies and TokenRules under the default policy: a create or rotate body (any JSON object)
// gives a valid draft or a validation error naming a field. A draft's name is trimmed, normalised
// and at most 100 characters, its scopes are the policy's, and its expiry is inside the policy's
// lifetime.
#include "FuzzSupport.h"
#include "ServerConfig.h"
#include "TokenBodies.h"
#include "TokenDraft.h"
#include "TokenRules.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const TokenRules rules(ServerConfig::defaultPolicy());
    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC);
    const QJsonObject body = QJsonDocument::fromJson(fuzz::bytes(data, size)).object();

    DomainError error;
    const auto draft = rules.checkDraft(TokenBodies::createDraft(body), now, &error);
    if (draft) {
        FUZZ_CHECK(!draft->name.isEmpty());
        FUZZ_CHECK(draft->name == draft->name.trimmed());
        FUZZ_CHECK(draft->name.toUcs4().size() <= TokenRules::MaxNameLength);
        FUZZ_CHECK(!draft->scopes.isEmpty());
        for (const QString &scope : draft->scopes)
            FUZZ_CHECK(rules.policy().scopeIds().contains(scope));
        FUZZ_CHECK(draft->expiresAt.isValid()); // the default policy has no "never"
        FUZZ_CHECK(draft->expiresAt > now);
        FUZZ_CHECK(
            draft->expiresAt <=
            now.addDays(rules.policy().maxLifetimeDays).addSecs(TokenRules::LifetimeSlackSeconds));
    } else {
        FUZZ_CHECK(error.kind == DomainError::Kind::Invalid);
        FUZZ_CHECK(!error.field.isEmpty());
    }

    for (const qint64 lifetime : {qint64(-1), qint64(3600), qint64(400) * 86400}) {
        DomainError rotateError;
        const auto expiry =
            rules.checkRotation(TokenBodies::rotationDraft(body), now, lifetime, &rotateError);
        if (expiry) {
            FUZZ_CHECK(expiry->expiresAt.isValid());
            FUZZ_CHECK(expiry->expiresAt > now);
            FUZZ_CHECK(expiry->graceSeconds >= 0 &&
                       expiry->graceSeconds <= TokenRules::MaxGraceSeconds);
        } else {
            FUZZ_CHECK(rotateError.kind == DomainError::Kind::Invalid);
        }
    }
    const QString name = TokenDraft::normalizedName(QString::fromUtf8(fuzz::bytes(data, size)));
    FUZZ_CHECK(TokenDraft::normalizedName(name) == name);
    return 0;
}
