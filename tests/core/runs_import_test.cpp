#include "kneetriage/runs/activity_files.h"
#include "kneetriage/runs/run_importer.h"
#include "test_support.h"

#include <fstream>
#include <gtest/gtest.h>
#include <iomanip>
#include <unistd.h>

namespace kt {
namespace {

const std::filesystem::path kFixtures = KT_TESTS_DIR "/runs/fixtures";
const std::filesystem::path kHostile = KT_TESTS_DIR "/runs/hostile";
constexpr std::int64_t kNow = 1767225600; // 2026-01-01T00:00:00Z

std::vector<FileImport> importAll(const std::filesystem::path& path) {
    RunImporter importer(ImportOptions{.nowUtc = kNow});
    std::vector<FileImport> files;
    importer.importPath(path, [&files](const FileImport& file) { files.push_back(file); });
    return files;
}

std::vector<kt::Run> runsOf(const std::vector<FileImport>& files) {
    std::vector<kt::Run> runs;
    for (const FileImport& file : files) {
        runs.insert(runs.end(), file.runs.begin(), file.runs.end());
    }
    return runs;
}

const FileImport& outcomeOf(const std::vector<FileImport>& files, const std::string& name) {
    for (const FileImport& file : files) {
        if (file.file.filename() == name) {
            return file;
        }
    }
    throw std::runtime_error("no outcome for " + name);
}

TEST(RunsImport, GpxGivesDistanceMovingTimeClimbHeartRateAndStepCadence) {
    const auto decoded = decodeGpx(test::bytesOf(kFixtures / "run_extensions.gpx"));
    ASSERT_TRUE(std::holds_alternative<std::vector<kt::Run>>(decoded));
    const auto& runs = std::get<std::vector<kt::Run>>(decoded);
    ASSERT_EQ(runs.size(), 1U);
    const kt::Run& run = runs.front();
    EXPECT_EQ(isoTime(run.startUtc), "2024-03-04T07:00:00Z");
    EXPECT_EQ(run.sport, "running");
    EXPECT_NEAR(run.distanceMetres, 5 * 11.1195, 0.05); // five steps of 0.0001 degrees
    EXPECT_DOUBLE_EQ(run.movingSeconds, 20);            // the 60 s standing still is not moving
    EXPECT_DOUBLE_EQ(*run.elevationGainMetres, 7); // 10 -> 14 and 13 -> 17; 2 m rises are noise
    EXPECT_DOUBLE_EQ(*run.averageHeartRate, 155);
    EXPECT_DOUBLE_EQ(*run.averageCadence, 173); // 86.5 strides a minute, in steps
    EXPECT_FALSE(run.utcOffsetSeconds.has_value());
}

TEST(RunsImport, TcxWeighsLapAveragesByTheirTime) {
    const auto decoded = decodeTcx(test::bytesOf(kFixtures / "run.tcx"));
    ASSERT_TRUE(std::holds_alternative<std::vector<kt::Run>>(decoded));
    const kt::Run& run = std::get<std::vector<kt::Run>>(decoded).front();
    EXPECT_EQ(isoTime(run.startUtc), "2024-03-10T06:30:00Z");
    EXPECT_DOUBLE_EQ(run.distanceMetres, 3000);
    EXPECT_DOUBLE_EQ(run.movingSeconds, 900);
    EXPECT_DOUBLE_EQ(*run.averageHeartRate, 150); // (140 x 600 + 170 x 300) / 900
    EXPECT_DOUBLE_EQ(*run.averageCadence, 164);   // 2 x (80 x 600 + 86 x 300) / 900
    EXPECT_DOUBLE_EQ(*run.elevationGainMetres, 10);
}

TEST(RunsImport, StravaExportTypeDecidesAndQuotedNewlinesDoNotShiftRows) {
    const auto files = importAll(kFixtures / "strava_export");
    // 102.tcx says Sport="Running", but the runner filed it on Strava as a ride.
    EXPECT_EQ(outcomeOf(files, "102.tcx").notRunning, 1U);
    EXPECT_TRUE(outcomeOf(files, "102.tcx").runs.empty());
    // 101.gpx names no sport: the CSV's "Run", on the row after a description with a newline.
    ASSERT_EQ(outcomeOf(files, "101.gpx").runs.size(), 1U);
    EXPECT_EQ(outcomeOf(files, "101.gpx").runs.front().sport, "running");
    // 103.tcx.gz, after a second quoted newline, is decompressed and read.
    ASSERT_EQ(outcomeOf(files, "103.tcx.gz").runs.size(), 1U);
    EXPECT_DOUBLE_EQ(outcomeOf(files, "103.tcx.gz").runs.front().distanceMetres, 3000);
    for (const FileImport& file : files) {
        EXPECT_FALSE(file.problem) << file.problem->describe();
    }
}

TEST(RunsImport, TheSameRunFromTwoExportsIsImportedOnce) {
    RunImporter importer(ImportOptions{.nowUtc = kNow});
    std::vector<FileImport> files;
    const auto keep = [&files](const FileImport& file) { files.push_back(file); };
    importer.importPath(kFixtures / "strava_export", keep);
    importer.importPath(kFixtures / "garmin_export", keep);
    // The watch's TCX starts 40 s later and is 50 m longer: the same run as Strava's 103.
    EXPECT_EQ(outcomeOf(files, "2024-03-07-intervals.tcx").duplicates, 1U);
    EXPECT_TRUE(outcomeOf(files, "2024-03-07-intervals.tcx").runs.empty());
    EXPECT_EQ(runsOf(files).size(), 2U);
}

TEST(RunsImport, EachRunNamesItsFileAndTheSha256OfItsBytesOnDisk) {
    const auto files = importAll(kFixtures / "strava_export" / "activities" / "103.tcx.gz");
    ASSERT_EQ(files.size(), 1U);
    ASSERT_EQ(files.front().runs.size(), 1U);
    const kt::Run& run = files.front().runs.front();
    EXPECT_EQ(run.sourceFile, (kFixtures / "strava_export" / "activities" / "103.tcx.gz").string());
    // `sha256sum tests/runs/fixtures/strava_export/activities/103.tcx.gz`
    EXPECT_EQ(run.sourceSha256, "c81ef68ce70a4bee8ab7aa6c6db23985cf1a397810adcef755cb2cfcc15f56bd");
}

// Each hostile file gives one problem naming it and saying what was expected, and no run; the
// good file in the same import is still read.
struct HostileCase {
    std::string file;
    std::string message;
};

class HostileRunFiles : public ::testing::TestWithParam<HostileCase> {};

TEST_P(HostileRunFiles, GiveOneProblemNamingTheFileAndTheImportGoesOn) {
    const auto files = importAll(kHostile);
    const FileImport& outcome = outcomeOf(files, GetParam().file);
    ASSERT_TRUE(outcome.problem.has_value());
    EXPECT_TRUE(outcome.runs.empty());
    const std::string described = outcome.problem->describe();
    EXPECT_TRUE(described.starts_with(outcome.file.string())) << described;
    EXPECT_NE(described.find(GetParam().message), std::string::npos) << described;
    EXPECT_EQ(outcomeOf(files, "101.gpx").runs.size(), 1U);
}

INSTANTIATE_TEST_SUITE_P(
    Runs, HostileRunFiles,
    ::testing::Values(HostileCase{"bomb.gpx.gz", "decompresses to more than 64 MiB"},
                      HostileCase{"future.gpx", "2099-03-05T07:00:00Z, in the future"},
                      HostileCase{"wrong_units.tcx", "expected metres and seconds"},
                      HostileCase{"tcx_named.gpx", "its content is a TCX file; expected GPX"},
                      HostileCase{"not_gzip.tcx.gz", "not gzip data"},
                      HostileCase{"activities.csv",
                                  ":2:1: a quoted field opened on this line is never closed"}),
    [](const auto& info) { return test::testNameFrom(info.param.file); });

TEST(RunsImport, BrokenXmlIsPlacedByLineAndColumn) {
    const auto decoded = decodeGpx("<?xml version=\"1.0\"?>\n<gpx>\n  <trk><trkseg>\n    <trkpt "
                                   "lat=\"1\" lon=\"2\"></trk>\n</gpx>\n");
    ASSERT_TRUE(std::holds_alternative<Problem>(decoded));
    const Problem& problem = std::get<Problem>(decoded);
    EXPECT_EQ(problem.line, 4);
    EXPECT_NE(problem.message.find("expected a GPX file"), std::string::npos);
}

TEST(RunsImport, AMillionPointGpxIsReadWhole) {
    const auto file = test::uniqueTempPath("kt-million") / "million.gpx";
    std::filesystem::create_directories(file.parent_path());
    {
        std::ofstream out(file);
        out << "<gpx version=\"1.1\"><trk><type>running</type><trkseg>\n"
            << std::fixed << std::setprecision(6);
        // Points 0.000004 degrees (0.445 m) apart, every tenth with a time one second after the
        // last: 445 km in 27.8 hours, in 44 MB.
        for (int i = 0; i < 1'000'000; ++i) {
            out << "<trkpt lat=\"" << 10 + i * 0.000004 << "\" lon=\"0\">";
            if (i % 10 == 0) {
                out << "<time>" << isoTime(1709622000 + i / 10) << "</time>";
            }
            out << "</trkpt>\n";
        }
        out << "</trkseg></trk></gpx>\n";
    }
    const auto files = importAll(file);
    std::filesystem::remove_all(file.parent_path());
    ASSERT_EQ(files.size(), 1U);
    ASSERT_FALSE(files.front().problem) << files.front().problem->describe();
    ASSERT_EQ(files.front().runs.size(), 1U);
    EXPECT_NEAR(files.front().runs.front().distanceMetres, 999'999 * 0.44478, 999'999 * 0.001);
    EXPECT_DOUBLE_EQ(files.front().runs.front().movingSeconds, 99'999);
}

TEST(RunsImport, XmlWithMoreTagsThanAWeekOfPointsIsRefusedBeforeParsing) {
    std::string text = "<gpx>";
    for (int i = 0; i < 4'100'000; ++i) {
        text += "<a/>";
    }
    const auto decoded = decodeGpx(text + "</gpx>");
    ASSERT_TRUE(std::holds_alternative<Problem>(decoded));
    EXPECT_NE(std::get<Problem>(decoded).message.find("4100002 XML tags"), std::string::npos)
        << std::get<Problem>(decoded).message;
}

TEST(RunsImport, AFolderThatIsNotThereIsOneProblem) {
    const auto files = importAll("/nonexistent/strava");
    ASSERT_EQ(files.size(), 1U);
    ASSERT_TRUE(files.front().problem.has_value());
    EXPECT_EQ(files.front().problem->describe(),
              "/nonexistent/strava: cannot open: no such file or folder; expected an activity "
              "file or a folder of them");
}

// A Garmin export keeps its FIT files in zips within the zip: each archive is named with what
// to do, not passed over in silence, and the files beside it are read.
TEST(RunsImport, AZipIsNamedWithUnzipItFirstAndTheFilesBesideItAreRead) {
    const std::filesystem::path folder =
        std::filesystem::temp_directory_path() / ("kt_zip_" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    std::filesystem::copy_file(kFixtures / "run.tcx", folder / "run.tcx");
    std::ofstream(folder / "UploadedFiles_0-_Part1.zip") << "PK\x03\x04";
    std::error_code error;
    const auto listed = filesToImport(folder, error);
    const auto files = importAll(folder);
    std::filesystem::remove_all(folder);
    EXPECT_FALSE(error);
    EXPECT_EQ(listed.size(), 2U);
    ASSERT_EQ(files.size(), 2U);
    const FileImport& zip = outcomeOf(files, "UploadedFiles_0-_Part1.zip");
    ASSERT_TRUE(zip.problem.has_value());
    EXPECT_NE(zip.problem->message.find("unzip it first"), std::string::npos);
    EXPECT_EQ(outcomeOf(files, "run.tcx").runs.size(), 1U);
}

} // namespace
} // namespace kt
