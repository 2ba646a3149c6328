#include "TokenUsageLoader.h"

#include "AccountSession.h"
#include "ApiCall.h"
#include "ApiClient.h"

TokenUsageLoader::TokenUsageLoader(AccountSession &session, QObject *parent)
    : QObject(parent), m_session(session)
{}

TokenUsageLoader::~TokenUsageLoader()
{
    drop();
}

void TokenUsageLoader::load(const Token &token)
{
    const bool wasBusy = isBusy();
    drop();
    m_tokenId = token.id;
    const QString id = token.id;
    const QString name = token.name;
    m_call = m_session.client().tokenUsage(
        token.owner, token.id, this,
        [this, id](const TokenUsage &usage) { Q_EMIT loaded(id, usage); },
        [this, id, name](const ApiError &error) {
            Q_EMIT failed(id, tr("Could not load where \"%1\" was used: %2 Choose Refresh to "
                                 "try again.")
                                  .arg(name, error.message));
        });
    // Also after a cancel from elsewhere (sign-out): the busy state never sticks.
    connect(m_call, &ApiCall::finished, this, [this] {
        m_call.clear();
        Q_EMIT busyChanged(false);
    });
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

void TokenUsageLoader::clear()
{
    const bool wasBusy = isBusy();
    drop();
    m_tokenId.clear();
    if (wasBusy)
        Q_EMIT busyChanged(false);
}

void TokenUsageLoader::drop()
{
    if (!m_call)
        return;
    disconnect(m_call, nullptr, this, nullptr);
    m_call->cancel();
    m_call.clear();
}
