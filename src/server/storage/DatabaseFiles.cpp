#include "DatabaseFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
constexpr QFile::Permissions OwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions OwnerOnlyFolder = OwnerOnlyFile | QFile::ExeOwner;

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Creates each missing folder of path as 0700; folders that exist are left as they are.
bool makeFolders(const QString &path, QString *error)
{
    QStringList missing;
    QFileInfo folder(path);
    while (!folder.exists()) {
        missing.prepend(folder.absoluteFilePath());
        const QString parent = folder.absolutePath();
        if (parent == folder.absoluteFilePath())
            break;
        folder = QFileInfo(parent);
    }
    for (const QString &dir : missing) {
        if (::mkdir(QFile::encodeName(dir).constData(), 0700) != 0 && errno != EEXIST) {
            *error = QStringLiteral("cannot create the folder %1: %2").arg(dir, systemError());
            return false;
        }
        // mkdir's mode is masked by the umask; a restrictive one would lock the server out.
        if (!QFile::setPermissions(dir, OwnerOnlyFolder)) {
            *error = QStringLiteral("cannot make the folder %1 private").arg(dir);
            return false;
        }
    }
    return true;
}
} // namespace

bool DatabaseFiles::makePrivate(const QString &databasePath, QString *error)
{
    if (databasePath == QLatin1String(":memory:"))
        return true;
    const QFileInfo info(databasePath);
    if (!makeFolders(info.absolutePath(), error))
        return false;
    if (!info.exists()) {
        const int fd = ::open(QFile::encodeName(databasePath).constData(),
                              O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST) {
            *error = QStringLiteral("cannot create the database %1: %2")
                         .arg(databasePath, systemError());
            return false;
        }
        if (fd >= 0)
            ::close(fd);
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString file = databasePath + suffix;
        if (QFile::exists(file) && !QFile::setPermissions(file, OwnerOnlyFile)) {
            *error = QStringLiteral("cannot make %1 private (mode 0600)").arg(file);
            return false;
        }
    }
    return true;
}
