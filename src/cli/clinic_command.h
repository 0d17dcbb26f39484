#pragma once

#include "kneetriage/kb/knowledge_base.h"
#include "kneetriage/store/clinic_store.h"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace kt::cli {

struct ClinicArguments;

// `clinic (--db FILE | --server CONNINFO) init | patients | add-patient REF [--born YEAR] |
// import-fhir --patient REF [--kb PATH] FILE... | export-csv REF [--kb PATH] |
// copy --to (FILE | CONNINFO) | send-unsent`, with `--unsent FILE` for a server: the clinic's
// patients in a clinic file or on the practice server, for practices' scripts. The passphrase comes
// from KT_CLINIC_PASSPHRASE, or else the first line of standard input; a copy's target uses
// KT_CLINIC_TARGET_PASSPHRASE when set. `patients` prints one JSON object per line: id, reference,
// birth_year, visits. `copy` prints the source's and the copy's counts and digest, one line each,
// and exits 1 if they differ; a target that already has patients is refused (exit 2, nothing
// written). `import-fhir` adds one visit per FHIR QuestionnaireResponse to the patient with exactly
// that reference, printing
// {"file", "visit"} per line (exit 1 if some file was not read, or its visit was kept in the
// --unsent file because the server could not be reached); `send-unsent` sends the visits kept
// there and prints {"sent"}; `export-csv` prints the patient's visits as the app's CSV.
class ClinicCommand {
  public:
    ClinicCommand(std::istream& input, std::ostream& output, std::ostream& errors)
        : input_(input), output_(output), errors_(errors) {}

    // `arguments` follow the word "clinic".
    [[nodiscard]] int execute(const std::vector<std::string>& arguments);

  private:
    [[nodiscard]] int run(ClinicStore& store, const ClinicArguments& parsed,
                          const std::string& secret);
    void listPatients(ClinicStore& store);
    [[nodiscard]] int importFhir(ClinicStore& store, const ClinicArguments& parsed);
    [[nodiscard]] int exportCsv(ClinicStore& store, const ClinicArguments& parsed);
    [[nodiscard]] std::optional<KnowledgeBase> knowledgeBase(const ClinicArguments& parsed);
    // The one patient with exactly this reference, or nullopt having said why not.
    [[nodiscard]] std::optional<Patient> patientCalled(ClinicStore& store,
                                                       const std::string& reference);
    [[nodiscard]] int copy(ClinicStore& from, const std::string& to, const std::string& secret);

    std::istream& input_;
    std::ostream& output_;
    std::ostream& errors_;
};

} // namespace kt::cli
