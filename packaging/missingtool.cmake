# Stands in for a validator that was not found at configure time, so its test fails loudly.
message(FATAL_ERROR "${TOOL} was not found when CMake configured the build. "
                    "Install the Debian package ${PACKAGE} and re-run CMake.")
