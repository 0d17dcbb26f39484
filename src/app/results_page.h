#pragma once

#include "app_context.h"
#include "kneetriage/engine/triage.h"
#include "kneetriage/io/check_record.h"
#include "kneetriage/training/onset_link.h"

#include <QStringList>
#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class ResultsPage;
}

namespace kt::app {

// The result of a check at a glance: the disposition banner (what to do and by when), warning
// signs, a checklist, the likely causes as cards with their reasons folded, exercises with
// pictures, advice, sources.
class ResultsPage : public QWidget {
    Q_OBJECT

  public:
    explicit ResultsPage(AppContext& context, QWidget* parent = nullptr);
    ~ResultsPage() override;

    // `canChange` is false for a check reopened from history.
    void showResult(const TriageResult& result, const Answers& answers, const QString& when,
                    bool canChange);
    // A check reopened from history: shown as it was saved (see reopenCheck for the policy).
    void showSavedCheck(const ReopenedCheck& check, const QString& when);
    // Writes the shown result as a PDF; returns an error message or "" on success.
    [[nodiscard]] QString exportPdf(const QString& file);

  signals:
    void homeRequested();
    void changeRequested();
    // Today's exercises of the result on screen.
    void exercisesRequested(const kt::TriageResult& result, const kt::Answers& answers);
    void trainingRequested();

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void choosePdfFile();
    void showBanner(Disposition disposition);
    void rerunSavedCheck();
    // Shows the result in the palette's colours, with the reasons that are open, where it was.
    void render();
    void followLink(const QUrl& url);

    std::unique_ptr<Ui::ResultsPage> ui_;
    AppContext& context_;
    std::optional<TriageResult> result_;
    std::optional<Answers> answers_;
    QString when_;
    // The runs before the pain of a check just finished, worked out when it is shown; none for
    // one reopened from the history (its runs then are not linked to its pain).
    std::optional<OnsetStatement> runsBeforePain_;
    // What a re-run changed, shown above today's result.
    QString changesHtml_;
    QStringList openReasons_;
    std::optional<Disposition> banner_;
    // The reopened check shown in its saved words, until it is re-run.
    std::optional<ReopenedCheck> saved_;
};

} // namespace kt::app
