#include "KeychainAppFixture.h"

#include "LoginDialog.h"
#include "TokensPage.h"

#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>

namespace {
constexpr int ToolTimeoutMs = 15000;

QByteArray runSecretTool(const QStringList &arguments, bool mergeStderr)
{
    QProcess process;
    if (mergeStderr)
        process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("secret-tool"), arguments);
    if (!process.waitForFinished(ToolTimeoutMs) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return process.readAllStandardOutput();
}

QStringList attributes(const QString &key)
{
    return {QStringLiteral("server"), KeychainStore::serviceName(), QStringLiteral("user"), key};
}
} // namespace

namespace SecretTool {
QByteArray search(const QString &key)
{
    return runSecretTool(
        QStringList{QStringLiteral("search"), QStringLiteral("--all")} + attributes(key), true);
}

bool has(const QString &key)
{
    return search(key).contains(QByteArray("attribute.user = ") + key.toUtf8() + '\n');
}

QByteArray lookup(const QString &key)
{
    const QByteArray value =
        runSecretTool(QStringList{QStringLiteral("lookup")} + attributes(key), false);
    return QByteArray::fromBase64(value.trimmed());
}

void clear(const QString &key)
{
    runSecretTool(QStringList{QStringLiteral("clear")} + attributes(key), true);
}
} // namespace SecretTool

KeychainApp::KeychainApp(const QUrl &defaultServer, const QString &iniPath)
    : services(QApplication::clipboard(), iniPath), settings(services.settings()),
      client(services.client()), session(services.session()), secrets(services.secrets()),
      clipboard(services.clipboard())
{
    qApp->installEventFilter(this);
    window = std::make_unique<MainWindow>(services, defaultServer);
    window->show();
    window->start();
}

KeychainApp::~KeychainApp()
{
    qApp->removeEventFilter(this);
    window.reset();
    // Whatever the window scheduled for deletion goes now, not inside the next app.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

bool KeychainApp::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && qobject_cast<LoginDialog *>(watched))
        ++m_loginShown;
    return QObject::eventFilter(watched, event);
}

bool KeychainApp::signIn(const QUrl &server, const QString &username, const QString &password,
                         bool remember)
{
    auto *login = waitForDialog<LoginDialog>(15000);
    if (!login)
        return false;
    auto *serverEdit = login->findChild<QLineEdit *>(QStringLiteral("serverEdit"));
    auto *userEdit = login->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
    auto *passwordEdit = login->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *rememberCheck = login->findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
    if (!serverEdit || !userEdit || !passwordEdit || !rememberCheck)
        return false;
    serverEdit->clear();
    QTest::keyClicks(serverEdit, server.toString());
    userEdit->clear();
    QTest::keyClicks(userEdit, username);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    if (rememberCheck->isChecked() != remember) {
        if (!rememberCheck->isEnabled())
            return false; // the keychain was not found: nothing to test
        rememberCheck->setFocus();
        QTest::keyClick(rememberCheck, Qt::Key_Space);
    }
    if (rememberCheck->isChecked() != remember)
        return false;
    QTest::keyClick(passwordEdit, Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return session.isSignedIn() && personalPage(); }, 15000))
        return false;
    if (remember)
        return QTest::qWaitFor([&] { return settings.rememberSession(accountRef()); }, 15000);
    return true;
}

Settings::AccountRef KeychainApp::accountRef() const
{
    return session.accountRef();
}

TokensPage *KeychainApp::personalPage() const
{
    if (!window || !session.isSignedIn())
        return nullptr;
    const Account me = session.account();
    return window->tokensPage({TokenOwner::Type::User, me.id, me.username});
}

QLabel *KeychainApp::statusLabel() const
{
    return window->findChild<QLabel *>(QStringLiteral("connectionStatus"));
}
