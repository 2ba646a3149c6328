#include "TokenPage.h"

#include "JsonObjectReader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

namespace {
// Hands out one shared copy of each distinct value.
template <typename T> class Shared
{
public:
    void share(T &value)
    {
        const auto found = m_seen.constFind(value);
        if (found != m_seen.constEnd())
            value = *found;
        else
            m_seen.insert(value);
    }

private:
    QSet<T> m_seen;
};
} // namespace

std::optional<TokenPage::Envelope> TokenPage::parseEnvelope(const QByteArray &body,
                                                            QString *problem)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        // ApiClient's context: the same text as its other "not a JSON object" answers.
        *problem = QCoreApplication::translate("ApiClient", "not a JSON object");
        return std::nullopt;
    }
    JsonObjectReader r(doc.object());
    Envelope envelope;
    envelope.tokens = r.array(QStringLiteral("tokens"));
    const auto next = r.optionalString(QStringLiteral("next_page_token"));
    if (!r.ok()) {
        *problem = r.errorMessage();
        return std::nullopt;
    }
    envelope.nextPageToken = next.value_or(QString());
    return envelope;
}

std::optional<QList<Token>> TokenPage::convert(const QJsonArray &tokens, QString *problem)
{
    QList<Token> converted;
    converted.reserve(tokens.size());
    Shared<QString> texts;
    Shared<QStringList> scopeLists;
    for (const auto &value : tokens) {
        auto token = Token::fromJson(value.toObject(), problem);
        if (!token)
            return std::nullopt;
        texts.share(token->owner.id);
        texts.share(token->owner.name);
        texts.share(token->createdBy);
        scopeLists.share(token->scopes);
        converted.append(std::move(*token));
    }
    return converted;
}

std::optional<TokenPage> TokenPage::parse(const QByteArray &body, QString *problem)
{
    auto envelope = parseEnvelope(body, problem);
    if (!envelope)
        return std::nullopt;
    auto tokens = convert(envelope->tokens, problem);
    if (!tokens)
        return std::nullopt;
    TokenPage page;
    page.tokens = std::move(*tokens);
    page.nextPageToken = envelope->nextPageToken;
    return page;
}
