# One bounded smoke run of a libFuzzer target (see CMakeLists.txt): replay every file of the
# checked-in corpus, then fuzz for SECONDS from it. Any crash, leak, sanitizer report or timeout
# fails the test; libFuzzer then prints the input, which belongs in the corpus as a regression.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
file(GLOB seeds ${CORPUS}/*)
execute_process(COMMAND ${FUZZER} -timeout=10 -rss_limit_mb=4096 ${seeds}
                RESULT_VARIABLE replay)
if(NOT replay EQUAL 0)
    message(FATAL_ERROR "replaying ${CORPUS} failed (${replay})")
endif()
execute_process(COMMAND ${FUZZER} -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=4096
                        -max_len=4096 -print_final_stats=1 -artifact_prefix=${WORK}/
                        ${WORK} ${CORPUS}
                RESULT_VARIABLE fuzz)
if(NOT fuzz EQUAL 0)
    message(FATAL_ERROR "fuzzing found a problem (${fuzz}); the input is in ${WORK}")
endif()
