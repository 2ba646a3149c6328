#include "TokenPage.h"

#include "JsonObjectReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

std::optional<TokenPage> TokenPage::parse(const QByteArray &body, QString *problem)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        // ApiClient's context: the same text as its other "not a JSON object" answers.
        *problem = QCoreApplication::translate("ApiClient", "not a JSON object");
        return std::nullopt;
    }
    JsonObjectReader r(doc.object());
    const QJsonArray tokens = r.array(QStringLiteral("tokens"));
    const auto next = r.optionalString(QStringLiteral("next_page_token"));
    if (!r.ok()) {
        *problem = r.errorMessage();
        return std::nullopt;
    }
    TokenPage page;
    page.nextPageToken = next.value_or(QString());
    for (const auto &value : tokens) {
        const auto token = Token::fromJson(value.toObject(), problem);
        if (!token)
            return std::nullopt;
        page.tokens.append(*token);
    }
    return page;
}
