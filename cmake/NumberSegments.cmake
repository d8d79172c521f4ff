# The number-segment table: the province and city of each seven-digit segment of a mainland
# mobile number, for the results by province and city. Its data comes from the npm registry's
# query-mobile-phone-area package (MIT, about 340,000 segments as of 2015), fetched by name and
# version with its integrity checked (the registry's sha512), and converted at build time into a
# compact table in the core's resources (scripts/segments/convert.py): nothing is fetched at run
# time. -DMMS_SEGMENTS_TARBALL=FILE uses a copy of the tarball already at hand (same check).
set(MMS_SEGMENTS_PACKAGE query-mobile-phone-area)
set(MMS_SEGMENTS_VERSION 1.0.6)
# npm's "integrity" (sha512-QTrgq1qu1IqW/9naIPdywBAA/p0rG+I9e5+70gah14B5BlWDS7/Uwkz6eh4cb9Ju71h0HqyT93Iq1vq3qczEEg==) in hex.
set(MMS_SEGMENTS_SHA512 413ae0ab5aaed48a96ffd9da20f772c01000fe9d2b1be23d7b9fbbd206a1d780790655834bbfd4c24cfa7a1e1c6fd26eef58741eac93f7722ad6fab7a9ccc412)
set(MMS_SEGMENTS_TARBALL "" CACHE FILEPATH "A local copy of ${MMS_SEGMENTS_PACKAGE}-${MMS_SEGMENTS_VERSION}.tgz (else fetched from the npm registry)")

find_package(Python3 REQUIRED COMPONENTS Interpreter)

set(_seg_dir ${CMAKE_BINARY_DIR}/_deps/segments)
set(_seg_tgz ${_seg_dir}/${MMS_SEGMENTS_PACKAGE}-${MMS_SEGMENTS_VERSION}.tgz)
if(MMS_SEGMENTS_TARBALL)
  configure_file(${MMS_SEGMENTS_TARBALL} ${_seg_tgz} COPYONLY)
endif()
if(EXISTS ${_seg_tgz})
  file(SHA512 ${_seg_tgz} _seg_hash)
  if(NOT _seg_hash STREQUAL MMS_SEGMENTS_SHA512)
    file(REMOVE ${_seg_tgz})
    message(FATAL_ERROR "${_seg_tgz} is not ${MMS_SEGMENTS_PACKAGE} ${MMS_SEGMENTS_VERSION} (its sha512 differs from the registry's); removed.")
  endif()
else()
  set(_seg_url https://registry.npmjs.org/${MMS_SEGMENTS_PACKAGE}/-/${MMS_SEGMENTS_PACKAGE}-${MMS_SEGMENTS_VERSION}.tgz)
  message(STATUS "Fetching ${_seg_url}")
  file(DOWNLOAD ${_seg_url} ${_seg_tgz}.part EXPECTED_HASH SHA512=${MMS_SEGMENTS_SHA512} TLS_VERIFY ON TIMEOUT 120 STATUS _seg_status)
  list(GET _seg_status 0 _seg_code)
  if(NOT _seg_code EQUAL 0)
    file(REMOVE ${_seg_tgz}.part)
    message(FATAL_ERROR "Cannot fetch the number-segment data (${_seg_url}): ${_seg_status}. "
                        "Give a copy with -DMMS_SEGMENTS_TARBALL=FILE (npm pack ${MMS_SEGMENTS_PACKAGE}@${MMS_SEGMENTS_VERSION}).")
  endif()
  file(RENAME ${_seg_tgz}.part ${_seg_tgz})
endif()
if(NOT EXISTS ${_seg_dir}/package/data/mobilephones.data)
  file(ARCHIVE_EXTRACT INPUT ${_seg_tgz} DESTINATION ${_seg_dir} PATTERNS package/data/mobilephones.data package/LICENSE)
endif()

# mms_add_number_segments(TARGET): the converted table and the package's licence as resources
# :/mms/segments.bin and :/mms/segments-LICENSE.txt of TARGET.
function(mms_add_number_segments target)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/segments)
  add_custom_command(
    OUTPUT ${out}/segments.bin ${out}/segments-LICENSE.txt
    COMMAND ${CMAKE_COMMAND} -E make_directory ${out}
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/segments/convert.py ${_seg_dir}/package/data/mobilephones.data ${out}/segments.bin
    COMMAND ${CMAKE_COMMAND} -E copy ${_seg_dir}/package/LICENSE ${out}/segments-LICENSE.txt
    DEPENDS ${PROJECT_SOURCE_DIR}/scripts/segments/convert.py ${_seg_dir}/package/data/mobilephones.data
    COMMENT "Number-segment table from ${MMS_SEGMENTS_PACKAGE} ${MMS_SEGMENTS_VERSION}"
    VERBATIM)
  set_source_files_properties(${out}/segments.bin ${out}/segments-LICENSE.txt PROPERTIES GENERATED TRUE)
  qt_add_resources(${target} mmscore_segments PREFIX /mms BASE ${out} FILES ${out}/segments.bin ${out}/segments-LICENSE.txt)
  set(MMS_SEGMENTS_LICENSE ${out}/segments-LICENSE.txt PARENT_SCOPE)
endfunction()
