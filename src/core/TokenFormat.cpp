#include "TokenFormat.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace {
constexpr char Alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr int AlphabetSize = 62;

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}
constexpr auto CrcTable = makeCrcTable();

bool isBase62(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
} // namespace

QByteArray TokenFormat::prefix(Kind kind)
{
    return kind == Kind::ApiToken ? QByteArrayLiteral("tdk_") : QByteArrayLiteral("tds_");
}

quint32 TokenFormat::crc32(QByteArrayView data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data)
        crc = CrcTable[(crc ^ static_cast<quint8>(ch)) & 0xFFu] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

QByteArray TokenFormat::base62(quint64 value, int width)
{
    QByteArray out(width, '0');
    for (int i = width - 1; i >= 0 && value > 0; --i) {
        out[i] = Alphabet[value % AlphabetSize];
        value /= AlphabetSize;
    }
    return out;
}

QByteArray TokenFormat::generate(Kind kind)
{
    QByteArray random(RandomLength, Qt::Uninitialized);
    auto *rng = QRandomGenerator::system();
    for (char &c : random)
        c = Alphabet[rng->bounded(AlphabetSize)];
    return prefix(kind) + random + base62(crc32(random), ChecksumLength);
}

TokenFormat::Shape TokenFormat::shapeOf(QByteArrayView secret, Kind kind)
{
    if (secret.size() != TotalLength || !secret.startsWith(prefix(kind)))
        return Shape::Foreign;
    const QByteArrayView body = secret.sliced(PrefixLength);
    for (const char c : body) {
        if (!isBase62(c))
            return Shape::Foreign;
    }
    const QByteArrayView random = body.first(RandomLength);
    const QByteArrayView checksum = body.sliced(RandomLength);
    return constantTimeEquals(checksum, base62(crc32(random), ChecksumLength)) ? Shape::Valid
                                                                               : Shape::BadChecksum;
}

bool TokenFormat::isWellFormed(QByteArrayView secret, Kind kind)
{
    return shapeOf(secret, kind) == Shape::Valid;
}

QString TokenFormat::hint(QByteArrayView secret)
{
    if (secret.size() < PrefixLength + 8)
        return QStringLiteral("…");
    return QString::fromLatin1(secret.first(PrefixLength + 4)) + QChar(0x2026) +
           QString::fromLatin1(secret.last(4));
}

QByteArray TokenFormat::digest(QByteArrayView secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
}

bool TokenFormat::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}
