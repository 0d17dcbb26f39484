#include "kneetriage/runs/activity_files.h"
#include "runs/track.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// A FIT decoder for the few messages a run needs, written from Garmin's FIT protocol
// description (file header, definition and data messages, compressed timestamp headers,
// developer fields, CRC) and its profile (message and field numbers, scales, offsets).
namespace kt {
namespace {

// Seconds from 1970-01-01 to the FIT epoch, 1989-12-31T00:00:00Z.
constexpr std::int64_t kFitEpoch = 631065600;
// Date-time values below this count seconds since the device was switched on, not a date.
constexpr std::uint32_t kFitFirstDate = 0x10000000;

enum Message : std::uint16_t {
    kFileId = 0,
    kSport = 12,
    kSession = 18,
    kLap = 19,
    kRecord = 20,
    kActivity = 34,
};

// The FIT CRC is CRC-16/ARC (reflected polynomial 0xA001, initial value 0); a byte-wide table
// does in one step what the protocol's nibble-wide table does in two.
constexpr std::array<std::uint16_t, 256> kCrcTable = [] {
    std::array<std::uint16_t, 256> table{};
    for (unsigned byte = 0; byte < 256; ++byte) {
        auto crc = static_cast<std::uint16_t>(byte);
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc & 1U) != 0 ? static_cast<std::uint16_t>((crc >> 1U) ^ 0xA001U)
                                  : static_cast<std::uint16_t>(crc >> 1U);
        }
        table[byte] = crc;
    }
    return table;
}();

// Tables for four bytes a step ("slicing by 4"): table k gives the CRC of a byte followed by k
// zero bytes, so four lookups replace four dependent steps.
constexpr std::array<std::array<std::uint16_t, 256>, 4> kCrcSlices = [] {
    std::array<std::array<std::uint16_t, 256>, 4> slices{};
    slices[0] = kCrcTable;
    for (unsigned k = 1; k < 4; ++k) {
        for (unsigned byte = 0; byte < 256; ++byte) {
            const std::uint16_t previous = slices[k - 1][byte];
            slices[k][byte] =
                static_cast<std::uint16_t>((previous >> 8U) ^ kCrcTable[previous & 0xFFU]);
        }
    }
    return slices;
}();

std::uint16_t fitCrc(std::string_view bytes) {
    std::uint32_t crc = 0;
    const auto* at = reinterpret_cast<const unsigned char*>(bytes.data());
    std::size_t left = bytes.size();
    for (; left >= 4; left -= 4, at += 4) {
        crc ^= static_cast<std::uint32_t>(at[0]) | static_cast<std::uint32_t>(at[1]) << 8U;
        crc = static_cast<std::uint32_t>(kCrcSlices[3][crc & 0xFFU]) ^ kCrcSlices[2][crc >> 8U] ^
              kCrcSlices[1][at[2]] ^ kCrcSlices[0][at[3]];
    }
    for (; left > 0; --left, ++at) {
        crc = (crc >> 8U) ^ kCrcTable[(crc ^ *at) & 0xFFU];
    }
    return static_cast<std::uint16_t>(crc);
}

// Sizes of the 17 base types, by the low five bits of the base type byte.
constexpr std::array<std::uint8_t, 17> kBaseTypeSize{1, 1, 1, 2, 2, 4, 4, 1, 4,
                                                     8, 1, 2, 4, 1, 8, 8, 8};

// The fields this decoder reads, whatever message they come in.
enum class Field : std::uint8_t {
    Timestamp,
    StartTime,
    Sport,
    SubSport,
    ElapsedTime,
    TimerTime,
    MovingTime,
    Distance,
    Ascent,
    HeartRate,
    Cadence,
    FractionalCadence,
    Altitude,
    EnhancedAltitude,
    LocalTimestamp,
    FileType,
    Count
};

// Which field a (message, field number) pair is, per the FIT profile.
// The profile's field numbers of what a run needs. Session and lap share most fields, some
// under other numbers; field 253 is every message's timestamp.
struct WantedField {
    std::uint16_t message;
    std::uint8_t number;
    Field field;
};
constexpr std::array kWantedFields{
    WantedField{kFileId, 0, Field::FileType},
    WantedField{kSport, 0, Field::Sport},
    WantedField{kSport, 1, Field::SubSport},
    WantedField{kSession, 2, Field::StartTime},
    WantedField{kLap, 2, Field::StartTime},
    WantedField{kSession, 7, Field::ElapsedTime},
    WantedField{kLap, 7, Field::ElapsedTime},
    WantedField{kSession, 8, Field::TimerTime},
    WantedField{kLap, 8, Field::TimerTime},
    WantedField{kSession, 9, Field::Distance},
    WantedField{kLap, 9, Field::Distance},
    WantedField{kSession, 5, Field::Sport},
    WantedField{kLap, 25, Field::Sport},
    WantedField{kSession, 6, Field::SubSport},
    WantedField{kLap, 39, Field::SubSport},
    WantedField{kSession, 59, Field::MovingTime},
    WantedField{kLap, 52, Field::MovingTime},
    WantedField{kSession, 22, Field::Ascent},
    WantedField{kLap, 21, Field::Ascent},
    WantedField{kSession, 16, Field::HeartRate},
    WantedField{kLap, 15, Field::HeartRate},
    WantedField{kSession, 18, Field::Cadence},
    WantedField{kLap, 17, Field::Cadence},
    WantedField{kSession, 92, Field::FractionalCadence},
    WantedField{kLap, 80, Field::FractionalCadence},
    WantedField{kRecord, 2, Field::Altitude},
    WantedField{kRecord, 3, Field::HeartRate},
    WantedField{kRecord, 4, Field::Cadence},
    WantedField{kRecord, 5, Field::Distance},
    WantedField{kRecord, 53, Field::FractionalCadence},
    WantedField{kRecord, 78, Field::EnhancedAltitude},
    WantedField{kActivity, 5, Field::LocalTimestamp},
};

std::optional<Field> fieldOf(std::uint16_t message, std::uint8_t number) {
    if (number == 253) {
        return Field::Timestamp;
    }
    for (const WantedField& wanted : kWantedFields) {
        if (wanted.message == message && wanted.number == number) {
            return wanted.field;
        }
    }
    return std::nullopt;
}

// Where one wanted field lies in a data message and how to read it, worked out once per
// definition so that the many data messages after it are read without looking at base types.
struct FieldPlan {
    Field field;
    std::uint16_t offset; // in the data message's content
    std::uint8_t size;    // of one value of its base type
    std::uint64_t invalid;
};

struct Definition {
    bool defined = false;
    bool bigEndian = false;
    std::uint16_t message = 0;
    std::uint32_t size = 0; // of a data message's content, developer fields included
    std::vector<FieldPlan> plan;
};

// One data message's values, by Field; absent where the field was not there or held FIT's
// "invalid" value.
using Values = std::array<std::optional<std::uint64_t>, static_cast<std::size_t>(Field::Count)>;

// A session or lap as the file states it.
struct Summary {
    Values values;
};

struct DecodeError {
    std::size_t offset;
    std::string message;
};

std::uint64_t readInteger(const unsigned char* at, unsigned size, bool bigEndian) {
    std::uint64_t value = 0;
    for (unsigned i = 0; i < size; ++i) {
        const unsigned shift = bigEndian ? 8 * (size - 1 - i) : 8 * i;
        value |= static_cast<std::uint64_t>(at[i]) << shift;
    }
    return value;
}

// How to read a field of `baseType` declared `declaredSize` bytes long, or nullopt when it cannot
// hold what a run needs: no field a run needs is signed, floating or text, so a file that says
// otherwise has those fields left out. An array's first element is read.
std::optional<FieldPlan> planField(Field field, std::uint32_t offset, std::uint8_t declaredSize,
                                   std::uint8_t baseType) {
    const unsigned index = baseType & 0x1FU;
    bool zType = false;
    switch (index) {
    case 0:
    case 2:
    case 4:
    case 6:
    case 15:
        break; // enum, uint8, uint16, uint32, uint64
    case 10:
    case 11:
    case 12:
    case 16:
        zType = true;
        break; // uint8z .. uint64z
    default:
        return std::nullopt;
    }
    const std::uint8_t size = kBaseTypeSize[index];
    if (declaredSize < size) {
        return std::nullopt;
    }
    // FIT's invalid value: all ones, or zero for the "z" types.
    const std::uint64_t invalid = zType       ? 0
                                  : size == 8 ? ~std::uint64_t{0}
                                              : (std::uint64_t{1} << (8U * size)) - 1;
    return FieldPlan{field, static_cast<std::uint16_t>(offset), size, invalid};
}

// The field's value, or nullopt when it holds the invalid value.
std::optional<std::uint64_t> readField(const unsigned char* at, const FieldPlan& field,
                                       bool bigEndian) {
    const std::uint64_t value = readInteger(at, field.size, bigEndian);
    if (value == field.invalid) {
        return std::nullopt;
    }
    return value;
}

class FitReader {
  public:
    explicit FitReader(std::string_view bytes)
        : bytes_(reinterpret_cast<const unsigned char*>(bytes.data())), size_(bytes.size()) {}

    // Reads every chained FIT file in the bytes.
    void read();

    std::vector<Summary> sessions;
    std::vector<Summary> laps;
    TrackSummary track;
    std::optional<std::uint64_t> fileType;
    std::optional<std::uint64_t> sport;
    std::optional<std::int64_t> utcOffset;
    std::optional<std::int64_t> firstRecordTime;

  private:
    // Reads one FIT file of a chain from `start`; returns where the next one starts.
    std::size_t readFile(std::size_t start);
    // Checks the header and both CRCs of the file at `start`; returns where its messages start
    // and end.
    std::pair<std::size_t, std::size_t> checkedMessages(std::size_t start) const;
    void readMessages(std::size_t at, std::size_t end);
    // The definition a data message whose header is at `headerAt` refers to, if it is defined
    // and the message fits before `end`.
    const Definition& definitionFor(unsigned localType, std::size_t headerAt,
                                    std::size_t end) const;
    std::size_t readDefinition(std::size_t at, std::size_t end, std::uint8_t header);
    void readData(std::size_t at, const Definition& definition,
                  std::optional<std::uint32_t> compressedTime);
    void use(std::uint16_t message, const Values& values);

    const unsigned char* bytes_;
    std::size_t size_;
    std::array<Definition, 16> definitions_{};
    std::uint32_t lastTimestamp_ = 0;
};

void FitReader::read() {
    std::size_t at = 0;
    do {
        at = readFile(at);
    } while (at < size_);
}

std::size_t FitReader::readFile(std::size_t start) {
    const auto [dataStart, dataEnd] = checkedMessages(start);
    definitions_ = {};
    readMessages(dataStart, dataEnd);
    return dataEnd + 2;
}

std::pair<std::size_t, std::size_t> FitReader::checkedMessages(std::size_t start) const {
    const std::size_t left = size_ - start;
    if (left < 12) {
        throw DecodeError{start, "the file ends after " + std::to_string(left) +
                                     " bytes; expected a FIT header of 12 or 14 bytes"};
    }
    const unsigned char* header = bytes_ + start;
    const unsigned headerSize = header[0];
    if ((headerSize != 12 && headerSize != 14) ||
        std::string_view(reinterpret_cast<const char*>(header) + 8, 4) != ".FIT") {
        throw DecodeError{start, "no FIT header (expected a size of 12 or 14 and \".FIT\" at "
                                 "byte 8): this is not a FIT file"};
    }
    if (left < headerSize) {
        throw DecodeError{start, "the file ends inside the FIT header"};
    }
    const auto view = [this](std::size_t from, std::size_t count) {
        return std::string_view(reinterpret_cast<const char*>(bytes_) + from, count);
    };
    if (headerSize == 14) {
        const auto stated = static_cast<std::uint16_t>(readInteger(header + 12, 2, false));
        if (stated != 0 && stated != fitCrc(view(start, 12))) {
            throw DecodeError{start + 12, "the header's CRC does not match its bytes: the header "
                                          "is damaged"};
        }
    }
    const auto dataSize = static_cast<std::size_t>(readInteger(header + 4, 4, false));
    const std::size_t dataStart = start + headerSize;
    const std::size_t dataEnd = dataStart + dataSize;
    if (dataSize > left - headerSize || left - headerSize - dataSize < 2) {
        throw DecodeError{size_, "the file is truncated: its header announces " +
                                     std::to_string(dataSize) +
                                     " bytes of messages and a CRC, "
                                     "but only " +
                                     std::to_string(left - headerSize) + " bytes follow it"};
    }
    const auto statedCrc = static_cast<std::uint16_t>(readInteger(bytes_ + dataEnd, 2, false));
    if (const std::uint16_t computed = fitCrc(view(start, dataEnd - start));
        computed != statedCrc) {
        throw DecodeError{dataEnd, "the file's CRC does not match its contents (damaged or "
                                   "changed after it was written)"};
    }
    return {dataStart, dataEnd};
}

const Definition& FitReader::definitionFor(unsigned localType, std::size_t headerAt,
                                           std::size_t end) const {
    const Definition& definition = definitions_[localType];
    if (!definition.defined || headerAt + 1 + definition.size > end) {
        throw DecodeError{headerAt, definition.defined
                                        ? "a message runs past the end of the data"
                                        : "a message uses a local type never defined"};
    }
    return definition;
}

void FitReader::readMessages(std::size_t at, std::size_t dataEnd) {
    while (at < dataEnd) {
        const std::uint8_t recordHeader = bytes_[at];
        ++at;
        if ((recordHeader & 0x80U) != 0) {
            // Compressed timestamp header: local type in bits 5-6, a 5-bit time offset that
            // rolls over from the last full timestamp.
            const Definition& definition =
                definitionFor((recordHeader >> 5U) & 0x3U, at - 1, dataEnd);
            const std::uint32_t offset = recordHeader & 0x1FU;
            std::uint32_t time = (lastTimestamp_ & ~0x1FU) + offset;
            if (offset < (lastTimestamp_ & 0x1FU)) {
                time += 0x20;
            }
            lastTimestamp_ = time;
            readData(at, definition, time);
            at += definition.size;
        } else if ((recordHeader & 0x40U) != 0) {
            at = readDefinition(at, dataEnd, recordHeader);
        } else {
            const Definition& definition = definitionFor(recordHeader & 0x0FU, at - 1, dataEnd);
            readData(at, definition, std::nullopt);
            at += definition.size;
        }
    }
}

std::size_t FitReader::readDefinition(std::size_t at, std::size_t end, std::uint8_t header) {
    if (at + 5 > end) {
        throw DecodeError{at, "a definition message runs past the end of the data"};
    }
    Definition definition;
    definition.defined = true;
    definition.bigEndian = bytes_[at + 1] == 1;
    definition.message =
        static_cast<std::uint16_t>(readInteger(bytes_ + at + 2, 2, definition.bigEndian));
    const unsigned fields = bytes_[at + 4];
    at += 5;
    if (at + 3 * fields > end) {
        throw DecodeError{at, "a definition message's fields run past the end of the data"};
    }
    std::uint32_t offset = 0;
    for (unsigned i = 0; i < fields; ++i, at += 3) {
        const std::uint8_t size = bytes_[at + 1];
        if (const auto field = fieldOf(definition.message, bytes_[at])) {
            if (const auto plan = planField(*field, offset, size, bytes_[at + 2])) {
                definition.plan.push_back(*plan);
            }
        }
        offset += size;
    }
    if ((header & 0x20U) != 0) { // developer fields: skipped by their sizes
        if (at + 1 > end) {
            throw DecodeError{at, "a definition message runs past the end of the data"};
        }
        const unsigned developerFields = bytes_[at];
        ++at;
        if (at + 3 * developerFields > end) {
            throw DecodeError{at, "developer field definitions run past the end of the data"};
        }
        for (unsigned i = 0; i < developerFields; ++i, at += 3) {
            offset += bytes_[at + 1];
        }
    }
    definition.size = offset;
    definitions_[header & 0x0FU] = std::move(definition);
    return at;
}

void FitReader::readData(std::size_t at, const Definition& definition,
                         std::optional<std::uint32_t> compressedTime) {
    // Every message's timestamp is read, used or not: compressed timestamps count from the last.
    Values values{};
    for (const FieldPlan& field : definition.plan) {
        values[static_cast<std::size_t>(field.field)] =
            readField(bytes_ + at + field.offset, field, definition.bigEndian);
    }
    auto& timestamp = values[static_cast<std::size_t>(Field::Timestamp)];
    if (timestamp) {
        lastTimestamp_ = static_cast<std::uint32_t>(*timestamp);
    } else if (compressedTime) {
        timestamp = *compressedTime;
    }
    use(definition.message, values);
}

std::optional<double> scaled(const Values& values, Field field, double scale, double offset = 0) {
    if (const auto& value = values[static_cast<std::size_t>(field)]) {
        return static_cast<double>(*value) / scale - offset;
    }
    return std::nullopt;
}

void FitReader::use(std::uint16_t message, const Values& values) {
    const auto value = [&values](Field field) { return values[static_cast<std::size_t>(field)]; };
    switch (message) {
    case kRecord: {
        TrackPoint point;
        if (const auto time = value(Field::Timestamp); time && *time >= kFitFirstDate) {
            point.time = static_cast<std::int64_t>(*time) + kFitEpoch;
            firstRecordTime = firstRecordTime.value_or(*point.time);
        }
        point.totalDistance = scaled(values, Field::Distance, 100);
        point.altitude = scaled(values, Field::EnhancedAltitude, 5, 500);
        if (!point.altitude) {
            point.altitude = scaled(values, Field::Altitude, 5, 500);
        }
        point.heartRate = scaled(values, Field::HeartRate, 1);
        if (const auto cadence = scaled(values, Field::Cadence, 1)) {
            point.strideCadence =
                *cadence + scaled(values, Field::FractionalCadence, 128).value_or(0.0);
        }
        track.add(point);
        break;
    }
    case kSession:
        sessions.push_back(Summary{values});
        break;
    case kLap:
        laps.push_back(Summary{values});
        break;
    case kSport:
        sport = value(Field::Sport);
        break;
    case kFileId:
        fileType = value(Field::FileType);
        break;
    case kActivity:
        if (value(Field::LocalTimestamp) && value(Field::Timestamp)) {
            utcOffset = static_cast<std::int64_t>(*value(Field::LocalTimestamp)) -
                        static_cast<std::int64_t>(*value(Field::Timestamp));
        }
        break;
    default:
        break;
    }
}

// The profile's names of the sports a runner's files hold; others are kept as "sport N".
std::string sportName(std::optional<std::uint64_t> sport) {
    if (!sport) {
        return {};
    }
    switch (*sport) {
    case 0:
        return "generic";
    case 1:
        return "running";
    case 2:
        return "cycling";
    case 5:
        return "swimming";
    case 11:
        return "walking";
    case 17:
        return "hiking";
    default:
        return "sport " + std::to_string(*sport);
    }
}

Run runOf(const Values& values, const FitReader& reader) {
    const auto value = [&values](Field field) { return values[static_cast<std::size_t>(field)]; };
    Run run;
    const auto start = value(Field::StartTime) ? value(Field::StartTime) : value(Field::Timestamp);
    run.startUtc = static_cast<std::int64_t>(start.value_or(0)) + kFitEpoch;
    if (start && *start < kFitFirstDate) {
        throw DecodeError{0, "the activity's start time counts from when the device was switched "
                             "on, not a date: the device's clock was not set"};
    }
    run.distanceMetres = scaled(values, Field::Distance, 100).value_or(0.0);
    run.movingSeconds =
        scaled(values, Field::MovingTime, 1000)
            .value_or(scaled(values, Field::TimerTime, 1000)
                          .value_or(scaled(values, Field::ElapsedTime, 1000).value_or(0.0)));
    run.elevationGainMetres = scaled(values, Field::Ascent, 1);
    run.averageHeartRate = scaled(values, Field::HeartRate, 1);
    if (const auto cadence = scaled(values, Field::Cadence, 1)) {
        run.averageCadence =
            2 * (*cadence + scaled(values, Field::FractionalCadence, 128).value_or(0.0));
    }
    run.sport = sportName(value(Field::Sport) ? value(Field::Sport) : reader.sport);
    if (reader.utcOffset) {
        run.utcOffsetSeconds = static_cast<std::int32_t>(*reader.utcOffset);
    }
    return run;
}

// Without a session or lap, the activity is what its records add up to.
Run runOfTrack(const FitReader& reader) {
    Run run;
    run.startUtc = reader.track.firstTime().value_or(kFitEpoch);
    run.distanceMetres = reader.track.distanceMetres();
    run.movingSeconds = reader.track.movingSeconds();
    run.elevationGainMetres = reader.track.elevationGainMetres();
    run.averageHeartRate = reader.track.averageHeartRate();
    run.averageCadence = reader.track.averageStepCadence();
    run.sport = sportName(reader.sport);
    if (reader.utcOffset) {
        run.utcOffsetSeconds = static_cast<std::int32_t>(*reader.utcOffset);
    }
    return run;
}

std::vector<Run> activitiesOf(const FitReader& reader) {
    std::vector<Run> runs;
    constexpr std::uint64_t kActivityFile = 4;
    if (reader.fileType && *reader.fileType != kActivityFile) {
        return runs; // a course, workout, settings or monitoring file holds no activity
    }
    if (!reader.sessions.empty()) {
        for (const Summary& session : reader.sessions) {
            runs.push_back(runOf(session.values, reader));
        }
    } else if (!reader.laps.empty()) {
        // Laps only: one activity, their sum.
        Run run = runOf(reader.laps.front().values, reader);
        for (std::size_t i = 1; i < reader.laps.size(); ++i) {
            const Run lap = runOf(reader.laps[i].values, reader);
            run.distanceMetres += lap.distanceMetres;
            run.movingSeconds += lap.movingSeconds;
        }
        run.elevationGainMetres = reader.track.elevationGainMetres();
        run.averageHeartRate = reader.track.averageHeartRate();
        run.averageCadence = reader.track.averageStepCadence();
        runs.push_back(run);
    } else if (!reader.track.empty()) {
        runs.push_back(runOfTrack(reader));
    }
    // A session that leaves out its ascent gets the track's, when the track is its alone.
    if (runs.size() == 1 && !runs.front().elevationGainMetres) {
        runs.front().elevationGainMetres = reader.track.elevationGainMetres();
    }
    return runs;
}

} // namespace

DecodedActivities decodeFit(std::string_view bytes) {
    FitReader reader(bytes);
    try {
        reader.read();
        return activitiesOf(reader);
    } catch (const DecodeError& error) {
        return Problem{
            {}, 0, 0, {}, "at byte " + std::to_string(error.offset) + ": " + error.message};
    }
}

} // namespace kt
