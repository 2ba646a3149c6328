#pragma once

#include <QIcon>
#include <QString>

class QWidget;

// The icons of the app's buttons and actions: the desktop theme's (freedesktop names through
// QIcon::fromTheme), so the app looks native, and where the theme has none our bundled
// monochrome SVGs (resources/icons/actions/, drawn in the palette's text colour).
class ActionIcons
{
public:
    // A theme icon name such as "list-add"; the fallback is :/icons/actions/<name>.svg.
    static QIcon icon(const QString &themeName);
    static QIcon fallback(const QString &themeName);
    // Every theme name that has a bundled fallback: the table's and "dialog-password" (the
    // Keychain column's mark).
    static QStringList names();
    // Gives the known buttons and actions under root (by object name, see ActionIcons.cpp) their
    // icons; one call per form, after setupUi.
    static void apply(QWidget *root);

    ActionIcons() = delete;
};
