#include "clinic_command.h"

#include "command_line.h"
#include "kneetriage/store/clinic_store.h"

#include <array>
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
    std::vector<std::string> operands;
};

std::variant<ClinicArguments, std::string> parse(const std::vector<std::string>& arguments) {
    ClinicArguments parsed;
    for (std::size_t at = 0; at < arguments.size(); ++at) {
        const std::string& word = arguments[at];
        if (word != "--db" && word != "--server" && word != "--born") {
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

ClinicStore open(const ClinicArguments& parsed) {
    return parsed.file ? ClinicStore(std::filesystem::path(*parsed.file))
                       : ClinicStore(ClinicServer{*parsed.server});
}

} // namespace

int ClinicCommand::execute(const std::vector<std::string>& arguments) {
    auto parsedOrError = parse(arguments);
    if (const auto* error = std::get_if<std::string>(&parsedOrError)) {
        errors_ << "kneetriage-cli clinic: " << *error << '\n';
        return kUnusableInput;
    }
    const ClinicArguments& parsed = std::get<ClinicArguments>(parsedOrError);
    const std::vector<std::string>& operands = parsed.operands;
    const std::string action = operands.empty() ? "" : operands.front();
    const bool known = (action == "init" || action == "patients") ? operands.size() == 1
                       : action == "add-patient"                  ? operands.size() == 2
                                                                  : false;
    if (!known || (parsed.born && action != "add-patient")) {
        errors_ << "kneetriage-cli clinic: expected init, patients or add-patient REF [--born "
                   "YEAR]\n";
        return kUnusableInput;
    }
    try {
        ClinicStore store = open(parsed);
        const std::string secret = passphrase(input_);
        if (!store.hasPassphrase()) {
            store.setPassphrase(secret);
        } else if (!store.unlock(secret)) {
            errors_ << "kneetriage-cli clinic: the clinic passphrase is wrong\n";
            return kUnusableInput;
        }
        if (action == "patients") {
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
        } else if (action == "add-patient") {
            Patient patient;
            patient.reference = operands[1];
            patient.birthYear = parsed.born;
            patient.createdAt = nowUtc();
            output_ << nlohmann::json{{"id", store.addPatient(patient)}}.dump() << '\n';
        }
    } catch (const std::exception& error) {
        errors_ << "kneetriage-cli clinic: " << error.what() << '\n';
        return kUnusableInput;
    }
    return kSuccess;
}

} // namespace kt::cli
