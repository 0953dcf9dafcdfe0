# Build options shared by every Hookbench target, through the INTERFACE target
# hb_build_options. Link it PRIVATE into each library and executable.

option(HB_WERROR "Treat compiler warnings as errors" OFF)
option(HB_BUILD_TESTS "Build the test suite" ON)
set(HB_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address;undefined")
option(HB_FUZZ "Build the libFuzzer targets (needs clang)" OFF)

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

add_library(hb_build_options INTERFACE)
target_compile_features(hb_build_options INTERFACE cxx_std_20)
target_compile_definitions(hb_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    HB_VERSION_STRING="${PROJECT_VERSION}")
target_include_directories(hb_build_options INTERFACE
    "${PROJECT_SOURCE_DIR}" "${PROJECT_BINARY_DIR}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(hb_build_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual)
    if(HB_WERROR)
        target_compile_options(hb_build_options INTERFACE -Werror)
    endif()
    if(HB_SANITIZE)
        string(REPLACE ";" "," _hb_sanitizers "${HB_SANITIZE}")
        target_compile_options(hb_build_options INTERFACE
            -fsanitize=${_hb_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(hb_build_options INTERFACE -fsanitize=${_hb_sanitizers})
    endif()
    if(HB_FUZZ)
        if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
            message(FATAL_ERROR "HB_FUZZ=ON needs clang (CXX=clang++)")
        endif()
        target_compile_options(hb_build_options INTERFACE -fsanitize=fuzzer-no-link)
    endif()
elseif(MSVC)
    target_compile_options(hb_build_options INTERFACE /W4 /permissive- /utf-8)
    if(HB_WERROR)
        target_compile_options(hb_build_options INTERFACE /WX)
    endif()
endif()
