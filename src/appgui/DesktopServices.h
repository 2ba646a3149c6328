#pragma once

#include "AppServices.h"

#include <memory>

class ClipboardGuard;
class QClipboard;

// AppServices with what only a desktop has: the guarded clipboard. main.cpp and the gui test
// fixtures build this one; tokendesk-cli builds the plain AppServices (no Qt Gui, no display).
class DesktopServices : public AppServices
{
    Q_OBJECT
public:
    // As shipped: the system keychain (see AppServices).
    explicit DesktopServices(QClipboard *clipboard, const QString &settingsIni = {},
                             QObject *parent = nullptr);
    // For tests: a borrowed secret store (outlives this) and settings in an INI file.
    DesktopServices(QClipboard *clipboard, SecretStore &secrets, const QString &settingsIni,
                    QObject *parent = nullptr);
    ~DesktopServices() override;
    Q_DISABLE_COPY(DesktopServices)

    ClipboardGuard &clipboard() { return *m_clipboard; }

private:
    void attachClipboard(QClipboard *clipboard);

    std::unique_ptr<ClipboardGuard> m_clipboard;
};
