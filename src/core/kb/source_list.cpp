#include "kb/source_list.h"

namespace kt {

std::vector<Source> readSourceList(JsonFields& fields, std::string_view key, Problems& problems) {
    std::vector<Source> sources;
    const nlohmann::json* list = fields.array(key, false);
    if (list == nullptr) {
        return sources;
    }
    forEachObject(fields.document(), *list, fields.pointer(key), problems, [&](JsonFields& source) {
        source.allowOnly({"title", "publisher", "url", "doi", "year"});
        Source read{source.requiredString("title"), source.optionalString("publisher"),
                    source.optionalString("url"), source.optionalString("doi")};
        if (read.url.empty() && read.doi.empty()) {
            source.problem(source.pointer(),
                           "missing member \"url\" or \"doi\"; expected where to find the source");
        } else if (!read.url.empty() && !read.url.starts_with("https://") &&
                   !read.url.starts_with("http://")) {
            source.problem(source.pointer("url"),
                           "'" + read.url + "' is not a web address; expected https://...");
        }
        sources.push_back(std::move(read));
    });
    return sources;
}

} // namespace kt
