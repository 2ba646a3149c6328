#include "Settings.h"

namespace {
// The accounts list keeps the server URL as given (to connect again); everything else is keyed
// by the account's identity.
QString listEntry(const Settings::AccountRef &account)
{
    // Never credentials in a settings file, whatever URL was typed.
    return account.server.toString(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo) +
           QLatin1Char('|') + account.username;
}

QString accountKey(const Settings::AccountRef &account)
{
    return account.id();
}
} // namespace

Settings::Settings(const QString &iniPath)
    : m_settings(iniPath.isEmpty() ? std::make_unique<QSettings>()
                                   : std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

int Settings::clipboardClearSeconds() const
{
    return qBound(
        5,
        m_settings->value(QStringLiteral("clipboard/clearSeconds"), DefaultClipboardClearSeconds)
            .toInt(),
        600);
}

void Settings::setClipboardClearSeconds(int seconds)
{
    m_settings->setValue(QStringLiteral("clipboard/clearSeconds"), seconds);
}

int Settings::expiryWarningDays() const
{
    return qBound(
        0,
        m_settings->value(QStringLiteral("tokens/expiryWarningDays"), DefaultExpiryWarningDays)
            .toInt(),
        365);
}

void Settings::setExpiryWarningDays(int days)
{
    m_settings->setValue(QStringLiteral("tokens/expiryWarningDays"), days);
}

QString Settings::language() const
{
    return m_settings->value(QStringLiteral("ui/language")).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings->setValue(QStringLiteral("ui/language"), language);
}

bool Settings::allowInsecureHttp() const
{
    return m_settings->value(QStringLiteral("network/allowInsecureHttp"), false).toBool();
}

void Settings::setAllowInsecureHttp(bool allow)
{
    m_settings->setValue(QStringLiteral("network/allowInsecureHttp"), allow);
}

QList<Settings::AccountRef> Settings::accounts() const
{
    QList<AccountRef> accounts;
    const QStringList keys = m_settings->value(QStringLiteral("accounts/list")).toStringList();
    for (const QString &key : keys) {
        const qsizetype bar = key.lastIndexOf(QLatin1Char('|'));
        if (bar > 0)
            accounts.append({QUrl(key.left(bar)), key.mid(bar + 1)});
    }
    return accounts;
}

void Settings::rememberAccount(const AccountRef &account)
{
    QStringList keys{listEntry(account)};
    for (const AccountRef &known : accounts()) {
        if (!(known == account))
            keys.append(listEntry(known));
    }
    m_settings->setValue(QStringLiteral("accounts/list"), keys);
}

bool Settings::rememberSession(const AccountRef &account) const
{
    return m_settings->value(QStringLiteral("accounts/remember"))
        .toStringList()
        .contains(accountKey(account));
}

void Settings::setRememberSession(const AccountRef &account, bool remember)
{
    QStringList keys = m_settings->value(QStringLiteral("accounts/remember")).toStringList();
    keys.removeAll(accountKey(account));
    if (remember)
        keys.append(accountKey(account));
    m_settings->setValue(QStringLiteral("accounts/remember"), keys);
}

namespace {
QString storedKey(const Settings::AccountRef &account, const TokenOwner &owner)
{
    const QString raw = accountKey(account) + QLatin1Char('|') + TokenOwner::typeName(owner.type) +
                        QLatin1Char('|') + owner.id;
    return QStringLiteral("keychain/") +
           QString::fromLatin1(raw.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}
} // namespace

QStringList Settings::storedTokenIds(const AccountRef &account, const TokenOwner &owner) const
{
    return m_settings->value(storedKey(account, owner)).toStringList();
}

void Settings::setTokenStored(const AccountRef &account, const TokenOwner &owner,
                              const QString &tokenId, bool stored)
{
    QStringList ids = storedTokenIds(account, owner);
    ids.removeAll(tokenId);
    if (stored)
        ids.append(tokenId);
    if (ids.isEmpty())
        m_settings->remove(storedKey(account, owner));
    else
        m_settings->setValue(storedKey(account, owner), ids);
}

namespace {
// One group per account, one key per token id (base64url: ids must not name a subgroup).
QString seenGroup(const Settings::AccountRef &account)
{
    return QStringLiteral("seenAddresses/") +
           QString::fromLatin1(
               accountKey(account).toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

QString seenKey(const Settings::AccountRef &account, const QString &tokenId)
{
    return seenGroup(account) + QLatin1Char('/') +
           QString::fromLatin1(tokenId.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}
} // namespace

std::optional<QStringList> Settings::seenAddresses(const AccountRef &account,
                                                   const QString &tokenId) const
{
    const QString key = seenKey(account, tokenId);
    if (!m_settings->contains(key))
        return std::nullopt;
    QStringList addresses = m_settings->value(key).toStringList();
    addresses.removeAll(QString());
    return addresses;
}

void Settings::setSeenAddresses(const AccountRef &account, const QString &tokenId,
                                const QStringList &addresses)
{
    // An empty list would read back as "never checked" from an INI file: store a marker.
    m_settings->setValue(seenKey(account, tokenId),
                         addresses.isEmpty() ? QStringList{QString()} : addresses);
}

QStringList Settings::addressCheckedTokenIds(const AccountRef &account) const
{
    m_settings->beginGroup(seenGroup(account));
    const QStringList keys = m_settings->childKeys();
    m_settings->endGroup();
    QStringList ids;
    for (const QString &key : keys)
        ids.append(QString::fromUtf8(
            QByteArray::fromBase64(key.toLatin1(), QByteArray::Base64UrlEncoding)));
    return ids;
}

void Settings::forgetSeenAddresses(const AccountRef &account, const QString &tokenId)
{
    m_settings->remove(seenKey(account, tokenId));
}

namespace {
QString checkedKey(const Settings::AccountRef &account)
{
    return QStringLiteral("seenAddressesChecked/") +
           QString::fromLatin1(
               accountKey(account).toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}
} // namespace

bool Settings::addressesChecked(const AccountRef &account) const
{
    return m_settings->value(checkedKey(account), false).toBool();
}

void Settings::setAddressesChecked(const AccountRef &account)
{
    m_settings->setValue(checkedKey(account), true);
}
