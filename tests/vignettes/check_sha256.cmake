# Fails unless FILE has the SHA-256 digest SHA256: blind vignette sets are never edited after
# their first run, so the figures reported for that run stay comparable.
file(SHA256 "${FILE}" actual)
if(NOT actual STREQUAL SHA256)
    message(FATAL_ERROR "${FILE} changed (SHA-256 ${actual}, expected ${SHA256}); blind vignettes are never edited")
endif()
