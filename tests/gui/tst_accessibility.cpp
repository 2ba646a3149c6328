#include "ActivityPage.h"
#include "CheckTokenDialog.h"
#include "GuiSteps.h"
#include "LoginDialog.h"
#include "ProfilePage.h"
#include "RotateTokenDialog.h"
#include "SettingsDialog.h"
#include "TokenFormat.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace GuiSteps;

// What a screen reader gets: every control a person can reach has a name (DESIGN §4: line edits
// by their label buddy or accessible name, buttons by text), and the main flow works without a
// mouse.
class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void auditCatchesUnnamedControls();
    void everyScreenNamesItsControls();
    void mnemonicsUniqueOnEveryScreen();
    void keyboardOnlyFromLoginToCreatedToken();

private:
    void audit(QWidget *root, const QString &screen);
    // Alt+letter must be unique in a window: a shared one opens the menu, or only moves the
    // focus between the widgets, instead of pressing the button.
    void collectMnemonicClashes(QWidget *root, const QString &screen);
    // Sends a key to whatever has the keyboard focus, as a keyboard would.
    bool key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    bool type(const QString &text);
    // The offscreen platform has no window manager: nothing gives the activation back to the
    // main window when a dialog closes. Do what a desktop's window manager does (no mouse).
    bool windowManagerReactivatesMainWindow();

    TestServer m_server;
    std::unique_ptr<GuiFixture> m_app;
    QStringList m_offenders;
    QStringList m_mnemonicClashes; // collected by audit(), judged by mnemonicsUniqueOnEveryScreen
    QStringList m_audited;
};

void TestAccessibility::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestAccessibility::init()
{
    m_app = std::make_unique<GuiFixture>(m_server);
}

void TestAccessibility::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(w))
            box->close();
    }
    if (auto *reveal = m_app->findVisible<RevealTokenDialog>())
        (void)copyAndClose(*m_app, reveal);
    m_app.reset();
    QTest::qWait(0);
}

namespace {
bool isAuditedInput(QWidget *w)
{
    return qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
           qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QCheckBox *>(w) ||
           qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractItemView *>(w) ||
           qobject_cast<QPushButton *>(w);
}

// Parts of a composite control that assistive technology reaches through the control itself.
bool isInnerPart(QWidget *w)
{
    QWidget *parent = w->parentWidget();
    return qobject_cast<QHeaderView *>(w) || qobject_cast<QAbstractSpinBox *>(parent) ||
           qobject_cast<QComboBox *>(parent);
}

QString describe(QWidget *w)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(w->metaObject()->className()),
             w->objectName().isEmpty() ? QStringLiteral("(no objectName)") : w->objectName());
}
} // namespace

void TestAccessibility::audit(QWidget *root, const QString &screen)
{
    QVERIFY2(root && root->isVisible(), qPrintable(screen));
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    int checked = 0;
    for (QWidget *w : widgets) {
        if (!isAuditedInput(w) || isInnerPart(w) || !w->isVisible() || !w->isEnabled())
            continue;
        if (w->window() != root->window())
            continue; // audited with its own window
        ++checked;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty()) {
            m_offenders << QStringLiteral("%1: %2 has no accessible name").arg(screen, describe(w));
            continue;
        }
        // On Linux Qt reports a combo box's current text as its name; what it is for comes from
        // its label (the "labelled by" relation) or an explicit accessible name.
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            const bool labelled = !iface->relations(QAccessible::Label).isEmpty();
            if (!labelled && combo->accessibleName().isEmpty())
                m_offenders << QStringLiteral("%1: %2 has neither a label nor an accessible name")
                                   .arg(screen, describe(w));
        }
    }
    m_audited << QStringLiteral("%1 (%2 controls)").arg(screen).arg(checked);
    collectMnemonicClashes(root, screen);
    QVERIFY2(checked > 0, qPrintable(screen));
}

void TestAccessibility::collectMnemonicClashes(QWidget *root, const QString &screen)
{
    QMap<QString, QStringList> users;
    auto note = [&](const QString &text, const QString &who) {
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        if (!mnemonic.isEmpty())
            users[mnemonic.toString()] << QStringLiteral("%1 (%2)").arg(who, text);
    };
    if (auto *mainWindow = qobject_cast<QMainWindow *>(root)) {
        for (QAction *action : mainWindow->menuBar()->actions()) {
            if (action->isVisible() && action->isEnabled())
                note(action->text(), QStringLiteral("menu"));
        }
    }
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || !w->isEnabled() || isInnerPart(w) || w->window() != root->window())
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            note(button->text(), describe(w));
        else if (auto *label = qobject_cast<QLabel *>(w);
                 label && label->buddy() && label->buddy()->isVisible())
            note(label->text(), describe(w));
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            note(group->title(), describe(w));
    }
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (it.value().size() > 1)
            m_mnemonicClashes << QStringLiteral("%1: %2 is shared by %3")
                                     .arg(screen, it.key(), it.value().join(QStringLiteral(", ")));
    }
}

bool TestAccessibility::key(Qt::Key k, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    if (!target)
        return false;
    QTest::keyClick(target, k, modifiers);
    return true;
}

bool TestAccessibility::type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        return false;
    QTest::keyClicks(target, text);
    return true;
}

bool TestAccessibility::windowManagerReactivatesMainWindow()
{
    MainWindow *window = m_app->window.get();
    if (!QApplication::activeWindow())
        window->activateWindow();
    return QTest::qWaitFor([window] {
        return QApplication::activeWindow() == window && QApplication::focusWidget() &&
               QApplication::focusWidget()->window() == window;
    });
}

void TestAccessibility::auditCatchesUnnamedControls()
{
    // The audit itself, on a dialog with known faults.
    QDialog dialog;
    auto *form = new QFormLayout(&dialog);
    auto *bare = new QLineEdit(&dialog);
    bare->setObjectName(QStringLiteral("bareEdit"));
    auto *bareCombo = new QComboBox(&dialog);
    bareCombo->setObjectName(QStringLiteral("bareCombo"));
    bareCombo->addItem(QStringLiteral("an item")); // its Name on Linux, but not what it is for
    auto *named = new QLineEdit(&dialog);
    named->setObjectName(QStringLiteral("namedEdit"));
    auto *label = new QLabel(QStringLiteral("&Name:"), &dialog);
    label->setBuddy(named);
    auto *iconOnly = new QPushButton(&dialog);
    iconOnly->setObjectName(QStringLiteral("iconOnlyButton"));
    auto *go = new QPushButton(QStringLiteral("&Go"), &dialog);
    auto *generate = new QCheckBox(QStringLiteral("&Generate"), &dialog);
    form->addRow(bare);
    form->addRow(bareCombo);
    form->addRow(label, named);
    form->addRow(iconOnly);
    form->addRow(go, generate);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    audit(&dialog, QStringLiteral("Faulty dialog"));
    const QString found = m_offenders.join(u'\n');
    QVERIFY2(m_offenders.size() == 3, qPrintable(found));
    for (const char *name : {"bareEdit", "bareCombo", "iconOnlyButton"})
        QVERIFY2(found.contains(QLatin1String(name)), qPrintable(found));
    QVERIFY2(!found.contains(QStringLiteral("namedEdit")), qPrintable(found));
    QCOMPARE(m_mnemonicClashes.size(), 1);
    QVERIFY2(m_mnemonicClashes.first().contains(QStringLiteral("&Go")) &&
                 m_mnemonicClashes.first().contains(QStringLiteral("&Generate")),
             qPrintable(m_mnemonicClashes.first()));
    m_offenders.clear();
    m_mnemonicClashes.clear();
    m_audited.clear();
}

void TestAccessibility::everyScreenNamesItsControls()
{
    auto *login = m_app->waitForDialog<LoginDialog>();
    QVERIFY(login);
    audit(login, QStringLiteral("LoginDialog"));
    QVERIFY(m_app->signIn(QStringLiteral("alice"), QStringLiteral("alice")));
    QTRY_VERIFY(!m_app->findVisible<LoginDialog>());
    MainWindow *window = m_app->window.get();

    m_app->window->showPage(window->profilePage());
    audit(window, QStringLiteral("Profile page"));

    TokensPage *personal = personalPage(*m_app);
    QTRY_VERIFY_WITH_TIMEOUT(pageIdle(personal), 10000);
    m_app->window->showPage(personal);
    audit(window, QStringLiteral("Personal tokens (empty)"));

    // Add token, in each expiry mode (custom date and duration show more fields).
    AddTokenDialog *add = openAddDialog(*m_app, personal, QStringLiteral("audited"));
    QVERIFY(add);
    audit(add, QStringLiteral("AddTokenDialog"));
    auto *expiry = add->findChild<QComboBox *>(QStringLiteral("expiryCombo"));
    expiry->setCurrentIndex(expiry->findText(QStringLiteral("Custom date…")));
    QVERIFY(add->findChild<QDateTimeEdit *>(QStringLiteral("customDateEdit"))->isVisible());
    audit(add, QStringLiteral("AddTokenDialog, custom date"));
    expiry->setCurrentIndex(expiry->findText(QStringLiteral("Custom duration…")));
    QVERIFY(add->findChild<QSpinBox *>(QStringLiteral("daysSpin"))->isVisible());
    audit(add, QStringLiteral("AddTokenDialog, custom duration"));
    expiry->setCurrentIndex(0);

    RevealTokenDialog *reveal = pressCreate(*m_app, add);
    QVERIFY(reveal);
    audit(reveal, QStringLiteral("RevealTokenDialog"));
    QTest::keyClick(reveal, Qt::Key_Escape); // not copied yet: the app asks first
    auto *closeQuestion = m_app->waitForDialog<QMessageBox>();
    QVERIFY(closeQuestion);
    audit(closeQuestion, QStringLiteral("Close-without-copying question"));
    QVERIFY(GuiFixture::click(closeQuestion, QStringLiteral("Go back")));
    QTRY_VERIFY(!m_app->findVisible<QMessageBox>());
    QVERIFY(copyAndClose(*m_app, reveal));

    QTRY_VERIFY(rowOf(personal, QStringLiteral("audited")) >= 0);
    QVERIFY(selectRow(personal, QStringLiteral("audited")));
    audit(window, QStringLiteral("Personal tokens (with a token selected)"));

    QVERIFY(GuiFixture::click(personal, QStringLiteral("Delete…")));
    auto *confirmDelete = m_app->waitForDialog<QMessageBox>();
    QVERIFY(confirmDelete);
    audit(confirmDelete, QStringLiteral("Delete confirmation"));
    QVERIFY(GuiFixture::click(confirmDelete, QStringLiteral("Cancel")));
    QTRY_VERIFY(!m_app->findVisible<QMessageBox>());

    QVERIFY(GuiFixture::click(personal, QStringLiteral("Rotate…")));
    auto *rotateDialog = m_app->waitForDialog<RotateTokenDialog>();
    QVERIFY(rotateDialog);
    audit(rotateDialog, QStringLiteral("Rotate dialog"));
    QVERIFY(GuiFixture::click(rotateDialog, QStringLiteral("Cancel")));
    QTRY_VERIFY(!m_app->findVisible<RotateTokenDialog>());

    TokensPage *team = teamPage(*m_app, QStringLiteral("platform"));
    QVERIFY(team);
    m_app->window->showPage(team);
    QTRY_VERIFY_WITH_TIMEOUT(pageIdle(team), 10000);
    audit(window, QStringLiteral("Team page platform"));

    const Account me = m_app->session.account();
    ActivityPage *activity =
        m_app->window->activityPage({TokenOwner::Type::User, me.id, me.username});
    QVERIFY(activity);
    m_app->window->showPage(activity);
    QVERIFY(activity->isVisible());
    audit(window, QStringLiteral("Activity page"));

    // Settings… from the File menu.
    QAction *settingsAction = nullptr;
    for (QAction *menuAction : window->menuBar()->actions()) {
        if (!menuAction->menu() || menuAction->text().remove(u'&') != QLatin1String("File"))
            continue;
        for (QAction *action : menuAction->menu()->actions()) {
            if (action->text().remove(u'&') == QStringLiteral("Settings…"))
                settingsAction = action;
        }
    }
    QVERIFY2(settingsAction, "no File ▸ Settings… action");
    settingsAction->trigger();
    auto *settings = m_app->waitForDialog<SettingsDialog>();
    QVERIFY(settings);
    audit(settings, QStringLiteral("SettingsDialog"));
    settings->reject();

    // Tools ▸ Check a token…, with a valid token pasted (its revoke button shows).
    QAction *checkAction = nullptr;
    for (QAction *menuAction : window->menuBar()->actions()) {
        if (!menuAction->menu() || menuAction->text().remove(u'&') != QLatin1String("Tools"))
            continue;
        for (QAction *action : menuAction->menu()->actions()) {
            if (action->text().remove(u'&') == QStringLiteral("Check a token…"))
                checkAction = action;
        }
    }
    QVERIFY2(checkAction, "no Tools ▸ Check a token… action");
    QTRY_VERIFY(!m_app->findVisible<SettingsDialog>());
    checkAction->trigger();
    auto *check = m_app->waitForDialog<CheckTokenDialog>();
    QVERIFY(check);
    auto *checkField = check->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    checkField->insert(QString::fromLatin1(TokenFormat::generate(TokenFormat::Kind::ApiToken)));
    QTRY_VERIFY_WITH_TIMEOUT(
        check->findChild<QPushButton *>(QStringLiteral("revokeItselfButton"))->isVisible(), 15000);
    audit(check, QStringLiteral("CheckTokenDialog"));
    check->reject();

    QVERIFY2(m_offenders.isEmpty(),
             qPrintable(QStringLiteral("\n  ") + m_offenders.join(QStringLiteral("\n  "))));
    qInfo().noquote() << "audited:" << m_audited.join(QStringLiteral(", "));
}

void TestAccessibility::mnemonicsUniqueOnEveryScreen()
{
    QVERIFY2(!m_audited.isEmpty(), "everyScreenNamesItsControls did not run");
    QVERIFY2(m_mnemonicClashes.isEmpty(),
             qPrintable(QStringLiteral("\n  ") + m_mnemonicClashes.join(QStringLiteral("\n  "))));
}

void TestAccessibility::keyboardOnlyFromLoginToCreatedToken()
{
    auto *login = m_app->waitForDialog<LoginDialog>();
    QVERIFY(login);
    QTRY_VERIFY2(QApplication::focusWidget() && QApplication::focusWidget()->window() == login,
                 "the login dialog has no keyboard focus");
    auto *serverEdit = login->findChild<QLineEdit *>(QStringLiteral("serverEdit"));
    auto *userEdit = login->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
    auto *passwordEdit = login->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    // The server is pre-filled (the fixture's default server); start at it.
    QCOMPARE(QUrl::fromUserInput(serverEdit->text()), m_server.baseUrl());
    QCOMPARE(QApplication::focusWidget(), serverEdit);
    QVERIFY(key(Qt::Key_Tab));
    QCOMPARE(QApplication::focusWidget(), userEdit);
    QVERIFY(type(QStringLiteral("demo")));
    QVERIFY(key(Qt::Key_Tab));
    QCOMPARE(QApplication::focusWidget(), passwordEdit);
    QVERIFY(type(QStringLiteral("demo")));
    QVERIFY(key(Qt::Key_Return));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->session.isSignedIn() && m_app->window->profilePage(), 15000);
    QTRY_VERIFY(!m_app->findVisible<LoginDialog>());

    TokensPage *personal = personalPage(*m_app);
    QVERIFY(personal->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(pageIdle(personal), 10000);
    // After the login dialog closes, the keyboard works in the main window.
    QVERIFY(windowManagerReactivatesMainWindow());

    QVERIFY(key(Qt::Key_N, Qt::ControlModifier)); // Add token… (QKeySequence::New)
    auto *add = m_app->waitForDialog<AddTokenDialog>(5000);
    QVERIFY2(add, "Ctrl+N did not open the Add token dialog");
    auto *nameEdit = add->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), nameEdit);
    QVERIFY(type(QStringLiteral("keyboard-only")));
    // Both scopes: Tab through the form to the "write" box and tick it with Space.
    QCheckBox *write = nullptr;
    for (int presses = 0; presses < 15 && !write; ++presses) {
        QVERIFY(key(Qt::Key_Tab));
        auto *check = qobject_cast<QCheckBox *>(QApplication::focusWidget());
        if (check && check->text() == QLatin1String("write"))
            write = check;
    }
    QVERIFY2(write, "Tab never reaches the \"write\" scope");
    QVERIFY(key(Qt::Key_Space));
    QVERIFY(write->isChecked());
    QVERIFY(key(Qt::Key_Return)); // Create is the default button
    auto *reveal = m_app->waitForDialog<RevealTokenDialog>(15000);
    QVERIFY2(reveal, "Return did not create the token");

    // Copy token has the focus; Space copies, Escape closes (no question after copying).
    auto *copy = reveal->findChild<QPushButton *>(QStringLiteral("copyButton"));
    QTRY_COMPARE(QApplication::focusWidget(), copy);
    const QString secret = reveal->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text();
    QVERIFY(key(Qt::Key_Space));
    QCOMPARE(QApplication::clipboard()->text(), secret);
    QVERIFY(key(Qt::Key_Escape));
    QTRY_VERIFY(!m_app->findVisible<RevealTokenDialog>());
    QVERIFY(!m_app->findVisible<QMessageBox>());
    QVERIFY(windowManagerReactivatesMainWindow());

    const int row = rowOf(personal, QStringLiteral("keyboard-only"));
    QVERIFY(row >= 0);
    QCOMPARE(personal->model().tokenAt(row)->scopes,
             (QStringList{QStringLiteral("read"), QStringLiteral("write")}));

    // The table is reachable with Tab, a row with the arrows, and Delete asks to confirm.
    auto *table = personal->findChild<QTableView *>(QStringLiteral("tableView"));
    for (int presses = 0; presses < 20 && QApplication::focusWidget() != table; ++presses)
        QVERIFY(key(Qt::Key_Tab));
    QCOMPARE(QApplication::focusWidget(), table);
    QVERIFY(key(Qt::Key_Down));
    if (table->selectionModel()->selectedRows().isEmpty())
        QVERIFY(key(Qt::Key_Space));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QVERIFY(key(Qt::Key_Delete));
    auto *confirm = m_app->waitForDialog<QMessageBox>(5000);
    QVERIFY2(confirm, "the Delete key did not ask to delete the selected token");
    QVERIFY(confirm->text().contains(QStringLiteral("keyboard-only")));
    QTRY_VERIFY(QApplication::activeWindow() == confirm);
    QVERIFY(key(Qt::Key_Escape)); // Cancel is the default: nothing is deleted
    QTRY_VERIFY(!m_app->findVisible<QMessageBox>());
    QVERIFY(rowOf(personal, QStringLiteral("keyboard-only")) >= 0);

    // No keyboard trap (WCAG 2.1.2): one Tab, Shift+Tab or Ctrl+Tab leaves the table.
    QVERIFY(windowManagerReactivatesMainWindow());
    for (const QKeyCombination leave :
         {QKeyCombination(Qt::Key_Tab), QKeyCombination(Qt::ShiftModifier, Qt::Key_Backtab),
          QKeyCombination(Qt::ControlModifier, Qt::Key_Tab)}) {
        table->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), table);
        QVERIFY(key(leave.key(), leave.keyboardModifiers()));
        QVERIFY2(
            QApplication::focusWidget() != table,
            qPrintable(
                QStringLiteral("key %1 stayed in the table").arg(QKeySequence(leave).toString())));
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
