#pragma once

#include "kneetriage/crypto/secret_key.h"
#include "kneetriage/io/check_record.h"
#include "kneetriage/store/sqlite_database.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kt {

inline constexpr int kClinicSchemaVersion = 4;
// The shortest clinic passphrase accepted, in bytes of UTF-8.
inline constexpr std::size_t kMinimumPassphraseBytes = 8;

struct Patient {
    std::int64_t id = 0;
    std::string reference; // name or clinic reference, as the clinician chooses
    std::optional<int> birthYear;
    std::string notes;
    bool archived = false;
    std::string createdAt;
    // Its sealed fields could not be opened (changed outside KneeTriage): they are left empty.
    bool unreadable = false;
    // Counts the saves of this patient's details, so an edit made from an older reading is
    // caught instead of overwriting another seat's save.
    std::int64_t version = 0;
    // How many visits were stored when it was read: the list shows it, and one query for the
    // whole list beats one per patient when the clinic is on a server.
    std::int64_t visitCount = 0;
};

// Another seat saved the patient after the edited copy was read: nothing was written.
struct PatientConflict {
    Patient saved;                    // as it is now stored
    std::vector<std::string> changed; // the fields the other seat changed: "reference",
                                      // "birth_year", "notes", "archived"
};

// One intake of a patient: the check, and the outcome questionnaires answered with it.
struct Visit : CheckRecord {
    std::int64_t id = 0;
    std::int64_t patientId = 0;
    std::string measuresJson; // {"<measure id>": {"<item id>": code or number}}
    // Its sealed fields could not be opened (changed outside KneeTriage): they are left empty.
    bool unreadable = false;
    // Random, made by the seat when the visit is first saved (empty: make one): a visit saved
    // again with the same key is the same visit, stored once.
    std::string intakeKey;
};

// An edit made from `read`, carried over to `saved` (another seat's newer save) so it can be
// looked at again: the fields this seat changed keep its values, the others take the newer save.
[[nodiscard]] Patient carryEditOver(const Patient& read, const Patient& edited,
                                    const Patient& saved);

// A patient with every visit, as a whole clinic is copied.
struct PatientRecord {
    Patient patient;
    std::vector<Visit> visits; // oldest first
};

// A whole clinic was to be written into one that already holds patients.
class ClinicNotEmpty : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Patient data was asked for while the clinic file is locked (or has no passphrase yet).
class ClinicLocked : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// The clinic server refused the connection or a statement, or cannot be reached. `sqlState`
// is PostgreSQL's five-character error code, when the server gave one.
class ClinicServerError : public DatabaseError {
  public:
    explicit ClinicServerError(const std::string& what, std::string sqlState = {})
        : DatabaseError(what), sqlState_(std::move(sqlState)) {}
    [[nodiscard]] const std::string& sqlState() const { return sqlState_; }

  private:
    std::string sqlState_;
};

// The server asked for a password that neither ~/.pgpass nor the caller gave (`refused()`
// false), or refused the one the caller gave (true): asking the user for one may help, where
// any other ClinicServerError would not.
class ClinicServerNeedsPassword : public ClinicServerError {
  public:
    ClinicServerNeedsPassword(const std::string& what, bool refused)
        : ClinicServerError(what, "28P01"), refused_(refused) {}
    [[nodiscard]] bool refused() const { return refused_; }

  private:
    bool refused_;
};

// The clinic server cannot be reached: it is down, the network is, or the connection was lost
// (a statement that was running when it was lost did not happen, unless it was a COMMIT).
class ClinicServerUnreachable : public ClinicServerError {
  public:
    using ClinicServerError::ClinicServerError;
};

// A visit could not be saved because the server cannot be reached: it is kept, sealed, in the
// seat's file of unsent visits and sent by sendUnsentVisits().
class VisitKeptUnsent : public ClinicServerUnreachable {
  public:
    using ClinicServerUnreachable::ClinicServerUnreachable;
};

// A practice server: a libpq connection string (host, port, dbname, user, sslmode). The
// password comes from ~/.pgpass (or PGPASSFILE), never from the string; anything but a Unix
// socket or localhost needs sslmode=require or stronger. `password`, when not empty, is one the
// user typed for this run (the app keeps it in memory only): it is given to libpq beside the
// string, so it overrides ~/.pgpass and never appears in the string or a message.
// Give it with designated initialisers: a path would silently convert into `password`.
struct ClinicServer {
    std::string conninfo;
    std::string password = {};
    // This seat's own file for visits saved while the server could not be reached (sealed, with
    // the protections of user_database.h); empty: such a visit is not kept.
    std::filesystem::path unsentVisits = {};
};

// Why a connection string must not be used, found before anything is sent to a server.
struct ClinicServerProblem {
    enum class Kind {
        Unreadable,  // not a libpq connection string
        Password,    // it names a password: that belongs in ~/.pgpass
        Unencrypted, // another computer without sslmode=require or stronger
    };
    Kind kind;
    std::string text; // in English, naming the server
};
[[nodiscard]] std::optional<ClinicServerProblem> clinicServerProblem(const std::string& conninfo);

class ClinicBackend;
class SqlRow;

// The clinic's patients and visits: a separate SQLite file from the runner's history, with
// the same protections (owner-only, WAL, unusable files kept aside; see user_database.h), or a
// PostgreSQL server that every seat of a practice shares.
//
// Every personal field (name, birth year, notes, answers, results, scores) is sealed with a key
// derived from the clinic passphrase (Argon2id, XChaCha20-Poly1305, crypto/) before it reaches
// the database, bound to its column and row. Only the row ids, dates, knowledge-base version and
// the archived mark are stored in clear. Deleted data is overwritten (secure_delete).
class ClinicStore {
  public:
    // Opens (or creates) the file, locked. `work` is the key-derivation work for a passphrase
    // set from now on; a stored key keeps the work it was made with.
    explicit ClinicStore(const std::filesystem::path& file, KeyWork work = moderateKeyWork());
    // Connects to a practice server and brings its schema up to date, locked. Throws
    // ClinicServerNeedsPassword, ClinicServerError (unreachable, unencrypted, too old) or
    // NewerDatabase.
    explicit ClinicStore(const ClinicServer& server, KeyWork work = moderateKeyWork());
    ClinicStore(ClinicStore&&) noexcept;
    ClinicStore& operator=(ClinicStore&&) noexcept;
    ClinicStore(const ClinicStore&) = delete;
    ClinicStore& operator=(const ClinicStore&) = delete;
    ~ClinicStore();

    [[nodiscard]] bool hasPassphrase();
    [[nodiscard]] bool isUnlocked() const { return key_.has_value(); }
    // First use: sets the passphrase, seals anything an older version stored in clear, and
    // leaves the store unlocked. Throws std::invalid_argument for a passphrase too short and
    // std::logic_error when one is already set.
    void setPassphrase(std::string_view passphrase);
    // False, changing nothing, when the passphrase is wrong.
    [[nodiscard]] bool unlock(std::string_view passphrase);
    // Forgets the key; patient data cannot be read or written until the next unlock.
    void lock() { key_.reset(); }
    // Re-seals every field under a key from `replacement` in one transaction, so the old
    // passphrase opens nothing. False, changing nothing, when `current` is wrong.
    [[nodiscard]] bool changePassphrase(std::string_view current, std::string_view replacement);

    std::int64_t addPatient(const Patient& patient);
    // Saves `edited` (reference, birth year, notes, archived) over `read`, the copy it was made
    // from, unless another seat saved the patient since: then nothing is written and the
    // conflict says what it changed. Throws DatabaseError when the patient is gone.
    [[nodiscard]] std::optional<PatientConflict> updatePatient(const Patient& read,
                                                               const Patient& edited);
    void setArchived(std::int64_t patientId, bool archived);
    // Erasure: the patient and all their visits, overwritten on disk. False when not found.
    bool deletePatient(std::int64_t patientId);
    // Patients whose reference or notes contain `search` (ASCII case-insensitive), newest first.
    [[nodiscard]] std::vector<Patient> patients(const std::string& search, bool includeArchived);
    [[nodiscard]] std::optional<Patient> patient(std::int64_t id);

    // The new visit's id, or the stored one's when a visit with its intake key is stored
    // already. Throws VisitKeptUnsent when the server cannot be reached and the visit was kept
    // in the seat's file of unsent visits.
    std::int64_t addVisit(const Visit& visit);
    // Visits kept on this seat because the server could not be reached (0 for a clinic file).
    // Needs no passphrase.
    [[nodiscard]] std::size_t unsentVisitCount() const;
    // Sends each kept visit (stored once even if it had reached the server) and forgets it once
    // the server has committed it; how many were sent. Throws ClinicServerUnreachable when the
    // server still cannot be reached, and DatabaseError, after sending the others, for kept
    // visits that cannot be sent (sealed under an earlier passphrase, or their patient erased):
    // those stay kept.
    std::size_t sendUnsentVisits();
    // A patient's visits, oldest first.
    [[nodiscard]] std::vector<Visit> visits(std::int64_t patientId);
    [[nodiscard]] std::int64_t visitCount(std::int64_t patientId);

    // A number that changes whenever any seat (this one too) commits a change to the clinic,
    // and that reading leaves alone: a seat polls it to know when to read its lists again.
    // Compare it for equality only. Needs no passphrase: it tells nothing about a patient.
    [[nodiscard]] std::int64_t revision();

    // Writes every patient and visit (with their dates and archived marks; new ids) in one
    // transaction, so a copy is whole or absent. Throws ClinicNotEmpty, writing nothing, when
    // the clinic already has a patient.
    void fillEmptyClinic(const std::vector<PatientRecord>& records);

    [[nodiscard]] const std::optional<std::string>& notice() const;

  private:
    // One row's sealed fields, opened: (column, plain text) in the table's order.
    struct Fields {
        std::string_view table;
        std::int64_t id = 0;
        std::vector<std::pair<std::string_view, std::string>> values;
    };

    const SecretKey& key() const;
    // Inside a write transaction, first: another seat may have changed the passphrase since
    // this one unlocked, and a row sealed with the old key would open for no one. Then nothing
    // is written, the store locks, and ClinicLocked says to unlock with the new passphrase.
    void beginWrite();
    // The same check, for a transaction that already holds the key record (or a read that
    // found a row it cannot open).
    void requireCurrentKey();
    template <typename Row> void requireCurrentKeyIfAny(const std::vector<Row>& rows);
    // Under a re-key's lock: the key record is still the one this seat checked the passphrase
    // against, or (setting the first passphrase) there is still none.
    void requireUnchangedKeyRecord(bool fieldsAreSealed);
    std::string sealField(std::string_view column, std::int64_t row, std::string_view plain) const;
    // The plain text of a sealed column, or nullopt when it does not open.
    std::optional<std::string> openField(std::string_view column, std::int64_t row,
                                         const SqlRow& values, std::size_t index) const;
    void writeSealed(std::string_view table, std::int64_t row,
                     const std::vector<std::pair<std::string_view, std::string>>& values);
    Patient readPatient(const SqlRow& row) const;
    Visit readVisit(const SqlRow& row) const;
    // The rows of addPatient and addVisit, inside the caller's transaction.
    std::int64_t insertPatient(const Patient& patient);
    std::int64_t insertVisit(const Visit& visit);
    // addVisit's transaction, for a visit that has its intake key.
    std::int64_t storeVisit(const Visit& visit);
    void keepUnsent(const Visit& visit) const;
    // Every personal field of every row, opened with the key in use (or read as clear text
    // when `sealed` is false, for a version-1 file).
    [[nodiscard]] std::vector<Fields> everyField(bool sealed);
    // Replaces the key by one from `passphrase` and re-seals every field with it, in one
    // transaction.
    void rekey(std::string_view passphrase, bool fieldsAreSealed);

    KeyWork work_;
    std::unique_ptr<ClinicBackend> backend_;
    std::optional<SecretKey> key_;
    std::filesystem::path unsentFile_;
};

} // namespace kt
