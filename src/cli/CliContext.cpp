#include "CliContext.h"

#include "CommandLine.h"
#include "TimeText.h"

#include <QCoreApplication>

CliContext::CliContext(AppServices &services, CliOutput &output, const CommandLine &line)
    : services(services), output(output), line(line)
{}

bool CliContext::json() const
{
    return line.isSet(QStringLiteral("json"));
}

QString CliContext::time(const QDateTime &time) const
{
    if (!time.isValid())
        return QCoreApplication::translate("CliContext", "never");
    if (line.isSet(QStringLiteral("exact-times")))
        return time.toUTC().toString(Qt::ISODate);
    return TimeText::relative(time, QDateTime::currentDateTimeUtc());
}

QUrl CliContext::server() const
{
    QString text = line.value(QStringLiteral("server"));
    if (text.isEmpty())
        text = qEnvironmentVariable("TOKENDESK_SERVER");
    return text.isEmpty() ? QUrl() : QUrl::fromUserInput(text);
}
