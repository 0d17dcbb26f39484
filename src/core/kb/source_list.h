#pragma once

#include "io/json_fields.h"
#include "kneetriage/kb/knowledge_base.h"

#include <string_view>
#include <vector>

namespace kt {

// The citations in the array member `key` of `fields` (absent: none), each a title and a url
// (http or https) or a doi, with a problem for each one that is not. Shared by every loader of
// sourced data, so a citation means the same in each file.
[[nodiscard]] std::vector<Source> readSourceList(JsonFields& fields, std::string_view key,
                                                 Problems& problems);

} // namespace kt
