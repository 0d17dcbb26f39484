#include "clinic_places.h"

#include "test_support.h"

#include <atomic>
#include <cstdlib>
#include <libpq-fe.h>
#include <memory>
#include <unistd.h>

namespace kt::test {

std::string placeName(const ::testing::TestParamInfo<ClinicPlace>& info) {
    return info.param == ClinicPlace::File ? "File" : "Server";
}

void PrintTo(ClinicPlace place, std::ostream* out) {
    *out << (place == ClinicPlace::File ? "the clinic file" : "the test server");
}

std::string testServer() {
    const char* conninfo = std::getenv("KT_TEST_PG_CONNINFO");
    return conninfo != nullptr ? conninfo : "";
}

void ClinicPlaceTest::SetUp() {
    folder_ = uniqueTempPath("kt-clinic");
    file_ = folder_ / "not" / "yet" / "there" / "clinic.sqlite";
    if (GetParam() == ClinicPlace::File) {
        return;
    }
    if (testServer().empty()) {
        if (std::getenv("CI") != nullptr) {
            FAIL() << "KT_TEST_PG_CONNINFO is not set: run the tests through ctest";
        }
        GTEST_SKIP() << "no test server: run through ctest, which starts one";
    }
    static std::atomic<int> counter{0};
    schema_ = "kt_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
    serverSql("CREATE SCHEMA " + schema_);
    conninfo_ = testServer() + " options='-c search_path=" + schema_ + "'";
}

void ClinicPlaceTest::TearDown() {
    std::filesystem::remove_all(folder_);
    if (!schema_.empty()) {
        serverSql("DROP SCHEMA " + schema_ + " CASCADE");
    }
}

ClinicStore ClinicPlaceTest::openStore() const {
    return GetParam() == ClinicPlace::File ? ClinicStore(file_, leastKeyWork())
                                           : ClinicStore(ClinicServer{conninfo_}, leastKeyWork());
}

ClinicStore ClinicPlaceTest::unlockedStore() const {
    ClinicStore store = openStore();
    if (store.hasPassphrase()) {
        EXPECT_TRUE(store.unlock(kPassphrase));
    } else {
        store.setPassphrase(kPassphrase);
    }
    return store;
}

void ClinicPlaceTest::serverSql(const std::string& sql) const {
    const std::unique_ptr<PGconn, decltype(&PQfinish)> connection(PQconnectdb(testServer().c_str()),
                                                                  &PQfinish);
    ASSERT_EQ(PQstatus(connection.get()), CONNECTION_OK) << PQerrorMessage(connection.get());
    const std::unique_ptr<PGresult, decltype(&PQclear)> result(
        PQexec(connection.get(), sql.c_str()), &PQclear);
    const ExecStatusType status = PQresultStatus(result.get());
    ASSERT_TRUE(status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        << sql << ": " << PQerrorMessage(connection.get());
}

} // namespace kt::test
