#include "kb/flow_graph.h"
#include "kneetriage/fhir/fhir.h"

#include <algorithm>
#include <bit>
#include <optional>
#include <stdexcept>

namespace kt {
namespace {

using nlohmann::json;

// One enableWhen condition.
struct Leaf {
    std::size_t question = 0;
    std::string op; // "=", "!=", ">=", "<=", "exists"
    std::optional<std::size_t> option;
    double number = 0;
    bool exists = false;
    friend bool operator==(const Leaf&, const Leaf&) = default;
};

// A condition in disjunctive normal form: any of the conjunctions. {{}} is "always".
using Conjunction = std::vector<Leaf>;
using Dnf = std::vector<Conjunction>;

const Dnf kAlways{{}};

Dnf both(const Dnf& a, const Dnf& b) {
    Dnf product;
    for (const Conjunction& left : a) {
        for (const Conjunction& right : b) {
            Conjunction joined = left;
            for (const Leaf& leaf : right) {
                if (std::find(joined.begin(), joined.end(), leaf) == joined.end()) {
                    joined.push_back(leaf);
                }
            }
            product.push_back(std::move(joined));
        }
    }
    return product;
}

Dnf either(Dnf a, const Dnf& b) {
    if (a == kAlways || b == kAlways) {
        return kAlways;
    }
    for (const Conjunction& conjunction : b) {
        if (std::find(a.begin(), a.end(), conjunction) == a.end()) {
            a.push_back(conjunction);
        }
    }
    return a;
}

// The answers that leave an unknown leaf unknown: none given, or "unsure" to a yes/no question.
Dnf unknownAnswer(const KnowledgeBase& kb, std::size_t question) {
    Dnf unknown{{Leaf{question, "exists", std::nullopt, 0, false}}};
    if (kb.questions[question].kind == QuestionKind::YesNo) {
        unknown.push_back({Leaf{question, "=", kb.questions[question].options.size(), 0, false}});
    }
    return unknown;
}

// The rule as enableWhen conditions. `notFalse`: when the rule is true or unknown, which is
// when the engine asks a question with an ask_if.
Dnf ruleToDnf(const KnowledgeBase& kb, const Rule& rule, bool notFalse) {
    switch (rule.op) {
    case Rule::Op::All: {
        Dnf result = kAlways;
        for (const Rule& child : rule.children) {
            result = both(result, ruleToDnf(kb, child, notFalse));
        }
        return result;
    }
    case Rule::Op::Any: {
        Dnf result;
        for (const Rule& child : rule.children) {
            result = either(result, ruleToDnf(kb, child, notFalse));
        }
        return result;
    }
    case Rule::Op::Not: {
        const Rule& child = rule.children.front();
        if (child.op != Rule::Op::OneOf || std::popcount(child.options) != 1 || child.orUnknown ||
            notFalse) {
            throw std::runtime_error("this 'not' rule cannot be written as FHIR enableWhen");
        }
        return {{Leaf{child.question,
                      "!=", static_cast<std::size_t>(std::countr_zero(child.options)), 0, false}}};
    }
    case Rule::Op::OneOf:
    case Rule::Op::Has: {
        Dnf result;
        for (std::size_t option = 0; option < kb.questions[rule.question].options.size();
             ++option) {
            if ((rule.options >> option) & 1U) {
                result.push_back({Leaf{rule.question, "=", option, 0, false}});
            }
        }
        return rule.orUnknown || notFalse ? either(result, unknownAnswer(kb, rule.question))
                                          : result;
    }
    case Rule::Op::Unknown:
        return unknownAnswer(kb, rule.question);
    case Rule::Op::InRange: {
        const Question& question = kb.questions[rule.question];
        Conjunction bounds;
        if (rule.min > question.min) {
            bounds.push_back(Leaf{rule.question, ">=", std::nullopt, rule.min, false});
        }
        if (rule.max < question.max) {
            bounds.push_back(Leaf{rule.question, "<=", std::nullopt, rule.max, false});
        }
        const Dnf result{bounds};
        return rule.orUnknown || notFalse ? either(result, unknownAnswer(kb, rule.question))
                                          : result;
    }
    }
    return kAlways;
}

// Is `question` on every path from the start? Then it is always passed through.
bool onEveryPath(const KnowledgeBase& kb, std::size_t question) {
    return question == kb.start || !reachFrom(kb, kb.start, question).end;
}

class EnableWhenBuilder {
  public:
    explicit EnableWhenBuilder(const KnowledgeBase& kb) : kb_(kb), passes_(kb.questions.size()) {}

    // When the flow passes through `question` (asked, or skipped by its ask_if).
    const Dnf& passes(std::size_t question) {
        if (passes_[question]) {
            return *passes_[question];
        }
        Dnf condition;
        if (onEveryPath(kb_, question)) {
            condition = kAlways;
        } else {
            for (std::size_t from = 0; from < kb_.questions.size(); ++from) {
                const Dnf edge = edgeCondition(from, question);
                if (!edge.empty()) {
                    condition = either(condition, both(passes(from), edge));
                }
            }
        }
        passes_[question] = condition;
        return *passes_[question];
    }

    Dnf asked(std::size_t question) {
        const Question& q = kb_.questions[question];
        return q.askIf ? both(passes(question), ruleToDnf(kb_, *q.askIf, true)) : passes(question);
    }

  private:
    // When the flow goes from `from` straight to `to`; empty when it never does.
    Dnf edgeCondition(std::size_t from, std::size_t to) const {
        const Question& question = kb_.questions[from];
        const bool unknownLeads = question.next.unknown == to;
        Dnf condition;
        bool everyAnswerLeads = true;
        if (question.kind == QuestionKind::Choice || question.kind == QuestionKind::YesNo) {
            for (std::size_t option = 0; option < question.next.byOption.size(); ++option) {
                if (question.next.byOption[option] == to) {
                    condition.push_back({Leaf{from, "=", option, 0, false}});
                } else {
                    everyAnswerLeads = false;
                }
            }
        } else if (question.next.answered == to) {
            condition.push_back({Leaf{from, "exists", std::nullopt, 0, true}});
        } else {
            everyAnswerLeads = false;
        }
        if (!unknownLeads) {
            return condition;
        }
        if (everyAnswerLeads) {
            return kAlways;
        }
        // Unanswered or skipped: no answer in the response; "unsure" is an answer there.
        condition = either(condition, {{Leaf{from, "exists", std::nullopt, 0, false}}});
        if (question.kind == QuestionKind::YesNo) {
            condition = either(condition, {{Leaf{from, "=", question.options.size(), 0, false}}});
        }
        return condition;
    }

    const KnowledgeBase& kb_;
    std::vector<std::optional<Dnf>> passes_;
};

json coding(const Question& question, std::size_t option) {
    return {{"system", kFhirAnswerSystem},
            {"code", question.options[option].code},
            {"display", question.options[option].label}};
}

json enableWhenItem(const KnowledgeBase& kb, const Leaf& leaf) {
    const Question& question = kb.questions[leaf.question];
    json item{{"question", question.id}, {"operator", leaf.op}};
    if (leaf.op == "exists") {
        item["answerBoolean"] = leaf.exists;
    } else if (leaf.option) {
        const bool unsure = *leaf.option == question.options.size();
        item["answerCoding"] = {
            {"system", kFhirAnswerSystem},
            {"code", unsure ? std::string("unsure") : question.options[*leaf.option].code}};
    } else if (question.wholeNumber) {
        item["answerInteger"] = static_cast<long long>(leaf.number);
    } else {
        item["answerDecimal"] = leaf.number;
    }
    return item;
}

void addEnableWhen(const KnowledgeBase& kb, const Question& question, const Dnf& condition,
                   json& item) {
    if (condition == kAlways || condition.empty()) {
        return;
    }
    json enableWhen = json::array();
    const bool singleConjunction = condition.size() == 1;
    const bool singleLeaves =
        std::all_of(condition.begin(), condition.end(),
                    [](const Conjunction& conjunction) { return conjunction.size() == 1; });
    if (singleConjunction) {
        for (const Leaf& leaf : condition.front()) {
            enableWhen.push_back(enableWhenItem(kb, leaf));
        }
        item["enableBehavior"] = "all";
    } else if (singleLeaves) {
        for (const Conjunction& conjunction : condition) {
            enableWhen.push_back(enableWhenItem(kb, conjunction.front()));
        }
        item["enableBehavior"] = "any";
    } else {
        throw std::runtime_error(
            "question '" + question.id +
            "' is reached under conditions FHIR enableWhen cannot express (any of all)");
    }
    item["enableWhen"] = enableWhen;
}

// The item for one question, without its enableWhen.
json questionItem(const Question& question) {
    json item{{"linkId", question.id}, {"text", question.text}, {"required", false}};
    switch (question.kind) {
    case QuestionKind::Number:
        item["type"] = question.wholeNumber ? "integer" : "decimal";
        item["extension"] =
            json::array({{{"url", "http://hl7.org/fhir/StructureDefinition/minValue"},
                          {question.wholeNumber ? "valueInteger" : "valueDecimal", question.min}},
                         {{"url", "http://hl7.org/fhir/StructureDefinition/maxValue"},
                          {question.wholeNumber ? "valueInteger" : "valueDecimal", question.max}}});
        break;
    case QuestionKind::Multi:
    case QuestionKind::Choice:
    case QuestionKind::YesNo: {
        item["type"] = "choice";
        json options = json::array();
        for (std::size_t option = 0; option < question.options.size(); ++option) {
            options.push_back({{"valueCoding", coding(question, option)}});
        }
        if (question.kind == QuestionKind::YesNo) {
            options.push_back(
                {{"valueCoding",
                  {{"system", kFhirAnswerSystem}, {"code", "unsure"}, {"display", "Not sure"}}}});
        }
        if (question.kind == QuestionKind::Multi && !question.optionIndex(kNoneCode)) {
            // "None of these" is an answer, different from no answer at all.
            options.push_back({{"valueCoding",
                                {{"system", kFhirAnswerSystem},
                                 {"code", "none"},
                                 {"display", "None of these"}}}});
        }
        if (question.kind == QuestionKind::Multi) {
            item["repeats"] = true;
        }
        item["answerOption"] = options;
        break;
    }
    }
    return item;
}

} // namespace

json fhirQuestionnaire(const KnowledgeBase& kb) {
    EnableWhenBuilder builder(kb);
    json items = json::array();
    for (std::size_t index = 0; index < kb.questions.size(); ++index) {
        const Question& question = kb.questions[index];
        if (question.retired()) {
            continue; // never asked; a response from an older form may still answer it
        }
        json item = questionItem(question);
        addEnableWhen(kb, question, builder.asked(index), item);
        items.push_back(item);
    }
    return {{"resourceType", "Questionnaire"},
            {"id", kb.id},
            {"url", "urn:kneetriage:questionnaire:" + kb.id},
            {"version", kb.version},
            {"name", "KneeTriageIntake"},
            {"title", "KneeTriage knee pain intake"},
            {"status", "active"},
            {"subjectType", json::array({"Patient"})},
            {"description",
             "Knee pain after running: safety screen, where it hurts, onset and symptoms. "
             "Generated from the KneeTriage knowledge base."},
            {"item", items}};
}

} // namespace kt
