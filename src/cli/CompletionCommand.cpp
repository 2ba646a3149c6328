#include "CompletionCommand.h"

#include "CliContext.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "ExitCode.h"

#include <QMap>

namespace {
QString dashed(const QStringList &options)
{
    QStringList result;
    for (const QString &option : options)
        result.append(QStringLiteral("--") + option);
    return result.join(QLatin1Char(' '));
}

// First words ("auth", "token", "activity") and, for each, its second words.
QMap<QString, QStringList> commandTree()
{
    QMap<QString, QStringList> tree;
    for (const CommandLine::Command &command : CommandLine::commands()) {
        const QStringList words = command.name.split(QLatin1Char(' '));
        QStringList &verbs = tree[words.first()];
        if (words.size() > 1)
            verbs.append(words.at(1));
    }
    return tree;
}
} // namespace

void CompletionCommand::start()
{
    const QStringList arguments = m_context.line.arguments();
    const QString shell = arguments.value(0);
    QString script;
    if (shell == QLatin1String("bash"))
        script = bash();
    else if (shell == QLatin1String("zsh"))
        script = zsh();
    else if (shell == QLatin1String("fish"))
        script = fish();
    else
        return fail(ExitCode::Usage, tr("Name a shell: completion bash, zsh or fish."));
    m_context.output.out(script);
    finish(ExitCode::Ok);
}

QString CompletionCommand::bash()
{
    const QMap<QString, QStringList> tree = commandTree();
    QString text = QStringLiteral("# bash completion for tokendesk-cli (tokendesk-cli completion "
                                  "bash)\n_tokendesk_cli()\n{\n"
                                  "    local cur=${COMP_WORDS[COMP_CWORD]}\n"
                                  "    local prev=${COMP_WORDS[COMP_CWORD-1]}\n"
                                  "    case $prev in\n"
                                  "        --sort) COMPREPLY=($(compgen -W \"name created expires "
                                  "last-used\" -- \"$cur\")); return ;;\n");
    text +=
        QStringLiteral("        %1) COMPREPLY=(); return ;;\n")
            .arg(dashed(CommandLine::valueOptions()).replace(QLatin1Char(' '), QLatin1Char('|')));
    text += QStringLiteral("    esac\n    if [[ $COMP_CWORD -eq 1 ]]; then\n"
                           "        COMPREPLY=($(compgen -W \"%1\" -- \"$cur\"))\n        return\n"
                           "    fi\n    local verbs=\n    case ${COMP_WORDS[1]} in\n")
                .arg(tree.keys().join(QLatin1Char(' ')));
    for (auto it = tree.cbegin(); it != tree.cend(); ++it)
        if (!it.value().isEmpty())
            text += QStringLiteral("        %1) verbs=\"%2\" ;;\n")
                        .arg(it.key(), it.value().join(QLatin1Char(' ')));
    text += QStringLiteral("    esac\n    if [[ $COMP_CWORD -eq 2 && -n $verbs ]]; then\n"
                           "        COMPREPLY=($(compgen -W \"$verbs\" -- \"$cur\"))\n"
                           "        return\n    fi\n    local opts=\n"
                           "    case \"${COMP_WORDS[1]} ${COMP_WORDS[2]} \" in\n");
    const QString global = dashed(CommandLine::globalOptions());
    for (const CommandLine::Command &command : CommandLine::commands()) {
        const QString pattern = QStringLiteral("\"%1 \"*").arg(command.name);
        QString options = global + QLatin1Char(' ') + dashed(command.options);
        if (command.name == QLatin1String("completion"))
            options += QStringLiteral(" bash zsh fish");
        text += QStringLiteral("        %1) opts=\"%2\" ;;\n").arg(pattern, options.trimmed());
    }
    text += QStringLiteral("    esac\n    COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n}\n"
                           "complete -F _tokendesk_cli tokendesk-cli\n");
    return text;
}

QString CompletionCommand::zsh()
{
    // zsh runs the bash function through its bashcompinit layer: one script to keep right.
    return QStringLiteral("#compdef tokendesk-cli\n# zsh completion for tokendesk-cli "
                          "(tokendesk-cli completion zsh)\nautoload -U +X bashcompinit && "
                          "bashcompinit\n") +
           bash();
}

QString CompletionCommand::fish()
{
    const QMap<QString, QStringList> tree = commandTree();
    QString text = QStringLiteral("# fish completion for tokendesk-cli (tokendesk-cli "
                                  "completion fish)\ncomplete -c tokendesk-cli -f\n"
                                  "complete -c tokendesk-cli -n __fish_use_subcommand -a \"%1\"\n")
                       .arg(tree.keys().join(QLatin1Char(' ')));
    for (auto it = tree.cbegin(); it != tree.cend(); ++it)
        if (!it.value().isEmpty())
            text += QStringLiteral("complete -c tokendesk-cli -n \"__fish_seen_subcommand_from "
                                   "%1; and not __fish_seen_subcommand_from %2\" -a \"%2\"\n")
                        .arg(it.key(), it.value().join(QLatin1Char(' ')));
    const QStringList values = CommandLine::valueOptions();
    for (const QCommandLineOption &option : CommandLine::options()) {
        const QString name = option.names().constLast();
        if (name == QLatin1String("help") || name == QLatin1String("h"))
            continue;
        QString description = option.description();
        description.replace(QLatin1Char('"'), QLatin1Char('\''));
        text +=
            QStringLiteral("complete -c tokendesk-cli -l %1%2 -d \"%3\"\n")
                .arg(name, values.contains(name) ? QStringLiteral(" -r") : QString(), description);
    }
    text += QStringLiteral("complete -c tokendesk-cli -n \"__fish_seen_subcommand_from "
                           "completion\" -a \"bash zsh fish\"\n");
    return text;
}
