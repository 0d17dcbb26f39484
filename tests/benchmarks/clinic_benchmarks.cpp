// What sealing the clinic file costs: unlocking (Argon2id at the work a real file gets), and
// opening a list of sealed patients with a search, as the patient page does on every keystroke.
#include "kneetriage/store/clinic_store.h"

#include <benchmark/benchmark.h>
#include <filesystem>
#include <string>
#include <unistd.h>

namespace kt {
namespace {

constexpr std::string_view kPassphrase = "benchmark clinic passphrase";

// A clinic file in a temporary folder of its own, removed with it.
class ScratchClinic {
  public:
    explicit ScratchClinic(const KeyWork& work)
        : folder_(std::filesystem::temp_directory_path() /
                  ("kt-clinic-bench-" + std::to_string(::getpid()))),
          store_(std::make_unique<ClinicStore>(folder_ / "clinic.sqlite", work)) {
        store_->setPassphrase(kPassphrase);
    }
    ScratchClinic(const ScratchClinic&) = delete;
    ScratchClinic& operator=(const ScratchClinic&) = delete;
    ~ScratchClinic() {
        store_.reset();
        std::filesystem::remove_all(folder_);
    }
    ClinicStore& store() { return *store_; }

  private:
    std::filesystem::path folder_;
    std::unique_ptr<ClinicStore> store_;
};

void clinicUnlockAtModerateWork(benchmark::State& state) {
    ScratchClinic clinic(moderateKeyWork());
    for (auto _ : state) {
        clinic.store().lock();
        benchmark::DoNotOptimize(clinic.store().unlock(kPassphrase));
    }
}
BENCHMARK(clinicUnlockAtModerateWork)->Unit(benchmark::kMillisecond);

void clinicListAndSearchSealedPatients(benchmark::State& state) {
    ScratchClinic clinic(leastKeyWork()); // the work only changes unlocking, not reading
    const auto count = static_cast<int>(state.range(0));
    for (int i = 0; i < count; ++i) {
        Patient patient;
        patient.reference = "Runner " + std::to_string(i);
        patient.birthYear = 1960 + i % 50;
        patient.notes = "left knee, after the marathon; sees the physio on Tuesdays";
        patient.createdAt = "2026-11-01T09:00:00Z";
        clinic.store().addPatient(patient);
    }
    for (auto _ : state) {
        const auto found = clinic.store().patients("runner 12", false);
        benchmark::DoNotOptimize(found);
    }
    state.SetItemsProcessed(state.iterations() * count);
}
BENCHMARK(clinicListAndSearchSealedPatients)->Arg(2000)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace kt
