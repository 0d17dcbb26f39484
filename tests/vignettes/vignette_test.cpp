// Runs every clinical vignette in tests/vignettes/*.json through the CLI's own code path
// (triageDocument: answers JSON in, result JSON out) and holds the knowledge base to its
// accuracy thresholds. Prints the figures and the misses, which README reports.
#include "kneetriage/batch.h"
#include "kneetriage/disposition.h"
#include "kneetriage/kb_loader.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace kt {
namespace {

using nlohmann::json;

struct Vignette {
    std::string id;
    std::string file;
    json answers;
    std::string condition;
    std::vector<std::string> top3;
    std::string disposition;
    bool redFlag = false;
};

std::vector<Vignette> readVignettes() {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(KT_VIGNETTE_DIR)) {
        if (entry.path().extension() == ".json") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    std::vector<Vignette> vignettes;
    for (const auto& path : files) {
        std::ifstream stream(path);
        const json document = json::parse(stream);
        for (const json& item : document.at("vignettes")) {
            const json& expected = item.at("expected");
            vignettes.push_back({item.at("id"), path.filename().string(), item.at("answers"),
                                 expected.at("condition"), expected.value("top3", std::vector<std::string>{}),
                                 expected.at("disposition"), expected.value("red_flag", false)});
        }
    }
    return vignettes;
}

class VignetteSuite : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        LoadResult loaded = loadKnowledgeBase(KT_DATA_DIR);
        ASSERT_TRUE(std::holds_alternative<KnowledgeBase>(loaded)) << std::get<Problems>(loaded).front().describe();
        kb_ = new KnowledgeBase(std::move(std::get<KnowledgeBase>(loaded)));
    }
    static void TearDownTestSuite() {
        delete kb_;
        kb_ = nullptr;
    }
    static KnowledgeBase* kb_;
};

KnowledgeBase* VignetteSuite::kb_ = nullptr;

TEST_F(VignetteSuite, MeetsAccuracyThresholdsAndNeverUndertriagesARedFlag) {
    const std::vector<Vignette> vignettes = readVignettes();
    ASSERT_GE(vignettes.size(), 120U);
    std::size_t top1 = 0;
    std::size_t top3 = 0;
    std::size_t dispositionExact = 0;
    std::size_t redFlagCases = 0;
    std::vector<std::string> misses;
    std::vector<std::string> undertriaged;
    for (const Vignette& vignette : vignettes) {
        const json document{{"format", "kneetriage.answers/1"}, {"answers", vignette.answers}};
        auto outcome = triageDocument(*kb_, vignette.id, document.dump());
        ASSERT_TRUE(std::holds_alternative<std::string>(outcome))
            << vignette.id << ": " << std::get<Problems>(outcome).front().describe();
        const json result = json::parse(std::get<std::string>(outcome));
        std::vector<std::string> ranked;
        for (const json& condition : result.at("conditions")) {
            ranked.push_back(condition.at("id"));
        }
        const std::string disposition = result.at("disposition");
        const bool first = !ranked.empty() && ranked.front() == vignette.condition;
        const bool inTop3 = std::find(ranked.begin(), ranked.begin() + std::min<std::size_t>(3, ranked.size()),
                                      vignette.condition) != ranked.begin() + std::min<std::size_t>(3, ranked.size());
        top1 += first ? 1 : 0;
        top3 += inTop3 ? 1 : 0;
        dispositionExact += disposition == vignette.disposition ? 1 : 0;
        const auto expectedUrgency = dispositionFromId(vignette.disposition);
        const auto actualUrgency = dispositionFromId(disposition);
        ASSERT_TRUE(expectedUrgency && actualUrgency) << vignette.id;
        if (vignette.redFlag) {
            ++redFlagCases;
            if (*actualUrgency > *expectedUrgency) {
                undertriaged.push_back(vignette.id + " expected " + vignette.disposition + ", got " + disposition);
            }
        }
        if (!first || disposition != vignette.disposition) {
            misses.push_back(vignette.id + " (" + vignette.file + "): expected " + vignette.condition + "/" +
                             vignette.disposition + ", got " + (ranked.empty() ? "nothing" : ranked.front()) + "/" +
                             disposition + (inTop3 ? " [in top 3]" : ""));
        }
    }
    const double count = static_cast<double>(vignettes.size());
    std::cout << "vignettes: " << vignettes.size() << " (" << redFlagCases << " red-flag cases)\n"
              << "top-1 condition: " << top1 << "/" << vignettes.size() << " = " << 100.0 * top1 / count << " %\n"
              << "top-3 condition: " << top3 << "/" << vignettes.size() << " = " << 100.0 * top3 / count << " %\n"
              << "disposition exact: " << dispositionExact << "/" << vignettes.size() << " = "
              << 100.0 * dispositionExact / count << " %\n"
              << "red-flag cases less urgent than expected: " << undertriaged.size() << "\n"
              << "misses:\n";
    for (const std::string& miss : misses) {
        std::cout << "  " << miss << '\n';
    }
    EXPECT_GE(redFlagCases, 25U);
    EXPECT_GE(top1 / count, 0.85);
    EXPECT_GE(top3 / count, 0.95);
    EXPECT_GE(dispositionExact / count, 0.85);
    EXPECT_TRUE(undertriaged.empty()) << "red-flag cases triaged less urgently than expected:\n  " << [&] {
        std::string text;
        for (const std::string& line : undertriaged) {
            text += line + "\n  ";
        }
        return text;
    }();
}

} // namespace
} // namespace kt
