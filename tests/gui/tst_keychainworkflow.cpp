// The app's keychain features end to end: real widgets (offscreen), the real tokendesk-server,
// and the REAL KeychainStore (QtKeychain → libsecret → gnome-keyring) in the D-Bus session and
// throwaway HOME that tests/secrets/with-keyring.sh provides. What the app stored is checked
// with secret-tool, an independent Secret Service client.
#include "AddTokenDialog.h"
#include "GuiFixture.h"
#include "KeychainAppFixture.h"
#include "LoginDialog.h"
#include "ProfilePage.h"
#include "RevealTokenDialog.h"
#include "RotateTokenDialog.h"
#include "TestServer.h"
#include "TokenFormat.h"
#include "TokenListModel.h"
#include "TokensPage.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QTableView>

#include <functional>
#include <memory>

namespace {
constexpr int WaitMs = 15000;
const QString Demo = QStringLiteral("demo");
} // namespace

class TestKeychainWorkflow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rememberMeSurvivesRestart();
    void revokedStoredSessionAsksAgain();
    void saveCopyRotateDeleteInKeychain();
    void staleEntryIsCleanedUp();
    void noPlaintextSecretsOnDisk();

private:
    struct Created
    {
        QString id;
        QByteArray secret;
    };
    enum class Keep
    {
        InKeychain,
        CopyOnly
    };

    void startApp(const QString &name);
    QString sessionKey() const { return SecretStore::sessionKey(m_server.baseUrl(), Demo); }
    QString tokenKey(const QString &id) const
    {
        return SecretStore::tokenKey(m_server.baseUrl(), Demo, id);
    }
    Created createToken(const QString &name, Keep keep);
    [[nodiscard]] bool selectRow(TokensPage *page, const QString &id);
    static bool inKeychainColumn(TokensPage *page, const QString &id);
    // A second client with its own session, acting "behind the app's back".
    static bool
    runOther(const QUrl &server, const QByteArray &session,
             const std::function<ApiCall *(ApiClient &, QObject *, bool *, int *)> &call,
             int *httpStatus = nullptr);
    void seen(const QByteArray &secret) { m_seen.append(secret); }

    TestServer m_server;
    std::unique_ptr<KeychainApp> m_app;
    QList<QByteArray> m_seen; // every secret the tests handled, for the plaintext scan
};

void TestKeychainWorkflow::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("TOKENDESK_TEST_SANDBOX"))
        QSKIP("Run through tests/secrets/with-keyring.sh (ctest does): it needs a throwaway "
              "keyring.");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestKeychainWorkflow::init()
{
    // A failed earlier test must not leave a remembered session for this one.
    SecretTool::clear(sessionKey());
    QApplication::clipboard()->clear();
}

void TestKeychainWorkflow::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(w))
            box->close();
    }
    m_app.reset();
}

void TestKeychainWorkflow::startApp(const QString &name)
{
    m_app.reset(); // the previous run quits first
    const QString ini =
        QDir::home().filePath(QStringLiteral(".config/tokendesk-tests/%1.ini").arg(name));
    m_app = std::make_unique<KeychainApp>(m_server.baseUrl(), ini);
}

TestKeychainWorkflow::Created TestKeychainWorkflow::createToken(const QString &name, Keep keep)
{
    TokensPage *page = m_app->personalPage();
    if (!page)
        return {};
    m_app->window->showPage(page);
    if (!QTest::qWaitFor(
            [&] { return !page->findChild<QWidget *>(QStringLiteral("busyBar"))->isVisible(); }))
        return {};
    QPushButton *add = GuiFixture::button(page, QStringLiteral("Add token…"));
    QTest::mouseClick(add, Qt::LeftButton);
    auto *dialog = KeychainApp::waitForDialog<AddTokenDialog>();
    if (!dialog)
        return {};
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), name);
    auto *expiry = dialog->findChild<QComboBox *>(QStringLiteral("expiryCombo"));
    expiry->setCurrentIndex(expiry->findText(QStringLiteral("7 days")));
    QTest::mouseClick(GuiFixture::button(dialog, QStringLiteral("Create")), Qt::LeftButton);
    auto *reveal = KeychainApp::waitForDialog<RevealTokenDialog>(WaitMs);
    if (!reveal)
        return {};
    Created created;
    created.secret =
        reveal->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text().toLatin1();
    seen(created.secret);
    if (keep == Keep::InKeychain) {
        auto *save = reveal->findChild<QCheckBox *>(QStringLiteral("saveCheck"));
        if (!save->isEnabled())
            return {}; // the keychain was not found
        save->setFocus();
        QTest::keyClick(save, Qt::Key_Space);
    } else {
        QTest::mouseClick(GuiFixture::button(reveal, QStringLiteral("Copy token")), Qt::LeftButton);
    }
    QTest::mouseClick(GuiFixture::button(reveal, QStringLiteral("Close")), Qt::LeftButton);
    if (!QTest::qWaitFor([] { return !KeychainApp::findVisible<RevealTokenDialog>(); }))
        return {};
    for (int row = 0; row < page->model().rowCount(); ++row) {
        if (page->model().tokenAt(row)->name == name)
            created.id = page->model().tokenAt(row)->id;
    }
    if (keep == Keep::InKeychain &&
        !QTest::qWaitFor([&] { return page->model().isInKeychain(created.id); }, WaitMs))
        return {};
    return created;
}

bool TestKeychainWorkflow::selectRow(TokensPage *page, const QString &id)
{
    auto *view = page->findChild<QTableView *>(QStringLiteral("tableView"));
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data(TokenListModel::TokenIdRole).toString() == id) {
            view->setFocus();
            view->selectRow(row);
            return true;
        }
    }
    return false; // no row for the token
}

bool TestKeychainWorkflow::inKeychainColumn(TokensPage *page, const QString &id)
{
    const int row = page->model().rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex cell = page->model().index(row, TokenListModel::KeychainColumn);
    // The role, and what the user sees in the column.
    return cell.data(TokenListModel::InKeychainRole).toBool() &&
           !cell.data(Qt::DisplayRole).toString().isEmpty();
}

bool TestKeychainWorkflow::runOther(
    const QUrl &server, const QByteArray &session,
    const std::function<ApiCall *(ApiClient &, QObject *, bool *, int *)> &call, int *httpStatus)
{
    ApiClient other;
    other.setBaseUrl(server);
    other.setSession(SecureBuffer(session));
    QObject context;
    bool ok = false;
    int status = -1; // -1: no answer yet
    call(other, &context, &ok, &status);
    const bool answered = QTest::qWaitFor([&] { return status != -1; }, WaitMs);
    if (httpStatus)
        *httpStatus = status;
    return answered && ok;
}

// Sign in with "Remember me", quit, start again: signed in from the keychain without a login
// dialog. Sign out deletes the keychain entry (and the next start asks for the password).
void TestKeychainWorkflow::rememberMeSurvivesRestart()
{
    startApp(QStringLiteral("remember"));
    QVERIFY(m_app->signIn(m_server.baseUrl(), Demo, Demo, true));
    const QString key = sessionKey();
    const QByteArray found = SecretTool::search(key);
    QVERIFY2(found.contains(QByteArray("attribute.user = ") + key.toUtf8()), found.constData());
    const QByteArray stored = SecretTool::lookup(key);
    seen(stored);
    QVERIFY2(TokenFormat::isWellFormed(stored, TokenFormat::Kind::Session), stored.constData());
    QCOMPARE(stored, m_app->session.sessionSecret().view().toByteArray());

    // Quit and start again on the same settings.
    startApp(QStringLiteral("remember"));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->session.isSignedIn() && m_app->personalPage(), WaitMs);
    QCOMPARE(m_app->session.account().username, Demo);
    QCOMPARE(m_app->session.sessionSecret().view().toByteArray(), stored); // resumed, not new
    QVERIFY(m_app->window->profilePage());
    QTRY_VERIFY2(m_app->statusLabel()->text().startsWith(QStringLiteral("Connected to")),
                 qPrintable(m_app->statusLabel()->text()));
    QVERIFY(m_app->statusLabel()->text().endsWith(QStringLiteral("as demo")));
    QCOMPARE(m_app->loginDialogsShown(), 0);
    QVERIFY(!m_app->window->loginDialog());
    TokensPage *page = m_app->personalPage();
    QTRY_VERIFY(!page->findChild<QWidget *>(QStringLiteral("busyBar"))->isVisible());
    QVERIFY(!page->findChild<QWidget *>(QStringLiteral("errorBanner"))->isVisible());

    // Sign out from the Profile page: the entry is deleted and the login dialog shown.
    ProfilePage *profile = m_app->window->profilePage();
    m_app->window->showPage(profile);
    QTest::mouseClick(GuiFixture::button(profile, QStringLiteral("Sign out")), Qt::LeftButton);
    QVERIFY(KeychainApp::waitForDialog<LoginDialog>());
    QVERIFY(!m_app->session.isSignedIn());
    QTRY_VERIFY_WITH_TIMEOUT(!SecretTool::has(key), WaitMs);
    QVERIFY(SecretTool::lookup(key).isEmpty());
    QVERIFY(!m_app->settings.rememberSession({m_server.baseUrl(), Demo}));

    // The server ended the session too, and the next start asks for the password.
    int status = 0;
    QVERIFY(!runOther(
        m_server.baseUrl(), stored,
        [](ApiClient &c, QObject *ctx, bool *ok, int *status) {
            return c.me(
                ctx, [ok, status](const Account &) { *ok = true, *status = 200; },
                [status](const ApiError &e) { *status = e.httpStatus; });
        },
        &status));
    QCOMPARE(status, 401);
    startApp(QStringLiteral("remember"));
    QVERIFY(KeychainApp::waitForDialog<LoginDialog>(WaitMs));
    QVERIFY(!m_app->session.isSignedIn());
}

// A remembered session revoked on the server meanwhile: the next start deletes it from the
// keychain and asks to sign in, saying why.
void TestKeychainWorkflow::revokedStoredSessionAsksAgain()
{
    startApp(QStringLiteral("revoked"));
    QVERIFY(m_app->signIn(m_server.baseUrl(), Demo, Demo, true));
    const QString key = sessionKey();
    const QByteArray stored = SecretTool::lookup(key);
    seen(stored);
    QCOMPARE(stored, m_app->session.sessionSecret().view().toByteArray());
    m_app.reset(); // quit; the session stays valid on the server

    QVERIFY(
        runOther(m_server.baseUrl(), stored, [](ApiClient &c, QObject *ctx, bool *ok, int *status) {
            return c.logout(
                ctx, [ok, status] { *ok = true, *status = 204; },
                [status](const ApiError &e) { *status = e.httpStatus; });
        }));
    QVERIFY(SecretTool::has(key)); // still stored: only the app can notice

    startApp(QStringLiteral("revoked"));
    auto *login = KeychainApp::waitForDialog<LoginDialog>(WaitMs);
    QVERIFY(login);
    auto *message = login->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("saved session ended")),
             qPrintable(message->text()));
    QVERIFY(!m_app->session.isSignedIn());
    QTRY_VERIFY_WITH_TIMEOUT(!SecretTool::has(key), WaitMs);
    QVERIFY(!m_app->settings.rememberSession({m_server.baseUrl(), Demo}));
    QCOMPARE(m_app->loginDialogsShown(), 1);
}

// Save from the reveal dialog, copy from the keychain, rotate (the entry follows), delete (the
// entry goes).
void TestKeychainWorkflow::saveCopyRotateDeleteInKeychain()
{
    startApp(QStringLiteral("tokens"));
    QVERIFY(m_app->signIn(m_server.baseUrl(), Demo, Demo, false));
    const Created token = createToken(QStringLiteral("kc-saved"), Keep::InKeychain);
    QVERIFY(!token.id.isEmpty());
    TokensPage *page = m_app->personalPage();
    QVERIFY(inKeychainColumn(page, token.id));
    const QString key = tokenKey(token.id);
    const QByteArray found = SecretTool::search(key);
    QVERIFY2(found.contains(QByteArray("attribute.user = ") + key.toUtf8()), found.constData());
    QCOMPARE(SecretTool::lookup(key), token.secret);
    QVERIFY(m_app->settings.storedTokenIds(m_app->accountRef(), page->owner()).contains(token.id));

    // Copy secret: read back from the keychain onto the clipboard, with the secret hint.
    QApplication::clipboard()->clear();
    QVERIFY(selectRow(page, token.id));
    QPushButton *copy = GuiFixture::button(page, QStringLiteral("Copy secret"));
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::clipboard()->text().toLatin1(), token.secret, WaitMs);
    QCOMPARE(QApplication::clipboard()->mimeData()->data(ClipboardGuard::secretHintMimeType()),
             QByteArray("secret"));
    QCOMPARE(
        QApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
        QByteArray("secret"));

    // Rotate: the keychain entry now holds the new secret.
    QVERIFY(selectRow(page, token.id));
    QTest::mouseClick(GuiFixture::button(page, QStringLiteral("Rotate…")), Qt::LeftButton);
    auto *rotateDialog = KeychainApp::waitForDialog<RotateTokenDialog>();
    QVERIFY(rotateDialog);
    QTest::mouseClick(GuiFixture::button(rotateDialog, QStringLiteral("Rotate")), Qt::LeftButton);
    auto *reveal = KeychainApp::waitForDialog<RevealTokenDialog>(WaitMs);
    QVERIFY(reveal);
    const QByteArray rotated =
        reveal->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text().toLatin1();
    seen(rotated);
    QVERIFY(TokenFormat::isWellFormed(rotated, TokenFormat::Kind::ApiToken));
    QVERIFY(rotated != token.secret);
    QTest::mouseClick(GuiFixture::button(reveal, QStringLiteral("Copy token")), Qt::LeftButton);
    QTest::mouseClick(GuiFixture::button(reveal, QStringLiteral("Close")), Qt::LeftButton);
    QTRY_VERIFY(!KeychainApp::findVisible<RevealTokenDialog>());
    QTRY_COMPARE_WITH_TIMEOUT(SecretTool::lookup(key), rotated, WaitMs);
    QVERIFY(inKeychainColumn(page, token.id));
    // and Copy secret hands out the new one
    QApplication::clipboard()->clear();
    QVERIFY(selectRow(page, token.id));
    QTest::mouseClick(GuiFixture::button(page, QStringLiteral("Copy secret")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::clipboard()->text().toLatin1(), rotated, WaitMs);

    // Delete: the entry goes with the token.
    QVERIFY(selectRow(page, token.id));
    QTest::mouseClick(GuiFixture::button(page, QStringLiteral("Delete…")), Qt::LeftButton);
    auto *confirm = KeychainApp::waitForDialog<QMessageBox>();
    QVERIFY(confirm);
    QTest::mouseClick(GuiFixture::button(confirm, QStringLiteral("Delete")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->model().rowOf(token.id), -1, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!SecretTool::has(key), WaitMs);
    QVERIFY(SecretTool::lookup(key).isEmpty());
    QVERIFY(!m_app->settings.storedTokenIds(m_app->accountRef(), page->owner()).contains(token.id));
}

// A token deleted elsewhere leaves a useless secret in the keychain: Refresh offers to remove
// it, and "Remove from keychain" does.
void TestKeychainWorkflow::staleEntryIsCleanedUp()
{
    startApp(QStringLiteral("stale"));
    QVERIFY(m_app->signIn(m_server.baseUrl(), Demo, Demo, false));
    const Created kept = createToken(QStringLiteral("kc-kept"), Keep::InKeychain);
    const Created gone = createToken(QStringLiteral("kc-gone"), Keep::InKeychain);
    QVERIFY(!kept.id.isEmpty() && !gone.id.isEmpty());
    QCOMPARE(SecretTool::lookup(tokenKey(gone.id)), gone.secret);
    TokensPage *page = m_app->personalPage();
    auto *banner = page->findChild<QWidget *>(QStringLiteral("staleBanner"));
    QVERIFY(!banner->isVisible());

    // Behind the app's back: the same user deletes the token with another client.
    const TokenOwner owner = page->owner();
    const QString goneId = gone.id;
    QVERIFY(runOther(m_server.baseUrl(), m_app->session.sessionSecret().view().toByteArray(),
                     [owner, goneId](ApiClient &c, QObject *ctx, bool *ok, int *status) {
                         return c.deleteToken(
                             owner, goneId, ctx, [ok, status] { *ok = true, *status = 204; },
                             [status](const ApiError &e) { *status = e.httpStatus; });
                     }));

    QTest::mouseClick(GuiFixture::button(page, QStringLiteral("Refresh")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), WaitMs);
    QCOMPARE(page->model().rowOf(gone.id), -1);
    QVERIFY(SecretTool::has(tokenKey(gone.id))); // nothing removed without asking

    QPushButton *cleanup = page->findChild<QPushButton *>(QStringLiteral("cleanupButton"));
    QVERIFY(cleanup && cleanup->isVisible());
    QCOMPARE(cleanup->text().remove(QLatin1Char('&')), QStringLiteral("Remove from keychain"));
    QTest::mouseClick(cleanup, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!SecretTool::has(tokenKey(gone.id)), WaitMs);
    QTRY_VERIFY(!banner->isVisible());
    QVERIFY(!m_app->settings.storedTokenIds(m_app->accountRef(), owner).contains(gone.id));
    // Only the stale entry went.
    QCOMPARE(SecretTool::lookup(tokenKey(kept.id)), kept.secret);
    QVERIFY(inKeychainColumn(page, kept.id));

    // The next load finds nothing stale.
    QTest::mouseClick(GuiFixture::button(page, QStringLiteral("Refresh")), Qt::LeftButton);
    QTRY_VERIFY(!page->findChild<QWidget *>(QStringLiteral("busyBar"))->isVisible());
    QTest::qWait(200);
    QVERIFY(!banner->isVisible());
}

// No secret is written in clear to any file: settings, caches, logs — nor the keyring files
// (gnome-keyring encrypts them with the login password).
void TestKeychainWorkflow::noPlaintextSecretsOnDisk()
{
    const QDateTime started = QDateTime::currentDateTime().addSecs(-1);
    startApp(QStringLiteral("plaintext"));
    QVERIFY(m_app->signIn(m_server.baseUrl(), Demo, Demo, true));
    const QByteArray session = SecretTool::lookup(sessionKey());
    QCOMPARE(session, m_app->session.sessionSecret().view().toByteArray());
    seen(session);
    const Created saved1 = createToken(QStringLiteral("leak-saved-1"), Keep::InKeychain);
    const Created copied1 = createToken(QStringLiteral("leak-copied-1"), Keep::CopyOnly);
    const Created saved2 = createToken(QStringLiteral("leak-saved-2"), Keep::InKeychain);
    const Created copied2 = createToken(QStringLiteral("leak-copied-2"), Keep::CopyOnly);
    for (const Created *c : {&saved1, &copied1, &saved2, &copied2})
        QVERIFY(!c->id.isEmpty());
    QCOMPARE(SecretTool::lookup(tokenKey(saved1.id)), saved1.secret);
    QCOMPARE(SecretTool::lookup(tokenKey(saved2.id)), saved2.secret);
    QVERIFY(!SecretTool::has(tokenKey(copied1.id)));
    const QString savedId = saved1.id;
    m_app.reset(); // quit: settings written, clipboard cleared

    // Everything the test and the app wrote in the sandbox (HOME, XDG data/config/cache/runtime).
    struct Needle
    {
        QByteArray bytes;
        QString what;
    };
    QList<Needle> needles;
    for (const QByteArray &secret : std::as_const(m_seen)) {
        QVERIFY(secret.size() == TokenFormat::TotalLength);
        const QString name = TokenFormat::hint(secret);
        needles.append({secret, name + QStringLiteral(" (secret)")});
        needles.append({secret.mid(TokenFormat::PrefixLength, TokenFormat::RandomLength),
                        name + QStringLiteral(" (random part)")});
        needles.append({secret.toBase64(), name + QStringLiteral(" (base64)")});
        needles.append({secret.toBase64(QByteArray::Base64UrlEncoding),
                        name + QStringLiteral(" (base64url)")});
        const QString wide = QString::fromLatin1(secret);
        needles.append({QByteArray(reinterpret_cast<const char *>(wide.utf16()), wide.size() * 2),
                        name + QStringLiteral(" (UTF-16)")});
    }
    const QString sandbox = qEnvironmentVariable("TOKENDESK_TEST_SANDBOX");
    QStringList roots{sandbox, m_server.dataDir()};
    QStringList hits;
    QStringList scanned;
    QStringList keyrings;
    bool indexSeen = false;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            if (!info.isFile())
                continue; // sockets of the D-Bus session and the keyring daemon
            QFile file(info.filePath());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(info.filePath()));
            const QByteArray content = file.readAll();
            scanned.append(
                QStringLiteral("%1 (%2 bytes)").arg(info.filePath()).arg(content.size()));
            if (info.path().endsWith(QLatin1String("/keyrings")) &&
                info.fileName().endsWith(QLatin1String(".keyring"))) {
                keyrings.append(info.filePath());
                // gnome-keyring's encrypted binary format, rewritten when the test stored items
                QVERIFY2(content.startsWith(QByteArray("GnomeKeyring\n\r\0\n", 16)),
                         qPrintable(info.filePath()));
                QVERIFY2(info.lastModified() >= started, qPrintable(info.filePath()));
            }
            if (info.fileName() == QLatin1String("plaintext.ini"))
                indexSeen = content.contains(savedId.toUtf8());
            for (const Needle &needle : std::as_const(needles)) {
                if (content.contains(needle.bytes))
                    hits.append(QStringLiteral("%1: %2").arg(info.filePath(), needle.what));
            }
        }
    }
    qInfo().noquote() << "scanned" << scanned.size() << "files for" << m_seen.size()
                      << "secrets:\n  " + scanned.join(QStringLiteral("\n  "));
    // The scan saw real content: the settings' keychain index names the saved token's id…
    QVERIFY2(indexSeen, "the settings file was not found or lacks the keychain index");
    // …and the keyring file that holds the items.
    QVERIFY2(!keyrings.isEmpty(), "no gnome-keyring file under XDG_DATA_HOME/keyrings");
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));

    // The server's output (its log) has none of them either.
    const QByteArray log = m_server.output();
    for (const Needle &needle : std::as_const(needles))
        QVERIFY2(!log.contains(needle.bytes),
                 qPrintable(QStringLiteral("server output: ") + needle.what));
}

QTEST_MAIN(TestKeychainWorkflow)
#include "tst_keychainworkflow.moc"
