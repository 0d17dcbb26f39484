#include "kneetriage/io/batch.h"

#include "kneetriage/engine/triage.h"
#include "kneetriage/io/answers_reader.h"
#include "kneetriage/io/json_document.h"
#include "kneetriage/io/result_json.h"

#include <array>

namespace kt {
namespace {

// One answers document is small; a line longer than this is hostile or broken.
constexpr JsonLimits kAnswersLimits{.maxBytes = 1024U * 1024U, .maxDepth = 16};

enum class LineRead { Line, TooLong, End };

// std::getline without its appetite: a line past the limit is skipped, not held in memory.
// istream::getline into a chunk copies whole runs of the stream's buffer at a time.
LineRead readLine(std::istream& input, std::string& line, std::size_t limit) {
    line.clear();
    bool tooLong = false;
    bool readAnything = false;
    std::array<char, 8192> chunk{};
    while (true) {
        input.getline(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        const auto extracted = static_cast<std::size_t>(input.gcount());
        const bool chunkFull = input.fail() && !input.eof() && extracted == chunk.size() - 1;
        const bool ended = !chunkFull && !input.eof(); // the newline was read, and not stored
        const std::size_t count = ended ? extracted - 1 : extracted;
        readAnything = readAnything || extracted > 0;
        if (line.size() + count <= limit) {
            line.append(chunk.data(), count);
        } else {
            tooLong = true;
        }
        if (input.eof()) {
            input.clear(std::ios::eofbit);
            if (!readAnything) {
                return LineRead::End;
            }
            break;
        }
        if (ended) {
            break;
        }
        input.clear(); // the chunk filled before the line ended
    }
    return tooLong ? LineRead::TooLong : LineRead::Line;
}

// Appends the result document for the answers in `text` to `out`, or returns what is wrong with
// them (and appends nothing).
Problems appendTriaged(const KnowledgeBase& kb, const ResultJsonWriter& writer, std::string file,
                       std::string text, std::string& out) {
    JsonResult parsed = parseJsonText(std::move(file), std::move(text), kAnswersLimits);
    if (auto* problem = std::get_if<Problem>(&parsed)) {
        return Problems{std::move(*problem)};
    }
    AnswersResult answers = readAnswers(kb, std::get<JsonDocument>(parsed));
    if (auto* problems = std::get_if<Problems>(&answers)) {
        return std::move(*problems);
    }
    writer.append(out, triage(kb, std::get<Answers>(answers)));
    return {};
}

} // namespace

std::variant<std::string, Problems> triageDocument(const KnowledgeBase& kb, std::string file,
                                                   std::string text) {
    std::string out;
    Problems problems =
        appendTriaged(kb, ResultJsonWriter(kb), std::move(file), std::move(text), out);
    if (!problems.empty()) {
        return problems;
    }
    return out;
}

BatchSummary triageBatch(const KnowledgeBase& kb, std::istream& input, const std::string& file,
                         std::ostream& output, std::ostream& errors) {
    BatchSummary summary;
    const ResultJsonWriter writer(kb);
    std::string line;
    std::string out;
    std::size_t lineNumber = 0;
    for (LineRead read = readLine(input, line, kAnswersLimits.maxBytes); read != LineRead::End;
         read = readLine(input, line, kAnswersLimits.maxBytes)) {
        // Every line gets a line out, a blank one an error: output line N always answers input
        // line N, so no result can be read against the wrong person.
        ++lineNumber;
        ++summary.cases;
        out.clear();
        Problems problems;
        if (read == LineRead::TooLong) {
            problems.push_back(Problem{file,
                                       1,
                                       1,
                                       {},
                                       "line is longer than " +
                                           std::to_string(kAnswersLimits.maxBytes) +
                                           " bytes; expected one answers document per line"});
        } else if (line.find_first_not_of(" \t\r") == std::string::npos) {
            problems.push_back(
                Problem{file, 1, 1, {}, "blank line; expected one answers document per line"});
        } else {
            problems = appendTriaged(kb, writer, file, line, out);
        }
        if (!problems.empty()) {
            ++summary.failed;
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
