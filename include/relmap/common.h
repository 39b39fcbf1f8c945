/**
 * @file relmap/common.h
 * @brief Status codes, the error struct, owned byte buffers, version.
 *
 * Ownership: a relmap_buf filled by the library is the caller's and is
 * released with relmap_buf_dispose().
 */
#ifndef RELMAP_COMMON_H
#define RELMAP_COMMON_H

#include <stddef.h>

#define RELMAP_VERSION_MAJOR 0
#define RELMAP_VERSION_MINOR 1
#define RELMAP_VERSION_PATCH 0
#define RELMAP_VERSION_STRING "0.1.0"

/** Status codes: 0 is success, failures are negative. */
typedef enum relmap_status {
    RELMAP_OK = 0,
    RELMAP_ENOMEM = -1,  /**< out of memory */
    RELMAP_EIO = -2,     /**< a file could not be read or written */
    RELMAP_EPARSE = -3,  /**< malformed input (JSON syntax, bad text) */
    RELMAP_ECONFIG = -4, /**< well-formed JSON with invalid content */
    RELMAP_ERENDER = -5, /**< Graphviz failed to lay out or render */
    RELMAP_EINVAL = -6   /**< invalid argument */
} relmap_status;

/** Details of a failure; optional, owned by the caller, filled by the library. */
typedef struct relmap_error {
    int code;           /**< a relmap_status */
    char source[256];   /**< file or buffer name the error is about, or "" */
    int line;           /**< 1-based line, 0 when not applicable */
    int column;         /**< 1-based column, 0 when not applicable */
    char message[512];  /**< human-readable message, NUL-terminated */
} relmap_error;

/** Bytes owned by the caller (not NUL-terminated unless stated). */
typedef struct relmap_buf {
    char *ptr;
    size_t len;
} relmap_buf;

#define RELMAP_BUF_INIT { NULL, 0 }

/** Release the bytes of @p b and reset it; NULL and empty buffers are fine. */
void relmap_buf_dispose(relmap_buf *b);

/** Short English text for a status code (static string). */
const char *relmap_strerror(int code);

/** The library version, e.g. "0.1.0" (static string). */
const char *relmap_version(void);

/** Non-zero when @p s is a calendar date written YYYY-MM-DD. */
int relmap_date_valid(const char *s);

#endif
