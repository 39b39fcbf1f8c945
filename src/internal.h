/* Internal helpers shared by the library's modules; not installed. */
#ifndef RELMAP_INTERNAL_H
#define RELMAP_INTERNAL_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include "relmap/common.h"
#include "relmap/schema.h"

/* relmap_relation_is_symmetric, inline in the library's modules (the
   extractor asks it some 200,000 times a megabyte, a call each time);
   schema.c defines the exported function with it. */
static inline int rm_relation_symmetric(relmap_relation r)
{
    return r == RELMAP_REL_COOPERATES_WITH || r == RELMAP_REL_MEETS;
}
#define relmap_relation_is_symmetric(r) rm_relation_symmetric(r)

/* Growable byte buffer; always NUL-terminated when ptr != NULL. */
typedef struct rm_buf {
    char *ptr;
    size_t len, cap;
    int failed; /* set once an allocation failed; later appends are no-ops */
} rm_buf;

/* Is this machine little-endian? (The 8-byte word tricks of the hashes
   and the tokenizer read bytes in that order.) */
static inline int rm_little_endian(void)
{
    static const union {
        unsigned u;
        unsigned char c[sizeof(unsigned)];
    } e = {1};
    return e.c[0] == 1;
}

int rm_buf_grow(rm_buf *b, size_t extra);
/* rm_buf_put when the buffer must grow (or has failed). */
int rm_buf_put_grow_(rm_buf *b, const char *s, size_t n);
/* Append n bytes; with room to spare (nearly always: the exporters append
   a few bytes at a time) it costs no call but memcpy's. */
static inline int rm_buf_put(rm_buf *b, const char *s, size_t n)
{
    if (!b->failed && n < b->cap - b->len) {
        if (n)
            memcpy(b->ptr + b->len, s, n);
        b->len += n;
        b->ptr[b->len] = '\0';
        return 0;
    }
    return rm_buf_put_grow_(b, s, n);
}
int rm_buf_puts(rm_buf *b, const char *s);
/* Append one byte; with room to spare (nearly always) it costs no call. */
static inline int rm_buf_putc(rm_buf *b, char c)
{
    if (!b->failed && b->len + 1 < b->cap) {
        b->ptr[b->len++] = c;
        b->ptr[b->len] = '\0';
        return 0;
    }
    return rm_buf_put_grow_(b, &c, 1);
}
int rm_buf_printf(rm_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void rm_buf_free(rm_buf *b);
/* Move the contents into a public relmap_buf (or fail with ENOMEM). */
int rm_buf_detach(rm_buf *b, relmap_buf *out);

/* Fill @p err (if not NULL) and return @p code. */
int rm_error_set(relmap_error *err, int code, const char *source, int line,
                 int column, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;

char *rm_strdup(const char *s);
char *rm_strndup(const char *s, size_t n);

/* Read a whole file; returns 0 or a negative status with err filled. */
int rm_read_file(const char *path, char **data, size_t *len,
                 relmap_error *err);

/* Typed growable array: RM_VEC(T) v; rm_vec_push(&v, x). */
#define RM_VEC(T) struct { T *v; size_t n, cap; }
int rm_vec_reserve_(void **v, size_t *cap, size_t need, size_t elem);
#define rm_vec_push(vec, x)                                                   \
    ((vec)->n < (vec)->cap ||                                                 \
             !rm_vec_reserve_((void **)&(vec)->v, &(vec)->cap, (vec)->n + 1,  \
                              sizeof(*(vec)->v))                              \
         ? ((vec)->v[(vec)->n++] = (x), 0)                                    \
         : -1)
#define rm_vec_free(vec) (free((vec)->v), (vec)->v = NULL, (vec)->n = 0, (vec)->cap = 0)

/* A sort key of two numbers and a value: rm_sort_keys orders by (hi, lo,
   val). The sorts of a graph's edges and of a document's events compare
   numbers only; qsort spent most of its time in calls through the
   comparator pointer. */
typedef struct rm_skey {
    unsigned long long hi, lo;
    size_t val;
} rm_skey;
/* Sort v[0, n) by (hi, lo, val): a total order, so the result is the one
   any sort gives. Many keys go by an LSD radix sort over the bytes that
   differ; a few by a merge sort that passes over runs already in order. */
void rm_sort_keys(rm_skey *v, size_t n);

/* Embedded data (generated at build time from src/data/). */
extern const unsigned char rm_data_gazetteer[];
extern const size_t rm_data_gazetteer_len;
extern const unsigned char rm_data_lexicon[];
extern const size_t rm_data_lexicon_len;

#endif
