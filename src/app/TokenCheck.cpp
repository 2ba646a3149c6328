#include "TokenCheck.h"

#include "AccountSession.h"
#include "ApiCall.h"
#include "ApiClient.h"
#include "AppServices.h"
#include "TokenFormat.h"

TokenCheck::TokenCheck(AppServices &services, QObject *parent)
    : QObject(parent), m_session(services.session()), m_client(services.client())
{}

TokenCheck::~TokenCheck()
{
    clear();
}

void TokenCheck::setText(QString &text)
{
    QByteArray bytes = text.toUtf8();
    SecureBuffer::wipe(text);
    bytes = std::move(bytes).trimmed(); // in place: no second copy of the secret
    SecureBuffer secret = SecureBuffer::take(bytes);
    if (secret == m_secret)
        return; // nothing new (e.g. the same paste again): keep the answer
    cancelCall();
    m_secret = std::move(secret);
    m_identified = {};
    const auto api = TokenFormat::shapeOf(m_secret.view(), TokenFormat::Kind::ApiToken);
    if (m_secret.isEmpty())
        m_verdict = Verdict::Empty;
    else if (api == TokenFormat::Shape::Valid)
        m_verdict = Verdict::Valid;
    else if (api == TokenFormat::Shape::BadChecksum)
        m_verdict = Verdict::BadChecksum;
    else if (TokenFormat::isWellFormed(m_secret.view(), TokenFormat::Kind::Session))
        m_verdict = Verdict::Session;
    else
        m_verdict = Verdict::NotAToken;
    setLookup(Lookup::None);
    Q_EMIT verdictChanged(m_verdict);
    if (m_verdict == Verdict::Valid && m_session.isSignedIn())
        identify();
}

void TokenCheck::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void TokenCheck::setLookup(Lookup lookup)
{
    m_lookup = lookup;
    Q_EMIT lookupChanged(lookup);
}

void TokenCheck::cancelCall()
{
    if (m_call)
        m_call->cancel(); // its callbacks will not run
    m_call = nullptr;
    setBusy(false);
}

void TokenCheck::identify()
{
    setBusy(true);
    setLookup(Lookup::Asking);
    m_call = m_client.identifyToken(
        m_secret, this,
        [this](const Token &token) {
            setBusy(false);
            m_identified = token;
            setLookup(Lookup::Identified);
        },
        [this](const ApiError &error) {
            setBusy(false);
            // 404: not the user's, nor of a team they administer — or not a live token at all.
            if (error.kind == ApiError::Kind::Http && error.httpStatus == 404) {
                setLookup(Lookup::Unknown);
                return;
            }
            setLookup(Lookup::Failed);
            Q_EMIT failed(
                tr("Could not ask the server whose token this is: %1").arg(error.message));
        });
}

void TokenCheck::askAgain()
{
    if (m_verdict == Verdict::Valid && m_session.isSignedIn() && !m_busy)
        identify();
}

void TokenCheck::revokeIdentified()
{
    if (m_lookup != Lookup::Identified || m_busy)
        return;
    setBusy(true);
    m_call = m_client.deleteToken(
        m_identified.owner, m_identified.id, this,
        [this] {
            setBusy(false);
            Q_EMIT revoked(m_identified);
        },
        [this](const ApiError &error) {
            setBusy(false);
            Q_EMIT failed(tr("Could not revoke \"%1\": %2").arg(m_identified.name, error.message));
        });
}

void TokenCheck::revokeWithItself()
{
    if (m_verdict != Verdict::Valid || m_busy)
        return;
    setBusy(true);
    m_call = m_client.revokeWithToken(
        m_secret, this,
        [this] {
            setBusy(false);
            Q_EMIT revoked(m_lookup == Lookup::Identified ? m_identified : Token{});
        },
        [this](const ApiError &error) {
            setBusy(false);
            if (error.kind == ApiError::Kind::Http && error.httpStatus == 401) {
                Q_EMIT failed(tr("The server does not accept this token: it is already revoked "
                                 "or expired, or it belongs to another server. It cannot be "
                                 "used, so there is nothing to revoke."));
                return;
            }
            Q_EMIT failed(tr("Could not revoke the token: %1").arg(error.message));
        });
}

void TokenCheck::clear()
{
    cancelCall();
    m_secret.clear();
    m_identified = {};
    m_verdict = Verdict::Empty;
    m_lookup = Lookup::None;
}
