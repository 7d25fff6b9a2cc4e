# Fails when a C++ source file of the tree differs from what clang-format makes of it.
# Run by the format_check test: cmake -DCLANG_FORMAT=... -DSOURCE_DIR=... -P CheckFormat.cmake
file(GLOB_RECURSE _files
    "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h"
    "${SOURCE_DIR}/tools/*.cpp" "${SOURCE_DIR}/tools/*.h")
list(LENGTH _files _count)
if(_count LESS 50)
    message(FATAL_ERROR "expected the Casebook sources under ${SOURCE_DIR}, found ${_count} files")
endif()
set(_bad "")
foreach(_f IN LISTS _files)
    execute_process(COMMAND "${CLANG_FORMAT}" --dry-run -Werror "${_f}"
                    RESULT_VARIABLE _rc OUTPUT_QUIET ERROR_QUIET)
    if(NOT _rc EQUAL 0)
        file(RELATIVE_PATH _rel "${SOURCE_DIR}" "${_f}")
        list(APPEND _bad "${_rel}")
    endif()
endforeach()
if(_bad)
    list(JOIN _bad "\n  " _list)
    message(FATAL_ERROR "Not formatted (run clang-format -i on them):\n  ${_list}")
endif()
message(STATUS "${_count} files formatted")
