/* Gazetteer internals shared with the extractor. */
#ifndef RELMAP_GAZETTEER_INT_H
#define RELMAP_GAZETTEER_INT_H

#include "relmap/gazetteer.h"
#include "relmap/schema.h"
#include "text.h"

typedef enum rm_alias_kind {
    RM_ALIAS_NAME = 0, /* the actor itself, an institution or metonym */
    RM_ALIAS_DEMONYM,  /* "Russian": the actor only before a role noun */
    RM_ALIAS_PLACE,    /* capital or city: may be a mere venue */
    RM_ALIAS_PERSON    /* a leader, minister or spokesperson */
} rm_alias_kind;

typedef struct rm_entity {
    char *id;    /* slug */
    char *label; /* display name */
    relmap_actor_type type;
    char called[4][16]; /* head nouns it may be called by ("kingdom"), folded */
    int ncalled;
} rm_entity;

/* May entity @p e be called "the <head>" (a folded word)? */
int rm_gaz_called(const relmap_gazetteer *g, int e, const char *head);

/* Tag the words of @p t with their gazetteer word ids (rm_text.gw,
   .groot); called again after rm_text_more, it tags the types added
   since. 0, or -1 when out of memory (matching on an untagged text goes
   by string). */
int rm_gaz_tag(const relmap_gazetteer *g, rm_text *t);

size_t rm_gaz_match_(const relmap_gazetteer *g, const rm_text *t, size_t i,
                     size_t end, int *entity, rm_alias_kind *kind);

/* Longest alias starting at token @p i (not beyond @p end). Returns its token
   count (0 if none) and sets *entity and *kind. Most words start no alias:
   on a tagged text that costs no call. */
static inline size_t rm_gaz_match(const relmap_gazetteer *g, const rm_text *t,
                                  size_t i, size_t end, int *entity,
                                  rm_alias_kind *kind)
{
    if (i >= end || (t->gaz == (const void *)g && t->groot[t->toks[i].type] < 0))
        return 0;
    return rm_gaz_match_(g, t, i, end, entity, kind);
}

const rm_entity *rm_gaz_entity(const relmap_gazetteer *g, int i);

/* How the first tokens of the aliases starting with word id w (rm_text.gw)
   are written: RM_GAZ_FIRST_* bits, 0 for none. */
enum { RM_GAZ_FIRST_ANY = 1, RM_GAZ_FIRST_CAP = 2, RM_GAZ_FIRST_UPPER = 4 };
unsigned rm_gaz_first_cases(const relmap_gazetteer *g, int w);

/* The one-word alias ending at trie node @p root (a rm_text.groot, not
   -1): *entity is its entity (with *kind, and *first its RM_GAZ_FIRST_*
   bit), or -1 for none. A match of that word alone is that alias when the
   word's case fits *first (rm_gaz_first_case_may), else none. Returns 1
   when no alias of two words or more starts there (then a match at the
   word is always that one), else 0. */
int rm_gaz_root_leaf(const relmap_gazetteer *g, long root, int *entity,
                     rm_alias_kind *kind, unsigned *first);

/* The trie's edges by (node, word id) hash, and a filter of a bit per
   hash set for every edge (RM_GAZ_BLOOM_BITS bits): a clear bit means no
   edge. */
enum { RM_GAZ_BLOOM_BITS = 65536 };
static inline unsigned long long rm_gaz_edge_hash64(long node, int word)
{
    unsigned long long h = (unsigned long long)node * 0x9E3779B97F4A7C15ULL ^
                           (unsigned long long)(unsigned)word * 0xC2B2AE3D27D4EB4FULL;
    return h ^ (h >> 29);
}
static inline size_t rm_gaz_bloom_bit(unsigned long long h)
{
    return (size_t)(h >> 40) & (RM_GAZ_BLOOM_BITS - 1);
}
const unsigned long long *rm_gaz_edge_filter(const relmap_gazetteer *g);
/* May trie node @p node (a rm_text.groot) go on by word id @p w? 0 means
   no alias goes on that way. */
static inline int rm_gaz_edge_may(const unsigned long long *filter, long node, int w)
{
    size_t b = rm_gaz_bloom_bit(rm_gaz_edge_hash64(node, w));
    return (int)((filter[b / 64] >> (b % 64)) & 1u);
}

/* Is word id @p w (rm_text.gw) the second word of some alias? A match of
   two words or more needs one after the first. 0 for -1. */
int rm_gaz_word_second(const relmap_gazetteer *g, int w);

/* Could a token with these RM_TOK_* flags be the first token of one of
   those aliases? (A match tests each token's case as written: lower case
   matches any, a capital needs RM_TOK_CAP, all capitals RM_TOK_ALLCAPS or
   a capitalised abbreviation.) */
static inline int rm_gaz_first_case_may(unsigned first, unsigned flags)
{
    return (first & RM_GAZ_FIRST_ANY) ||
           ((first & RM_GAZ_FIRST_CAP) && (flags & RM_TOK_CAP)) ||
           ((first & RM_GAZ_FIRST_UPPER) &&
            ((flags & RM_TOK_ALLCAPS) || ((flags & RM_TOK_ABBR) && (flags & RM_TOK_CAP))));
}

/* Slug for a display name: lower-case ASCII, runs of other bytes -> '_'. */
char *rm_slug(const char *label);

#endif
