#include "clinic_place.h"

#include "qt_text.h"

#include <QMessageBox>
#include <QObject>

namespace kt::app {

ClinicPlace::ClinicPlace(std::filesystem::path file) : file_(std::move(file)) {}

ClinicStore& ClinicPlace::store() {
    if (!store_) {
        // A visit the server could not take is kept beside the clinic file, sealed, until
        // it can be sent.
        store_ = server_.empty()
                     ? std::make_unique<ClinicStore>(file_)
                     : std::make_unique<ClinicStore>(ClinicServer{
                           .conninfo = server_,
                           .password = password_,
                           .unsentVisits = file_.parent_path() / "clinic-unsent.sqlite"});
        if (const auto& notice = store_->notice()) {
            QMessageBox::warning(nullptr, QObject::tr("A file was set aside"), toQt(*notice));
        }
    }
    return *store_;
}

void ClinicPlace::moveTo(const std::string& server) {
    store_.reset();
    if (server != server_) {
        password_.clear();
    }
    server_ = server;
}

} // namespace kt::app
