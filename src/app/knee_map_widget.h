#pragma once

#include "kneetriage/engine/answers.h"
#include "kneetriage/kb/knowledge_base.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QSvgRenderer>
#include <QWidget>
#include <array>
#include <optional>

namespace kt::app {

// The knee pictures (ui/pictures/knee_*.svg): a right knee seen from the front, from behind, from
// the inner side and from the outer side. An area a person can choose is an element of the
// picture's <defs> named "<question>__<code>" after the answer it gives; an empty group named
// "opens-<question>" marks the view a question's picture opens on. A left knee is the mirror
// image of the right one; both knees are shown side by side.
class KneePictures {
  public:
    enum class View { Front, Back, Inner, Outer };
    enum class Side { Right, Left, Both };
    static constexpr std::array kViews{View::Front, View::Back, View::Inner, View::Outer};

    // One knee drawn in a rectangle, mirrored for a left knee.
    struct Panel {
        QRectF rect;
        bool mirrored = false;
        Side knee = Side::Right;
    };

    KneePictures();

    [[nodiscard]] const QSvgRenderer& renderer(View view) const;
    [[nodiscard]] bool hasArea(View view, const QString& area) const;
    // The view `questionId` opens on: its "opens-" mark, else the first view with one of its areas.
    [[nodiscard]] std::optional<View> viewFor(const QString& questionId,
                                              const QStringList& areas) const;
    // Where each knee of `side` is drawn inside `bounds` (the person's right knee on the viewer's
    // left when seen from the front, on the viewer's right from behind).
    [[nodiscard]] std::vector<Panel> panels(View view, Side side, const QRectF& bounds) const;
    // The area's shape in the coordinates of `panel` (device-independent pixels).
    [[nodiscard]] QRectF areaBounds(View view, const QString& area, const Panel& panel) const;
    void paintKnees(QPainter& painter, View view, const std::vector<Panel>& panels) const;
    // Fills `area` in every panel with `colour`, in the exact shape drawn in the picture.
    void paintArea(QPainter& painter, View view, const QString& area,
                   const std::vector<Panel>& panels, const QColor& colour) const;

  private:
    mutable std::array<QSvgRenderer, 4> renderers_; // rendering changes no state we rely on
};

// The knee picture of `view` with `areas` ("question__code", as in the pictures) marked, drawn at
// `size` device-independent pixels for a screen or page of `devicePixelRatio`. For the results
// page and the PDF report: see kneeMarksFor() for what a check's answers mark.
[[nodiscard]] QImage markedKneePicture(KneePictures::View view, KneePictures::Side side,
                                       const QStringList& areas, QSize size,
                                       qreal devicePixelRatio = 1.0,
                                       const QColor& mark = QColor(0xc6, 0x3d, 0x2f));

// What a check's answers to the "where" questions mark on the knee picture: the knee that hurts,
// the chosen areas, and the view that shows the most precise of them.
struct KneeMarks {
    KneePictures::View view = KneePictures::View::Front;
    KneePictures::Side side = KneePictures::Side::Right;
    QStringList areas;
};
[[nodiscard]] std::optional<KneeMarks> kneeMarksFor(const KnowledgeBase& kb,
                                                    const Answers& answers);

// The knee picture on a question page: the areas of the question on screen highlight under the
// mouse and under keyboard focus (arrow keys move between them, Space chooses), each named on the
// picture and to assistive technology; the chosen one stays marked. A plain list beside it offers
// the same choices.
class KneeMapWidget : public QWidget {
    Q_OBJECT

  public:
    using View = KneePictures::View;
    using Side = KneePictures::Side;

    explicit KneeMapWidget(QWidget* parent = nullptr);

    // Shows the areas of `questionId` (none when the picture has none for it), opening on the view
    // that matches the question. `labels` maps each code to its plain words, the area's name.
    void showQuestion(const QString& questionId, const QHash<QString, QString>& labels);
    [[nodiscard]] bool hasAreas() const { return !codes_.isEmpty(); }
    void setSelected(const QString& code);
    void setView(View view);
    void setSide(Side side);
    [[nodiscard]] View view() const { return view_; }
    [[nodiscard]] QStringList codesIn(View view) const;
    // Centre of a code's area in widget coordinates (the first knee's), for tests.
    [[nodiscard]] std::optional<QPointF> centreOf(const QString& code) const;
    [[nodiscard]] QRectF areaRect(const QString& code) const;
    // The name shown under the picture: the area under the mouse or keyboard focus, else the
    // chosen one.
    [[nodiscard]] QString caption() const;
    [[nodiscard]] QString focusedCode() const { return focused_; }
    [[nodiscard]] QString selectedCode() const { return selected_; }
    [[nodiscard]] QString labelOf(const QString& code) const { return labels_.value(code); }
    // Moves keyboard focus to a code's area, as the arrow keys do.
    void focusArea(const QString& code);
    void chooseFocused();

    [[nodiscard]] QSize sizeHint() const override { return {320, 460}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {200, 300}; }

  signals:
    void areaClicked(const QString& code);

  protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

  private:
    [[nodiscard]] QString areaId(const QString& code) const;
    [[nodiscard]] QRectF pictureRect() const;
    [[nodiscard]] QRectF captionRect() const;
    [[nodiscard]] std::vector<KneePictures::Panel> panels() const;
    [[nodiscard]] std::optional<QString> codeAt(QPointF point) const;
    [[nodiscard]] const QImage& hitMask(const QString& code) const;
    void paintSideWords(QPainter& painter, const std::vector<KneePictures::Panel>& panels);
    void paintFocus(QPainter& painter, const std::vector<KneePictures::Panel>& panels);
    void layoutChanged();
    void announceFocus();

    KneePictures pictures_;
    QString questionId_;
    QStringList codes_;
    QHash<QString, QString> labels_;
    QString selected_;
    QString hovered_;
    QString focused_;
    View view_ = View::Front;
    Side side_ = Side::Right;
    mutable QHash<QString, QImage> hitMasks_; // code -> its shape at widget size, for the mouse
};

} // namespace kt::app
