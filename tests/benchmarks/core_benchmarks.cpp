// The three speed goals of the core: load the knowledge base, triage one case, and stream a
// batch through the same code as `kneetriage-cli triage --batch`. The clinic file's costs are
// in clinic_benchmarks.cpp, linked into the same program.
#include "kneetriage/engine/triage.h"
#include "kneetriage/io/answers_reader.h"
#include "kneetriage/io/batch.h"
#include "kneetriage/kb/loader.h"

#include <benchmark/benchmark.h>
#include <fstream>
#include <sstream>

namespace kt {
namespace {

const std::string kAnswers =
    R"({"format": "kneetriage.answers/1", "answers": {"weight_bearing": "normal",)"
    R"( "fever_unwell": "no", "hot_red_swollen": "no", "calf_pain_swelling": "no",)"
    R"( "short_of_breath": "no", "recent_surgery_or_travel": "no", "locked_knee": "no",)"
    R"( "deformity": "no", "numb_cold_foot": "no", "night_pain_weight_loss": "no",)"
    R"( "age_years": 34, "pain_location": "front", "front_spot": "around_kneecap",)"
    R"( "onset": "gradual", "recent_load_increase": "yes", "swelling": "none",)"
    R"( "duration_weeks": 6, "pain_pattern": "after_running",)"
    R"( "worse_with": ["stairs_down", "prolonged_sitting", "squatting"],)"
    R"( "morning_stiffness": "none", "giving_way": "no", "grinding": "unsure",)"
    R"( "bone_point_tender": "no", "pain_severity": 4}})";

KnowledgeBase loadShipped() {
    return std::get<KnowledgeBase>(loadKnowledgeBase(KT_DATA_DIR));
}

void loadKnowledgeBaseWithAllChecks(benchmark::State& state) {
    for (auto _ : state) {
        LoadResult result = loadKnowledgeBase(KT_DATA_DIR);
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(loadKnowledgeBaseWithAllChecks)->Unit(benchmark::kMillisecond);

void triageOneCase(benchmark::State& state) {
    const KnowledgeBase kb = loadShipped();
    const JsonDocument document = std::get<JsonDocument>(parseJsonText("bench", kAnswers, {}));
    const Answers answers = std::get<Answers>(readAnswers(kb, document));
    for (auto _ : state) {
        TriageResult result = triage(kb, answers);
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(triageOneCase)->Unit(benchmark::kMicrosecond);

void batchJsonInJsonOut(benchmark::State& state) {
    const KnowledgeBase kb = loadShipped();
    const auto lines = static_cast<std::size_t>(state.range(0));
    std::string input;
    for (std::size_t i = 0; i < lines; ++i) {
        input += kAnswers + "\n";
    }
    // Output goes where the CLI's would go when piped on: a file, here one that discards.
    std::ofstream out("/dev/null");
    std::ofstream errors("/dev/null");
    for (auto _ : state) {
        std::istringstream in(input);
        const BatchSummary summary = triageBatch(kb, in, "bench", out, errors);
        benchmark::DoNotOptimize(summary);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * lines));
}
BENCHMARK(batchJsonInJsonOut)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace kt

BENCHMARK_MAIN();
