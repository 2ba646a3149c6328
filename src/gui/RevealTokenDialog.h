#pragma once

#include "Policy.h"
#include "SecureBuffer.h"
#include "Token.h"

#include <QDialog>
#include <QUrl>

#include <functional>
#include <memory>

namespace Ui {
class RevealTokenDialog;
}
class AccountSession;
class ClipboardGuard;

// Shows a new (or rotated) token's secret exactly once: copy with the clipboard guard, account
// id, a usage example, the free plan's endpoint list, and "Save in system keychain". Closing
// before the secret was copied or saved asks first. On close the secret is wiped from memory
// and from the widget.
class RevealTokenDialog : public QDialog
{
    Q_OBJECT
public:
    struct Info
    {
        Token token;
        QString accountId;
        QUrl server;
        bool rotated = false;
        // After a rotation with grace: until when the old secret still works (invalid: it
        // stopped at once).
        QDateTime oldSecretValidUntil;
        bool freePlan = false;
        QList<Policy::Endpoint> freePlanEndpoints;
        bool keychainAvailable = false;
        QString keychainUnavailableReason;

        // What the signed-in session says about the token (the keychain fields stay unset).
        static Info of(const AccountSession &session, const Token &token, const QString &accountId,
                       bool rotated);
    };

    // Tells the dialog whether the save worked (error: why not).
    using SaveResult = std::function<void(bool ok, const QString &error)>;
    // Keeps the secret in the system keychain, then calls result (later, not from inside).
    using SaveFunction = std::function<void(const SecureBuffer &secret, SaveResult result)>;

    RevealTokenDialog(SecureBuffer secret, Info info, ClipboardGuard &clipboard, SaveFunction save,
                      QWidget *parent = nullptr);
    ~RevealTokenDialog() override;
    Q_DISABLE_COPY(RevealTokenDialog)

    void done(int result) override;
    // The keychain became (un)usable while the dialog is open: Save is offered only while it is.
    void setKeychainAvailable(bool available, const QString &reason);
    bool secretWiped() const { return m_secret.isEmpty(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // On success the dialog closes (and wipes the secret); on failure it stays open with the
    // reason, so the secret can still be copied.
    void saveFinished(bool ok, const QString &error);

    void copySecret();
    void copyBoth();
    void wipe();

    std::unique_ptr<Ui::RevealTokenDialog> m_ui;
    SecureBuffer m_secret;
    Info m_info;
    ClipboardGuard &m_clipboard;
    SaveFunction m_save;
    bool m_copied = false;
    bool m_closeConfirmed = false;
    bool m_saving = false;
    bool m_saved = false;
    int m_pendingResult = 0;
};
