#pragma once

#include "kneetriage/io/json_document.h"
#include "kneetriage/kb/knowledge_base.h"

#include <optional>

namespace kt {

class JsonFields;

// Turns the JSON form of a rule into a Rule, checking every question id, operator and code
// against the questions already loaded.
//   {"all": [rules]}  {"any": [rules]}  {"not": rule}
//   {"q": "question", "is": "code" | ["codes"]}     choice and yes/no
//   {"q": "question", "has": "code" | ["codes"]}    multi: contains any of them
//   {"q": "question", "min": n, "max": n}           number, inclusive, either bound optional
//   {"q": "question", "unknown": true}              unanswered or "unsure"
//   any leaf may add "or_unknown": true             unanswered or unsure counts as true
class RuleParser {
  public:
    RuleParser(const KnowledgeBase& kb, Problems& problems) : kb_(kb), problems_(problems) {}

    [[nodiscard]] std::optional<Rule> parse(const JsonDocument& document,
                                            const nlohmann::json& value,
                                            const nlohmann::json::json_pointer& at) const;

  private:
    std::optional<Rule> parseAt(const JsonDocument& document, const nlohmann::json& value,
                                const nlohmann::json::json_pointer& at, int depth) const;
    std::optional<Rule> parseLeaf(const JsonDocument& document, const nlohmann::json& value,
                                  const nlohmann::json::json_pointer& at) const;
    std::optional<std::size_t> leafQuestion(JsonFields& fields) const;
    static bool parseUnknown(JsonFields& fields, Rule& rule);
    bool parseOptions(JsonFields& fields, const Question& question, std::string_view op,
                      Rule& rule) const;
    static bool parseRange(JsonFields& fields, const Question& question, Rule& rule);
    static bool fitsKind(JsonFields& fields, const Question& question, bool fits,
                         std::string_view op, std::string_view kinds);
    std::optional<std::uint64_t> parseCodes(const JsonDocument& document, const Question& question,
                                            const nlohmann::json& codes,
                                            const nlohmann::json::json_pointer& at) const;

    const KnowledgeBase& kb_;
    Problems& problems_;
};

} // namespace kt
