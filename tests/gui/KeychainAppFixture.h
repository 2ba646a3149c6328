#pragma once

#include "GuiFixture.h"

#include "AccountSession.h"
#include "ApiClient.h"
#include "ClipboardGuard.h"
#include "DesktopServices.h"
#include "KeychainStore.h"
#include "MainWindow.h"
#include "Settings.h"

#include <QApplication>
#include <QByteArray>
#include <QTest>

#include <memory>

class QLabel;
class TokensPage;

// secret-tool: an independent Secret Service client, to see what the app really put in the
// keychain. QtKeychain 0.13 files an entry under server = "TokenDesk", user = the key, with the
// value base64-encoded (setBinaryData).
namespace SecretTool {
// `secret-tool search --all server TokenDesk user KEY`, stdout and stderr (the attributes are
// printed on stderr); empty when nothing is found.
QByteArray search(const QString &key);
// Whether an item exists under key (the search names it).
bool has(const QString &key);
// The stored value, base64-decoded; empty when nothing is stored.
QByteArray lookup(const QString &key);
// Removes any item under key (test hygiene).
void clear(const QString &key);
} // namespace SecretTool

// One run of the TokenDesk app: the DesktopServices src/gui/main.cpp builds — with the REAL
// KeychainStore, ClipboardGuard on the application clipboard, Settings in an INI file — and the
// MainWindow, shown and started. Destroying it is quitting the app; building another on the
// same INI file is the next start. Counts every LoginDialog that is shown.
class KeychainApp : public QObject
{
public:
    KeychainApp(const QUrl &defaultServer, const QString &iniPath);
    ~KeychainApp() override;
    Q_DISABLE_COPY(KeychainApp)

    // Fills the login dialog (waiting for it), sets "Remember me" with the keyboard as asked and
    // presses Return. True once signed in with pages built and — when remembering — once the
    // session is recorded as remembered (the keychain write finished).
    bool signIn(const QUrl &server, const QString &username, const QString &password,
                bool remember);

    Settings::AccountRef accountRef() const;
    TokensPage *personalPage() const;
    // The status bar label ("Connected to … as …").
    QLabel *statusLabel() const;
    int loginDialogsShown() const { return m_loginShown; }

    template <typename T> static T *findVisible() { return GuiFixture::findVisible<T>(); }
    template <typename T> static T *waitForDialog(int timeoutMs = 10000)
    {
        return GuiFixture::waitForDialog<T>(timeoutMs);
    }

    DesktopServices services;
    // Shortcuts into services, for the tests.
    Settings &settings;
    ApiClient &client;
    AccountSession &session;
    SecretStore &secrets;
    ClipboardGuard &clipboard;
    std::unique_ptr<MainWindow> window;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int m_loginShown = 0;
};
