#include "CliCommand.h"

#include "CliContext.h"
#include "CliOutput.h"
#include "CliSignIn.h"

CliCommand::CliCommand(CliContext &context, QObject *parent) : QObject(parent), m_context(context)
{}

void CliCommand::signIn(const std::function<void()> &next)
{
    auto *signIn = new CliSignIn(m_context, this);
    connect(signIn, &CliSignIn::ready, this, next);
    connect(signIn, &CliSignIn::failed, this, &CliCommand::fail);
    signIn->start();
}

void CliCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(exitCode);
}

void CliCommand::fail(int exitCode, const QString &message)
{
    m_context.output.err(message);
    finish(exitCode);
}
