#pragma once

#include "AccountSession.h"
#include "ApiClient.h"
#include "ClipboardGuard.h"
#include "DesktopServices.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "Settings.h"
#include "TestServer.h"

#include <QApplication>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// One app window built on DesktopServices exactly as main.cpp is, against a real spawned server,
// with settings in a throwaway INI file and an in-memory keychain stand-in. Helpers drive widgets
// as a user would.
class GuiFixture
{
public:
    explicit GuiFixture(TestServer &server, bool keychainAvailable = true);
    ~GuiFixture();

    // Types into the login dialog and clicks Sign in; true once the pages are built.
    bool signIn(const QString &username, const QString &password);

    // The visible window (top level or dialog) of type T, waiting up to timeoutMs.
    template <typename T> static T *waitForDialog(int timeoutMs = 10000)
    {
        T *found = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                found = findVisible<T>();
                return found != nullptr;
            },
            timeoutMs);
        return found;
    }
    template <typename T> static T *findVisible()
    {
        const auto widgets = QApplication::allWidgets();
        for (QWidget *w : widgets) {
            if (auto *t = qobject_cast<T *>(w); t && t->isVisible() && t->isWindow())
                return t;
        }
        return nullptr;
    }
    // The button whose text (without '&') is text, inside parent.
    static QPushButton *button(QWidget *parent, const QString &text);
    // Clicks it; false (nothing clicked) when there is no such button or it is disabled.
    [[nodiscard]] static bool click(QWidget *parent, const QString &text);
    // Every text shown by a line edit, label, plain text edit or item view under the app.
    static QStringList visibleTexts();

    TestServer &server;
    QTemporaryDir dir;
    MemorySecretStore secrets;
    DesktopServices services;
    // Shortcuts into services, for the tests.
    Settings &settings;
    ApiClient &client;
    AccountSession &session;
    ClipboardGuard &clipboard;
    std::unique_ptr<MainWindow> window;
};
