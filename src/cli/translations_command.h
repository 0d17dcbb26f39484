#pragma once

#include "command_line.h"

#include <iosfwd>

namespace kt::cli {

// `translations template --lang L [--kb PATH]`: every translatable text of the knowledge base
// and content, one JSON object a line ({"file", "key", "en", "text"}; "text" holds the current
// translation, or "" when there is none or the English changed since), for translators.
// `translations update --lang L [--kb PATH]`: writes data/i18n/L/<file> for every file, keeping
// each current translation, adding the new keys with an empty text and dropping stale ones.
class TranslationsCommand {
  public:
    TranslationsCommand(std::ostream& output, std::ostream& errors)
        : output_(output), errors_(errors) {}
    [[nodiscard]] int execute(const CommandLine& commandLine);

  private:
    int update(const CommandLine& commandLine);
    int printTemplate(const CommandLine& commandLine);

    std::ostream& output_;
    std::ostream& errors_;
};

} // namespace kt::cli
