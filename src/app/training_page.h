#pragma once

#include "app_context.h"
#include "kneetriage/training/load_analysis.h"
#include "kneetriage/training/return_plan.h"

#include <QWidget>
#include <memory>

namespace Ui {
class TrainingPage;
}

namespace kt::app {

class RunImport;
class RatingScale;
class WeeklyDistanceChart;
struct ImportSummary;

// The runner's training: runs imported from activity files (by button or by dropping files or
// folders on the page), the distance of each week with the spikes marked, and the recent runs.
class TrainingPage : public QWidget {
    Q_OBJECT

  public:
    explicit TrainingPage(AppContext& context, QWidget* parent = nullptr);
    ~TrainingPage() override;

    // Shows what the history holds now.
    void reload();
    // Starts importing `paths` (files and folders) unless an import is under way.
    void importPaths(const QStringList& paths);
    [[nodiscard]] bool importing() const { return import_ != nullptr; }
    [[nodiscard]] int runCount() const;

  signals:
    void backRequested();
    void importFinished();

  protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  private:
    void showRuns(const std::vector<RunLoad>& loads, const LoadSpikeRules* rules);
    // The next-run light, and unless it is red the diary and the plan.
    void showAdvice(std::vector<Run> runs);
    // `withPlan`: the plan's step is shown below, and the caps are its upper limits.
    void showLight(const NextRunLight& light, bool withPlan);
    void showPlan(const PlanState& plan);
    void fillDiaryDays();
    void saveDiaryEntry();
    void chooseFiles();
    void chooseFolder();
    void showProgress(int done, int total);
    void showSummary(const ImportSummary& summary);
    // "N runs added, M already stored, K not runs", what was not read and why first.
    [[nodiscard]] static QString summaryText(const ImportSummary& summary);

    std::unique_ptr<Ui::TrainingPage> ui_;
    AppContext& context_;
    WeeklyDistanceChart* chart_;
    RatingScale* diaryPain_;
    RunImport* import_ = nullptr;
};

} // namespace kt::app
