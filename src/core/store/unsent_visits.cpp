#include "store/unsent_visits.h"

#include "kneetriage/crypto/seal.h"
#include "kneetriage/store/user_database.h"

#include <array>
#include <nlohmann/json.hpp>
#include <sodium.h>

namespace kt {
namespace {

constexpr std::array<std::string_view, 1> kMigrations{R"sql(
CREATE TABLE unsent_visits (
    intake_key TEXT PRIMARY KEY,
    sealed BLOB NOT NULL);
)sql"};

std::string contextOf(const std::string& intakeKey) {
    return "unsent_visit#" + intakeKey;
}

std::string visitText(const Visit& visit) {
    return nlohmann::json{{"patient_id", visit.patientId},    {"created_at", visit.createdAt},
                          {"kb_version", visit.kbVersion},    {"answers", visit.answersJson},
                          {"result", visit.resultJson},       {"measures", visit.measuresJson},
                          {"disposition", visit.disposition}, {"top_condition", visit.topCondition}}
        .dump();
}

Visit visitFrom(const std::string& text, const std::string& intakeKey) {
    const nlohmann::json json = nlohmann::json::parse(text);
    Visit visit;
    visit.patientId = json.at("patient_id").get<std::int64_t>();
    visit.createdAt = json.at("created_at").get<std::string>();
    visit.kbVersion = json.at("kb_version").get<std::string>();
    visit.answersJson = json.at("answers").get<std::string>();
    visit.resultJson = json.at("result").get<std::string>();
    visit.measuresJson = json.at("measures").get<std::string>();
    visit.disposition = json.at("disposition").get<std::string>();
    visit.topCondition = json.at("top_condition").get<std::string>();
    visit.intakeKey = intakeKey;
    return visit;
}

} // namespace

UnsentVisits::UnsentVisits(const std::filesystem::path& file)
    : database_(openUserDatabase(file, "unsent visits", kMigrations).database) {}

void UnsentVisits::keep(const SecretKey& key, const Visit& visit) {
    database_.prepare("INSERT OR REPLACE INTO unsent_visits (intake_key, sealed) VALUES (?, ?)")
        .bind(1, visit.intakeKey)
        .bindBytes(2, seal(key, visitText(visit), contextOf(visit.intakeKey)))
        .run();
}

std::vector<KeptVisit> UnsentVisits::opened(const SecretKey& key) {
    Statement rows =
        database_.prepare("SELECT intake_key, sealed FROM unsent_visits ORDER BY rowid");
    std::vector<KeptVisit> kept;
    while (rows.step()) {
        KeptVisit one{rows.text(0), std::nullopt};
        // Sealed, so it was written by this program: the text inside is the JSON above.
        if (const auto text = unseal(key, rows.bytes(1), contextOf(one.intakeKey))) {
            one.visit = visitFrom(*text, one.intakeKey);
        }
        kept.push_back(std::move(one));
    }
    return kept;
}

std::size_t UnsentVisits::count() {
    Statement rows = database_.prepare("SELECT count(*) FROM unsent_visits");
    rows.step();
    return static_cast<std::size_t>(rows.integer(0));
}

void UnsentVisits::forget(const std::string& intakeKey) {
    database_.prepare("DELETE FROM unsent_visits WHERE intake_key = ?").bind(1, intakeKey).run();
}

std::size_t countUnsentVisits(const std::filesystem::path& file) {
    std::error_code error;
    if (file.empty() || !std::filesystem::exists(file, error)) {
        return 0;
    }
    return UnsentVisits(file).count();
}

std::string newIntakeKey() {
    std::array<unsigned char, 16> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    std::array<char, bytes.size() * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), bytes.data(), bytes.size());
    return {hex.data(), bytes.size() * 2};
}

} // namespace kt
