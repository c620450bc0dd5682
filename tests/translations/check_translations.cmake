# Fails when a catalogue has unfinished entries, when lupdate finds strings in
# the sources that a catalogue lacks (it adds them as unfinished), or when it
# finds a tr() it cannot extract at all. Works on copies.
# The plural-only catalogues (English) are checked the same way with -pluralonly.
#   cmake -DLUPDATE=... -DTS_LIST=file -DPLURAL_TS_LIST=file -DSOURCE_LIST=file -DWORK=dir
#         -P check_translations.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
file(STRINGS "${TS_LIST}" ts_files)
set(copies)
foreach(ts IN LISTS ts_files)
    get_filename_component(name "${ts}" NAME)
    file(COPY "${ts}" DESTINATION "${WORK}")
    list(APPEND copies "${WORK}/${name}")
endforeach()
execute_process(COMMAND "${LUPDATE}" -no-obsolete -locations none "@${SOURCE_LIST}" -ts ${copies}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}\n${err}")
endif()
# A tr() lupdate cannot give a context to is left out of every catalogue, so it
# would never be translated, and the check below would not see it.
string(REGEX MATCHALL "[^\n]*cannot be called without context[^\n]*" lost "${out}\n${err}")
if(lost)
    string(REPLACE ";" "\n" lost "${lost}")
    message(FATAL_ERROR "strings lupdate cannot extract (call tr() inside a named namespace or "
        "class, or QCoreApplication::translate with a context):\n${lost}")
endif()
file(STRINGS "${PLURAL_TS_LIST}" plural_files)
set(plural_copies)
foreach(ts IN LISTS plural_files)
    get_filename_component(name "${ts}" NAME)
    file(COPY "${ts}" DESTINATION "${WORK}")
    list(APPEND plural_copies "${WORK}/${name}")
endforeach()
if(plural_copies)
    execute_process(COMMAND "${LUPDATE}" -no-obsolete -locations none -pluralonly
        "@${SOURCE_LIST}" -ts ${plural_copies}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate -pluralonly failed (${rc}):\n${out}\n${err}")
    endif()
    list(APPEND copies ${plural_copies})
    list(APPEND ts_files ${plural_files})
endif()
set(bad 0)
foreach(copy IN LISTS copies)
    file(READ "${copy}" text)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${text}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        get_filename_component(name "${copy}" NAME)
        message(SEND_ERROR "${name}: ${count} unfinished or missing translations (run: cmake --build <dir> --target update_translations, then translate)")
        set(bad 1)
    endif()
endforeach()
if(bad)
    message(FATAL_ERROR "translations are incomplete")
endif()
message(STATUS "all catalogues complete: ${ts_files}")
