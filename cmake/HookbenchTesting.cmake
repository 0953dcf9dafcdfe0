# hb_add_test(NAME <name> SOURCES <files...> [LIBS <targets...>] [LABELS <labels...>]
#             [TIMEOUT <seconds>])
#
# Builds one QTest executable and registers it with ctest. Every test runs with the
# offscreen platform, a throwaway settings location, a data directory of its own (where the
# local history of hookbench-cli runs lands, never in the user's) and a timeout. Labels:
# unit, net, gui, faults, bench. Tests labelled bench are left out of scripts/test.
function(hb_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    set_target_properties(${ARG_NAME} PROPERTIES
        RUNTIME_OUTPUT_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}")
    target_link_libraries(${ARG_NAME} PRIVATE hb_build_options Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${ARG_NAME} PRIVATE
        HB_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        HB_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set_tests_properties(${ARG_NAME} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=hookbench.*.debug=false;XDG_DATA_HOME=${CMAKE_CURRENT_BINARY_DIR}/${ARG_NAME}.data")
endfunction()
