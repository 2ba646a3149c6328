#include "PageToken.h"

#include <QByteArray>

QString PageToken::encode(qint64 seq)
{
    return QString::fromLatin1(QByteArray::number(seq).toBase64(QByteArray::Base64UrlEncoding |
                                                                QByteArray::OmitTrailingEquals));
}

std::optional<qint64> PageToken::decode(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    bool ok = false;
    const qint64 seq = decoded ? decoded.decoded.toLongLong(&ok) : 0;
    if (!ok || seq < 0)
        return std::nullopt;
    return seq;
}
