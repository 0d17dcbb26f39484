#include "kneetriage/kb/loader.h"

#include "kb/checks.h"
#include "kb/loader_steps.h"
#include "kneetriage/i18n/translation.h"

#include <array>

namespace kt {
namespace {

constexpr const auto& kFileNames = kKnowledgeBaseFiles;

} // namespace

LoadResult Loader::run() {
    const FileSet files = readFiles();
    kb_.dataDirectory = directory_.string();
    kb_.language = options_.language;
    readQuestions(files.questions);
    readAdvice(files.advice);
    readConditionIds(files.conditions);
    readExercises(files.exercises);
    readProgrammes(files.programmes);
    // Rules name questions and codes: without the questions file they would only add noise.
    if (!unreadable(files.questions)) {
        readFlow(files.questions);
        readRedFlags(files.redFlags);
        readConditions(files.conditions);
        readExerciseRules(files.exercises);
    }
    readConditionTexts(files.conditionTexts);
    readManifest(files.kb);
    const EntityPlaces places{&files.questions, &files.redFlags, &files.conditions, &files.kb};
    // The flow checks walk the graph, which is only sound once everything above is.
    if (problems_.empty()) {
        checkFlow(kb_, places, problems_);
    }
    if (options_.checkContract && !anyUnreadable_) {
        checkContract(kb_, places, problems_);
    }
    if (!problems_.empty()) {
        return problems_;
    }
    return std::move(kb_);
}

// Every file, each either parsed or an empty stand-in (no text) after its problem is
// recorded, so the files that did parse are still checked.
FileSet Loader::readFiles() {
    std::array<JsonDocument, kFileNames.size()> documents;
    for (std::size_t i = 0; i < kFileNames.size(); ++i) {
        JsonResult result = readJsonFile(directory_ / kFileNames[i], options_.limits);
        if (auto* problem = std::get_if<Problem>(&result)) {
            problems_.push_back(std::move(*problem));
            documents[i].file = (directory_ / kFileNames[i]).string();
            anyUnreadable_ = true;
        } else {
            documents[i] = std::move(std::get<JsonDocument>(result));
            translate(documents[i], kFileNames[i]);
        }
    }
    return FileSet{std::move(documents[0]), std::move(documents[1]), std::move(documents[2]),
                   std::move(documents[3]), std::move(documents[4]), std::move(documents[5]),
                   std::move(documents[6]), std::move(documents[7])};
}

// The structure, and so every place a problem is reported at, stays the English file's: only
// the texts change.
void Loader::translate(JsonDocument& document, std::string_view file) {
    if (options_.language == kSourceLanguage) {
        return;
    }
    const std::vector<TranslatableText> english = translatableTexts(document.value);
    const TranslationRead translation = readTranslationFile(
        translationPath(directory_, options_.language, file), options_.language, file);
    kb_.untranslatedTexts += applyTranslation(document.value, english, translation.file);
}

LoadResult loadKnowledgeBase(const std::filesystem::path& dataDirectory,
                             const LoadOptions& options) {
    return Loader(dataDirectory, options).run();
}

} // namespace kt
