#include "PlainText.h"

#include <QWidget>

QString PlainText::toolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    // Declared rich text with every character escaped: what is left is the text itself.
    return QStringLiteral("<qt>") +
           text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
           QStringLiteral("</qt>");
}

void PlainText::setToolTip(QWidget *widget, const QString &text)
{
    widget->setToolTip(toolTip(text));
    widget->setAccessibleDescription(text);
}
