#include "kneetriage/runs/run_importer.h"

#include <algorithm>
#include <cctype>

namespace kt {
namespace {

// RFC 4180 CSV, read one record at a time: fields may be quoted, and a quoted field may hold
// commas, doubled quotes and newlines (Strava's activity descriptions do).
class CsvReader {
  public:
    explicit CsvReader(std::string_view text) : text_(text) {}

    // The next record's fields, or nullopt at the end; throws a Problem at an unclosed quote.
    std::optional<std::vector<std::string>> next() {
        if (at_ >= text_.size()) {
            return std::nullopt;
        }
        std::vector<std::string> fields(1);
        while (at_ < text_.size()) {
            const char c = text_[at_];
            if (c == '"' && fields.back().empty()) {
                readQuoted(fields.back());
            } else if (c == ',') {
                fields.emplace_back();
                ++at_;
            } else if (c == '\n' || c == '\r') {
                at_ += c == '\r' && at_ + 1 < text_.size() && text_[at_ + 1] == '\n' ? 2 : 1;
                ++line_;
                return fields;
            } else {
                fields.back() += c;
                ++at_;
            }
        }
        return fields;
    }

    [[nodiscard]] int line() const { return line_; }

  private:
    void readQuoted(std::string& field) {
        const int openedOn = line_;
        ++at_;
        for (;;) {
            const auto quote = text_.find('"', at_);
            if (quote == std::string_view::npos) {
                throw Problem{{},
                              openedOn,
                              1,
                              {},
                              "a quoted field opened on this line is never closed; expected a "
                              "closing \" before the end of the file"};
            }
            const auto part = text_.substr(at_, quote - at_);
            line_ += static_cast<int>(std::count(part.begin(), part.end(), '\n'));
            field += part;
            at_ = quote + 1;
            if (at_ < text_.size() && text_[at_] == '"') {
                field += '"';
                ++at_;
            } else {
                return;
            }
        }
    }

    std::string_view text_;
    std::size_t at_ = 0;
    int line_ = 1;
};

// Strava's activity type as a sport name: "Trail Run" -> "trail_run".
std::string sportOfType(std::string_view type) {
    std::string sport;
    for (const char c : type) {
        sport += c == ' ' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return sport == "run" ? "running" : sport;
}

} // namespace

std::variant<StravaActivityTypes, Problem> readStravaActivities(std::string_view csv) {
    if (csv.starts_with("\xEF\xBB\xBF")) {
        csv.remove_prefix(3); // a byte-order mark
    }
    CsvReader reader(csv);
    try {
        const auto header = reader.next();
        const auto column = [&header](std::string_view name) {
            const auto found = std::find(header->begin(), header->end(), name);
            return found == header->end() ? std::string::npos
                                          : static_cast<std::size_t>(found - header->begin());
        };
        const std::size_t typeColumn = header ? column("Activity Type") : std::string::npos;
        const std::size_t fileColumn = header ? column("Filename") : std::string::npos;
        if (typeColumn == std::string::npos || fileColumn == std::string::npos) {
            return Problem{{},
                           1,
                           1,
                           {},
                           "the first line has no \"Activity Type\" and \"Filename\" columns; "
                           "expected the header of a Strava export's activities.csv"};
        }
        StravaActivityTypes types;
        while (auto row = reader.next()) {
            if (row->size() > std::max(typeColumn, fileColumn) && !(*row)[fileColumn].empty()) {
                types.typeByFile[(*row)[fileColumn]] = sportOfType((*row)[typeColumn]);
            }
        }
        return types;
    } catch (Problem& problem) {
        return std::move(problem);
    }
}

} // namespace kt
