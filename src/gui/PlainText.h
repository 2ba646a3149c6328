#pragma once

#include <QString>

class QWidget;

// Text from outside — token, team and user names, server and keychain messages — shown as the
// characters it is, never as markup. Labels and message boxes get Qt::PlainText; tooltips have
// no such switch (Qt treats anything that looks like a tag as rich text), hence this helper.
class PlainText
{
public:
    // The tooltip shows text literally; screen readers get the same words as the description.
    static void setToolTip(QWidget *widget, const QString &text);
    // text as a tooltip string that Qt renders literally.
    static QString toolTip(const QString &text);

    PlainText() = delete;
};
