#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

// A window-modal warning that asks before something irreversible. Opens with open() (no nested
// event loop); onConfirm runs only when the user picks the action button; Cancel is the default.
class ConfirmBox
{
public:
    static QMessageBox *ask(QWidget *parent, const QString &objectName, const QString &title,
                            const QString &text, const QString &actionText,
                            const QString &cancelText, std::function<void()> onConfirm);

    ConfirmBox() = delete;
};
