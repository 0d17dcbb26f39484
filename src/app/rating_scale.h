#pragma once

#include <QWidget>
#include <optional>

class QButtonGroup;

namespace kt::app {

// A rating scale (0 to 10) as a row of buttons, one per number, with the words for both ends
// under it: none chosen at first, so nothing is answered for the person. Arrow keys move along it,
// Home and End go to its ends, a digit chooses its number ("1" then "0" is 10). The scale is one
// Tab stop: the chosen button, or the first while none is.
class RatingScale : public QWidget {
    Q_OBJECT

  public:
    RatingScale(int min, int max, const QString& lowWords, const QString& highWords,
                QWidget* parent = nullptr);

    [[nodiscard]] std::optional<int> value() const;
    // Chooses `value`, or none for a value off the scale.
    void setValue(std::optional<int> value);
    // Gives the focus to the chosen button, or the first.
    void focusScale();

  signals:
    void chosen(int value);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void choose(std::optional<int> value);

    QButtonGroup* buttons_;
    int min_;
    int max_;
    int lastDigit_ = -1;
};

} // namespace kt::app
