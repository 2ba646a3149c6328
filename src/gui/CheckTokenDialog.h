#pragma once

#include "Token.h"
#include "TokenCheck.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CheckTokenDialog;
}
class AppServices;

// Tools ▸ Check a token…: paste any string, see at once whether it is a TokenDesk token (offline
// verdict), whose it is when the server knows, and revoke it — through the session when it is
// the user's, otherwise with the token itself. The pasted text is wiped from the field and from
// memory when the dialog closes.
class CheckTokenDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CheckTokenDialog(AppServices &services, QWidget *parent = nullptr);
    ~CheckTokenDialog() override;
    Q_DISABLE_COPY(CheckTokenDialog)

    void done(int result) override;
    // Nothing of the pasted text is left in the dialog (field and buffer).
    bool secretWiped() const;

Q_SIGNALS:
    // A token was revoked here; token has an empty id when it was revoked with itself.
    void tokenRevoked(const Token &token);

private:
    void textEdited();
    void showVerdict(TokenCheck::Verdict verdict);
    void showLookup(TokenCheck::Lookup lookup);
    void showError(const QString &message);
    void showRevoked(const Token &token);
    void confirmRevoke(bool withItself);
    void updateButtons();

    std::unique_ptr<Ui::CheckTokenDialog> m_ui;
    TokenCheck *m_check;
    bool m_revoked = false;
};
