#pragma once

#include "kneetriage/store/clinic_store.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kt {

// Moving a clinic between a clinic file and a practice server: everything is read and opened
// with the source's key, then sealed again with the target's, so the two may have different
// passphrases and the rows get the target's own ids.

// What a clinic holds, to check a copy against its source: the counts, and a BLAKE2b digest
// (hex) over every opened field of every patient and visit, independent of row ids and order.
struct ClinicSummary {
    std::int64_t patients = 0;
    std::int64_t visits = 0;
    std::string digest;
    bool operator==(const ClinicSummary&) const = default;
};

// Every patient (archived ones too) with their visits. Throws DatabaseError naming the first
// patient or visit whose sealed fields do not open, since a copy would lose it.
[[nodiscard]] std::vector<PatientRecord> readWholeClinic(ClinicStore& store);

[[nodiscard]] ClinicSummary summarizeClinic(const std::vector<PatientRecord>& records);

// Copies `from` into `to` (both unlocked) in one transaction and returns both summaries, the
// target's read back from it. Throws ClinicNotEmpty when `to` has patients.
struct ClinicCopy {
    ClinicSummary from;
    ClinicSummary to;
};
[[nodiscard]] ClinicCopy copyClinic(ClinicStore& from, ClinicStore& to);

} // namespace kt
