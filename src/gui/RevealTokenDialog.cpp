#include "RevealTokenDialog.h"
#include "ui_RevealTokenDialog.h"

#include "AccountSession.h"
#include "ActionIcons.h"
#include "Announcement.h"
#include "ClipboardGuard.h"
#include "ConfirmBox.h"
#include "PlainText.h"
#include "SecretField.h"
#include "TimeText.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QPointer>
#include <QPushButton>

RevealTokenDialog::Info RevealTokenDialog::Info::of(const AccountSession &session,
                                                    const Token &token, const QString &accountId,
                                                    bool rotated)
{
    Info info;
    info.token = token;
    info.accountId = accountId;
    info.server = session.server();
    info.rotated = rotated;
    if (rotated)
        info.oldSecretValidUntil = token.previousSecretValidUntil;
    info.freePlan = session.account().isFreePlan() && !token.owner.isTeam();
    info.freePlanEndpoints = session.policy().freePlanEndpoints;
    return info;
}

RevealTokenDialog::RevealTokenDialog(SecureBuffer secret, Info info, ClipboardGuard &clipboard,
                                     SaveFunction save, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RevealTokenDialog>()), m_secret(std::move(secret)),
      m_info(std::move(info)), m_clipboard(clipboard), m_save(std::move(save))
{
    m_ui->setupUi(this);
    ActionIcons::apply(this);
    setWindowTitle(m_info.rotated ? tr("Rotated token: %1").arg(m_info.token.name)
                                  : tr("New token: %1").arg(m_info.token.name));
    if (!m_info.rotated)
        m_ui->warningLabel->setText(
            tr("Copy your token now: you will not be able to see it again."));
    else if (m_info.oldSecretValidUntil.isValid())
        m_ui->warningLabel->setText(
            tr("This is the new secret of \"%1\". The old secret keeps working until %2, then "
               "stops. Copy the new one now: you will not be able to see it again.")
                .arg(m_info.token.name, TimeText::exact(m_info.oldSecretValidUntil)));
    else
        m_ui->warningLabel->setText(
            tr("This is the new secret of \"%1\". The old secret no longer works. Copy the new "
               "one now: you will not be able to see it again.")
                .arg(m_info.token.name));
    // Said with the button that has the focus: Orca 43 may skip the dialog's own announcement.
    m_ui->copyButton->setAccessibleDescription(m_ui->warningLabel->text());
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->secretEdit->setFont(mono);
    {
        QString text = m_secret.toString();
        m_ui->secretEdit->setText(text);
        SecureBuffer::wipe(text);
    }
    m_ui->secretEdit->setCursorPosition(0);
    // The secret leaves only through the clipboard guard (hint + auto-clear): no selection, since
    // X11 hands any selection to the PRIMARY clipboard unguarded; no context menu; Ctrl+C and
    // Ctrl+X copy through the guard (eventFilter).
    m_ui->secretEdit->setContextMenuPolicy(Qt::NoContextMenu);
    m_ui->secretEdit->setDragEnabled(false);
    connect(m_ui->secretEdit, &QLineEdit::selectionChanged, m_ui->secretEdit, &QLineEdit::deselect);
    m_ui->secretEdit->installEventFilter(this);
    m_ui->accountIdEdit->setFont(mono);
    m_ui->accountIdEdit->setText(m_info.accountId);
    const bool hasAccountId = !m_info.accountId.isEmpty();
    m_ui->accountIdEdit->setVisible(hasAccountId);
    m_ui->accountIdLabel->setVisible(hasAccountId);
    m_ui->copyAccountIdButton->setVisible(hasAccountId);
    m_ui->copyBothButton->setVisible(hasAccountId);

    m_ui->usageEdit->setFont(mono);
    // A placeholder, not the secret: one copy of it on screen is enough.
    m_ui->usageEdit->setPlainText(
        tr("export TOKEN='paste the token here'") + QLatin1Char('\n') +
        QStringLiteral("curl -H \"Authorization: Bearer $TOKEN\" %1/api/v1/token")
            .arg(m_info.server.toString(QUrl::StripTrailingSlash)));
    m_ui->usageEdit->setToolTip(
        tr("Put the copied token in the TOKEN environment variable first."));

    if (m_info.freePlan) {
        QStringList items;
        for (const Policy::Endpoint &endpoint : m_info.freePlanEndpoints)
            items.append(QStringLiteral("<li><code>%1 %2</code></li>")
                             .arg(endpoint.method.toHtmlEscaped(), endpoint.path.toHtmlEscaped()));
        m_ui->planLabel->setText(
            tr("On the free plan this token may call only:<ul>%1</ul>").arg(items.join(QString())));
    } else {
        m_ui->planLabel->hide();
    }

    setKeychainAvailable(m_info.keychainAvailable, m_info.keychainUnavailableReason);

    connect(m_ui->copyButton, &QPushButton::clicked, this, &RevealTokenDialog::copySecret);
    connect(m_ui->copyBothButton, &QPushButton::clicked, this, &RevealTokenDialog::copyBoth);
    connect(m_ui->copyAccountIdButton, &QPushButton::clicked, this,
            [this] { m_clipboard.copyText(m_info.accountId); });
    connect(&m_clipboard, &ClipboardGuard::countdown, this, [this](int seconds) {
        m_ui->countdownLabel->setText(
            tr("Copied. The clipboard will be cleared in %1 s.").arg(seconds));
    });
    connect(&m_clipboard, &ClipboardGuard::cleared, this,
            [this] { m_ui->countdownLabel->setText(tr("The clipboard was cleared.")); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->copyButton->setDefault(true);
    m_ui->copyButton->setFocus();
}

RevealTokenDialog::~RevealTokenDialog()
{
    wipe();
}

void RevealTokenDialog::setKeychainAvailable(bool available, const QString &reason)
{
    m_info.keychainAvailable = available;
    m_info.keychainUnavailableReason = reason;
    const bool offered = available && m_save;
    if (!offered && !m_saving)
        m_ui->saveCheck->setChecked(false);
    m_ui->saveCheck->setEnabled(offered);
    const QString why = tr("Unavailable: %1").arg(reason);
    PlainText::setToolTip(
        m_ui->saveCheck,
        available ? tr("Keep the secret in the system keychain, so \"Copy secret\" works later.")
                  : why);
    m_ui->saveCheck->setAccessibleDescription(available ? QString() : why);
    // Visible too: a disabled box takes no focus, so a keyboard user never sees its tooltip.
    m_ui->saveUnavailableLabel->setText(
        tr("Saving in the system keychain is not possible now. %1").arg(reason));
    m_ui->saveUnavailableLabel->setVisible(!available);
}

bool RevealTokenDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->secretEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)) {
            copySecret();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void RevealTokenDialog::copySecret()
{
    m_clipboard.copySecret(m_secret);
    m_copied = true;
    m_ui->countdownLabel->setText(
        tr("Copied. The clipboard will be cleared in %1 s.").arg(m_clipboard.secondsLeft()));
    Announcement::post(this, m_ui->countdownLabel->text()); // once: the label ticks silently
}

void RevealTokenDialog::copyBoth()
{
    QByteArray both = QByteArrayLiteral("token=") + m_secret.view().toByteArray() +
                      QByteArrayLiteral("\naccount_id=") + m_info.accountId.toUtf8();
    m_clipboard.copySecret(SecureBuffer::take(both));
    m_copied = true;
    Announcement::post(
        this, tr("Copied. The clipboard will be cleared in %1 s.").arg(m_clipboard.secondsLeft()));
}

void RevealTokenDialog::done(int result)
{
    if (!m_copied && !m_ui->saveCheck->isChecked() && !m_closeConfirmed && !m_secret.isEmpty()) {
        ConfirmBox::ask(this, QStringLiteral("confirmCloseBox"), tr("Close without copying?"),
                        tr("You will not see this token again. Close anyway?"), tr("Close &anyway"),
                        tr("&Go back"), [this, result] {
                            m_closeConfirmed = true;
                            done(result);
                        });
        return;
    }
    if (m_saving)
        return; // the keychain answers first
    if (m_ui->saveCheck->isChecked() && !m_saved && !m_secret.isEmpty()) {
        m_saving = true;
        m_pendingResult = result;
        setEnabled(false);
        m_ui->countdownLabel->setText(tr("Saving in the system keychain…"));
        m_save(m_secret,
               [guard = QPointer<RevealTokenDialog>(this)](bool ok, const QString &error) {
                   if (guard)
                       guard->saveFinished(ok, error);
               });
        return;
    }
    wipe();
    QDialog::done(result);
}

void RevealTokenDialog::saveFinished(bool ok, const QString &error)
{
    if (!m_saving)
        return;
    m_saving = false;
    setEnabled(true);
    if (ok) {
        m_saved = true;
        done(m_pendingResult);
        return;
    }
    m_ui->saveCheck->setChecked(false);
    m_ui->countdownLabel->setText(
        tr("Could not save in the system keychain: %1 Copy the token instead.").arg(error));
    m_ui->copyButton->setFocus();
}

void RevealTokenDialog::wipe()
{
    SecretField::wipe(m_ui->secretEdit);
    m_secret.clear();
}
