#include "ConfirmBox.h"

#include <QPushButton>

QMessageBox *ConfirmBox::ask(QWidget *parent, const QString &objectName, const QString &title,
                             const QString &text, const QString &actionText,
                             const QString &cancelText, std::function<void()> onConfirm)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(objectName);
    box->setTextFormat(Qt::PlainText); // the text names tokens: never markup
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *action = box->addButton(actionText, QMessageBox::DestructiveRole);
    QPushButton *cancel = box->addButton(cancelText, QMessageBox::RejectRole);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [action, onConfirm = std::move(onConfirm)](QAbstractButton *clicked) {
                         if (clicked == action)
                             onConfirm();
                     });
    box->open();
    return box;
}
