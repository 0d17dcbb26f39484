#pragma once

#include "clinic_place.h"
#include "kneetriage/kb/knowledge_base.h"
#include "kneetriage/measures/measures.h"
#include "kneetriage/store/clinic_store.h"
#include "kneetriage/store/content_store.h"
#include "kneetriage/store/history_store.h"
#include "kneetriage/training/load_spikes.h"
#include "kneetriage/training/training_data.h"

#include <filesystem>
#include <functional>
#include <vector>

namespace kt::app {

// What every page works with, owned by main() (or a test) and passed in: no globals.
struct AppContext {
    const KnowledgeBase& kb;
    ContentStore& content;
    HistoryStore& history;
    // Opened on first use: a runner who never turns on clinic mode gets no clinic file.
    std::function<ClinicStore&()> clinic;
    // Loaded on first use, like the clinic database: only clinic mode needs them.
    std::function<const std::vector<Measure>&()> measures;
    // Where the user's own files (history, clinic) live.
    std::filesystem::path userFolder;
    // The training rules (each run against the longest of the month before, the next-run light,
    // the pain-monitoring model and the return-to-run plans), loaded on first use; null when they
    // cannot be used (the runner is told why once): runs are still listed, but no comparison,
    // light or plan is shown rather than one from rules that could not be checked, and a check
    // never depends on them.
    std::function<const TrainingData*()> trainingData;
    // Where the clinic is kept (the file or a practice server); `clinic` opens the store there.
    ClinicPlace& clinicPlace;
};

} // namespace kt::app
