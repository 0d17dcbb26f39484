// Checks on the shipped clinical content that no loader rule can express: timing words that
// agree with each condition's disposition, sources that can be found, and a hazard log whose
// every named test exists.
#include "kneetriage/kb/loader.h"
#include "test_support.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

namespace kt {
namespace {

using nlohmann::json;

KnowledgeBase shippedKb() {
    LoadResult loaded = loadKnowledgeBase(KT_DATA_DIR);
    if (!std::holds_alternative<KnowledgeBase>(loaded)) {
        ADD_FAILURE() << std::get<Problems>(loaded).front().describe();
        return {};
    }
    return std::move(std::get<KnowledgeBase>(loaded));
}

// What the first sentence of "when to get seen" says for each disposition, most urgent first.
const std::array<std::string_view, 4> kTimingPhrase{"Go to an emergency department now",
                                                    "See a doctor today", "within 1 to 2 weeks",
                                                    "4 to 6 weeks"};

TEST(ClinicalContent, EachConditionsWhenToBeSeenLeadsWithItsOwnDisposition) {
    const KnowledgeBase kb = shippedKb();
    ASSERT_FALSE(kb.conditions.empty());
    for (const Condition& condition : kb.conditions) {
        ASSERT_TRUE(condition.disposition) << condition.id;
        const std::string& text = condition.text.getSeen;
        const std::string first =
            text.substr(0, text.find(". ") == std::string::npos ? text.size() : text.find(". "));
        const auto own = static_cast<std::size_t>(*condition.disposition);
        EXPECT_NE(first.find(kTimingPhrase[own]), std::string::npos)
            << condition.id << " (" << dispositionId(*condition.disposition)
            << ") begins: " << first;
        for (std::size_t other = 0; other < kTimingPhrase.size(); ++other) {
            if (other != own) {
                EXPECT_EQ(first.find(kTimingPhrase[other]), std::string::npos)
                    << condition.id << " leads with another disposition's timing: " << first;
            }
        }
    }
}

void collectSources(const json& value, const std::string& where,
                    std::vector<std::pair<std::string, json>>& out) {
    if (value.is_object()) {
        for (const auto& [key, member] : value.items()) {
            if (key == "sources" && member.is_array()) {
                for (const json& source : member) {
                    out.emplace_back(where, source);
                }
            } else {
                collectSources(member, where, out);
            }
        }
    } else if (value.is_array()) {
        for (const json& item : value) {
            collectSources(item, where, out);
        }
    }
}

TEST(ClinicalContent, EverySourceHasATitleAndADoiOrSecureAddressNotOnTheRejectedList) {
    const std::filesystem::path data(KT_DATA_DIR);
    const json rejected =
        json::parse(test::bytesOf(data / "content" / "rejected_sources.json")).at("rejected");
    ASSERT_FALSE(rejected.empty());
    std::vector<std::pair<std::string, json>> sources;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(data)) {
        if (entry.path().extension() == ".json" &&
            entry.path().parent_path().filename() != "schema") {
            collectSources(json::parse(test::bytesOf(entry.path())),
                           entry.path().lexically_relative(data).string(), sources);
        }
    }
    ASSERT_GE(sources.size(), 100U);
    for (const auto& [file, source] : sources) {
        EXPECT_FALSE(source.value("title", "").empty()) << file << ": " << source.dump();
        const std::string url = source.value("url", "");
        EXPECT_TRUE(!source.value("doi", "").empty() || url.starts_with("https://"))
            << file << ": " << source.dump();
        for (const json& entry : rejected) {
            const std::string prefix = entry.at("url_prefix");
            EXPECT_FALSE(!url.empty() && url.starts_with(prefix))
                << file << " cites " << url << ", rejected: " << entry.at("why").get<std::string>();
        }
    }
}

// Every "Suite.Name" test the hazard log names as a control is a test that exists.
TEST(ClinicalContent, EveryTestTheHazardLogNamesExists) {
    std::set<std::string> tests;
    const std::regex declared(R"(TEST(?:_F|_P)?\(\s*(\w+),\s*(\w+)\))");
    for (const auto& entry : std::filesystem::recursive_directory_iterator(KT_TESTS_DIR)) {
        if (entry.path().extension() != ".cpp") {
            continue;
        }
        const std::string text = test::bytesOf(entry.path());
        for (auto it = std::sregex_iterator(text.begin(), text.end(), declared);
             it != std::sregex_iterator(); ++it) {
            tests.insert((*it)[1].str() + "." + (*it)[2].str());
        }
    }
    ASSERT_GE(tests.size(), 100U);
    const std::string log =
        test::bytesOf(std::filesystem::path(KT_DATA_DIR) / "safety" / "hazard-log.md");
    const std::regex named(R"(`([A-Z]\w+)\.([A-Z]\w+)`)");
    std::size_t count = 0;
    for (auto it = std::sregex_iterator(log.begin(), log.end(), named);
         it != std::sregex_iterator(); ++it) {
        ++count;
        const std::string name = (*it)[1].str() + "." + (*it)[2].str();
        EXPECT_TRUE(tests.contains(name))
            << "hazard log names " << name << ", which no test declares";
    }
    EXPECT_GE(count, 30U);
}

} // namespace
} // namespace kt
