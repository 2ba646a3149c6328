#include "PasswordPrompt.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

QByteArray PasswordPrompt::readLine(const QString &prompt, bool hidden)
{
    const bool terminal = isatty(STDIN_FILENO) == 1;
    if (!prompt.isEmpty() && terminal) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
    }
    termios saved{};
    const bool quiet = hidden && terminal && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (quiet) {
        termios noEcho = saved;
        noEcho.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &noEcho);
    }
    QByteArray line;
    char c = 0;
    while (read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        line.append(c);
    if (quiet) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}
