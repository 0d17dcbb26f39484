#pragma once

#include "app_context.h"

#include <QString>
#include <memory>
#include <optional>
#include <variant>

namespace kt::app {

// Why the app cannot start: a sentence for the message box, and the details (every problem,
// also written to stderr for whoever started it from a terminal).
struct StartFailure {
    QString text;
    QString details;
};

// Everything the window works with, opened from one data directory (its knowledge base and
// the content database built from it) and one folder for the user's own files. The program,
// the GUI tests and the start-up benchmark all start the app through `open`, so they run the
// same wiring.
class AppServices {
  public:
    // `language`: the texts of the knowledge base and content ("en", "de"); `country` (ISO 3166,
    // "DE") names the emergency number to show, or none to list several.
    [[nodiscard]] static std::variant<std::unique_ptr<AppServices>, StartFailure>
    open(const QString& dataDirectory, const QString& userFolder,
         const QString& language = QStringLiteral("en"), const QString& country = QString());

    AppServices(const AppServices&) = delete;
    AppServices& operator=(const AppServices&) = delete;
    ~AppServices();

    [[nodiscard]] AppContext& context() { return context_; }
    // Said once the window is up: the history file was set aside, or history is off.
    [[nodiscard]] const std::optional<std::string>& historyNotice() const { return historyNotice_; }
    // Said once the window is up: the chosen language's texts are incomplete, so every text is
    // shown in English instead (never a mix, never a broken translation).
    [[nodiscard]] const QString& languageNotice() const { return languageNotice_; }

  private:
    AppServices(KnowledgeBase kb, const QString& dataDirectory, const QString& userFolder);
    static void showEmergencyNumberOf(KnowledgeBase& kb, const QString& dataDirectory,
                                      const QString& country);
    const std::vector<Measure>& measures();
    const TrainingData* trainingData();

    const KnowledgeBase kb_;
    const QString dataDirectory_;
    ContentStore content_;
    std::optional<std::string> historyNotice_;
    QString languageNotice_;
    std::unique_ptr<HistoryStore> history_;
    // Opened on first use: a runner who never turns on clinic mode gets no clinic file.
    ClinicPlace clinicPlace_;
    // Loaded on first use, like the clinic database: only clinic mode needs them.
    std::optional<std::vector<Measure>> measures_;
    std::optional<std::variant<TrainingData, Problems>> trainingData_;
    AppContext context_;
};

} // namespace kt::app
