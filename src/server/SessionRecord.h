#pragma once

#include <QDateTime>
#include <QString>

struct SessionRecord
{
    QString userId;
    QDateTime expiresAt;
};
