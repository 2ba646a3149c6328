#pragma once

#include <QWidget>

// A message for screen readers that a sighted person sees elsewhere (a status label): an
// invisible notification that Orca speaks once when it is posted, so a status that keeps
// changing (a countdown) is announced once and not on every tick. See AccessibleRoles.
class Announcement : public QWidget
{
    Q_OBJECT
public:
    explicit Announcement(QWidget *parent);
    Q_DISABLE_COPY(Announcement)

    // Speaks text (through the screen reader) on behalf of the window of near.
    static void post(QWidget *near, const QString &text);
};
