// The knee pictures of the app (ui/pictures/*.svg) against the "where" questions: an area is an
// SVG element named "<question id>__<option code>" (see src/app/knee_map_widget.cpp), so a
// renamed code or a new option silently loses its area unless this test says so; "opens-<question
// id>" marks the view a question's picture opens on.
#include "kneetriage/kb/loader.h"
#include "test_support.h"

#include <array>
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

const std::array<const char*, 4> kPictureFiles{"knee_front.svg", "knee_back.svg", "knee_inner.svg",
                                               "knee_outer.svg"};

std::string pictureText(const std::string& picture) {
    std::ifstream in(kPictures / picture);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// The ids of one picture that match `pattern` (its first group), read as text.
std::set<std::string> idsMatching(const std::string& svg, const std::string& pattern) {
    const std::regex id(R"re(\bid=")re" + pattern + "\"");
    std::set<std::string> ids;
    for (auto match = std::sregex_iterator(svg.begin(), svg.end(), id);
         match != std::sregex_iterator(); ++match) {
        ids.insert((*match)[1]);
    }
    return ids;
}

// Area ids ("question__code") of one picture.
std::set<std::string> areaIds(const std::string& picture) {
    return idsMatching(pictureText(picture), "([^\"]+__[^\"]+)");
}

// Questions whose picture opens on this one ("opens-question").
std::set<std::string> opensFor(const std::string& picture) {
    return idsMatching(pictureText(picture), "opens-([^\"]+)");
}

class KneePicture : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        kb_ = std::make_unique<KnowledgeBase>(
            std::get<KnowledgeBase>(loadKnowledgeBase(KT_DATA_DIR)));
        for (const char* picture : kPictureFiles) {
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
    for (const char* picture : kPictureFiles) {
        EXPECT_FALSE(areaIds(picture).empty()) << picture;
    }
}

// The widget draws an area only when it is chosen or pointed at, by rendering that element
// alone: an area outside <defs> would be painted over every picture in black.
TEST_F(KneePicture, AreasAreDefinedOutOfSightInDefs) {
    for (const char* picture : kPictureFiles) {
        const std::string svg = pictureText(picture);
        const std::size_t begin = svg.find("<defs>");
        const std::size_t end = svg.find("</defs>");
        ASSERT_NE(begin, std::string::npos) << picture;
        ASSERT_NE(end, std::string::npos) << picture;
        for (const std::string& id : areaIds(picture)) {
            const std::size_t at = svg.find("id=\"" + id + "\"");
            EXPECT_TRUE(at > begin && at < end) << id << " in " << picture << " is outside <defs>";
        }
    }
}

// Each pictured question opens on one view, and that view shows at least as many of its areas as
// any other (the front for the kneecap, the inner side for the inner joint line and pes anserine).
TEST_F(KneePicture, EachPicturedQuestionOpensOnTheViewShowingMostOfItsAreas) {
    std::map<std::string, std::vector<std::string>> opening; // question -> pictures marking it
    for (const char* picture : kPictureFiles) {
        for (const std::string& question : opensFor(picture)) {
            opening[question].push_back(picture);
        }
    }
    const auto shownIn = [&](const std::string& question, const std::string& picture) {
        std::size_t count = 0;
        for (const std::string& id : areaIds(picture)) {
            count += id.starts_with(question + "__") ? 1 : 0;
        }
        return count;
    };
    for (const auto& [id, pictures] : areas_) {
        const std::string question = id.substr(0, id.find("__"));
        ASSERT_EQ(opening[question].size(), 1U) << question << " opens on no view or on several";
        const std::string& opens = opening[question].front();
        for (const char* picture : kPictureFiles) {
            EXPECT_GE(shownIn(question, opens), shownIn(question, picture))
                << question << " opens on " << opens << " but " << picture << " shows more";
        }
    }
    EXPECT_EQ(opening["front_spot"], std::vector<std::string>{"knee_front.svg"});
    EXPECT_EQ(opening["back_spot"], std::vector<std::string>{"knee_back.svg"});
    EXPECT_EQ(opening["inner_spot"], std::vector<std::string>{"knee_inner.svg"});
    EXPECT_EQ(opening["outer_spot"], std::vector<std::string>{"knee_outer.svg"});
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
