#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class HomePage;
}

namespace kt::app {

class HomePage : public QWidget {
    Q_OBJECT

  public:
    explicit HomePage(QWidget* parent = nullptr);
    ~HomePage() override;

    void setSavedCheckCount(int count);
    void setClinicMode(bool on);
    void setNotice(const QString& notice);

  signals:
    void startRequested();
    void historyRequested();
    void exercisesRequested();
    void trainingRequested();
    void clinicRequested();

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void sizeButtons();

    std::unique_ptr<Ui::HomePage> ui_;
};

} // namespace kt::app
