#pragma once

#include "kneetriage/kb/knowledge_base.h"

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
    explicit RedFlagPage(const KnowledgeBase& kb, QWidget* parent = nullptr);
    ~RedFlagPage() override;

    void showFlags(const std::vector<std::size_t>& flags);

  signals:
    void continueRequested();
    void resultsRequested();

  private:
    std::unique_ptr<Ui::RedFlagPage> ui_;
    const KnowledgeBase& kb_;
};

} // namespace kt::app
