#include "history_page.h"

#include "adherence_text.h"
#include "disposition_style.h"
#include "pain_chart_widget.h"
#include "qt_text.h"
#include "store_guard.h"
#include "ui_history_page.h"

#include <QDateTime>
#include <QHeaderView>
#include <QMessageBox>
#include <string>
#include <variant>

namespace kt::app {

HistoryPage::HistoryPage(AppContext& context, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::HistoryPage>()), context_(context),
      chart_(new PainChartWidget(this)) {
    ui_->setupUi(this);
    ui_->chartLayout->addWidget(chart_);
    ui_->checksTable->setColumnCount(4);
    ui_->checksTable->setHorizontalHeaderLabels(
        {tr("Date"), tr("Most likely"), tr("What to do"), tr("Pain")});
    ui_->checksTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    ui_->checksTable->verticalHeader()->hide();
    connect(ui_->openButton, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedId(); id > 0) {
            emit openRequested(id);
        }
    });
    connect(ui_->checksTable, &QTableWidget::cellDoubleClicked, this,
            [this] { emit openRequested(selectedId()); });
    connect(ui_->deleteButton, &QPushButton::clicked, this, &HistoryPage::deleteSelected);
    connect(ui_->homeButton, &QPushButton::clicked, this, &HistoryPage::homeRequested);
    connect(ui_->checksTable, &QTableWidget::itemSelectionChanged, this,
            &HistoryPage::showSelectedExercises);
    connect(ui_->startExercisesButton, &QPushButton::clicked, this, [this] {
        if (selected_) {
            emit exercisesRequested(selected_->today, selected_->answers);
        }
    });
}

HistoryPage::~HistoryPage() = default;

int HistoryPage::rowCount() const {
    return ui_->checksTable->rowCount();
}

void HistoryPage::reload() {
    std::vector<SavedCheck> checks;
    tryStore(this, tr("Reading your saved checks"), [&] { checks = context_.history.list(); });
    ui_->checksTable->setRowCount(static_cast<int>(checks.size()));
    std::vector<PainChartWidget::Point> points;
    for (std::size_t row = 0; row < checks.size(); ++row) {
        const SavedCheck& check = checks[row];
        const QDateTime when =
            QDateTime::fromString(toQt(check.createdAt), Qt::ISODate).toLocalTime();
        const auto disposition =
            dispositionFromId(check.disposition).value_or(Disposition::SeeClinician);
        const QStringList cells{
            QLocale().toString(when, QLocale::ShortFormat),
            check.topCondition.empty() ? tr("No clear cause") : toQt(check.topCondition),
            styleOf(context_.kb, disposition).headline,
            check.painScore ? QString::number(*check.painScore) : QStringLiteral("–")};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, QVariant::fromValue<qint64>(check.id));
            ui_->checksTable->setItem(static_cast<int>(row), column, item);
        }
        if (check.painScore) {
            points.push_back({when, *check.painScore});
        }
    }
    ui_->checksTable->resizeColumnToContents(0);
    if (!checks.empty()) {
        ui_->checksTable->selectRow(0);
    }
    ui_->openButton->setEnabled(!checks.empty());
    ui_->deleteButton->setEnabled(!checks.empty());
    chart_->setPoints(std::move(points));
    showSelectedExercises();
}

void HistoryPage::showSelectedExercises() {
    selected_.reset();
    std::optional<SavedCheck> check;
    if (const std::int64_t id = selectedId(); id > 0) {
        tryStore(this, tr("Reading your saved checks"), [&] { check = context_.history.find(id); });
    }
    if (check) {
        auto reopened = reopenCheck(context_.kb, *check, "history #" + std::to_string(check->id));
        if (auto* readable = std::get_if<ReopenedCheck>(&reopened);
            readable != nullptr &&
            sessionFor(context_.kb, readable->today, readable->answers).has_value()) {
            selected_ = std::move(*readable);
        }
    }
    const QString line = selected_ ? adherenceLine(context_, selected_->today, selected_->answers,
                                                   QDateTime::currentDateTime())
                                   : QString();
    ui_->adherenceLabel->setText(line);
    ui_->adherenceLabel->setVisible(!line.isEmpty());
    ui_->startExercisesButton->setEnabled(selected_.has_value());
}

std::int64_t HistoryPage::selectedId() const {
    const auto selected = ui_->checksTable->selectedItems();
    return selected.isEmpty() ? 0 : selected.front()->data(Qt::UserRole).toLongLong();
}

void HistoryPage::deleteSelected() {
    const std::int64_t id = selectedId();
    if (id <= 0) {
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Delete this check?"),
        tr("The saved check will be removed from this computer. This cannot be undone."));
    if (answer == QMessageBox::Yes) {
        tryStore(this, tr("Deleting the check"), [&] { context_.history.remove(id); });
        reload();
    }
}

} // namespace kt::app
