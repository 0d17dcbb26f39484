// Translations of the knowledge base and content (data/i18n): complete, faithful in what must
// not change (placeholders, links, numbers), and never changing a result.
#include "kneetriage/engine/triage.h"
#include "kneetriage/i18n/emergency_numbers.h"
#include "kneetriage/i18n/translation.h"
#include "kneetriage/io/answers_reader.h"
#include "kneetriage/kb/data_directory.h"
#include "kneetriage/kb/loader.h"
#include "kneetriage/store/content_store.h"
#include "test_support.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <sstream>

namespace kt {
namespace {

using nlohmann::json;

std::string listed(const Problems& problems, std::size_t at_most = 40) {
    std::string out;
    for (std::size_t i = 0; i < problems.size() && i < at_most; ++i) {
        out += problems[i].describe() + '\n';
    }
    if (problems.size() > at_most) {
        out += "... and " + std::to_string(problems.size() - at_most) + " more\n";
    }
    return out;
}

Problems problemsIn(const Problems& problems, std::string_view folder) {
    Problems in;
    for (const Problem& problem : problems) {
        if (problem.file.find(folder) != std::string::npos) {
            in.push_back(problem);
        }
    }
    return in;
}

KnowledgeBase loadShipped(const std::string& language) {
    LoadOptions options;
    options.language = language;
    LoadResult loaded = loadKnowledgeBase(KT_DATA_DIR, options);
    if (auto* problems = std::get_if<Problems>(&loaded)) {
        ADD_FAILURE() << listed(*problems);
        return {};
    }
    return std::move(std::get<KnowledgeBase>(loaded));
}

// The safety-critical part first: questions, red flags and their advice, conditions and their
// reasons, the disposition words and the notice (data/i18n/de/kb/).
TEST(GermanTranslation, EveryKnowledgeBaseTextIsTranslated) {
    const TranslationReport report = checkTranslations(KT_DATA_DIR, "de");
    const Problems kb = problemsIn(report.problems, "i18n/de/kb/");
    EXPECT_TRUE(kb.empty()) << kb.size() << " problem(s):\n" << listed(kb);
}

// The content: condition texts, exercises, programmes and advice (data/i18n/de/content/).
TEST(GermanTranslation, EveryContentTextIsTranslated) {
    const TranslationReport report = checkTranslations(KT_DATA_DIR, "de");
    EXPECT_TRUE(report.problems.empty())
        << report.translated << " of " << report.texts << " texts translated; "
        << report.problems.size() << " problem(s):\n"
        << listed(report.problems);
}

TEST(GermanTranslation, KeysAreIdsNotPositions) {
    JsonResult questions = readJsonFile(std::string(KT_DATA_DIR) + "/kb/questions.json", {});
    const auto texts = translatableTexts(std::get<JsonDocument>(questions).value);
    const auto has = [&](const std::string& key) {
        return std::any_of(texts.begin(), texts.end(),
                           [&](const TranslatableText& text) { return text.key == key; });
    };
    EXPECT_TRUE(has("/questions/weight_bearing/text"));
    EXPECT_TRUE(has("/questions/weight_bearing/options/unable/label"));
    for (const TranslatableText& text : texts) {
        EXPECT_EQ(text.key.find("/0/"), std::string::npos) << text.key;
        EXPECT_NE(text.key.find("/questions/"), std::string::npos) << text.key;
    }
}

// A new text field is picked up without a code change (a question's "why"), its citation is not.
TEST(GermanTranslation, ANewTextFieldIsFoundAndItsSourceIsNot) {
    const json questions = json::parse(R"({"questions": [{"id": "onset", "kind": "choice",
        "text": "How did it start?", "why": "An injury points to other causes.",
        "why_source": {"title": "Knee pain", "url": "https://example.org/k"},
        "options": [{"code": "injury", "label": "With an injury"}], "next": "end"}]})");
    std::vector<std::string> keys;
    for (const TranslatableText& text : translatableTexts(questions)) {
        keys.push_back(text.key);
    }
    EXPECT_EQ(keys, (std::vector<std::string>{"/questions/onset/options/injury/label",
                                              "/questions/onset/text", "/questions/onset/why"}));
}

// A copy of the shipped data whose German translation of `file` is changed by `change`.
struct BrokenCopy {
    test::KbCopy copy{KT_DATA_DIR};
    TranslationReport check(const std::string& file,
                            const std::function<void(json& texts)>& change) const {
        copy.edit("i18n/de/" + file, [&](json& document) { change(document["texts"]); });
        return checkTranslations(copy.path(), "de");
    }
};

Problems onlyIn(const TranslationReport& report, const std::string& file) {
    return problemsIn(report.problems, "i18n/de/" + file);
}

TEST(GermanTranslation, ABrokenPlaceholderIsAProblemWithItsPlace) {
    const BrokenCopy broken;
    const auto report = broken.check("kb/kb.json", [](json& texts) {
        texts["/words/follow_the_top_first"]["text"] = "Zuerst: {oben}. Sonst: {own}";
    });
    const Problems problems = onlyIn(report, "kb/kb.json");
    ASSERT_EQ(problems.size(), 1U) << listed(report.problems);
    EXPECT_EQ(problems[0].pointer, "/texts/~1words~1follow_the_top_first/text");
    EXPECT_GT(problems[0].line, 0);
    EXPECT_NE(problems[0].message.find("expected exactly those of the English: {own}, {top}"),
              std::string::npos)
        << problems[0].message;
}

TEST(GermanTranslation, AChangedNumberIsAProblem) {
    const BrokenCopy broken;
    const auto report = broken.check("kb/kb.json", [](json& texts) {
        std::string text = texts["/notice/short"]["text"];
        text.replace(text.find("112"), 3, "110");
        texts["/notice/short"]["text"] = text;
    });
    const Problems problems = onlyIn(report, "kb/kb.json");
    ASSERT_EQ(problems.size(), 1U) << listed(report.problems);
    EXPECT_NE(problems[0].message.find("numbers"), std::string::npos) << problems[0].message;
}

// A translation that drops the urgency ("now") or a negation ("do not") of clinical advice is a
// problem, though its placeholders and numbers are intact.
TEST(GermanTranslation, LostUrgencyOrNegationIsAProblem) {
    const BrokenCopy broken;
    const auto report = broken.check("kb/red_flags.json", [](json& texts) {
        json& infection = texts["/red_flags/possible_joint_infection/advice"];
        std::string text = infection["text"];
        text.replace(text.find("Gehen Sie sofort"), 16, "Gehen Sie bald");
        infection["text"] = text;
        json& calf = texts["/red_flags/calf_pain_after_surgery_or_travel/advice"];
        text = calf["text"];
        text.replace(text.find("Wade nicht."), 11, "Wade.");
        calf["text"] = text;
    });
    const Problems problems = onlyIn(report, "kb/red_flags.json");
    const std::string all = listed(problems);
    ASSERT_EQ(problems.size(), 2U) << all;
    EXPECT_NE(all.find("the English says \"now\", expected one of: sofort, jetzt"),
              std::string::npos)
        << all;
    EXPECT_NE(all.find("the English says \"do not\""), std::string::npos) << all;
}

TEST(GermanTranslation, AChangedLinkIsAProblem) {
    EXPECT_EQ(invariantMismatch("See https://www.nhs.uk/a.", "Siehe https://www.nhs.uk/a."), "");
    EXPECT_NE(invariantMismatch("See https://www.nhs.uk/a.", "Siehe https://www.nhs.de/a."), "");
    EXPECT_NE(invariantMismatch("See https://www.nhs.uk/a.", "Siehe die Seite des NHS."), "");
}

TEST(GermanTranslation, AMissingAnExtraAndAStaleTextAreProblems) {
    const BrokenCopy broken;
    const auto report = broken.check("kb/red_flags.json", [](json& texts) {
        texts.erase("/red_flags/possible_joint_infection/advice");
        texts["/red_flags/no_such_flag/advice"] = {{"en", "Old"}, {"text", "Alt"}};
        texts["/red_flags/fever_with_swollen_knee/name"]["en"] = "Fever and a swollen knee";
    });
    const std::string all = listed(onlyIn(report, "kb/red_flags.json"));
    EXPECT_NE(all.find("no translation for '/red_flags/possible_joint_infection/advice'"),
              std::string::npos)
        << all;
    EXPECT_NE(all.find("no English text has the key '/red_flags/no_such_flag/advice'"),
              std::string::npos)
        << all;
    EXPECT_NE(all.find("translated from other English"), std::string::npos) << all;
    EXPECT_EQ(onlyIn(report, "kb/red_flags.json").size(), 3U) << all;
}

// What validate prints and its exit status, for a broken translation.
TEST(GermanTranslation, ValidateNamesTheProblemAndFails) {
    const test::KbCopy copy(KT_DATA_DIR);
    copy.edit("i18n/de/kb/kb.json", [](json& document) {
        document["texts"]["/words/follow_the_top_first"]["text"] = "Zuerst {top}.";
    });
    const test::CommandResult run =
        test::runCli("validate --lang de --kb '" + copy.path().string() + "'");
    EXPECT_EQ(run.exitStatus, 2);
    EXPECT_NE(run.err.find("i18n/de/kb/kb.json:"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("at /texts/~1words~1follow_the_top_first/text: placeholders {top}"),
              std::string::npos)
        << run.err;
}

// A text whose translation is broken is shown in English, never with a broken placeholder.
TEST(GermanTranslation, ABrokenTranslationIsShownInEnglish) {
    const test::KbCopy copy(KT_DATA_DIR);
    copy.edit("i18n/de/kb/kb.json", [](json& document) {
        document["texts"]["/words/follow_the_top_first"]["text"] = "Zuerst {top}.";
    });
    LoadOptions options;
    options.language = "de";
    const LoadResult loaded = loadKnowledgeBase(copy.path(), options);
    ASSERT_TRUE(std::holds_alternative<KnowledgeBase>(loaded)) << test::describeAll(loaded);
    const KnowledgeBase& kb = std::get<KnowledgeBase>(loaded);
    EXPECT_EQ(kb.words.followTheTopFirst,
              "First follow the advice at the top: {top}. Otherwise: {own}");
    EXPECT_EQ(kb.questions.front().text,
              "Können Sie jetzt vier Schritte auf dem schmerzenden Bein gehen?");
    EXPECT_GE(kb.untranslatedTexts, 1U);
}

std::vector<std::pair<std::string, std::string>> vignetteAnswers() {
    std::vector<std::pair<std::string, std::string>> cases;
    for (const auto& entry : std::filesystem::directory_iterator(KT_VIGNETTE_DIR)) {
        if (entry.path().extension() != ".json") {
            continue;
        }
        std::ifstream in(entry.path());
        const json document = json::parse(in);
        for (const json& vignette : document["vignettes"]) {
            const json answers{{"format", "kneetriage.answers/1"},
                               {"answers", vignette["answers"]}};
            cases.emplace_back(vignette["id"].get<std::string>(), answers.dump());
        }
    }
    return cases;
}

// The language changes words only: for every vignette the same questions, flags, conditions,
// scores, disposition, exercises and advice.
TEST(GermanTranslation, TriageInGermanGivesTheSameResultForEveryVignette) {
    const KnowledgeBase english = loadShipped("en");
    const KnowledgeBase german = loadShipped("de");
    ASSERT_EQ(german.language, "de");
    const auto cases = vignetteAnswers();
    ASSERT_GT(cases.size(), 300U);
    for (const auto& [id, text] : cases) {
        const AnswersResult inEnglish = readAnswersText(english, id, text);
        const AnswersResult inGerman = readAnswersText(german, id, text);
        ASSERT_TRUE(std::holds_alternative<Answers>(inEnglish)) << id;
        ASSERT_TRUE(std::holds_alternative<Answers>(inGerman)) << id;
        const TriageResult a = triage(english, std::get<Answers>(inEnglish));
        const TriageResult b = triage(german, std::get<Answers>(inGerman));
        EXPECT_EQ(a.disposition, b.disposition) << id;
        EXPECT_EQ(a.redFlags, b.redFlags) << id;
        EXPECT_EQ(a.amberFlags, b.amberFlags) << id;
        EXPECT_EQ(a.exercises, b.exercises) << id;
        EXPECT_EQ(a.advice, b.advice) << id;
        EXPECT_EQ(a.asked, b.asked) << id;
        ASSERT_EQ(a.conditions.size(), b.conditions.size()) << id;
        for (std::size_t i = 0; i < a.conditions.size(); ++i) {
            EXPECT_EQ(english.conditions[a.conditions[i].condition].id,
                      german.conditions[b.conditions[i].condition].id)
                << id;
            EXPECT_EQ(a.conditions[i].score, b.conditions[i].score) << id;
            EXPECT_EQ(a.conditions[i].why, b.conditions[i].why) << id;
            EXPECT_EQ(a.conditions[i].against, b.conditions[i].against) << id;
        }
    }
}

// Every German text of the data directory, by the English it translates.
std::map<std::string, std::string> germanByEnglish() {
    std::map<std::string, std::string> texts;
    for (const std::string_view file : kTranslatedFiles) {
        const TranslationRead read =
            readTranslationFile(translationPath(KT_DATA_DIR, "de", file), "de", file);
        for (const auto& [key, entry] : read.file.texts) {
            texts.emplace(entry.english, entry.text);
        }
    }
    return texts;
}

// The two result documents are the same but for words: every string that differs is the German
// translation of the English one; ids, codes, numbers and structure are identical.
void expectSameButForWords(const json& english, const json& german,
                           const std::map<std::string, std::string>& translations,
                           const std::string& where) {
    ASSERT_EQ(english.type(), german.type()) << where;
    if (english.is_object()) {
        ASSERT_EQ(english.size(), german.size()) << where;
        for (const auto& [member, value] : english.items()) {
            ASSERT_TRUE(german.contains(member)) << where << "/" << member;
            expectSameButForWords(value, german[member], translations, where + "/" + member);
        }
    } else if (english.is_array()) {
        ASSERT_EQ(english.size(), german.size()) << where;
        for (std::size_t i = 0; i < english.size(); ++i) {
            expectSameButForWords(english[i], german[i], translations,
                                  where + "/" + std::to_string(i));
        }
    } else if (english.is_string() && english != german) {
        const auto found = translations.find(english.get<std::string>());
        ASSERT_TRUE(found != translations.end()) << where << ": " << english << " vs " << german;
        EXPECT_EQ(found->second, german.get<std::string>()) << where;
    } else {
        EXPECT_EQ(english, german) << where;
    }
}

// The same through the command line: the result documents differ only in words.
TEST(GermanTranslation, CliTriageInGermanDiffersOnlyInWords) {
    std::string batch;
    for (const auto& [id, text] : vignetteAnswers()) {
        batch += text + '\n';
    }
    const test::CommandResult english = test::runCli("triage --batch -", batch);
    const test::CommandResult german = test::runCli("triage --batch --lang de -", batch);
    ASSERT_EQ(english.exitStatus, 0) << english.err;
    ASSERT_EQ(german.exitStatus, 0) << german.err;
    const auto translations = germanByEnglish();
    std::istringstream a(english.out);
    std::istringstream b(german.out);
    std::string lineA;
    std::string lineB;
    std::size_t lines = 0;
    while (std::getline(a, lineA) && std::getline(b, lineB)) {
        ++lines;
        expectSameButForWords(json::parse(lineA), json::parse(lineB), translations,
                              "line " + std::to_string(lines));
    }
    EXPECT_EQ(lines, vignetteAnswers().size());
    EXPECT_NE(german.out.find("Gehen Sie sofort in eine Notaufnahme"), std::string::npos);
}

// One content database per language, each refusing a knowledge base in another language, so the
// app never mixes German questions with English advice or the other way round.
TEST(GermanContent, EachLanguageHasItsOwnContentDatabase) {
    const std::filesystem::path staged = std::filesystem::path(KT_CONTENT_DB).parent_path();
    ASSERT_EQ(contentDatabaseOf(staged, "de"), staged / "content.de.sqlite");
    const KnowledgeBase english = loadShipped("en");
    const KnowledgeBase german = loadShipped("de");
    ContentStore store(contentDatabaseOf(staged, "de"), german);
    const auto condition = store.condition("patellofemoral_pain");
    ASSERT_TRUE(condition.has_value());
    EXPECT_EQ(condition->text.layName, "Läuferknie");
    EXPECT_EQ(store.warningSign("possible_joint_infection")->name,
              "Geschwollenes Knie, das warm oder gerötet ist");
    try {
        ContentStore mixed(contentDatabaseOf(staged, "de"), english);
        ADD_FAILURE() << "German content opened for an English knowledge base";
    } catch (const DatabaseError& error) {
        EXPECT_NE(std::string(error.what()).find("holds the texts in 'de'"), std::string::npos)
            << error.what();
    }
    EXPECT_THROW(ContentStore(contentDatabaseOf(staged), german), DatabaseError);
}

TEST(EmergencyNumbers, TheNumberIsTheCountrysOwn) {
    const auto loaded = loadEmergencyNumbers(emergencyNumbersPath(KT_DATA_DIR));
    ASSERT_TRUE(std::holds_alternative<EmergencyNumbers>(loaded))
        << listed(std::get<Problems>(loaded));
    const auto& numbers = std::get<EmergencyNumbers>(loaded);
    EXPECT_EQ(emergencyNumberText(numbers, "DE", "de"), "112");
    EXPECT_EQ(emergencyNumberText(numbers, "AT", "de"), "112");
    EXPECT_EQ(emergencyNumberText(numbers, "CH", "de"), "144 (oder 112)");
    EXPECT_EQ(emergencyNumberText(numbers, "GB", "en"), "999 (or 112)");
    EXPECT_EQ(emergencyNumberText(numbers, "US", "en"), "911");
    EXPECT_EQ(emergencyNumberText(numbers, "CA", "en"), "911");
    EXPECT_EQ(emergencyNumberText(numbers, "FR", "en"), "112");
    EXPECT_EQ(emergencyNumberText(numbers, "ZZ", "en"), std::nullopt);
    for (const auto& [country, number] : numbers.byCountry) {
        EXPECT_TRUE(number.source.starts_with("https://")) << country;
    }
}

TEST(EmergencyNumbers, TheNoticeNamesTheCountrysNumberOrListsSeveral) {
    const auto numbers =
        std::get<EmergencyNumbers>(loadEmergencyNumbers(emergencyNumbersPath(KT_DATA_DIR)));
    KnowledgeBase german = loadShipped("de");
    const std::string listing = german.noticeShort;
    localiseEmergencyNumbers(german, numbers, "ZZ");
    EXPECT_EQ(german.noticeShort, listing); // unknown country: several numbers, as written
    EXPECT_NE(listing.find("999"), std::string::npos);
    localiseEmergencyNumbers(german, numbers, "DE");
    EXPECT_EQ(german.noticeShort, "Keine Diagnose. Im Notfall rufen Sie 112 an.");
    EXPECT_NE(german.textOf(Disposition::Emergency).action.find("112"), std::string::npos);
    EXPECT_EQ(german.textOf(Disposition::Emergency).action.find("911"), std::string::npos);
    KnowledgeBase english = loadShipped("en");
    localiseEmergencyNumbers(english, numbers, "US");
    EXPECT_EQ(english.noticeShort, "Not a diagnosis. In an emergency call 911.");
}

TEST(EmergencyNumbers, TheCountryComesFromTheLocale) {
    EXPECT_EQ(countryOfLocale("de_CH.UTF-8"), "CH");
    EXPECT_EQ(countryOfLocale("de-AT"), "AT");
    EXPECT_EQ(countryOfLocale("en_GB@euro"), "GB");
    EXPECT_EQ(countryOfLocale("C"), "");
    EXPECT_EQ(countryOfLocale("POSIX"), "");
    EXPECT_EQ(countryOfLocale("de"), "");
}

} // namespace
} // namespace kt
