#pragma once

#include "kneetriage/io/json_document.h"
#include "kneetriage/kb/knowledge_base.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kt {

// Patient-reported outcome measures (KOOS-12, Kujala, VISA-P, pain NRS) as data under
// data/measures, scored exactly as their authors publish them.

struct MeasureOption {
    std::string code;
    std::string label;
    std::optional<double> points; // none for a branch question that only routes
};

struct MeasureItem {
    std::string id;
    std::string stem; // lead-in shared by a group of items, may be empty
    std::string text;
    std::vector<MeasureOption> options; // empty for a numeric item
    double min = 0;
    double max = 0;
    std::string minLabel;
    std::string maxLabel;
    std::optional<std::pair<std::string, std::string>> appliesIf; // item, code
};

struct MeasureScale {
    enum class Method { Sum, Koos, MeanOfScales };
    std::string id;
    std::string name;
    Method method = Method::Sum;
    std::vector<std::string> items;  // Sum, Koos
    std::vector<std::string> scales; // MeanOfScales
    std::size_t minAnswered = 0;
    double min = 0;
    double max = 100;
};

struct MeasureBand {
    std::string scale;
    double from = 0;
    double to = 0;
    std::string text;
};

struct Measure {
    std::string id;
    std::string name;
    std::string licence;
    std::string instructions;
    std::vector<Source> sources;
    std::vector<MeasureItem> items;
    std::vector<MeasureScale> scales;
    std::vector<MeasureBand> interpretation;
    // Offered in an intake when this rule over the check's answers holds; always when absent.
    std::optional<Rule> offerIf;

    [[nodiscard]] const MeasureItem* item(std::string_view id) const;
};

struct ScaleScore {
    std::string scale;
    std::optional<double> score; // none when too few items were answered, as the rules say
};

using MeasuresResult = std::variant<std::vector<Measure>, Problems>;
using ScoresResult = std::variant<std::vector<ScaleScore>, Problems>;

// Loads every *.json in `directory`, in file-name order, reporting every problem found;
// "offer_if" rules are read against the questions of `kb`.
[[nodiscard]] MeasuresResult loadMeasures(const std::filesystem::path& directory,
                                          const KnowledgeBase& kb);

// The measures to offer after a check with these answers.
[[nodiscard]] std::vector<const Measure*> measuresToOffer(const std::vector<Measure>& measures,
                                                          const Answers& answers);

// A patient's visits as CSV: one row per visit, with the patient's reference (so a row read on
// its own still says whose it is), the disposition, the leading condition and every scale of
// every measure (empty where not scored). RFC 4180 quoting; a cell that starts like a formula
// (=, +, -, @) gets a leading apostrophe.
struct VisitRow {
    std::string date;
    std::string disposition;
    std::string topCondition;
    nlohmann::json measureAnswers; // {"<measure id>": {"<item id>": answer}}
};
[[nodiscard]] std::string visitsCsv(const std::vector<Measure>& measures,
                                    const std::string& patient,
                                    const std::vector<VisitRow>& visits);

// Scores `answers` ({"<item id>": code or number}); an unknown item or code, or a number out
// of range, is a problem naming it, never a guess.
[[nodiscard]] ScoresResult scoreMeasure(const Measure& measure, const nlohmann::json& answers);

// Does `item` count with these answers ({"<item id>": code or number})? An item with applies_if
// (VISA-P's parts of question 8) counts only when its branch item has the code the data names.
[[nodiscard]] bool itemApplies(const MeasureItem& item, const nlohmann::json& answers);

// The interpretation band that holds `score` on `scale`, or "".
[[nodiscard]] std::string interpretScore(const Measure& measure, const std::string& scale,
                                         double score);

} // namespace kt
