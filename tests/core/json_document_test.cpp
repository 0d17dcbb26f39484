#include "kneetriage/io/json_document.h"

#include <gtest/gtest.h>

namespace kt {
namespace {

using Pointer = nlohmann::json::json_pointer;

const Problem& problemOf(const JsonResult& result) {
    return std::get<Problem>(result);
}

TEST(JsonDocument, LocatesNestedMembersAndElements) {
    const std::string text = "{\n  \"a\": [1,\n    {\"b\": \"x\"}]\n}";
    const TextPlace place = locate(text, Pointer("/a/1/b"));
    EXPECT_EQ(place.line, 3);
    EXPECT_EQ(place.column, 11);
}

TEST(JsonDocument, LocatesEscapedKeys) {
    const std::string text = R"({"a\"b": 1, "c/d": 2})";
    EXPECT_EQ(locate(text, Pointer("/c~1d")).column, 20);
}

TEST(JsonDocument, EmptyFileIsNamedAsEmpty) {
    const JsonResult result = parseJsonText("empty.json", " \n", {});
    EXPECT_EQ(problemOf(result).describe(), "empty.json: file is empty; expected a JSON document");
}

TEST(JsonDocument, ByteOrderMarkIsAccepted) {
    const JsonResult result = parseJsonText("bom.json", "\xEF\xBB\xBF{\"a\": 1}", {});
    ASSERT_TRUE(std::holds_alternative<JsonDocument>(result));
    EXPECT_EQ(std::get<JsonDocument>(result).value["a"], 1);
}

TEST(JsonDocument, InvalidUtf8IsAnErrorWithItsPlace) {
    const JsonResult result = parseJsonText("bad.json", "{\"a\": \"\xC3\x28\"}", {});
    const Problem& problem = problemOf(result);
    EXPECT_EQ(problem.line, 1);
    EXPECT_NE(problem.message.find("invalid JSON"), std::string::npos);
}

TEST(JsonDocument, DeepNestingIsRefusedBeforeParsing) {
    const std::string text = std::string(100000, '[') + std::string(100000, ']');
    const JsonResult result =
        parseJsonText("deep.json", text, {.maxBytes = 1U << 20U, .maxDepth = 64});
    EXPECT_NE(problemOf(result).message.find("nesting is deeper than 64 levels"),
              std::string::npos);
    EXPECT_EQ(problemOf(result).column, 65);
}

TEST(JsonDocument, OversizedTextIsRefused) {
    const JsonResult result =
        parseJsonText("big.json", std::string(2048, ' '), {.maxBytes = 1024, .maxDepth = 8});
    EXPECT_EQ(problemOf(result).message, "file is 2048 bytes; expected at most 1024");
}

TEST(JsonDocument, TruncatedDocumentReportsTheEnd) {
    const JsonResult result = parseJsonText("cut.json", "{\"a\": [1, 2", {});
    EXPECT_EQ(problemOf(result).line, 1);
    EXPECT_NE(problemOf(result).message.find("unexpected end of input"), std::string::npos);
}

} // namespace
// The parser keeps the last of two equal member names; a second "weight_bearing" could hide a
// warning sign, so it is an error at the second one, however the name is spelt.
TEST(JsonDocument, AMemberNamedTwiceIsAnErrorAtItsSecondPlace) {
    const JsonResult plain = parseJsonText(
        "twice.json",
        "{\"answers\": {\"weight_bearing\": \"unable\",\n \"weight_bearing\": \"normal\"}}", {});
    EXPECT_NE(
        problemOf(plain).message.find("member \"weight_bearing\" appears twice in one object"),
        std::string::npos);
    EXPECT_EQ(problemOf(plain).line, 2);
    EXPECT_EQ(problemOf(plain).column, 2);
    const JsonResult escaped = parseJsonText("escaped.json", R"({"a": 1, "\u0061": 2})", {});
    EXPECT_NE(problemOf(escaped).message.find("member \"a\" appears twice"), std::string::npos);
    const JsonResult nested =
        parseJsonText("nested.json", R"([{"a": 1}, {"a": 2}, {"b": {"a": 1}, "a": 3}])", {});
    EXPECT_TRUE(std::holds_alternative<JsonDocument>(nested))
        << "the same name in different objects is fine";
}

TEST(JsonDocument, ANulByteIsAnErrorNotTheEndOfTheText) {
    const JsonResult result =
        parseJsonText("nul.json", std::string("{\"a\": 1}\0{\"b\": 2}", 17), {});
    EXPECT_EQ(problemOf(result).message, "a NUL byte; expected JSON text");
    EXPECT_EQ(problemOf(result).column, 9);
}

TEST(JsonDocument, AControlCharacterInANameIsEscapedInTheMessage) {
    const JsonResult result =
        parseJsonText("esc.json", "{\"\\u001b[31m\": 1, \"\\u001b[31m\": 2}", {});
    EXPECT_EQ(problemOf(result).message.find('\x1b'), std::string::npos);
    EXPECT_NE(problemOf(result).message.find("\\u001b"), std::string::npos);
}

} // namespace kt
