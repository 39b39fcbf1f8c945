#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

int rm_buf_grow(rm_buf *b, size_t extra)
{
    size_t need, ncap;
    char *p;
    if (b->failed)
        return -1;
    if (extra > (size_t)-1 - b->len - 1) {
        b->failed = 1;
        return -1;
    }
    need = b->len + extra + 1;
    if (need <= b->cap)
        return 0;
    ncap = b->cap ? b->cap : 64;
    while (ncap < need)
        ncap = ncap > (size_t)-1 / 2 ? need : ncap * 2;
    p = realloc(b->ptr, ncap);
    if (p == NULL) {
        b->failed = 1;
        return -1;
    }
    b->ptr = p;
    b->cap = ncap;
    b->ptr[b->len] = '\0';
    return 0;
}

int rm_buf_put_grow_(rm_buf *b, const char *s, size_t n)
{
    if (rm_buf_grow(b, n) != 0)
        return -1;
    if (n)
        memcpy(b->ptr + b->len, s, n);
    b->len += n;
    b->ptr[b->len] = '\0';
    return 0;
}

int rm_buf_puts(rm_buf *b, const char *s)
{
    return rm_buf_put(b, s, strlen(s));
}

int rm_buf_printf(rm_buf *b, const char *fmt, ...)
{
    va_list ap;
    int n;
    char small[256];

    va_start(ap, fmt);
    n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->failed = 1;
        return -1;
    }
    if ((size_t)n < sizeof small)
        return rm_buf_put(b, small, (size_t)n);
    if (rm_buf_grow(b, (size_t)n) != 0)
        return -1;
    va_start(ap, fmt);
    vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

void rm_buf_free(rm_buf *b)
{
    free(b->ptr);
    b->ptr = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
}

int rm_buf_detach(rm_buf *b, relmap_buf *out)
{
    if (b->failed || (b->ptr == NULL && rm_buf_grow(b, 1) != 0)) {
        rm_buf_free(b);
        return RELMAP_ENOMEM;
    }
    out->ptr = b->ptr;
    out->len = b->len;
    b->ptr = NULL;
    b->len = b->cap = 0;
    return 0;
}
