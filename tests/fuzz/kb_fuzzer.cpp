// libFuzzer target: the knowledge-base loader and all its checks. The first byte picks which of
// the eight files of a small valid knowledge base the rest of the input replaces.
#include "kneetriage/kb/loader.h"

#include <array>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace {

constexpr std::array<const char*, 8> kFiles{
    "kb/kb.json",          "kb/questions.json",       "kb/red_flags.json",
    "kb/conditions.json",  "content/conditions.json", "content/exercises.json",
    "content/advice.json", "content/programmes.json"};

// A private copy of the mini knowledge base, made once per fuzzing process.
const std::filesystem::path& workingCopy() {
    static const std::filesystem::path copy = [] {
        const auto path =
            std::filesystem::temp_directory_path() / ("kt-kb-fuzz-" + std::to_string(::getpid()));
        std::filesystem::remove_all(path);
        std::filesystem::copy(KT_MINI_KB_DIR, path, std::filesystem::copy_options::recursive);
        return path;
    }();
    return copy;
}

void write(const std::filesystem::path& file, const char* data, std::size_t size) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(data, static_cast<std::streamsize>(size));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    const std::string file = kFiles[data[0] % kFiles.size()];
    const std::filesystem::path target = workingCopy() / file;
    const std::filesystem::path original = std::filesystem::path(KT_MINI_KB_DIR) / file;
    write(target, reinterpret_cast<const char*>(data + 1), size - 1);
    kt::LoadOptions options;
    options.checkContract = false;
    const kt::LoadResult result = kt::loadKnowledgeBase(workingCopy(), options);
    if (const auto* problems = std::get_if<kt::Problems>(&result)) {
        for (const kt::Problem& problem : *problems) {
            if (problem.file.empty() || problem.message.empty()) {
                std::abort(); // every problem names its file and says what is wrong
            }
        }
    }
    std::filesystem::copy_file(original, target, std::filesystem::copy_options::overwrite_existing);
    return 0;
}
