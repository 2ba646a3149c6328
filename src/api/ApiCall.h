#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// One API call in flight: owns its QNetworkReply (or a chain of them for paginated lists),
// enforces the timeout, maps every failure to ApiError and delivers exactly one outcome to the
// caller's callbacks — unless the caller's context object is gone, or the call was cancelled.
// Callers never see the QNetworkReply. The call deletes itself after finishing.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    // Interprets a 2xx body: Done (the success callback ran), Failed (*error says why) or
    // Pending (it issued a follow-up request with sendNext(), e.g. the next page).
    enum class Outcome
    {
        Done,
        Pending,
        Failed
    };
    using BodyHandler =
        std::function<Outcome(ApiCall &call, int status, const QByteArray &body, ApiError *error)>;
    using ErrorHandler = std::function<void(const ApiError &)>;

    ApiCall(QNetworkAccessManager *manager, QObject *context, int timeoutMs, BodyHandler onBody,
            ErrorHandler onError, QObject *parent = nullptr);
    ~ApiCall() override;
    Q_DISABLE_COPY(ApiCall)

    void send(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body = {});
    // Follow-up GET within the same call (next page); the timeout restarts.
    void sendNext(const QNetworkRequest &request);
    // A limit for the whole call, however many requests it makes (the timeout only covers
    // each one). Counted from the call of this function; 0: none.
    void setDeadline(int ms);
    // Answers whose body is larger are aborted as they arrive (Kind::TooLarge).
    static constexpr qint64 MaxReplyBytes = qint64(32) * 1024 * 1024;
    void setMaxReplyBytes(qint64 bytes) { m_maxReplyBytes = bytes; }
    // Fails without touching the network (e.g. a refused URL), after the caller got the call.
    void failSoon(const ApiError &error);
    // Aborts the network request; no callback runs afterwards. Safe to call at any time.
    void cancel();
    bool isFinished() const { return m_finished; }
    // Calls that must reach the server even when everything else is dropped (ending a
    // session): ApiClient::cancelAll() leaves them running.
    void setSurvivesCancelAll(bool survives) { m_survivesCancelAll = survives; }
    bool survivesCancelAll() const { return m_survivesCancelAll; }
    // Reported by paginated calls after each page: the number of items loaded so far.
    void reportProgress(int loaded) { Q_EMIT progress(loaded); }

Q_SIGNALS:
    void progress(int loaded);
    // Emitted once, after the success or error callback (or on cancel).
    void finished();
    // A call that needed a session got 401: the session is over.
    void unauthenticated(const ApiError &error);

private:
    void onReplyFinished();
    void onTimeout();
    void onDeadline();
    // Aborts the reply if what it announced or what arrived is over the limit.
    void checkSize(qint64 announcedOrReceived);
    void fail(const ApiError &error);
    void finish();
    bool contextGone() const { return m_hasContext && !m_context; }
    ApiError transportError(QNetworkReply *reply) const;
    ApiError limitError(QNetworkReply *reply) const;
    static ApiError httpError(int status, const QByteArray &body);

    QNetworkAccessManager *m_manager;
    QPointer<QObject> m_context;
    bool m_hasContext;
    BodyHandler m_onBody;
    ErrorHandler m_onError;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_uploadBody;
    QTimer m_timer;
    QTimer m_deadline;
    qint64 m_maxReplyBytes = MaxReplyBytes;
    bool m_timedOut = false;
    bool m_pastDeadline = false;
    bool m_tooLarge = false;
    bool m_finished = false;
    bool m_survivesCancelAll = false;
};
