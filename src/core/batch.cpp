#include "kneetriage/batch.h"

#include "kneetriage/answers_reader.h"
#include "kneetriage/json_document.h"
#include "kneetriage/result_json.h"
#include "kneetriage/triage.h"

namespace kt {
namespace {

// One answers document is small; a line longer than this is hostile or broken.
constexpr JsonLimits kAnswersLimits{.maxBytes = 1024U * 1024U, .maxDepth = 16};

enum class LineRead { Line, TooLong, End };

// std::getline without its appetite: a line past the limit is skipped, not held in memory.
LineRead readLine(std::streambuf& input, std::string& line, std::size_t limit) {
    line.clear();
    bool tooLong = false;
    for (int c = input.sbumpc(); c != std::char_traits<char>::eof(); c = input.sbumpc()) {
        if (c == '\n') {
            return tooLong ? LineRead::TooLong : LineRead::Line;
        }
        if (line.size() < limit) {
            line.push_back(static_cast<char>(c));
        } else {
            tooLong = true;
        }
    }
    if (tooLong) {
        return LineRead::TooLong;
    }
    return line.empty() ? LineRead::End : LineRead::Line;
}

} // namespace

std::variant<std::string, Problems> triageDocument(const KnowledgeBase& kb, std::string file, std::string text) {
    JsonResult parsed = parseJsonText(std::move(file), std::move(text), kAnswersLimits);
    if (auto* problem = std::get_if<Problem>(&parsed)) {
        return Problems{std::move(*problem)};
    }
    AnswersResult answers = readAnswers(kb, std::get<JsonDocument>(parsed));
    if (auto* problems = std::get_if<Problems>(&answers)) {
        return std::move(*problems);
    }
    std::string out;
    appendResultJson(out, kb, triage(kb, std::get<Answers>(answers)));
    return out;
}

BatchSummary triageBatch(const KnowledgeBase& kb, std::istream& input, const std::string& file,
                         std::ostream& output, std::ostream& errors) {
    BatchSummary summary;
    std::string line;
    std::string out;
    std::size_t lineNumber = 0;
    std::streambuf& source = *input.rdbuf();
    for (LineRead read = readLine(source, line, kAnswersLimits.maxBytes); read != LineRead::End;
         read = readLine(source, line, kAnswersLimits.maxBytes)) {
        ++lineNumber;
        if (read == LineRead::Line && line.find_first_not_of(" \t\r") == std::string::npos) {
            continue; // blank lines separate nothing and are not cases
        }
        ++summary.cases;
        out.clear();
        auto result = read == LineRead::TooLong
                          ? Problems{Problem{file, 1, 1, {},
                                             "line is longer than " + std::to_string(kAnswersLimits.maxBytes) +
                                                 " bytes; expected one answers document per line"}}
                          : triageDocument(kb, file, line);
        if (auto* document = std::get_if<std::string>(&result)) {
            out = std::move(*document);
        } else {
            ++summary.failed;
            Problems& problems = std::get<Problems>(result);
            for (Problem& problem : problems) {
                problem.line = lineNumber; // the document is one line of the batch file
                problem.column = problem.column == 0 ? 1 : problem.column;
                errors << problem.describe() << '\n';
            }
            appendErrorJson(out, lineNumber, problems);
        }
        out += '\n';
        output.write(out.data(), static_cast<std::streamsize>(out.size()));
    }
    output.flush();
    return summary;
}

} // namespace kt
