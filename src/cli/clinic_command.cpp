#include "clinic_command.h"

#include "command_line.h"
#include "kneetriage/io/json_document.h"
#include "kneetriage/store/clinic_copy.h"
#include "kneetriage/store/clinic_exchange.h"
#include "kneetriage/store/clinic_store.h"
#include "utc_now.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <istream>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>

namespace kt::cli {

struct ClinicArguments {
    std::optional<std::string> file;
    std::optional<std::string> server;
    std::optional<std::string> unsent;
    std::optional<int> born;
    std::optional<std::string> to;
    std::optional<std::string> patient;
    std::optional<std::string> kb;
    std::vector<std::string> operands;
};

namespace {

constexpr JsonLimits kDocumentLimits{.maxBytes = 4U * 1024U * 1024U, .maxDepth = 32};

std::optional<int> yearFrom(const std::string& text) {
    int year = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
    if (error != std::errc() || end != text.data() + text.size() || year < 1900) {
        return std::nullopt;
    }
    return year;
}

std::variant<ClinicArguments, std::string> parse(const std::vector<std::string>& arguments) {
    ClinicArguments parsed;
    const std::map<std::string, std::optional<std::string>*> texts{
        {"--db", &parsed.file},      {"--server", &parsed.server},   {"--to", &parsed.to},
        {"--kb", &parsed.kb},        {"--patient", &parsed.patient}, {"--born", nullptr},
        {"--unsent", &parsed.unsent}};
    for (std::size_t at = 0; at < arguments.size(); ++at) {
        const std::string& word = arguments[at];
        const auto option = texts.find(word);
        if (option == texts.end()) {
            parsed.operands.push_back(word);
            continue;
        }
        if (++at == arguments.size()) {
            return word + " needs a value";
        }
        const std::string& text = arguments[at];
        if (option->second != nullptr) {
            *option->second = text;
        } else if (!(parsed.born = yearFrom(text))) {
            return "--born needs a year such as 1987, not '" + text + "'";
        }
    }
    if (parsed.file.has_value() == parsed.server.has_value()) {
        return "clinic needs exactly one of --db FILE or --server CONNINFO";
    }
    if (parsed.unsent && !parsed.server) {
        return "--unsent FILE is for --server only";
    }
    return parsed;
}

// The clinic passphrase: KT_CLINIC_PASSPHRASE, or else the first line of standard input.
std::string passphrase(std::istream& input) {
    if (const char* fromEnvironment = std::getenv("KT_CLINIC_PASSPHRASE")) {
        return fromEnvironment;
    }
    std::string line;
    std::getline(input, line);
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    return line;
}

// A libpq connection string starts with a keyword and "=" (host=..., dbname=...) or is a
// postgresql:// URI; anything else is a file (write ./a=b.sqlite for a file named so).
bool isConninfo(const std::string& text) {
    if (text.starts_with("postgresql://") || text.starts_with("postgres://")) {
        return true;
    }
    const std::size_t equals = text.find('=');
    return equals != std::string::npos && equals > 0 &&
           std::all_of(
               text.begin(), text.begin() + static_cast<std::ptrdiff_t>(equals),
               [](char c) { return std::islower(static_cast<unsigned char>(c)) || c == '_'; });
}

ClinicStore open(const std::string& place, bool server, const std::string& unsent) {
    return server ? ClinicStore(ClinicServer{.conninfo = place, .unsentVisits = unsent})
                  : ClinicStore(std::filesystem::path(place));
}

// Opened and unlocked with `secret`, set as the passphrase on first use; nullopt when wrong.
std::optional<ClinicStore> openUnlocked(const std::string& place, bool server,
                                        const std::string& secret, const std::string& unsent = {}) {
    ClinicStore store = open(place, server, unsent);
    if (!store.hasPassphrase()) {
        store.setPassphrase(secret);
    } else if (!store.unlock(secret)) {
        return std::nullopt;
    }
    return store;
}

// Whether the action has the operands and options it takes, and no others.
bool fits(const ClinicArguments& parsed) {
    const std::vector<std::string>& operands = parsed.operands;
    const std::string action = operands.empty() ? "" : operands.front();
    const bool usesKb = action == "import-fhir" || action == "export-csv";
    if ((parsed.born && action != "add-patient") || (parsed.kb && !usesKb) ||
        parsed.to.has_value() != (action == "copy") ||
        parsed.patient.has_value() != (action == "import-fhir")) {
        return false;
    }
    if (action == "send-unsent") {
        return operands.size() == 1 && parsed.unsent.has_value();
    }
    if (action == "init" || action == "patients" || action == "copy") {
        return operands.size() == 1;
    }
    if (action == "add-patient" || action == "export-csv") {
        return operands.size() == 2;
    }
    return action == "import-fhir" && operands.size() >= 2;
}

// The one patient whose reference is exactly `reference`.
std::variant<Patient, std::string> findPatient(ClinicStore& store, const std::string& reference) {
    std::vector<Patient> found;
    for (Patient& patient : store.patients(reference, true)) {
        if (patient.reference == reference) {
            found.push_back(std::move(patient));
        }
    }
    if (found.size() != 1) {
        return std::to_string(found.size()) + " patients have the reference '" + reference +
               "'; expected exactly one";
    }
    return std::move(found.front());
}

nlohmann::json summaryJson(std::string_view side, const ClinicSummary& summary) {
    return {{"copied", side},
            {"patients", summary.patients},
            {"visits", summary.visits},
            {"digest", summary.digest}};
}

} // namespace

void ClinicCommand::listPatients(ClinicStore& store) {
    for (const Patient& patient : store.patients("", true)) {
        output_ << nlohmann::json{{"id", patient.id},
                                  {"reference", patient.reference},
                                  {"birth_year", patient.birthYear
                                                     ? nlohmann::json(*patient.birthYear)
                                                     : nlohmann::json(nullptr)},
                                  {"visits", patient.visitCount}}
                       .dump()
                << '\n';
    }
}

int ClinicCommand::copy(ClinicStore& from, const std::string& to, const std::string& secret) {
    const char* targetSecret = std::getenv("KT_CLINIC_TARGET_PASSPHRASE");
    std::optional<ClinicStore> target =
        openUnlocked(to, isConninfo(to), targetSecret != nullptr ? targetSecret : secret);
    if (!target) {
        errors_ << "kneetriage-cli clinic: the passphrase of the copy's target is wrong "
                   "(KT_CLINIC_TARGET_PASSPHRASE)\n";
        return kUnusableInput;
    }
    const ClinicCopy copied = copyClinic(from, *target);
    output_ << summaryJson("from", copied.from).dump() << '\n'
            << summaryJson("to", copied.to).dump() << '\n';
    if (copied.from != copied.to) {
        errors_ << "kneetriage-cli clinic: the copy does not match its source; do not use it\n";
        return kBadInputInBatch;
    }
    return kSuccess;
}

std::optional<KnowledgeBase> ClinicCommand::knowledgeBase(const ClinicArguments& parsed) {
    CommandLine where;
    if (parsed.kb) {
        where.kb = *parsed.kb;
    }
    return loadOrReport(where, errors_);
}

std::optional<Patient> ClinicCommand::patientCalled(ClinicStore& store,
                                                    const std::string& reference) {
    auto found = findPatient(store, reference);
    if (const auto* error = std::get_if<std::string>(&found)) {
        errors_ << "kneetriage-cli clinic: " << *error << '\n';
        return std::nullopt;
    }
    return std::get<Patient>(std::move(found));
}

int ClinicCommand::importFhir(ClinicStore& store, const ClinicArguments& parsed) {
    const std::optional<KnowledgeBase> kb = knowledgeBase(parsed);
    const std::optional<Patient> patient =
        kb ? patientCalled(store, *parsed.patient) : std::nullopt;
    if (!patient) {
        return kUnusableInput;
    }
    bool anyBad = false;
    for (auto file = parsed.operands.begin() + 1; file != parsed.operands.end(); ++file) {
        const JsonResult read = readJsonFile(*file, kDocumentLimits);
        if (const auto* problem = std::get_if<Problem>(&read)) {
            errors_ << problem->describe() << '\n';
            anyBad = true;
            continue;
        }
        auto visit = visitFromFhirResponse(*kb, std::get<JsonDocument>(read), utcNow());
        if (const auto* problems = std::get_if<Problems>(&visit)) {
            for (const Problem& problem : *problems) {
                errors_ << problem.describe() << '\n';
            }
            anyBad = true;
            continue;
        }
        std::get<Visit>(visit).patientId = patient->id;
        try {
            output_ << nlohmann::json{{"file", *file},
                                      {"visit", store.addVisit(std::get<Visit>(visit))}}
                           .dump()
                    << '\n';
        } catch (const VisitKeptUnsent& kept) {
            errors_ << *file << ": " << kept.what() << '\n';
            anyBad = true;
        }
    }
    return anyBad ? kBadInputInBatch : kSuccess;
}

int ClinicCommand::exportCsv(ClinicStore& store, const ClinicArguments& parsed) {
    const std::optional<KnowledgeBase> kb = knowledgeBase(parsed);
    if (!kb) {
        return kUnusableInput;
    }
    CommandLine where;
    where.kb = parsed.kb;
    const std::filesystem::path directory = dataDirectory(where) / "measures";
    MeasuresResult measures = std::filesystem::is_directory(directory)
                                  ? loadMeasures(directory, *kb)
                                  : MeasuresResult(std::vector<Measure>());
    if (const auto* problems = std::get_if<Problems>(&measures)) {
        for (const Problem& problem : *problems) {
            errors_ << problem.describe() << '\n';
        }
        return kUnusableInput;
    }
    const std::optional<Patient> patient = patientCalled(store, parsed.operands[1]);
    if (!patient) {
        return kUnusableInput;
    }
    output_ << clinicVisitsCsv(std::get<std::vector<Measure>>(measures), patient->reference,
                               store.visits(patient->id));
    return kSuccess;
}

int ClinicCommand::run(ClinicStore& store, const ClinicArguments& parsed,
                       const std::string& secret) {
    const std::string& action = parsed.operands.front();
    if (action == "patients") {
        listPatients(store);
    } else if (action == "add-patient") {
        Patient patient;
        patient.reference = parsed.operands[1];
        patient.birthYear = parsed.born;
        patient.createdAt = utcNow();
        output_ << nlohmann::json{{"id", store.addPatient(patient)}}.dump() << '\n';
    } else if (action == "copy") {
        return copy(store, *parsed.to, secret);
    } else if (action == "import-fhir") {
        return importFhir(store, parsed);
    } else if (action == "export-csv") {
        return exportCsv(store, parsed);
    } else if (action == "send-unsent") {
        output_ << nlohmann::json{{"sent", store.sendUnsentVisits()}}.dump() << '\n';
    }
    return kSuccess;
}

int ClinicCommand::execute(const std::vector<std::string>& arguments) {
    auto parsedOrError = parse(arguments);
    if (const auto* error = std::get_if<std::string>(&parsedOrError)) {
        errors_ << "kneetriage-cli clinic: " << *error << '\n';
        return kUnusableInput;
    }
    const ClinicArguments& parsed = std::get<ClinicArguments>(parsedOrError);
    if (!fits(parsed)) {
        errors_ << "kneetriage-cli clinic: expected init, patients, add-patient REF [--born "
                   "YEAR], import-fhir --patient REF FILE..., export-csv REF, copy --to (FILE "
                   "| CONNINFO) or send-unsent (with --server and --unsent FILE)\n";
        return kUnusableInput;
    }
    try {
        const std::string secret = passphrase(input_);
        std::optional<ClinicStore> store =
            parsed.file ? openUnlocked(*parsed.file, false, secret)
                        : openUnlocked(*parsed.server, true, secret, parsed.unsent.value_or(""));
        if (!store) {
            errors_ << "kneetriage-cli clinic: the clinic passphrase is wrong\n";
            return kUnusableInput;
        }
        return run(*store, parsed, secret);
    } catch (const std::exception& error) {
        errors_ << "kneetriage-cli clinic: " << error.what() << '\n';
        return kUnusableInput;
    }
}

} // namespace kt::cli
