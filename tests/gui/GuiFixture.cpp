#include "GuiFixture.h"

#include "LoginDialog.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

GuiFixture::GuiFixture(TestServer &testServer, bool keychainAvailable)
    : server(testServer), secrets(keychainAvailable),
      services(QApplication::clipboard(), secrets, dir.filePath(QStringLiteral("settings.ini"))),
      settings(services.settings()), client(services.client()), session(services.session()),
      clipboard(services.clipboard())
{
    window = std::make_unique<MainWindow>(services, server.baseUrl());
    window->show();
    window->start();
}

GuiFixture::~GuiFixture()
{
    window.reset();
}

bool GuiFixture::signIn(const QString &username, const QString &password)
{
    auto *login = waitForDialog<LoginDialog>();
    if (!login)
        return false;
    auto *serverEdit = login->findChild<QLineEdit *>(QStringLiteral("serverEdit"));
    auto *userEdit = login->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
    auto *passwordEdit = login->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    serverEdit->clear();
    QTest::keyClicks(serverEdit, server.baseUrl().toString());
    userEdit->clear();
    QTest::keyClicks(userEdit, username);
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
    return QTest::qWaitFor([&] { return session.isSignedIn() && window->profilePage(); }, 15000);
}

QPushButton *GuiFixture::button(QWidget *parent, const QString &text)
{
    const auto buttons = parent->findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    }
    return nullptr;
}

bool GuiFixture::click(QWidget *parent, const QString &text)
{
    QPushButton *b = button(parent, text);
    if (!b || !b->isEnabled())
        return false;
    QTest::mouseClick(b, Qt::LeftButton);
    return true;
}

QStringList GuiFixture::visibleTexts()
{
    QStringList texts;
    const auto widgets = QApplication::allWidgets();
    for (QWidget *w : widgets) {
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << edit->text();
        else if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            texts << plain->toPlainText();
        else if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            QAbstractItemModel *model = view->model();
            for (int r = 0; r < model->rowCount(); ++r)
                for (int c = 0; c < model->columnCount(); ++c)
                    texts << model->index(r, c).data().toString()
                          << model->index(r, c).data(Qt::ToolTipRole).toString();
        }
    }
    return texts;
}
