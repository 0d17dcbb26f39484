#pragma once

#include "command_line.h"

#include <iosfwd>

namespace kt::cli {

// `fhir questionnaire | response FILE | answers FILE`: the intake as FHIR R4 resources, and back.
class FhirCommand {
  public:
    FhirCommand(std::istream& input, std::ostream& output, std::ostream& errors)
        : input_(input), output_(output), errors_(errors) {}
    [[nodiscard]] int execute(const CommandLine& commandLine);

  private:
    std::istream& input_;
    std::ostream& output_;
    std::ostream& errors_;
};

} // namespace kt::cli
