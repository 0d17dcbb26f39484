#include "kneetriage/engine/triage.h"

#include "kneetriage/engine/flow.h"
#include "kneetriage/kb/retired_answers.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace kt {
namespace {

// Only answers on the path count: an answer the tree did not reach is ignored (contract §1).
// A retired question is never on the path, yet its answer counts (see retired_answers.h).
Answers answersOnPath(const KnowledgeBase& kb, const Answers& answers,
                      const std::vector<std::size_t>& asked) {
    Answers onPath = answers.onlyFor(asked);
    for (std::size_t question = 0; question < kb.questions.size(); ++question) {
        if (kb.questions[question].retired()) {
            onPath.set(question, answers[question]);
        }
    }
    return onPath;
}

// The logit of `condition` given `answers`, with the features the answers meet put in `met`.
double logitOf(const Condition& condition, const Answers& answers, std::vector<std::size_t>& met) {
    met.clear();
    double logit = condition.prior;
    for (std::size_t i = 0; i < condition.features.size(); ++i) {
        if (evaluate(condition.features[i].when, answers) == Truth::True) {
            logit += condition.features[i].weight;
            met.push_back(i);
        }
    }
    return logit;
}

// Most conditions are not listed: their reasons are only gathered for those that are, and the
// features met are collected in one buffer for them all rather than a pair of vectors for each.
std::vector<RankedCondition> rankConditions(const KnowledgeBase& kb, const Answers& answers) {
    std::vector<RankedCondition> ranked;
    std::vector<std::size_t> met;
    for (std::size_t i = 0; i < kb.conditions.size(); ++i) {
        const Condition& condition = kb.conditions[i];
        const double score = 1.0 / (1.0 + std::exp(-logitOf(condition, answers, met)));
        const auto raises = [&](std::size_t feature) {
            return condition.features[feature].weight > 0;
        };
        const auto raising =
            static_cast<std::size_t>(std::count_if(met.begin(), met.end(), raises));
        if (raising == 0 || score < kb.ranking.minScore) {
            continue;
        }
        RankedCondition& candidate = ranked.emplace_back(RankedCondition{i, score, {}, {}});
        candidate.why.reserve(raising);
        candidate.against.reserve(met.size() - raising);
        for (const std::size_t feature : met) {
            (raises(feature) ? candidate.why : candidate.against).push_back(feature);
        }
    }
    std::stable_sort(
        ranked.begin(), ranked.end(),
        [](const RankedCondition& a, const RankedCondition& b) { return a.score > b.score; });
    if (ranked.size() > kb.ranking.maxConditions) {
        ranked.resize(kb.ranking.maxConditions);
    }
    return ranked;
}

void appendUnique(std::vector<std::size_t>& to, const std::vector<std::size_t>& from,
                  std::size_t limit) {
    for (const std::size_t item : from) {
        if (to.size() >= limit) {
            return;
        }
        if (std::find(to.begin(), to.end(), item) == to.end()) {
            to.push_back(item);
        }
    }
}

// The flags of one colour whose trigger `truthOf` finds true, most urgent first.
template <typename TruthOf>
std::vector<std::size_t> firedFlagsWhere(const KnowledgeBase& kb, bool amber, TruthOf truthOf) {
    std::vector<std::size_t> fired;
    for (std::size_t i = 0; i < kb.warningSigns.size(); ++i) {
        if (kb.warningSigns[i].amber == amber &&
            truthOf(kb.warningSigns[i].trigger) == Truth::True) {
            fired.push_back(i);
        }
    }
    std::stable_sort(fired.begin(), fired.end(), [&](std::size_t a, std::size_t b) {
        return kb.warningSigns[a].disposition < kb.warningSigns[b].disposition;
    });
    return fired;
}

std::vector<std::size_t> firedFlags(const KnowledgeBase& kb, const Answers& answers, bool amber) {
    return firedFlagsWhere(kb, amber,
                           [&](const Rule& trigger) { return evaluate(trigger, answers); });
}

} // namespace

std::vector<std::size_t> suitableExercises(const KnowledgeBase& kb,
                                           const std::vector<std::size_t>& exercises,
                                           const Answers& answers) {
    std::vector<std::size_t> suitable;
    for (const std::size_t exercise : exercises) {
        const auto& avoidIf = kb.exercises[exercise].avoidIf;
        if (!avoidIf || evaluate(*avoidIf, answers) != Truth::True) {
            suitable.push_back(exercise);
        }
    }
    return suitable;
}

Answers answersAsTriaged(const KnowledgeBase& kb, const Answers& given) {
    const Answers answers = withRetiredAnswersApplied(kb, given);
    return answersOnPath(kb, answers, walkFlow(kb, answers, WalkMode::AllAnswersGiven).asked);
}

std::vector<std::size_t> firedRedFlags(const KnowledgeBase& kb, const Answers& answers) {
    return firedFlags(kb, answers, false);
}

std::vector<std::size_t> firedRedFlagsSoFar(const KnowledgeBase& kb, const Answers& answers,
                                            const std::vector<bool>& pending) {
    return firedFlagsWhere(
        kb, false, [&](const Rule& trigger) { return evaluateSoFar(trigger, answers, pending); });
}

std::vector<std::size_t> amberAdviceToShow(const KnowledgeBase& kb, const TriageResult& result) {
    std::vector<std::size_t> shown;
    std::copy_if(
        result.amberFlags.begin(), result.amberFlags.end(), std::back_inserter(shown),
        [&](std::size_t flag) { return kb.warningSigns[flag].disposition <= result.disposition; });
    return shown;
}

namespace {

// Exercises are for what can safely be managed while waiting to be seen: never for what needs a
// doctor today, nor while a flag or a likely condition says to stop loading. The advice of the
// conditions that count is always given.
void addExercisesAndAdvice(const KnowledgeBase& kb,
                           const std::vector<const RankedCondition*>& counted,
                           bool onlyWeakEvidence, const Answers& onPath, TriageResult& result) {
    const auto stops = [&](std::size_t flag) { return kb.warningSigns[flag].stopExercises; };
    const bool exercisesAreSafe =
        result.disposition > Disposition::Urgent &&
        std::none_of(result.redFlags.begin(), result.redFlags.end(), stops) &&
        std::none_of(result.amberFlags.begin(), result.amberFlags.end(), stops) &&
        std::none_of(counted.begin(), counted.end(), [&](const RankedCondition* ranked) {
            return kb.conditions[ranked->condition].stopExercises;
        });
    for (const RankedCondition* ranked : counted) {
        const Condition& condition = kb.conditions[ranked->condition];
        // Exercises only for what is likely, never for a weak leader, and never one whose own
        // contraindications these answers meet (no split squat for a knee that gives way).
        if (exercisesAreSafe && !onlyWeakEvidence) {
            appendUnique(result.exercises, suitableExercises(kb, condition.exercises, onPath),
                         kb.ranking.maxExercises);
        }
        appendUnique(result.advice, condition.advice, kb.advice.size());
    }
    if (exercisesAreSafe) {
        appendUnique(result.advice, kb.generalAdvice, kb.advice.size());
    }
}

} // namespace

TriageResult triage(const KnowledgeBase& kb, const Answers& given) {
    TriageResult result;
    const Answers answers = withRetiredAnswersApplied(kb, given);
    result.asked = walkFlow(kb, answers, WalkMode::AllAnswersGiven).asked;
    const Answers onPath = answersOnPath(kb, answers, result.asked);
    for (std::size_t i = 0; i < given.size(); ++i) {
        if (given.given(i) && !onPath.given(i)) {
            result.ignored.push_back(i);
        }
    }

    result.redFlags = firedFlags(kb, onPath, false);
    result.amberFlags = firedFlags(kb, onPath, true);
    result.conditions = rankConditions(kb, onPath);

    // The conditions that count: the likely ones, or the leading one when none is likely yet.
    std::vector<const RankedCondition*> counted;
    for (const RankedCondition& ranked : result.conditions) {
        if (ranked.score >= kb.ranking.dispositionMinScore) {
            counted.push_back(&ranked);
        }
    }
    const bool onlyWeakEvidence = counted.empty() && !result.conditions.empty();
    if (onlyWeakEvidence) {
        counted.push_back(&result.conditions.front());
    }

    // Without a likely condition there is nothing safe to self-manage: the fallback applies.
    // Urgency then comes from the flags alone, as an unlikely leader is not enough to send
    // someone to hospital.
    result.disposition =
        counted.empty() || onlyWeakEvidence ? kb.ranking.fallback : Disposition::SelfCare;
    if (!onlyWeakEvidence) {
        for (const RankedCondition* ranked : counted) {
            if (const auto own = kb.conditions[ranked->condition].disposition) {
                result.disposition = mostUrgent(result.disposition, *own);
            }
        }
    }
    for (const std::size_t flag : result.redFlags) {
        result.disposition = mostUrgent(result.disposition, kb.warningSigns[flag].disposition);
    }
    for (const std::size_t flag : result.amberFlags) {
        result.disposition = mostUrgent(result.disposition, kb.warningSigns[flag].disposition);
    }

    addExercisesAndAdvice(kb, counted, onlyWeakEvidence, onPath, result);
    return result;
}

} // namespace kt
