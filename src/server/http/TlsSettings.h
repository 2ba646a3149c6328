#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

// The server's TLS configuration from PEM files: a certificate file that may hold the chain
// (leaf first), a private key that may be encrypted (its passphrase in a file), TLS 1.2 with
// forward-secret AEAD ciphers only, or TLS 1.3.
class TlsSettings
{
public:
    static std::optional<QSslConfiguration> load(const QString &certificatePath,
                                                 const QString &keyPath,
                                                 const QString &keyPasswordPath, QString *error);
    // The ciphers load() allows, out of what the TLS backend supports.
    static QList<QSslCipher> allowedCiphers();

    TlsSettings() = delete;
};
