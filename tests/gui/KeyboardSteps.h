#pragma once

// Finding controls as a screen reader names them and working them with keys only (header only,
// for the rotation, bulk-revoke and check-token GUI tests). Each returns nullptr/false instead of
// failing, so callers can QVERIFY with their own message.

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QWidget>

namespace KeyboardSteps {

// The control under root named name for screen readers: its accessible name, or the text of the
// label whose buddy it is (without the mnemonic '&'), or a button's text.
template <typename T> T *named(QWidget *root, const QString &name)
{
    for (T *widget : root->findChildren<T *>()) {
        if (widget->accessibleName() == name)
            return widget;
        if (auto *button = qobject_cast<QAbstractButton *>(widget);
            button && button->text().remove(QLatin1Char('&')) == name)
            return widget;
    }
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->text().remove(QLatin1Char('&')) == name) {
            if (T *buddy = qobject_cast<T *>(label->buddy()))
                return buddy;
        }
    }
    return nullptr;
}

// Moves the focus to widget (as Tab would) and presses key there.
inline bool press(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    if (!widget || !widget->isVisible() || !widget->isEnabled())
        return false;
    widget->setFocus(Qt::TabFocusReason);
    QTest::keyClick(widget, key, modifiers);
    return true;
}

// Presses the button named name under root with the space bar.
inline bool pressButton(QWidget *root, const QString &name)
{
    return press(named<QAbstractButton>(root, name), Qt::Key_Space);
}

} // namespace KeyboardSteps
