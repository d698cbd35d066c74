# Fails when the .ts files miss strings that are in the code: runs lupdate on copies and compares.
# Called by the translations-uptodate test with LUPDATE, SOURCE_DIR and WORK_DIR.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
file(GLOB ts_files ${SOURCE_DIR}/translations/*.ts)
set(copies)
foreach(ts IN LISTS ts_files)
    get_filename_component(name ${ts} NAME)
    file(COPY ${ts} DESTINATION ${WORK_DIR})
    list(APPEND copies ${WORK_DIR}/${name})
endforeach()
execute_process(
    COMMAND ${LUPDATE} -silent -no-obsolete -locations none models runtimes ui app -ts ${copies}
    WORKING_DIRECTORY ${SOURCE_DIR}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()
foreach(ts IN LISTS ts_files)
    get_filename_component(name ${ts} NAME)
    execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${ts} ${WORK_DIR}/${name}
        RESULT_VARIABLE different)
    if(different)
        message(FATAL_ERROR "translations/${name} is out of date with the code. Run "
                            "`cmake --build build --target update_translations`, translate the "
                            "new strings and commit the .ts files.")
    endif()
endforeach()
