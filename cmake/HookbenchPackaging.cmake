# Installation as a desktop program, and the Debian package of it (CPack's DEB generator).
# Included from the top-level CMakeLists.txt after every program target exists.
#
#   manual pages   hookbench(1), hookbench-cli(1), hookbench-sandbox(1), generated at build
#                  time from the built programs' own --help (and COMMAND --help), so that
#                  they never drift from the options the programs accept
#   completions    bash and zsh; they read commands and options from --help at Tab time
#   documentation  the user guide, and the Debian copyright file and changelog
#
# `cpack -G DEB` in a build folder (scripts/package does it for a Release build) writes
# hookbench_<version>-<release>_<arch>.deb.

set(HB_DEBIAN_PACKAGE "hookbench")
set(HB_DEBIAN_RELEASE 1)
set(HB_DEBIAN_VERSION "${PROJECT_VERSION}-${HB_DEBIAN_RELEASE}")
set(HB_DEBIAN_MAINTAINER "Hookbench maintainers <maintainers@hookbench.example.org>")
set(HB_PACKAGE_DOC_DIR "${CMAKE_INSTALL_DATAROOTDIR}/doc/${HB_DEBIAN_PACKAGE}")

# Directories that `cmake --install` creates get the usual permissions whatever the umask.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# --- Manual pages --------------------------------------------------------------------------
set(HB_MAN_DIR "${PROJECT_BINARY_DIR}/man")
set(HB_MAN_GENERATOR "${PROJECT_SOURCE_DIR}/cmake/HookbenchManPage.sh")
set(HB_MAN_PAGES)
foreach(program IN ITEMS hookbench hookbench-cli hookbench-sandbox)
    set(extra)
    if(program STREQUAL "hookbench-cli")
        set(extra --commands)
    endif()
    set(page "${HB_MAN_DIR}/${program}.1.gz")
    add_custom_command(OUTPUT "${page}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${HB_MAN_DIR}"
        COMMAND sh "${HB_MAN_GENERATOR}" "$<TARGET_FILE:${program}>" "${program}"
                "${PROJECT_VERSION}" "${page}" ${extra}
        DEPENDS ${program} "${HB_MAN_GENERATOR}" "${PROJECT_SOURCE_DIR}/cmake/HookbenchManPage.awk"
        COMMENT "Writing the manual page ${program}(1) from ${program} --help"
        VERBATIM)
    list(APPEND HB_MAN_PAGES "${page}")
endforeach()
add_custom_target(hb_manpages ALL DEPENDS ${HB_MAN_PAGES})
install(FILES ${HB_MAN_PAGES} DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

# --- Shell completion ----------------------------------------------------------------------
# bash-completion loads a completion by the command's name; one file serves all three.
foreach(program IN ITEMS hookbench hookbench-cli hookbench-sandbox)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/completions/hookbench.bash"
        DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/bash-completion/completions"
        RENAME "${program}")
endforeach()
install(FILES "${PROJECT_SOURCE_DIR}/resources/completions/_hookbench"
    DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/zsh/vendor-completions")

# --- Documentation -------------------------------------------------------------------------
install(FILES "${PROJECT_SOURCE_DIR}/docs/user-guide.md" DESTINATION "${HB_PACKAGE_DOC_DIR}")
install(FILES "${PROJECT_SOURCE_DIR}/docs/screenshots/main-window.png"
              "${PROJECT_SOURCE_DIR}/docs/screenshots/webhook-dialog.png"
    DESTINATION "${HB_PACKAGE_DOC_DIR}/screenshots")
install(FILES "${PROJECT_SOURCE_DIR}/packaging/debian/copyright"
    DESTINATION "${HB_PACKAGE_DOC_DIR}")

# Debian wants the changelog compressed with gzip -9n (no name, no time stamp).
configure_file("${PROJECT_SOURCE_DIR}/packaging/debian/changelog.in"
    "${PROJECT_BINARY_DIR}/packaging/changelog.Debian" @ONLY)
set(HB_DEBIAN_CHANGELOG "${PROJECT_BINARY_DIR}/packaging/changelog.Debian.gz")
add_custom_command(OUTPUT "${HB_DEBIAN_CHANGELOG}"
    COMMAND sh -c "gzip -9n -c \"$0\" > \"$1\"" "${PROJECT_BINARY_DIR}/packaging/changelog.Debian"
            "${HB_DEBIAN_CHANGELOG}"
    DEPENDS "${PROJECT_BINARY_DIR}/packaging/changelog.Debian"
    COMMENT "Compressing the Debian changelog"
    VERBATIM)
add_custom_target(hb_debian_changelog ALL DEPENDS "${HB_DEBIAN_CHANGELOG}")
install(FILES "${HB_DEBIAN_CHANGELOG}" DESTINATION "${HB_PACKAGE_DOC_DIR}")

# --- The Debian package --------------------------------------------------------------------
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "${HB_DEBIAN_PACKAGE}")
set(CPACK_PACKAGE_VENDOR "The Hookbench authors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${HB_DEBIAN_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "administer the webhooks of a 4me account")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_NAME "${HB_DEBIAN_PACKAGE}")
set(CPACK_DEBIAN_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_PACKAGE_RELEASE "${HB_DEBIAN_RELEASE}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${HB_DEBIAN_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# The summary above is the first line; this is the long description below it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Hookbench lists, creates, edits, test-fires, enables, disables, deletes and
exports the webhooks of a 4me (Xurrent, ITRP) account through its Webhooks
API. API tokens are kept in the system keychain.

This package holds the desktop application hookbench, the command-line
client hookbench-cli for scripts and cron jobs, and hookbench-sandbox, a
local stand-in for the service to try everything without an account.")
# Libraries the programs link are found by dpkg-shlibdeps. Qt loads some plug-ins at run
# time that no binary links, so dpkg-shlibdeps cannot see them: the SQLite driver of
# Qt SQL (the history) and the SVG icon engine (every icon of the window is an SVG). On
# Debian 12 the xcb platform plug-in is part of libqt6gui6 and the TLS plug-in part of
# libqt6network6, which the linked libraries already pull in; qt6-qpa-plugins holds only
# the vnc platform and the tuio input plug-ins.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
