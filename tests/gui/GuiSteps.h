#pragma once

// Small user-level steps shared by the team, error-banner and accessibility GUI tests (header
// only, on top of GuiFixture). Each returns false/nullptr instead of failing, so callers can
// QVERIFY with their own message.

#include "AddTokenDialog.h"
#include "GuiFixture.h"
#include "RevealTokenDialog.h"
#include "TokenListModel.h"
#include "TokensPage.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QTableView>

namespace GuiSteps {

inline TokensPage *personalPage(GuiFixture &app)
{
    const Account me = app.session.account();
    return app.window->tokensPage({TokenOwner::Type::User, me.id, me.username});
}

inline TokensPage *teamPage(GuiFixture &app, const QString &teamName)
{
    for (const Team &team : app.session.teams()) {
        if (team.name == teamName)
            return app.window->tokensPage({TokenOwner::Type::Team, team.id, team.name});
    }
    return nullptr;
}

inline QListWidget *navigation(GuiFixture &app)
{
    return app.window->findChild<QListWidget *>();
}

// The navigation entries as shown (trimmed).
inline QStringList navigationTexts(GuiFixture &app)
{
    QStringList texts;
    QListWidget *nav = navigation(app);
    for (int row = 0; nav && row < nav->count(); ++row)
        texts << nav->item(row)->text().trimmed();
    return texts;
}

inline bool pageIdle(TokensPage *page)
{
    return page && !page->findChild<QWidget *>(QStringLiteral("busyBar"))->isVisible();
}

inline int rowOf(TokensPage *page, const QString &name)
{
    const TokenListModel &model = page->model();
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.tokenAt(row)->name == name)
            return row;
    }
    return -1;
}

// Selects the row showing name in the page's table (through the view, as a click would).
inline bool selectRow(TokensPage *page, const QString &name)
{
    auto *view = page->findChild<QTableView *>(QStringLiteral("tableView"));
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, TokenListModel::NameColumn).data().toString() == name) {
            view->setFocus();
            view->selectRow(row);
            return true;
        }
    }
    return false;
}

inline QPushButton *pageButton(TokensPage *page, const char *objectName)
{
    return page->findChild<QPushButton *>(QLatin1String(objectName));
}

// Add token… on page, types the name; the dialog stays open.
inline AddTokenDialog *openAddDialog(GuiFixture &app, TokensPage *page, const QString &name)
{
    app.window->showPage(page);
    QPushButton *add = pageButton(page, "addButton");
    if (!add || !add->isEnabled())
        return nullptr;
    QTest::mouseClick(add, Qt::LeftButton);
    auto *dialog = app.waitForDialog<AddTokenDialog>();
    if (!dialog)
        return nullptr;
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), name);
    return dialog;
}

// Presses Create and waits for the reveal-once dialog.
inline RevealTokenDialog *pressCreate(GuiFixture &app, AddTokenDialog *dialog)
{
    QPushButton *create = GuiFixture::button(dialog, QStringLiteral("Create"));
    if (!create || !create->isEnabled())
        return nullptr;
    QTest::mouseClick(create, Qt::LeftButton);
    return app.waitForDialog<RevealTokenDialog>(15000);
}

// Copies the secret (so closing asks nothing) and closes the reveal dialog.
inline bool copyAndClose(GuiFixture &app, RevealTokenDialog *reveal)
{
    QPushButton *copy = GuiFixture::button(reveal, QStringLiteral("Copy token"));
    QPushButton *close = GuiFixture::button(reveal, QStringLiteral("Close"));
    if (!copy || !close)
        return false;
    QTest::mouseClick(copy, Qt::LeftButton);
    QTest::mouseClick(close, Qt::LeftButton);
    return QTest::qWaitFor([&] { return !app.findVisible<RevealTokenDialog>(); }, 5000);
}

// The whole create flow on page: Add token…, name, Create, copy, close.
inline bool createToken(GuiFixture &app, TokensPage *page, const QString &name)
{
    AddTokenDialog *dialog = openAddDialog(app, page, name);
    if (!dialog)
        return false;
    RevealTokenDialog *reveal = pressCreate(app, dialog);
    return reveal && copyAndClose(app, reveal) &&
           QTest::qWaitFor([&] { return rowOf(page, name) >= 0; }, 5000);
}

// After a test (even a failed one), close what it left open so the next test starts clean.
inline void closeLeftoverDialogs(GuiFixture &app)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(w))
            box->close();
    }
    if (auto *reveal = app.findVisible<RevealTokenDialog>()) {
        if (auto *save = reveal->findChild<QCheckBox *>(QStringLiteral("saveCheck")))
            save->setChecked(false);
        (void)copyAndClose(app, reveal);
    }
    if (auto *add = app.findVisible<AddTokenDialog>())
        add->reject();
}

} // namespace GuiSteps
