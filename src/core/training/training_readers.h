#pragma once

// The readers of data/training/*.json, private to the library: each fills its part of
// TrainingData from one parsed file and records every problem with its place.

#include "io/json_fields.h"
#include "kneetriage/training/training_data.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kt {

// The top-level object of `document`, or nullopt (with a problem) when it is not one or its
// "format" is not `format`.
[[nodiscard]] std::optional<JsonFields> topFields(const JsonDocument& document,
                                                  std::string_view format, Problems& problems);

// A whole number from `min` to `max` under `key`; nullopt (with a problem unless it is absent and
// not `required`) otherwise.
[[nodiscard]] std::optional<int> readWhole(JsonFields& fields, std::string_view key, int min,
                                           int max, bool required);

// The array `key` of {id, text, sources} texts: every id in `ids` exactly once, no other id,
// each with at least one source.
[[nodiscard]] std::vector<TrainingText> readTexts(JsonFields& fields, std::string_view key,
                                                  std::initializer_list<std::string_view> ids,
                                                  Problems& problems);

// Checks that each id of the list `key` is one of `known` (the knowledge base's conditions).
void checkConditionIds(JsonFields& fields, std::string_view key,
                       const std::vector<std::string>& ids, const std::vector<std::string>& known);

void readNextRunRules(const JsonDocument& document, const std::vector<std::string>& conditionIds,
                      NextRunRules& rules, Problems& problems);
void readPainMonitoringRules(const JsonDocument& document, PainMonitoringRules& rules,
                             Problems& problems);
void readReturnPlans(const JsonDocument& document, const std::vector<std::string>& conditionIds,
                     std::vector<ReturnPlan>& plans, Problems& problems);

} // namespace kt
