#pragma once

#include "kneetriage/io/check_record.h"
#include "kneetriage/store/sqlite_database.h"

#include <string_view>

namespace kt {

// The columns a kept check has in the history and in the clinic's visits, in this order.
inline constexpr std::string_view kCheckRecordColumns =
    "created_at, kb_version, answers_json, result_json, disposition, top_condition";
inline constexpr int kCheckRecordColumnCount = 6;

// Binds `record` to parameters first .. first + 5.
inline void bindCheckRecord(Statement& statement, int first, const CheckRecord& record) {
    statement.bind(first, record.createdAt)
        .bind(first + 1, record.kbVersion)
        .bind(first + 2, record.answersJson)
        .bind(first + 3, record.resultJson)
        .bind(first + 4, record.disposition)
        .bind(first + 5, record.topCondition);
}

// Reads the record from columns first .. first + 5 of the current row.
inline CheckRecord readCheckRecord(const Statement& row, int first) {
    return CheckRecord{row.text(first),     row.text(first + 1), row.text(first + 2),
                       row.text(first + 3), row.text(first + 4), row.text(first + 5)};
}

} // namespace kt
