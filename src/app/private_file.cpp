#include "private_file.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace kt::app {

QString writePrivateFile(const QString& file, const QByteArray& bytes) {
    QSaveFile out(file);
    const bool written = out.open(QIODevice::WriteOnly) &&
                         out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                         out.write(bytes) == bytes.size() && out.commit();
    if (!written) {
        return QCoreApplication::translate("PrivateFile", "Cannot write %1: %2")
            .arg(file, out.errorString());
    }
    return {};
}

} // namespace kt::app
