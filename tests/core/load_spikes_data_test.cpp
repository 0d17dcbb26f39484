// data/training/load_spikes.json as the loader checks it: a rule without its source, or
// categories out of order, is refused with the file, the JSON pointer and what was expected.
#include "kneetriage/training/load_spikes.h"
#include "test_support.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

namespace kt {
namespace {

using json = nlohmann::json;

// A data directory holding only an edited copy of the shipped training file.
class TrainingCopy {
  public:
    explicit TrainingCopy(const std::function<void(json&)>& change)
        : root_(test::uniqueTempPath("kt-training")) {
        std::ifstream in(std::filesystem::path(KT_DATA_DIR) / kLoadSpikesFile);
        json document = json::parse(in);
        change(document);
        std::filesystem::create_directories(root_ / "training");
        std::ofstream(root_ / kLoadSpikesFile) << document.dump(2);
    }
    TrainingCopy(const TrainingCopy&) = delete;
    TrainingCopy& operator=(const TrainingCopy&) = delete;
    ~TrainingCopy() {
        std::error_code ignored;
        std::filesystem::remove_all(root_, ignored);
    }
    [[nodiscard]] std::string problems() const {
        const LoadSpikeRulesResult loaded = loadLoadSpikeRules(root_);
        std::string all;
        if (const auto* problems = std::get_if<Problems>(&loaded)) {
            for (const Problem& problem : *problems) {
                all += problem.describe() + "\n";
            }
        }
        return all;
    }

  private:
    std::filesystem::path root_;
};

TEST(LoadSpikesData, ShippedFileLoadsWithThreeSourcedCategories) {
    const LoadSpikeRulesResult loaded = loadLoadSpikeRules(KT_DATA_DIR);
    ASSERT_TRUE(std::holds_alternative<LoadSpikeRules>(loaded))
        << std::get<Problems>(loaded).front().describe();
    const auto& rules = std::get<LoadSpikeRules>(loaded);
    EXPECT_EQ(rules.windowDays, 30);
    ASSERT_EQ(rules.bands.size(), 3U);
    EXPECT_EQ(rules.band(SpikeCategory::Small)->aboveShare, 0.10);
    EXPECT_EQ(rules.band(SpikeCategory::Moderate)->aboveShare, 0.30);
    EXPECT_EQ(rules.band(SpikeCategory::Large)->aboveShare, 1.00);
    EXPECT_EQ(rules.band(SpikeCategory::Large)->sources.front().doi,
              "10.1136/bjsports-2024-109380");
    EXPECT_NE(rules.workloadRatioHelp.find("contested"), std::string::npos);
}

TEST(LoadSpikesData, ACategoryWithoutASourceIsRefusedAtItsPointer) {
    const TrainingCopy copy([](json& file) { file["categories"][1].erase("sources"); });
    const std::string problems = copy.problems();
    EXPECT_NE(problems.find("training/load_spikes.json:"), std::string::npos) << problems;
    EXPECT_NE(problems.find("at /categories/1: found no source in \"sources\""), std::string::npos)
        << problems;
}

TEST(LoadSpikesData, CategoriesOutOfOrderAreRefused) {
    const TrainingCopy copy([](json& file) { file["categories"][2]["above_share"] = 0.2; });
    const std::string problems = copy.problems();
    EXPECT_NE(problems.find("at /categories/2/above_share: found 0.2, expected a share above 0.3"),
              std::string::npos)
        << problems;
}

TEST(LoadSpikesData, AMissingOnsetTextOrAnUnknownMemberIsRefused) {
    const TrainingCopy copy([](json& file) {
        file["onset"]["texts"].erase("no_spike");
        file["window_dayz"] = 30;
    });
    const std::string problems = copy.problems();
    EXPECT_NE(problems.find("at /onset/texts"), std::string::npos) << problems;
    EXPECT_NE(problems.find("no_spike"), std::string::npos) << problems;
    EXPECT_NE(problems.find("window_dayz"), std::string::npos) << problems;
}

TEST(LoadSpikesData, AWindowThatIsNotAWholeNumberOfDaysIsRefused) {
    const TrainingCopy copy([](json& file) { file["window_days"] = 30.5; });
    EXPECT_NE(copy.problems().find("at /window_days: found 30.5, expected a whole number of days"),
              std::string::npos)
        << copy.problems();
}

} // namespace
} // namespace kt
