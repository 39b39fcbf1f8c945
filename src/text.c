/* Tokenizer and sentence splitter for news English.
 *
 * Tokens keep byte spans into the original text so evidence can always be
 * quoted back. Each token also has a folded form used for matching: lower
 * case, accented Latin letters reduced to ASCII, curly quotes straightened,
 * dots of abbreviations dropped ("U.S." -> "us"). */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "text.h"

size_t rm_utf8_decode(const unsigned char *s, size_t n, unsigned *cp)
{
    unsigned c = s[0];
    size_t need, i;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        need = 2;
        c &= 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        c &= 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        c &= 0x07;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (n < need) {
        *cp = 0xFFFD;
        return 1;
    }
    for (i = 1; i < need; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        c = (c << 6) | (s[i] & 0x3F);
    }
    if ((need == 3 && c < 0x800) || (need == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
        (c >= 0xD800 && c <= 0xDFFF)) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = c;
    return need;
}

/* rm_utf8_decode with the ASCII case inline: nearly every byte of news
   text is ASCII. */
static inline size_t decode(const unsigned char *s, size_t n, unsigned *cp)
{
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    return rm_utf8_decode(s, n, cp);
}

/* ASCII base letters for U+00C0..U+017F ('\0' = none). */
static const char latin1[] =
    "aaaaaaaceeeeiiii" "dnooooo\0ouuuuyts" /* C0-DF (upper folded) */
    "aaaaaaaceeeeiiii" "dnooooo\0ouuuuyty" /* E0-FF */
    "aaaaaaccccccccdd" "ddeeeeeeeeeegggg" /* 100-11F */
    "gggghhhhiiiiiiii" "iiiijjkkklllllll" /* 120-13F */
    "lllnnnnnnnnnoooo" "oooorrrrrrssssss" /* 140-15F */
    "ssttttttuuuuuuuu" "uuuuwwyyyzzzzzzs"; /* 160-17F */

static char fold_cp(unsigned cp)
{
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z')
            return (char)(cp + 32);
        return (char)cp;
    }
    if (cp >= 0xC0 && cp <= 0x17F)
        return latin1[cp - 0xC0];
    if (cp == 0x2018 || cp == 0x2019 || cp == 0x02BC)
        return '\'';
    if (cp == 0x201C || cp == 0x201D)
        return '"';
    if (cp == 0x2010 || cp == 0x2011)
        return '-';
    return '\0';
}

size_t rm_fold(const char *s, size_t n, char *out, size_t cap)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, o = 0, dots = 0;
    int keep_dots;
    while (dots < n && s[dots] == '.')
        dots++;
    /* "." and "..." are punctuation and "10.5" a number, not abbreviations */
    keep_dots = dots == n || (n > 0 && s[0] >= '0' && s[0] <= '9');
    while (i < n) {
        unsigned cp;
        size_t k;
        char c;
        if (u[i] < 0x80) { /* fast path, same result as fold_cp */
            c = (char)(u[i] >= 'A' && u[i] <= 'Z' ? u[i] + 32 : u[i]);
            i++;
            if (c == '.' && !keep_dots)
                continue;
            if (o + 1 < cap)
                out[o++] = c;
            continue;
        }
        k = rm_utf8_decode(u + i, n - i, &cp);
        c = fold_cp(cp);
        i += k;
        if (c == '.' && !keep_dots)
            continue;
        if (c == '\0') {
            /* keep unknown characters verbatim so they still compare */
            size_t j;
            for (j = 0; j < k && o + 1 < cap; j++)
                out[o++] = s[i - k + j];
            continue;
        }
        if (o + 1 < cap)
            out[o++] = c;
    }
    if (cap)
        out[o < cap ? o : cap - 1] = '\0';
    return o;
}

/* ASCII character classes for the tokenizer's inner loops (0 for bytes of
   multi-byte characters). */
enum { A_ALNUM = 1, A_UPPER = 2, A_LETTER = 4, A_LOWER = 8 };
static const unsigned char ascii_class[256] = {
    ['0'] = A_ALNUM, ['1'] = A_ALNUM, ['2'] = A_ALNUM, ['3'] = A_ALNUM,
    ['4'] = A_ALNUM, ['5'] = A_ALNUM, ['6'] = A_ALNUM, ['7'] = A_ALNUM,
    ['8'] = A_ALNUM, ['9'] = A_ALNUM,
#define U(c) [c] = A_ALNUM | A_UPPER | A_LETTER, [c + 32] = A_ALNUM | A_LETTER | A_LOWER
    U('A'), U('B'), U('C'), U('D'), U('E'), U('F'), U('G'), U('H'), U('I'),
    U('J'), U('K'), U('L'), U('M'), U('N'), U('O'), U('P'), U('Q'), U('R'),
    U('S'), U('T'), U('U'), U('V'), U('W'), U('X'), U('Y'), U('Z')
#undef U
};

static inline int is_letter_cp(unsigned cp)
{
    if (cp < 0x80)
        return ((cp | 32) >= 'a' && (cp | 32) <= 'z') || (cp >= '0' && cp <= '9');
    if (cp == 0xFFFD || cp == 0xD7 || cp == 0xF7)
        return 0;
    if (cp >= 0x2000 && cp <= 0x2BFF) /* punctuation, symbols, arrows */
        return 0;
    if (cp >= 0xA0 && cp <= 0xBF)
        return 0;
    if (cp >= 0x3000 && cp <= 0x303F)
        return 0;
    return 1;
}

static inline int is_upper_cp(unsigned cp)
{
    return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7);
}

static inline int is_apos(unsigned cp)
{
    return cp == '\'' || cp == 0x2019;
}

static inline int is_space_cp(unsigned cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
           cp == '\f' || cp == '\v' || cp == 0xA0 || cp == 0x2009 ||
           cp == 0x200B || cp == 0x202F || cp == 0xFEFF;
}

/* A slot holds what the common lookup compares (the fold's first 8
   bytes, its length and hash bits), so a word costs one cache line. */
struct rm_type_slot {
    unsigned long long key; /* rm_fold_type.key */
    unsigned hn;   /* hash with its low byte replaced by the fold's length */
    unsigned type; /* type + 1; 0 = empty */
};

/* Rehash the type index into ncap slots (a power of two above tcap). */
static int grow_types(rm_text *t, size_t ncap)
{
    size_t i;
    struct rm_type_slot *ns = calloc(ncap, sizeof *ns);
    if (ns == NULL)
        return -1;
    for (i = 0; i < t->tcap; i++) {
        size_t j;
        if (t->tslots[i].type == 0)
            continue;
        for (j = (t->tslots[i].hn >> 8) & (ncap - 1); ns[j].type; j = (j + 1) & (ncap - 1))
            ;
        ns[j] = t->tslots[i];
    }
    free(t->tslots);
    t->tslots = ns;
    t->tcap = ncap;
    return 0;
}

static inline unsigned long long load8(const unsigned char *p)
{
    unsigned long long v;
    memcpy(&v, p, 8);
    return v;
}

#define ONES8 0x0101010101010101ull

/* Bit 7 of each byte of v (8 text bytes) that is not an ASCII letter or
   digit (ascii_class & A_ALNUM == 0), the other bits clear. Each byte of
   x is below 0x80, so no sum carries into the next byte. */
static inline unsigned long long not_alnum8(unsigned long long v)
{
    unsigned long long hi = v & (ONES8 * 0x80), x = v & (ONES8 * 0x7F), l = x | (ONES8 * 0x20);
    unsigned long long digit = (x + ONES8 * (0x80 - '0')) & ~(x + ONES8 * (0x7F - '9'));
    unsigned long long letter = (l + ONES8 * (0x80 - 'a')) & ~(l + ONES8 * (0x7F - 'z'));
    return ~((digit | letter) & ~hi) & (ONES8 * 0x80);
}

/* The index of the first byte flagged by not_alnum8 (stop != 0), on a
   little-endian machine: isolate the lowest flag, then a multiply moves
   the byte index into the top byte. */
static inline size_t first_byte8(unsigned long long stop)
{
#if defined(__GNUC__)
    return (size_t)__builtin_ctzll(stop) >> 3; /* (one instruction) */
#else
    unsigned long long low = stop & (0 - stop);
    return (size_t)(((low >> 7) * 0x0001020304050607ull) >> 56);
#endif
}

/* The first r (1..8) bytes of a word kept by &, the others cleared. */
static inline unsigned long long head_mask(size_t r)
{
    /* (a shift: the load from a table of 0xFF bytes cost ~14 instructions
       a word) */
    return ~0ull >> (64 - 8 * r);
}

/* Hash of the fold of n bytes at s, 8 bytes at a time; s[n] up to
   s[n + 7] must be zero (folds are written with that padding), so a fold
   hashes the same whichever path wrote it. Sets *key (rm_fold_key). */
static inline unsigned long long fold_hash(const unsigned char *s, size_t n,
                                           unsigned long long *key)
{
    const unsigned long long m = 0x9E3779B97F4A7C15ull;
    unsigned long long h = (n + 1) * m, v = load8(s);
    size_t q;
    *key = v;
    h = (h ^ v) * m;
    h ^= h >> 29;
    for (q = 8; q < n; q += 8) {
        h = (h ^ load8(s + q)) * m;
        h ^= h >> 29;
    }
    return h;
}

/* Do the folds a (a type's) and s (just written, zero padded), both n > 8
   bytes long, agree past their first 8 bytes? A word at a time, inline
   (memcmp was called for each long word): the last word is cut to the
   fold, whose NUL and the next fold follow a type's. Every byte read lies
   in folds below nfolds + 8 + n, written. */
static inline int same_tail(const char *a, const unsigned char *s, size_t n)
{
    size_t q;
    for (q = 8; q < n; q += 8) {
        unsigned long long x = load8((const unsigned char *)a + q) ^ load8(s + q);
        if (n - q < 8)
            x &= head_mask(n - q);
        if (x)
            return 0;
    }
    return 1;
}

/* Add the fold just written at folds + nfolds (length n) as a new type in
   the empty slot i of the index. Returns the type, or -1 on ENOMEM. */
static long intern_new(rm_text *t, size_t i, size_t n, unsigned long long h64,
                       unsigned long long key, unsigned hn)
{
    if ((t->ntypes + 1) * 2 > t->tcap) {
        /* (the index stays at most half full: grown here, where a type is
           added, rather than tested at every word) */
        if (grow_types(t, t->tcap * 2))
            return -1;
        for (i = (hn >> 8) & (t->tcap - 1); t->tslots[i].type; i = (i + 1) & (t->tcap - 1))
            ;
    }
    if (t->ntypes + 1 > t->captypes &&
        rm_vec_reserve_((void **)&t->types, &t->captypes, t->ntypes + 1,
                        sizeof *t->types))
        return -1;
    t->types[t->ntypes].fold = t->nfolds;
    t->types[t->ntypes].nfold = n;
    t->types[t->ntypes].key = key;
    t->types[t->ntypes].hash = (size_t)(h64 ^ (h64 >> 32)); /* rm_map_hash's */
    t->tslots[i].key = key;
    t->tslots[i].hn = hn;
    t->tslots[i].type = (unsigned)++t->ntypes;
    t->nfolds += n + 1;
    return (long)t->ntypes - 1;
}

/* The type of the fold just written at folds + nfolds (length n, zero
   padded to n + 8): an existing one, or a new type keeping those bytes.
   Returns the type, or -1 on ENOMEM. h64 and key are fold_hash() of it.
   (A lookup inlined in the tokenizer's loops; a new type is intern_new's.) */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline long intern(rm_text *t, size_t n, unsigned long long h64, unsigned long long key)
{
    const unsigned char *s = (const unsigned char *)t->folds + t->nfolds;
    size_t i;
    unsigned h = (unsigned)(h64 >> 32), hn = (h << 8) | (unsigned)n; /* n < 256 */
    for (i = (hn >> 8) & (t->tcap - 1); t->tslots[i].type; i = (i + 1) & (t->tcap - 1)) {
        const struct rm_type_slot *sl = &t->tslots[i];
        if (sl->hn == hn && sl->key == key &&
            (n <= 8 || same_tail(t->folds + t->types[sl->type - 1].fold, s, n)))
            return (long)sl->type - 1;
    }
    return intern_new(t, i, n, h64, key, hn);
}

/* Folded ASCII bytes for push_tok's fast path: the lower case, or 0 where
   rm_fold must decide (a dot, NUL, any byte of a multi-byte character). */
static const unsigned char ascii_fold[256] = {
    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07,
    0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f,
    0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17,
    0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f,
    0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27,
    0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x00, 0x2f,
    0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37,
    0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f,
    0x40, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67,
    0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f,
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77,
    0x78, 0x79, 0x7a, 0x5b, 0x5c, 0x5d, 0x5e, 0x5f,
    0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67,
    0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f,
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77,
    0x78, 0x79, 0x7a, 0x7b, 0x7c, 0x7d, 0x7e, 0x7f,
};

_Static_assert(RM_TOK_HYPHEN < 0x10000, "rm_token.flags is 16 bits");

/* Room for one more token and a fold of up to cap - 1 bytes (and its
   padding, see fold_hash). */
static inline int reserve_tok(rm_text *t, size_t cap)
{
    if (t->ntoks + 1 > t->captoks &&
        rm_vec_reserve_((void **)&t->toks, &t->captoks, t->ntoks + 1,
                        sizeof *t->toks))
        return -1;
    if (t->nfolds + cap + 8 > t->capfolds &&
        rm_vec_reserve_((void **)&t->folds, &t->capfolds, t->nfolds + cap + 8, 1))
        return -1;
    return 0;
}

/* Record the end of the token just added, 256 bytes or longer. */
static int add_long_end(rm_text *t, size_t end)
{
    if (t->nlong + 2 > t->caplong &&
        rm_vec_reserve_((void **)&t->longend, &t->caplong, t->nlong + 2, sizeof *t->longend))
        return -1;
    t->longend[t->nlong++] = t->ntoks - 1;
    t->longend[t->nlong++] = end;
    return 0;
}

size_t rm_tok_end_long_(const rm_text *t, size_t i)
{
    size_t lo = 0, hi = t->nlong / 2;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->longend[2 * mid] < i)
            lo = mid + 1;
        else
            hi = mid;
    }
    /* every token with len 0 is listed */
    return lo < t->nlong / 2 && t->longend[2 * lo] == i ? t->longend[2 * lo + 1]
                                                         : t->toks[i].start;
}

static inline int set_tok(rm_text *t, size_t start, size_t end, unsigned flags,
                          size_t n, unsigned type)
{
    rm_token *tk = &t->toks[t->ntoks++];
    tk->start = start;
    tk->type = type;
    tk->nfold = (unsigned char)n; /* n < 256: folds are cut at 255 bytes */
    tk->flags = (unsigned short)flags;
    tk->len = (unsigned char)(end - start < 256 ? end - start : 0);
    return end - start < 256 ? 0 : add_long_end(t, end);
}

/* The 0x80 bits of the bytes of v that are ASCII upper-case letters, for
   v of ASCII letters and digits only (no sum below carries). */
static inline unsigned long long upper8(unsigned long long v)
{
    return (v + ONES8 * (0x80 - 'A')) & ~(v + ONES8 * (0x7F - 'Z')) & (ONES8 * 0x80);
}

/* ... and of those that are lower-case letters. */
static inline unsigned long long lower8(unsigned long long v)
{
    return (v + ONES8 * (0x80 - 'a')) & ~(v + ONES8 * (0x7F - 'z')) & (ONES8 * 0x80);
}

/* Add a word of n < 16 bytes at i found by the fast paths: its first 8
   folded bytes are key (the rest, if any, were written after them), its
   hash h. 0, or -1 when out of memory. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int add_fast_word(rm_text *t, size_t i, size_t n, unsigned flags,
                                unsigned long long h, unsigned long long key)
{
    long type;
    memcpy(t->folds + t->nfolds, &key, 8);
    type = intern(t, n, h, key);
    return type < 0 || set_tok(t, i, i + n, flags, n, (unsigned)type) ? -1 : 0;
}

/* Add the token [start, end) whose fold (n bytes) has just been written
   at folds + nfolds; reserve_tok made room. Pads the fold for fold_hash. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int add_tok(rm_text *t, size_t start, size_t end, unsigned flags,
                          size_t n)
{
    unsigned char *out = (unsigned char *)t->folds + t->nfolds;
    unsigned long long key, h;
    long type;
    memset(out + n, 0, 8);
    h = fold_hash(out, n, &key);
    type = intern(t, n, h, key);
    if (type < 0)
        return -1;
    return set_tok(t, start, end, flags, n, (unsigned)type);
}

/* Add the one-byte token [i, i + 1) folding to the ASCII byte b, its type
   cached per byte. */
static inline int add_byte_tok(rm_text *t, size_t i, unsigned flags, unsigned char b)
{
    if (t->btype[b] == 0) {
        if (reserve_tok(t, 2))
            return -1;
        t->folds[t->nfolds] = (char)b;
        if (add_tok(t, i, i + 1, flags, 1))
            return -1;
        t->btype[b] = t->toks[t->ntoks - 1].type + 1;
        return 0;
    }
    if (t->ntoks + 1 > t->captoks &&
        rm_vec_reserve_((void **)&t->toks, &t->captoks, t->ntoks + 1,
                        sizeof *t->toks))
        return -1;
    return set_tok(t, i, i + 1, flags, 1, t->btype[b] - 1);
}

static int push_tok(rm_text *t, size_t start, size_t end, unsigned flags)
{
    /* folded forms are at most as long as the token, and cut at 255 bytes:
       fold straight into the buffer */
    size_t cap = end - start < 256 ? end - start + 1 : 256, n;
    if (reserve_tok(t, cap))
        return -1;
    {
        /* ASCII without dots (nearly every token) folds to its lower case:
           fold and hash in one pass; anything else takes rm_fold */
        const unsigned char *src = (const unsigned char *)t->text + start;
        unsigned char *out = (unsigned char *)t->folds + t->nfolds;
        size_t len = end - start, q = 0;
        if (len == 1 && src[0] < 0x80) { /* punctuation mostly; "." stays "." */
            unsigned char b = src[0];
            if (b >= 'A' && b <= 'Z')
                b = (unsigned char)(b + 32);
            out[0] = b;
            q = 1;
        } else if (len < 256) {
            for (; q < len; q++) {
                unsigned char b = ascii_fold[src[q]];
                if (b == 0)
                    break;
                out[q] = b;
            }
        }
        if (q == len && len < 256)
            n = len;
        else
            n = rm_fold(t->text + start, len, t->folds + t->nfolds, cap);
        return add_tok(t, start, end, flags, n);
    }
}

/* Read a word starting at i; returns its end and sets flags. Handles dotted
   abbreviations (U.S., D.C.), numbers with separators (1,000.5), and stops
   before possessive 's and n't. */
static size_t scan_word(const unsigned char *s, size_t len, size_t i,
                        unsigned *flags)
{
    size_t j = i, nletters = 0, nupper = 0;
    unsigned cp;
    size_t k = decode(s + j, len - j, &cp);
    int digit = cp >= '0' && cp <= '9';

    /* dotted abbreviation: L.L.(L.)... */
    if (!digit && k == 1 && j + 3 < len + 1 && j + 1 < len && s[j + 1] == '.' &&
        j + 2 < len && ((s[j + 2] >= 'A' && s[j + 2] <= 'Z') ||
                        (s[j + 2] >= 'a' && s[j + 2] <= 'z')) &&
        j + 3 < len && s[j + 3] == '.') {
        while (j + 1 < len && s[j + 1] == '.' &&
               ((s[j] >= 'A' && s[j] <= 'Z') || (s[j] >= 'a' && s[j] <= 'z'))) {
            if (s[j] >= 'A' && s[j] <= 'Z')
                nupper++;
            j += 2;
            if (!(j < len && ((s[j] >= 'A' && s[j] <= 'Z') ||
                              (s[j] >= 'a' && s[j] <= 'z')) &&
                  j + 1 < len && s[j + 1] == '.'))
                break;
        }
        *flags |= RM_TOK_ABBR | RM_TOK_WORD;
        if (nupper)
            *flags |= RM_TOK_CAP;
        return j;
    }
    if (digit)
        *flags |= RM_TOK_NUM;
    if (is_upper_cp(cp))
        *flags |= RM_TOK_CAP;
    while (j < len) {
        /* a run of ASCII letters and digits, as the loop below reads it */
        unsigned char ac;
        while (j < len && ((ac = ascii_class[s[j]]) & A_ALNUM)) {
            nletters += (ac & A_LETTER) != 0;
            nupper += (ac & A_UPPER) != 0;
            j++;
        }
        if (j >= len)
            break;
        k = decode(s + j, len - j, &cp);
        if (is_letter_cp(cp)) {
            if (cp > '9' || cp < '0')
                nletters++;
            if (is_upper_cp(cp))
                nupper++;
            j += k;
            continue;
        }
        if (digit && (cp == ',' || cp == '.') && j + 1 < len &&
            s[j + 1] >= '0' && s[j + 1] <= '9') {
            j++;
            continue;
        }
        if (is_apos(cp)) {
            unsigned nx = 0;
            size_t after = j + k;
            if (after < len)
                decode(s + after, len - after, &nx);
            /* n't: stop before the n */
            if ((nx == 't' || nx == 'T') && j > i && (s[j - 1] == 'n' || s[j - 1] == 'N')) {
                unsigned nn = 0;
                if (after + 1 < len)
                    decode(s + after + 1, len - after - 1, &nn);
                if (!is_letter_cp(nn))
                    return j - 1 > i ? j - 1 : j;
            }
            if (nx == 's' || nx == 'S') {
                unsigned nn = 0;
                if (after + 1 < len)
                    decode(s + after + 1, len - after - 1, &nn);
                if (!is_letter_cp(nn))
                    break;
            }
            if (is_letter_cp(nx) && nx != 0 && !(nx >= '0' && nx <= '9')) {
                j = after; /* O'Brien, d'Ivoire */
                continue;
            }
        }
        break;
    }
    if (nletters >= 2 && nupper == nletters)
        *flags |= RM_TOK_ALLCAPS;
    return j;
}

/* Would scan_word end a run of ASCII letters and digits at j, where a
   quote, dash or apostrophe stands (s[j] is '\'' or a non-ASCII byte)? Yes
   before punctuation of U+2000..U+203F (not a letter) other than the
   apostrophe U+2019, and before the apostrophe of a possessive 's that no
   letter follows ("Russia's", "Russia’s"); the cases it reads on from, or
   that need more decoding, are left to it. */
static inline int word_stops(const unsigned char *s, size_t len, size_t j)
{
    size_t after;
    if (s[j] == 0xE2 && j + 2 < len && s[j + 1] == 0x80 && (s[j + 2] & 0xC0) == 0x80) {
        if (s[j + 2] != 0x99)
            return 1;
        after = j + 3;
    } else if (s[j] == '\'') {
        after = j + 1;
    } else {
        return 0;
    }
    return after < len && (s[after] == 's' || s[after] == 'S') &&
           (after + 1 >= len || (s[after + 1] < 0x80 && !(ascii_class[s[after + 1]] & A_ALNUM)));
}

/* Token i folds to the literal w (strcmp == 0: folds hold no NUL byte but
   a lone NUL token, which no non-empty literal matches either way). */
#define fold_is(t, i, w) fold_is_((t), (i), "" w, sizeof("" w) - 1)
static inline int fold_is_(const rm_text *t, size_t i, const char *w, size_t n)
{
    return t->toks[i].nfold == n && rm_tok_is_(t, i, w, n);
}

static int is_closing(const rm_text *t, size_t i)
{
    return (t->toks[i].flags & RM_TOK_PUNCT) &&
           (fold_is(t, i, "\"") || fold_is(t, i, "'") || fold_is(t, i, ")"));
}

static int push_sent(rm_text *t, size_t a, size_t b)
{
    while (a < b) {
        /* a run-on "sentence" (a table, a list, a page without full stops)
           is cut into pieces of RM_MAX_SENT_TOKENS, so the work per
           sentence stays bounded */
        size_t e = b - a > RM_MAX_SENT_TOKENS ? a + RM_MAX_SENT_TOKENS : b;
        rm_sentence *s;
        if (t->nsents + 1 > t->capsents && /* (a call per sentence otherwise) */
            rm_vec_reserve_((void **)&t->sents, &t->capsents, t->nsents + 1,
                            sizeof *t->sents))
            return -1;
        s = &t->sents[t->nsents++];
        s->tok_start = a;
        s->tok_end = e;
        s->start = t->toks[a].start;
        s->end = rm_tok_end(t, e - 1);
        a = e;
    }
    return 0;
}

static int starts_sentence(const rm_text *t, size_t i)
{
    const rm_token *tk = &t->toks[i];
    if (tk->flags & (RM_TOK_CAP | RM_TOK_NUM))
        return 1;
    if (tk->flags & RM_TOK_PUNCT)
        return fold_is(t, i, "\"") || fold_is(t, i, "'") || fold_is(t, i, "(");
    return 0;
}

/* After an abbreviation with its own dot (U.S.), a new sentence starts only
   if the next word is a typical sentence opener. */
static int opener(const char *f)
{
    static const char *const w[] = {"the", "a", "an", "in", "on", "it", "this",
                                     "that", "he", "she", "they", "we", "but",
                                     "and", "however", "meanwhile", "its",
                                     "their", "his", "her", "there", "at",
                                     "officials", "both", NULL};
    size_t i;
    for (i = 0; w[i]; i++)
        if (strcmp(w[i], f) == 0)
            return 1;
    return 0;
}

/* is_abbrev of the fold f (n bytes) of type ty, asked once per type (out
   of memory for the cache, asked again each time): 1 yes, 0 no. */
static int abbrev_type(rm_text *t, unsigned ty, const char *f, size_t n,
                       rm_abbrev_fn is_abbrev, const void *ctx)
{
    if (ty >= t->capabbr) {
        size_t cap = t->capabbr ? t->capabbr : 256;
        unsigned char *a;
        while (cap <= ty)
            cap *= 2;
        a = realloc(t->abbr, cap);
        if (a == NULL)
            return is_abbrev(f, n, ctx) ? 1 : 0;
        memset(a + t->capabbr, 0, cap - t->capabbr);
        t->abbr = a;
        t->capabbr = cap;
    }
    if (t->abbr[ty] == 0) {
        t->abbr[ty] = is_abbrev(f, n, ctx) ? 2 : 1;
        t->abbr_used = 1;
    }
    return t->abbr[ty] == 2;
}

/* The splitter's place (rm_tokstate.i, .start), so that it can run
   behind the tokenizer while the tokens it reads are still in cache. */
typedef rm_tokstate split_state;

/* Split tokens [st->i, limit) into sentences. Unless final, tokens may
   still follow t->ntoks: limit must be below t->ntoks, and a token whose
   reading looks up to t->ntoks is left for the next call. When final,
   limit is t->ntoks and the last sentence is pushed. */
static int split_run(rm_text *t, split_state *st, size_t limit, int final)
{
    rm_abbrev_fn is_abbrev = st->is_abbrev;
    const void *ctx = st->ctx;
    size_t i, start = st->start;
    for (i = st->i; i < limit; i++) {
        const rm_token *tk;
        int end = 0;
        /* nothing below reads a word without these flags: pass over
           runs of them with one test each */
        while (!(t->toks[i].flags & (RM_TOK_PARA | RM_TOK_PUNCT | RM_TOK_ABBR)))
            if (++i >= limit)
                goto done;
        tk = &t->toks[i];
        if (i > start && (tk->flags & RM_TOK_PARA)) {
            if (push_sent(t, start, i))
                return -1;
            start = i;
        }
        if ((tk->flags & RM_TOK_PUNCT) &&
            (fold_is(t, i, ".") || fold_is(t, i, "!") || fold_is(t, i, "?") ||
             fold_is(t, i, "\xE2\x80\xA6"))) {
            end = 1;
            if (fold_is(t, i, ".") && i > start) {
                const rm_token *pv = &t->toks[i - 1];
                const char *pf = rm_tok_fold(t, i - 1);
                if (!(pv->flags & RM_TOK_SPACE) || 1) {
                    /* an initial ("George W. Bush") follows a capitalised
                       word; "on X." ends a sentence */
                    /* (or starts the sentence, or follows another
                       initial: "K. P. Sharma Oli") */
                    int initial = pv->nfold == 1 && (pv->flags & RM_TOK_CAP) &&
                                  (i == start + 1 ||
                                   (i >= start + 2 && (t->toks[i - 2].flags & RM_TOK_CAP)) ||
                                   (i >= start + 3 && fold_is(t, i - 2, ".") &&
                                    t->toks[i - 3].nfold == 1 && (t->toks[i - 3].flags & RM_TOK_CAP)));
                    if ((pv->flags & RM_TOK_WORD) && !(tk->flags & RM_TOK_SPACE) &&
                        (initial || (is_abbrev && abbrev_type(t, pv->type, pf, pv->nfold,
                                                              is_abbrev, ctx) > 0)))
                        end = 0;
                }
            }
            if (end && i + 1 < t->ntoks) {
                size_t j = i + 1;
                while (j < t->ntoks && is_closing(t, j) &&
                       !(t->toks[j].flags & RM_TOK_SPACE))
                    j++;
                if (j >= t->ntoks && !final)
                    break; /* the next token decides: read i again later */
                if (j < t->ntoks && !starts_sentence(t, j) &&
                    !(t->toks[j].flags & RM_TOK_PARA))
                    end = 0;
                if (end) {
                    if (push_sent(t, start, j))
                        return -1;
                    start = j;
                    i = j - 1;
                    continue;
                }
            }
        } else if ((tk->flags & RM_TOK_ABBR) && i + 1 < t->ntoks &&
                   (t->toks[i + 1].flags & RM_TOK_CAP) &&
                   opener(rm_tok_fold(t, i + 1)) &&
                   t->text[rm_tok_end(t, i) - 1] == '.') {
            if (push_sent(t, start, i + 1))
                return -1;
            start = i + 1;
        }
    }
done:
    st->i = i;
    st->start = start;
    return final ? push_sent(t, start, t->ntoks) : 0;
}

/* The flags a token takes from the spaces before it (*pending, and a
   paragraph break after two newlines), which it uses up. */
static inline unsigned take_flags(unsigned *pending, int *newlines)
{
    unsigned flags = *pending | (*newlines >= 2 ? RM_TOK_PARA : 0);
    *pending = 0;
    *newlines = 0;
    return flags;
}

/* Tokenize text[st->pos, len), splitting sentences behind (st), then
   split what remains; or stop, state saved in st, once there are stop
   tokens (stop >= 1024). */
static int tokenize(rm_text *t, split_state *st, size_t stop)
{
    const unsigned char *s = (const unsigned char *)t->text;
    size_t len = t->len, i = st->pos, next_split = st->next_split;
    unsigned pending = st->pending;
    int newlines = st->newlines;

    while (i < len) {
        unsigned cp, flags;
        size_t k;
        if (t->ntoks >= next_split) {
            /* the last few tokens may be read with tokens still to come */
            if (split_run(t, st, t->ntoks - 16, 0))
                return -1;
            next_split = t->ntoks + 1024;
            if (t->ntoks >= stop) {
                st->pos = i;
                st->next_split = next_split;
                st->pending = pending;
                st->newlines = newlines;
                return 0;
            }
        }
        if (s[i] == ' ') {
            pending |= RM_TOK_SPACE;
            i++;
            continue;
        }
        if (ascii_class[s[i]] & A_ALNUM) {
            /* (an ASCII letter or digit, the start of nearly every token,
               is neither a space nor punctuation) */
            flags = take_flags(&pending, &newlines);
            cp = s[i];
            k = 1;
            /* Nearly every word is a run of ASCII letters and digits ended
               by a space or by punctuation that cannot continue it: scan
               it, then fold 8 bytes at a time. Where scan_word could read
               on (an apostrophe, a dot or comma, a non-ASCII byte) the
               general path below reads it again. */
            unsigned char c;
            if (rm_little_endian() && len - i >= 8) {
                /* A word of up to 7 bytes (most words): its 8 bytes from
                   one load give its end, flags, fold and hash, what the
                   general loops below compute for it. */
                unsigned long long v = load8(s + i), ends = not_alnum8(v);
                if (ends) {
                    size_t n = first_byte8(ends); /* 1..7: s[i] is alnum */
                    int dig = s[i] <= '9';
                    c = s[i + n];
                    if ((c < 0x80 && c != '\'' && !(c == '.' && (dig || n == 1)) &&
                         !(c == ',' && dig)) ||
                        word_stops(s, len, i + n)) {
                        const unsigned long long m = 0x9E3779B97F4A7C15ull;
                        unsigned long long mask = head_mask(n), key = (v | 0x2020202020202020ull) & mask;
                        unsigned long long h = ((n + 1) * m ^ key) * m;
                        h ^= h >> 29;
                        flags |= RM_TOK_WORD | (dig ? RM_TOK_NUM : 0) |
                                 ((ascii_class[s[i]] & A_UPPER) ? RM_TOK_CAP : 0);
                        if (!(ascii_class[s[i]] & A_LOWER)) {
                            /* ALLCAPS: no lower-case letter, two or more
                               upper-case ones */
                            unsigned long long up = upper8(v) & mask;
                            if ((lower8(v) & mask) == 0 && (up & (up - 1)))
                                flags |= RM_TOK_ALLCAPS;
                        }
                        if (reserve_tok(t, 256) || add_fast_word(t, i, n, flags, h, key))
                            return -1;
                        i += n;
                        if (s[i] == ' ') { /* (i < len: s[i] was read above) */
                            pending = RM_TOK_SPACE;
                            i++;
                        }
                        continue;
                    }
                } else if (len - i >= 16) {
                    /* a word of 8 to 15 bytes: the same from two loads */
                    unsigned long long v1 = load8(s + i + 8), ends1 = not_alnum8(v1);
                    if (ends1) {
                        size_t n = 8 + first_byte8(ends1);
                        int dig = s[i] <= '9';
                        c = s[i + n];
                        if ((c < 0x80 && c != '\'' && !(c == '.' && dig) && !(c == ',' && dig)) ||
                            word_stops(s, len, i + n)) {
                            const unsigned long long m = 0x9E3779B97F4A7C15ull;
                            unsigned long long mask1 = n > 8 ? head_mask(n - 8) : 0,
                                               key = v | 0x2020202020202020ull,
                                               key1 = (v1 | 0x2020202020202020ull) & mask1;
                            unsigned long long h = ((n + 1) * m ^ key) * m;
                            h ^= h >> 29;
                            if (n > 8) {
                                h = (h ^ key1) * m;
                                h ^= h >> 29;
                            }
                            flags |= RM_TOK_WORD | (dig ? RM_TOK_NUM : 0) |
                                     ((ascii_class[s[i]] & A_UPPER) ? RM_TOK_CAP : 0);
                            if (!(ascii_class[s[i]] & A_LOWER)) {
                                /* (as above, over both words: two
                                   upper-case letters or more in all) */
                                unsigned long long up = upper8(v), up1 = upper8(v1) & mask1;
                                if ((lower8(v) | (lower8(v1) & mask1)) == 0 &&
                                    ((up & (up - 1)) || (up1 & (up1 - 1)) || (up && up1)))
                                    flags |= RM_TOK_ALLCAPS;
                            }
                            if (reserve_tok(t, 256))
                                return -1;
                            memcpy(t->folds + t->nfolds + 8, &key1, 8); /* (0 for n == 8: the NUL) */
                            if (add_fast_word(t, i, n, flags, h, key))
                                return -1;
                            i += n;
                            if (s[i] == ' ') { /* (i < len: s[i] was read above) */
                                pending = RM_TOK_SPACE;
                                i++;
                            }
                            continue;
                        }
                    }
                }
            }
            size_t j = i, lim = len - i > 255 ? i + 255 : len;
            int digit = s[i] <= '9', stopped = 0;
            if (rm_little_endian()) {
                /* 8 bytes at a time: words end at unpredictable lengths,
                   and a byte loop pays a mispredicted branch per word */
                while (j + 8 <= lim) {
                    unsigned long long ends = not_alnum8(load8(s + j));
                    if (ends) {
                        j += first_byte8(ends);
                        stopped = 1;
                        break;
                    }
                    j += 8;
                }
            }
            if (!stopped)
                while (j < lim && (ascii_class[s[j]] & A_ALNUM))
                    j++;
            /* (the end of the text ends a word too: every name and phrase
               the loaders tokenize ends there) */
            c = j < len ? s[j] : ' ';
            if ((j < lim || j == len) && ((c < 0x80 && c != '\'' &&
                             !(c == '.' && (digit || j == i + 1)) && !(c == ',' && digit)) ||
                            word_stops(s, len, j))) {
                unsigned char *out;
                size_t n = j - i, q;
                flags |= RM_TOK_WORD;
                if (digit)
                    flags |= RM_TOK_NUM;
                if (ascii_class[s[i]] & A_UPPER)
                    flags |= RM_TOK_CAP;
                if (!(ascii_class[s[i]] & A_LOWER)) {
                    /* no lower case: ALLCAPS with two letters or more */
                    size_t nupper = 0;
                    for (q = i; q < j && !(ascii_class[s[q]] & A_LOWER); q++)
                        nupper += (ascii_class[s[q]] & A_UPPER) != 0;
                    if (q == j && nupper >= 2)
                        flags |= RM_TOK_ALLCAPS;
                }
                if (reserve_tok(t, 256))
                    return -1;
                out = (unsigned char *)t->folds + t->nfolds;
                /* ASCII letters and digits fold by setting bit 5 */
                if (len - i >= ((n + 7) & ~(size_t)7)) {
                    /* 8 bytes at a time, hashed as they are stored (what
                       fold_hash computes; reading the stored bytes back
                       would wait on the stores) */
                    const unsigned long long m = 0x9E3779B97F4A7C15ull;
                    unsigned long long h = (n + 1) * m, key = 0;
                    long type;
                    for (q = 0; q < n; q += 8) {
                        unsigned long long v = load8(s + i + q) | 0x2020202020202020ull;
                        if (n - q < 8)
                            v &= head_mask(n - q);
                        memcpy(out + q, &v, 8);
                        if (q == 0)
                            key = v;
                        h = (h ^ v) * m;
                        h ^= h >> 29;
                    }
                    out[n] = '\0';
                    type = intern(t, n, h, key);
                    if (type < 0)
                        return -1;
                    if (set_tok(t, i, j, flags, n, (unsigned)type))
                        return -1;
                } else {
                    for (q = 0; q < n; q++)
                        out[q] = (unsigned char)(s[i + q] | 0x20);
                    if (add_tok(t, i, j, flags, n))
                        return -1;
                }
                i = j;
                /* the space after a word, as the next round would read it
                   (that round's only work: most words have one) */
                if (i < len && s[i] == ' ') {
                    pending = RM_TOK_SPACE;
                    i++;
                }
                continue;
            }
        } else {
            k = decode(s + i, len - i, &cp);
            if (is_space_cp(cp)) {
                if (cp == '\n')
                    newlines++;
                pending |= RM_TOK_SPACE;
                i += k;
                continue;
            }
            flags = take_flags(&pending, &newlines);
            if (cp < 0x80 && cp != '\'') {
                /* ASCII punctuation: a token of its own folding to itself,
                   as the general path below reads it */
                flags |= RM_TOK_PUNCT;
                if (cp == '-' && !(flags & RM_TOK_SPACE) && i + 1 < len &&
                    !is_space_cp(s[i + 1]))
                    flags |= RM_TOK_HYPHEN;
                if (add_byte_tok(t, i, flags, (unsigned char)cp))
                    return -1;
                i++;
                continue;
            }
        }
        if (is_letter_cp(cp)) {
            size_t j;
            flags |= RM_TOK_WORD;
            j = scan_word(s, len, i, &flags);
            if (j == i)
                j = i + k;
            if (push_tok(t, i, j, flags))
                return -1;
            i = j;
            /* n't */
            if (i + 2 < len + 1 && (s[i] == 'n' || s[i] == 'N')) {
                unsigned a;
                size_t ka = decode(s + i + 1, len - i - 1, &a);
                if (i + 1 < len && is_apos(a) && i + 1 + ka < len &&
                    (s[i + 1 + ka] == 't' || s[i + 1 + ka] == 'T')) {
                    if (push_tok(t, i, i + 2 + ka, RM_TOK_WORD))
                        return -1;
                    i += 2 + ka;
                }
            }
            continue;
        }
        if (is_apos(cp) && t->ntoks > 0 &&
            !(t->toks[t->ntoks - 1].flags & RM_TOK_PUNCT) && !(flags & RM_TOK_SPACE)) {
            /* possessive 's or plural possessive ' */
            if (i + k < len && (s[i + k] == 's' || s[i + k] == 'S') &&
                (i + k + 1 >= len || !is_letter_cp(s[i + k + 1]))) {
                if (push_tok(t, i, i + k + 1, flags | RM_TOK_POSS | RM_TOK_WORD))
                    return -1;
                i += k + 1;
                continue;
            }
            if (i + k >= len || !is_letter_cp(s[i + k])) {
                if (push_tok(t, i, i + k, flags | RM_TOK_POSS | RM_TOK_PUNCT))
                    return -1;
                i += k;
                continue;
            }
        }
        flags |= RM_TOK_PUNCT;
        if ((cp == '-' || cp == 0x2010 || cp == 0x2011) && !(flags & RM_TOK_SPACE) &&
            i + k < len && !is_space_cp(s[i + k]))
            flags |= RM_TOK_HYPHEN;
        if (cp >= 0x2000 && cp <= 0x203F) {
            /* quotes and dashes: their fold (rm_fold of the three bytes)
               and type are the same each time */
            unsigned *pt = &t->ptype[cp - 0x2000];
            if (*pt == 0) {
                if (push_tok(t, i, i + k, flags))
                    return -1;
                *pt = t->toks[t->ntoks - 1].type + 1;
                t->pused = 1;
            } else if ((t->ntoks + 1 > t->captoks &&
                        rm_vec_reserve_((void **)&t->toks, &t->captoks, t->ntoks + 1,
                                        sizeof *t->toks)) ||
                       set_tok(t, i, i + k, flags, t->types[*pt - 1].nfold, *pt - 1)) {
                return -1;
            }
            i += k;
            continue;
        }
        if (push_tok(t, i, i + k, flags))
            return -1;
        i += k;
    }
    st->pos = i;
    st->done = 1;
    return st->no_split ? 0 : split_run(t, st, t->ntoks, 1);
}

static void start_state(rm_text *t, size_t begin, rm_abbrev_fn is_abbrev, const void *ctx)
{
    memset(&t->ts, 0, sizeof t->ts);
    t->ts.pos = begin;
    t->ts.next_split = 1024;
    t->ts.is_abbrev = is_abbrev;
    t->ts.ctx = ctx;
}

int rm_text_start(rm_text *t, const char *text, size_t len, size_t begin,
                  rm_abbrev_fn is_abbrev, const void *ctx)
{
    /* ~tokens; big texts grow by doubling as before */
    size_t est = (len - (begin < len ? begin : len)) / 5 + 16, tcap = 16;
    if (est > 4096)
        est = 4096;
    while (tcap < est) /* room for est / 2 types, about what a text has */
        tcap *= 2;
    memset(t, 0, sizeof *t);
    t->text = text;
    t->len = len;
    start_state(t, begin, is_abbrev, ctx);
    /* size the arrays for the text once instead of doubling from 8 */
    if (rm_vec_reserve_((void **)&t->toks, &t->captoks, est, sizeof *t->toks) ||
        rm_vec_reserve_((void **)&t->folds, &t->capfolds, est * 4, 1) ||
        rm_vec_reserve_((void **)&t->types, &t->captypes, est / 2, sizeof *t->types) ||
        grow_types(t, tcap)) {
        rm_text_free(t);
        return RELMAP_ENOMEM;
    }
    return 0;
}

/* Tokens per rm_text_more: a piece of a document that stays in cache. */
#define RM_PIECE_TOKENS 4096

int rm_text_more(rm_text *t)
{
    if (t->ts.done)
        return 0;
    if (tokenize(t, &t->ts, t->ntoks + RM_PIECE_TOKENS)) {
        rm_text_free(t);
        return RELMAP_ENOMEM;
    }
    return 0;
}

void rm_text_drop(rm_text *t)
{
    /* the sentences cover the tokens before ts.start without gaps; keep
       the last token even so (the tokenizer looks back at it) */
    size_t keep = t->ts.start, i, o;
    if (keep >= t->ntoks)
        keep = t->ntoks ? t->ntoks - 1 : 0;
    t->nsents = 0;
    if (keep == 0)
        return;
    memmove(t->toks, t->toks + keep, (t->ntoks - keep) * sizeof *t->toks);
    t->ntoks -= keep;
    for (i = o = 0; i < t->nlong; i += 2)
        if (t->longend[i] >= keep) {
            t->longend[o++] = t->longend[i] - keep;
            t->longend[o++] = t->longend[i + 1];
        }
    t->nlong = o;
    t->ts.i -= keep;
    t->ts.start -= keep;
    t->ts.next_split -= keep;
}

int rm_text_parse(rm_text *t, const char *text, size_t len, size_t begin,
                  rm_abbrev_fn is_abbrev, const void *ctx)
{
    if (rm_text_start(t, text, len, begin, is_abbrev, ctx))
        return RELMAP_ENOMEM;
    if (tokenize(t, &t->ts, (size_t)-1)) {
        rm_text_free(t);
        return RELMAP_ENOMEM;
    }
    return 0;
}

/* Reset t for a new text, keeping its buffers. */
static void reset(rm_text *t, const char *text, size_t len)
{
    t->text = text;
    t->len = len;
    size_t i;
    /* a set btype is a type of one ASCII byte: clear those, not all 128
       (loaders reparse thousands of phrases of two or three types) */
    for (i = 0; i < t->ntypes; i++)
        if (t->types[i].nfold == 1 && (unsigned char)t->folds[t->types[i].fold] < 128)
            t->btype[(unsigned char)t->folds[t->types[i].fold]] = 0;
    t->ntoks = t->nfolds = t->nsents = t->ntypes = t->nlong = 0;
    if (t->tslots)
        memset(t->tslots, 0, t->tcap * sizeof *t->tslots);
    if (t->pused) { /* (phrases seldom hold a curly quote or a dash) */
        memset(t->ptype, 0, sizeof t->ptype);
        t->pused = 0;
    }
    if (t->abbr_used) { /* (types are numbered again, is_abbrev may differ) */
        memset(t->abbr, 0, t->capabbr);
        t->abbr_used = 0;
    }
    t->lex = t->gaz = NULL; /* tags are per text */
    t->nlex = t->ngaz = 0;
}

int rm_text_reparse(rm_text *t, const char *text, size_t len, size_t begin,
                    rm_abbrev_fn is_abbrev, const void *ctx)
{
    reset(t, text, len);
    start_state(t, begin, is_abbrev, ctx);
    if ((t->tcap == 0 && grow_types(t, 16)) || tokenize(t, &t->ts, (size_t)-1)) {
        rm_text_free(t);
        return RELMAP_ENOMEM;
    }
    return 0;
}

int rm_text_reparse_tokens(rm_text *t, const char *text, size_t len)
{
    reset(t, text, len);
    start_state(t, 0, NULL, NULL);
    t->ts.no_split = 1;
    t->ts.next_split = (size_t)-1; /* (the splitter never runs) */
    if ((t->tcap == 0 && grow_types(t, 16)) || tokenize(t, &t->ts, (size_t)-1)) {
        rm_text_free(t);
        return RELMAP_ENOMEM;
    }
    return 0;
}

void rm_text_free(rm_text *t)
{
    free(t->toks);
    free(t->folds);
    free(t->sents);
    free(t->types);
    free(t->tslots);
    free(t->lw);
    free(t->lmask);
    free(t->lcls);
    free(t->gw);
    free(t->groot);
    free(t->longend);
    free(t->abbr);
    memset(t, 0, sizeof *t);
}
