#pragma once

#include <QObject>

class ClipboardGuard;
class QLabel;

// Shows the clipboard countdown in a label after a copy this page made ("Copied. Clipboard
// clears in 20 s.", then "Clipboard cleared."); copies made elsewhere leave it alone.
class CopyStatus : public QObject
{
    Q_OBJECT
public:
    CopyStatus(QLabel *label, ClipboardGuard &clipboard, QObject *parent = nullptr);
    Q_DISABLE_COPY(CopyStatus)

    // Our copy just went to the clipboard.
    void copied();

private:
    void showSeconds(int seconds);

    QLabel *m_label;
    ClipboardGuard &m_clipboard;
    bool m_ours = false;
};
