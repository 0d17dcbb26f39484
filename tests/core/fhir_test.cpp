// FHIR R4 export and import: the rules of the two resources, the flow as enableWhen agreeing
// with the engine on every vignette, and the round trip back to the same answers.
#include "kneetriage/engine/flow.h"
#include "kneetriage/fhir/fhir.h"
#include "kneetriage/kb/loader.h"
#include "test_support.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <stdexcept>

namespace kt {
namespace {

using nlohmann::json;

class FhirTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        kb_ = std::make_unique<KnowledgeBase>(
            std::get<KnowledgeBase>(loadKnowledgeBase(KT_DATA_DIR)));
    }
    static Answers answersOf(const json& given) {
        const json document{{"format", "kneetriage.answers/1"}, {"answers", given}};
        const JsonDocument parsed =
            std::get<JsonDocument>(parseJsonText("case", document.dump(), {}));
        return std::get<Answers>(readAnswers(*kb_, parsed));
    }
    static std::vector<json> vignetteAnswers() {
        std::vector<json> all;
        for (const auto& entry : std::filesystem::directory_iterator(KT_VIGNETTE_DIR)) {
            if (entry.path().extension() == ".json") {
                std::ifstream in(entry.path());
                const json document = json::parse(in);
                for (const json& vignette : document.at("vignettes")) {
                    all.push_back(vignette.at("answers"));
                }
            }
        }
        return all;
    }
    static AnswersResult readBack(const json& response) {
        const JsonDocument parsed =
            std::get<JsonDocument>(parseJsonText("response.json", response.dump(2), {}));
        return answersFromFhirResponse(*kb_, parsed);
    }
    static std::unique_ptr<KnowledgeBase> kb_;
};

std::unique_ptr<KnowledgeBase> FhirTest::kb_;

// enableWhen as a FHIR form filler applies it, item by item, over the answers of enabled items.
std::set<std::string> enabledItems(const json& questionnaire, const json& response) {
    std::map<std::string, std::vector<json>> answers;
    for (const json& item : response.at("item")) {
        answers[item.at("linkId")] = item.at("answer").get<std::vector<json>>();
    }
    std::set<std::string> enabled;
    for (const json& item : questionnaire.at("item")) {
        const std::string linkId = item.at("linkId");
        bool on = true;
        if (item.contains("enableWhen")) {
            const bool any = item.at("enableBehavior") == "any";
            on = !any;
            for (const json& condition : item.at("enableWhen")) {
                const std::string question = condition.at("question");
                const std::vector<json> given =
                    enabled.contains(question) ? answers[question] : std::vector<json>{};
                const std::string op = condition.at("operator");
                bool holds = false;
                if (op == "exists") {
                    holds = condition.at("answerBoolean").get<bool>() == !given.empty();
                } else {
                    for (const json& answer : given) {
                        if (condition.contains("answerCoding")) {
                            const bool same = answer.at("valueCoding").at("code") ==
                                              condition.at("answerCoding").at("code");
                            holds = holds || (op == "=" ? same : !same);
                        } else {
                            const double value = answer.begin().value().get<double>();
                            const double bound = condition.contains("answerInteger")
                                                     ? condition.at("answerInteger").get<double>()
                                                     : condition.at("answerDecimal").get<double>();
                            holds = holds || (op == "<=" ? value <= bound : value >= bound);
                        }
                    }
                }
                on = any ? on || holds : on && holds;
            }
        }
        if (on) {
            enabled.insert(linkId);
        }
    }
    return enabled;
}

TEST_F(FhirTest, QuestionnaireFollowsTheResourceRules) {
    const json questionnaire = fhirQuestionnaire(*kb_);
    EXPECT_EQ(questionnaire.at("resourceType"), "Questionnaire");
    EXPECT_EQ(questionnaire.at("status"), "active");
    std::set<std::string> linkIds;
    for (const json& item : questionnaire.at("item")) {
        const std::string linkId = item.at("linkId");
        EXPECT_TRUE(linkIds.insert(linkId).second) << "duplicate linkId " << linkId;
        EXPECT_TRUE(kb_->findQuestion(linkId).has_value()) << linkId;
        if (item.at("type") == "choice") {
            EXPECT_FALSE(item.at("answerOption").empty()) << linkId;
        }
        for (const json& condition : item.value("enableWhen", json::array())) {
            // enableWhen may only refer to an item asked before it.
            EXPECT_TRUE(linkIds.contains(condition.at("question")))
                << linkId << " refers to " << condition.at("question");
        }
    }
    // Every question the flow can ask, and no retired one.
    const auto asked = std::count_if(kb_->questions.begin(), kb_->questions.end(),
                                     [](const Question& question) { return !question.retired(); });
    EXPECT_EQ(linkIds.size(), static_cast<std::size_t>(asked));
    EXPECT_FALSE(linkIds.contains("night_pain_weight_loss"));
}

TEST_F(FhirTest, EnableWhenAsksExactlyWhatTheEngineAsksOnEveryVignette) {
    const json questionnaire = fhirQuestionnaire(*kb_);
    const auto all = vignetteAnswers();
    ASSERT_GE(all.size(), 120U);
    for (const json& given : all) {
        const Answers answers = answersOf(given);
        std::set<std::string> asked;
        for (const std::size_t question :
             walkFlow(*kb_, answers, WalkMode::AllAnswersGiven).asked) {
            asked.insert(kb_->questions[question].id);
        }
        const json response = fhirQuestionnaireResponse(*kb_, answers, "2026-11-27T08:00:00Z");
        EXPECT_EQ(enabledItems(questionnaire, response), asked) << given.dump();
    }
}

TEST_F(FhirTest, ResponseRoundTripsToTheSameAnswers) {
    const auto all = vignetteAnswers();
    ASSERT_GE(all.size(), 120U);
    for (const json& given : all) {
        const Answers answers = answersOf(given);
        const AnswersResult back =
            readBack(fhirQuestionnaireResponse(*kb_, answers, "2026-11-27T08:00:00Z"));
        ASSERT_TRUE(std::holds_alternative<Answers>(back))
            << std::get<Problems>(back).front().describe();
        EXPECT_EQ(std::get<Answers>(back), answers) << given.dump();
    }
}

// Responses written by hand to the FHIR R4 standard (not by our exporter), each beside the
// answers document it must read back to.
class FhirFixture : public FhirTest {
  protected:
    static JsonDocument fixture(const std::string& name) {
        JsonResult read = readJsonFile(std::filesystem::path(KT_TEST_DATA_DIR) / "fhir" / name, {});
        if (!std::holds_alternative<JsonDocument>(read)) {
            throw std::runtime_error(std::get<Problem>(read).describe());
        }
        return std::get<JsonDocument>(std::move(read));
    }
    static Answers expectedAnswers(const std::string& name) {
        AnswersResult read = readAnswers(*kb_, fixture(name));
        if (!std::holds_alternative<Answers>(read)) {
            throw std::runtime_error(std::get<Problems>(read).front().describe());
        }
        return std::get<Answers>(std::move(read));
    }
    static Answers imported(const std::string& name) {
        AnswersResult read = answersFromFhirResponse(*kb_, fixture(name));
        if (!std::holds_alternative<Answers>(read)) {
            throw std::runtime_error(std::get<Problems>(read).front().describe());
        }
        return std::get<Answers>(std::move(read));
    }
    static const AnswerValue& answerTo(const Answers& answers, const std::string& question) {
        return answers[kb_->findQuestion(question).value()];
    }
    static std::size_t optionOf(const std::string& question, const std::string& code) {
        return kb_->questions[kb_->findQuestion(question).value()].optionIndex(code).value();
    }
};

class FhirFixturePair : public FhirFixture, public ::testing::WithParamInterface<const char*> {};

TEST_P(FhirFixturePair, HandWrittenResponseReadsToItsAnswersDocument) {
    const std::string stem = GetParam();
    EXPECT_EQ(imported(stem + ".response.json"), expectedAnswers(stem + ".answers.json"));
}

INSTANTIATE_TEST_SUITE_P(TestsDataFhir, FhirFixturePair,
                         ::testing::Values("every_answer_type", "retired_question"));

TEST_F(FhirFixture, EveryAnswerTypeReadsToItsValue) {
    const Answers answers = imported("every_answer_type.response.json");
    EXPECT_EQ(answerTo(answers, "weight_bearing"),
              AnswerValue(OptionIndex{optionOf("weight_bearing", "painful_but_possible")}));
    EXPECT_EQ(answerTo(answers, "fever_unwell"),
              AnswerValue(OptionIndex{optionOf("fever_unwell", "no")}));
    EXPECT_EQ(answerTo(answers, "calf_pain_swelling"), AnswerValue(Unsure{}));
    EXPECT_EQ(answerTo(answers, "age_years"), AnswerValue(34.0));
    EXPECT_EQ(answerTo(answers, "pain_severity"), AnswerValue(0.0));
    EXPECT_EQ(answerTo(answers, "weekly_distance_km"), AnswerValue(42.5));
    EXPECT_EQ(answerTo(answers, "duration_weeks"), AnswerValue(2.5));
    const std::uint64_t diabetesAndHormones =
        (std::uint64_t{1} << optionOf("medical_history", "diabetes")) |
        (std::uint64_t{1} << optionOf("medical_history", "hormonal_medicine"));
    EXPECT_EQ(answerTo(answers, "medical_history"), AnswerValue(OptionSet{diabetesAndHormones}));
    // "None of these" is an answer, unlike the questions the response leaves out.
    EXPECT_EQ(answerTo(answers, "worse_with"), AnswerValue(OptionSet{}));
    // A coding without a system is read in ours.
    EXPECT_EQ(answerTo(answers, "sex"), AnswerValue(OptionIndex{optionOf("sex", "unsaid")}));
    EXPECT_FALSE(answers.given(kb_->findQuestion("onset").value()));
    EXPECT_FALSE(answers.given(kb_->findQuestion("hot_red_swollen").value()));
}

TEST_F(FhirFixture, ResponseToAnOlderFormKeepsItsRetiredQuestion) {
    const Answers answers = imported("retired_question.response.json");
    ASSERT_TRUE(kb_->questions[kb_->findQuestion("night_pain_weight_loss").value()].retired());
    EXPECT_EQ(answerTo(answers, "night_pain_weight_loss"),
              AnswerValue(OptionIndex{optionOf("night_pain_weight_loss", "yes")}));
    EXPECT_EQ(answerTo(answers, "age_years"), AnswerValue(61.0));
    EXPECT_FALSE(answers.given(kb_->findQuestion("night_pain").value()));
}

TEST_F(FhirTest, EmptyMultiAnswerSurvivesAsNoneOfThese) {
    const Answers answers = answersOf({{"worse_with", json::array()}});
    const json response = fhirQuestionnaireResponse(*kb_, answers, "2026-11-27T08:00:00Z");
    EXPECT_EQ(response.at("item")[0].at("answer")[0].at("valueCoding").at("code"), "none");
    EXPECT_EQ(std::get<Answers>(readBack(response)), answers);
}

// A finished response to our questionnaire holding `items`, as a form filler writes one.
json finishedResponse(json items) {
    return {{"resourceType", "QuestionnaireResponse"},
            {"questionnaire", "urn:kneetriage:questionnaire:knee-runner|1.2.0"},
            {"status", "completed"},
            {"item", std::move(items)}};
}

TEST_F(FhirTest, TwoItemsForOneQuestionAreRefused) {
    const json item{
        {"linkId", "weight_bearing"},
        {"answer", {{{"valueCoding", {{"system", kFhirAnswerSystem}, {"code", "unable"}}}}}}};
    json second = item;
    second["answer"][0]["valueCoding"]["code"] = "normal";
    const AnswersResult result = readBack(finishedResponse({item, second}));
    ASSERT_TRUE(std::holds_alternative<Problems>(result));
    EXPECT_NE(
        std::get<Problems>(result).front().describe().find("'weight_bearing' is answered twice"),
        std::string::npos);
}

TEST_F(FhirTest, ForeignResourcesAndCodesAreRefusedWithTheirPlace) {
    const auto problems = [](const AnswersResult& result) {
        std::string text;
        for (const Problem& problem : std::get<Problems>(result)) {
            text += problem.describe() + "\n";
        }
        return text;
    };
    EXPECT_NE(problems(readBack({{"resourceType", "Patient"}}))
                  .find("found 'Patient', expected 'QuestionnaireResponse'"),
              std::string::npos);
    EXPECT_NE(problems(readBack({{"resourceType", "QuestionnaireResponse"},
                                 {"questionnaire", "http://example.org/phq9"}}))
                  .find("expected a response to 'urn:kneetriage:questionnaire:knee-runner'"),
              std::string::npos);
    const json unknownItem = finishedResponse(
        {{{"linkId", "pain_locaton"}, {"answer", {{{"valueCoding", {{"code", "front"}}}}}}}});
    EXPECT_NE(problems(readBack(unknownItem))
                  .find("at /item/0/linkId: unknown question 'pain_locaton' (did you mean "
                        "'pain_location'?)"),
              std::string::npos);
    const json wrongSystem = finishedResponse(
        {{{"linkId", "onset"},
          {"answer", {{{"valueCoding", {{"system", "http://snomed.info/sct"}, {"code", "1"}}}}}}}});
    EXPECT_NE(problems(readBack(wrongSystem)).find("found system 'http://snomed.info/sct'"),
              std::string::npos);
    const json outOfRange =
        finishedResponse({{{"linkId", "age_years"}, {"answer", {{{"valueInteger", 250}}}}}});
    EXPECT_NE(problems(readBack(outOfRange)).find("250 is outside 5 .. 100"), std::string::npos);
    const json twoAnswers = finishedResponse(
        {{{"linkId", "onset"},
          {"answer",
           {{{"valueCoding", {{"code", "gradual"}}}}, {{"valueCoding", {{"code", "injury"}}}}}}}});
    EXPECT_NE(problems(readBack(twoAnswers)).find("takes one answer, found 2"), std::string::npos);
}

// Each way a response can be unfinished, foreign or malformed: refused with its place, never
// read in part and never a crash.
TEST_F(FhirTest, OnlyAFinishedWellFormedResponseToThisQuestionnaireIsRead) {
    const json answered{{"linkId", "age_years"}, {"answer", {{{"valueInteger", 34}}}}};
    const auto refusal = [this](const json& response) {
        const AnswersResult result = readBack(response);
        if (std::holds_alternative<Answers>(result)) {
            return std::string("accepted");
        }
        std::string text;
        for (const Problem& problem : std::get<Problems>(result)) {
            text += problem.describe() + "\n";
        }
        return text;
    };
    json response = finishedResponse({answered});
    EXPECT_EQ(refusal(response), "accepted");
    response["status"] = "amended";
    EXPECT_EQ(refusal(response), "accepted");
    for (const char* status : {"in-progress", "entered-in-error", "stopped"}) {
        response["status"] = status;
        EXPECT_NE(refusal(response).find("at /status: found status '" + std::string(status) +
                                         "', expected 'completed' or 'amended'"),
                  std::string::npos)
            << status;
    }
    response = finishedResponse({answered});
    response.erase("status");
    EXPECT_NE(refusal(response).find("status"), std::string::npos);
    response = finishedResponse({answered});
    response["questionnaire"] = "urn:kneetriage:questionnaire:knee-runner-evil|1.2.0";
    EXPECT_NE(refusal(response).find("at /questionnaire: found"), std::string::npos);
    response.erase("questionnaire");
    EXPECT_NE(refusal(response).find("questionnaire"), std::string::npos);
    response = finishedResponse({answered});
    response["authored"] = 12345;
    EXPECT_NE(refusal(response).find("at /authored: found a number"), std::string::npos);
    response["authored"] = "yesterday";
    EXPECT_NE(refusal(response).find("at /authored: found 'yesterday', expected a FHIR dateTime"),
              std::string::npos);
    response["authored"] = "2026-11-30T09:15:00+01:00";
    EXPECT_EQ(refusal(response), "accepted");
    EXPECT_EQ(fhirAuthored(std::get<JsonDocument>(parseJsonText("r", response.dump(), {}))),
              "2026-11-30T09:15:00+01:00");

    const json numberSystem{{"linkId", "onset"},
                            {"answer", {{{"valueCoding", {{"system", 7}, {"code", "gradual"}}}}}}};
    EXPECT_NE(refusal(finishedResponse({numberSystem}))
                  .find("at /item/0/answer/0/valueCoding/system: found a number"),
              std::string::npos);
    const json fraction{{"linkId", "age_years"}, {"answer", {{{"valueInteger", 34.5}}}}};
    EXPECT_NE(refusal(finishedResponse({fraction})), "accepted");
    const json twoNumbers{{"linkId", "age_years"},
                          {"answer", {{{"valueInteger", 34}}, {{"valueInteger", 35}}}}};
    EXPECT_NE(refusal(finishedResponse({twoNumbers})).find("takes one answer, found 2"),
              std::string::npos);
    json nested = answered;
    nested["answer"][0]["item"] = {{{"linkId", "pain_location"}}};
    EXPECT_NE(refusal(finishedResponse({nested}))
                  .find("at /item/0/answer/0/item: question 'age_years': found items nested"),
              std::string::npos);
    json group = answered;
    group["item"] = json::array({answered});
    EXPECT_NE(refusal(finishedResponse({group})).find("at /item/0/item:"), std::string::npos);
    // An item without an answer is allowed by FHIR and leaves its question unanswered.
    const AnswersResult unanswered = readBack(finishedResponse({{{"linkId", "age_years"}}}));
    ASSERT_TRUE(std::holds_alternative<Answers>(unanswered));
    EXPECT_FALSE(std::get<Answers>(unanswered).given(kb_->findQuestion("age_years").value()));
}

TEST(FhirCli, StandardInputHasTheSameSizeLimitAsAFile) {
    for (const char* command : {"fhir answers -", "fhir response -"}) {
        const auto run = test::runCli(command, std::string(9U * 1024U * 1024U, ' '));
        EXPECT_EQ(run.exitStatus, 2) << command;
        EXPECT_NE(run.err.find("<stdin>: more than"), std::string::npos)
            << command << ": " << run.err;
    }
}

TEST(FhirCli, QuestionnaireResponseAndAnswersCommands) {
    const auto questionnaire = test::runCli("fhir questionnaire");
    ASSERT_EQ(questionnaire.exitStatus, 0) << questionnaire.err;
    EXPECT_EQ(json::parse(questionnaire.out).at("resourceType"), "Questionnaire");
    const std::string answers =
        R"({"format":"kneetriage.answers/1","answers":{"pain_location":"front","worse_with":["stairs_down"]}})";
    const auto response = test::runCli("fhir response -", answers);
    ASSERT_EQ(response.exitStatus, 0) << response.err;
    const auto back = test::runCli("fhir answers -", response.out);
    ASSERT_EQ(back.exitStatus, 0) << back.err;
    EXPECT_EQ(json::parse(back.out), json::parse(answers));
    const auto bad = test::runCli("fhir answers -", R"({"resourceType":"Observation"})");
    EXPECT_EQ(bad.exitStatus, 2);
    EXPECT_NE(bad.err.find("<stdin>:1:17: at /resourceType: found 'Observation'"),
              std::string::npos)
        << bad.err;
    EXPECT_EQ(test::runCli("fhir").exitStatus, 2);
}

} // namespace
} // namespace kt
