#include "kneetriage/store/clinic_copy.h"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <sodium.h>

namespace kt {
namespace {

// One patient and their visits as a canonical text: every opened field, no row id.
std::string canonical(const PatientRecord& record) {
    const Patient& patient = record.patient;
    std::vector<std::string> visits;
    for (const Visit& visit : record.visits) {
        visits.push_back(nlohmann::json::array({visit.createdAt, visit.kbVersion, visit.answersJson,
                                                visit.resultJson, visit.measuresJson,
                                                visit.disposition, visit.topCondition})
                             .dump());
    }
    std::sort(visits.begin(), visits.end());
    return nlohmann::json::array(
               {patient.reference,
                patient.birthYear ? nlohmann::json(*patient.birthYear) : nlohmann::json(nullptr),
                patient.notes, patient.archived, patient.createdAt, visits})
        .dump();
}

std::string hex(const unsigned char* bytes, std::size_t size) {
    static constexpr std::string_view kDigits = "0123456789abcdef";
    std::string text;
    for (std::size_t i = 0; i < size; ++i) {
        text += kDigits[bytes[i] >> 4U];
        text += kDigits[bytes[i] & 0x0FU];
    }
    return text;
}

} // namespace

std::vector<PatientRecord> readWholeClinic(ClinicStore& store) {
    std::vector<PatientRecord> records;
    for (Patient& patient : store.patients("", true)) {
        const std::string name = "patient #" + std::to_string(patient.id);
        if (patient.unreadable) {
            throw DatabaseError(name + " cannot be opened with this passphrase");
        }
        std::vector<Visit> visits = store.visits(patient.id);
        for (const Visit& visit : visits) {
            if (visit.unreadable) {
                throw DatabaseError("visit #" + std::to_string(visit.id) + " of " + name +
                                    " cannot be opened with this passphrase");
            }
        }
        records.push_back({std::move(patient), std::move(visits)});
    }
    // Oldest first, so the copy lists them in the same order as the source.
    std::reverse(records.begin(), records.end());
    return records;
}

ClinicSummary summarizeClinic(const std::vector<PatientRecord>& records) {
    ClinicSummary summary;
    std::vector<std::string> patients;
    for (const PatientRecord& record : records) {
        ++summary.patients;
        summary.visits += static_cast<std::int64_t>(record.visits.size());
        patients.push_back(canonical(record));
    }
    std::sort(patients.begin(), patients.end());
    const std::string text = nlohmann::json(patients).dump();
    std::array<unsigned char, crypto_generichash_BYTES> digest{};
    crypto_generichash(digest.data(), digest.size(),
                       reinterpret_cast<const unsigned char*>(text.data()), text.size(), nullptr,
                       0);
    summary.digest = hex(digest.data(), digest.size());
    return summary;
}

ClinicCopy copyClinic(ClinicStore& from, ClinicStore& to) {
    const std::vector<PatientRecord> records = readWholeClinic(from);
    to.fillEmptyClinic(records);
    return {summarizeClinic(records), summarizeClinic(readWholeClinic(to))};
}

} // namespace kt
