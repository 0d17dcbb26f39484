#pragma once

#include "kneetriage/io/check_record.h"

#include <QString>

namespace kt::app {

// A saved result in its own words (as it was shown then), for a check that today's knowledge
// base would answer differently; the banner is shown above it by the page.
[[nodiscard]] QString savedResultHtml(const KnowledgeBase& kb, const SavedResult& saved);

// What a re-run with today's knowledge base changed, or that nothing did.
[[nodiscard]] QString changesHtml(const KnowledgeBase& kb, const SavedResult& saved,
                                  const ResultChanges& changes);

} // namespace kt::app
