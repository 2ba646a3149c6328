#pragma once

#include <QDateTime>
#include <QString>

// A row of the demo resource.
struct DemoItemRecord
{
    QString id;
    QString name;
    QDateTime createdAt;
};
