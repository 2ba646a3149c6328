#include "DesktopServices.h"

#include "ClipboardGuard.h"
#include "Settings.h"

DesktopServices::DesktopServices(QClipboard *clipboard, const QString &settingsIni, QObject *parent)
    : AppServices(settingsIni, parent)
{
    attachClipboard(clipboard);
}

DesktopServices::DesktopServices(QClipboard *clipboard, SecretStore &secrets,
                                 const QString &settingsIni, QObject *parent)
    : AppServices(secrets, settingsIni, parent)
{
    attachClipboard(clipboard);
}

DesktopServices::~DesktopServices()
{
    // The base outlives this part: it must not hand out a clipboard that is gone.
    setSecretClipboard(nullptr);
}

void DesktopServices::attachClipboard(QClipboard *clipboard)
{
    m_clipboard = std::make_unique<ClipboardGuard>(clipboard);
    setSecretClipboard(m_clipboard.get());
    const auto apply = [this] {
        m_clipboard->setClearSeconds(settings().clipboardClearSeconds());
    };
    apply();
    connect(this, &AppServices::settingsApplied, this, apply);
}
