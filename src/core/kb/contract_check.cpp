#include "kb/checks.h"
#include "kb/contract_vocabulary.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace kt {
namespace {

using Pointer = nlohmann::json::json_pointer;

// One question of the intake contract's vocabulary, with the kind and codes it must have.
struct ContractQuestion {
    std::string id;
    QuestionKind kind = QuestionKind::Choice;
    std::vector<std::string> codes; // choice and multi: each must be an option
    double min = 0;                 // number
    double max = 0;
};

struct ContractVocabulary {
    std::vector<ContractQuestion> questions;
    std::vector<std::string> conditions;
};

ContractVocabulary parseVocabulary(const nlohmann::json& document) {
    ContractVocabulary vocabulary;
    for (const nlohmann::json& entry : document.at("questions")) {
        const std::string kind = entry.at("kind").get<std::string>();
        vocabulary.questions.push_back({entry.at("id").get<std::string>(),
                                        kindFromName(kind).value(),
                                        entry.value("codes", std::vector<std::string>{}),
                                        entry.value("min", 0.0), entry.value("max", 0.0)});
    }
    vocabulary.conditions = document.at("conditions").get<std::vector<std::string>>();
    return vocabulary;
}

// The vocabulary compiled into the program, never a data directory's copy (see CMakeLists.txt).
// Its text comes with the build and every test that checks the contract parses it, so a fault
// in it fails the tests before a release: the exception it would throw is never a user's to read.
const ContractVocabulary& contractVocabulary() {
    static const ContractVocabulary vocabulary =
        parseVocabulary(nlohmann::json::parse(kContractVocabularyJson));
    return vocabulary;
}

void checkQuestion(const KnowledgeBase& kb, const ContractQuestion& wanted,
                   const JsonDocument& document, Problems& problems) {
    const auto index = kb.findQuestion(wanted.id);
    if (!index) {
        problems.push_back(
            document.problemAt(Pointer("/questions"), "contract question '" + wanted.id +
                                                          "' is missing; expected it in the flow"));
        return;
    }
    const Question& question = kb.questions[*index];
    const Pointer at = Pointer("/questions") / *index;
    if (question.kind != wanted.kind) {
        problems.push_back(document.problemAt(
            at / "kind", "question '" + question.id + "' is " +
                             std::string(kindName(question.kind)) + "; the contract expects " +
                             std::string(kindName(wanted.kind))));
        return;
    }
    for (const std::string& code : wanted.codes) {
        if (!question.optionIndex(code)) {
            problems.push_back(
                document.problemAt(at / "options", "question '" + question.id +
                                                       "' lacks the contract code '" + code + "'"));
        }
    }
    if (wanted.kind == QuestionKind::Number &&
        (question.min != wanted.min || question.max != wanted.max)) {
        problems.push_back(document.problemAt(
            at, "question '" + question.id + "' has range " + std::to_string(question.min) +
                    " .. " + std::to_string(question.max) + "; the contract expects " +
                    std::to_string(wanted.min) + " .. " + std::to_string(wanted.max)));
    }
}

// Content every shipped entity must carry: a source, and text a runner can read.
void checkContent(const KnowledgeBase& kb, const EntityPlaces& places, Problems& problems) {
    for (std::size_t i = 0; i < kb.conditions.size(); ++i) {
        const Condition& condition = kb.conditions[i];
        const Pointer at = Pointer("/conditions") / i;
        if (condition.sources.empty()) {
            problems.push_back(places.conditions->problemAt(
                at, "condition '" + condition.id + "' cites no source; expected at least one"));
        }
        if (condition.text.description.empty()) {
            problems.push_back(places.conditions->problemAt(
                at, "condition '" + condition.id +
                        "' has no entry in content/conditions.json; expected its text"));
        }
        if (!condition.disposition) {
            problems.push_back(places.conditions->problemAt(
                at, "condition '" + condition.id + "' has no disposition; expected one"));
        }
        const bool acute = condition.disposition && *condition.disposition <= Disposition::Urgent;
        if (acute && !condition.exercises.empty()) {
            problems.push_back(places.conditions->problemAt(
                at, "condition '" + condition.id + "' is " +
                        std::string(dispositionId(*condition.disposition)) + " but exercise '" +
                        kb.exercises[condition.exercises.front()].id +
                        "' serves it; expected no exercises for an urgent condition"));
        }
    }
    for (std::size_t i = 0; i < kb.warningSigns.size(); ++i) {
        if (kb.warningSigns[i].sources.empty()) {
            problems.push_back(places.redFlags->problemAt(
                Pointer("/red_flags") / i,
                "red flag '" + kb.warningSigns[i].id + "' cites no source; expected at least one"));
        }
    }
    for (const Advice& advice : kb.advice) {
        if (advice.sources.empty()) {
            problems.push_back(
                Problem{kb.dataDirectory + "/content/advice.json",
                        0,
                        0,
                        {},
                        "advice '" + advice.id + "' cites no source; expected at least one"});
        }
    }
    for (const Exercise& exercise : kb.exercises) {
        if (exercise.sources.empty()) {
            problems.push_back(
                Problem{kb.dataDirectory + "/content/exercises.json",
                        0,
                        0,
                        {},
                        "exercise '" + exercise.id + "' cites no source; expected at least one"});
        }
    }
}

// Does `trigger` fire on an open (unanswered or unsure) `question`: by itself, or together with
// the condition under which the question is asked at all (an "all" holding the open leaf)?
bool firesWhenOpen(const Rule& trigger, std::size_t question) {
    if (trigger.op == Rule::Op::Any || trigger.op == Rule::Op::All) {
        return std::any_of(trigger.children.begin(), trigger.children.end(),
                           [&](const Rule& child) { return firesWhenOpen(child, question); });
    }
    return trigger.op == Rule::Op::Unknown && trigger.question == question;
}

// The contract: "unsure" or no answer to a safety question never allows self-care. Each safety
// question needs a flag that fires on it being open and sends the person to be seen.
void checkOpenSafetyQuestionsAreSeen(const KnowledgeBase& kb, const EntityPlaces& places,
                                     Problems& problems) {
    for (std::size_t i = 0; i < kb.questions.size(); ++i) {
        const Question& question = kb.questions[i];
        if (question.section != "safety" || question.retired()) {
            continue;
        }
        const bool covered = std::any_of(kb.warningSigns.begin(), kb.warningSigns.end(),
                                         [&](const WarningSign& flag) {
                                             return flag.disposition <= Disposition::SeeClinician &&
                                                    firesWhenOpen(flag.trigger, i);
                                         });
        if (!covered) {
            problems.push_back(places.redFlags->problemAt(
                Pointer("/red_flags"),
                "no flag fires when safety question '" + question.id +
                    "' is unsure or unanswered; expected one that sends the person to be "
                    "seen (the contract never allows self-care then)"));
        }
    }
}

} // namespace

void checkContract(const KnowledgeBase& kb, const EntityPlaces& places, Problems& problems) {
    const ContractVocabulary& vocabulary = contractVocabulary();
    for (const ContractQuestion& question : vocabulary.questions) {
        checkQuestion(kb, question, *places.questions, problems);
    }
    for (const std::string& id : vocabulary.conditions) {
        const bool present =
            std::any_of(kb.conditions.begin(), kb.conditions.end(),
                        [&](const Condition& condition) { return condition.id == id; });
        if (!present) {
            problems.push_back(places.conditions->problemAt(
                Pointer("/conditions"), "contract condition '" + id + "' is missing"));
        }
    }
    checkContent(kb, places, problems);
    checkOpenSafetyQuestionsAreSeen(kb, places, problems);
}

} // namespace kt
