#include "LoginDialog.h"
#include "ui_LoginDialog.h"

#include "AccountSession.h"
#include "ApiError.h"
#include "PlainText.h"
#include "SecretField.h"
#include "SecureBuffer.h"

#include <QPushButton>

LoginDialog::LoginDialog(AccountSession &session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_ui->errorLabel->hide();
    m_ui->progress->hide();
    connect(m_ui->serverEdit, &QLineEdit::textChanged, this, &LoginDialog::updateOk);
    connect(m_ui->usernameEdit, &QLineEdit::textChanged, this, &LoginDialog::updateOk);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &LoginDialog::updateOk);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_session, &AccountSession::signInFailed, this, &LoginDialog::onFailed);
    connect(&m_session, &AccountSession::signedIn, this, [this] {
        if (!m_busy)
            return;
        setBusy(false);
        // The password is not needed any more; do not leave it in the widget.
        SecretField::wipe(m_ui->passwordEdit);
        accept();
    });
    updateOk();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setServer(const QUrl &server)
{
    m_ui->serverEdit->setText(server.toString());
}

void LoginDialog::setUsername(const QString &username)
{
    m_ui->usernameEdit->setText(username);
    if (!username.isEmpty())
        m_ui->passwordEdit->setFocus();
}

void LoginDialog::setRememberMe(bool remember)
{
    m_ui->rememberCheck->setChecked(remember && m_ui->rememberCheck->isEnabled());
}

void LoginDialog::setKeychainAvailable(bool available, const QString &reason)
{
    m_ui->rememberCheck->setEnabled(available);
    if (!available) {
        m_ui->rememberCheck->setChecked(false);
        PlainText::setToolTip(
            m_ui->rememberCheck,
            tr("Unavailable: %1 TokenDesk never stores sessions in plain files.").arg(reason));
    } else {
        m_ui->rememberCheck->setToolTip(
            tr("Keep the session in the system keychain, so the next start signs in "
               "automatically."));
    }
}

void LoginDialog::setMessage(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

QUrl LoginDialog::server() const
{
    return QUrl::fromUserInput(m_ui->serverEdit->text().trimmed());
}

QString LoginDialog::username() const
{
    return m_ui->usernameEdit->text().trimmed();
}

bool LoginDialog::rememberMe() const
{
    return m_ui->rememberCheck->isChecked();
}

void LoginDialog::updateOk()
{
    const bool complete = !m_ui->serverEdit->text().trimmed().isEmpty() && !username().isEmpty() &&
                          !m_ui->passwordEdit->text().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(complete && !m_busy);
}

void LoginDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    m_ui->progress->setVisible(busy);
    m_ui->serverEdit->setEnabled(!busy);
    m_ui->usernameEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
    updateOk();
}

void LoginDialog::submit()
{
    if (m_busy)
        return;
    const QUrl url = server();
    if (!url.isValid() || url.host().isEmpty()) {
        setMessage(tr("\"%1\" is not a server address. Enter one like http://127.0.0.1:8686.")
                       .arg(m_ui->serverEdit->text()));
        m_ui->serverEdit->setFocus();
        return;
    }
    setMessage({});
    setBusy(true);
    QString password = m_ui->passwordEdit->text();
    QByteArray bytes = password.toUtf8();
    const SecureBuffer secret = SecureBuffer::take(bytes);
    SecureBuffer::wipe(password);
    m_session.signIn(url, username(), secret);
}

void LoginDialog::onFailed(const ApiError &error)
{
    if (!m_busy)
        return;
    setBusy(false);
    if (error.code == QLatin1String("invalid_credentials")) {
        setMessage(tr("The username or password is wrong. Check them and try again."));
        m_ui->passwordEdit->selectAll();
        m_ui->passwordEdit->setFocus();
    } else {
        setMessage(error.message);
    }
}
