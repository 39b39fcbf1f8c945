# Graph import, filters, golden DOT/GraphML/CSV exports and `relmap render`.
# Included from tests/CMakeLists.txt (after relmap_add_test is defined);
# include() keeps CMAKE_CURRENT_SOURCE_DIR at tests/, so RELMAP_TEST_DIR
# points at tests/ as for the other tests.

foreach(t test_import test_filter)
  relmap_add_test(${t})
  add_test(NAME ${t} COMMAND ${t})
  set_tests_properties(${t} PROPERTIES TIMEOUT 60)
endforeach()

# End-to-end: the CLI binary and the source folder come in through argv.
# The limit also bounds the 5,000-node / 15,000-edge render.
relmap_add_test(test_render_cli)
add_dependencies(test_render_cli relmap)
add_test(NAME test_render_cli
         COMMAND test_render_cli $<TARGET_FILE:relmap> ${PROJECT_SOURCE_DIR})
set_tests_properties(test_render_cli PROPERTIES TIMEOUT 120)

if(RELMAP_SANITIZE)
  # Graphviz and fontconfig keep process-lifetime allocations. The
  # 5,000-node render took 70-600 s under AddressSanitizer on two busy
  # cores (15 s in a release build); the sanitizers check memory, not
  # scale, so they render 1,500 (still past the sfdp threshold).
  set_tests_properties(test_import PROPERTIES ENVIRONMENT
    "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_SOURCE_DIR}/lsan.supp:print_suppressions=0")
  set_tests_properties(test_render_cli PROPERTIES ENVIRONMENT
    "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_SOURCE_DIR}/lsan.supp:print_suppressions=0;RELMAP_TEST_NODES=1500")
  set_tests_properties(test_render_cli PROPERTIES TIMEOUT 600)
endif()
