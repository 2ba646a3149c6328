#pragma once

#include "AccountRef.h"
#include "ExpiryWarning.h"
#include "TokenOwner.h"

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

// The app's preferences, through QSettings. Non-secret values only: sessions and token
// secrets go to the system keychain (src/secrets) or nowhere.
class Settings
{
public:
    static constexpr int DefaultClipboardClearSeconds = 30;
    static constexpr int DefaultExpiryWarningDays = ExpiryWarning::DefaultDays;

    // Default: the platform's settings for the app. A path: an INI file (tests).
    explicit Settings(const QString &iniPath = {});
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    int clipboardClearSeconds() const;
    void setClipboardClearSeconds(int seconds);
    int expiryWarningDays() const;
    void setExpiryWarningDays(int days);
    QString language() const; // empty: the system's
    void setLanguage(const QString &language);
    bool allowInsecureHttp() const;
    void setAllowInsecureHttp(bool allow);

    // Accounts the user signed in to, most recent first; one entry per AccountRef::id().
    using AccountRef = ::AccountRef;
    QList<AccountRef> accounts() const;
    void rememberAccount(const AccountRef &account); // moves it to the front
    bool rememberSession(const AccountRef &account) const;
    void setRememberSession(const AccountRef &account, bool remember);

    // Ids of the owner's tokens whose secrets the user saved in the keychain (ids only: not
    // secret). QtKeychain cannot list entries, so this index is how the table knows.
    QStringList storedTokenIds(const AccountRef &account, const TokenOwner &owner) const;
    void setTokenStored(const AccountRef &account, const TokenOwner &owner, const QString &tokenId,
                        bool stored);

    // The client addresses each of the account's tokens was seen used from, for the new-address
    // alert (addresses and token ids only: not secret). nullopt: the token was never checked.
    std::optional<QStringList> seenAddresses(const AccountRef &account,
                                             const QString &tokenId) const;
    void setSeenAddresses(const AccountRef &account, const QString &tokenId,
                          const QStringList &addresses);
    // Ids of the tokens with seen addresses; forgetting one drops its addresses.
    QStringList addressCheckedTokenIds(const AccountRef &account) const;
    void forgetSeenAddresses(const AccountRef &account, const QString &tokenId);
    // Whether the account's tokens were checked once (from then on, new addresses alert).
    bool addressesChecked(const AccountRef &account) const;
    void setAddressesChecked(const AccountRef &account);

private:
    std::unique_ptr<QSettings> m_settings;
};
