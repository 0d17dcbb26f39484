#pragma once

#include "kneetriage/engine/session.h"
#include "kneetriage/kb/knowledge_base.h"

#include <QHash>
#include <QWidget>
#include <memory>
#include <optional>
#include <set>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QLineEdit;

namespace Ui {
class QuestionPage;
}

namespace kt::app {

class KneeMapWidget;
class RatingScale;

// One generic page for every question of the knowledge base: the engine's Session decides
// which question comes next; this page only shows it and collects the answer.
class QuestionPage : public QWidget {
    Q_OBJECT

  public:
    explicit QuestionPage(const KnowledgeBase& kb, QWidget* parent = nullptr);
    ~QuestionPage() override;

    // Asks the questions of `session`, which the window owns and reads the answers from.
    // `largeText` for a patient filling in an intake on the clinic's computer.
    void startNewCheck(Session& session, bool largeText = false);
    // Shows the current question again (after a red-flag page, or to change answers).
    void resume();
    // From the results: steps back to the last question answered.
    void stepBackFromEnd();

  signals:
    // Red flags that fired with the last answer, not yet shown to the user.
    void redFlagsRaised(const std::vector<std::size_t>& flags);
    void checkFinished();
    void cancelled();

  protected:
    void resizeEvent(QResizeEvent* event) override;

  private:
    void showCurrent();
    void buildAnswerWidgets(const Question& question);
    QHash<QString, QString> addChoiceButtons(const Question& question);
    void addCheckBoxes(const Question& question);
    void addNumberField(const Question& question);
    void addRatingButtons(const Question& question);
    void showWhyWeAsk(const Question& question);
    void fitColumns();
    void showTheKneeThatHurts();
    void restoreAnswer(const Question& question, const AnswerValue& answer);
    [[nodiscard]] std::optional<AnswerValue> chosenAnswer() const;
    void updateNextButton();
    void goNext();
    void goBack();
    void pictureClicked(const QString& code);
    void clearAnswerWidgets();
    [[nodiscard]] QString withMnemonic(const QString& label);

    std::unique_ptr<Ui::QuestionPage> ui_;
    const KnowledgeBase& kb_;
    Session* session_ = nullptr; // the window's check under way
    std::set<std::size_t> announcedFlags_;
    QButtonGroup* choices_ = nullptr;
    std::vector<QCheckBox*> checks_;
    QLineEdit* number_ = nullptr;   // empty while the question is not answered
    RatingScale* rating_ = nullptr; // a 0-10 scale, none chosen at first
    KneeMapWidget* picture_ = nullptr;
    QString usedMnemonics_;
};

} // namespace kt::app
