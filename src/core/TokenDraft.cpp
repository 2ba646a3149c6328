#include "TokenDraft.h"

#include "Rfc3339.h"

#include <QJsonArray>

QString TokenDraft::normalizedName(const QString &name)
{
    return name.normalized(QString::NormalizationForm_C);
}

QJsonObject TokenDraft::toJson() const
{
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}};
    if (expiresAt.isValid())
        json.insert(QStringLiteral("expires_at"), Rfc3339::format(expiresAt));
    return json;
}
