#pragma once

#include <QHash>
#include <QSvgRenderer>
#include <QWidget>
#include <optional>

namespace kt::app {

// The knee picture: front and back views of a left or right knee whose areas highlight under
// the mouse and, when clicked, choose an answer. Areas are SVG elements named
// "<question>__<code>" in ui/pictures; a plain list beside it offers the same choices.
class KneeMapWidget : public QWidget {
    Q_OBJECT

  public:
    enum class View { Front, Back };
    enum class Side { Right, Left };

    explicit KneeMapWidget(QWidget* parent = nullptr);

    // Shows the areas of `questionId` (none when the picture has none for it), in the view that has
    // them. `labels` maps each code to its plain words, shown as the area's tooltip.
    void showQuestion(const QString& questionId, const QHash<QString, QString>& labels);
    [[nodiscard]] bool hasAreas() const { return !codes_.isEmpty(); }
    void setSelected(const QString& code);
    void setView(View view);
    void setSide(Side side);
    [[nodiscard]] View view() const { return view_; }
    [[nodiscard]] QStringList codesIn(View view) const;
    // Centre of a code's area in widget coordinates, for tests and accessibility.
    [[nodiscard]] std::optional<QPointF> centreOf(const QString& code) const;

    [[nodiscard]] QSize sizeHint() const override { return {300, 420}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {200, 280}; }

  signals:
    void areaClicked(const QString& code);

  protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

  private:
    [[nodiscard]] QSvgRenderer& renderer(View view);
    [[nodiscard]] const QSvgRenderer& renderer(View view) const;
    [[nodiscard]] QRectF pictureRect() const;
    [[nodiscard]] std::optional<QRectF> areaRect(View view, const QString& code) const;
    [[nodiscard]] std::optional<QString> codeAt(QPointF point) const;

    QSvgRenderer front_;
    QSvgRenderer back_;
    QString questionId_;
    QStringList codes_;
    QHash<QString, QString> labels_;
    QString selected_;
    QString hovered_;
    View view_ = View::Front;
    Side side_ = Side::Right;
};

} // namespace kt::app
