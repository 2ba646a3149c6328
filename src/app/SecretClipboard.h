#pragma once

class SecureBuffer;

// Where "Copy secret" puts a secret read from the keychain. The desktop's guarded clipboard
// (ClipboardGuard, src/appgui) implements it; the workflows only know this port, so programs
// without a display (tokendesk-cli) link them without Qt Gui.
class SecretClipboard
{
public:
    virtual ~SecretClipboard() = default;
    virtual void copySecret(const SecureBuffer &secret) = 0;

protected:
    SecretClipboard() = default;
    SecretClipboard(const SecretClipboard &) = default;
    SecretClipboard &operator=(const SecretClipboard &) = default;
};
