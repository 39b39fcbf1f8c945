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
  # Graphviz and fontconfig keep process-lifetime allocations. The large
  # render takes 70-160 s under AddressSanitizer on two cores (the SVG pass
  # alone 69 s on an idle machine, against 15 s in a release build), and
  # more when `ctest -j 2` runs it beside the spill test: more room there.
  set_tests_properties(test_import test_render_cli PROPERTIES ENVIRONMENT
    "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_SOURCE_DIR}/lsan.supp:print_suppressions=0")
  set_tests_properties(test_render_cli PROPERTIES TIMEOUT 600)
endif()
