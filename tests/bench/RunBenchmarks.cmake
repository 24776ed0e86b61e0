# cmake -D "BENCHMARKS=exe1;exe2" -P RunBenchmarks.cmake
# Runs every benchmark in turn (output goes straight to the terminal), keeps going after a
# failure, and fails at the end if any benchmark reported FAIL or an error.
set(failed "")
foreach(benchmark IN LISTS BENCHMARKS)
    get_filename_component(name "${benchmark}" NAME)
    message(STATUS "---- ${name}")
    execute_process(COMMAND "${benchmark}" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        list(APPEND failed "${name} (exit ${result})")
    endif()
endforeach()
if(failed)
    list(JOIN failed ", " failed)
    message(FATAL_ERROR "benchmarks not passing: ${failed}")
endif()
message(STATUS "all benchmarks passed")
