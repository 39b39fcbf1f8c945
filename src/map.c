#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "map.h"

static inline unsigned long long load4le(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    return (unsigned long long)u[0] | (unsigned long long)u[1] << 8 |
           (unsigned long long)u[2] << 16 | (unsigned long long)u[3] << 24;
}

static unsigned long long swap8(unsigned long long v)
{
    unsigned long long r = 0;
    int i;
    for (i = 0; i < 8; i++, v >>= 8)
        r = r << 8 | (v & 0xFF);
    return r;
}

/* The r (0..8) bytes at s, zero-padded to 8, as memcpy would read them
   into a number, without a call to memcpy for a length known only at run
   time. */
static inline unsigned long long load_tail(const char *s, size_t r)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned long long v;
    if (r >= 4) /* two loads of four bytes, overlapping when r < 8 */
        v = load4le(s) | load4le(s + r - 4) << (8 * (r - 4));
    else if (r == 0)
        v = 0;
    else
        v = (unsigned long long)u[0] | (unsigned long long)u[r / 2] << (8 * (r / 2)) |
            (unsigned long long)u[r - 1] << (8 * (r - 1));
    return rm_little_endian() ? v : swap8(v);
}

/* 8 bytes at a time, each block mixed by a multiply: keys are words and
   short phrases, and FNV-1a's multiply per byte was most of a lookup's
   cost. Nothing depends on the order of the slots, so the hash may
   change; text.c's fold_hash must stay the same function. */
size_t rm_map_hash(const char *s, size_t n)
{
    const unsigned long long m = 0x9E3779B97F4A7C15ull;
    unsigned long long h = (n + 1) * m, v;
    size_t q = 0;
    for (; n - q > 8; q += 8) {
        memcpy(&v, s + q, 8);
        h = (h ^ v) * m;
        h ^= h >> 29;
    }
    h = (h ^ load_tail(s + q, n - q)) * m;
    h ^= h >> 29;
    return (size_t)(h ^ (h >> 32));
}

long rm_map_get_h(const rm_map *m, const char *key, size_t n, size_t h)
{
    size_t i;
    if (m->cap == 0)
        return -1;
    for (i = h & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        const rm_map_slot *s = &m->slots[i];
        if (s->key == NULL)
            return -1;
        if (s->hash == h && s->klen == n && memcmp(s->key, key, n) == 0)
            return s->value;
    }
}

long rm_map_get(const rm_map *m, const char *key, size_t n)
{
    return m->cap == 0 ? -1 : rm_map_get_h(m, key, n, rm_map_hash(key, n));
}

/* Move the slots to a table of ncap (a power of two above twice the
   count). */
static int rehash(rm_map *m, size_t ncap)
{
    size_t i;
    rm_map_slot *ns = calloc(ncap, sizeof *ns);
    if (ns == NULL)
        return -1;
    for (i = 0; i < m->cap; i++) {
        rm_map_slot *s = &m->slots[i];
        size_t j;
        if (s->key == NULL)
            continue;
        for (j = s->hash & (ncap - 1); ns[j].key;
             j = (j + 1) & (ncap - 1))
            ;
        ns[j] = *s;
    }
    free(m->slots);
    m->slots = ns;
    m->cap = ncap;
    return 0;
}

static int grow(rm_map *m)
{
    return rehash(m, m->cap ? m->cap * 2 : 64);
}

int rm_map_reserve(rm_map *m, size_t n)
{
    size_t ncap = m->cap ? m->cap : 64;
    if (n == 0)
        return 0;
    if (n > ((size_t)-1 / sizeof *m->slots) / 4)
        return -1;
    /* as rm_map_put grows: at most half full */
    while (n * 2 > ncap)
        ncap *= 2;
    return ncap == m->cap ? 0 : rehash(m, ncap);
}

/* A copy of key[0..n) with a NUL after it, in the map's blocks. */
static char *copy_key(rm_map *m, const char *key, size_t n)
{
    char *k;
    if (n + 1 > m->room) {
        /* 256 bytes, then doubling to 8 KB: small maps stay small */
        size_t size = (size_t)256 << (m->nblocks < 5 ? m->nblocks : 5);
        if (size < n + 1)
            size = n + 1;
        char **nb = realloc(m->blocks, (m->nblocks + 1) * sizeof *nb);
        if (nb == NULL)
            return NULL;
        m->blocks = nb;
        if ((nb[m->nblocks] = malloc(size)) == NULL)
            return NULL;
        m->nblocks++;
        m->used = 0;
        m->room = size;
    }
    k = m->blocks[m->nblocks - 1] + m->used;
    memcpy(k, key, n);
    k[n] = '\0';
    m->used += n + 1;
    m->room -= n + 1;
    return k;
}

int rm_map_put(rm_map *m, const char *key, size_t n, long value)
{
    size_t i, h = rm_map_hash(key, n);
    if ((m->count + 1) * 2 > m->cap && grow(m))
        return -1;
    for (i = h & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        rm_map_slot *s = &m->slots[i];
        if (s->key == NULL) {
            s->key = copy_key(m, key, n);
            if (s->key == NULL)
                return -1;
            s->klen = n;
            s->hash = h;
            s->value = value;
            m->count++;
            return 0;
        }
        if (s->hash == h && s->klen == n && memcmp(s->key, key, n) == 0) {
            s->value = value;
            return 0;
        }
    }
}

void rm_map_free(rm_map *m)
{
    size_t i;
    for (i = 0; i < m->nblocks; i++)
        free(m->blocks[i]);
    free(m->blocks);
    free(m->slots);
    m->slots = NULL;
    m->blocks = NULL;
    m->cap = m->count = m->nblocks = m->used = m->room = 0;
}
