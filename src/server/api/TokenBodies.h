#pragma once

#include "CreateDraft.h"
#include "RotationDraft.h"

#include <QJsonObject>

// Create and rotate request bodies read into drafts for TokenLifecycle: the JSON types here,
// the token rules in TokenRules.
class TokenBodies
{
public:
    static CreateDraft createDraft(const QJsonObject &body);
    static RotationDraft rotationDraft(const QJsonObject &body);

    TokenBodies() = delete;
};
