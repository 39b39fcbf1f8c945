/* Gazetteer: names -> actors, matched longest-first over folded tokens.
 *
 * Each alias is tokenized with the same tokenizer as the text, so "U.S.",
 * "al-Qaeda" and "Côte d'Ivoire" match however the text spells them.
 * Aliases are stored in a trie over folded tokens, so the longest alias at
 * a position is found in one pass over at most as many tokens as the
 * longest alias, independent of the gazetteer's size. */
#include <jansson.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "gazetteer_int.h"
#include "internal.h"
#include "json_read.h"
#include "map.h"

enum { CASE_ANY = 0, CASE_CAP = 1, CASE_UPPER = 2 };

/* A pattern's tokens and cases are kept in relmap_gazetteer.pool, not
   in two allocations and a copy per token of their own: the built-in
   gazetteer has about 7,500 names of 16,500 tokens. */
typedef struct rm_pattern {
    size_t at; /* in pool: ntok CASE_* bytes, then the folded tokens, each
                  followed by a NUL */
    size_t ntok;
    int entity;
    rm_alias_kind kind;
} rm_pattern;

enum { BLOOM_BITS = RM_GAZ_BLOOM_BITS };

/* A trie node: all matching reads at each token, in 12 bytes (not the
   pattern: 32 bytes elsewhere, and its cases elsewhere again). */
typedef struct rm_node {
    int alias;      /* the pattern ending here: its entity * 4 + its
                       rm_alias_kind; -1 for none */
    unsigned cases; /* ... its CASE_* per token, 2 bits each from the low
                       ones (patterns of up to 16 tokens: matching goes no
                       further) */
    int kids;       /* its edges: kids[kids, the next node's kids); while
                       reindex builds the trie, their count */
} rm_node;

typedef struct rm_edge {
    int node, word, child; /* child < 0: empty slot */
} rm_edge;

/* An edge, in relmap_gazetteer.kids: those leaving a node lie side by
   side, so the next step of a match (one to three edges, mostly) scans a
   few adjacent pairs instead of probing the 400 KB edge table. */
typedef struct rm_kid {
    int word, child;
} rm_kid;

/* Nodes with up to this many edges are searched in kids, the others
   (the root, "al", "united") in the edge table. */
enum { KIDS_SCAN = 8 };

struct relmap_gazetteer {
    RM_VEC(rm_entity) ents;
    RM_VEC(rm_pattern) pats;
    RM_VEC(unsigned char) pool; /* the patterns' cases and tokens */
    rm_map by_label; /* id (slug of the label) -> entity */
    rm_map by_alias; /* folded alias (tokens joined by ' ') -> pattern */
    rm_map words;    /* folded alias token -> word id (rm_text.gw) */
    rm_edge *edges;  /* trie edges (node, word) -> child; open addressing */
    size_t cap, nedges;
    unsigned long long bloom[BLOOM_BITS / 64];
    unsigned long long wfilter[BLOOM_BITS / 64]; /* a bit per hash of a word
                                                    in words (wfilter_bit) */
    RM_VEC(rm_node) nodes; /* trie nodes, then one whose kids ends the
                              last node's */
    rm_kid *kids;          /* nedges: the edges by node (rm_node.kids) */
    RM_VEC(unsigned char) first; /* word id -> RM_GAZ_FIRST_* bits: the cases
                                    of the first token of the aliases (in
                                    the trie) starting with the word */
    RM_VEC(unsigned char) second; /* word id -> 1 if it is the second word
                                     of an alias (in the trie) */
    rm_text scratch;    /* reused while loading, to parse aliases */
    rm_buf keybuf;
    RM_VEC(char *) conflicts; /* names that moved to another entity */
    const char *loading;      /* the file being loaded, for conflicts */
};

char *rm_slug(const char *label)
{
    size_t n = strlen(label), o = 0, i;
    char stack[256], *tmp, *out;
    int us = 0;
    /* (the fold on the stack when short, as labels are: one malloc per
       entity at start-up, not two) */
    tmp = n * 2 + 2 <= sizeof stack ? stack : malloc(n * 2 + 2);
    if (tmp == NULL)
        return NULL;
    n = rm_fold(label, n, tmp, n * 2 + 2);
    out = malloc(n + 1);
    if (out == NULL) {
        if (tmp != stack)
            free(tmp);
        return NULL;
    }
    for (i = 0; i < n; i++) {
        char c = tmp[i];
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (us && o > 0)
                out[o++] = '_';
            us = 0;
            out[o++] = c;
        } else if (c != '\'') {
            us = 1;
        }
    }
    if (o == 0)
        out[o++] = '_';
    out[o] = '\0';
    if (tmp != stack)
        free(tmp);
    return out;
}

/* Pattern p's CASE_* per token (moves when the pool grows). */
static unsigned char *pat_cases(const relmap_gazetteer *g, const rm_pattern *p)
{
    return g->pool.v + p->at;
}

/* Its first folded token; the next starts after each one's NUL. */
static const char *pat_toks(const relmap_gazetteer *g, const rm_pattern *p)
{
    return (const char *)g->pool.v + p->at + p->ntok;
}

void relmap_gazetteer_free(relmap_gazetteer *g)
{
    size_t i;
    if (g == NULL)
        return;
    for (i = 0; i < g->ents.n; i++) {
        free(g->ents.v[i].id);
        free(g->ents.v[i].label);
    }
    for (i = 0; i < g->conflicts.n; i++)
        free(g->conflicts.v[i]);
    rm_vec_free(&g->conflicts);
    rm_vec_free(&g->ents);
    rm_vec_free(&g->pats);
    rm_vec_free(&g->pool);
    rm_map_free(&g->by_label);
    rm_map_free(&g->by_alias);
    rm_map_free(&g->words);
    free(g->edges);
    free(g->kids);
    rm_vec_free(&g->nodes);
    rm_vec_free(&g->first);
    rm_vec_free(&g->second);
    rm_text_free(&g->scratch);
    rm_buf_free(&g->keybuf);
    free(g);
}

size_t relmap_gazetteer_conflict_count(const relmap_gazetteer *g)
{
    return g ? g->conflicts.n : 0;
}

const char *relmap_gazetteer_conflict(const relmap_gazetteer *g, size_t i)
{
    return g && i < g->conflicts.n ? g->conflicts.v[i] : NULL;
}

size_t relmap_gazetteer_count(const relmap_gazetteer *g)
{
    return g ? g->ents.n : 0;
}

const rm_entity *rm_gaz_entity(const relmap_gazetteer *g, int i)
{
    return &g->ents.v[i];
}

/* Entities are keyed by their id (the slug), not by the label: the graph
   knows actors only by id, so two labels with one slug ("Foo!", "Foo?")
   must be one actor, or the graph would merge them behind the extractor's
   back (turning "Foo met Foo?" into a self-loop). */
static int add_entity(relmap_gazetteer *g, const char *label,
                      relmap_actor_type type, int has_type)
{
    rm_entity e;
    long found;
    memset(&e, 0, sizeof e);
    e.id = rm_slug(label);
    if (e.id == NULL)
        return -1;
    found = rm_map_get(&g->by_label, e.id, strlen(e.id));
    if (found >= 0) {
        free(e.id);
        if (has_type) /* a later file may re-type an actor, not un-type it */
            g->ents.v[found].type = type;
        return (int)found;
    }
    e.label = rm_strdup(label);
    e.type = type;
    if (e.label == NULL || rm_vec_push(&g->ents, e)) {
        free(e.label);
        free(e.id);
        return -1;
    }
    if (rm_map_put(&g->by_label, e.id, strlen(e.id), (long)g->ents.n - 1)) {
        g->ents.n--;
        free(e.label);
        free(e.id);
        return -1;
    }
    return (int)g->ents.n - 1;
}

/* The case a token of an alias asks its mention for. */
static unsigned char alias_case(unsigned f)
{
    if ((f & RM_TOK_ALLCAPS) || ((f & RM_TOK_ABBR) && (f & RM_TOK_CAP)))
        return CASE_UPPER;
    return (f & RM_TOK_CAP) ? CASE_CAP : CASE_ANY;
}

/* Add one alias. Returns 0, 1 if it replaced another entity's alias, -1 on
   allocation failure. Aliases that fold to nothing are ignored. */
static int add_alias(relmap_gazetteer *g, const char *alias, int entity,
                     rm_alias_kind kind)
{
    rm_text *t = &g->scratch;
    rm_pattern p;
    rm_buf *key = &g->keybuf;
    size_t i;
    long found;
    int rc = 0;

    if (rm_text_reparse_tokens(t, alias, strlen(alias)))
        return -1;
    if (t->ntoks == 0)
        return 0;
    key->len = 0;
    key->failed = 0;
    if (key->ptr)
        key->ptr[0] = '\0';
    for (i = 0; i < t->ntoks; i++) {
        if (i)
            rm_buf_putc(key, ' ');
        rm_buf_puts(key, rm_tok_fold(t, i));
    }
    if (key->failed)
        return -1;
    found = rm_map_get(&g->by_alias, key->ptr, key->len);
    if (found >= 0) {
        rm_pattern *old = &g->pats.v[found];
        if (old->entity != entity) {
            /* the later claim wins; say so */
            rm_buf msg = {0};
            rc = 1;
            rm_buf_printf(&msg, "%s: \"%s\" stood for %s and now stands for %s "
                          "(the later entity wins)", g->loading ? g->loading : "gazetteer",
                          alias, g->ents.v[old->entity].id, g->ents.v[entity].id);
            if (msg.failed || rm_vec_push(&g->conflicts, msg.ptr)) {
                rm_buf_free(&msg);
                return -1;
            }
        }
        old->entity = entity;
        old->kind = kind;
        /* "NATO" and "Nato": each spelling listed is accepted */
        for (i = 0; i < t->ntoks && i < old->ntok; i++) {
            unsigned char c = alias_case(t->toks[i].flags);
            if (c < pat_cases(g, old)[i])
                pat_cases(g, old)[i] = c;
        }
        return rc;
    }
    memset(&p, 0, sizeof p);
    p.at = g->pool.n;
    p.ntok = t->ntoks;
    p.entity = entity;
    p.kind = kind;
    /* the key holds the tokens, a space after each but the last */
    if (rm_vec_reserve_((void **)&g->pool.v, &g->pool.cap, g->pool.n + p.ntok + key->len + 1,
                        1))
        return -1;
    for (i = 0; i < t->ntoks; i++)
        g->pool.v[g->pool.n++] = alias_case(t->toks[i].flags);
    for (i = 0; i < t->ntoks; i++) {
        size_t n = strlen(rm_tok_fold(t, i));
        memcpy(g->pool.v + g->pool.n, rm_tok_fold(t, i), n + 1);
        g->pool.n += n + 1;
    }
    if (rm_vec_push(&g->pats, p)) {
        g->pool.n = p.at;
        return -1;
    }
    if (rm_map_put(&g->by_alias, key->ptr, key->len, (long)g->pats.n - 1)) {
        g->pats.n--;
        g->pool.n = p.at;
        return -1;
    }
    return 0;
}

/* Rebuild the token trie: one edge per (node, folded token), with tokens
   numbered in a word map so an edge is a pair of integers; a node that ends
   an alias records it. Text tokens are numbered once per document
   (rm_gaz_tag), so matching walks the text once per start position, never
   further than the longest alias, with no string work at all. */
static unsigned long long edge_hash64(long node, int word)
{
    return rm_gaz_edge_hash64(node, word);
}

static size_t edge_hash(long node, int word)
{
    return (size_t)edge_hash64(node, word);
}

/* A bit per (node, word) hash, set for every edge: most lookups in running
   text miss, and the 8 KB filter answers those without the edge table. */
static size_t bloom_bit(unsigned long long h)
{
    return rm_gaz_bloom_bit(h);
}

/* A bit of relmap_gazetteer.wfilter for a word's rm_map_hash: most words
   of a text are in no alias, and rm_gaz_tag answers those without a probe
   of the word map. */
static size_t wfilter_bit(size_t h)
{
    return (size_t)(((unsigned long long)h * 0x9E3779B97F4A7C15ull) >> 48) & (BLOOM_BITS - 1);
}

static long edge_get(const relmap_gazetteer *g, long node, int word)
{
    size_t i, b;
    unsigned long long h;
    if (g->cap == 0)
        return -1;
    h = edge_hash64(node, word);
    b = bloom_bit(h);
    if (!((g->bloom[b / 64] >> (b % 64)) & 1u))
        return -1;
    for (i = (size_t)h & (g->cap - 1);; i = (i + 1) & (g->cap - 1)) {
        const rm_edge *e = &g->edges[i];
        if (e->child < 0)
            return -1;
        if (e->node == node && e->word == word)
            return (long)e->child;
    }
}

/* Make the edge table hold n edges (at most half full). */
static int edges_reserve(relmap_gazetteer *g, size_t n)
{
    size_t ncap = g->cap ? g->cap : 256, j;
    rm_edge *ne;
    if (n == 0)
        return 0; /* (no table for no alias) */
    if (n > ((size_t)-1 / sizeof *ne) / 4)
        return -1;
    while (n * 2 > ncap)
        ncap *= 2;
    if (ncap == g->cap)
        return 0;
    if ((ne = malloc(ncap * sizeof *ne)) == NULL)
        return -1;
    for (j = 0; j < ncap; j++)
        ne[j].child = -1;
    for (j = 0; j < g->cap; j++) {
        const rm_edge *e = &g->edges[j];
        size_t k;
        if (e->child < 0)
            continue;
        for (k = edge_hash(e->node, e->word) & (ncap - 1); ne[k].child >= 0;
             k = (k + 1) & (ncap - 1))
            ;
        ne[k] = *e;
    }
    free(g->edges);
    g->edges = ne;
    g->cap = ncap;
    return 0;
}

static int edge_put(relmap_gazetteer *g, long node, int word, long child)
{
    size_t i;
    if (edges_reserve(g, g->nedges + 1))
        return -1;
    for (i = edge_hash(node, word) & (g->cap - 1); g->edges[i].child >= 0;
         i = (i + 1) & (g->cap - 1))
        ;
    g->edges[i].node = (int)node;
    g->edges[i].word = word;
    g->edges[i].child = (int)child;
    g->nedges++;
    {
        size_t b = bloom_bit(edge_hash64(node, word));
        g->bloom[b / 64] |= 1ULL << (b % 64);
    }
    return 0;
}

/* Decimal digits of a node number, plus the separator: the length of the
   "<node>\x1f" prefix the trie keys once had. Aliases whose keys did not fit
   600 bytes were left unmatched; they still are. */
static size_t key_prefix(long node)
{
    size_t d = 1;
    while (node >= 10) {
        node /= 10;
        d++;
    }
    return d + 1;
}

/* Leave no trie: every lookup misses (a reindex that failed). */
static void no_trie(relmap_gazetteer *g)
{
    rm_map_free(&g->words);
    free(g->edges);
    g->edges = NULL;
    free(g->kids);
    g->kids = NULL;
    g->cap = g->nedges = 0;
    memset(g->bloom, 0, sizeof g->bloom);
    memset(g->wfilter, 0, sizeof g->wfilter);
    g->nodes.n = 0;
    g->first.n = 0;
    g->second.n = 0;
}

/* Lay the edges out by node (rm_node.kids, relmap_gazetteer.kids) and
   end the nodes with one past the last: its kids ends the last node's. */
static int lay_out_kids(relmap_gazetteer *g)
{
    size_t i, at = 0;
    if (rm_vec_push(&g->nodes, ((rm_node){-1, 0, 0})))
        return -1;
    g->kids = malloc((g->nedges ? g->nedges : 1) * sizeof *g->kids);
    if (g->kids == NULL)
        return -1;
    for (i = 0; i < g->nodes.n; i++) {
        size_t n = (size_t)g->nodes.v[i].kids;
        g->nodes.v[i].kids = (int)at; /* (a fill pointer first) */
        at += n;
    }
    for (i = 0; i < g->cap; i++) {
        const rm_edge *e = &g->edges[i];
        if (e->child >= 0)
            g->kids[g->nodes.v[e->node].kids++] = (rm_kid){e->word, e->child};
    }
    /* each node's fill pointer ended where the next node's edges start */
    for (i = g->nodes.n - 1; i > 0; i--)
        g->nodes.v[i].kids = g->nodes.v[i - 1].kids;
    g->nodes.v[0].kids = 0;
    return 0;
}

static int reindex(relmap_gazetteer *g)
{
    size_t i, k, ntoks;
    no_trie(g);
    /* Sized up front so that building grows no table. A node per token
       at most (and the root, and lay_out_kids' end); the tables are
       guesses, as both are at most half full, for the words at one per
       alias (7,452 words to 7,382 aliases in the built-in gazetteer) and
       the edges at one per two tokens (12,964 to 16,540): sized for
       every token they would be twice the size. */
    for (i = 0, ntoks = 0; i < g->pats.n; i++)
        ntoks += g->pats.v[i].ntok;
    if (rm_vec_reserve_((void **)&g->nodes.v, &g->nodes.cap, ntoks + 2, sizeof *g->nodes.v) ||
        rm_vec_reserve_((void **)&g->first.v, &g->first.cap, g->pats.n, 1) ||
        rm_vec_reserve_((void **)&g->second.v, &g->second.cap, g->pats.n, 1) ||
        rm_map_reserve(&g->words, g->pats.n) || edges_reserve(g, ntoks / 2))
        goto fail;
    if (rm_vec_push(&g->nodes, ((rm_node){-1, 0, 0}))) /* root */
        goto fail;
    for (i = 0; i < g->pats.n; i++) {
        const rm_pattern *p = &g->pats.v[i];
        const char *tok = pat_toks(g, p);
        long node = 0, w0 = -1;
        for (k = 0; k < p->ntok; k++, tok += strlen(tok) + 1) {
            size_t n = strlen(tok);
            long child, w;
            if (key_prefix(node) + n >= 600)
                break;
            w = rm_map_get(&g->words, tok, n);
            if (w < 0) {
                size_t b = wfilter_bit(rm_map_hash(tok, n));
                w = (long)g->words.count;
                if (rm_map_put(&g->words, tok, n, w) ||
                    rm_vec_push(&g->first, (unsigned char)0) ||
                    rm_vec_push(&g->second, (unsigned char)0))
                    goto fail;
                g->wfilter[b / 64] |= 1ULL << (b % 64);
            }
            if (k == 0)
                w0 = w;
            child = edge_get(g, node, (int)w);
            if (child < 0) {
                /* (edges hold nodes as int; one more ends the nodes) */
                if (g->nodes.n >= INT_MAX - 1 ||
                    rm_vec_push(&g->nodes, ((rm_node){-1, 0, 0})))
                    goto fail;
                child = (long)g->nodes.n - 1;
                if (edge_put(g, node, (int)w, child))
                    goto fail;
                g->nodes.v[node].kids++;
            }
            if (k == 1)
                g->second.v[w] = 1;
            node = child;
        }
        if (k == p->ntok) {
            unsigned cases = 0;
            size_t q;
            if (p->entity < 0 || p->entity > INT_MAX / 4)
                goto fail;
            for (q = 0; q < p->ntok && q < 16; q++)
                cases |= (unsigned)pat_cases(g, p)[q] << (2 * q);
            g->nodes.v[node].alias = p->entity * 4 + (int)p->kind;
            g->nodes.v[node].cases = cases;
            g->first.v[w0] |= pat_cases(g, p)[0] == CASE_UPPER ? RM_GAZ_FIRST_UPPER
                              : pat_cases(g, p)[0] == CASE_CAP ? RM_GAZ_FIRST_CAP
                                                        : RM_GAZ_FIRST_ANY;
        }
    }
    if (lay_out_kids(g))
        goto fail;
    return 0;
fail:
    no_trie(g);
    return -1;
}

int rm_gaz_root_leaf(const relmap_gazetteer *g, long root, int *entity,
                     rm_alias_kind *kind, unsigned *first)
{
    const rm_node *nd;
    if (root < 0 || (size_t)root + 1 >= g->nodes.n)
        return 0;
    nd = &g->nodes.v[root];
    *entity = -1;
    if (nd->alias >= 0) {
        *entity = nd->alias / 4;
        *kind = (rm_alias_kind)(nd->alias % 4);
        *first = (nd->cases & 3u) == CASE_UPPER ? RM_GAZ_FIRST_UPPER
                 : (nd->cases & 3u) == CASE_CAP ? RM_GAZ_FIRST_CAP
                                                : RM_GAZ_FIRST_ANY;
    }
    return nd[1].kids == nd[0].kids;
}

const unsigned long long *rm_gaz_edge_filter(const relmap_gazetteer *g)
{
    return g->bloom;
}

int rm_gaz_word_second(const relmap_gazetteer *g, int w)
{
    return w >= 0 && (size_t)w < g->second.n && g->second.v[w];
}

unsigned rm_gaz_first_cases(const relmap_gazetteer *g, int w)
{
    return w < 0 || (size_t)w >= g->first.n ? 0 : g->first.v[w];
}

int rm_gaz_tag(const relmap_gazetteer *g, rm_text *t)
{
    /* one lookup per distinct word of the text */
    size_t i, n = t->ntypes + 1;
    if (t->gaz != (const void *)g)
        t->ngaz = 0;
    t->gaz = NULL;
    if (n > t->capgaz_) {
        size_t cap = t->capgaz_ ? t->capgaz_ : 64;
        int *gw;
        long *groot;
        while (cap < n)
            cap *= 2;
        gw = realloc(t->gw, cap * sizeof *t->gw);
        if (gw)
            t->gw = gw;
        groot = realloc(t->groot, cap * sizeof *t->groot);
        if (groot)
            t->groot = groot;
        if (gw == NULL || groot == NULL)
            return -1; /* stay untagged: matching goes by string */
        t->capgaz_ = cap;
    }
    for (i = t->ngaz; i < t->ntypes; i++) {
        size_t b = wfilter_bit(t->types[i].hash);
        int w = !((g->wfilter[b / 64] >> (b % 64)) & 1u)
                    ? -1 /* (in no alias: the filter has every word's bit) */
                    : (int)rm_map_get_h(&g->words, t->folds + t->types[i].fold,
                                        t->types[i].nfold, t->types[i].hash);
        t->gw[i] = w;
        t->groot[i] = w < 0 ? -1 : edge_get(g, 0, w);
    }
    t->ngaz = t->ntypes;
    t->gaz = g;
    return 0;
}

static int case_ok(unsigned char want, unsigned flags)
{
    if (want == CASE_UPPER)
        return (flags & RM_TOK_ALLCAPS) ||
               ((flags & RM_TOK_ABBR) && (flags & RM_TOK_CAP));
    if (want == CASE_CAP)
        return (flags & RM_TOK_CAP) != 0;
    return 1;
}

/* The child of @p node by word @p w, or -1. */
static inline long child_of(const relmap_gazetteer *g, long node, int w)
{
    const rm_node *nd = &g->nodes.v[node];
    int a = nd[0].kids, b = nd[1].kids;
    if (b - a > KIDS_SCAN)
        return edge_get(g, node, w);
    for (; a < b; a++)
        if (g->kids[a].word == w)
            return g->kids[a].child;
    return -1;
}

size_t rm_gaz_match_(const relmap_gazetteer *g, const rm_text *t, size_t i,
                     size_t end, int *entity, rm_alias_kind *kind)
{
    long node = 0;
    int alias = -1;
    size_t k, best = 0;
    for (k = i; k < end && k - i < 16; k++) {
        const rm_token *tk = &t->toks[k];
        const rm_node *nd;
        int w;
        /* a name does not run across a paragraph break */
        if (k > i && (tk->flags & RM_TOK_PARA))
            break;
        if (t->gaz == g && k == i) {
            node = t->groot[tk->type]; /* the root's edge, looked up once */
            if (node < 0)
                break;
        } else {
            w = t->gaz == g ? t->gw[tk->type]
                            : (int)rm_map_get(&g->words, rm_tok_fold(t, k), tk->nfold);
            if (w < 0 || (node = child_of(g, node, w)) < 0)
                break;
        }
        nd = &g->nodes.v[node];
        if (nd->alias >= 0) {
            /* the pattern's tokens are the k - i + 1 walked */
            size_t q, ntok = k - i + 1;
            for (q = 0; q < ntok; q++)
                if (!case_ok((nd->cases >> (2 * q)) & 3u, t->toks[i + q].flags))
                    break;
            if (q == ntok) {
                best = ntok;
                alias = nd->alias;
            }
        }
        if (nd[1].kids == nd[0].kids)
            break; /* no longer alias goes on from here */
    }
    if (alias >= 0) {
        *entity = alias / 4;
        *kind = (rm_alias_kind)(alias % 4);
    }
    return best;
}

static int load_names(relmap_gazetteer *g, json_t *ent, const char *field,
                      int entity, rm_alias_kind kind, const char *name,
                      size_t idx, relmap_error *err)
{
    json_t *arr = json_object_get(ent, field), *v;
    size_t i;
    if (arr == NULL)
        return 0;
    if (!json_is_array(arr))
        return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                            "entities[%zu].%s: expected an array of strings",
                            idx, field);
    json_array_foreach(arr, i, v) {
        if (!json_is_string(v))
            return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                                "entities[%zu].%s[%zu]: expected a string",
                                idx, field, i);
        if (add_alias(g, json_string_value(v), entity, kind) < 0)
            return rm_error_set(err, RELMAP_ENOMEM, name, 0, 0,
                                "out of memory");
    }
    return 0;
}

/* "called": the head nouns an actor answers to ("the kingdom"). */
static int load_called(relmap_gazetteer *g, json_t *ent, int entity, const char *name,
                       size_t idx, relmap_error *err)
{
    json_t *arr = json_object_get(ent, "called"), *v;
    rm_entity *e = &g->ents.v[entity];
    size_t i;
    if (arr == NULL)
        return 0;
    if (!json_is_array(arr))
        return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                            "entities[%zu].called: expected an array of words", idx);
    json_array_foreach(arr, i, v) {
        char w[16];
        int k, dup = 0;
        if (!json_is_string(v) || json_string_length(v) == 0 ||
            json_string_length(v) >= sizeof w || strchr(json_string_value(v), ' '))
            return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                                "entities[%zu].called[%zu]: expected one word of at most "
                                "%zu bytes", idx, i, sizeof w - 1);
        rm_fold(json_string_value(v), json_string_length(v), w, sizeof w);
        for (k = 0; k < e->ncalled; k++)
            dup |= strcmp(e->called[k], w) == 0;
        if (dup)
            continue;
        if (e->ncalled >= 4)
            return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                                "entities[%zu].called: at most 4 words", idx);
        memcpy(e->called[e->ncalled++], w, sizeof w);
    }
    return 0;
}

int rm_gaz_called(const relmap_gazetteer *g, int e, const char *head)
{
    int k;
    if (e < 0 || (size_t)e >= g->ents.n)
        return 0;
    for (k = 0; k < g->ents.v[e].ncalled; k++)
        if (strcmp(g->ents.v[e].called[k], head) == 0)
            return 1;
    return 0;
}

/* Room for the entities and names of ents on top of those loaded, so
   that loading grows no table: the maps' doublings had been a third of
   start-up's page faults. (Names that fold alike or to nothing take no
   room; the pool's size is a guess, at two bytes over each name's.) */
static int reserve_for(relmap_gazetteer *g, json_t *ents)
{
    static const char *const fields[] = {"aliases", "demonyms", "places", "people"};
    size_t i, k, nents = 0, nnames = 0, bytes = 0;
    json_t *ent, *arr, *v;
    json_array_foreach(ents, i, ent) {
        json_t *id = json_object_get(ent, "id");
        nents++;
        if (json_is_string(id)) {
            nnames++;
            bytes += json_string_length(id) + 2;
        }
        for (k = 0; k < sizeof fields / sizeof fields[0]; k++) {
            size_t j;
            if (!json_is_array(arr = json_object_get(ent, fields[k])))
                continue;
            json_array_foreach(arr, j, v) {
                nnames++;
                bytes += json_string_length(v) + 2;
            }
        }
    }
    return rm_vec_reserve_((void **)&g->ents.v, &g->ents.cap, g->ents.n + nents,
                           sizeof *g->ents.v) ||
           rm_vec_reserve_((void **)&g->pats.v, &g->pats.cap, g->pats.n + nnames,
                           sizeof *g->pats.v) ||
           rm_vec_reserve_((void **)&g->pool.v, &g->pool.cap, g->pool.n + bytes, 1) ||
           rm_map_reserve(&g->by_label, g->by_label.count + nents) ||
           rm_map_reserve(&g->by_alias, g->by_alias.count + nnames);
}

int relmap_gazetteer_load_json(relmap_gazetteer *g, const char *json,
                               size_t len, const char *name,
                               relmap_error *err)
{
    json_error_t jerr;
    json_t *root, *ents, *ent;
    size_t i;
    int rc = 0;

    if (g == NULL || json == NULL)
        return rm_error_set(err, RELMAP_EINVAL, name, 0, 0, "no input");
    root = rm_json_loadb(json, len, &jerr);
    if (root == NULL)
        return rm_error_set(err, RELMAP_EPARSE, name, jerr.line, jerr.column,
                            "%s", jerr.text);
    ents = json_object_get(root, "entities");
    if (!json_is_object(root) || !json_is_array(ents)) {
        json_decref(root);
        return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                            "expected an object with an \"entities\" array");
    }
    if (reserve_for(g, ents)) {
        json_decref(root);
        return rm_error_set(err, RELMAP_ENOMEM, name, 0, 0, "out of memory");
    }
    g->loading = name;
    json_array_foreach(ents, i, ent) {
        const char *id, *type;
        int t, e;
        if (!json_is_object(ent)) {
            rc = rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                              "entities[%zu]: expected an object", i);
            break;
        }
        id = json_string_value(json_object_get(ent, "id"));
        type = json_string_value(json_object_get(ent, "type"));
        if (id == NULL || id[0] == '\0') {
            rc = rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                              "entities[%zu].id: expected a non-empty string", i);
            break;
        }
        t = type ? relmap_actor_type_from_name(type) : RELMAP_ACTOR_COUNTRY;
        if (t < 0) {
            rc = rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                              "entities[%zu].type: unknown actor type \"%s\" "
                              "(expected country, organization or bloc)",
                              i, type);
            break;
        }
        e = add_entity(g, id, (relmap_actor_type)t, type != NULL);
        if (e < 0 || add_alias(g, id, e, RM_ALIAS_NAME) < 0) {
            rc = rm_error_set(err, RELMAP_ENOMEM, name, 0, 0, "out of memory");
            break;
        }
        if ((rc = load_names(g, ent, "aliases", e, RM_ALIAS_NAME, name, i, err)) ||
            (rc = load_names(g, ent, "demonyms", e, RM_ALIAS_DEMONYM, name, i, err)) ||
            (rc = load_names(g, ent, "places", e, RM_ALIAS_PLACE, name, i, err)) ||
            (rc = load_names(g, ent, "people", e, RM_ALIAS_PERSON, name, i, err)) ||
            (rc = load_called(g, ent, e, name, i, err)))
            break;
    }
    json_decref(root);
    g->loading = NULL;
    rm_text_free(&g->scratch);
    rm_buf_free(&g->keybuf);
    if (rc == 0 && reindex(g))
        rc = rm_error_set(err, RELMAP_ENOMEM, name, 0, 0, "out of memory");
    return rc;
}

int relmap_gazetteer_load_file(relmap_gazetteer *g, const char *path,
                               relmap_error *err)
{
    char *data;
    size_t len;
    int rc = rm_read_file(path, &data, &len, err);
    if (rc)
        return rc;
    rc = relmap_gazetteer_load_json(g, data, len, path, err);
    free(data);
    return rc;
}

int relmap_gazetteer_new(relmap_gazetteer **out, int empty, relmap_error *err)
{
    relmap_gazetteer *g = calloc(1, sizeof *g);
    int rc;
    *out = NULL;
    if (g == NULL)
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    if (!empty) {
        rc = relmap_gazetteer_load_json(
            g, (const char *)rm_data_gazetteer, rm_data_gazetteer_len,
            "built-in gazetteer", err);
        if (rc) {
            relmap_gazetteer_free(g);
            return rc;
        }
    }
    *out = g;
    return 0;
}
