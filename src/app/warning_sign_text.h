#pragma once

#include "kneetriage/kb/knowledge_base.h"
#include "kneetriage/store/content_store.h"

namespace kt::app {

// The words of a warning sign, from the content database like every text the app shows. The
// content is checked to be built from this knowledge base, so it has every sign; should it not,
// the knowledge base's own words are shown: a warning sign is never shown without its advice.
[[nodiscard]] WarningSignContent warningSignText(ContentStore& content, const WarningSign& flag);

} // namespace kt::app
