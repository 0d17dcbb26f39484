#pragma once

#include "app_context.h"

#include <QWidget>
#include <memory>
#include <vector>

namespace Ui {
class RedFlagPage;
}

namespace kt::app {

// The interruption a red flag causes: a full page in the disposition's colour saying what it
// may mean and what to do now. The user can still go on to finish the check.
class RedFlagPage : public QWidget {
    Q_OBJECT

  public:
    explicit RedFlagPage(AppContext& context, QWidget* parent = nullptr);
    ~RedFlagPage() override;

    void showFlags(const std::vector<std::size_t>& flags);

  signals:
    void continueRequested();
    void resultsRequested();

  private:
    std::unique_ptr<Ui::RedFlagPage> ui_;
    AppContext& context_;
};

} // namespace kt::app
