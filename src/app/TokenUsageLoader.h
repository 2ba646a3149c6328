#pragma once

#include "Token.h"
#include "TokenUsage.h"

#include <QObject>
#include <QPointer>

class AccountSession;
class ApiCall;

// Loads where one token was used from (its address history) for the details pane. One token at
// a time: asking for another cancels the answer still awaited for the previous one.
class TokenUsageLoader : public QObject
{
    Q_OBJECT
public:
    explicit TokenUsageLoader(AccountSession &session, QObject *parent = nullptr);
    ~TokenUsageLoader() override;
    Q_DISABLE_COPY(TokenUsageLoader)

    void load(const Token &token);
    // Nothing selected: forget the pending answer.
    void clear();
    bool isBusy() const { return !m_call.isNull(); }
    QString tokenId() const { return m_tokenId; }

Q_SIGNALS:
    void loaded(const QString &tokenId, const TokenUsage &usage);
    // message is ready to show and says what to do.
    void failed(const QString &tokenId, const QString &message);
    void busyChanged(bool busy);

private:
    void drop(); // cancels the awaited answer without a signal

    AccountSession &m_session;
    QPointer<ApiCall> m_call;
    QString m_tokenId;
};
