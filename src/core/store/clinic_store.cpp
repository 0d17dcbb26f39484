#include "kneetriage/store/clinic_store.h"

#include "kneetriage/crypto/seal.h"
#include "store/clinic_backend.h"
#include "store/clinic_keyring.h"
#include "store/postgres_clinic_backend.h"
#include "store/sqlite_clinic_backend.h"
#include "store/unsent_visits.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <utility>

namespace kt {
namespace {

// The sealed columns of each table, in the order the queries below select them.
constexpr std::array<std::string_view, 3> kPatientFields{"reference", "birth_year", "notes"};
constexpr std::array<std::string_view, 5> kVisitFields{
    "answers_json", "result_json", "measures_json", "disposition", "top_condition"};

constexpr std::string_view kPatientColumns =
    "SELECT id, archived, created_at, reference, birth_year, notes, row_version, "
    "(SELECT count(*) FROM visits WHERE visits.patient_id = patients.id) FROM patients ";
constexpr std::string_view kVisitColumns =
    "SELECT id, patient_id, created_at, kb_version, answers_json, result_json, measures_json, "
    "disposition, top_condition, intake_key FROM visits ";

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

std::vector<std::pair<std::string_view, std::string>> sealedFieldsOf(const Patient& patient) {
    return {
        {kPatientFields[0], patient.reference},
        {kPatientFields[1], patient.birthYear ? std::to_string(*patient.birthYear) : std::string()},
        {kPatientFields[2], patient.notes}};
}

std::vector<std::string> changedFields(const Patient& before, const Patient& after) {
    std::vector<std::string> changed;
    const auto compare = [&](bool same, std::string_view field) {
        if (!same) {
            changed.emplace_back(field);
        }
    };
    compare(before.reference == after.reference, "reference");
    compare(before.birthYear == after.birthYear, "birth_year");
    compare(before.notes == after.notes, "notes");
    compare(before.archived == after.archived, "archived");
    return changed;
}

// Why some kept visits were not sent: they stay kept.
std::string unsentNotSent(std::size_t sealedBefore, const std::vector<std::string>& refused) {
    std::string message;
    if (sealedBefore > 0) {
        message = std::to_string(sealedBefore) +
                  " visit(s) kept on this computer were sealed under an earlier clinic "
                  "passphrase and do not open with this one; they stay kept, not sent. ";
    }
    if (!refused.empty()) {
        message += std::to_string(refused.size()) +
                   " visit(s) kept on this computer were refused by the server and stay kept; "
                   "the first: " +
                   refused.front();
    }
    return message;
}

} // namespace

// Rows that do not open are most often sealed under a passphrase another seat has set since:
// then say so (ClinicLocked) rather than show them as unreadable.
template <typename Row> void ClinicStore::requireCurrentKeyIfAny(const std::vector<Row>& rows) {
    if (std::any_of(rows.begin(), rows.end(), [](const Row& row) { return row.unreadable; })) {
        requireCurrentKey();
    }
}

ClinicStore::ClinicStore(const std::filesystem::path& file, KeyWork work)
    : work_(work), backend_(openSqliteClinic(file)) {}

ClinicStore::ClinicStore(const ClinicServer& server, KeyWork work)
    : work_(work), backend_(connectPostgresClinic(server.conninfo, server.password)),
      unsentFile_(server.unsentVisits) {}

ClinicStore::ClinicStore(ClinicStore&&) noexcept = default;
ClinicStore& ClinicStore::operator=(ClinicStore&&) noexcept = default;
ClinicStore::~ClinicStore() = default;

const std::optional<std::string>& ClinicStore::notice() const {
    return backend_->notice();
}

std::int64_t ClinicStore::revision() {
    return backend_->revision();
}

bool ClinicStore::hasPassphrase() {
    return hasStoredKey(*backend_);
}

void ClinicStore::setPassphrase(std::string_view passphrase) {
    if (hasPassphrase()) {
        throw std::logic_error(backend_->where() + ": the clinic passphrase is already set");
    }
    rekey(passphrase, false);
}

bool ClinicStore::unlock(std::string_view passphrase) {
    std::optional<SecretKey> key = keyFor(*backend_, passphrase);
    if (!key) {
        return false;
    }
    key_ = std::move(key);
    return true;
}

bool ClinicStore::changePassphrase(std::string_view current, std::string_view replacement) {
    std::optional<SecretKey> key = keyFor(*backend_, current);
    if (!key) {
        return false;
    }
    key_ = std::move(key);
    rekey(replacement, true);
    return true;
}

std::vector<ClinicStore::Fields> ClinicStore::everyField(bool sealed) {
    std::vector<Fields> rows;
    const auto collect = [&](std::string_view table, const auto& columns) {
        const std::vector<SqlRow> stored = backend_->query(
            "SELECT id, " + commaSeparated(columns) + " FROM " + std::string(table), {});
        for (const SqlRow& values : stored) {
            Fields row{table, values.integer(0), {}};
            for (std::size_t i = 0; i < columns.size(); ++i) {
                auto plain = sealed ? openField(columns[i], row.id, values, i + 1)
                                    : std::optional<std::string>(values.text(i + 1));
                if (!plain) {
                    throw DatabaseError(backend_->where() + ": " + std::string(table) + " #" +
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
        backend_->inTransaction([&] {
            backend_->lockEverything();
            requireUnchangedKeyRecord(fieldsAreSealed);
            const std::vector<Fields> rows = everyField(fieldsAreSealed);
            other = storeNewKey(*backend_, passphrase, work_);
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
    backend_->erased();
}

const SecretKey& ClinicStore::key() const {
    if (!key_) {
        throw ClinicLocked(backend_->where() + ": the clinic is locked; unlock it with the clinic "
                                               "passphrase first");
    }
    return *key_;
}

void ClinicStore::requireCurrentKey() {
    if (!keyStillOpens(*backend_, key())) {
        key_.reset();
        throw ClinicLocked(backend_->where() +
                           ": the clinic passphrase was changed on another computer; unlock the "
                           "clinic with the new passphrase");
    }
}

void ClinicStore::requireUnchangedKeyRecord(bool fieldsAreSealed) {
    if (fieldsAreSealed) {
        requireCurrentKey();
    } else if (hasStoredKey(*backend_)) {
        throw std::logic_error(backend_->where() + ": the clinic passphrase is already set");
    }
}

void ClinicStore::beginWrite() {
    backend_->holdKeyRecord();
    requireCurrentKey();
}

std::string ClinicStore::sealField(std::string_view column, std::int64_t row,
                                   std::string_view plain) const {
    return seal(key(), plain, std::string(column) + "#" + std::to_string(row));
}

std::optional<std::string> ClinicStore::openField(std::string_view column, std::int64_t row,
                                                  const SqlRow& values, std::size_t index) const {
    return unseal(key(), values.text(index), std::string(column) + "#" + std::to_string(row));
}

void ClinicStore::writeSealed(std::string_view table, std::int64_t row,
                              const std::vector<std::pair<std::string_view, std::string>>& fields) {
    std::string sql = "UPDATE " + std::string(table) + " SET ";
    for (std::size_t i = 0; i < fields.size(); ++i) {
        sql += (i == 0 ? "" : ", ") + std::string(fields[i].first) + " = ?";
    }
    SqlParams params;
    for (const auto& [column, plain] : fields) {
        params.emplace_back(SqlBytes{sealField(column, row, plain)});
    }
    params.emplace_back(row);
    backend_->execute(sql + " WHERE id = ?", params);
}

Patient ClinicStore::readPatient(const SqlRow& row) const {
    Patient patient;
    patient.id = row.integer(0);
    patient.archived = row.integer(1) != 0;
    patient.createdAt = row.text(2);
    patient.version = row.integer(6);
    patient.visitCount = row.integer(7);
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

Visit ClinicStore::readVisit(const SqlRow& row) const {
    Visit visit;
    visit.id = row.integer(0);
    visit.patientId = row.integer(1);
    visit.createdAt = row.text(2);
    visit.kbVersion = row.text(3);
    std::array<std::string*, kVisitFields.size()> fields{&visit.answersJson, &visit.resultJson,
                                                         &visit.measuresJson, &visit.disposition,
                                                         &visit.topCondition};
    for (std::size_t i = 0; i < fields.size(); ++i) {
        auto plain = openField(kVisitFields[i], visit.id, row, i + 4);
        if (!plain) {
            visit.unreadable = true;
            for (std::string* field : fields) {
                field->clear();
            }
            return visit;
        }
        *fields[i] = std::move(*plain);
    }
    visit.intakeKey = row.text(9);
    return visit;
}

std::int64_t ClinicStore::addPatient(const Patient& patient) {
    key();
    std::int64_t id = 0;
    backend_->inTransaction([&] {
        beginWrite();
        id = insertPatient(patient);
    });
    return id;
}

std::int64_t ClinicStore::insertPatient(const Patient& patient) {
    const std::int64_t id = backend_
                                ->query("INSERT INTO patients (reference, archived, created_at) "
                                        "VALUES ('', ?, ?) RETURNING id",
                                        {std::int64_t{patient.archived ? 1 : 0}, patient.createdAt})
                                .at(0)
                                .integer(0);
    writeSealed("patients", id, sealedFieldsOf(patient));
    return id;
}

std::optional<PatientConflict> ClinicStore::updatePatient(const Patient& read,
                                                          const Patient& edited) {
    key();
    bool saved = false;
    backend_->inTransaction([&] {
        beginWrite();
        // The row stays locked from here to the commit, so a second seat's update waits and
        // then finds the version moved on.
        saved =
            backend_->execute("UPDATE patients SET archived = ?, row_version = row_version + 1 "
                              "WHERE id = ? AND row_version = ?",
                              {std::int64_t{edited.archived ? 1 : 0}, read.id, read.version}) > 0;
        if (saved) {
            writeSealed("patients", read.id, sealedFieldsOf(edited));
        }
    });
    if (saved) {
        return std::nullopt;
    }
    std::optional<Patient> now = patient(read.id);
    if (!now) {
        throw DatabaseError(backend_->where() + ": patient #" + std::to_string(read.id) +
                            " was deleted by another seat");
    }
    return PatientConflict{*now, changedFields(read, *now)};
}

Patient carryEditOver(const Patient& read, const Patient& edited, const Patient& saved) {
    Patient carried = saved;
    if (edited.reference != read.reference) {
        carried.reference = edited.reference;
    }
    if (edited.birthYear != read.birthYear) {
        carried.birthYear = edited.birthYear;
    }
    if (edited.notes != read.notes) {
        carried.notes = edited.notes;
    }
    if (edited.archived != read.archived) {
        carried.archived = edited.archived;
    }
    return carried;
}

void ClinicStore::setArchived(std::int64_t patientId, bool archived) {
    key();
    backend_->inTransaction([&] {
        beginWrite();
        backend_->execute(
            "UPDATE patients SET archived = ?, row_version = row_version + 1 WHERE id = ?",
            {std::int64_t{archived ? 1 : 0}, patientId});
    });
}

bool ClinicStore::deletePatient(std::int64_t patientId) {
    key();
    bool found = false;
    backend_->inTransaction([&] {
        beginWrite();
        backend_->execute("DELETE FROM visits WHERE patient_id = ?", {patientId});
        found = backend_->execute("DELETE FROM patients WHERE id = ?", {patientId}) > 0;
    });
    backend_->erased();
    return found;
}

std::vector<Patient> ClinicStore::patients(const std::string& search, bool includeArchived) {
    key();
    const std::vector<SqlRow> rows =
        backend_->query(std::string(kPatientColumns) +
                            "WHERE (? = 1 OR archived = 0) ORDER BY created_at DESC, id DESC",
                        {std::int64_t{includeArchived ? 1 : 0}});
    // Names are sealed, so the search runs here, over what was opened, not in SQL.
    const std::string wanted = asciiLower(search);
    std::vector<Patient> found;
    for (const SqlRow& row : rows) {
        Patient patient = readPatient(row);
        if (wanted.empty() || patient.unreadable ||
            asciiLower(patient.reference).find(wanted) != std::string::npos ||
            asciiLower(patient.notes).find(wanted) != std::string::npos) {
            found.push_back(std::move(patient));
        }
    }
    requireCurrentKeyIfAny(found);
    return found;
}

std::optional<Patient> ClinicStore::patient(std::int64_t id) {
    key();
    const std::vector<SqlRow> rows =
        backend_->query(std::string(kPatientColumns) + "WHERE id = ?", {id});
    if (rows.empty()) {
        return std::nullopt;
    }
    const std::vector<Patient> found{readPatient(rows.front())};
    requireCurrentKeyIfAny(found);
    return found.front();
}

std::int64_t ClinicStore::addVisit(const Visit& visit) {
    key();
    Visit keyed = visit;
    if (keyed.intakeKey.empty()) {
        keyed.intakeKey = newIntakeKey();
    }
    try {
        return storeVisit(keyed);
    } catch (const ClinicServerUnreachable& error) {
        if (unsentFile_.empty()) {
            throw;
        }
        keepUnsent(keyed);
        throw VisitKeptUnsent(std::string(error.what()) +
                              ". The visit is kept on this computer and will be offered again "
                              "when the server can be reached.");
    }
}

std::int64_t ClinicStore::storeVisit(const Visit& visit) {
    std::int64_t id = 0;
    backend_->inTransaction([&] {
        beginWrite();
        id = insertVisit(visit);
    });
    return id;
}

void ClinicStore::keepUnsent(const Visit& visit) const {
    UnsentVisits(unsentFile_).keep(key(), visit);
}

std::size_t ClinicStore::unsentVisitCount() const {
    return countUnsentVisits(unsentFile_);
}

std::size_t ClinicStore::sendUnsentVisits() {
    key();
    if (unsentVisitCount() == 0) {
        return 0;
    }
    UnsentVisits unsent(unsentFile_);
    std::size_t sent = 0;
    std::size_t sealedBefore = 0;
    std::vector<std::string> refused;
    for (const KeptVisit& kept : unsent.opened(key())) {
        if (!kept.visit) {
            ++sealedBefore;
            continue;
        }
        try {
            storeVisit(*kept.visit);
        } catch (const ClinicServerUnreachable&) {
            throw;
        } catch (const ClinicServerError& error) {
            refused.emplace_back(error.what());
            continue;
        }
        unsent.forget(kept.intakeKey);
        ++sent;
    }
    if (sealedBefore > 0 || !refused.empty()) {
        throw DatabaseError(unsentNotSent(sealedBefore, refused));
    }
    return sent;
}

// Returns the id of the visit with `visit`'s intake key, inserted now or stored before.
std::int64_t ClinicStore::insertVisit(const Visit& visit) {
    const std::string intakeKey = visit.intakeKey.empty() ? newIntakeKey() : visit.intakeKey;
    const std::vector<SqlRow> inserted = backend_->query(
        "INSERT INTO visits (patient_id, created_at, kb_version, answers_json, result_json, "
        "measures_json, disposition, top_condition, intake_key) "
        "VALUES (?, ?, ?, '', '', '', '', '', ?) ON CONFLICT (intake_key) DO NOTHING RETURNING id",
        {visit.patientId, visit.createdAt, visit.kbVersion, intakeKey});
    if (inserted.empty()) {
        return backend_->query("SELECT id FROM visits WHERE intake_key = ?", {intakeKey})
            .at(0)
            .integer(0);
    }
    const std::int64_t id = inserted.front().integer(0);
    writeSealed("visits", id,
                {{kVisitFields[0], visit.answersJson},
                 {kVisitFields[1], visit.resultJson},
                 {kVisitFields[2], visit.measuresJson},
                 {kVisitFields[3], visit.disposition},
                 {kVisitFields[4], visit.topCondition}});
    return id;
}

void ClinicStore::fillEmptyClinic(const std::vector<PatientRecord>& records) {
    key();
    backend_->inTransaction([&] {
        // No other seat may add a patient between the check and the copy.
        backend_->lockEverything();
        requireCurrentKey();
        if (backend_->query("SELECT count(*) FROM patients", {}).at(0).integer(0) > 0) {
            throw ClinicNotEmpty(
                backend_->where() +
                " already has patients; a clinic is copied only into an empty one");
        }
        for (const PatientRecord& record : records) {
            const std::int64_t patientId = insertPatient(record.patient);
            for (Visit visit : record.visits) {
                visit.patientId = patientId;
                insertVisit(visit);
            }
        }
    });
}

std::vector<Visit> ClinicStore::visits(std::int64_t patientId) {
    key();
    const std::vector<SqlRow> rows = backend_->query(
        std::string(kVisitColumns) + "WHERE patient_id = ? ORDER BY created_at, id", {patientId});
    std::vector<Visit> found;
    for (const SqlRow& row : rows) {
        found.push_back(readVisit(row));
    }
    requireCurrentKeyIfAny(found);
    return found;
}

std::int64_t ClinicStore::visitCount(std::int64_t patientId) {
    key();
    return backend_->query("SELECT count(*) FROM visits WHERE patient_id = ?", {patientId})
        .at(0)
        .integer(0);
}

} // namespace kt
