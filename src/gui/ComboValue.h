#pragma once

class QComboBox;

// Qt 6.4's AT-SPI bridge gives Orca a combo box's label but not its current value. track()
// keeps the box's accessible description equal to its current text: Orca speaks the
// description after the label on focus, and speaks it again when it changes (arrow keys).
class ComboValue
{
public:
    static void track(QComboBox *box);

    ComboValue() = delete;
};
