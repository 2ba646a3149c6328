#pragma once

#include "StatusColors.h"

#include <QObject>

class QWidget;

// Gives a banner or a message label its status colours (StatusColors) through the widget's
// palette, and gives them again whenever the palette around it changes (a switch between light
// and dark themes), so no colour is hard-coded into a style sheet.
class StatusStyle : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Banner, // tinted background, readable text
        Text    // coloured text only, on the window background
    };
    // The style becomes a child of the widget; clear() gives the widget its normal colours back.
    static void apply(QWidget *widget, StatusColors::Tone tone, Kind kind = Kind::Banner);
    static void clear(QWidget *widget);

    Q_DISABLE_COPY(StatusStyle)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StatusStyle(QWidget *widget, StatusColors::Tone tone, Kind kind);
    void restyle();

    QWidget *m_widget;
    StatusColors::Tone m_tone;
    Kind m_kind;
    bool m_applying = false;
};
