#include "app_services.h"

#include "kneetriage/i18n/emergency_numbers.h"
#include "kneetriage/kb/data_directory.h"
#include "kneetriage/kb/loader.h"
#include "qt_text.h"

#include <QDir>
#include <QMessageBox>
#include <QObject>

namespace kt::app {
namespace {

// The message box shows the first problems; stderr gets them all.
constexpr std::size_t kProblemsInBox = 20;

StartFailure knowledgeBaseFailure(const QString& dataDirectory, const Problems& problems) {
    QString details;
    for (std::size_t i = 0; i < problems.size() && i < kProblemsInBox; ++i) {
        details += toQt(problems[i].describe()) + QLatin1Char('\n');
    }
    return {
        QObject::tr("The knowledge base in %1 has %n problem(s), so no check can be given safely.",
                    nullptr, static_cast<int>(problems.size()))
            .arg(dataDirectory),
        details};
}

// The runner's history. When it cannot be used (a folder that cannot be written, a link, a
// file from a newer version) a check still works: it is kept in memory for this session only,
// and the user is told why, in `notice`.
std::unique_ptr<HistoryStore> openHistory(const QString& folder,
                                          std::optional<std::string>& notice) {
    try {
        auto store = std::make_unique<HistoryStore>(
            toCore(QDir(folder).filePath(QStringLiteral("history.sqlite"))));
        notice = store->notice();
        return store;
    } catch (const std::exception& error) {
        notice = toCore(QObject::tr("Your history is off: %1\n\nYou can still do a check, but "
                                    "it is not kept after KneeTriage closes.")
                            .arg(toQt(error.what())));
        return std::make_unique<HistoryStore>(":memory:");
    }
}

} // namespace

std::variant<std::unique_ptr<AppServices>, StartFailure>
AppServices::open(const QString& dataDirectory, const QString& userFolder, const QString& language,
                  const QString& country) {
    LoadOptions options;
    options.language = toCore(language);
    LoadResult loaded = loadKnowledgeBase(toCore(dataDirectory), options);
    if (const auto* problems = std::get_if<Problems>(&loaded)) {
        return knowledgeBaseFailure(dataDirectory, *problems);
    }
    QString languageNotice;
    if (const std::size_t missing = std::get<KnowledgeBase>(loaded).untranslatedTexts;
        missing > 0) {
        languageNotice = QObject::tr("%n text(s) of the knowledge base have no checked translation "
                                     "in this language, so KneeTriage shows every text in English. "
                                     "`kneetriage-cli validate` lists them.",
                                     nullptr, static_cast<int>(missing));
        loaded = loadKnowledgeBase(toCore(dataDirectory));
        if (const auto* problems = std::get_if<Problems>(&loaded)) {
            return knowledgeBaseFailure(dataDirectory, *problems);
        }
    }
    showEmergencyNumberOf(std::get<KnowledgeBase>(loaded), dataDirectory, country);
    try {
        auto services = std::unique_ptr<AppServices>(
            new AppServices(std::move(std::get<KnowledgeBase>(loaded)), dataDirectory, userFolder));
        services->languageNotice_ = languageNotice;
        return services;
    } catch (const std::exception& error) {
        return StartFailure{toQt(error.what()), QString()};
    }
}

// The table of emergency numbers is a help, not a requirement: without it (or for a country it
// does not hold) the knowledge base's own texts, which list several numbers, are shown.
void AppServices::showEmergencyNumberOf(KnowledgeBase& kb, const QString& dataDirectory,
                                        const QString& country) {
    if (country.isEmpty()) {
        return;
    }
    const EmergencyNumbersResult numbers =
        loadEmergencyNumbers(emergencyNumbersPath(toCore(dataDirectory)));
    if (const auto* table = std::get_if<EmergencyNumbers>(&numbers)) {
        localiseEmergencyNumbers(kb, *table, toCore(country));
    }
}

AppServices::AppServices(KnowledgeBase kb, const QString& dataDirectory, const QString& userFolder)
    : kb_(std::move(kb)), dataDirectory_(dataDirectory),
      content_(contentDatabaseOf(toCore(dataDirectory), kb_.language), kb_),
      history_(openHistory(userFolder, historyNotice_)),
      clinicPlace_(toCore(QDir(userFolder).filePath(QStringLiteral("clinic.sqlite")))),
      context_{kb_,
               content_,
               *history_,
               [this]() -> ClinicStore& { return clinicPlace_.store(); },
               [this]() -> const std::vector<Measure>& { return measures(); },
               toCore(userFolder),
               [this] { return trainingData(); },
               clinicPlace_} {}

AppServices::~AppServices() = default;

const std::vector<Measure>& AppServices::measures() {
    if (!measures_) {
        MeasuresResult loaded =
            loadMeasures(toCore(QDir(dataDirectory_).filePath(QStringLiteral("measures"))), kb_);
        if (const auto* problems = std::get_if<Problems>(&loaded)) {
            QMessageBox::warning(nullptr, QObject::tr("Questionnaires unavailable"),
                                 QObject::tr("The outcome questionnaires cannot be used: %1")
                                     .arg(toQt(problems->front().describe())));
            measures_.emplace();
        } else {
            measures_ = std::move(std::get<std::vector<Measure>>(loaded));
        }
    }
    return *measures_;
}

const TrainingData* AppServices::trainingData() {
    if (!trainingData_) {
        std::vector<std::string> conditions;
        for (const Condition& condition : kb_.conditions) {
            conditions.push_back(condition.id);
        }
        trainingData_ = loadTrainingData(toCore(dataDirectory_), conditions, kb_.language);
        if (const auto* problems = std::get_if<Problems>(&*trainingData_)) {
            QMessageBox::warning(nullptr, QObject::tr("Training rules unavailable"),
                                 QObject::tr("Your runs are listed, but not compared with each "
                                             "other, and no next-run light or plan is shown: %1")
                                     .arg(toQt(problems->front().describe())));
        }
    }
    return std::get_if<TrainingData>(&*trainingData_);
}

} // namespace kt::app
