# Every user-visible string has a zh_CN translation: runs lupdate over the sources into a
# copy of the .ts file and fails, listing them, when any message is new or unfinished.
# cmake -DLUPDATE=... -DSOURCES="dir|dir" -DTS=... -DWORK_DIR=... -P CheckTranslations.cmake
string(REPLACE "|" ";" SOURCES "${SOURCES}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copy "${WORK_DIR}/check_zh_CN.ts")
configure_file("${TS}" "${copy}" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -extensions cpp,h,ui -no-obsolete -locations none
            ${SOURCES} -ts "${copy}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result}):\n${output}")
endif()
file(READ "${copy}" ts)
string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*(<comment>[^<]*</comment>[ \t\r\n]*)?<translation type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished count)
if(count GREATER 0)
    set(list "")
    foreach(entry IN LISTS unfinished)
        string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" text "${entry}")
        string(APPEND list "  ${text}\n")
    endforeach()
    message(FATAL_ERROR "${count} string(s) without a zh_CN translation "
        "(run `cmake --build <build> --target update_translations`, then translate "
        "${TS}):\n${list}")
endif()
message(STATUS "Every string has a zh_CN translation.")
