#include "IdGenerator.h"

#include <QRandomGenerator>

QString IdGenerator::make(const QString &prefix)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString id = prefix;
    for (int i = 0; i < 16; ++i)
        id.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(62)]));
    return id;
}

QString IdGenerator::accountId()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    return QString::fromLatin1(bytes.toHex());
}
