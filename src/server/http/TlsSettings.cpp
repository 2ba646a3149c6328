#include "TlsSettings.h"

#include "SecureBuffer.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslKey>

namespace {
bool readFile(const QString &path, QByteArray *out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *out = file.readAll();
    return true;
}

// CBC suites (LUCKY13, padding oracles) and static-RSA key exchange are out; AES-GCM,
// ChaCha20-Poly1305 and AES-CCM with ECDHE/DHE stay.
bool isModern(const QSslCipher &cipher)
{
    if (cipher.protocol() == QSsl::TlsV1_3)
        return true;
    if (cipher.protocol() != QSsl::TlsV1_2)
        return false;
    const QString encryption = cipher.encryptionMethod().toUpper();
    const bool aead = encryption.contains(QLatin1String("GCM")) ||
                      encryption.contains(QLatin1String("CHACHA20")) ||
                      encryption.contains(QLatin1String("CCM"));
    const QString exchange = cipher.keyExchangeMethod().toUpper();
    const bool forwardSecret =
        exchange.startsWith(QLatin1String("ECDH")) || exchange.startsWith(QLatin1String("DH"));
    const QString auth = cipher.authenticationMethod().toUpper();
    return aead && forwardSecret &&
           (auth == QLatin1String("RSA") || auth == QLatin1String("ECDSA"));
}
} // namespace

QList<QSslCipher> TlsSettings::allowedCiphers()
{
    QList<QSslCipher> allowed;
    const QList<QSslCipher> supported = QSslConfiguration::supportedCiphers();
    for (const QSslCipher &cipher : supported) {
        if (isModern(cipher))
            allowed.append(cipher);
    }
    return allowed;
}

std::optional<QSslConfiguration> TlsSettings::load(const QString &certificatePath,
                                                   const QString &keyPath,
                                                   const QString &keyPasswordPath, QString *error)
{
    QByteArray certificates;
    QByteArray key;
    if (!readFile(certificatePath, &certificates) || !readFile(keyPath, &key)) {
        *error = QStringLiteral("cannot read the TLS certificate or key file");
        return std::nullopt;
    }
    QByteArray passphrase;
    if (!keyPasswordPath.isEmpty()) {
        if (!readFile(keyPasswordPath, &passphrase)) {
            *error = QStringLiteral("cannot read --tls-key-password-file");
            return std::nullopt;
        }
        passphrase = passphrase.trimmed();
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificates, QSsl::Pem);
    QSslKey privateKey;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        privateKey = QSslKey(key, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!privateKey.isNull())
            break;
    }
    SecureBuffer::wipe(passphrase);
    SecureBuffer::wipe(key);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = QStringLiteral("--tls-cert holds no PEM certificate");
        return std::nullopt;
    }
    if (privateKey.isNull()) {
        *error = keyPasswordPath.isEmpty()
                     ? QStringLiteral("--tls-key is not a PEM RSA or EC private key (if it is "
                                      "encrypted, give --tls-key-password-file)")
                     : QStringLiteral("--tls-key cannot be read with that password, or is not "
                                      "a PEM RSA or EC private key");
        return std::nullopt;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(privateKey);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setCiphers(allowedCiphers());
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients do not present certificates
    return tls;
}
