#include "ExpiryNotice.h"

#include "ExpiryWatcher.h"
#include "StatusStyle.h"

#include <QDateTime>
#include <QLabel>
#include <QSystemTrayIcon>
#include <QTimer>

ExpiryNotice::ExpiryNotice(QLabel *banner, QObject *parent) : QObject(parent), m_banner(banner)
{
    m_banner->setTextFormat(Qt::PlainText);
    StatusStyle::apply(m_banner, StatusColors::Tone::Warning);
    m_banner->hide();
    // Asking for a tray talks to D-Bus and the X server, and loads the SVG icon: none of that
    // may delay the window's first frame, so it waits for the event loop (after show()).
    QTimer::singleShot(0, this, [this] {
        if (!QSystemTrayIcon::isSystemTrayAvailable())
            return;
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/tokendesk.svg")), this);
        m_tray->setToolTip(tr("TokenDesk"));
        m_tray->show();
    });
}

void ExpiryNotice::show(const QList<Token> &tokens)
{
    const QString message = ExpiryWatcher::describe(tokens, QDateTime::currentDateTimeUtc());
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        // Notification servers may read the body as markup: escaped, the names stay text.
        m_tray->showMessage(tr("Tokens expire soon"), message.toHtmlEscaped(),
                            QSystemTrayIcon::Warning);
        return;
    }
    m_banner->setText((m_banner->isVisible() ? m_banner->text() + QLatin1Char('\n') : QString()) +
                      message);
    m_banner->show();
}

void ExpiryNotice::clear()
{
    m_banner->clear();
    m_banner->hide();
}
