#include "kneetriage/runs/activity_files.h"

#include <climits>
#include <stdexcept>
#include <zlib.h>

namespace kt {
namespace {

// A z_stream that is always released.
class Inflater {
  public:
    Inflater() {
        // 16 + 15: a gzip wrapper and the largest window.
        if (inflateInit2(&stream_, 16 + MAX_WBITS) != Z_OK) {
            throw std::runtime_error("zlib could not start decompressing");
        }
    }
    Inflater(const Inflater&) = delete;
    Inflater& operator=(const Inflater&) = delete;
    ~Inflater() { inflateEnd(&stream_); }

    z_stream& stream() { return stream_; }

  private:
    z_stream stream_{};
};

std::string mebibytes(std::size_t bytes) {
    return std::to_string(bytes / (1024 * 1024)) + " MiB";
}

Problem problem(std::string message) {
    return Problem{{}, 0, 0, {}, std::move(message)};
}

} // namespace

std::variant<std::string, Problem> gunzip(std::string_view bytes, std::size_t maxBytes) {
    Inflater inflater;
    z_stream& stream = inflater.stream();
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    stream.avail_in = static_cast<uInt>(std::min<std::size_t>(bytes.size(), UINT_MAX));
    std::string out;
    // Grown as needed up to one byte past the limit, which is enough to know it is passed.
    out.resize(std::min<std::size_t>(maxBytes + 1, std::max<std::size_t>(bytes.size() * 4, 4096)));
    std::size_t filled = 0;
    for (;;) {
        if (filled == out.size()) {
            if (out.size() > maxBytes) {
                return problem("it decompresses to more than " + mebibytes(maxBytes) +
                               "; expected an activity file of at most that (a .gz bomb?)");
            }
            out.resize(std::min(out.size() * 2, maxBytes + 1));
        }
        stream.next_out = reinterpret_cast<Bytef*>(out.data() + filled);
        stream.avail_out = static_cast<uInt>(std::min<std::size_t>(out.size() - filled, UINT_MAX));
        const int status = inflate(&stream, Z_NO_FLUSH);
        filled = out.size() - stream.avail_out;
        if (status == Z_STREAM_END) {
            if (stream.avail_in == 0) {
                break;
            }
            inflateReset(&stream); // another gzip member follows
        } else if (status == Z_BUF_ERROR && stream.avail_in == 0) {
            return problem("the gzip data is truncated; expected a complete .gz file");
        } else if (status != Z_OK && status != Z_BUF_ERROR) {
            return problem(std::string("the gzip data is damaged (") +
                           (stream.msg != nullptr ? stream.msg : "zlib error") +
                           "); expected a .gz file");
        }
    }
    if (filled > maxBytes) {
        return problem("it decompresses to more than " + mebibytes(maxBytes) +
                       "; expected an activity file of at most that (a .gz bomb?)");
    }
    out.resize(filled);
    return out;
}

} // namespace kt
