#include "store/clinic_backend.h"

#include "kneetriage/store/sqlite_database.h"

namespace kt {

std::int64_t SqlRow::integer(std::size_t column) const {
    if (const auto* number = std::get_if<std::int64_t>(&values_.at(column))) {
        return *number;
    }
    if (std::holds_alternative<std::monostate>(values_[column])) {
        return 0;
    }
    throw DatabaseError("column " + std::to_string(column) + " holds no whole number");
}

std::string SqlRow::text(std::size_t column) const {
    const SqlValue& value = values_.at(column);
    if (const auto* text = std::get_if<std::string>(&value)) {
        return *text;
    }
    if (const auto* bytes = std::get_if<SqlBytes>(&value)) {
        return bytes->bytes;
    }
    if (const auto* number = std::get_if<std::int64_t>(&value)) {
        return std::to_string(*number);
    }
    return {};
}

bool SqlRow::isNull(std::size_t column) const {
    return std::holds_alternative<std::monostate>(values_.at(column));
}

} // namespace kt
