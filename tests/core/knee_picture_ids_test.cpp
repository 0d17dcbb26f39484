// The knee pictures of the app (ui/pictures/*.svg) against the "where" questions: an area is an
// SVG element named "<question id>__<option code>" (see src/app/knee_map_widget.cpp), so a
// renamed code or a new option silently loses its area unless this test says so.
#include "kneetriage/kb/loader.h"
#include "test_support.h"

#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace kt {
namespace {

const std::filesystem::path kPictures = std::filesystem::path(KT_TESTS_DIR) / "../ui/pictures";

// Options chosen from the list only: the whole knee is the whole picture, not an area of it.
const std::set<std::string> kListOnly{"pain_location__whole_knee"};

// Area ids ("question__code") of one picture, read as text.
std::set<std::string> areaIds(const std::string& picture) {
    std::ifstream in(kPictures / picture);
    std::stringstream text;
    text << in.rdbuf();
    const std::string svg = text.str();
    const std::regex id(R"re(\bid="([^"]+__[^"]+)")re");
    std::set<std::string> ids;
    for (auto match = std::sregex_iterator(svg.begin(), svg.end(), id);
         match != std::sregex_iterator(); ++match) {
        ids.insert((*match)[1]);
    }
    return ids;
}

class KneePicture : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        kb_ = std::make_unique<KnowledgeBase>(
            std::get<KnowledgeBase>(loadKnowledgeBase(KT_DATA_DIR)));
        for (const char* picture : {"knee_front.svg", "knee_back.svg"}) {
            for (const std::string& id : areaIds(picture)) {
                areas_[id].insert(picture);
            }
        }
    }
    static std::unique_ptr<KnowledgeBase> kb_;
    static std::map<std::string, std::set<std::string>> areas_; // area id -> pictures
};

std::unique_ptr<KnowledgeBase> KneePicture::kb_;
std::map<std::string, std::set<std::string>> KneePicture::areas_;

TEST_F(KneePicture, EachPictureHasAreas) {
    for (const char* picture : {"knee_front.svg", "knee_back.svg"}) {
        EXPECT_FALSE(areaIds(picture).empty()) << picture;
    }
}

TEST_F(KneePicture, EveryAreaIsAnOptionOfAWhereQuestion) {
    for (const auto& [id, pictures] : areas_) {
        const std::string question = id.substr(0, id.find("__"));
        const std::string code = id.substr(id.find("__") + 2);
        const auto index = kb_->findQuestion(question);
        ASSERT_TRUE(index.has_value())
            << id << " in " << *pictures.begin() << ": no question '" << question << "'";
        EXPECT_EQ(kb_->questions[*index].section, "where") << id;
        EXPECT_TRUE(kb_->questions[*index].optionIndex(code).has_value())
            << id << " in " << *pictures.begin() << ": question '" << question
            << "' has no option '" << code << "'";
    }
}

TEST_F(KneePicture, EveryOptionOfAPicturedQuestionHasAnArea) {
    std::set<std::string> pictured;
    for (const auto& [id, pictures] : areas_) {
        pictured.insert(id.substr(0, id.find("__")));
    }
    EXPECT_EQ(pictured, (std::set<std::string>{"back_spot", "front_spot", "inner_spot",
                                               "outer_spot", "pain_location"}));
    for (const std::string& question : pictured) {
        const auto index = kb_->findQuestion(question);
        if (!index) {
            continue; // reported by EveryAreaIsAnOptionOfAWhereQuestion
        }
        for (const Option& option : kb_->questions[*index].options) {
            const std::string id = question + "__" + option.code;
            EXPECT_TRUE(areas_.contains(id) || kListOnly.contains(id)) << id << " has no area";
            EXPECT_FALSE(areas_.contains(id) && kListOnly.contains(id)) << id;
        }
    }
}

} // namespace
} // namespace kt
