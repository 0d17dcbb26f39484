#include "kneetriage/store/clinic_store.h"

#include "kneetriage/crypto/seal.h"
#include "kneetriage/store/user_database.h"
#include "store/clinic_keyring.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <utility>

namespace kt {
namespace {

constexpr std::string_view kSchema = R"sql(
CREATE TABLE patients (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL,
    birth_year INTEGER,
    notes TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL);
CREATE TABLE visits (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    created_at TEXT NOT NULL,
    kb_version TEXT NOT NULL,
    answers_json TEXT NOT NULL,
    result_json TEXT NOT NULL,
    measures_json TEXT NOT NULL,
    disposition TEXT NOT NULL,
    top_condition TEXT NOT NULL);
CREATE INDEX visits_by_patient ON visits(patient_id, created_at);
)sql";

// Version 2 seals the personal fields in the same columns (as BLOBs); the key record is new.
// Fields a version-1 file holds in clear are sealed when its passphrase is first set.
constexpr std::string_view kKeyRecord = R"sql(
CREATE TABLE clinic_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    salt BLOB NOT NULL,
    ops_limit INTEGER NOT NULL,
    mem_limit INTEGER NOT NULL,
    key_check BLOB NOT NULL);
)sql";

constexpr std::array<std::string_view, kClinicSchemaVersion> kMigrations{kSchema, kKeyRecord};

// The sealed columns of each table, in the order the queries below select them.
constexpr std::array<std::string_view, 3> kPatientFields{"reference", "birth_year", "notes"};
constexpr std::array<std::string_view, 5> kVisitFields{
    "answers_json", "result_json", "measures_json", "disposition", "top_condition"};

constexpr std::string_view kPatientColumns =
    "SELECT id, archived, created_at, reference, birth_year, notes FROM patients ";
constexpr std::string_view kVisitColumns =
    "SELECT id, patient_id, created_at, kb_version, answers_json, result_json, measures_json, "
    "disposition, top_condition FROM visits ";

std::string asciiLower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// Reads an opened birth year ("" for none) into `year`; false when it is not a whole number.
bool readBirthYear(const std::string& text, std::optional<int>& year) {
    year.reset();
    if (text.empty()) {
        return true;
    }
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
        return false;
    }
    year = value;
    return true;
}

template <std::size_t N>
std::string commaSeparated(const std::array<std::string_view, N>& columns) {
    std::string joined;
    for (const std::string_view column : columns) {
        joined += (joined.empty() ? "" : ", ") + std::string(column);
    }
    return joined;
}

} // namespace

ClinicStore::ClinicStore(const std::filesystem::path& file, KeyWork work)
    : file_(file), work_(work) {
    UserDatabase opened = openUserDatabase(file, "clinic", kMigrations);
    database_ = std::make_unique<Database>(std::move(opened.database));
    notice_ = std::move(opened.notice);
    database_->execute("PRAGMA secure_delete = ON");
}

bool ClinicStore::hasPassphrase() {
    return hasStoredKey(*database_);
}

void ClinicStore::setPassphrase(std::string_view passphrase) {
    if (hasPassphrase()) {
        throw std::logic_error(file_.string() + ": the clinic passphrase is already set");
    }
    rekey(passphrase, false);
}

bool ClinicStore::unlock(std::string_view passphrase) {
    std::optional<SecretKey> key = keyFor(*database_, passphrase);
    if (!key) {
        return false;
    }
    key_ = std::move(key);
    return true;
}

bool ClinicStore::changePassphrase(std::string_view current, std::string_view replacement) {
    std::optional<SecretKey> key = keyFor(*database_, current);
    if (!key) {
        return false;
    }
    key_ = std::move(key);
    rekey(replacement, true);
    return true;
}

std::vector<ClinicStore::Fields> ClinicStore::everyField(bool sealed) const {
    std::vector<Fields> rows;
    const auto collect = [&](std::string_view table, const auto& columns) {
        auto query = database_->prepare("SELECT id, " + commaSeparated(columns) + " FROM " +
                                        std::string(table));
        while (query.step()) {
            Fields row{table, query.integer(0), {}};
            for (std::size_t i = 0; i < columns.size(); ++i) {
                const int index = static_cast<int>(i) + 1;
                auto plain = sealed ? openField(columns[i], row.id, query, index)
                                    : std::optional<std::string>(query.text(index));
                if (!plain) {
                    throw DatabaseError(file_.string() + ": " + std::string(table) + " #" +
                                        std::to_string(row.id) +
                                        " cannot be opened, so the passphrase was not changed");
                }
                row.values.emplace_back(columns[i], std::move(*plain));
            }
            rows.push_back(std::move(row));
        }
    };
    collect("patients", kPatientFields);
    collect("visits", kVisitFields);
    return rows;
}

void ClinicStore::rekey(std::string_view passphrase, bool fieldsAreSealed) {
    if (passphrase.size() < kMinimumPassphraseBytes) {
        throw std::invalid_argument("a clinic passphrase needs at least " +
                                    std::to_string(kMinimumPassphraseBytes) + " characters");
    }
    // The new key is in use while the fields are sealed with it; the old one comes back if
    // anything fails before the commit.
    std::optional<SecretKey> other;
    bool swapped = false;
    try {
        inTransaction(*database_, [&] {
            const std::vector<Fields> rows = everyField(fieldsAreSealed);
            other = storeNewKey(*database_, passphrase, work_);
            key_.swap(other);
            swapped = true;
            for (const Fields& row : rows) {
                writeSealed(row.table, row.id, row.values);
            }
        });
    } catch (...) {
        if (swapped) {
            key_.swap(other);
        }
        throw;
    }
    flushLog();
}

const SecretKey& ClinicStore::key() const {
    if (!key_) {
        throw ClinicLocked(file_.string() + ": the clinic is locked; unlock it with the clinic "
                                            "passphrase first");
    }
    return *key_;
}

std::string ClinicStore::sealField(std::string_view column, std::int64_t row,
                                   std::string_view plain) const {
    return seal(key(), plain, std::string(column) + "#" + std::to_string(row));
}

std::optional<std::string> ClinicStore::openField(std::string_view column, std::int64_t row,
                                                  const Statement& statement, int index) const {
    return unseal(key(), statement.bytes(index), std::string(column) + "#" + std::to_string(row));
}

void ClinicStore::writeSealed(std::string_view table, std::int64_t row,
                              const std::vector<std::pair<std::string_view, std::string>>& fields) {
    std::string sql = "UPDATE " + std::string(table) + " SET ";
    for (std::size_t i = 0; i < fields.size(); ++i) {
        sql += (i == 0 ? "" : ", ") + std::string(fields[i].first) + " = ?";
    }
    auto update = database_->prepare(sql + " WHERE id = ?");
    int index = 1;
    for (const auto& [column, plain] : fields) {
        update.bindBytes(index++, sealField(column, row, plain));
    }
    update.bind(index, row).run();
}

void ClinicStore::flushLog() {
    database_->execute("PRAGMA wal_checkpoint(TRUNCATE)");
}

Patient ClinicStore::readPatient(const Statement& row) const {
    Patient patient;
    patient.id = row.integer(0);
    patient.archived = row.integer(1) != 0;
    patient.createdAt = row.text(2);
    auto reference = openField(kPatientFields[0], patient.id, row, 3);
    auto birthYear = openField(kPatientFields[1], patient.id, row, 4);
    auto notes = openField(kPatientFields[2], patient.id, row, 5);
    if (!reference || !birthYear || !notes || !readBirthYear(*birthYear, patient.birthYear)) {
        patient.unreadable = true;
        patient.birthYear.reset();
        return patient;
    }
    patient.reference = std::move(*reference);
    patient.notes = std::move(*notes);
    return patient;
}

Visit ClinicStore::readVisit(const Statement& row) const {
    Visit visit;
    visit.id = row.integer(0);
    visit.patientId = row.integer(1);
    visit.createdAt = row.text(2);
    visit.kbVersion = row.text(3);
    std::array<std::string*, kVisitFields.size()> fields{&visit.answersJson, &visit.resultJson,
                                                         &visit.measuresJson, &visit.disposition,
                                                         &visit.topCondition};
    for (std::size_t i = 0; i < fields.size(); ++i) {
        auto plain = openField(kVisitFields[i], visit.id, row, static_cast<int>(i) + 4);
        if (!plain) {
            visit.unreadable = true;
            for (std::string* field : fields) {
                field->clear();
            }
            return visit;
        }
        *fields[i] = std::move(*plain);
    }
    return visit;
}

std::int64_t ClinicStore::addPatient(const Patient& patient) {
    key();
    std::int64_t id = 0;
    inTransaction(*database_, [&] {
        database_
            ->prepare("INSERT INTO patients (reference, archived, created_at) VALUES ('', ?, ?)")
            .bind(1, std::int64_t{patient.archived ? 1 : 0})
            .bind(2, patient.createdAt)
            .run();
        id = database_->lastInsertId();
        writeSealed("patients", id,
                    {{kPatientFields[0], patient.reference},
                     {kPatientFields[1],
                      patient.birthYear ? std::to_string(*patient.birthYear) : std::string()},
                     {kPatientFields[2], patient.notes}});
    });
    return id;
}

void ClinicStore::setArchived(std::int64_t patientId, bool archived) {
    key();
    database_->prepare("UPDATE patients SET archived = ? WHERE id = ?")
        .bind(1, std::int64_t{archived ? 1 : 0})
        .bind(2, patientId)
        .run();
}

bool ClinicStore::deletePatient(std::int64_t patientId) {
    key();
    bool found = false;
    inTransaction(*database_, [&] {
        database_->prepare("DELETE FROM visits WHERE patient_id = ?").bind(1, patientId).run();
        database_->prepare("DELETE FROM patients WHERE id = ?").bind(1, patientId).run();
        found = database_->changes() > 0;
    });
    flushLog();
    return found;
}

std::vector<Patient> ClinicStore::patients(const std::string& search, bool includeArchived) {
    key();
    auto query = database_->prepare(std::string(kPatientColumns) +
                                    "WHERE (? OR archived = 0) ORDER BY created_at DESC, id DESC");
    query.bind(1, std::int64_t{includeArchived ? 1 : 0});
    // Names are sealed, so the search runs here, over what was opened, not in SQL.
    const std::string wanted = asciiLower(search);
    std::vector<Patient> found;
    while (query.step()) {
        Patient patient = readPatient(query);
        if (wanted.empty() || patient.unreadable ||
            asciiLower(patient.reference).find(wanted) != std::string::npos ||
            asciiLower(patient.notes).find(wanted) != std::string::npos) {
            found.push_back(std::move(patient));
        }
    }
    return found;
}

std::optional<Patient> ClinicStore::patient(std::int64_t id) {
    key();
    auto query = database_->prepare(std::string(kPatientColumns) + "WHERE id = ?");
    query.bind(1, id);
    return query.step() ? std::optional<Patient>(readPatient(query)) : std::nullopt;
}

std::int64_t ClinicStore::addVisit(const Visit& visit) {
    key();
    std::int64_t id = 0;
    inTransaction(*database_, [&] {
        database_
            ->prepare("INSERT INTO visits (patient_id, created_at, kb_version, answers_json, "
                      "result_json, measures_json, disposition, top_condition) "
                      "VALUES (?, ?, ?, '', '', '', '', '')")
            .bind(1, visit.patientId)
            .bind(2, visit.createdAt)
            .bind(3, visit.kbVersion)
            .run();
        id = database_->lastInsertId();
        writeSealed("visits", id,
                    {{kVisitFields[0], visit.answersJson},
                     {kVisitFields[1], visit.resultJson},
                     {kVisitFields[2], visit.measuresJson},
                     {kVisitFields[3], visit.disposition},
                     {kVisitFields[4], visit.topCondition}});
    });
    return id;
}

std::vector<Visit> ClinicStore::visits(std::int64_t patientId) {
    key();
    auto query = database_->prepare(std::string(kVisitColumns) +
                                    "WHERE patient_id = ? ORDER BY created_at, id");
    query.bind(1, patientId);
    std::vector<Visit> found;
    while (query.step()) {
        found.push_back(readVisit(query));
    }
    return found;
}

std::int64_t ClinicStore::visitCount(std::int64_t patientId) {
    key();
    auto query = database_->prepare("SELECT count(*) FROM visits WHERE patient_id = ?");
    query.bind(1, patientId);
    query.step();
    return query.integer(0);
}

} // namespace kt
