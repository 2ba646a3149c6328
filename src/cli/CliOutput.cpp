#include "CliOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/ioctl.h>
#include <unistd.h>

namespace {
void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

CliOutput::CliOutput()
    : m_stdoutTty(isatty(STDOUT_FILENO) == 1), m_stderrTty(isatty(STDERR_FILENO) == 1),
      m_color(m_stdoutTty && qEnvironmentVariableIsEmpty("NO_COLOR") && qgetenv("TERM") != "dumb")
{}

bool CliOutput::stdinIsTerminal() const
{
    return isatty(STDIN_FILENO) == 1;
}

int CliOutput::width() const
{
    winsize size{};
    if (m_stdoutTty && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && columns > 0 ? columns : 100;
}

void CliOutput::out(const QString &text)
{
    clearProgress();
    write(stdout, text);
}

void CliOutput::line(const QString &text)
{
    out(text + QLatin1Char('\n'));
}

void CliOutput::err(const QString &text)
{
    clearProgress();
    write(stderr, text + QLatin1Char('\n'));
}

void CliOutput::raw(const char *bytes, qsizetype size)
{
    clearProgress();
    std::fwrite(bytes, 1, static_cast<size_t>(size), stdout);
    std::fflush(stdout);
}

void CliOutput::json(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

void CliOutput::progress(const QString &text)
{
    if (!m_stderrTty)
        return;
    write(stderr, QStringLiteral("\r\x1b[K") + text);
    m_progressShown = true;
}

void CliOutput::clearProgress()
{
    if (!m_progressShown)
        return;
    m_progressShown = false;
    write(stderr, QStringLiteral("\r\x1b[K"));
}

QString CliOutput::bold(const QString &text) const
{
    return m_color ? QStringLiteral("\x1b[1m") + text + QStringLiteral("\x1b[0m") : text;
}

void CliOutput::table(const QStringList &headers, const QList<QStringList> &rows)
{
    const qsizetype columns = headers.size();
    QList<qsizetype> widths(columns, 0);
    for (qsizetype c = 0; c < columns; ++c) {
        widths[c] = headers[c].size();
        for (const QStringList &row : rows)
            widths[c] = qMax(widths[c], row.value(c).size());
    }
    // Cut the widest column by one until the row fits (two spaces between columns); a column
    // keeps at least its header's first few characters.
    const qsizetype available = width();
    const auto total = [&widths, columns] {
        qsizetype sum = 2 * (columns - 1);
        for (const qsizetype w : widths)
            sum += w;
        return sum;
    };
    while (total() > available) {
        qsizetype widest = 0;
        for (qsizetype c = 1; c < columns; ++c)
            if (widths[c] > widths[widest])
                widest = c;
        if (widths[widest] <= 6)
            break;
        --widths[widest];
    }
    const auto cell = [&widths](const QString &text, qsizetype c, bool last) {
        QString shown = text.size() > widths[c] ? text.left(widths[c] - 1) + QChar(0x2026) : text;
        return last ? shown : shown.leftJustified(widths[c]);
    };
    QStringList header;
    for (qsizetype c = 0; c < columns; ++c)
        header.append(cell(headers[c], c, c == columns - 1));
    QString text = bold(header.join(QStringLiteral("  "))) + QLatin1Char('\n');
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype c = 0; c < columns; ++c)
            cells.append(cell(row.value(c), c, c == columns - 1));
        text += cells.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    out(text);
}
