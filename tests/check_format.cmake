# Fails, naming each file, unless every C++ file under src/ and tests/ is formatted as
# .clang-format says. Files are found when the test runs, so a new file is checked before it is
# ever listed anywhere. Run as: cmake -DCLANG_FORMAT=... -DSOURCE_DIR=... -P check_format.cmake
file(GLOB_RECURSE candidates LIST_DIRECTORIES false
     "${SOURCE_DIR}/src/*.cpp" "${SOURCE_DIR}/src/*.h"
     "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
# Installed npm packages carry their own sources; they are not ours to format.
list(FILTER candidates EXCLUDE REGEX "/node_modules/")
list(LENGTH candidates count)
if(count EQUAL 0)
    message(FATAL_ERROR "no C++ files found under ${SOURCE_DIR}/src and ${SOURCE_DIR}/tests")
endif()

set(unformatted "")
foreach(path IN LISTS candidates)
    execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror "${path}"
                    RESULT_VARIABLE status OUTPUT_QUIET ERROR_QUIET)
    if(NOT status EQUAL 0)
        file(RELATIVE_PATH relative "${SOURCE_DIR}" "${path}")
        string(APPEND unformatted "\n  ${relative}")
    endif()
endforeach()
if(unformatted)
    message(FATAL_ERROR "Not formatted as .clang-format says (fix with clang-format -i):${unformatted}")
endif()
message(STATUS "${count} C++ files formatted as .clang-format says")
