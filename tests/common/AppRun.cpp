#include "AppRun.h"

#include "AccountSession.h"
#include "RememberedSessions.h"
#include "SecretStore.h"
#include "Settings.h"

#include <QSignalSpy>
#include <QTest>

AppRun::AppRun(SecretStore &secrets, const QString &iniPath)
    : m_owned(std::make_unique<AppServices>(secrets, iniPath)), services(*m_owned)
{}

AppRun::AppRun(AppServices &borrowed) : services(borrowed) {}

bool AppRun::probe()
{
    bool answered = false;
    services.secrets().probe(&services, [&answered](bool, const QString &) { answered = true; });
    return QTest::qWaitFor([&answered] { return answered; }, 5000) &&
           services.secrets().isAvailable();
}

bool AppRun::signIn(const QUrl &server, const QString &username)
{
    AccountSession &session = services.session();
    QSignalSpy signedIn(&session, &AccountSession::signedIn);
    session.signIn(server, username, SecureBuffer(username.toUtf8()));
    return signedIn.wait(15000) && session.isSignedIn();
}

bool AppRun::signInRemembered(const QUrl &server, const QString &username)
{
    if (!probe() || !signIn(server, username))
        return false;
    RememberedSessions &remembered = services.remembered();
    remembered.rememberCurrent(true);
    // Set only once the store has written the session.
    const Settings::AccountRef account = services.session().accountRef();
    return QTest::qWaitFor([&] { return remembered.isRemembered(account); }, 5000);
}
