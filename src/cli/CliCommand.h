#pragma once

#include <QObject>

#include <functional>

class CliContext;

// One run of one command: start() begins its workflow on the event loop, finished() ends the
// program with an exit status (ExitCode). Workflows are asynchronous (signals and callbacks),
// never a nested event loop.
class CliCommand : public QObject
{
    Q_OBJECT
public:
    explicit CliCommand(CliContext &context, QObject *parent = nullptr);
    virtual void start() = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    // Signs in with the remembered or TOKENDESK_SESSION session, then runs next; exits with
    // "not signed in" (or the reason it could not) otherwise.
    void signIn(const std::function<void()> &next);
    void finish(int exitCode);
    // Message on stderr, then finish(exitCode).
    void fail(int exitCode, const QString &message);

    CliContext &m_context;

private:
    bool m_finished = false;
};
