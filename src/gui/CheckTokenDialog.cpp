#include "CheckTokenDialog.h"
#include "ui_CheckTokenDialog.h"

#include "Announcement.h"
#include "ConfirmBox.h"
#include "SecretField.h"
#include "StatusStyle.h"
#include "TimeText.h"

#include <QPushButton>

CheckTokenDialog::CheckTokenDialog(AppServices &services, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CheckTokenDialog>()),
      m_check(new TokenCheck(services, this))
{
    m_ui->setupUi(this);
    StatusStyle::apply(m_ui->errorLabel, StatusColors::Tone::Error, StatusStyle::Kind::Text);
    // What was pasted may be a live secret: no drag, no context menu (Copy would put it on the
    // clipboard unguarded), no undo history of it.
    m_ui->secretEdit->setContextMenuPolicy(Qt::NoContextMenu);
    m_ui->secretEdit->setDragEnabled(false);
    m_ui->revokeButton->setToolTip(tr("Revoke it through your account: it stops working at once"));
    m_ui->revokeItselfButton->setToolTip(
        tr("Use the token to revoke itself: works for any live TokenDesk token on this server"));

    connect(m_ui->secretEdit, &QLineEdit::textChanged, this, &CheckTokenDialog::textEdited);
    connect(m_check, &TokenCheck::verdictChanged, this, &CheckTokenDialog::showVerdict);
    connect(m_check, &TokenCheck::lookupChanged, this, &CheckTokenDialog::showLookup);
    connect(m_check, &TokenCheck::busyChanged, m_ui->busyBar, &QWidget::setVisible);
    connect(m_check, &TokenCheck::busyChanged, this, &CheckTokenDialog::updateButtons);
    connect(m_check, &TokenCheck::failed, this, &CheckTokenDialog::showError);
    connect(m_check, &TokenCheck::revoked, this, &CheckTokenDialog::showRevoked);
    connect(m_ui->revokeButton, &QPushButton::clicked, this, [this] { confirmRevoke(false); });
    connect(m_ui->revokeItselfButton, &QPushButton::clicked, this, [this] { confirmRevoke(true); });
    connect(m_ui->askAgainButton, &QPushButton::clicked, this, [this] {
        showError({});
        m_check->askAgain();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showVerdict(TokenCheck::Verdict::Empty);
    m_ui->secretEdit->setFocus();
}

CheckTokenDialog::~CheckTokenDialog()
{
    SecretField::wipe(m_ui->secretEdit);
    m_check->clear();
}

void CheckTokenDialog::done(int result)
{
    SecretField::wipe(m_ui->secretEdit);
    m_ui->secretEdit->setText(QString()); // also drops the field's (unused) undo history
    m_check->clear();
    QDialog::done(result);
}

bool CheckTokenDialog::secretWiped() const
{
    return m_ui->secretEdit->text().isEmpty() && !m_check->hasSecret();
}

void CheckTokenDialog::textEdited()
{
    // A copy of its own (the widget's text is shared), which setText() wipes.
    const QString shown = m_ui->secretEdit->text();
    QString copy(shown.constData(), shown.size());
    m_revoked = false;
    showError({});
    m_check->setText(copy); // wipes copy
}

void CheckTokenDialog::showVerdict(TokenCheck::Verdict verdict)
{
    QString text;
    switch (verdict) {
    case TokenCheck::Verdict::Empty:
        text = tr("Paste the text to check above.");
        break;
    case TokenCheck::Verdict::NotAToken:
        text = tr("Not a TokenDesk token. TokenDesk tokens start with tdk_ and have 42 "
                  "characters; this is something else.");
        break;
    case TokenCheck::Verdict::BadChecksum:
        text = tr("Shaped like a TokenDesk token, but its checksum is wrong: a typo (check what "
                  "you copied) or a forgery. No TokenDesk server issued it as it is.");
        break;
    case TokenCheck::Verdict::Session:
        text = tr("A TokenDesk sign-in session, not an API token. To end it, sign out where it "
                  "is used, or change that account's password.");
        break;
    case TokenCheck::Verdict::Valid:
        text = tr("A valid TokenDesk token: the checksum matches.");
        break;
    }
    m_ui->verdictLabel->setText(text);
    if (verdict != TokenCheck::Verdict::Empty)
        Announcement::post(this, text);
    showLookup(m_check->lookup());
}

void CheckTokenDialog::showLookup(TokenCheck::Lookup lookup)
{
    QString text;
    switch (lookup) {
    case TokenCheck::Lookup::None:
        if (m_check->verdict() == TokenCheck::Verdict::Valid)
            text = tr("Sign in to find out whether it is one of yours.");
        break;
    case TokenCheck::Lookup::Asking:
        text = tr("Asking the server whose token this is…");
        break;
    case TokenCheck::Lookup::Identified: {
        const Token &token = m_check->identified();
        const QString owner = token.owner.isTeam()
                                  ? tr("a token of the team %1").arg(token.owner.name)
                                  : tr("one of your personal tokens");
        const QString lastUsed = token.lastUsedAt.isValid()
                                     ? tr("last used %1").arg(TimeText::exact(token.lastUsedAt))
                                     : tr("never used");
        text = tr("This is \"%1\" (%2), %3, created by %4, %5.")
                   .arg(token.name, token.hint, owner, token.createdBy, lastUsed);
        break;
    }
    case TokenCheck::Lookup::Unknown:
        text = tr("It is not one of your tokens, nor of a team you administer (or it is no "
                  "longer valid). If it leaked, revoke it with the token itself.");
        break;
    case TokenCheck::Lookup::Failed:
        text = tr("Whose token this is could not be found out. Choose Ask again, or revoke it "
                  "with the token itself.");
        break;
    }
    m_ui->lookupLabel->setText(text);
    m_ui->lookupLabel->setVisible(!text.isEmpty());
    if (lookup == TokenCheck::Lookup::Identified || lookup == TokenCheck::Lookup::Unknown)
        Announcement::post(this, text);
    updateButtons();
}

void CheckTokenDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        Announcement::post(this, message);
    updateButtons();
}

void CheckTokenDialog::showRevoked(const Token &token)
{
    m_revoked = true;
    const QString text =
        token.id.isEmpty()
            ? tr("Revoked. The token no longer works.")
            : tr("Revoked \"%1\" (%2). It no longer works.").arg(token.name, token.hint);
    m_ui->lookupLabel->setText(text);
    m_ui->lookupLabel->show();
    Announcement::post(this, text);
    updateButtons();
    Q_EMIT tokenRevoked(token);
}

void CheckTokenDialog::updateButtons()
{
    const bool idle = !m_check->isBusy() && !m_revoked;
    const bool valid = m_check->verdict() == TokenCheck::Verdict::Valid;
    const TokenCheck::Lookup lookup = m_check->lookup();
    m_ui->revokeButton->setVisible(lookup == TokenCheck::Lookup::Identified);
    m_ui->revokeButton->setEnabled(idle);
    m_ui->revokeItselfButton->setVisible(valid && lookup != TokenCheck::Lookup::Identified &&
                                         lookup != TokenCheck::Lookup::Asking);
    m_ui->revokeItselfButton->setEnabled(idle);
    m_ui->askAgainButton->setVisible(lookup == TokenCheck::Lookup::Failed);
    m_ui->askAgainButton->setEnabled(idle);
}

void CheckTokenDialog::confirmRevoke(bool withItself)
{
    const Token &token = m_check->identified();
    const QString text =
        withItself ? tr("Revoke this token?\n\nWhatever uses it stops working immediately. This "
                        "cannot be undone.")
                   : tr("Revoke \"%1\" (%2)?\n\nWhatever uses it stops working immediately. This "
                        "cannot be undone.")
                         .arg(token.name, token.hint);
    ConfirmBox::ask(this, QStringLiteral("confirmRevokeCheckedBox"), tr("Revoke token?"), text,
                    tr("&Revoke"), tr("Cancel"), [this, withItself] {
                        if (withItself)
                            m_check->revokeWithItself();
                        else
                            m_check->revokeIdentified();
                    });
}
