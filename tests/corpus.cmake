# Corpus input end to end: folders, JSON Lines, dates and --since/--until,
# worker threads, relmap merge, the document list past 1000 documents, the
# evidence cap, and the map/reduce pipeline (split, parallel mappers, sort,
# relmap merge -) run locally with shell tools. The corpus comes from the
# benchmark generator. Included from tests/CMakeLists.txt; exit 77 (a shell
# tool or the generator missing) marks the test skipped.
add_test(NAME test_corpus
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/test_corpus.sh
                 $<TARGET_FILE:relmap> ${PROJECT_SOURCE_DIR}
                 $<TARGET_FILE:relmap_bench>)
set_tests_properties(test_corpus PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)

if(RELMAP_SANITIZE)
  # About 60 runs of relmap on a 1.5 MB corpus: more room under
  # AddressSanitizer.
  set_tests_properties(test_corpus PROPERTIES TIMEOUT 300 ENVIRONMENT
    "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_SOURCE_DIR}/lsan.supp:print_suppressions=0")
endif()

# --max-memory: spilled runs give the same bytes as a graph in memory, in
# every format; no temporary file is left; a failed spill is exit 5.
add_test(NAME test_spill
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/test_spill.sh
                 $<TARGET_FILE:relmap> $<TARGET_FILE:relmap_bench>)
set_tests_properties(test_spill PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)
if(RELMAP_SANITIZE)
  set_tests_properties(test_spill PROPERTIES TIMEOUT 600 ENVIRONMENT
    "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_SOURCE_DIR}/lsan.supp:print_suppressions=0")
endif()
