#pragma once

#include "io/json_fields.h"
#include "kneetriage/kb/knowledge_base.h"

#include <vector>

namespace kt {

// The optional member "sources" of `fields`: each {title, publisher, url, doi, year} with a
// title and a url or doi, every problem recorded. Shared by the knowledge base and the training
// data, so a citation is read one way everywhere.
[[nodiscard]] std::vector<Source> readSourceList(JsonFields& fields, Problems& problems);

} // namespace kt
