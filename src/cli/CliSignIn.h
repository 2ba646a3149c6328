#pragma once

#include <QObject>

class CliContext;
struct ApiError;

// Puts a session in place for a command: TOKENDESK_SESSION when it is set (CI jobs, containers:
// the session then lives only in that process's environment), else the account's session the
// desktop app or `auth login` remembered in the system keychain. There is no other source: no
// file, no argument.
class CliSignIn : public QObject
{
    Q_OBJECT
public:
    explicit CliSignIn(CliContext &context, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void ready();
    void failed(int exitCode, const QString &message);

private:
    void resumeRemembered();
    void failWith(const ApiError &error);

    CliContext &m_context;
    int m_exitCode = 3; // ExitCode::NotSignedIn
};
