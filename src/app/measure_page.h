#pragma once

#include "kneetriage/measures/measures.h"

#include <QWidget>
#include <memory>
#include <vector>

class QButtonGroup;
class QLineEdit;
class QVBoxLayout;

namespace Ui {
class MeasurePage;
}

namespace kt::app {

// The patient-facing questionnaires, one measure per page, in large text. Items may be left
// out: the scoring applies each measure's own missing-item rule.
class MeasurePage : public QWidget {
    Q_OBJECT

  public:
    explicit MeasurePage(QWidget* parent = nullptr);
    ~MeasurePage() override;

    void start(std::vector<const Measure*> measures);

  signals:
    // {"<measure id>": {"<item id>": code or number}}
    void finished(const nlohmann::json& answers);

  private:
    void showMeasure();
    // An item's answer field (numbers) or its answers (choices), added to its box's layout.
    QLineEdit* addNumberField(const MeasureItem& item, QVBoxLayout& layout);
    QButtonGroup* addChoices(const MeasureItem& item, QVBoxLayout& layout);
    void collectAnswers();
    void updateBranches();
    [[nodiscard]] nlohmann::json chosenAnswers() const;

    struct ItemInput {
        const MeasureItem* item = nullptr;
        QWidget* box = nullptr;
        QButtonGroup* choices = nullptr;
        QLineEdit* number = nullptr; // empty while the item is not answered
    };

    std::unique_ptr<Ui::MeasurePage> ui_;
    std::vector<const Measure*> measures_;
    std::size_t current_ = 0;
    std::vector<ItemInput> inputs_;
    nlohmann::json answers_;
};

} // namespace kt::app
