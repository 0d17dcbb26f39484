#include "kneetriage/store/clinic_store.h"

#include "kneetriage/store/user_database.h"
#include "store/check_record_columns.h"

#include <array>

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

constexpr std::array<std::string_view, kClinicSchemaVersion> kMigrations{kSchema};

constexpr std::string_view kPatientColumns =
    "SELECT id, reference, birth_year, notes, archived, created_at FROM patients ";
const std::string kVisitColumns =
    "SELECT id, patient_id, measures_json, " + std::string(kCheckRecordColumns) + " FROM visits ";

Patient readPatient(Statement& row) {
    Patient patient;
    patient.id = row.integer(0);
    patient.reference = row.text(1);
    if (!row.isNull(2)) {
        patient.birthYear = static_cast<int>(row.integer(2));
    }
    patient.notes = row.text(3);
    patient.archived = row.integer(4) != 0;
    patient.createdAt = row.text(5);
    return patient;
}

Visit readVisit(const Statement& row) {
    Visit visit;
    static_cast<CheckRecord&>(visit) = readCheckRecord(row, 3);
    visit.id = row.integer(0);
    visit.patientId = row.integer(1);
    visit.measuresJson = row.text(2);
    return visit;
}

void bindPatient(Statement& statement, const Patient& patient) {
    statement.bind(1, patient.reference)
        .bind(3, patient.notes)
        .bind(4, std::int64_t{patient.archived ? 1 : 0});
    if (patient.birthYear) {
        statement.bind(2, std::int64_t{*patient.birthYear});
    }
}

} // namespace

ClinicStore::ClinicStore(const std::filesystem::path& file) {
    UserDatabase opened = openUserDatabase(file, "clinic", kMigrations);
    database_ = std::make_unique<Database>(std::move(opened.database));
    notice_ = std::move(opened.notice);
}

std::int64_t ClinicStore::addPatient(const Patient& patient) {
    auto insert = database_->prepare("INSERT INTO patients (reference, birth_year, notes, "
                                     "archived, created_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    bindPatient(insert, patient);
    insert.bind(5, patient.createdAt).run();
    return database_->lastInsertId();
}

void ClinicStore::setArchived(std::int64_t patientId, bool archived) {
    database_->prepare("UPDATE patients SET archived = ? WHERE id = ?")
        .bind(1, std::int64_t{archived ? 1 : 0})
        .bind(2, patientId)
        .run();
}

std::vector<Patient> ClinicStore::patients(const std::string& search, bool includeArchived) {
    auto query = database_->prepare(std::string(kPatientColumns) +
                                    "WHERE (?1 OR archived = 0) AND (reference LIKE ?2 ESCAPE '\\' "
                                    "OR notes LIKE ?2 ESCAPE '\\') "
                                    "ORDER BY created_at DESC, id DESC");
    std::string pattern = "%";
    for (const char c : search) {
        if (c == '%' || c == '_' || c == '\\') {
            pattern += '\\'; // the search is literal text, not a LIKE pattern
        }
        pattern += c;
    }
    pattern += '%';
    query.bind(1, std::int64_t{includeArchived ? 1 : 0}).bind(2, pattern);
    std::vector<Patient> found;
    while (query.step()) {
        found.push_back(readPatient(query));
    }
    return found;
}

std::optional<Patient> ClinicStore::patient(std::int64_t id) {
    auto query = database_->prepare(std::string(kPatientColumns) + "WHERE id = ?");
    query.bind(1, id);
    return query.step() ? std::optional<Patient>(readPatient(query)) : std::nullopt;
}

std::int64_t ClinicStore::addVisit(const Visit& visit) {
    auto insert =
        database_->prepare("INSERT INTO visits (patient_id, measures_json, " +
                           std::string(kCheckRecordColumns) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, visit.patientId).bind(2, visit.measuresJson);
    bindCheckRecord(insert, 3, visit);
    insert.run();
    return database_->lastInsertId();
}

std::vector<Visit> ClinicStore::visits(std::int64_t patientId) {
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
    auto query = database_->prepare("SELECT count(*) FROM visits WHERE patient_id = ?");
    query.bind(1, patientId);
    query.step();
    return query.integer(0);
}

} // namespace kt
