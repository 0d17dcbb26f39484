#pragma once

#include "kneetriage/io/check_record.h"
#include "kneetriage/store/sqlite_database.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kt {

inline constexpr int kClinicSchemaVersion = 1;

struct Patient {
    std::int64_t id = 0;
    std::string reference; // name or clinic reference, as the clinician chooses
    std::optional<int> birthYear;
    std::string notes;
    bool archived = false;
    std::string createdAt;
};

// One intake of a patient: the check, and the outcome questionnaires answered with it.
struct Visit : CheckRecord {
    std::int64_t id = 0;
    std::int64_t patientId = 0;
    std::string measuresJson; // {"<measure id>": {"<item id>": code or number}}
};

// The clinic's patients and visits: a separate SQLite file from the runner's history, with
// the same protections (owner-only, WAL, unusable files kept aside; see user_database.h).
class ClinicStore {
  public:
    explicit ClinicStore(const std::filesystem::path& file);

    std::int64_t addPatient(const Patient& patient);
    void setArchived(std::int64_t patientId, bool archived);
    // Patients whose reference or notes contain `search` (case-insensitive), newest first.
    [[nodiscard]] std::vector<Patient> patients(const std::string& search, bool includeArchived);
    [[nodiscard]] std::optional<Patient> patient(std::int64_t id);

    std::int64_t addVisit(const Visit& visit);
    // A patient's visits, oldest first.
    [[nodiscard]] std::vector<Visit> visits(std::int64_t patientId);
    [[nodiscard]] std::int64_t visitCount(std::int64_t patientId);

    [[nodiscard]] const std::optional<std::string>& notice() const { return notice_; }

  private:
    std::optional<std::string> notice_;
    std::unique_ptr<Database> database_;
};

} // namespace kt
