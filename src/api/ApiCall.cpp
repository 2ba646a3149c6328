#include "ApiCall.h"

#include "SecureBuffer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>

ApiCall::ApiCall(QNetworkAccessManager *manager, QObject *context, int timeoutMs,
                 BodyHandler onBody, ErrorHandler onError, QObject *parent)
    : QObject(parent), m_manager(manager), m_context(context), m_hasContext(context != nullptr),
      m_onBody(std::move(onBody)), m_onError(std::move(onError))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeoutMs);
    connect(&m_timer, &QTimer::timeout, this, &ApiCall::onTimeout);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ApiCall::onDeadline);
    // A destroyed context cancels the call at once, so nothing lingers for nobody.
    if (context)
        connect(context, &QObject::destroyed, this, &ApiCall::cancel);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply.data(); // with it Qt's copy of the upload, so ours is the last one
    }
    // A login body holds a password: overwrite it once nothing else shares it.
    SecureBuffer::wipe(m_uploadBody);
}

void ApiCall::send(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body)
{
    if (m_finished)
        return;
    if (m_reply)
        m_reply->deleteLater();
    m_uploadBody = body;
    m_reply = body.isEmpty() && verb != "POST" ? m_manager->sendCustomRequest(request, verb)
                                               : m_manager->sendCustomRequest(request, verb, body);
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    // A hostile or broken server must not make us buffer without end: refuse what it announces
    // (Content-Length) and stop reading once more than the limit arrived (chunked, streaming).
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        if (reply == m_reply)
            checkSize(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply](qint64 received, qint64 total) {
                if (reply == m_reply)
                    checkSize(qMax(received, total));
            });
    m_timer.start();
}

void ApiCall::setDeadline(int ms)
{
    if (ms > 0)
        m_deadline.start(ms);
    else
        m_deadline.stop();
}

void ApiCall::checkSize(qint64 announcedOrReceived)
{
    if (m_finished || m_tooLarge || announcedOrReceived <= m_maxReplyBytes || !m_reply)
        return;
    m_tooLarge = true;
    m_reply->abort(); // finished() follows
}

void ApiCall::sendNext(const QNetworkRequest &request)
{
    send(request, "GET");
}

void ApiCall::failSoon(const ApiError &error)
{
    QTimer::singleShot(0, this, [this, error] { fail(error); });
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_deadline.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    Q_EMIT finished();
    deleteLater();
}

void ApiCall::onTimeout()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort(); // finished() follows with OperationCanceledError
}

void ApiCall::onDeadline()
{
    m_pastDeadline = true;
    if (m_reply && m_reply->isRunning())
        m_reply->abort(); // finished() follows with OperationCanceledError
    else if (m_reply)
        fail(limitError(m_reply));
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (m_finished || !reply || sender() != reply)
        return;
    m_timer.stop();
    if (m_tooLarge || m_pastDeadline) {
        fail(limitError(reply));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        fail(transportError(reply));
        return;
    }
    QByteArray body = reply->readAll();
    // Replies may carry secrets (new tokens, sessions): overwrite them once handled.
    const auto wipeBody = qScopeGuard([&body] { SecureBuffer::wipe(body); });
    if (status < 200 || status >= 300) {
        const ApiError error = httpError(status, body);
        if (status == 401 && reply->request().hasRawHeader("Authorization"))
            Q_EMIT unauthenticated(error);
        fail(error);
        return;
    }
    if (contextGone()) {
        finish();
        return;
    }
    ApiError error;
    switch (m_onBody(*this, status, body, &error)) {
    case Outcome::Done:
        finish();
        break;
    case Outcome::Pending:
        break;
    case Outcome::Failed:
        fail(error);
        break;
    }
}

ApiError ApiCall::transportError(QNetworkReply *reply) const
{
    ApiError error;
    const QUrl url = reply->url();
    const QString where =
        url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        error.kind = ApiError::Kind::ConnectionRefused;
        error.message = tr("Cannot connect to %1: the connection was refused. Is the server "
                           "running and the address right?")
                            .arg(where);
        break;
    case QNetworkReply::HostNotFoundError:
        error.kind = ApiError::Kind::HostNotFound;
        error.message =
            tr("The server name \"%1\" could not be found. Check the server address and your "
               "network connection.")
                .arg(url.host());
        break;
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        error.kind = ApiError::Kind::Timeout;
        error.message = tr("%1 did not answer within %2 seconds. Try again; if it keeps "
                           "happening, check the server.")
                            .arg(where)
                            .arg(m_timer.interval() / 1000.0);
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        error.kind = ApiError::Kind::Tls;
        error.message = tr("The secure connection to %1 failed: %2. The server's certificate is "
                           "not trusted or not valid for this name.")
                            .arg(where, reply->errorString());
        break;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolFailure:
    // Qt 6.4 reports bytes that are not HTTP as a closed connection (after retrying).
    case QNetworkReply::RemoteHostClosedError:
        error.kind = ApiError::Kind::InvalidResponse;
        error.message = tr("%1 closed the connection without a valid HTTP answer. Is this the "
                           "TokenDesk server?")
                            .arg(where);
        break;
    default:
        error.kind = ApiError::Kind::Network;
        error.message = tr("The connection to %1 failed: %2.").arg(where, reply->errorString());
        break;
    }
    if (error.kind == ApiError::Kind::Timeout && !m_timedOut)
        error.kind = ApiError::Kind::Cancelled;
    return error;
}

ApiError ApiCall::limitError(QNetworkReply *reply) const
{
    const QUrl url = reply->url();
    const QString where =
        url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    ApiError error;
    if (m_tooLarge) {
        error.kind = ApiError::Kind::TooLarge;
        error.message = tr("%1 sent an answer larger than %2 MiB, so it was stopped. The server "
                           "may be misconfigured or not the TokenDesk server; check it and try "
                           "again.")
                            .arg(where)
                            .arg(double(m_maxReplyBytes) / (1024.0 * 1024.0));
    } else {
        error.kind = ApiError::Kind::Timeout;
        error.message = tr("%1 did not finish answering within %2 seconds, so loading was "
                           "stopped. Try again; if it keeps happening, check the server.")
                            .arg(where)
                            .arg(m_deadline.interval() / 1000.0);
    }
    return error;
}

ApiError ApiCall::httpError(int status, const QByteArray &body)
{
    if (auto parsed = ApiError::fromResponse(status, body))
        return *parsed;
    ApiError error;
    error.kind = ApiError::Kind::InvalidResponse;
    error.httpStatus = status;
    error.message = tr("The server answered with HTTP status %1 and an unexpected body. Is this "
                       "the TokenDesk server?")
                        .arg(status);
    return error;
}

void ApiCall::fail(const ApiError &error)
{
    if (m_finished)
        return;
    if (!contextGone() && m_onError)
        m_onError(error);
    finish();
}

void ApiCall::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_deadline.stop();
    Q_EMIT finished();
    deleteLater();
}
