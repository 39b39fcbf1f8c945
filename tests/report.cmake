# Renders examples/report.html in headless Chromium and checks that its
# diagrams drew. Skipped (exit 77) when Chromium is not installed.
add_test(NAME report_html
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/report_test.sh ${PROJECT_SOURCE_DIR})
set_tests_properties(report_html PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)
