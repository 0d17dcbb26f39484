// Saves checks into a history file as fast as it can and says which ones were saved, one line
// per save, flushed only once save() has returned. The kill test SIGKILLs it at random moments.
#include "kneetriage/store/history_store.h"

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: history_writer FILE TAG\n");
        return 2;
    }
    kt::HistoryStore store(argv[1]);
    for (int n = 0;; ++n) {
        const std::string token = std::string(argv[2]) + "-" + std::to_string(n);
        kt::SavedCheck check;
        check.createdAt = "2026-11-27T08:00:00Z";
        check.kbVersion = "1.0.0";
        check.answersJson =
            R"({"format":"kneetriage.answers/1","answers":{},"token":")" + token + "\"}";
        check.resultJson = "{}";
        check.disposition = "self_care";
        check.painScore = n % 11;
        const auto id = store.save(check);
        std::printf("saved %lld %s\n", static_cast<long long>(id), token.c_str());
        std::fflush(stdout);
    }
}
