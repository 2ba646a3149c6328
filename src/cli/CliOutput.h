#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdio>

// Standard output and error of tokendesk-cli. Data (tables, JSON, a new secret) goes to stdout,
// everything meant for the person (progress, confirmations, errors) to stderr, so a pipe gets
// only the data. Tables fit the terminal width; colour only on a terminal without NO_COLOR.
class CliOutput
{
public:
    CliOutput();

    void out(const QString &text);               // stdout, as is
    void line(const QString &text);              // stdout, with a newline
    void err(const QString &text);               // stderr, with a newline
    void json(const QJsonValue &value);          // stdout, indented
    void raw(const char *bytes, qsizetype size); // stdout, bytes not copied into a QString
    // A transient line on stderr (a terminal only), replaced by the next one or by clearProgress().
    void progress(const QString &text);
    void clearProgress();
    // Rows padded to columns; the widest columns are cut with "…" until the table fits.
    void table(const QStringList &headers, const QList<QStringList> &rows);
    QString bold(const QString &text) const;

    bool stdoutIsTerminal() const { return m_stdoutTty; }
    bool stdinIsTerminal() const;
    bool useColor() const { return m_color; }
    int width() const;

private:
    bool m_stdoutTty;
    bool m_stderrTty;
    bool m_color;
    bool m_progressShown = false;
};
