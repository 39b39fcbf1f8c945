#include <stdlib.h>
#include <string.h>

#include "map.h"

static size_t hash(const char *s, size_t n)
{
    size_t h = (size_t)1469598103934665603ULL, i;
    for (i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= (size_t)1099511628211ULL;
    }
    return h;
}

long rm_map_get(const rm_map *m, const char *key, size_t n)
{
    size_t i, h;
    if (m->cap == 0)
        return -1;
    h = hash(key, n);
    for (i = h & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        const rm_map_slot *s = &m->slots[i];
        if (s->key == NULL)
            return -1;
        if (s->hash == h && s->klen == n && memcmp(s->key, key, n) == 0)
            return s->value;
    }
}

static int grow(rm_map *m)
{
    size_t ncap = m->cap ? m->cap * 2 : 64, i;
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

int rm_map_put(rm_map *m, const char *key, size_t n, long value)
{
    size_t i, h = hash(key, n);
    if ((m->count + 1) * 2 > m->cap && grow(m))
        return -1;
    for (i = h & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        rm_map_slot *s = &m->slots[i];
        if (s->key == NULL) {
            s->key = malloc(n + 1);
            if (s->key == NULL)
                return -1;
            memcpy(s->key, key, n);
            s->key[n] = '\0';
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
    for (i = 0; i < m->cap; i++)
        free(m->slots[i].key);
    free(m->slots);
    m->slots = NULL;
    m->cap = m->count = 0;
}
