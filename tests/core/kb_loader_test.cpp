#include "test_support.h"

#include <algorithm>
#include <fstream>
#include <gtest/gtest.h>

namespace kt {
namespace {

using nlohmann::json;
using test::describeAll;
using test::KbCopy;

::testing::AssertionResult reports(const LoadResult& result, const std::string& expected) {
    if (!std::holds_alternative<Problems>(result)) {
        return ::testing::AssertionFailure()
               << "loaded, but expected a problem containing: " << expected;
    }
    const std::string all = describeAll(result);
    if (all.find(expected) == std::string::npos) {
        return ::testing::AssertionFailure() << "no problem contains \"" << expected << "\"; got:\n"
                                             << all;
    }
    return ::testing::AssertionSuccess();
}

const Problem& onlyProblemContaining(const LoadResult& result, const std::string& text) {
    for (const Problem& problem : std::get<Problems>(result)) {
        if (problem.describe().find(text) != std::string::npos) {
            return problem;
        }
    }
    throw std::runtime_error("no problem contains " + text);
}

TEST(KbLoader, LoadsTheMiniKnowledgeBaseWithItsFlowResolved) {
    const KbCopy kb;
    const LoadResult result = kb.load();
    ASSERT_TRUE(std::holds_alternative<KnowledgeBase>(result)) << describeAll(result);
    const KnowledgeBase& loaded = std::get<KnowledgeBase>(result);
    EXPECT_EQ(loaded.id, "mini");
    EXPECT_EQ(loaded.questions.size(), 6U);
    const Question& where = loaded.questions[*loaded.findQuestion("where")];
    EXPECT_EQ(where.next.byOption[0], *loaded.findQuestion("front_spot"));
    EXPECT_EQ(where.next.byOption[1], *loaded.findQuestion("stairs"));
    EXPECT_EQ(where.next.unknown, *loaded.findQuestion("stairs"));
    ASSERT_EQ(loaded.conditions[0].exercises.size(), 1U);
    EXPECT_EQ(loaded.exercises[loaded.conditions[0].exercises[0]].id, "wall_sit");
}

// The ids of the `key` array in a shipped data file, read as plain JSON.
std::vector<std::string> idsInDataFile(const std::string& file, const std::string& key) {
    std::ifstream in(std::string(KT_DATA_DIR) + "/" + file);
    const json document = json::parse(in);
    std::vector<std::string> ids;
    for (const json& entry : document.at(key)) {
        ids.push_back(entry.at("id"));
    }
    return ids;
}

template <typename Entity> std::vector<std::string> idsOf(const std::vector<Entity>& entities) {
    std::vector<std::string> ids;
    for (const Entity& entity : entities) {
        ids.push_back(entity.id);
    }
    return ids;
}

TEST(KbLoader, ShippedKnowledgeBaseLoadsEveryEntryOfItsFiles) {
    const LoadResult result = loadKnowledgeBase(KT_DATA_DIR);
    ASSERT_TRUE(std::holds_alternative<KnowledgeBase>(result)) << describeAll(result);
    const KnowledgeBase& kb = std::get<KnowledgeBase>(result);
    EXPECT_EQ(idsOf(kb.questions), idsInDataFile("kb/questions.json", "questions"));
    EXPECT_EQ(idsOf(kb.conditions), idsInDataFile("kb/conditions.json", "conditions"));
    EXPECT_EQ(idsOf(kb.warningSigns), idsInDataFile("kb/red_flags.json", "red_flags"));
}

// The condition ids of the intake contract, vocabulary 1.1: a knowledge base may add
// conditions, but one that drops any of these breaks every reader of its results. (The hazard
// log cites this test by name.)
TEST(KbLoader, ShippedKnowledgeBaseMeetsTheContract) {
    const LoadResult result = loadKnowledgeBase(KT_DATA_DIR);
    ASSERT_TRUE(std::holds_alternative<KnowledgeBase>(result)) << describeAll(result);
    const std::vector<std::string> shipped = idsOf(std::get<KnowledgeBase>(result).conditions);
    for (const char* contract : {"patellofemoral_pain",
                                 "patellar_tendinopathy",
                                 "quadriceps_tendinopathy",
                                 "prepatellar_bursitis",
                                 "osgood_schlatter",
                                 "fat_pad_impingement",
                                 "itb_syndrome",
                                 "lateral_meniscus_tear",
                                 "lcl_sprain",
                                 "pes_anserine_bursitis",
                                 "medial_meniscus_tear",
                                 "mcl_sprain",
                                 "bakers_cyst",
                                 "hamstring_tendinopathy",
                                 "popliteus_tendinopathy",
                                 "gastrocnemius_strain",
                                 "acl_injury",
                                 "pcl_injury",
                                 "knee_osteoarthritis",
                                 "patellar_dislocation",
                                 "stress_fracture",
                                 "fracture",
                                 "septic_arthritis",
                                 "dvt",
                                 "referred_hip_pain",
                                 "extensor_mechanism_rupture",
                                 "knee_dislocation",
                                 "compartment_syndrome",
                                 "crystal_arthritis",
                                 "inflammatory_arthritis",
                                 "bone_tumour",
                                 "osteochondritis_dissecans",
                                 "sinding_larsen_johansson"}) {
        EXPECT_NE(std::find(shipped.begin(), shipped.end(), contract), shipped.end())
            << "contract condition " << contract << " is missing";
    }
}

TEST(KbLoader, SyntaxErrorNamesFileLineAndColumn) {
    const KbCopy kb;
    kb.write("kb/questions.json", "{\n  \"questions\": [\n    {\"id\": \"danger\",, }\n  ]\n}\n");
    const LoadResult result = kb.load();
    ASSERT_TRUE(reports(result, "questions.json:3:21: invalid JSON"));
}

TEST(KbLoader, WrongTypeSaysWhatWasFoundAndExpected) {
    const KbCopy kb;
    kb.edit("kb/questions.json", [](json& document) { document["questions"][1]["text"] = 42; });
    const LoadResult result = kb.load();
    ASSERT_TRUE(reports(result, "at /questions/1/text: found a number, expected a string"));
}

// The words a result reads in come from the knowledge base: every score must have words, and
// the sentence for an overtaken timing must say both timings.
TEST(KbLoader, ResultWordsCoverEveryScoreAndSayBothTimings) {
    {
        const KbCopy kb;
        const KnowledgeBase loaded = std::get<KnowledgeBase>(kb.load());
        EXPECT_EQ(loaded.likelihoodWords(0.9), "Likely");
        EXPECT_EQ(loaded.likelihoodWords(0.75), "Likely");
        EXPECT_EQ(loaded.likelihoodWords(0.6), "Possible");
        EXPECT_EQ(loaded.likelihoodWords(0.0), "Less likely");
    }
    const KbCopy kb;
    kb.edit("kb/kb.json", [](json& document) {
        document["words"]["likelihood"] = json::array(
            {{{"from", 0.5}, {"words", "Possible"}}, {{"from", 0.75}, {"words", "Likely"}}});
        document["words"]["follow_the_top_first"] = "Follow the advice at the top.";
        document["pain_rating_question"] = "where";
    });
    const LoadResult result = kb.load();
    EXPECT_TRUE(reports(result, "at /words/likelihood/1/from: expected a score from 0 to 1, "
                                "lower than the band before it"));
    EXPECT_TRUE(reports(result, "at /words/likelihood: expected bands from the highest score "
                                "down, the last from 0"));
    EXPECT_TRUE(reports(result, "at /words/follow_the_top_first: expected a sentence with both "
                                "{top}"));
    EXPECT_TRUE(reports(result, "at /pain_rating_question: found 'where', expected the id of a "
                                "number question"));
}

TEST(KbLoader, ProblemLineAndColumnPointAtTheValue) {
    const KbCopy kb;
    kb.write("kb/kb.json",
             "{\n  \"format\": \"kneetriage.kb/1\",\n  \"id\": \"mini\",\n  \"version\": 7,\n"
             "  \"start\": \"danger\"\n}\n");
    const LoadResult result = kb.load();
    const Problem& problem = onlyProblemContaining(result, "/version");
    EXPECT_EQ(problem.line, 4);
    EXPECT_EQ(problem.column, 14);
    EXPECT_EQ(problem.pointer, "/version");
}

TEST(KbLoader, UnknownQuestionInARuleGetsDidYouMean) {
    const KbCopy kb;
    kb.edit("kb/conditions.json", [](json& document) {
        document["conditions"][0]["features"][0]["if"]["q"] = "frnt_spot";
    });
    ASSERT_TRUE(reports(kb.load(), "unknown question 'frnt_spot' (did you mean 'front_spot'?)"));
}

TEST(KbLoader, UnknownCodeListsTheCodesExpected) {
    const KbCopy kb;
    kb.edit("kb/conditions.json", [](json& document) {
        document["conditions"][0]["features"][0]["if"]["is"] = "kneecapp";
    });
    ASSERT_TRUE(reports(
        kb.load(), "unknown code 'kneecapp' for question 'front_spot' (did you mean 'kneecap'?); "
                   "expected one of: kneecap, tendon"));
}

TEST(KbLoader, DuplicateIdIsReported) {
    const KbCopy kb;
    kb.edit("kb/questions.json", [](json& document) { document["questions"][2]["id"] = "age"; });
    ASSERT_TRUE(reports(kb.load(), "at /questions/2/id: duplicate question id 'age'"));
}

TEST(KbLoader, DanglingNextIsReported) {
    const KbCopy kb;
    kb.edit("kb/questions.json",
            [](json& document) { document["questions"][4]["next"] = "nowhere"; });
    ASSERT_TRUE(reports(kb.load(), "at /questions/4/next: unknown question 'nowhere'"));
}

TEST(KbLoader, UnreachableQuestionIsReported) {
    const KbCopy kb;
    kb.edit("kb/questions.json", [](json& document) {
        document["questions"].push_back({{"id", "orphan"},
                                         {"section", "symptoms"},
                                         {"kind", "yesno"},
                                         {"text", "Orphan?"},
                                         {"next", "end"}});
    });
    ASSERT_TRUE(
        reports(kb.load(), "question 'orphan' cannot be reached from the start question 'danger'"));
}

TEST(KbLoader, CycleIsReportedAsItsChain) {
    const KbCopy kb;
    kb.edit("kb/questions.json",
            [](json& document) { document["questions"][5]["next"] = "stairs"; });
    ASSERT_TRUE(reports(kb.load(), "cycle in the flow: stairs -> twist -> stairs"));
}

TEST(KbLoader, AnswerCodeThatNoBranchHandlesIsReported) {
    const KbCopy kb;
    kb.edit("kb/questions.json", [](json& document) {
        document["questions"][2]["next"] = {{"on", {{"front", "front_spot"}}}};
    });
    const LoadResult result = kb.load();
    EXPECT_TRUE(reports(result, "answer code 'side' of question 'where' is handled by no branch"));
    EXPECT_TRUE(
        reports(result, "an unanswered or unsure answer to 'where' is handled by no branch"));
}

TEST(KbLoader, ConditionWithNoPathToItIsReported) {
    const KbCopy kb;
    kb.edit("kb/questions.json", [](json& document) {
        document["questions"].push_back({{"id", "hidden"},
                                         {"section", "symptoms"},
                                         {"kind", "yesno"},
                                         {"text", "Hidden?"},
                                         {"next", "end"}});
    });
    kb.edit("kb/conditions.json", [](json& document) {
        document["conditions"][1]["features"][0]["if"] = {{"q", "hidden"}, {"is", "yes"}};
    });
    ASSERT_TRUE(reports(kb.load(), "condition 'tendon_pain' has no path to it"));
}

TEST(KbLoader, UnknownMemberGetsDidYouMean) {
    const KbCopy kb;
    kb.edit("kb/red_flags.json", [](json& document) {
        document["red_flags"][0]["advise"] = document["red_flags"][0]["advice"];
        document["red_flags"][0].erase("advice");
    });
    const LoadResult result = kb.load();
    EXPECT_TRUE(reports(result, "unknown member \"advise\" (did you mean 'advice'?)"));
    EXPECT_TRUE(reports(result, "missing member \"advice\"; expected a string"));
}

TEST(KbLoader, UnknownRuleOperatorIsRejected) {
    const KbCopy kb;
    kb.edit("kb/red_flags.json", [](json& document) {
        document["red_flags"][1]["trigger"]["all"][1] = {{"q", "age"}, {"gt", 30}};
    });
    const LoadResult result = kb.load();
    EXPECT_TRUE(reports(result, "unknown member \"gt\""));
    EXPECT_TRUE(reports(result, "expected exactly one operator"));
}

TEST(KbLoader, OperatorThatDoesNotFitTheQuestionKindIsRejected) {
    const KbCopy kb;
    kb.edit("kb/conditions.json", [](json& document) {
        document["conditions"][0]["features"][1]["if"] = {{"q", "stairs"}, {"is", "down"}};
    });
    ASSERT_TRUE(reports(
        kb.load(), "operator \"is\" does not fit multi question 'stairs'; expected a choice or "
                   "yesno question"));
}

TEST(KbLoader, SafetyQuestionAfterTheScreenIsReported) {
    const KbCopy kb;
    kb.edit("kb/questions.json",
            [](json& document) { document["questions"][5]["section"] = "safety"; });
    ASSERT_TRUE(reports(kb.load(), "safety-screen question 'twist' comes after 'stairs'"));
}

TEST(KbLoader, AskIfThatLooksAheadIsReported) {
    const KbCopy kb;
    kb.edit("kb/questions.json", [](json& document) {
        document["questions"][1]["ask_if"] = {{"q", "stairs"}, {"has", "up"}};
    });
    ASSERT_TRUE(reports(kb.load(), "ask_if of 'age' uses 'stairs', which is not asked before it"));
}

TEST(KbLoader, ReportsProblemsInSeveralFilesAtOnce) {
    const KbCopy kb;
    kb.edit("kb/questions.json",
            [](json& document) { document["questions"][0]["kind"] = "yes_no"; });
    kb.edit("kb/red_flags.json",
            [](json& document) { document["red_flags"][0]["disposition"] = "asap"; });
    kb.write("content/advice.json", "{\"advice\": [");
    const LoadResult result = kb.load();
    EXPECT_TRUE(reports(result, "advice.json:1:13: invalid JSON"));
    EXPECT_TRUE(reports(result, "unknown kind 'yes_no' (did you mean 'yesno'?)"));
    EXPECT_TRUE(reports(result, "unknown disposition 'asap'"));
    EXPECT_FALSE(
        reports(result, "unknown advice")); // the unreadable file is reported once, not per use
}

TEST(KbLoader, MissingFileAndDirectoryAreNamed) {
    const KbCopy kb;
    std::filesystem::remove(kb.path() / "kb/red_flags.json");
    std::filesystem::create_directory(kb.path() / "kb/red_flags.json");
    EXPECT_TRUE(reports(kb.load(), "red_flags.json: is a directory; expected a JSON file"));
    std::filesystem::remove(kb.path() / "kb/red_flags.json");
    EXPECT_TRUE(reports(kb.load(), "red_flags.json: cannot open: no such file"));
}

TEST(KbLoader, ContractCheckFindsAMissingQuestionAndCondition) {
    const KbCopy kb(KT_DATA_DIR);
    kb.edit("kb/conditions.json", [](json& document) { document["conditions"].erase(0); });
    const LoadResult result = kb.load(true);
    EXPECT_TRUE(reports(result, "contract condition 'patellofemoral_pain' is missing"));
}

// The vocabulary is the program's promise: a data directory that drops a contract condition from
// its own copy of kb/contract.json is still held to the vocabulary the program was built with.
TEST(KbLoader, ContractCheckIgnoresAVocabularyEditedInTheDataDirectory) {
    const KbCopy kb(KT_DATA_DIR);
    const auto dropPatellofemoralPain = [](json& list) {
        list.erase(std::remove_if(list.begin(), list.end(),
                                  [](const json& entry) {
                                      return entry == "patellofemoral_pain" ||
                                             (entry.is_object() &&
                                              entry.value("id", "") == "patellofemoral_pain");
                                  }),
                   list.end());
    };
    kb.edit("kb/contract.json",
            [&](json& document) { dropPatellofemoralPain(document["conditions"]); });
    kb.edit("kb/conditions.json",
            [&](json& document) { dropPatellofemoralPain(document["conditions"]); });
    EXPECT_TRUE(reports(kb.load(true), "contract condition 'patellofemoral_pain' is missing"));
}

TEST(KbLoader, ContractCheckRefusesExercisesForAnUrgentCondition) {
    const KbCopy kb(KT_DATA_DIR);
    kb.edit("content/programmes.json", [](json& document) {
        document["programmes"].push_back(
            {{"condition", "fracture"},
             {"stages",
              {{{"name", "Stage 1"},
                {"goal", "Load the knee."},
                {"exercises", {"wall_sit"}},
                {"sources", {{{"title", "t"}, {"doi", "10.1/x"}}}}}}}});
    });
    ASSERT_TRUE(reports(kb.load(true), "condition 'fracture' is urgent but exercise"));
}

TEST(KbLoader, ContractCheckRequiresEveryOpenSafetyQuestionToSendThePersonToBeSeen) {
    const KbCopy kb(KT_DATA_DIR);
    kb.edit("kb/red_flags.json", [](json& document) {
        for (json& flag : document["red_flags"]) {
            if (flag["id"] == "unsure_about_warning_sign") {
                json& leaves = flag["trigger"]["any"];
                leaves.erase(std::remove_if(leaves.begin(), leaves.end(),
                                            [](const json& leaf) {
                                                return leaf.value("q", "") == "fever_unwell";
                                            }),
                             leaves.end());
            }
        }
    });
    ASSERT_TRUE(
        reports(kb.load(true),
                "no flag fires when safety question 'fever_unwell' is unsure or unanswered"));
}

TEST(KbLoader, ContractCheckRequiresASourceForEveryRedFlag) {
    const KbCopy kb(KT_DATA_DIR);
    kb.edit("kb/red_flags.json",
            [](json& document) { document["red_flags"][0]["sources"] = json::array(); });
    ASSERT_TRUE(reports(kb.load(true), "cites no source; expected at least one"));
}

} // namespace
} // namespace kt
