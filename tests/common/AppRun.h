#pragma once

#include "AppServices.h"

#include <QString>
#include <QUrl>

#include <memory>

class SecretStore;

// One run of the app's services without a window, as main.cpp builds them (AppServices), with a
// borrowed secret store and settings in an INI file; a second AppRun on the same store and INI
// file is the next start. Test code only: its helpers spin the event loop.
class AppRun
{
public:
    AppRun(SecretStore &secrets, const QString &iniPath);
    // On services built elsewhere (a DesktopServices, for tests that open widgets).
    explicit AppRun(AppServices &borrowed);

    // Probes the secret store, as the window does at start; its availability afterwards.
    bool probe();
    // Password sign-in (password = username, as the demo accounts have); true once signed in.
    bool signIn(const QUrl &server, const QString &username);
    // Probe, sign-in, and "Remember me": true once the session is saved in the secret store.
    bool signInRemembered(const QUrl &server, const QString &username);

private:
    std::unique_ptr<AppServices> m_owned;

public:
    AppServices &services;
};
