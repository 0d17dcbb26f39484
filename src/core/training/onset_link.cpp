#include "kneetriage/training/onset_link.h"

#include "kneetriage/training/calendar.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace kt {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

constexpr int kMaxDurationWeeks = 520; // the contract's range for duration_weeks

std::string replaced(std::string text, std::string_view placeholder, const std::string& value) {
    for (std::size_t at = text.find(placeholder); at != std::string::npos;
         at = text.find(placeholder, at + value.size())) {
        text.replace(at, placeholder.size(), value);
    }
    return text;
}

std::string text(const LoadSpikeRules& rules, std::string_view id) {
    const auto found = rules.onsetTexts.find(id);
    return found != rules.onsetTexts.end() ? found->second : std::string();
}

std::string wholePercent(double share) {
    return std::to_string(static_cast<long long>(std::lround(share * 100)));
}

} // namespace

OnsetWindow onsetOn(sys_days day) {
    return OnsetWindow{day, day};
}

std::optional<OnsetWindow> onsetWindowOfCheck(std::string_view createdAtUtc, int durationWeeks,
                                              const LoadSpikeRules& rules) {
    if (createdAtUtc.size() < 11 || createdAtUtc[10] != 'T' || durationWeeks < 0 ||
        durationWeeks > kMaxDurationWeeks) {
        return std::nullopt;
    }
    const std::optional<sys_days> created = parseIsoDate(createdAtUtc.substr(0, 10));
    if (!created) {
        return std::nullopt;
    }
    if (durationWeeks == 0) {
        return OnsetWindow{*created - days(6), *created};
    }
    const sys_days about = *created - days(7 * durationWeeks);
    const days around(rules.onsetAroundDays);
    return OnsetWindow{about - around, std::min(about + around, *created)};
}

OnsetLink linkOnset(const std::vector<RunLoad>& loads, const OnsetWindow& window,
                    const LoadSpikeRules& rules) {
    OnsetLink link{window, rules.onsetLinkDays, 0, {}};
    const sys_days from = window.first - days(rules.onsetLinkDays);
    for (const RunLoad& load : loads) {
        const sys_days day = localDay(load.run);
        if (day < from || day > window.last) {
            continue;
        }
        ++link.runsLookedAt;
        if (load.isSpike()) {
            link.spikes.push_back(SpikeBeforeOnset{
                .load = load,
                .runDay = day,
                .daysMin = std::max(0, static_cast<int>((window.first - day).count())),
                .daysMax = static_cast<int>((window.last - day).count())});
        }
    }
    std::stable_sort(link.spikes.begin(), link.spikes.end(),
                     [](const SpikeBeforeOnset& a, const SpikeBeforeOnset& b) {
                         const double ra = a.load.ratio.value_or(0);
                         const double rb = b.load.ratio.value_or(0);
                         return ra != rb ? ra > rb : a.load.run.startUtc > b.load.run.startUtc;
                     });
    return link;
}

std::string_view onsetTextId(const OnsetLink& link) {
    if (link.spikes.empty()) {
        return link.runsLookedAt == 0 ? "no_runs" : "no_spike";
    }
    if (!link.window.exact()) {
        return "in_the_days_before";
    }
    const int days = link.spikes.front().daysMax;
    return days == 0 ? "same_day" : days == 1 ? "next_day" : "days_after";
}

std::string kilometres(double metres, const LoadSpikeRules& rules) {
    const long long hundreds = std::llround(metres / 100);
    return std::to_string(hundreds / 10) + text(rules, "decimal_mark") +
           std::to_string(hundreds % 10);
}

std::string onsetSentence(const OnsetLink& link, const LoadSpikeRules& rules) {
    std::string sentence = text(rules, onsetTextId(link));
    sentence = replaced(std::move(sentence), "{window_days}", std::to_string(rules.windowDays));
    sentence = replaced(std::move(sentence), "{link_days}", std::to_string(link.linkDays));
    const double threshold = rules.bands.empty() ? 0 : rules.bands.front().aboveShare;
    sentence = replaced(std::move(sentence), "{threshold_percent}", wholePercent(threshold));
    if (link.spikes.empty()) {
        return sentence;
    }
    const SpikeBeforeOnset& spike = link.spikes.front();
    sentence = replaced(std::move(sentence), "{days}", std::to_string(spike.daysMax));
    sentence = replaced(std::move(sentence), "{distance_km}",
                        kilometres(spike.load.run.distanceMetres, rules));
    return replaced(std::move(sentence), "{percent}", wholePercent(spike.load.ratio.value_or(0)));
}

std::optional<int> durationWeeksOf(const KnowledgeBase& kb, const Answers& answers) {
    const std::optional<std::size_t> question = kb.findQuestion("duration_weeks");
    if (!question || *question >= answers.size()) {
        return std::nullopt;
    }
    const auto* weeks = std::get_if<double>(&answers[*question]);
    return weeks != nullptr ? std::optional<int>(static_cast<int>(*weeks)) : std::nullopt;
}

std::optional<OnsetStatement> onsetStatementForCheck(const std::vector<Run>& runs,
                                                     std::string_view createdAtUtc,
                                                     std::optional<int> durationWeeks,
                                                     const LoadSpikeRules& rules) {
    if (runs.empty() || !durationWeeks) {
        return std::nullopt;
    }
    const std::optional<OnsetWindow> window =
        onsetWindowOfCheck(createdAtUtc, *durationWeeks, rules);
    if (!window) {
        return std::nullopt;
    }
    const OnsetLink link = linkOnset(analyseLoad(runs, rules), *window, rules);
    return OnsetStatement{onsetSentence(link, rules), text(rules, "caveat")};
}

} // namespace kt
