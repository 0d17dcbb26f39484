#pragma once

#include "kneetriage/store/clinic_store.h"

#include <filesystem>
#include <memory>
#include <string>

namespace kt::app {

// Where this seat keeps the clinic: the file in the user folder (the default) or a practice
// server, and the store opened there on first use. A password the user typed for the server is
// kept here, in memory, for this run only; it is never written anywhere.
class ClinicPlace {
  public:
    explicit ClinicPlace(std::filesystem::path file);

    // The store, opened (or connected) on first use. Throws what ClinicStore's constructors
    // throw (ClinicServerNeedsPassword, ClinicServerError, NewerDatabase, DatabaseError), and
    // then tries again on the next call.
    [[nodiscard]] ClinicStore& store();
    // A libpq connection string, or empty for the file. Closes the store in use, so the next
    // store() opens the new place; a typed password is forgotten, since it was for the old one.
    void moveTo(const std::string& server);
    [[nodiscard]] const std::string& server() const { return server_; }
    void setPassword(std::string password) { password_ = std::move(password); }

  private:
    const std::filesystem::path file_;
    std::string server_;
    std::string password_;
    std::unique_ptr<ClinicStore> store_;
};

} // namespace kt::app
