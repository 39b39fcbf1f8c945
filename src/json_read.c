/* Reading gazetteer and lexicon JSON: the common case without jansson's
 * lexer, which reads a byte at a time through a stream and took about a
 * third of the start-up (the built-in data is 190 KB). The values are
 * still jansson's, built in document order as json_loadb builds them. */
#include <stdlib.h>
#include <string.h>

#include "json_read.h"

/* Deeper documents are left to jansson (whose own limit is 2048). */
#define RD_MAX_DEPTH 64

typedef struct rd {
    const char *p, *end;
    char *buf; /* a string's unescaped bytes */
    size_t cap;
} rd;

static void skip_ws(rd *r)
{
    while (r->p < r->end &&
           (*r->p == ' ' || *r->p == '\n' || *r->p == '\t' || *r->p == '\r'))
        r->p++;
}

/* Length of the valid UTF-8 sequence at s (n bytes available) starting
   with a byte of 0x80 or above, or 0. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    size_t need = (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3
                : (c >= 0xF0 && c <= 0xF4) ? 4 : 0, k;
    if (need == 0 || n < need)
        return 0;
    for (k = 1; k < need; k++)
        if ((s[k] & 0xC0) != 0x80)
            return 0;
    if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0) ||
        (c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90))
        return 0;
    return need;
}

static int hex4(const char *p, const char *end, unsigned *out)
{
    int i;
    *out = 0;
    if (end - p < 4)
        return -1;
    for (i = 0; i < 4; i++) {
        char c = p[i];
        unsigned d = c >= '0' && c <= '9' ? (unsigned)(c - '0')
                   : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
                   : c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10) : 16u;
        if (d > 15)
            return -1;
        *out = *out * 16 + d;
    }
    return 0;
}

/* Bytes a string's fast path stops at: the closing quote, a backslash, a
   control character, any byte of a multi-byte character. */
static const unsigned char str_stop[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    ['"'] = 1, ['\\'] = 1,
#define X16(a) [a] = 1, [a + 1] = 1, [a + 2] = 1, [a + 3] = 1, [a + 4] = 1, \
    [a + 5] = 1, [a + 6] = 1, [a + 7] = 1, [a + 8] = 1, [a + 9] = 1, [a + 10] = 1, \
    [a + 11] = 1, [a + 12] = 1, [a + 13] = 1, [a + 14] = 1, [a + 15] = 1
    X16(0x80), X16(0x90), X16(0xA0), X16(0xB0), X16(0xC0), X16(0xD0), X16(0xE0), X16(0xF0)
#undef X16
};

/* The string after the opening quote (r->p), unescaped: *s and *n (*s
   points into the document when the string holds only printable ASCII
   and no escape, as nearly every name does, else into r->buf). r->p ends
   after the closing quote. -1: not for this reader (an error, \u0000, a
   lone surrogate, invalid UTF-8) or out of memory. */
static int read_string(rd *r, const char **s, size_t *n)
{
    const char *p = r->p, *q;
    char *o;
    for (q = p; q < r->end && !str_stop[(unsigned char)*q]; q++)
        ;
    if (q < r->end && *q == '"') {
        *s = p;
        *n = (size_t)(q - p);
        r->p = q + 1;
        return 0;
    }
    for (; q < r->end && *q != '"'; q++)
        if (*q == '\\')
            q++;
    if (q >= r->end)
        return -1;
    /* never longer unescaped */
    if ((size_t)(q - p) + 1 > r->cap) {
        size_t nc = r->cap ? r->cap : 256;
        char *nb;
        while (nc < (size_t)(q - p) + 1)
            nc *= 2;
        nb = realloc(r->buf, nc);
        if (nb == NULL)
            return -1;
        r->buf = nb;
        r->cap = nc;
    }
    o = r->buf;
    while (p < q) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x20)
            return -1;
        if (c == '\\') {
            unsigned u, lo;
            switch (*++p) {
            case '"': *o++ = '"'; break;
            case '\\': *o++ = '\\'; break;
            case '/': *o++ = '/'; break;
            case 'b': *o++ = '\b'; break;
            case 'f': *o++ = '\f'; break;
            case 'n': *o++ = '\n'; break;
            case 'r': *o++ = '\r'; break;
            case 't': *o++ = '\t'; break;
            case 'u':
                if (hex4(p + 1, q, &u) || u == 0 || (u >= 0xDC00 && u <= 0xDFFF))
                    return -1;
                p += 4;
                if (u >= 0xD800 && u <= 0xDBFF) {
                    if (q - p < 7 || p[1] != '\\' || p[2] != 'u' || hex4(p + 3, q, &lo) ||
                        lo < 0xDC00 || lo > 0xDFFF)
                        return -1;
                    u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                    p += 6;
                }
                if (u < 0x80) {
                    *o++ = (char)u;
                } else if (u < 0x800) {
                    *o++ = (char)(0xC0 | (u >> 6));
                    *o++ = (char)(0x80 | (u & 0x3F));
                } else if (u < 0x10000) {
                    *o++ = (char)(0xE0 | (u >> 12));
                    *o++ = (char)(0x80 | ((u >> 6) & 0x3F));
                    *o++ = (char)(0x80 | (u & 0x3F));
                } else {
                    *o++ = (char)(0xF0 | (u >> 18));
                    *o++ = (char)(0x80 | ((u >> 12) & 0x3F));
                    *o++ = (char)(0x80 | ((u >> 6) & 0x3F));
                    *o++ = (char)(0x80 | (u & 0x3F));
                }
                break;
            default:
                return -1;
            }
            p++;
            continue;
        }
        if (c >= 0x80) {
            size_t k = utf8_len((const unsigned char *)p, (size_t)(q - p));
            if (k == 0)
                return -1;
            memcpy(o, p, k);
            o += k;
            p += k;
            continue;
        }
        *o++ = (char)c;
        p++;
    }
    *s = r->buf;
    *n = (size_t)(o - r->buf);
    r->p = q + 1;
    return 0;
}

static json_t *read_value(rd *r, int depth);

static json_t *read_object(rd *r, int depth)
{
    json_t *o = json_object();
    if (o == NULL)
        return NULL;
    skip_ws(r);
    if (r->p < r->end && *r->p == '}') {
        r->p++;
        return o;
    }
    for (;;) {
        size_t n;
        const char *s;
        char *key, kbuf[64];
        json_t *v;
        int ok;
        if (r->p >= r->end || *r->p != '"')
            goto no;
        r->p++;
        if (read_string(r, &s, &n))
            goto no;
        /* the value may reuse the buffer: keep the key (on the stack when
           short, as keys are) */
        key = n < sizeof kbuf ? kbuf : malloc(n + 1);
        if (key == NULL)
            goto no;
        memcpy(key, s, n);
        key[n] = '\0';
        ok = json_object_getn(o, key, n) == NULL; /* (a duplicate: jansson says so) */
        if (ok) {
            skip_ws(r);
            ok = r->p < r->end && *r->p == ':';
        }
        if (ok) {
            r->p++;
            v = read_value(r, depth + 1);
            ok = v != NULL && json_object_setn_new_nocheck(o, key, n, v) == 0;
        }
        if (key != kbuf)
            free(key);
        if (!ok)
            goto no;
        skip_ws(r);
        if (r->p < r->end && *r->p == ',') {
            r->p++;
            skip_ws(r);
            continue;
        }
        if (r->p < r->end && *r->p == '}') {
            r->p++;
            return o;
        }
        goto no;
    }
no:
    json_decref(o);
    return NULL;
}

static json_t *read_array(rd *r, int depth)
{
    json_t *a = json_array();
    if (a == NULL)
        return NULL;
    skip_ws(r);
    if (r->p < r->end && *r->p == ']') {
        r->p++;
        return a;
    }
    for (;;) {
        json_t *v = read_value(r, depth + 1);
        if (v == NULL || json_array_append_new(a, v))
            goto no;
        skip_ws(r);
        if (r->p < r->end && *r->p == ',') {
            r->p++;
            continue;
        }
        if (r->p < r->end && *r->p == ']') {
            r->p++;
            return a;
        }
        goto no;
    }
no:
    json_decref(a);
    return NULL;
}

/* A small integer (no fraction, no exponent, at most 18 digits, no
   leading zero); anything else is left to jansson. */
static json_t *read_integer(rd *r)
{
    const char *p = r->p;
    int neg = 0, nd = 0;
    json_int_t v = 0;
    if (p < r->end && *p == '-') {
        neg = 1;
        p++;
    }
    if (p >= r->end || *p < '0' || *p > '9' || (*p == '0' && p + 1 < r->end &&
                                                  p[1] >= '0' && p[1] <= '9'))
        return NULL;
    /* (counting the digits first: the 19th would overflow the value) */
    for (; p < r->end && *p >= '0' && *p <= '9'; p++, nd++)
        if (nd < 18)
            v = v * 10 + (*p - '0');
    if (nd > 18 || (p < r->end && (*p == '.' || *p == 'e' || *p == 'E')))
        return NULL;
    r->p = p;
    return json_integer(neg ? -v : v);
}

static json_t *read_value(rd *r, int depth)
{
    const char *s;
    size_t n;
    if (depth > RD_MAX_DEPTH)
        return NULL;
    skip_ws(r);
    if (r->p >= r->end)
        return NULL;
    switch (*r->p) {
    case '{':
        r->p++;
        return read_object(r, depth);
    case '[':
        r->p++;
        return read_array(r, depth);
    case '"':
        r->p++;
        return read_string(r, &s, &n) ? NULL : json_stringn_nocheck(s, n);
    case 't':
        if (r->end - r->p >= 4 && memcmp(r->p, "true", 4) == 0) {
            r->p += 4;
            return json_true();
        }
        return NULL;
    case 'f':
        if (r->end - r->p >= 5 && memcmp(r->p, "false", 5) == 0) {
            r->p += 5;
            return json_false();
        }
        return NULL;
    case 'n':
        if (r->end - r->p >= 4 && memcmp(r->p, "null", 4) == 0) {
            r->p += 4;
            return json_null();
        }
        return NULL;
    default:
        return read_integer(r);
    }
}

json_t *rm_json_loadb(const char *s, size_t n, json_error_t *err)
{
    rd r;
    json_t *v = NULL;
    memset(&r, 0, sizeof r);
    r.p = s;
    r.end = s + n;
    skip_ws(&r);
    if (r.p < r.end && (*r.p == '{' || *r.p == '['))
        v = read_value(&r, 0);
    free(r.buf);
    if (v) {
        skip_ws(&r);
        if (r.p == r.end)
            return v;
        json_decref(v);
    }
    /* not a document this reader takes: jansson reads it, or says why not */
    return json_loadb(s, n, JSON_REJECT_DUPLICATES, err);
}
