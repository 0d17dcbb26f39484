// `runs load`: the load analysis of src/core/training as kneetriage.load/1 lines, one JSON object
// a line with a "type": run, week, onset, summary, or error (a file that could not be imported).
#include "kneetriage/store/history_store.h"
#include "kneetriage/training/calendar.h"
#include "kneetriage/training/load_analysis.h"
#include "kneetriage/training/onset_link.h"
#include "run_lines.h"
#include "runs_command.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <ostream>

namespace kt::cli {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kLoadFormat = "kneetriage.load/1";

Json lineOf(std::string_view type) {
    Json line;
    line["format"] = kLoadFormat;
    line["type"] = type;
    return line;
}

// A share to a hundredth of a percent, enough to see which side of a boundary it is on.
double share(double value) {
    return std::round(value * 10000) / 10000;
}

Json runLine(const RunLoad& load) {
    Json line = lineOf("run");
    appendRunFields(line, load.run);
    line["date"] = isoDate(localDay(load.run));
    if (load.longestBeforeMetres) {
        line["longest_30d_m"] = tenths(*load.longestBeforeMetres);
        line["ratio"] = share(load.ratio.value_or(0));
    }
    line["category"] = spikeCategoryId(load.category);
    return line;
}

Json weekLine(const WeekLoad& week) {
    Json line = lineOf("week");
    line["week"] = week.week;
    line["start"] = isoDate(week.start);
    line["distance_m"] = tenths(week.distanceMetres);
    line["runs"] = week.runs;
    line["spikes"] = week.spikes;
    return line;
}

Json errorLine(const Problem& problem) {
    Json line = lineOf("error");
    line["file"] = problem.file;
    line["line"] = problem.line;
    line["column"] = problem.column;
    line["pointer"] = problem.pointer;
    line["message"] = problem.message;
    return line;
}

std::string_view findingOf(const OnsetLink& link) {
    if (link.spikeBeforeOnset()) {
        return "spike_before_onset";
    }
    return link.runsLookedAt == 0 ? "no_runs_before_onset" : "no_spike_before_onset";
}

Json onsetLine(const OnsetLink& link, const LoadSpikeRules& rules) {
    Json line = lineOf("onset");
    line["onset"] = isoDate(link.window.last);
    line["link_days"] = link.linkDays;
    line["runs_looked_at"] = link.runsLookedAt;
    line["finding"] = findingOf(link);
    line["text_id"] = onsetTextId(link);
    line["text"] = onsetSentence(link, rules);
    line["caveat"] = rules.onsetTexts.at("caveat");
    line["spikes"] = Json::array();
    for (const SpikeBeforeOnset& spike : link.spikes) {
        line["spikes"].push_back(Json{{"start_utc", isoTime(spike.load.run.startUtc)},
                                      {"date", isoDate(spike.runDay)},
                                      {"days_before", spike.daysMax},
                                      {"distance_m", tenths(spike.load.run.distanceMetres)},
                                      {"longest_30d_m", tenths(*spike.load.longestBeforeMetres)},
                                      {"ratio", share(spike.load.ratio.value_or(0))},
                                      {"category", spikeCategoryId(spike.load.category)}});
    }
    return line;
}

Json summaryLine(const std::vector<RunLoad>& loads, std::optional<std::chrono::sys_days> today,
                 const LoadSpikeRules& rules) {
    Json line = lineOf("summary");
    line["runs"] = loads.size();
    line["spikes"] = std::count_if(loads.begin(), loads.end(),
                                   [](const RunLoad& load) { return load.isSpike(); });
    line["window_days"] = rules.windowDays;
    if (!today && !loads.empty()) {
        today = localDay(std::max_element(loads.begin(), loads.end(),
                                          [](const auto& a, const auto& b) {
                                              return localDay(a.run) < localDay(b.run);
                                          })
                             ->run) +
                std::chrono::days(1);
    }
    if (today) {
        line["today"] = isoDate(*today);
        std::vector<Run> runs;
        std::transform(loads.begin(), loads.end(), std::back_inserter(runs),
                       [](const RunLoad& load) { return load.run; });
        if (const auto longest = longestRunBefore(runs, *today, rules)) {
            line["longest_30d_m"] = tenths(*longest);
        }
    }
    return line;
}

} // namespace

int RunsCommand::loadRuns(const CommandLine& commandLine) {
    LoadSpikeRulesResult loaded = loadLoadSpikeRules(
        dataDirectory(commandLine), commandLine.language.value_or(std::string("en")));
    if (const auto* problems = std::get_if<Problems>(&loaded)) {
        for (const Problem& problem : *problems) {
            errors_ << problem.describe() << '\n';
        }
        return kUnusableInput;
    }
    const LoadSpikeRules& rules = std::get<LoadSpikeRules>(loaded);
    std::unique_ptr<HistoryStore> history;
    if (commandLine.history) {
        history = std::make_unique<HistoryStore>(*commandLine.history);
        if (history->notice()) {
            errors_ << *history->notice() << '\n';
        }
    }
    std::vector<Run> runs;
    const Tally tally = importOperands(
        commandLine, history.get(), [&](const Run& run) { runs.push_back(run); },
        [&](const Problem& problem) { output_ << dumpLine(errorLine(problem)) << '\n'; });
    if (history) {
        runs = history->runs(); // the stored runs, the ones just imported among them
    }
    const std::vector<RunLoad> loads = analyseLoad(std::move(runs), rules);
    for (const RunLoad& load : loads) {
        output_ << dumpLine(runLine(load)) << '\n';
    }
    for (const WeekLoad& week : weeklyLoad(loads)) {
        output_ << dumpLine(weekLine(week)) << '\n';
    }
    if (commandLine.onset) {
        output_ << dumpLine(onsetLine(linkOnset(loads, onsetOn(*commandLine.onset), rules), rules))
                << '\n';
    }
    output_ << dumpLine(summaryLine(loads, commandLine.today, rules)) << '\n';
    return finish(tally);
}

} // namespace kt::cli
