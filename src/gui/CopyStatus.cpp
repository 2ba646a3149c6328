#include "CopyStatus.h"

#include "Announcement.h"
#include "ClipboardGuard.h"

#include <QLabel>

CopyStatus::CopyStatus(QLabel *label, ClipboardGuard &clipboard, QObject *parent)
    : QObject(parent), m_label(label), m_clipboard(clipboard)
{
    m_label->hide();
    connect(&m_clipboard, &ClipboardGuard::countdown, this, &CopyStatus::showSeconds);
    connect(&m_clipboard, &ClipboardGuard::cleared, this, [this] {
        if (!m_ours)
            return;
        m_ours = false;
        m_label->setText(tr("Clipboard cleared."));
    });
}

void CopyStatus::copied()
{
    m_ours = true;
    showSeconds(m_clipboard.secondsLeft());
    Announcement::post(m_label, m_label->text()); // once: the countdown then ticks silently
}

void CopyStatus::showSeconds(int seconds)
{
    if (!m_ours)
        return;
    m_label->setText(tr("Copied. Clipboard clears in %1 s.").arg(seconds));
    m_label->show();
}
