// Reading shared by every part of the knowledge base: the entity lists, ids, sources,
// references between entities and dispositions.
#include "kb/loader_steps.h"
#include "kb/source_list.h"
#include "kneetriage/io/did_you_mean.h"

#include <algorithm>

namespace kt {

namespace {

constexpr std::size_t kMaxEntities = 2000; // checks are quadratic in questions at worst

} // namespace

bool isId(std::string_view id) {
    return !id.empty() && id.size() <= 64 && id.front() >= 'a' && id.front() <= 'z' &&
           std::all_of(id.begin(), id.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
           });
}

// The top-level array `key` of a file that is {"key": [...]}.
const Loader::json* Loader::entities(const JsonDocument& document, std::string_view key) {
    if (unreadable(document)) {
        return nullptr;
    }
    JsonFields top(document, document.value, Pointer{}, problems_);
    if (!top.isObject()) {
        top.problem(Pointer{}, "found " + describeJsonType(document.value) +
                                   ", expected an object with \"" + std::string(key) + "\"");
        return nullptr;
    }
    top.allowOnly({key, "$schema", "comment"});
    const json* list = top.array(key, true);
    if (list != nullptr && list->size() > kMaxEntities) {
        top.problem(top.pointer(key), "found " + std::to_string(list->size()) +
                                          " entries, expected at most " +
                                          std::to_string(kMaxEntities));
        return nullptr;
    }
    return list;
}

std::string Loader::readId(JsonFields& fields, std::set<std::string>& seen, std::string_view what) {
    const std::string id = fields.requiredString("id");
    if (id.empty()) {
        return id;
    }
    if (!isId(id)) {
        fields.problem(fields.pointer("id"),
                       "'" + id + "' is not a valid id; expected lower snake_case ASCII");
    } else if (!seen.insert(id).second) {
        fields.problem(fields.pointer("id"), "duplicate " + std::string(what) + " id '" + id + "'");
    }
    return id;
}

std::vector<Source> Loader::readSources(JsonFields& fields) {
    return readSourceList(fields, "sources", problems_);
}

// Index of the entity `id` in `ids`, or a problem naming the closest id.
std::optional<std::size_t> Loader::resolve(const JsonFields& fields, const Pointer& at,
                                           const std::string& id,
                                           const std::vector<std::string>& ids,
                                           std::string_view what) {
    if (anyUnreadable_ && ids.empty()) {
        return std::nullopt; // the file that defines them could not be read: already reported
    }
    const auto found = std::find(ids.begin(), ids.end(), id);
    if (found != ids.end()) {
        return static_cast<std::size_t>(found - ids.begin());
    }
    fields.problem(at, "unknown " + std::string(what) + " '" + id + "'" + didYouMean(id, ids));
    return std::nullopt;
}

std::vector<std::size_t> Loader::resolveList(JsonFields& fields, std::string_view key,
                                             const std::vector<std::string>& ids,
                                             std::string_view what) {
    std::vector<std::size_t> indices;
    const std::vector<std::string> names = fields.stringList(key, false);
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (auto index = resolve(fields, fields.pointer(key) / i, names[i], ids, what)) {
            indices.push_back(*index);
        }
    }
    return indices;
}

std::optional<Disposition> Loader::readDisposition(JsonFields& fields, bool required) {
    const std::string id =
        required ? fields.requiredString("disposition") : fields.optionalString("disposition");
    if (id.empty()) {
        return std::nullopt;
    }
    const auto disposition = dispositionFromId(id);
    if (!disposition) {
        fields.problem(fields.pointer("disposition"),
                       "unknown disposition '" + id + "'" + didYouMean(id, dispositionIds_) +
                           "; expected one of: " + joinedList(dispositionIds_));
    }
    return disposition;
}

void Loader::addUnique(std::vector<std::size_t>& to, std::size_t item) {
    if (std::find(to.begin(), to.end(), item) == to.end()) {
        to.push_back(item);
    }
}

} // namespace kt
