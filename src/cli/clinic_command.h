#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace kt::cli {

// `clinic (--db FILE | --server CONNINFO) init | patients | add-patient REF [--born YEAR]`:
// the clinic's patients in a clinic file or on the practice server, for practices' scripts.
// The passphrase comes from KT_CLINIC_PASSPHRASE, or else the first line of standard input.
// `patients` prints one JSON object per line: id, reference, birth_year, visits.
class ClinicCommand {
  public:
    ClinicCommand(std::istream& input, std::ostream& output, std::ostream& errors)
        : input_(input), output_(output), errors_(errors) {}

    // `arguments` follow the word "clinic".
    [[nodiscard]] int execute(const std::vector<std::string>& arguments);

  private:
    std::istream& input_;
    std::ostream& output_;
    std::ostream& errors_;
};

} // namespace kt::cli
