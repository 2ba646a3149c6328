#include "ItemViewFocus.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleEvent>
#include <QEvent>
#include <QTableView>
#include <QTimer>

ItemViewFocus::ItemViewFocus(QAbstractItemView *view) : QObject(view), m_view(view)
{
    view->installEventFilter(this);
}

void ItemViewFocus::install(QAbstractItemView *view)
{
    new ItemViewFocus(view); // owned by the view
}

bool ItemViewFocus::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::FocusIn)
        // After the view's own focus event, so this one says where the focus is inside it.
        QTimer::singleShot(0, this, &ItemViewFocus::announceCurrent);
    return QObject::eventFilter(watched, event);
}

void ItemViewFocus::announceCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!QAccessible::isActive() || !m_view->hasFocus() || !current.isValid())
        return;
    // The child numbering of Qt's accessible list and table: a table counts its header row
    // and column, hidden or not (as QTableView::currentChanged does); a list counts rows.
    int child = current.row();
    if (qobject_cast<QTableView *>(m_view))
        child = (current.row() + 1) * (current.model()->columnCount() + 1) + current.column() + 1;
    QAccessibleEvent focus(m_view, QAccessible::Focus);
    focus.setChild(child);
    QAccessible::updateAccessibility(&focus);
}
