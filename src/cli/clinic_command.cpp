#include "clinic_command.h"

#include "command_line.h"
#include "kneetriage/store/clinic_copy.h"
#include "kneetriage/store/clinic_store.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <istream>
#include <nlohmann/json.hpp>
#include <ostream>

namespace kt::cli {
namespace {

struct ClinicArguments {
    std::optional<std::string> file;
    std::optional<std::string> server;
    std::optional<int> born;
    std::optional<std::string> to;
    std::vector<std::string> operands;
};

std::variant<ClinicArguments, std::string> parse(const std::vector<std::string>& arguments) {
    ClinicArguments parsed;
    for (std::size_t at = 0; at < arguments.size(); ++at) {
        const std::string& word = arguments[at];
        if (word != "--db" && word != "--server" && word != "--born" && word != "--to") {
            parsed.operands.push_back(word);
            continue;
        }
        if (++at == arguments.size()) {
            return word + " needs a value";
        }
        const std::string& text = arguments[at];
        if (word == "--db") {
            parsed.file = text;
        } else if (word == "--server") {
            parsed.server = text;
        } else if (word == "--to") {
            parsed.to = text;
        } else {
            int year = 0;
            const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
            if (error != std::errc() || end != text.data() + text.size() || year < 1900) {
                return "--born needs a year such as 1987, not '" + text + "'";
            }
            parsed.born = year;
        }
    }
    if (parsed.file.has_value() == parsed.server.has_value()) {
        return "clinic needs exactly one of --db FILE or --server CONNINFO";
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

std::string nowUtc() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    std::array<char, 32> text{};
    return {text.data(), std::strftime(text.data(), text.size(), "%Y-%m-%dT%H:%M:%SZ", &utc)};
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

ClinicStore open(const std::string& place, bool server) {
    return server ? ClinicStore(ClinicServer{place}) : ClinicStore(std::filesystem::path(place));
}

// Opened and unlocked with `secret`, set as the passphrase on first use; nullopt when wrong.
std::optional<ClinicStore> openUnlocked(const std::string& place, bool server,
                                        const std::string& secret) {
    ClinicStore store = open(place, server);
    if (!store.hasPassphrase()) {
        store.setPassphrase(secret);
    } else if (!store.unlock(secret)) {
        return std::nullopt;
    }
    return store;
}

std::string usageError(const ClinicArguments& parsed) {
    const std::vector<std::string>& operands = parsed.operands;
    const std::string action = operands.empty() ? "" : operands.front();
    const bool known = (action == "init" || action == "patients" || action == "copy")
                           ? operands.size() == 1
                       : action == "add-patient" ? operands.size() == 2
                                                 : false;
    if (!known || (parsed.born && action != "add-patient") ||
        (parsed.to.has_value() != (action == "copy"))) {
        return "expected init, patients, add-patient REF [--born YEAR] or copy --to (FILE | "
               "CONNINFO)";
    }
    return {};
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
                                  {"visits", store.visitCount(patient.id)}}
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

int ClinicCommand::execute(const std::vector<std::string>& arguments) {
    auto parsedOrError = parse(arguments);
    if (const auto* error = std::get_if<std::string>(&parsedOrError)) {
        errors_ << "kneetriage-cli clinic: " << *error << '\n';
        return kUnusableInput;
    }
    const ClinicArguments& parsed = std::get<ClinicArguments>(parsedOrError);
    if (const std::string error = usageError(parsed); !error.empty()) {
        errors_ << "kneetriage-cli clinic: " << error << '\n';
        return kUnusableInput;
    }
    const std::string& action = parsed.operands.front();
    try {
        const std::string secret = passphrase(input_);
        std::optional<ClinicStore> store = parsed.file ? openUnlocked(*parsed.file, false, secret)
                                                       : openUnlocked(*parsed.server, true, secret);
        if (!store) {
            errors_ << "kneetriage-cli clinic: the clinic passphrase is wrong\n";
            return kUnusableInput;
        }
        if (action == "patients") {
            listPatients(*store);
        } else if (action == "add-patient") {
            Patient patient;
            patient.reference = parsed.operands[1];
            patient.birthYear = parsed.born;
            patient.createdAt = nowUtc();
            output_ << nlohmann::json{{"id", store->addPatient(patient)}}.dump() << '\n';
        } else if (action == "copy") {
            return copy(*store, *parsed.to, secret);
        }
    } catch (const std::exception& error) {
        errors_ << "kneetriage-cli clinic: " << error.what() << '\n';
        return kUnusableInput;
    }
    return kSuccess;
}

} // namespace kt::cli
