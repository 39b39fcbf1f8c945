/* Lexicon: relation triggers, modality cues and word classes, loaded from
 * JSON (built-in data first, user files on top).
 *
 * Every phrase is tokenized with the text tokenizer and stored by its first
 * folded token; lookups at a text position cost one hash probe plus the
 * phrases sharing that first word, longest first. Verbs are inflected here
 * (supply -> supplies, supplied, supplying) unless verb_forms lists them. */
#include <jansson.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "json_read.h"
#include "lexicon_int.h"
#include "map.h"

/* A phrase's tokens and word ids are kept in the lexicon's pools, not in
   allocations of their own (the built-in lexicon has about 4,600
   phrases). */
typedef struct rm_phrase {
    size_t toks; /* in relmap_lexicon.pool: the folded tokens, each followed
                    by a NUL */
    size_t ids;  /* in relmap_lexicon.ids: the vocabulary id of each token
                    (set by rebuild_vocab; -1 before) */
    size_t ntok;
    int value;
    rm_form form;
    size_t next;
} rm_phrase;

typedef struct rm_table {
    RM_VEC(rm_phrase) v;
    rm_map first;
} rm_table;

/* Tables indexed per vocabulary word: triggers, cues, then the classes. */
enum { SLOT_TRIG = RM_SLOT_TRIG, SLOT_CUE = RM_SLOT_CUE, SLOT_CLS = RM_SLOT_CLS,
       NSLOTS = RM_NSLOTS };

/* A word of some phrase: the tables with phrases starting with it and
   where their chains are. Text tokens are tagged with their word id once
   per document, so matching compares integers, never strings.

   This is all rm_lex_table_at reads of a word, in one cache line (the
   records are 64 bytes, 64-byte aligned): a record with the chain head of
   every table (64 of them) took 320 bytes, and a lookup touched two of its
   lines, with 2,800 words the records did not stay in cache. The class
   bits, read only when a text is tagged, are in relmap_lexicon.wcls. */
typedef struct rm_lword {
    unsigned long long mask;   /* bit per table with a phrase starting here */
    unsigned long long single; /* bit per table with a one-word phrase here */
    unsigned long long multi;  /* bit per table with a longer phrase here */
    unsigned long long second[4]; /* filter over the second words of the
                                     longer phrases starting here */
    int heads; /* in relmap_lexicon.heads: a chain per bit of mask, in
                  table order */
    int unused_;
} rm_lword;
_Static_assert(sizeof(rm_lword) == 64, "a word's record is one cache line");

/* A phrase as matching reads it: the phrases of a chain (those of a table
   starting with one word, longest first) lie side by side in
   relmap_lexicon.links, the last one marked, so a lookup walks adjacent
   16-byte records instead of following rm_phrase.next through the table,
   and compares the second word without reading relmap_lexicon.ids. */
typedef struct rm_link {
    int id1;      /* word id of the second token (-1 for one token) */
    int value;
    unsigned ids; /* in relmap_lexicon.ids: the word id of each token */
    unsigned ntok : 28;
    unsigned form : 3; /* rm_form */
    unsigned last : 1; /* the chain ends here */
} rm_link;

enum { LINK_MAX_TOKS = (1 << 28) - 1 };

/* Bits set in x: the rank of a table among a word's (rm_lword.heads).
   (The builtin would be a libgcc call without -mpopcnt.) */
static inline unsigned popcount64(unsigned long long x)
{
    x = x - ((x >> 1) & 0x5555555555555555ULL);
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return (unsigned)((x * 0x0101010101010101ULL) >> 56);
}

/* Bits of relmap_lexicon.vfilter: most words of a text are in no phrase,
   and rm_lex_tag answers those without a probe of the vocab map. */
enum { VFILTER_BITS = 65536 };

static size_t vfilter_bit(size_t h)
{
    return (size_t)(((unsigned long long)h * 0x9E3779B97F4A7C15ull) >> 48);
}

static unsigned second_bit(int w)
{
    return ((unsigned)w * 2654435761u) >> 24; /* 0..255 */
}

struct relmap_lexicon {
    rm_lex_pub pub; /* triggers, cues (first: see lexicon_int.h) */
    RM_VEC(char *) cue_texts;
    RM_VEC(rm_words) cue_unless; /* cues' unless_next lists, one per entry */
    rm_table trig, cue, cls[RM_C__COUNT];
    rm_map irregular; /* base -> index in irr_forms */
    rm_map wordcls;   /* single word -> class bits (rebuilt after loading) */
    /* The same for the words shorter than 8 bytes (most that are asked:
       prepositions, abbreviations), by their rm_len_key, which is the
       word: no hash of the string, no compare. Open addressing, a power
       of two of slots, key 0 = empty (a key holds the length, never 0). */
    struct wshort {
        unsigned long long key, cls;
    } *wshort;
    size_t wshort_cap;
    int cls_stale;    /* the class tables changed since wordcls was built */
    RM_VEC(char *) irr_forms; /* "sends\0sent\0sending\0" style, space-joined */
    rm_map vocab;             /* folded word -> index in words */
    rm_lword *words;          /* per word, 64-byte aligned (rebuild_vocab) */
    unsigned long long *wsec; /* per word: the tables where it is the second
                                 word of a longer phrase (rm_lex_word_second) */
    RM_VEC(unsigned long long) wcls; /* per word: its class bits */
    RM_VEC(int) heads;        /* rm_lword.heads: chains' first links */
    RM_VEC(rm_link) links;    /* the tables' chains, each contiguous */
    unsigned long long vfilter[VFILTER_BITS / 64]; /* a bit per hash of a
                                                      vocab word (vfilter_bit) */
    rm_text scratch; /* reused while loading, to parse phrases */
    RM_VEC(char) pool; /* rm_phrase.toks */
    RM_VEC(int) ids;   /* rm_phrase.ids */
};

/* The first folded token of phrase p; the next starts after each one's
   NUL. */
static const char *phrase_toks(const relmap_lexicon *lx, const rm_phrase *p)
{
    return lx->pool.v + p->toks;
}

/* The vocabulary id of each token of p. */
static const int *phrase_ids(const relmap_lexicon *lx, const rm_phrase *p)
{
    return lx->ids.v + p->ids;
}

static const char *const class_names[RM_C__COUNT] = {
    "be", "aux", "determiners", "prepositions", "venue_prepositions",
    "coordinators", "clause_breaks", "subordinators", "relatives",
    "role_nouns", "org_nouns", "backing_words", "based_words",
    "country_anaphors", "org_anaphors", "pronouns", "event_anaphors", "goods",
    "containers", "abbreviations", "org_heads", "country_heads", "group_anaphors", "envoys", "reporting", "claim_nouns", "hosting_words", "quantities", "light_verbs", "np_adjectives", "private_nouns", "attending_words", "gatherings", "tie_words", "restricted_heads", "place_adjectives", "time_words", "adverbs", "messages", "undoing_words", "honorifics", "name_suffixes", "name_heads", "generic_name_words", "name_short_suffixes", "reducing_words", "event_time_words", "treaty_verbs", "member_nouns", "unit_nouns", "alignment_words", "firing_verbs", "number_words", "relation_nouns", "leading_words", "knowing_words", "approximators", "prospective_words", "institutions", "refusing_words", "origin_participles", "instrument_nouns"};

static int rebuild_word_classes(relmap_lexicon *lx);

static rm_table *table_of(relmap_lexicon *lx, int slot)
{
    return slot == SLOT_TRIG ? &lx->trig : slot == SLOT_CUE ? &lx->cue
                                                            : &lx->cls[slot - SLOT_CLS];
}

static void table_free(rm_table *t)
{
    rm_vec_free(&t->v);
    rm_map_free(&t->first);
}

/* Add a phrase; chains stay sorted longest first. The phrase is parsed
   into lx->scratch, whose buffers serve every phrase of a load. */
static int table_add(relmap_lexicon *lx, rm_table *t, const char *phrase,
                     int value, rm_form form)
{
    rm_text *tx = &lx->scratch;
    rm_phrase p;
    size_t i, n0 = 0, need = 0;
    long head;
    const char *tok0;
    if (rm_text_reparse_tokens(tx, phrase, strlen(phrase)))
        return -1;
    if (tx->ntoks == 0)
        return 0;
    p.ntok = tx->ntoks;
    p.value = value;
    p.form = form;
    p.next = (size_t)-1;
    p.ids = (size_t)-1;
    p.toks = lx->pool.n;
    for (i = 0; i < tx->ntoks; i++)
        need += strlen(rm_tok_fold(tx, i)) + 1;
    if (rm_vec_reserve_((void **)&lx->pool.v, &lx->pool.cap, lx->pool.n + need, 1))
        return -1;
    for (i = 0; i < tx->ntoks; i++) {
        size_t n = strlen(rm_tok_fold(tx, i));
        memcpy(lx->pool.v + lx->pool.n, rm_tok_fold(tx, i), n + 1);
        lx->pool.n += n + 1;
        if (i == 0)
            n0 = n;
    }
    if (rm_vec_push(&t->v, p)) {
        lx->pool.n = p.toks;
        return -1;
    }
    i = t->v.n - 1;
    tok0 = lx->pool.v + p.toks;
    head = rm_map_get(&t->first, tok0, n0);
    if (head < 0 || t->v.v[head].ntok <= p.ntok) {
        t->v.v[i].next = head < 0 ? (size_t)-1 : (size_t)head;
        return rm_map_put(&t->first, tok0, n0, (long)i);
    } else {
        size_t cur = (size_t)head;
        while (t->v.v[cur].next != (size_t)-1 &&
               t->v.v[t->v.v[cur].next].ntok > p.ntok)
            cur = t->v.v[cur].next;
        t->v.v[i].next = t->v.v[cur].next;
        t->v.v[cur].next = i;
    }
    return 0;
}

/* Word id of token j: its tag, or a lookup when @p t was not tagged with
   this lexicon. */
static inline int word_at(const relmap_lexicon *lx, const rm_text *t, size_t j)
{
    if (t->lex == lx)
        return t->lw[t->toks[j].type];
    return (int)rm_map_get(&lx->vocab, rm_tok_fold(t, j), t->toks[j].nfold);
}

/* Does the phrase of link l stand at token i? w1: word_at(i + 1) when
   i + 1 < end. */
static int link_at(const relmap_lexicon *lx, const rm_link *l,
                   const rm_text *t, size_t i, size_t end, int w1)
{
    const int *ids;
    size_t k, ntok = l->ntok;
    if (i + ntok > end)
        return 0;
    if (ntok == 1)
        return 1;
    /* equal word ids = equal folded strings: every phrase token is in the
       vocabulary, and a text token outside it has id -1 */
    if (l->id1 != w1)
        return 0;
    ids = lx->ids.v + l->ids;
    for (k = 2; k < ntok; k++)
        if (word_at(lx, t, i + k) != ids[k])
            return 0;
    return 1;
}

/* A phrase of a word's chain as a hit. */
static inline void set_hit(rm_hit *h, const rm_link *l)
{
    h->ntok = l->ntok;
    h->value = l->value;
    h->form = (rm_form)l->form;
}

/* The first link of word w's chain in table slot, which it has
   (rm_lword.mask). */
static inline const rm_link *chain_of(const relmap_lexicon *lx, const rm_lword *lw,
                                      int slot)
{
    unsigned rank = popcount64(lw->mask & ((1ULL << slot) - 1));
    return &lx->links.v[lx->heads.v[lw->heads + (int)rank]];
}

size_t rm_lex_table_at(const relmap_lexicon *lx, int slot, const rm_text *t,
                       size_t i, size_t end, rm_hit *out, size_t max)
{
    const rm_lword *lw;
    const rm_link *l;
    int w, w1;
    size_t n = 0;
    if (i >= end || max == 0 || (w = word_at(lx, t, i)) < 0 ||
        !(((lw = &lx->words[w])->mask >> slot) & 1u))
        return 0;
    w1 = i + 1 < end ? word_at(lx, t, i + 1) : -1;
    /* "the", "was": long chains of two- and three-word phrases; most
       second words start none of them */
    if (!((lw->single >> slot) & 1u)) {
        unsigned b;
        if (w1 < 0)
            return 0;
        b = second_bit(w1);
        if (!((lw->second[b / 64] >> (b % 64)) & 1u))
            return 0;
    }
    l = chain_of(lx, lw, slot);
    if (max == 1 && !((lw->multi >> slot) & 1u)) {
        /* only one-word phrases here (","): the head matches */
        set_hit(&out[0], l);
        return 1;
    }
    for (;; l++) {
        if (link_at(lx, l, t, i, end, w1)) {
            set_hit(&out[n], l);
            if (++n == max)
                break;
        }
        if (l->last)
            break;
    }
    return n;
}

int rm_lex_tag(const relmap_lexicon *lx, rm_text *t)
{
    /* one lookup per distinct word of the text; a text read a piece at a
       time (rm_text_more) tags the types each piece added */
    size_t i, n = t->ntypes + 1;
    if (t->lex != (const void *)lx)
        t->nlex = 0;
    t->lex = NULL;
    if (n > t->caplex_) {
        size_t cap = t->caplex_ ? t->caplex_ : 64;
        int *lw;
        unsigned long long *lmask, *lcls;
        while (cap < n)
            cap *= 2;
        lw = realloc(t->lw, cap * sizeof *t->lw);
        if (lw)
            t->lw = lw;
        lmask = realloc(t->lmask, cap * sizeof *t->lmask);
        if (lmask)
            t->lmask = lmask;
        lcls = realloc(t->lcls, cap * sizeof *t->lcls);
        if (lcls)
            t->lcls = lcls;
        if (lw == NULL || lmask == NULL || lcls == NULL)
            return -1; /* stay untagged: lookups go by string */
        t->caplex_ = cap;
    }
    for (i = t->nlex; i < t->ntypes; i++) {
        size_t b = vfilter_bit(t->types[i].hash);
        int w = !((lx->vfilter[b / 64] >> (b % 64)) & 1u)
                    ? -1 /* (in no phrase: the filter has every word's bit) */
                    : (int)rm_map_get_h(&lx->vocab, t->folds + t->types[i].fold,
                                        t->types[i].nfold, t->types[i].hash);
        t->lw[i] = w;
        t->lmask[i] = w < 0 ? 0 : lx->words[w].mask;
        t->lcls[i] = w < 0 ? 0 : lx->wcls.v[w];
    }
    t->nlex = t->ntypes;
    t->lex = lx;
    return 0;
}

unsigned long long rm_lex_tok_classes_(const relmap_lexicon *lx, const rm_text *t, size_t i)
{
    int w = word_at(lx, t, i);
    return w < 0 ? 0 : lx->wcls.v[w];
}

int rm_lex_is(const relmap_lexicon *lx, rm_class c, const char *fold, size_t n)
{
    return (rm_lex_word_classes(lx, fold, n) >> c) & 1u;
}

static inline size_t wshort_slot(unsigned long long key, size_t cap)
{
    return (size_t)((key * 0x9E3779B97F4A7C15ull) >> 32) & (cap - 1);
}

unsigned long long rm_lex_word_classes(const relmap_lexicon *lx, const char *fold, size_t n)
{
    long v;
    if (n > 0 && n < 8 && lx->wshort) {
        unsigned long long key = rm_len_key(rm_fold_key(fold, n), n);
        size_t i;
        for (i = wshort_slot(key, lx->wshort_cap); lx->wshort[i].key;
             i = (i + 1) & (lx->wshort_cap - 1))
            if (lx->wshort[i].key == key)
                return lx->wshort[i].cls;
        return 0;
    }
    v = rm_map_get(&lx->wordcls, fold, n);
    return v < 0 ? 0 : (unsigned long long)v;
}

/* Index the short words of wordcls, once it is complete (out of memory,
   there is no index, and lookups go to wordcls). */
static void rebuild_wshort(relmap_lexicon *lx)
{
    size_t cap = 16, nshort = 0, i;
    int c;
    for (c = 0; c < RM_C__COUNT; c++)
        for (i = 0; i < lx->cls[c].v.n; i++)
            nshort += lx->cls[c].v.v[i].ntok == 1;
    while (cap < 2 * nshort + 2) /* (at most half full) */
        cap *= 2;
    lx->wshort = calloc(cap, sizeof *lx->wshort);
    if (lx->wshort == NULL)
        return;
    lx->wshort_cap = cap;
    for (c = 0; c < RM_C__COUNT; c++)
        for (i = 0; i < lx->cls[c].v.n; i++) {
            const rm_phrase *p = &lx->cls[c].v.v[i];
            const char *tok = phrase_toks(lx, p);
            size_t n = strlen(tok), k;
            unsigned long long key;
            if (p->ntok != 1 || n == 0 || n >= 8)
                continue;
            key = rm_len_key(rm_fold_key(tok, n), n);
            for (k = wshort_slot(key, cap); lx->wshort[k].key && lx->wshort[k].key != key;
                 k = (k + 1) & (cap - 1))
                ;
            lx->wshort[k].key = key;
            lx->wshort[k].cls |= 1ULL << c; /* (as the map's value: all its classes) */
        }
}

/* Index single-word class entries by word, all classes in one value. */
static int rebuild_word_classes(relmap_lexicon *lx)
{
    int c;
    size_t i;
    size_t n = 0;
    rm_map_free(&lx->wordcls);
    free(lx->wshort); /* (lookups go to wordcls until it is complete) */
    lx->wshort = NULL;
    lx->wshort_cap = 0;
    lx->cls_stale = 1; /* (until it is complete) */
    /* a key per one-word phrase at most: the map grows no more */
    for (c = 0; c < RM_C__COUNT; c++)
        for (i = 0; i < lx->cls[c].v.n; i++)
            n += lx->cls[c].v.v[i].ntok == 1;
    if (rm_map_reserve(&lx->wordcls, n))
        return -1;
    for (c = 0; c < RM_C__COUNT; c++)
        for (i = 0; i < lx->cls[c].v.n; i++) {
            const rm_phrase *p = &lx->cls[c].v.v[i];
            const char *tok = phrase_toks(lx, p);
            long old;
            if (p->ntok != 1)
                continue;
            old = rm_map_get(&lx->wordcls, tok, strlen(tok));
            if (rm_map_put(&lx->wordcls, tok, strlen(tok),
                           (old < 0 ? 0 : old) | (1L << c)))
                return -1;
        }
    rebuild_wshort(lx);
    lx->cls_stale = 0;
    return 0;
}

/* Give every phrase token a word id and every word its class bits, its
   tables and their chains (rm_lword, rm_link); rebuilt after each load. */
static int rebuild_vocab(relmap_lexicon *lx)
{
    int slot;
    size_t i, k, fb, nheads = 0;
    rm_map_free(&lx->vocab);
    memset(lx->vfilter, 0, sizeof lx->vfilter);
    free(lx->words);
    lx->words = NULL;
    free(lx->wsec);
    lx->wsec = NULL;
    lx->wcls.n = lx->heads.n = lx->links.n = 0;
    /* Sized up front, as a guess: a word per table's first word (2,816
       words to 3,675 such heads in the built-in lexicon; a map holds up
       to twice what it was sized for before it grows), not per token
       (6,410, which would double the table). */
    for (slot = 0; slot < NSLOTS; slot++)
        nheads += table_of(lx, slot)->first.count;
    if (rm_map_reserve(&lx->vocab, nheads) ||
        rm_vec_reserve_((void **)&lx->wcls.v, &lx->wcls.cap, nheads, sizeof *lx->wcls.v))
        goto fail;
    nheads = 0;
    /* the words, numbered in order of first appearance */
    for (slot = 0; slot < NSLOTS; slot++) {
        rm_table *tb = table_of(lx, slot);
        for (i = 0; i < tb->v.n; i++) {
            rm_phrase *p = &tb->v.v[i];
            const char *tok = phrase_toks(lx, p);
            if (p->ids == (size_t)-1) {
                if (rm_vec_reserve_((void **)&lx->ids.v, &lx->ids.cap, lx->ids.n + p->ntok,
                                    sizeof *lx->ids.v))
                    goto fail;
                p->ids = lx->ids.n;
                lx->ids.n += p->ntok;
            }
            for (k = 0; k < p->ntok; k++, tok += strlen(tok) + 1) {
                size_t n = strlen(tok);
                long w = rm_map_get(&lx->vocab, tok, n);
                if (w < 0) {
                    long cls = rm_map_get(&lx->wordcls, tok, n);
                    w = (long)lx->wcls.n;
                    if (w >= INT_MAX ||
                        rm_vec_push(&lx->wcls, cls < 0 ? 0ULL : (unsigned long long)cls) ||
                        rm_map_put(&lx->vocab, tok, n, w))
                        goto fail;
                    fb = vfilter_bit(rm_map_hash(tok, n));
                    lx->vfilter[fb / 64] |= 1ULL << (fb % 64);
                }
                lx->ids.v[p->ids + k] = (int)w;
            }
        }
    }
    /* their records (zeroed: aligned_alloc wants a multiple of 64) */
    if (lx->wcls.n &&
        (lx->words = aligned_alloc(64, lx->wcls.n * sizeof *lx->words)) == NULL)
        goto fail;
    if (lx->wcls.n)
        memset(lx->words, 0, lx->wcls.n * sizeof *lx->words);
    if (lx->wcls.n && (lx->wsec = calloc(lx->wcls.n, sizeof *lx->wsec)) == NULL)
        goto fail;
    for (slot = 0; slot < NSLOTS; slot++) {
        const rm_table *tb = table_of(lx, slot);
        for (i = 0; i < tb->v.n; i++) {
            const rm_phrase *p = &tb->v.v[i];
            const int *ids = phrase_ids(lx, p);
            rm_lword *lw = &lx->words[ids[0]];
            if (!((lw->mask >> slot) & 1u))
                nheads++;
            lw->mask |= 1ULL << slot;
            if (p->ntok == 1) {
                lw->single |= 1ULL << slot;
            } else {
                unsigned b = second_bit(ids[1]);
                lw->multi |= 1ULL << slot;
                lw->second[b / 64] |= 1ULL << (b % 64);
                lx->wsec[ids[1]] |= 1ULL << slot;
            }
        }
    }
    /* a head per table of each word, in table order */
    if (nheads >= INT_MAX ||
        rm_vec_reserve_((void **)&lx->heads.v, &lx->heads.cap, nheads, sizeof *lx->heads.v))
        goto fail;
    for (i = 0; i < lx->wcls.n; i++) {
        lx->words[i].heads = (int)lx->heads.n;
        lx->heads.n += popcount64(lx->words[i].mask);
    }
    /* each chain laid out in order, as the first-token map has its head */
    for (slot = 0; slot < NSLOTS; slot++) {
        rm_table *tb = table_of(lx, slot);
        for (i = 0; i < tb->v.n; i++) {
            const rm_phrase *p = &tb->v.v[i];
            const char *tok0 = phrase_toks(lx, p);
            const rm_lword *lw = &lx->words[phrase_ids(lx, p)[0]];
            size_t cur;
            if (rm_map_get(&tb->first, tok0, strlen(tok0)) != (long)i)
                continue; /* not a chain's head */
            lx->heads.v[lw->heads + (int)popcount64(lw->mask & ((1ULL << slot) - 1))] =
                (int)lx->links.n;
            for (cur = i; cur != (size_t)-1; cur = tb->v.v[cur].next) {
                const rm_phrase *q = &tb->v.v[cur];
                rm_link l;
                if (lx->links.n >= INT_MAX || q->ntok > LINK_MAX_TOKS || q->ids > UINT_MAX)
                    goto fail;
                l.id1 = q->ntok > 1 ? phrase_ids(lx, q)[1] : -1;
                l.value = q->value;
                l.ids = (unsigned)q->ids;
                l.ntok = (unsigned)q->ntok;
                l.form = (unsigned)q->form;
                l.last = q->next == (size_t)-1;
                if (rm_vec_push(&lx->links, l))
                    goto fail;
            }
        }
    }
    return 0;
fail:
    /* no word then: every lookup misses, none reads a half-built record */
    rm_map_free(&lx->vocab);
    memset(lx->vfilter, 0, sizeof lx->vfilter);
    free(lx->words);
    lx->words = NULL;
    free(lx->wsec);
    lx->wsec = NULL;
    lx->wcls.n = lx->heads.n = lx->links.n = 0;
    return -1;
}

unsigned long long rm_lex_word_multi(const relmap_lexicon *lx, int w)
{
    return w < 0 ? 0 : lx->words[w].multi;
}

unsigned long long rm_lex_word_single(const relmap_lexicon *lx, int w)
{
    return w < 0 ? 0 : lx->words[w].single;
}

unsigned long long rm_lex_word_second(const relmap_lexicon *lx, int w)
{
    return w < 0 ? 0 : lx->wsec[w];
}

size_t rm_lex_word_phrases(const relmap_lexicon *lx, int slot, int w, rm_hit *out,
                           size_t max)
{
    const rm_link *l;
    size_t n = 0;
    if (w < 0 || !((lx->words[w].mask >> slot) & 1u) || max == 0)
        return 0;
    for (l = chain_of(lx, &lx->words[w], slot);; l++) {
        if (l->ntok == 1) {
            set_hit(&out[n], l);
            if (++n == max)
                break;
        }
        if (l->last)
            break;
    }
    return n;
}

const char *rm_lex_cue_text(const relmap_lexicon *lx, int i)
{
    return lx->cue_texts.v[i];
}

const rm_words *rm_lex_cue_unless(const relmap_lexicon *lx, int i)
{
    return &lx->cue_unless.v[i];
}

size_t relmap_lexicon_trigger_count(const relmap_lexicon *lx)
{
    return lx ? lx->pub.triggers.n : 0;
}

void relmap_lexicon_free(relmap_lexicon *lx)
{
    size_t i;
    if (lx == NULL)
        return;
    for (i = 0; i < lx->pub.triggers.n; i++)
        free(lx->pub.triggers.v[i].name);
    for (i = 0; i < lx->cue_texts.n; i++)
        free(lx->cue_texts.v[i]);
    for (i = 0; i < lx->irr_forms.n; i++)
        free(lx->irr_forms.v[i]);
    rm_vec_free(&lx->pub.triggers);
    rm_vec_free(&lx->pub.cues);
    rm_vec_free(&lx->cue_texts);
    rm_vec_free(&lx->cue_unless);
    rm_vec_free(&lx->irr_forms);
    table_free(&lx->trig);
    table_free(&lx->cue);
    for (i = 0; i < RM_C__COUNT; i++)
        table_free(&lx->cls[i]);
    rm_map_free(&lx->irregular);
    rm_map_free(&lx->wordcls);
    free(lx->wshort);
    rm_map_free(&lx->vocab);
    free(lx->words);
    free(lx->wsec);
    rm_vec_free(&lx->wcls);
    rm_vec_free(&lx->heads);
    rm_vec_free(&lx->links);
    rm_text_free(&lx->scratch);
    rm_vec_free(&lx->pool);
    rm_vec_free(&lx->ids);
    free(lx);
}

static int is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* out = the first na bytes of a, then b, cut to cap - 1 bytes as
   snprintf(out, cap, "%.*s%s", na, a, b) cuts them: the loader forms
   thousands of verb forms, and snprintf took ten times as long. */
static void join2(char *out, size_t cap, const char *a, size_t na, const char *b)
{
    size_t nb = strlen(b);
    if (na > cap - 1)
        na = cap - 1;
    if (nb > cap - 1 - na)
        nb = cap - 1 - na;
    memcpy(out, a, na);
    memcpy(out + na, b, nb);
    out[na + nb] = '\0';
}

/* Regular English inflection of a one-word verb into buf (3 forms). */
static void inflect(const char *v, char s[80], char ed[80], char ing[80])
{
    size_t n = strlen(v);
    char last = n ? v[n - 1] : '\0', prev = n > 1 ? v[n - 2] : '\0';
    int vowels = 0, cvc;
    size_t i;
    for (i = 0; i < n; i++)
        if (is_vowel(v[i]) && (i == 0 || !is_vowel(v[i - 1])))
            vowels++;
    cvc = n >= 3 && vowels == 1 && !is_vowel(last) && is_vowel(prev) &&
          !is_vowel(v[n - 3]) && last != 'w' && last != 'x' && last != 'y';
    if (last == 'y' && !is_vowel(prev)) {
        join2(s, 80, v, n - 1, "ies");
        join2(ed, 80, v, n - 1, "ied");
        join2(ing, 80, v, n, "ing");
    } else if (last == 'e') {
        join2(s, 80, v, n, "s");
        join2(ed, 80, v, n, "d");
        if (prev == 'i')
            join2(ing, 80, v, n - 2, "ying");
        else if (prev == 'e' || prev == 'y' || prev == 'o')
            join2(ing, 80, v, n, "ing");
        else
            join2(ing, 80, v, n - 1, "ing");
    } else {
        if (last == 's' || last == 'x' || last == 'z' ||
            (last == 'h' && (prev == 'c' || prev == 's')))
            join2(s, 80, v, n, "es");
        else
            join2(s, 80, v, n, "s");
        if (cvc) {
            const char ed2[] = {last, 'e', 'd', '\0'}, ing2[] = {last, 'i', 'n', 'g', '\0'};
            join2(ed, 80, v, n, ed2);
            join2(ing, 80, v, n, ing2);
        } else {
            join2(ed, 80, v, n, "ed");
            join2(ing, 80, v, n, "ing");
        }
    }
}

static int form_of(const char *f, const char *base)
{
    size_t n = strlen(f);
    if (strcmp(f, base) == 0)
        return RM_FORM_BASE;
    if (n > 3 && strcmp(f + n - 3, "ing") == 0)
        return RM_FORM_ING;
    if (n > 1 && f[n - 1] == 's')
        return RM_FORM_BASE;
    return RM_FORM_ED;
}

/* Add all forms of a verb phrase: the first word is inflected, the rest
   ("hand over", "stand with") kept. */
static int add_verb(relmap_lexicon *lx, const char *verb, int trig)
{
    char first[64], s[80], ed[80], ing[80], buf[256];
    const char *rest = strchr(verb, ' ');
    size_t flen = rest ? (size_t)(rest - verb) : strlen(verb);
    long irr;
    if (flen >= sizeof first)
        return 0;
    memcpy(first, verb, flen);
    first[flen] = '\0';
    if (!rest)
        rest = "";
    join2(buf, sizeof buf, first, flen, rest);
    if (table_add(lx, &lx->trig, buf, trig, RM_FORM_BASE))
        return -1;
    irr = rm_map_get(&lx->irregular, first, flen);
    if (irr >= 0) {
        const char *p = lx->irr_forms.v[irr];
        while (*p) {
            size_t k = strcspn(p, " ");
            char w[64];
            if (k < sizeof w) {
                memcpy(w, p, k);
                w[k] = '\0';
                join2(buf, sizeof buf, w, k, rest);
                if (table_add(lx, &lx->trig, buf, trig, (rm_form)form_of(w, first)))
                    return -1;
            }
            p += k;
            while (*p == ' ')
                p++;
        }
        return 0;
    }
    inflect(first, s, ed, ing);
    join2(buf, sizeof buf, s, strlen(s), rest);
    if (table_add(lx, &lx->trig, buf, trig, RM_FORM_BASE))
        return -1;
    join2(buf, sizeof buf, ed, strlen(ed), rest);
    if (table_add(lx, &lx->trig, buf, trig, RM_FORM_ED))
        return -1;
    join2(buf, sizeof buf, ing, strlen(ing), rest);
    return table_add(lx, &lx->trig, buf, trig, RM_FORM_ING);
}

/* A trigger's list of up to max single words (absent: none), folded. */
static int parse_words(json_t *cx, char (*out)[24], size_t max, int *n, const char *name,
                       const char *list, size_t ti, const char *field, relmap_error *err)
{
    json_t *v;
    size_t q;
    *n = 0;
    if (cx == NULL)
        return 0;
    if (!json_is_array(cx) || json_array_size(cx) > max)
        return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                            "%s[%zu].%s: expected an array of at most %zu words", list, ti,
                            field, max);
    json_array_foreach(cx, q, v) {
        const char *w = json_string_value(v);
        if (w == NULL || json_string_length(v) == 0 || json_string_length(v) >= sizeof out[0] ||
            strchr(w, ' '))
            return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                                "%s[%zu].%s[%zu]: expected one word of at most %zu bytes",
                                list, ti, field, q, sizeof out[0] - 1);
        rm_fold(w, json_string_length(v), out[(*n)++], sizeof out[0]);
    }
    return 0;
}

/* The rm_len_key of each of n words (as ctx.tkey holds per word type in
   extract.c) and the set of their rm_key_bit bits: a text's words are
   found in the list by keys, a string compare only for a word of 8 bytes
   or more whose key matches. */
static void word_keys(char (*w)[24], int n, unsigned long long *key,
                      unsigned long long *bits)
{
    int x;
    *bits = 0;
    for (x = 0; x < n; x++) {
        size_t wn = strlen(w[x]);
        key[x] = rm_len_key(rm_fold_key(w[x], wn), wn);
        *bits |= 1ull << rm_key_bit(key[x]);
    }
}

static int parse_roles(const relmap_lexicon *lx, json_t *arr, rm_role *out,
                       int *n, const char *name, size_t ti, const char *field,
                       relmap_error *err)
{
    size_t i;
    json_t *v;
    *n = 0;
    if (!json_is_array(arr) || json_array_size(arr) == 0)
        return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                            "triggers[%zu].%s: expected a non-empty array of roles",
                            ti, field);
    json_array_foreach(arr, i, v) {
        const char *r = json_string_value(v);
        rm_role role;
        memset(&role, 0, sizeof role);
        if (r == NULL || *n >= RM_MAX_ROLES)
            return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                                "triggers[%zu].%s[%zu]: expected a role name "
                                "(at most %d roles)", ti, field, i, RM_MAX_ROLES);
        if (strcmp(r, "subject") == 0) role.kind = RM_ROLE_SUBJECT;
        else if (strcmp(r, "left") == 0) role.kind = RM_ROLE_LEFT;
        else if (strcmp(r, "object") == 0) role.kind = RM_ROLE_OBJECT;
        else if (strcmp(r, "possessor") == 0) role.kind = RM_ROLE_POSSESSOR;
        else if (strcmp(r, "that") == 0) role.kind = RM_ROLE_THAT;
        else if (strcmp(r, "claimant") == 0) role.kind = RM_ROLE_CLAIMANT;
        else if (strcmp(r, "attacker") == 0) role.kind = RM_ROLE_ATTACKER;
        else if (strcmp(r, "between") == 0) role.kind = RM_ROLE_BETWEEN;
        else if (strcmp(r, "appositive") == 0) role.kind = RM_ROLE_APPOS;
        else if (strcmp(r, "origin") == 0) role.kind = RM_ROLE_ORIGIN;
        else if (strcmp(r, "venue") == 0) role.kind = RM_ROLE_VENUE;
        else if (strcmp(r, "clause_subject") == 0) role.kind = RM_ROLE_CLAUSE;
        else if (strlen(r) > 0 && strlen(r) < sizeof role.prep && !strchr(r, ' ') &&
                 rm_lex_is(lx, RM_C_PREP, role.prep,
                           rm_fold(r, strlen(r), role.prep, sizeof role.prep))) {
            role.kind = RM_ROLE_PREP;
        } else
            return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                                "triggers[%zu].%s[%zu]: unknown role \"%s\" (a role name "
                                "or a preposition listed in classes.prepositions)",
                                ti, field, i, r);
        out[(*n)++] = role;
    }
    return 0;
}

static int string_list(json_t *arr, const char *name, const char *what,
                       relmap_error *err)
{
    size_t i;
    json_t *v;
    if (!json_is_array(arr))
        return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                            "%s: expected an array of strings", what);
    json_array_foreach(arr, i, v) {
        if (!json_is_string(v) || json_string_length(v) == 0)
            return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                                "%s[%zu]: expected a non-empty string", what, i);
    }
    return 0;
}

/* Room in the trigger table for the phrases of arr (a verb's four forms,
   or an irregular verb's listed ones, at most four as the built-in data
   lists them, and a noun each): the table's doublings were page faults
   of every start. Only a guess for the table's first-word map, sized as
   if each phrase began with a word of its own. */
static int reserve_triggers(relmap_lexicon *lx, json_t *arr)
{
    size_t i, n = 0;
    json_t *tr;
    json_array_foreach(arr, i, tr) {
        n += 4 * json_array_size(json_object_get(tr, "verbs"));
        n += json_array_size(json_object_get(tr, "nouns"));
    }
    return rm_vec_reserve_((void **)&lx->trig.v.v, &lx->trig.v.cap, lx->trig.v.n + n,
                           sizeof *lx->trig.v.v) ||
           rm_vec_reserve_((void **)&lx->pub.triggers.v, &lx->pub.triggers.cap,
                           lx->pub.triggers.n + json_array_size(arr), sizeof *lx->pub.triggers.v) ||
           rm_map_reserve(&lx->trig.first, lx->trig.first.count + n);
}

static int load_triggers(relmap_lexicon *lx, json_t *arr, const char *name,
                         relmap_error *err)
{
    size_t i, k;
    json_t *tr, *v;
    if (reserve_triggers(lx, arr))
        return rm_error_set(err, RELMAP_ENOMEM, name, 0, 0, "out of memory");
    json_array_foreach(arr, i, tr) {
        rm_trigger t;
        const char *rel, *nm;
        json_t *verbs, *nouns;
        int r, rc, idx;
        char what[64];
        memset(&t, 0, sizeof t);
        if (!json_is_object(tr))
            return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                                "triggers[%zu]: expected an object", i);
        rel = json_string_value(json_object_get(tr, "relation"));
        r = relmap_relation_from_name(rel);
        if (r < 0)
            return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                                "triggers[%zu].relation: unknown relation \"%s\"",
                                i, rel ? rel : "(missing)");
        t.relation = (relmap_relation)r;
        if ((rc = parse_roles(lx, json_object_get(tr, "source"), t.source, &t.nsource,
                              name, i, "source", err)) ||
            (rc = parse_roles(lx, json_object_get(tr, "target"), t.target, &t.ntarget,
                              name, i, "target", err)))
            return rc;
        t.item = json_is_true(json_object_get(tr, "item"));
        t.item_goods = json_is_true(json_object_get(tr, "item_goods"));
        t.person_source = json_is_true(json_object_get(tr, "person_source"));
        t.forces_source = json_is_true(json_object_get(tr, "forces_source"));
        t.seller_org = json_is_true(json_object_get(tr, "seller_org"));
        t.unless_org = json_is_true(json_object_get(tr, "unless_org"));
        t.person_target = json_is_true(json_object_get(tr, "person_target"));
        t.plural_source = json_is_true(json_object_get(tr, "plural_source"));
        t.name_follows = json_is_true(json_object_get(tr, "name_follows"));
        t.also = json_is_true(json_object_get(tr, "also"));
        t.party_target = json_is_true(json_object_get(tr, "party_target"));
        t.affirmative_only = json_is_true(json_object_get(tr, "affirmative_only"));
        {
            const char *tm = json_string_value(json_object_get(tr, "modality"));
            int mv = tm ? relmap_modality_from_name(tm) : RELMAP_MOD_ASSERTED;
            if (mv < 0)
                return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                                    "triggers[%zu].modality: unknown modality \"%s\"", i, tm);
            t.modality = (relmap_modality)mv;
        }
        {
            json_t *tt = json_object_get(tr, "target_type"), *v2;
            size_t q;
            if (tt != NULL) {
                if (!json_is_array(tt))
                    return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                                        "triggers[%zu].target_type: expected an array", i);
                json_array_foreach(tt, q, v2) {
                    int ty = relmap_actor_type_from_name(json_string_value(v2));
                    if (ty < 0)
                        return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                                            "triggers[%zu].target_type[%zu]: unknown actor type",
                                            i, q);
                    t.target_types |= 1u << ty;
                }
            }
        }
        t.symmetric_group = json_is_true(json_object_get(tr, "symmetric_group"));
        {
            int wrc = parse_words(json_object_get(tr, "context"), t.context, 6, &t.ncontext,
                                  name, "triggers", i, "context", err);
            if (wrc == 0)
                wrc = parse_words(json_object_get(tr, "after"), t.after, 16, &t.nafter,
                                  name, "triggers", i, "after", err);
            if (wrc == 0)
                wrc = parse_words(json_object_get(tr, "unless_next"), t.unless_next, 4,
                                  &t.nunless_next, name, "triggers", i, "unless_next", err);
            if (wrc == 0)
                wrc = parse_words(json_object_get(tr, "unless_clause"), t.unless_clause, 16,
                                  &t.nunless_clause, name, "triggers", i, "unless_clause", err);
            if (wrc == 0)
                wrc = parse_words(json_object_get(tr, "unless_prev"), t.unless_prev, 16,
                                  &t.nunless_prev, name, "triggers", i, "unless_prev", err);
            if (wrc)
                return wrc;
            word_keys(t.unless_clause, t.nunless_clause, t.unless_clause_key,
                      &t.unless_clause_bits);
            word_keys(t.after, t.nafter, t.after_key, &t.after_bits);
            word_keys(t.context, t.ncontext, t.context_key, &t.context_bits);
            word_keys(t.unless_next, t.nunless_next, t.unless_next_key, &t.unless_next_bits);
            word_keys(t.unless_prev, t.nunless_prev, t.unless_prev_key, &t.unless_prev_bits);
        }
        nm = json_string_value(json_object_get(tr, "name"));
        t.name = rm_strdup(nm ? nm : rel);
        verbs = json_object_get(tr, "verbs");
        nouns = json_object_get(tr, "nouns");
        if (verbs == NULL && nouns == NULL) {
            free(t.name);
            return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                                "triggers[%zu]: needs \"verbs\" or \"nouns\"", i);
        }
        snprintf(what, sizeof what, "triggers[%zu].verbs", i);
        if (verbs && (rc = string_list(verbs, name, what, err))) {
            free(t.name);
            return rc;
        }
        snprintf(what, sizeof what, "triggers[%zu].nouns", i);
        if (nouns && (rc = string_list(nouns, name, what, err))) {
            free(t.name);
            return rc;
        }
        if (t.name == NULL || rm_vec_push(&lx->pub.triggers, t)) {
            free(t.name);
            return rm_error_set(err, RELMAP_ENOMEM, name, 0, 0, "out of memory");
        }
        idx = (int)lx->pub.triggers.n - 1;
        if (verbs)
            json_array_foreach(verbs, k, v) {
                char low[128];
                rm_fold(json_string_value(v), json_string_length(v), low, sizeof low);
                if (add_verb(lx, low, idx))
                    return rm_error_set(err, RELMAP_ENOMEM, name, 0, 0, "out of memory");
            }
        if (nouns)
            json_array_foreach(nouns, k, v) {
                if (table_add(lx, &lx->trig, json_string_value(v), idx, RM_FORM_NOUN))
                    return rm_error_set(err, RELMAP_ENOMEM, name, 0, 0, "out of memory");
            }
    }
    return 0;
}

static int load_cues(relmap_lexicon *lx, json_t *arr, const char *name,
                     relmap_error *err)
{
    size_t i, k, n = 0;
    json_t *c, *v;
    /* room for a phrase per word of every cue, so that the tables grow
       once */
    json_array_foreach(arr, i, c)
        n += json_array_size(json_object_get(c, "words"));
    if (rm_vec_reserve_((void **)&lx->cue.v.v, &lx->cue.v.cap, lx->cue.v.n + n,
                        sizeof *lx->cue.v.v) ||
        rm_map_reserve(&lx->cue.first, lx->cue.first.count + n))
        return rm_error_set(err, RELMAP_ENOMEM, name, 0, 0, "out of memory");
    json_array_foreach(arr, i, c) {
        rm_cue cue;
        memset(&cue, 0, sizeof cue);
        const char *mod = json_string_value(json_object_get(c, "modality"));
        const char *scope = json_string_value(json_object_get(c, "scope"));
        json_t *words = json_object_get(c, "words");
        json_t *win = json_object_get(c, "window");
        int m = relmap_modality_from_name(mod), rc;
        char what[64];
        if (!json_is_object(c))
            return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                                "cues[%zu]: expected an object", i);
        if (m < 0)
            return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                                "cues[%zu].modality: unknown modality \"%s\"",
                                i, mod ? mod : "(missing)");
        cue.modality = (relmap_modality)m;
        if (scope == NULL || strcmp(scope, "clause") == 0)
            cue.scope = RM_SCOPE_CLAUSE;
        else if (strcmp(scope, "next") == 0)
            cue.scope = RM_SCOPE_NEXT;
        else if (strcmp(scope, "sentence") == 0)
            cue.scope = RM_SCOPE_SENTENCE;
        else if (strcmp(scope, "previous") == 0)
            cue.scope = RM_SCOPE_PREV;
        else
            return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                                "cues[%zu].scope: unknown scope \"%s\" "
                                "(expected next, previous, clause or sentence)", i, scope);
        cue.own_report = json_is_true(json_object_get(c, "own_report"));
        cue.stop = json_is_true(json_object_get(c, "stop"));
        cue.not_for = 0;
        {
            json_t *nf = json_object_get(c, "not_for"), *v3;
            size_t q;
            if (nf != NULL && !json_is_array(nf))
                return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                                    "cues[%zu].not_for: expected an array of relations", i);
            json_array_foreach(nf, q, v3) {
                int r = relmap_relation_from_name(json_string_value(v3));
                if (r < 0)
                    return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                                        "cues[%zu].not_for[%zu]: unknown relation", i, q);
                cue.not_for |= 1u << r;
            }
        }
        cue.unless = -1;
        if (json_object_get(c, "unless_next")) {
            rm_words ws;
            if ((rc = parse_words(json_object_get(c, "unless_next"), ws.w, 32, &ws.n, name,
                                  "cues", i, "unless_next", err)))
                return rc;
            if (rm_vec_push(&lx->cue_unless, ws))
                return rm_error_set(err, RELMAP_ENOMEM, name, 0, 0, "out of memory");
            cue.unless = (int)lx->cue_unless.n - 1;
        }
        cue.window = json_is_integer(win) ? (int)json_integer_value(win) : 4;
        if (cue.window < 1 || cue.window > 50)
            return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                                "cues[%zu].window: expected 1..50", i);
        snprintf(what, sizeof what, "cues[%zu].words", i);
        if ((rc = string_list(words, name, what, err)))
            return rc;
        json_array_foreach(words, k, v) {
            char *txt = rm_strdup(json_string_value(v));
            if (txt == NULL || rm_vec_push(&lx->pub.cues, cue) ||
                rm_vec_push(&lx->cue_texts, txt) ||
                table_add(lx, &lx->cue, txt, (int)lx->pub.cues.n - 1, RM_FORM_NOUN))
                return rm_error_set(err, RELMAP_ENOMEM, name, 0, 0, "out of memory");
        }
    }
    return 0;
}

static int load_classes(relmap_lexicon *lx, json_t *obj, const char *name,
                        relmap_error *err)
{
    const char *key;
    json_t *arr;
    lx->cls_stale = 1;
    json_object_foreach(obj, key, arr) {
        int c, rc;
        size_t i;
        json_t *v;
        char what[96];
        for (c = 0; c < RM_C__COUNT; c++)
            if (strcmp(class_names[c], key) == 0)
                break;
        if (c == RM_C__COUNT)
            return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                                "classes.%s: unknown word class", key);
        snprintf(what, sizeof what, "classes.%s", key);
        if ((rc = string_list(arr, name, what, err)))
            return rc;
        /* (grown once, not doubling phrase by phrase) */
        if (rm_vec_reserve_((void **)&lx->cls[c].v.v, &lx->cls[c].v.cap,
                            lx->cls[c].v.n + json_array_size(arr), sizeof *lx->cls[c].v.v) ||
            rm_map_reserve(&lx->cls[c].first, lx->cls[c].first.count + json_array_size(arr)))
            return rm_error_set(err, RELMAP_ENOMEM, name, 0, 0, "out of memory");
        json_array_foreach(arr, i, v) {
            if (table_add(lx, &lx->cls[c], json_string_value(v), 0, RM_FORM_NOUN))
                return rm_error_set(err, RELMAP_ENOMEM, name, 0, 0, "out of memory");
        }
    }
    return 0;
}

static int load_forms(relmap_lexicon *lx, json_t *obj, const char *name,
                      relmap_error *err)
{
    const char *key;
    json_t *arr;
    if (rm_map_reserve(&lx->irregular, lx->irregular.count + json_object_size(obj)))
        return rm_error_set(err, RELMAP_ENOMEM, name, 0, 0, "out of memory");
    json_object_foreach(obj, key, arr) {
        rm_buf b = {0};
        size_t i;
        json_t *v;
        int rc;
        char what[96];
        snprintf(what, sizeof what, "verb_forms.%s", key);
        if ((rc = string_list(arr, name, what, err)))
            return rc;
        json_array_foreach(arr, i, v) {
            char low[64];
            rm_fold(json_string_value(v), json_string_length(v), low, sizeof low);
            if (i)
                rm_buf_putc(&b, ' ');
            rm_buf_puts(&b, low);
        }
        if (b.failed || rm_vec_push(&lx->irr_forms, b.ptr) ||
            rm_map_put(&lx->irregular, key, strlen(key), (long)lx->irr_forms.n - 1)) {
            rm_buf_free(&b);
            return rm_error_set(err, RELMAP_ENOMEM, name, 0, 0, "out of memory");
        }
    }
    return 0;
}

int relmap_lexicon_load_json(relmap_lexicon *lx, const char *json, size_t len,
                             const char *name, relmap_error *err)
{
    json_error_t jerr;
    json_t *root, *x;
    int rc = 0;
    if (lx == NULL || json == NULL)
        return rm_error_set(err, RELMAP_EINVAL, name, 0, 0, "no input");
    root = rm_json_loadb(json, len, &jerr);
    if (root == NULL)
        return rm_error_set(err, RELMAP_EPARSE, name, jerr.line, jerr.column,
                            "%s", jerr.text);
    if (!json_is_object(root)) {
        json_decref(root);
        return rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                            "expected a JSON object with triggers, cues or classes");
    }
    {
        /* a misspelt section would otherwise be ignored without a word */
        static const char *const known[] = {"format", "version", "notes", "verb_forms",
                                            "classes", "triggers", "cues"};
        const char *key;
        json_t *v;
        const char *fmt = json_string_value(json_object_get(root, "format"));
        json_object_foreach(root, key, v) {
            size_t k;
            for (k = 0; k < sizeof known / sizeof known[0]; k++)
                if (strcmp(key, known[k]) == 0)
                    break;
            if (k == sizeof known / sizeof known[0]) {
                rc = rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                                  "unknown key \"%s\" (a lexicon has verb_forms, classes, "
                                  "triggers and cues)", key);
                break;
            }
        }
        if (rc == 0 && json_object_get(root, "format") != NULL &&
            (fmt == NULL || strcmp(fmt, "relmap-lexicon") != 0))
            rc = rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                              "format: expected \"relmap-lexicon\"");
        if (rc) {
            json_decref(root);
            return rc;
        }
    }
    if ((x = json_object_get(root, "verb_forms")) != NULL) {
        if (!json_is_object(x))
            rc = rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                              "verb_forms: expected an object");
        else
            rc = load_forms(lx, x, name, err);
    }
    if (rc == 0 && (x = json_object_get(root, "classes")) != NULL) {
        if (!json_is_object(x))
            rc = rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                              "classes: expected an object");
        else
            rc = load_classes(lx, x, name, err);
        if (rc == 0 && rebuild_word_classes(lx))
            rc = rm_error_set(err, RELMAP_ENOMEM, name, 0, 0, "out of memory");
    }
    if (rc == 0 && (x = json_object_get(root, "triggers")) != NULL) {
        if (!json_is_array(x))
            rc = rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                              "triggers: expected an array");
        else
            rc = load_triggers(lx, x, name, err);
    }
    if (rc == 0 && (x = json_object_get(root, "cues")) != NULL) {
        if (!json_is_array(x))
            rc = rm_error_set(err, RELMAP_ECONFIG, name, 0, 0,
                              "cues: expected an array");
        else
            rc = load_cues(lx, x, name, err);
    }
    json_decref(root);
    rm_text_free(&lx->scratch);
    /* (a load that failed in its classes left them stale; one that read
       them rebuilt the index already) */
    if (rc == 0 && lx->cls_stale && rebuild_word_classes(lx))
        rc = rm_error_set(err, RELMAP_ENOMEM, name, 0, 0, "out of memory");
    /* also after a failed load: matching sees whatever the tables hold */
    if (rebuild_vocab(lx) && rc == 0)
        rc = rm_error_set(err, RELMAP_ENOMEM, name, 0, 0, "out of memory");
    return rc;
}

int relmap_lexicon_load_file(relmap_lexicon *lx, const char *path,
                             relmap_error *err)
{
    char *data;
    size_t len;
    int rc = rm_read_file(path, &data, &len, err);
    if (rc)
        return rc;
    rc = relmap_lexicon_load_json(lx, data, len, path, err);
    free(data);
    return rc;
}

int relmap_lexicon_new(relmap_lexicon **out, int empty, relmap_error *err)
{
    relmap_lexicon *lx = calloc(1, sizeof *lx);
    int rc;
    *out = NULL;
    if (lx == NULL)
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    if (!empty) {
        rc = relmap_lexicon_load_json(lx, (const char *)rm_data_lexicon,
                                      rm_data_lexicon_len,
                                      "built-in lexicon", err);
        if (rc) {
            relmap_lexicon_free(lx);
            return rc;
        }
    }
    *out = lx;
    return 0;
}
