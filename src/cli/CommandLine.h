#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

// The commands of tokendesk-cli and their options, parsed from argv. One table describes every
// command (its options, arguments and examples): --help, the man page's synopsis and the shell
// completions are all generated from it, so they cannot drift apart.
class CommandLine
{
public:
    struct Command
    {
        QString name;      // "token create"
        QString arguments; // "NAME"
        QString summary;
        QStringList options; // long names, besides the global ones
        QStringList examples;
    };
    enum class Outcome
    {
        Run,
        Help, // helpText() goes to stdout, exit 0
        Version,
        UsageError, // errorText() goes to stderr, exit 2
    };

    CommandLine();

    Outcome parse(const QStringList &arguments);
    const Command &command() const { return m_command; }
    // The arguments after the command's name.
    QStringList arguments() const { return m_arguments; }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    QString helpText() const { return m_help; }
    QString errorText() const { return m_error; }

    static QList<Command> commands();
    static QList<QCommandLineOption> options(); // every option, global ones first
    static QStringList globalOptions();
    // Options that take a value (completion scripts complete the next word differently).
    static QStringList valueOptions();

private:
    QString helpFor(const Command *command) const;

    QCommandLineParser m_parser;
    Command m_command;
    QStringList m_arguments;
    QString m_help;
    QString m_error;
};
