#pragma once

#include "kneetriage/store/clinic_store.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <string>

namespace kt::test {

// Where a clinic test keeps its clinic: the SQLite file or the PostgreSQL server that the ctest
// fixture started (tests/server/pg_test_cluster.sh), named by KT_TEST_PG_CONNINFO.
enum class ClinicPlace { File, Server };

[[nodiscard]] std::string placeName(const ::testing::TestParamInfo<ClinicPlace>& info);
// So GoogleTest names the place rather than printing its bytes.
void PrintTo(ClinicPlace place, std::ostream* out);

// The connection string of the test server, or empty when there is none. Outside CI a missing
// variable skips the server tests; in CI (CI set) it fails them, since ctest always sets it.
[[nodiscard]] std::string testServer();

// A clinic of its own for each test: a file in a fresh folder, or a fresh schema on the test
// server (dropped afterwards) that every connection of the test shares.
class ClinicPlaceTest : public ::testing::TestWithParam<ClinicPlace> {
  protected:
    void SetUp() override;
    void TearDown() override;

    // A new connection to (or a new opening of) this test's clinic.
    [[nodiscard]] ClinicStore openStore() const;
    // Opened, with the passphrase set on first use and unlocked, as the app leaves it.
    [[nodiscard]] ClinicStore unlockedStore() const;
    // The libpq connection string of this test's schema (server tests only).
    [[nodiscard]] const std::string& conninfo() const { return conninfo_; }
    // Runs SQL on the server as its administrator (schema set up, raw checks).
    void serverSql(const std::string& sql) const;

    static constexpr std::string_view kPassphrase = "correct horse battery";
    std::filesystem::path folder_;
    std::filesystem::path file_;
    std::string schema_;
    std::string conninfo_;
};

} // namespace kt::test
