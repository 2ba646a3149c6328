#include "NewAddressNotice.h"

#include "ExpiryNotice.h"
#include "StatusStyle.h"

#include <QLabel>
#include <QSystemTrayIcon>

NewAddressNotice::NewAddressNotice(QLabel *banner, const ExpiryNotice *trayOwner, QObject *parent)
    : QObject(parent), m_banner(banner), m_trayOwner(trayOwner)
{
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setAccessibleName(tr("New address alert"));
    StatusStyle::apply(m_banner, StatusColors::Tone::Warning);
    m_banner->hide();
}

void NewAddressNotice::show(const QList<NewAddressAlert::Sighting> &sightings)
{
    const QString message = NewAddressAlert::describe(sightings);
    QSystemTrayIcon *tray = m_trayOwner->tray();
    if (tray && QSystemTrayIcon::supportsMessages()) {
        // Notification servers may read the body as markup: escaped, the names stay text.
        tray->showMessage(tr("Token used from a new address"), message.toHtmlEscaped(),
                          QSystemTrayIcon::Warning);
        return;
    }
    m_banner->setText((m_banner->isVisible() ? m_banner->text() + QLatin1Char('\n') : QString()) +
                      message);
    m_banner->show();
}

void NewAddressNotice::clear()
{
    m_banner->clear();
    m_banner->hide();
}
