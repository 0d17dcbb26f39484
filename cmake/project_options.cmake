# Warnings and sanitizers shared by every KneeTriage target, through one interface library.
add_library(kt_project_options INTERFACE)
target_compile_features(kt_project_options INTERFACE cxx_std_20)
target_compile_options(kt_project_options INTERFACE -Wall -Wextra -Wpedantic)

if(KT_SANITIZE)
    target_compile_options(kt_project_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(kt_project_options INTERFACE -fsanitize=address,undefined)
endif()

if(KT_FUZZ)
    # Coverage for libFuzzer in every library the fuzz targets link.
    target_compile_options(kt_project_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
