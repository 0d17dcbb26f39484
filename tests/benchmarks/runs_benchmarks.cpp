// The speed goals of importing runs (issue 12): decoding FIT (at least 200 MB/s), GPX and TCX (at
// least 50 MB/s), each beside the time to only read the same bytes from disk, which bounds it;
// and a generated export of 2,000 runs imported into a history database in under 15 s with flat
// memory. The files are generated here, at realistic sizes: one point a second, with position,
// distance, altitude, heart rate and cadence, as a watch records them.
#include "kneetriage/io/input_file.h"
#include "kneetriage/runs/activity_files.h"
#include "kneetriage/runs/run_importer.h"
#include "kneetriage/store/history_store.h"

#include <array>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <unistd.h>
#include <zlib.h>

namespace kt {
namespace {

constexpr std::int64_t kFitEpoch = 631065600;
constexpr std::int64_t kFirstStart = 1704096000; // 2024-01-01T08:00:00Z

std::uint16_t fitCrc(std::string_view bytes) {
    std::uint16_t crc = 0;
    for (const char c : bytes) {
        crc ^= static_cast<unsigned char>(c);
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc & 1U) != 0 ? static_cast<std::uint16_t>((crc >> 1U) ^ 0xA001U)
                                  : static_cast<std::uint16_t>(crc >> 1U);
        }
    }
    return crc;
}

void put(std::string& out, std::uint64_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) {
        out += static_cast<char>((value >> (8 * i)) & 0xFFU);
    }
}

// A FIT activity of `seconds` records: file_id, records (time, position, distance, altitude,
// heart rate, cadence), one running session.
std::string fitRun(std::int64_t start, int seconds) {
    std::string body;
    const auto fitTime = static_cast<std::uint32_t>(start - kFitEpoch);
    body += '\x40';
    put(body, 0, 1), put(body, 0, 1), put(body, 0, 2), put(body, 2, 1);
    body += std::string("\x00\x01\x00\x04\x04\x86", 6);
    body += '\x00';
    put(body, 4, 1), put(body, fitTime, 4);
    body += '\x41';
    put(body, 0, 1), put(body, 0, 1), put(body, 20, 2), put(body, 7, 1);
    body += std::string("\xfd\x04\x86\x00\x04\x85\x01\x04\x85\x05\x04\x86\x4e\x04\x86\x03\x01\x02"
                        "\x04\x01\x02",
                        21);
    for (int t = 0; t < seconds; ++t) {
        body += '\x01';
        put(body, fitTime + static_cast<std::uint32_t>(t), 4);
        put(body, static_cast<std::uint32_t>(614'000'000 + t * 300), 4);
        put(body, static_cast<std::uint32_t>(-1'200'000 + t * 100), 4);
        put(body, static_cast<std::uint32_t>(t * 290), 4);
        put(body, static_cast<std::uint32_t>((600 + t % 40) * 5), 4);
        put(body, static_cast<std::uint32_t>(140 + t % 20), 1);
        put(body, 86, 1);
    }
    body += '\x42';
    put(body, 0, 1), put(body, 0, 1), put(body, 18, 2), put(body, 4, 1);
    body += std::string("\x02\x04\x86\x05\x01\x00\x08\x04\x86\x09\x04\x86", 12);
    body += '\x02';
    put(body, fitTime, 4), put(body, 1, 1),
        put(body, static_cast<std::uint32_t>(seconds) * 1000, 4);
    put(body, static_cast<std::uint32_t>(seconds) * 290, 4);
    std::string file;
    put(file, 14, 1), put(file, 0x20, 1), put(file, 2170, 2), put(file, body.size(), 4);
    file += ".FIT";
    put(file, fitCrc(file), 2);
    file += body;
    put(file, fitCrc(file), 2);
    return file;
}

std::string isoAt(std::int64_t t) {
    return isoTime(t);
}

std::string gpxRun(std::int64_t start, int seconds) {
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"bench\" "
           "xmlns=\"http://www.topografix.com/GPX/1/1\" "
           "xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">\n"
           " <trk>\n  <name>Run</name>\n  <type>running</type>\n  <trkseg>\n";
    out.setf(std::ios::fixed);
    for (int t = 0; t < seconds; ++t) {
        out.precision(7);
        out << "   <trkpt lat=\"" << 51.5 + t * 0.000026 << "\" lon=\"" << -0.1 + t * 0.00001
            << "\">\n";
        out.precision(1);
        out << "    <ele>" << 30 + (t % 40) * 0.5 << "</ele>\n    <time>" << isoAt(start + t)
            << "</time>\n    <extensions>\n     <gpxtpx:TrackPointExtension>\n      <gpxtpx:hr>"
            << 140 + t % 20 << "</gpxtpx:hr>\n      <gpxtpx:cad>86</gpxtpx:cad>\n"
            << "     </gpxtpx:TrackPointExtension>\n    </extensions>\n   </trkpt>\n";
    }
    out << "  </trkseg>\n </trk>\n</gpx>\n";
    return out.str();
}

std::string tcxRun(std::int64_t start, int seconds) {
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TrainingCenterDatabase "
           "xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\" "
           "xmlns:ns3=\"http://www.garmin.com/xmlschemas/ActivityExtension/v2\">\n <Activities>\n"
           "  <Activity Sport=\"Running\">\n   <Id>"
        << isoAt(start) << "</Id>\n   <Lap StartTime=\"" << isoAt(start)
        << "\">\n    <TotalTimeSeconds>" << seconds << "</TotalTimeSeconds>\n    <DistanceMeters>"
        << seconds * 2.9 << "</DistanceMeters>\n    <Track>\n";
    out.setf(std::ios::fixed);
    for (int t = 0; t < seconds; ++t) {
        out.precision(7);
        out << "     <Trackpoint>\n      <Time>" << isoAt(start + t)
            << "</Time>\n      <Position>\n       <LatitudeDegrees>" << 51.5 + t * 0.000026
            << "</LatitudeDegrees>\n       <LongitudeDegrees>" << -0.1 + t * 0.00001
            << "</LongitudeDegrees>\n      </Position>\n";
        out.precision(1);
        out << "      <AltitudeMeters>" << 30 + (t % 40) * 0.5
            << "</AltitudeMeters>\n      <DistanceMeters>" << t * 2.9
            << "</DistanceMeters>\n      <HeartRateBpm>\n       <Value>" << 140 + t % 20
            << "</Value>\n      </HeartRateBpm>\n      <Extensions>\n       <ns3:TPX>\n"
            << "        <ns3:RunCadence>86</ns3:RunCadence>\n       </ns3:TPX>\n"
            << "      </Extensions>\n     </Trackpoint>\n";
    }
    out << "    </Track>\n   </Lap>\n  </Activity>\n </Activities>\n</TrainingCenterDatabase>\n";
    return out.str();
}

std::string gzip(const std::string& bytes) {
    z_stream stream{};
    deflateInit2(&stream, 1, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&stream, bytes.size()), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    stream.avail_in = static_cast<uInt>(bytes.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    return out;
}

void write(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary) << bytes;
}

// One file of each kind, about 4 hours at a point a second (a long run), kept for every run.
const std::filesystem::path& sampleFile(const std::string& kind) {
    static const std::filesystem::path directory = [] {
        const auto made = std::filesystem::temp_directory_path() / "kt-runs-bench-samples";
        std::filesystem::create_directories(made);
        write(made / "run.fit", fitRun(kFirstStart, 14400));
        write(made / "run.gpx", gpxRun(kFirstStart, 14400));
        write(made / "run.tcx", tcxRun(kFirstStart, 14400));
        return made;
    }();
    static std::map<std::string, std::filesystem::path> files;
    return files.try_emplace(kind, directory / ("run." + kind)).first->second;
}

std::string readAll(const std::filesystem::path& file) {
    return std::get<std::string>(readInputFile(file, kMaxActivityFileBytes, "bench"));
}

// Only reading the file (from the page cache after the first pass): what decoding cannot beat.
void readOnly(benchmark::State& state, const std::string& kind) {
    const auto& file = sampleFile(kind);
    for (auto _ : state) {
        std::string bytes = readAll(file);
        benchmark::DoNotOptimize(bytes);
    }
    state.SetBytesProcessed(state.iterations() *
                            static_cast<std::int64_t>(std::filesystem::file_size(file)));
}

// Reading and decoding, as the importer does.
void readAndDecode(benchmark::State& state, const std::string& kind) {
    const auto& file = sampleFile(kind);
    for (auto _ : state) {
        std::string bytes = readAll(file);
        DecodedActivities decoded = kind == "fit"   ? decodeFit(bytes)
                                    : kind == "gpx" ? decodeGpx(std::move(bytes))
                                                    : decodeTcx(std::move(bytes));
        if (!std::holds_alternative<std::vector<Run>>(decoded)) {
            state.SkipWithError("the sample file did not decode");
            return;
        }
        benchmark::DoNotOptimize(decoded);
    }
    state.SetBytesProcessed(state.iterations() *
                            static_cast<std::int64_t>(std::filesystem::file_size(file)));
}

BENCHMARK_CAPTURE(readOnly, fit, std::string("fit"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(readAndDecode, fit, std::string("fit"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(readOnly, gpx, std::string("gpx"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(readAndDecode, gpx, std::string("gpx"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(readOnly, tcx, std::string("tcx"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(readAndDecode, tcx, std::string("tcx"))->Unit(benchmark::kMillisecond);

// A Strava-like export of `runs` runs, a day apart, 30 to 90 minutes each: a third FIT, a third
// GPX.gz, a third TCX.gz, with activities.csv. Made once per size and kept in /tmp.
std::filesystem::path exportOf(int runs) {
    const auto folder =
        std::filesystem::temp_directory_path() / ("kt-runs-export-" + std::to_string(runs));
    if (std::filesystem::exists(folder / "activities.csv")) {
        return folder;
    }
    std::filesystem::create_directories(folder / "activities");
    std::ostringstream csv;
    csv << "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Filename\n";
    for (int i = 0; i < runs; ++i) {
        const std::int64_t start = kFirstStart + std::int64_t{i} * 86400;
        const int seconds = 1800 + (i * 997) % 3600;
        std::string name;
        if (i % 3 == 0) {
            name = std::to_string(i) + ".fit";
            write(folder / "activities" / name, fitRun(start, seconds));
        } else if (i % 3 == 1) {
            name = std::to_string(i) + ".gpx.gz";
            write(folder / "activities" / name, gzip(gpxRun(start, seconds)));
        } else {
            name = std::to_string(i) + ".tcx.gz";
            write(folder / "activities" / name, gzip(tcxRun(start, seconds)));
        }
        csv << i << ",\"Jan 1, 2024, 8:00:00 AM\",Run " << i << ",Run,\"an easy one,\nfelt fine\","
            << "activities/" << name << "\n";
    }
    write(folder / "activities.csv", csv.str());
    return folder;
}

long residentKilobytes() {
    std::ifstream statm("/proc/self/statm");
    long pages = 0;
    long resident = 0;
    statm >> pages >> resident;
    return resident * (::sysconf(_SC_PAGESIZE) / 1024);
}

// The whole import, into a new history database, one transaction per file. Memory is sampled
// after a tenth of the files and at the end: flat means the two are close.
void importExport(benchmark::State& state) {
    const auto folder = exportOf(static_cast<int>(state.range(0)));
    std::size_t runs = 0;
    long tenthKb = 0;
    long endKb = 0;
    for (auto _ : state) {
        const auto history = folder.parent_path() / (folder.filename().string() + ".sqlite");
        std::filesystem::remove(history);
        std::filesystem::remove(history.string() + "-wal");
        std::filesystem::remove(history.string() + "-shm");
        HistoryStore store(history);
        RunImporter importer(ImportOptions{.nowUtc = kFirstStart + 4000L * 86400});
        std::size_t files = 0;
        runs = 0;
        importer.importPath(folder, [&](const FileImport& file) {
            if (file.problem) {
                state.SkipWithError(file.problem->describe().c_str());
            }
            runs += store.addRuns(file.runs).added;
            if (++files == static_cast<std::size_t>(state.range(0)) / 10) {
                tenthKb = residentKilobytes();
            }
        });
        endKb = residentKilobytes();
    }
    state.counters["runs"] = static_cast<double>(runs);
    state.counters["rss_at_10pct_MB"] = static_cast<double>(tenthKb) / 1024;
    state.counters["rss_at_end_MB"] = static_cast<double>(endKb) / 1024;
}
BENCHMARK(importExport)->Arg(200)->Arg(2000)->Unit(benchmark::kSecond)->Iterations(1);

} // namespace
} // namespace kt

BENCHMARK_MAIN();
