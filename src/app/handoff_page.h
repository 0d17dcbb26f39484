#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class HandoffPage;
}

namespace kt::app {

// What the patient sees at the end of an intake: thanks, and the result only if the clinician
// allowed it.
class HandoffPage : public QWidget {
    Q_OBJECT

  public:
    explicit HandoffPage(QWidget* parent = nullptr);
    ~HandoffPage() override;

    void setResultAllowed(bool allowed);

  signals:
    void resultRequested();
    void clinicianRequested();

  private:
    std::unique_ptr<Ui::HandoffPage> ui_;
};

} // namespace kt::app
