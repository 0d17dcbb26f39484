#pragma once

#include "kneetriage/content_database.h"
#include "kneetriage/history_store.h"
#include "kneetriage/knowledge_base.h"

namespace kt::app {

// What every page works with, owned by main() (or a test) and passed in: no globals.
struct AppContext {
    const KnowledgeBase& kb;
    ContentStore& content;
    HistoryStore& history;
};

} // namespace kt::app
