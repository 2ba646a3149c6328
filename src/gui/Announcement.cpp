#include "Announcement.h"

#include <QAccessible>

Announcement::Announcement(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("announcement"));
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setGeometry(0, 0, 1, 1); // takes no room; showing it is what screen readers notice
    hide();
}

void Announcement::post(QWidget *near, const QString &text)
{
    QWidget *window = near->window();
    auto *announcement = window->findChild<Announcement *>(QString(), Qt::FindDirectChildrenOnly);
    if (!announcement)
        announcement = new Announcement(window);
    announcement->hide();
    announcement->setAccessibleName(text);
    announcement->show();
}
