# Runs the built kneetriage-cli on real inputs and validates what it reads and writes against
# data/schema/ with validate.js. Called by ctest with -DCLI= -DNODE= -DDATA= -DTESTS= -DOUT=.
#   - every vignette's answers, as one answers document per line, triaged with --batch (the same
#     code as a single document), so each of the vignettes' results is checked;
#   - each answers document of the fuzz corpus triaged on its own, through the single-document path;
#   - a batch with broken lines, whose error lines must match error.schema.json;
#   - an answers document written by `fhir answers`;
#   - the runs `runs import` reads from the hand-written GPX, TCX and Strava export fixtures, and
#     the lines `runs load` writes for them and for the hostile activity files;
#   - `plan` over each of those results with a diary fixture and those runs (red and amber ones).

function(run_cli expected_status output)
    execute_process(COMMAND "${CLI}" ${ARGN} --kb "${DATA}"
                    OUTPUT_FILE "${output}" ERROR_VARIABLE errors RESULT_VARIABLE status)
    if(NOT status STREQUAL expected_status)
        message(FATAL_ERROR "kneetriage-cli ${ARGN}: exit status ${status}, expected ${expected_status}\n${errors}")
    endif()
endfunction()

file(MAKE_DIRECTORY "${OUT}")
file(GLOB vignette_sets "${TESTS}/vignettes/*.json")
list(SORT vignette_sets)
execute_process(COMMAND "${NODE}" "${TESTS}/schema/answers_from_vignettes.js" ${vignette_sets}
                OUTPUT_FILE "${OUT}/vignette_answers.jsonl" COMMAND_ERROR_IS_FATAL ANY)
run_cli(0 "${OUT}/vignette_results.jsonl" triage --batch "${OUT}/vignette_answers.jsonl")
file(STRINGS "${OUT}/vignette_answers.jsonl" answer_lines)
file(STRINGS "${OUT}/vignette_results.jsonl" result_lines)
list(LENGTH answer_lines answer_count)
list(LENGTH result_lines result_count)
if(answer_count EQUAL 0 OR NOT answer_count EQUAL result_count)
    message(FATAL_ERROR "${answer_count} vignette answers gave ${result_count} result lines; expected one each")
endif()

set(documents
    --answers-lines "${OUT}/vignette_answers.jsonl"
    --batch-output "${OUT}/vignette_results.jsonl")

file(GLOB corpus "${TESTS}/fuzz/corpus/answers/vignette_*.json")
list(SORT corpus)
foreach(answers IN LISTS corpus)
    get_filename_component(name "${answers}" NAME_WE)
    run_cli(0 "${OUT}/${name}_result.json" triage "${answers}")
    list(APPEND documents --answers "${answers}" --result "${OUT}/${name}_result.json")
endforeach()

# Lines 6 to 8 are broken: the run goes on, and exit status 1 says some lines failed.
run_cli(1 "${OUT}/mixed_results.jsonl" triage --batch "${TESTS}/fuzz/corpus/batch/mixed.jsonl")
file(STRINGS "${OUT}/mixed_results.jsonl" error_lines REGEX "kneetriage\\.error/1")
list(LENGTH error_lines error_count)
if(error_count EQUAL 0)
    message(FATAL_ERROR "the broken batch gave no error line, so error.schema.json was not exercised")
endif()
list(APPEND documents --batch-output "${OUT}/mixed_results.jsonl")

run_cli(0 "${OUT}/fhir_answers.json" fhir answers "${TESTS}/fuzz/corpus/fhir/vignette_03.json")
list(APPEND documents --answers "${OUT}/fhir_answers.json")

run_cli(0 "${OUT}/runs.jsonl" runs import "${TESTS}/runs/fixtures")
file(STRINGS "${OUT}/runs.jsonl" run_lines)
if(NOT run_lines)
    message(FATAL_ERROR "runs import gave no run from the fixtures, so run.schema.json was not exercised")
endif()
list(APPEND documents --run-lines "${OUT}/runs.jsonl")

# runs load on the same fixtures, with an onset: every kind of line but the error line, which a
# broken file gives (tests/runs/hostile).
run_cli(0 "${OUT}/load.jsonl" runs load --today 2024-03-31 --onset 2024-03-10 "${TESTS}/runs/fixtures")
run_cli(1 "${OUT}/load_hostile.jsonl" runs load "${TESTS}/runs/hostile")
list(APPEND documents --load-lines "${OUT}/load.jsonl" --load-lines "${OUT}/load_hostile.jsonl")
list(APPEND documents --diary "${TESTS}/data/training/diary.json")
set(lights "")
foreach(answers IN LISTS corpus)
    get_filename_component(name "${answers}" NAME_WE)
    run_cli(0 "${OUT}/${name}_plan.json" plan --today 2026-11-21 --checked 2026-11-19
            --runs "${OUT}/runs.jsonl" "${OUT}/${name}_result.json" "${TESTS}/data/training/diary.json")
    file(READ "${OUT}/${name}_plan.json" plan)
    string(JSON light GET "${plan}" light)
    list(APPEND lights ${light})
    list(APPEND documents --plan "${OUT}/${name}_plan.json")
endforeach()
list(FIND lights red red_at)
list(FIND lights amber amber_at)
if(red_at EQUAL -1 OR amber_at EQUAL -1)
    message(FATAL_ERROR "plan gave the lights '${lights}'; expected both red and amber to exercise plan.schema.json")
endif()

execute_process(COMMAND "${NODE}" "${TESTS}/schema/validate.js" --data "${DATA}" ${documents}
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "validate.js found documents that do not match their schema (listed above)")
endif()
