# Every public header, alone, as strict C11 (tests/header_alone.cmake): one
# ctest entry each, named header_<header>. Included from tests/CMakeLists.txt.
file(GLOB RELMAP_PUBLIC_HEADER_FILES CONFIGURE_DEPENDS
     RELATIVE ${PROJECT_SOURCE_DIR}/include ${PROJECT_SOURCE_DIR}/include/relmap.h
     ${PROJECT_SOURCE_DIR}/include/relmap/*.h)
list(APPEND RELMAP_PUBLIC_HEADER_FILES relmap/version.h)
foreach(h ${RELMAP_PUBLIC_HEADER_FILES})
  string(MAKE_C_IDENTIFIER "${h}" id)
  add_test(NAME header_${id}
           COMMAND ${CMAKE_COMMAND} -DCC=${CMAKE_C_COMPILER} -DHEADER=${h}
                   "-DSEARCH=${PROJECT_SOURCE_DIR}/include|${PROJECT_BINARY_DIR}/include"
                   -DWORK=${CMAKE_CURRENT_BINARY_DIR}/header_alone
                   -P ${CMAKE_CURRENT_SOURCE_DIR}/header_alone.cmake)
  set_tests_properties(header_${id} PROPERTIES LABELS headers TIMEOUT 60)
endforeach()

# The shared library exports exactly what the headers declare, and relmap(3)
# names all of it.
add_test(NAME exports
         COMMAND ${CMAKE_COMMAND} -DCC=${CMAKE_C_COMPILER} -DNM=${CMAKE_NM}
                 -DLIB=$<TARGET_FILE:relmap_shared>
                 "-DSEARCH=${PROJECT_SOURCE_DIR}/include|${PROJECT_BINARY_DIR}/include"
                 -DMAN=${PROJECT_SOURCE_DIR}/man/relmap.3
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/exports.cmake)
set_tests_properties(exports PROPERTIES LABELS headers TIMEOUT 60)
