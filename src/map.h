/* String-keyed hash map to an integer value (open addressing). */
#ifndef RELMAP_MAP_H
#define RELMAP_MAP_H

#include <stddef.h>

typedef struct rm_map_slot {
    char *key; /* NUL-terminated, in the map's key blocks; NULL = empty */
    size_t klen;
    size_t hash; /* of the key: probes skip most compares, growth rehashes nothing */
    long value;
} rm_map_slot;

typedef struct rm_map {
    rm_map_slot *slots;
    size_t cap, count;
    /* keys are copied into blocks, one malloc per few hundred keys instead
       of one per key (loading the gazetteer puts ~20,000) */
    char **blocks;
    size_t nblocks, used, room; /* bytes used and free in the last block */
} rm_map;

/* Return the value for key[0..n), or -1 if absent. */
long rm_map_get(const rm_map *m, const char *key, size_t n);
/* The same, h being rm_map_hash(key, n) (the tokenizer computes it for
   every distinct word as it reads them: see rm_fold_type.hash). */
long rm_map_get_h(const rm_map *m, const char *key, size_t n, size_t h);
/* The hash of key[0..n) the maps use: 8 bytes at a time in memory order,
   the last block zero-padded, as text.c's fold_hash reads a fold. */
size_t rm_map_hash(const char *key, size_t n);
/* Insert or replace; 0 or -1 on allocation failure. */
int rm_map_put(rm_map *m, const char *key, size_t n, long value);
/* Make room for n keys in all, so that puts up to then never regrow the
   table: loading the built-in data puts ~30,000 keys in maps whose sizes
   are known or well guessed beforehand, and each doubling had allocated
   (and faulted in) a fresh table. 0 or -1 on allocation failure. */
int rm_map_reserve(rm_map *m, size_t n);
void rm_map_free(rm_map *m);

#endif
