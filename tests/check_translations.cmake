# Fails while the interface has a string without a finished translation: runs lupdate over the
# app's sources into a copy of each .ts file (the sources stay untouched) and looks for messages
# that are new or changed ("unfinished"), or whose translation is empty. A developer adds the
# new strings with `cmake --build --preset dev --target update_translations` and translates
# them in Qt Linguist.
# -DLUPDATE=path -DSOURCE_DIR=repository -DTS_FILES=a.ts;b.ts -DWORK_DIR=scratch folder
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failed FALSE)
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts}" "${copy}")
    execute_process(
        COMMAND "${LUPDATE}" "${SOURCE_DIR}/src/app" "${SOURCE_DIR}/ui" -extensions cpp,h,ui
                -no-obsolete -locations none -ts "${copy}"
        RESULT_VARIABLE status OUTPUT_QUIET ERROR_QUIET)
    if(NOT status EQUAL 0)
        message(SEND_ERROR "${name}: lupdate failed (${status})")
        set(failed TRUE)
        continue()
    endif()
    file(READ "${copy}" text)
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\"" unfinished "${text}")
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*<translation></translation>" empty "${text}")
    foreach(match IN LISTS unfinished empty)
        string(REGEX REPLACE "^<source>([^<]*)</source>.*$" "\\1" source "${match}")
        message(SEND_ERROR "${ts}: no finished German for \"${source}\" (new or changed tr() string)")
        set(failed TRUE)
    endforeach()
endforeach()
if(failed)
    message(FATAL_ERROR "Untranslated interface strings; run `cmake --build --preset dev --target update_translations` and translate them in ui/translations/")
endif()
