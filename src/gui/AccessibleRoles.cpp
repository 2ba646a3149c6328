#include "AccessibleRoles.h"

#include "Announcement.h"

#include <QAccessibleWidget>
#include <QLineEdit>
#include <QPointer>
#include <QStackedWidget>

namespace {

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    if (!widget)
        return nullptr;
    if (className == QLatin1String("QStackedWidget"))
        return new QAccessibleWidget(widget, QAccessible::Grouping);
    if (className == QLatin1String("Announcement"))
        return new QAccessibleWidget(widget, QAccessible::Notification);
    return nullptr;
}

bool isPasswordTextEvent(const QAccessibleEvent *event)
{
    switch (event->type()) {
    case QAccessible::TextInserted:
    case QAccessible::TextRemoved:
    case QAccessible::TextUpdated:
    // Caret and selection moves in a password field tell a screen reader nothing, and Qt sends
    // them before the focus event: Orca then takes the field as already announced.
    case QAccessible::TextCaretMoved:
    case QAccessible::TextSelectionChanged:
        break;
    default:
        return false;
    }
    const auto *edit = qobject_cast<const QLineEdit *>(event->object());
    return edit && edit->echoMode() != QLineEdit::Normal;
}

// The object of the last focus event that reached the screen reader.
QPointer<QObject> s_announcedFocus;

// A line edit that gets the focus by Tab selects its text before Qt sends the focus event;
// Orca then takes the field as already announced and says nothing of it (or only "Text
// unselected"). Such caret and selection events, before the field's focus event, are dropped.
bool isCaretBeforeFocus(const QAccessibleEvent *event)
{
    if (event->type() != QAccessible::TextCaretMoved &&
        event->type() != QAccessible::TextSelectionChanged)
        return false;
    return qobject_cast<const QLineEdit *>(event->object()) && event->object() != s_announcedFocus;
}

void filterUpdates(QAccessibleEvent *event);

// Qt calls the installed handler instead of its bridge; to reach the bridge, the handler steps
// aside for one call.
void filterUpdates(QAccessibleEvent *event)
{
    if (isPasswordTextEvent(event) || isCaretBeforeFocus(event))
        return;
    if (event->type() == QAccessible::Focus)
        s_announcedFocus = event->object();
    QAccessible::installUpdateHandler(nullptr);
    QAccessible::updateAccessibility(event);
    QAccessible::installUpdateHandler(filterUpdates);
}

} // namespace

void AccessibleRoles::install()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QAccessible::installFactory(factory);
    QAccessible::installUpdateHandler(filterUpdates);
}
