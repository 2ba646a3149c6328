#include "ActionIcons.h"

#include "PaletteIconEngine.h"

#include <QAbstractButton>
#include <QAction>
#include <QWidget>

// The icons live in a static library: register them before the first use (tests build single
// widgets without MainWindow, which registers them too).
static void registerResources()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(tokendesk);
        return true;
    }();
    Q_UNUSED(registered)
}

namespace {
// Object names in ui/*.ui → freedesktop icon names. One table, so a button keeps the same icon
// wherever it appears and a new form gets icons by naming its buttons alike.
struct Entry
{
    const char *objectName;
    const char *iconName;
};
constexpr Entry Table[] = {
    {"addButton", "list-add"},
    {"rotateButton", "object-rotate-right"},
    {"deleteButton", "edit-delete"},
    {"revokeSelectedButton", "edit-delete"},
    {"copySecretButton", "edit-copy"},
    {"refreshButton", "view-refresh"},
    {"retryButton", "view-refresh"},
    {"cleanupButton", "edit-delete"},
    {"copyButton", "edit-copy"},
    {"copyAccountIdButton", "edit-copy"},
    {"copyBothButton", "edit-copy"},
    {"signInButton", "system-log-in"},
    {"signOutButton", "system-log-out"},
    {"signOutAction", "system-log-out"},
    {"settingsAction", "preferences-system"},
    {"quitAction", "application-exit"},
    {"addAccountAction", "list-add"},
};
} // namespace

QIcon ActionIcons::fallback(const QString &themeName)
{
    registerResources();
    return QIcon(new PaletteIconEngine(QStringLiteral(":/icons/actions/%1.svg").arg(themeName)));
}

QIcon ActionIcons::icon(const QString &themeName)
{
    return QIcon::fromTheme(themeName, fallback(themeName));
}

QStringList ActionIcons::names()
{
    QStringList names{QStringLiteral("dialog-password")}; // the Keychain column's mark
    for (const Entry &entry : Table) {
        const QString name = QString::fromLatin1(entry.iconName);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

void ActionIcons::apply(QWidget *root)
{
    for (const Entry &entry : Table) {
        const QString name = QString::fromLatin1(entry.objectName);
        if (auto *button = root->findChild<QAbstractButton *>(name))
            button->setIcon(icon(QString::fromLatin1(entry.iconName)));
        if (auto *action = root->findChild<QAction *>(name))
            action->setIcon(icon(QString::fromLatin1(entry.iconName)));
    }
}
