#include "StatusStyle.h"

#include <QEvent>
#include <QGuiApplication>
#include <QWidget>

StatusStyle::StatusStyle(QWidget *widget, StatusColors::Tone tone, Kind kind)
    : QObject(widget), m_widget(widget), m_tone(tone), m_kind(kind)
{
    widget->installEventFilter(this);
}

void StatusStyle::apply(QWidget *widget, StatusColors::Tone tone, Kind kind)
{
    clear(widget);
    (new StatusStyle(widget, tone, kind))->restyle(); // owned by the widget
}

void StatusStyle::clear(QWidget *widget)
{
    const auto styles = widget->findChildren<StatusStyle *>(QString(), Qt::FindDirectChildrenOnly);
    for (StatusStyle *style : styles)
        delete style;
    widget->setPalette(QPalette()); // back to the inherited palette
    widget->setAutoFillBackground(false);
}

void StatusStyle::restyle()
{
    // The colours come from the palette the widget would have without us: its parent's.
    const QPalette around =
        m_widget->parentWidget() ? m_widget->parentWidget()->palette() : QGuiApplication::palette();
    QPalette palette = m_widget->palette();
    if (m_kind == Kind::Banner) {
        const StatusColors::Pair colors = StatusColors::pair(m_tone, around, QPalette::Window);
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            palette.setColor(group, QPalette::Window, colors.background);
            palette.setColor(group, QPalette::WindowText, colors.text);
        }
        m_widget->setAutoFillBackground(true);
    } else {
        const QColor text = StatusColors::text(m_tone, around);
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
            palette.setColor(group, QPalette::WindowText, text);
    }
    m_applying = true;
    m_widget->setPalette(palette);
    m_applying = false;
}

bool StatusStyle::eventFilter(QObject *watched, QEvent *event)
{
    // Our own setPalette also sends PaletteChange: only react to changes from outside.
    if (watched == m_widget && !m_applying &&
        (event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange))
        restyle();
    return QObject::eventFilter(watched, event);
}
