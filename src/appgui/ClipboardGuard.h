#pragma once

#include "SecretClipboard.h"
#include "SecureBuffer.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QClipboard;

// Puts secrets on the clipboard for a limited time. A secret goes on with the password-manager
// hint ("x-kde-passwordManagerHint: secret", so clipboard managers do not keep a history of it)
// and is cleared after clearSeconds() — or when the guard is destroyed (app quit) — but only if
// the clipboard still holds exactly what we put there: whatever the user copied since is theirs.
// We keep a SHA-256 digest of what we set, not the secret itself, to recognise it.
class ClipboardGuard : public QObject, public SecretClipboard
{
    Q_OBJECT
public:
    static constexpr int DefaultClearSeconds = 30;
    // The mime type of the hint and its value for a secret.
    static QString secretHintMimeType();
    static QByteArray secretHintValue();

    explicit ClipboardGuard(QClipboard *clipboard, QObject *parent = nullptr);
    ~ClipboardGuard() override;
    Q_DISABLE_COPY(ClipboardGuard)

    // At least 1; applies to the next copySecret().
    void setClearSeconds(int seconds);
    int clearSeconds() const { return m_clearSeconds; }

    // Replaces the clipboard with the secret (text/plain + hint) and starts the countdown:
    // countdown(clearSeconds()) at once, then one per second down to 0, then clearing.
    void copySecret(const SecureBuffer &secret) override;
    // Non-secret text (an account id, a usage example): no hint and no auto-clear. It replaces
    // our secret if that is still on the clipboard, which ends our countdown (cleared()).
    void copyText(const QString &text);

    // Seconds until the clipboard is cleared; 0 when no countdown is running.
    int secondsLeft() const { return m_secondsLeft; }
    // Whether a countdown is running and the clipboard still holds our secret.
    bool holdsSecret() const;
    // Clears the clipboard now if it still holds our secret, and ends the countdown.
    void clearNow();

Q_SIGNALS:
    // Once a second while counting down, with the seconds left.
    void countdown(int secondsLeft);
    // The countdown is over and our secret is no longer on the clipboard: we cleared it, or
    // something else was copied over it (then we left the clipboard alone).
    void cleared();

private:
    void onTick();
    void onClipboardChanged();
    // Ends the countdown; when clear is set, empties the clipboard if it still holds our secret.
    void finish(bool clear);
    bool clipboardHoldsOurs() const;

    QPointer<QClipboard> m_clipboard;
    QTimer m_ticker;
    int m_clearSeconds = DefaultClearSeconds;
    int m_secondsLeft = 0;
    QByteArray m_digest; // SHA-256 of the text we put on the clipboard; empty: nothing guarded
    bool m_settingClipboard = false;
};
