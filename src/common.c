#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "internal.h"

void relmap_buf_dispose(relmap_buf *b)
{
    if (b == NULL)
        return;
    free(b->ptr);
    b->ptr = NULL;
    b->len = 0;
}

const char *relmap_strerror(int code)
{
    switch (code) {
    case RELMAP_OK: return "success";
    case RELMAP_ENOMEM: return "out of memory";
    case RELMAP_EIO: return "input/output error";
    case RELMAP_EPARSE: return "malformed input";
    case RELMAP_ECONFIG: return "invalid configuration";
    case RELMAP_ERENDER: return "rendering failed";
    case RELMAP_EINVAL: return "invalid argument";
    default: return "unknown error";
    }
}

const char *relmap_version(void)
{
    return RELMAP_VERSION_STRING;
}

int rm_error_set(relmap_error *err, int code, const char *source, int line,
                 int column, const char *fmt, ...)
{
    if (err != NULL) {
        va_list ap;
        err->code = code;
        err->line = line;
        err->column = column;
        snprintf(err->source, sizeof err->source, "%s", source ? source : "");
        va_start(ap, fmt);
        vsnprintf(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
    }
    return code;
}

char *rm_strndup(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (p == NULL)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *rm_strdup(const char *s)
{
    return s ? rm_strndup(s, strlen(s)) : NULL;
}

int rm_vec_reserve_(void **v, size_t *cap, size_t need, size_t elem)
{
    size_t ncap;
    void *p;
    if (need <= *cap)
        return 0;
    ncap = *cap ? *cap * 2 : 8;
    while (ncap < need)
        ncap *= 2;
    if (ncap > (size_t)-1 / elem)
        return -1;
    p = realloc(*v, ncap * elem);
    if (p == NULL)
        return -1;
    *v = p;
    *cap = ncap;
    return 0;
}

static inline int skey_lt(const rm_skey *a, const rm_skey *b)
{
    if (a->hi != b->hi)
        return a->hi < b->hi;
    if (a->lo != b->lo)
        return a->lo < b->lo;
    return a->val < b->val;
}

static int skey_cmp(const void *x, const void *y)
{
    const rm_skey *a = x, *b = y;
    return skey_lt(a, b) ? -1 : skey_lt(b, a);
}

/* Runs this long are sorted by insertion before the merges. */
#define SKEY_RUN 16

/* Byte d (0..23) of a key, least significant first: val's 8, lo's, hi's. */
static inline unsigned skey_byte(const rm_skey *k, unsigned d)
{
    unsigned long long x = d < 8 ? (unsigned long long)k->val : d < 16 ? k->lo : k->hi;
    return (unsigned)(x >> (8 * (d % 8))) & 0xFF;
}

/* An LSD radix sort of v[0, n) by (hi, lo, val) through tmp, one
   counting pass per byte that differs between keys (a document's event
   offsets and edge numbers, a graph's node ranks: a few bytes each). */
static void skey_radix(rm_skey *v, rm_skey *tmp, size_t n)
{
    unsigned long long vor = 0, vand = ~0ull, lor = 0, land = ~0ull, hor = 0, hand = ~0ull;
    rm_skey *src = v, *dst = tmp;
    size_t i, cnt[256];
    unsigned d;
    for (i = 0; i < n; i++) {
        vor |= v[i].val;
        vand &= v[i].val;
        lor |= v[i].lo;
        land &= v[i].lo;
        hor |= v[i].hi;
        hand &= v[i].hi;
    }
    for (d = 0; d < 24; d++) {
        unsigned long long diff = d < 8 ? vor ^ vand : d < 16 ? lor ^ land : hor ^ hand;
        size_t sum = 0, b;
        rm_skey *t;
        if (!((diff >> (8 * (d % 8))) & 0xFF))
            continue; /* (the same byte in every key: this pass keeps the order) */
        memset(cnt, 0, sizeof cnt);
        for (i = 0; i < n; i++)
            cnt[skey_byte(&src[i], d)]++;
        for (b = 0; b < 256; b++) {
            size_t c = cnt[b];
            cnt[b] = sum;
            sum += c;
        }
        for (i = 0; i < n; i++)
            dst[cnt[skey_byte(&src[i], d)]++] = src[i];
        t = src;
        src = dst;
        dst = t;
    }
    if (src != v)
        memcpy(v, src, n * sizeof *v);
}

/* Below this many keys, the merge sort (no 24 passes' set-up). */
#define SKEY_RADIX_MIN 256

void rm_sort_keys(rm_skey *v, size_t n)
{
    rm_skey *tmp, *src, *dst;
    size_t i, j, w;
    if (n >= SKEY_RADIX_MIN && (tmp = malloc(n * sizeof *tmp)) != NULL) {
        skey_radix(v, tmp, n);
        free(tmp);
        return;
    }
    for (i = 0; i < n; i += SKEY_RUN) {
        size_t e = n - i < SKEY_RUN ? n : i + SKEY_RUN;
        for (j = i + 1; j < e; j++) {
            rm_skey x = v[j];
            size_t k = j;
            for (; k > i && skey_lt(&x, &v[k - 1]); k--)
                v[k] = v[k - 1];
            v[k] = x;
        }
    }
    if (n <= SKEY_RUN)
        return;
    tmp = malloc(n * sizeof *tmp);
    if (tmp == NULL) {
        qsort(v, n, sizeof *v, skey_cmp); /* (the same order) */
        return;
    }
    src = v;
    dst = tmp;
    for (w = SKEY_RUN; w < n; w *= 2) {
        for (i = 0; i < n; i += 2 * w) {
            size_t mid = n - i < w ? n : i + w, end = n - i < 2 * w ? n : i + 2 * w;
            size_t a = i, b = mid, o = i;
            if (mid == end || !skey_lt(&src[mid], &src[mid - 1])) {
                /* (in order already: one copy) */
                memcpy(dst + i, src + i, (end - i) * sizeof *src);
                continue;
            }
            while (a < mid && b < end)
                dst[o++] = skey_lt(&src[b], &src[a]) ? src[b++] : src[a++];
            memcpy(dst + o, src + a, (mid - a) * sizeof *src);
            o += mid - a;
            memcpy(dst + o, src + b, (end - b) * sizeof *src);
        }
        src = dst;
        dst = src == v ? tmp : v;
    }
    if (src != v)
        memcpy(v, src, n * sizeof *v);
    free(tmp);
}

int rm_read_file(const char *path, char **data, size_t *len,
                 relmap_error *err)
{
    FILE *f;
    struct stat st;
    rm_buf b = {0};
    char chunk[65536];
    size_t n;

    *data = NULL;
    *len = 0;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        return rm_error_set(err, RELMAP_EIO, path, 0, 0, "is a directory");
    f = fopen(path, "rb");
    if (f == NULL)
        return rm_error_set(err, RELMAP_EIO, path, 0, 0, "%s",
                            strerror(errno));
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        rm_buf_put(&b, chunk, n);
    if (ferror(f)) {
        int e = errno;
        fclose(f);
        rm_buf_free(&b);
        return rm_error_set(err, RELMAP_EIO, path, 0, 0, "read error: %s",
                            strerror(e));
    }
    fclose(f);
    if (b.failed) {
        rm_buf_free(&b);
        return rm_error_set(err, RELMAP_ENOMEM, path, 0, 0, "out of memory");
    }
    if (b.ptr == NULL && rm_buf_grow(&b, 1) != 0)
        return rm_error_set(err, RELMAP_ENOMEM, path, 0, 0, "out of memory");
    *data = b.ptr;
    *len = b.len;
    return 0;
}

int relmap_date_valid(const char *s)
{
    static const int days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int i, y, m, d;
    if (s == NULL || strlen(s) != 10)
        return 0;
    for (i = 0; i < 10; i++)
        if (i == 4 || i == 7 ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
            return 0;
    y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    m = (s[5] - '0') * 10 + (s[6] - '0');
    d = (s[8] - '0') * 10 + (s[9] - '0');
    if (m < 1 || m > 12 || d < 1 || d > days[m - 1])
        return 0;
    if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
        return 0;
    return 1;
}
