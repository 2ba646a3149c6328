#pragma once

class AccountSession;
class ClipboardGuard;
class SecretStore;
class Settings;

// The services every page and dialog of one window works with, handed down explicitly (no
// global accessors). The window owns them; pages only borrow.
struct GuiContext
{
    AccountSession &session;
    ClipboardGuard &clipboard;
    SecretStore &secrets;
    Settings &settings;
};
