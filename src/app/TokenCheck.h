#pragma once

#include "SecureBuffer.h"
#include "Token.h"

#include <QObject>
#include <QPointer>

class AccountSession;
class ApiCall;
class ApiClient;
class AppServices;

// "Check a token…": what a pasted string is, and what to do if it is a live token. The verdict
// is offline (TokenFormat: prefix, length, alphabet, checksum); a valid token is then shown to
// the server, which names it when it is the user's or a team's they administer, so it can be
// revoked; any other live token can be revoked with itself. The pasted secret lives only in a
// SecureBuffer here, wiped by clear() and on destruction — never stored or logged.
class TokenCheck : public QObject
{
    Q_OBJECT
public:
    enum class Verdict
    {
        Empty,
        NotAToken,   // not a TokenDesk API token at all
        BadChecksum, // shaped like one, but the checksum is wrong: a typo or a forgery
        Session,     // a TokenDesk sign-in session, not an API token
        Valid,
    };
    Q_ENUM(Verdict)
    enum class Lookup
    {
        None,       // not asked (nothing valid to ask about, or not signed in)
        Asking,     // the server is being asked
        Identified, // the user's own token, or one of a team they administer: identified()
        Unknown,    // not the user's (or the server does not say): revoke with the token itself
        Failed,     // the question could not be asked: failed() says why
    };
    Q_ENUM(Lookup)

    explicit TokenCheck(AppServices &services, QObject *parent = nullptr);
    ~TokenCheck() override;
    Q_DISABLE_COPY(TokenCheck)

    // Takes the pasted text (surrounding white space ignored), wipes text, judges it offline
    // and, when it is a valid token and someone is signed in, asks the server whose it is.
    void setText(QString &text);
    Verdict verdict() const { return m_verdict; }
    Lookup lookup() const { return m_lookup; }
    // The token the server identified (Lookup::Identified).
    const Token &identified() const { return m_identified; }
    bool isBusy() const { return m_busy; }

    // Asks the server again (after a failed lookup).
    void askAgain();
    // Revokes the identified token through the user's session (as Delete does).
    void revokeIdentified();
    // Revokes whatever token the secret is, using the secret itself.
    void revokeWithItself();
    // Forgets and wipes the secret; calls in flight are dropped.
    void clear();
    bool hasSecret() const { return !m_secret.isEmpty(); }

Q_SIGNALS:
    void verdictChanged(TokenCheck::Verdict verdict);
    void lookupChanged(TokenCheck::Lookup lookup);
    void busyChanged(bool busy);
    // The token is revoked: it authenticates nothing from now on. token: the identified one,
    // or an empty id when it was revoked with itself.
    void revoked(const Token &token);
    // A request failed; message says what to do.
    void failed(const QString &message);

private:
    void setBusy(bool busy);
    void setLookup(Lookup lookup);
    void identify();
    void cancelCall();

    AccountSession &m_session;
    ApiClient &m_client;
    SecureBuffer m_secret;
    Verdict m_verdict = Verdict::Empty;
    Lookup m_lookup = Lookup::None;
    Token m_identified;
    QPointer<ApiCall> m_call;
    bool m_busy = false;
};
