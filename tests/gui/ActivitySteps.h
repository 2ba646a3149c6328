#pragma once

// Steps of the usage and activity GUI tests (issue 18), header only, on top of GuiFixture and
// GuiSteps: widgets found as a screen reader finds them, keyboard-only moves.

#include "GuiFixture.h"
#include "GuiSteps.h"
#include "OwnerTokens.h"
#include "TokenListModel.h"
#include "TokensPage.h"

#include <QAccessible>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>

namespace ActivitySteps {

// The widget a label names (its buddy), under root; the label text without '&'.
inline QWidget *byLabel(QWidget *root, const QString &label)
{
    for (QLabel *l : root->findChildren<QLabel *>()) {
        if (l->text().remove(QLatin1Char('&')) == label && l->buddy())
            return l->buddy();
    }
    return nullptr;
}

// The widget under root that screen readers call name.
inline QWidget *byAccessibleName(QWidget *root, const QString &name)
{
    for (QWidget *w : root->findChildren<QWidget *>()) {
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (a && a->text(QAccessible::Name) == name)
            return w;
    }
    return nullptr;
}

// Moves the keyboard cursor in the tokens table to the row named name (Ctrl+Home, then Down;
// Space selects it if the cursor was there already). True once that row is selected.
inline bool arrowTo(TokensPage *page, const QString &name)
{
    auto *view = page->findChild<QTableView *>(QStringLiteral("tableView"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    for (int presses = 0; presses <= view->model()->rowCount(); ++presses) {
        const QModelIndex current = view->currentIndex();
        if (current.siblingAtColumn(TokenListModel::NameColumn).data().toString() == name) {
            if (!view->selectionModel()->isSelected(current))
                QTest::keyClick(view, Qt::Key_Space);
            return view->selectionModel()->isSelected(current);
        }
        QTest::keyClick(view, Qt::Key_Down);
    }
    return false;
}

// Down arrow in the navigation list until the entry with that text is current.
inline bool navigateTo(GuiFixture &app, const QString &entry)
{
    QListWidget *nav = GuiSteps::navigation(app);
    nav->setFocus();
    QTest::keyClick(nav, Qt::Key_Home);
    for (int presses = 0; presses < nav->count(); ++presses) {
        if (nav->currentItem() && nav->currentItem()->text() == entry)
            return true;
        QTest::keyClick(nav, Qt::Key_Down);
    }
    return false;
}

// F5 on the personal page, then waits until it has loaded again.
inline bool refreshPersonal(GuiFixture &app)
{
    TokensPage *page = GuiSteps::personalPage(app);
    app.window->showPage(page);
    QSignalSpy loaded(&page->tokens(), &OwnerTokens::loaded);
    auto *view = page->findChild<QTableView *>(QStringLiteral("tableView"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F5); // Refresh
    return loaded.wait(15000);
}

// Signs in as demo and makes the main window the active one (shortcuts such as F5 need that).
inline bool signInActive(GuiFixture &app)
{
    if (!app.signIn(QStringLiteral("demo"), QStringLiteral("demo")) || !QTest::qWaitFor([&] {
            return GuiSteps::personalPage(app) && GuiSteps::pageIdle(GuiSteps::personalPage(app));
        }))
        return false;
    app.window->activateWindow();
    return QTest::qWaitFor([&] { return QApplication::activeWindow() == app.window.get(); });
}

} // namespace ActivitySteps
