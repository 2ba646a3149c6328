#pragma once

#include <QObject>

class QAbstractItemView;

// Qt 6.4 tells screen readers which item is current only when the current item changes, not
// when the view gets the focus: Orca says "table" or "list" but not where in it the person is.
// install() repeats the item's focus event whenever the view gets the focus, and lets Ctrl+Tab
// (and Ctrl+Shift+Tab) leave the view like Tab does.
class ItemViewFocus : public QObject
{
    Q_OBJECT
public:
    static void install(QAbstractItemView *view);
    Q_DISABLE_COPY(ItemViewFocus)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ItemViewFocus(QAbstractItemView *view);
    void announceCurrent();
    void leave(bool backwards);
    QAbstractItemView *m_view;
};
