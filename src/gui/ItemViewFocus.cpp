#include "ItemViewFocus.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleEvent>
#include <QEvent>
#include <QKeyEvent>
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
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        // Ctrl+Tab leaves the view too, as it leaves a text editor (Tab already does: the
        // views have tabKeyNavigation off).
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool backwards = key->key() == Qt::Key_Backtab;
        if ((key->key() == Qt::Key_Tab || backwards) && (key->modifiers() & Qt::ControlModifier)) {
            leave(backwards || (key->modifiers() & Qt::ShiftModifier));
            return true;
        }
    }
    if (watched == m_view && event->type() == QEvent::FocusIn)
        // After the view's own focus event, so this one says where the focus is inside it.
        QTimer::singleShot(0, this, &ItemViewFocus::announceCurrent);
    return QObject::eventFilter(watched, event);
}

void ItemViewFocus::leave(bool backwards)
{
    QWidget *next = m_view;
    do {
        next = backwards ? next->previousInFocusChain() : next->nextInFocusChain();
    } while (next != m_view &&
             !((next->focusPolicy() & Qt::TabFocus) && next->isVisible() && next->isEnabled()));
    if (next != m_view)
        next->setFocus(backwards ? Qt::BacktabFocusReason : Qt::TabFocusReason);
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
