/* Extraction: per sentence, actor mentions + relation triggers + modality
 * cues -> events.
 *
 * The engine is shallow but careful: it finds clause boundaries, groups
 * coordinated actors, tells subjects from prepositional objects, detects the
 * passive, and scopes cues over the clause or the next trigger. Everything
 * language-specific (which words trigger which relation, where arguments
 * are, which cues set which modality) comes from the lexicon. */
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#include "gazetteer_int.h"
#include "internal.h"
#include "lexicon_int.h"
#include "relmap/extract.h"

#define MAX_GROUP 16
#define MAX_CAND 4
#define MAX_DYN 24       /* organisations named per document, beyond the gazetteer */
#define MAX_NAME_TOKS 6
/* a learned name: a proper name and what continues it ("of", "for" and a
   name: "Kuwait Fund for Arab Economic Development") */
#define MAX_DYN_TOKS 16

enum { M_STRONG, M_WEAK, M_VENUE, M_MOD, M_ANAPH };

/* (80 bytes, the small fields as bytes: the passes walk the sentence's
   mentions over and over) */
typedef struct mention {
    size_t a, b;     /* tokens [a, b) */
    size_t inner_at; /* "the Yemeni rebels": the token of the demonym (inner) */
    int entity;      /* for anaphors: first candidate */
    int cand[MAX_CAND];
    int group;       /* coordination group id */
    int ante;        /* pronouns: antecedent mention in this sentence, or -1 */
    int inner;       /* "the Yemeni rebels": 1 + the country of a demonym
                        inside an anaphor, or 0 */
    char prep[16];   /* governing preposition, "" if none */
    signed char ncand;
    signed char ncur; /* candidates from the current sentence (first ncur) */
    unsigned char kind; /* rm_alias_kind */
    unsigned char use;  /* M_* */
    unsigned char poss; /* followed by 's */
    unsigned char plural; /* group anaphor ("both governments"): resolved lazily */
    unsigned char surface; /* count as an alias surface form */
    unsigned char first_person; /* "we", "our", "us": the speaker of the
                                   sentence, once known (resolve_first_person) */
    unsigned char pcls; /* PC_* bits: the lexicon classes of prep */
} mention;

/* mention.pcls: prep is a subordinator ("after", "as"), a venue
   preposition ("in", "at") -- set with prep, so the passes test a bit
   instead of looking the string up */
enum { PC_SUBORD = 1, PC_VENUE = 2 };

typedef struct cue_at {
    size_t a, b;
    size_t close; /* a clause cue stops covering triggers from here on */
    int embedded; /* a sentence cue inside a relative clause */
    size_t fwd_end; /* a reporting verb covers what follows, up to here */
    int postposed;  /* ", officials said": it also covers what precedes */
    size_t back;    /* ... from here: the last coordinated clause before it */
    int cue;
    int speaker[MAX_GROUP]; /* entities */
    int nspeaker;
    int institution; /* an unnamed institution speaks: "the defence ministry said" */
} cue_at;

typedef struct group {
    int m[MAX_GROUP]; /* mention indexes */
    int n;
} group;

typedef struct actor {
    relmap_actor_info info;
    int entity; /* the one entity whose actor this is (doc_actor makes one
                   per entity): actor_of_entity read backwards */
    RM_VEC(char *) aliases;
    /* per alias, while extracting: its strlen (at most 80) << 8 | its first
       byte (alias_key), so that checking a mention against an actor's
       aliases reads this one array and the alias strings only on a match,
       not a pointer and a string per alias (cache misses, mostly) */
    RM_VEC(unsigned) alias_key;
    size_t hint; /* the alias note_surface found last: an actor is mostly
                    named the same way again */
} actor;

struct relmap_extractor {
    const relmap_gazetteer *gaz;
    const relmap_lexicon *lex;
};

struct relmap_doc {
    char date[11];
    int has_date;
    RM_VEC(actor) actors;
    int *actor_of_entity; /* entity -> actor index or -1 */
    size_t nentities;
    RM_VEC(relmap_event) events;
    RM_VEC(char *) strings; /* owned items */
};

/* Working state for one document. */
typedef struct ctx {
    const relmap_extractor *x;
    const relmap_lexicon *lx;
    relmap_doc *doc;
    rm_text t;
    /* current sentence */
    size_t ss, se;
    RM_VEC(mention) ms;
    int *tok_m;   /* token -> mention (sentence-relative), -1 */
    int *clause;  /* token -> clause id (sentence-relative) */
    size_t *cstart; /* clause id -> its first token */
    unsigned char *inrel; /* token inside a relative clause */
    unsigned char *trig;  /* token is part of a trigger */
    unsigned char *fired; /* a trigger at this token gave an event */
    unsigned long long scls; /* the word classes of the sentence's words */
    int srare;               /* the sentence has a TL_RARE word */
    size_t along_with;       /* the sentence's "along with"/"together with", SIZE_MAX for
                                none, (size_t)-2 until first looked for */
    size_t *commas;          /* the sentence's commas, in order */
    size_t ncommas;
    size_t *ccand, *rcand;   /* its words without TB_NO_CLAUSE, TB_NO_REL */
    size_t nccand, nrcand;
    size_t *mcand;           /* ... without TB_NO_MENTION, or capitalised (a
                                learned name): find_mentions looks at these */
    size_t nmcand;
    size_t *tbit, *qcand;    /* ... where a trigger, a cue may start (rm_text.lmask) */
    size_t ntbit, nqcand;
    size_t *tcand;        /* tokens with a trigger reading outside a compound */
    size_t ntcand;
    signed char *tnh;     /* trigger readings at this token, -1 = not yet looked up */
    rm_hit *thit;         /* ... and the readings, 4 per token */
    /* per token of the piece read, copied from its type (token_tags): the
       types sit scattered in memory, the tokens of a sentence side by side */
    unsigned long long *tkey;  /* tlen_key of the type */
    unsigned long long *tcls;  /* word classes (rm_text.lcls) */
    unsigned long long *tlm;   /* lexicon tables with a phrase here (rm_text.lmask) */
    unsigned char *tmsk;       /* TB_* bits but TB_LEARNED */
    size_t captk;
    size_t ntagged; /* tokens of the piece whose copies are filled */
    struct tinfo {             /* per type: the same, gathered by tag_piece
                                  (sized as mskip, capmskip) */
        unsigned long long key, cls, lm;
        unsigned long long mul; /* tables with a longer phrase starting with
                                   the word (rm_lex_word_multi): read only
                                   where lm has the table, so not per token */
        unsigned long long sgl; /* tables with the word alone as a phrase */
        unsigned long long sec; /* tables where it is a phrase's second word
                                   (no_longer_at) */
        unsigned char msk;
        unsigned char gfirst; /* rm_gaz_first_cases */
        unsigned char wb;     /* WB_* */
        unsigned char gleaf;  /* rm_gaz_root_leaf of the word's root; */
        unsigned char gcase;  /* ... the one-word alias's first-token case, */
        unsigned char gkind;  /* ... its kind */
        unsigned char gsec;   /* rm_gaz_word_second */
        unsigned char lists;  /* TL_* bits but the capital's TL_MENTION */
        signed char thn;      /* trigger readings of a word that starts no
                                 longer trigger phrase: they are its type's,
                                 tpool[th, th + thn); -1 for the others */
        unsigned char plain;  /* plain_word's reading of the word, as far as
                                 its fold decides: 0 = not yet known, 1 =
                                 plain, 2 = not */
        int gent;             /* ... and entity (-1: none) */
        int th;
    } *tinfo;
    RM_VEC(rm_hit) tpool; /* the readings of tinfo.thn */
    unsigned char *twb;        /* WB_* bits per token */
    unsigned char *tlist;      /* TL_* bits per token: the sentence's word
                                  lists it goes in (do_sentence) */
    unsigned char *mskip; /* per word type, TB_* bits: the first tests of
                             find_mentions and find_clauses, at once;
                             0 = make the tests */
    size_t nmskip, capmskip; /* types with mskip set, room */
    RM_VEC(cue_at) cues;
    /* document history */
    RM_VEC(int) recent;  /* entities in order of strong mention */
    RM_VEC(size_t) recent_sent; /* sentence index of each recent entry */
    size_t sent_idx;
    int prev_subject;    /* entity, or -1 */
    int prev_subject_person; /* ... named as a person ("Dodik", "the president") */
    int last_claimant;   /* entity, or -1 */
    int ruler;           /* the country whose junta or regime was named
                            last ("the junta in Mali", "Mali's junta"), or
                            -1 */
    int forces_owner;    /* ... whose army or military was ("Sudan's army") */
    size_t doc_events_sentence_start; /* first event of the previous sentence */
    size_t sent_first; /* index of this sentence's first event */
    size_t prev_first; /* index of the previous sentence's first event */
    int no_presuppose; /* modality_for: do not treat the noun as presupposed */
    size_t licensed_at; /* try_trigger: the "after" word that licensed the
                           noun trigger being bound; (size_t)-1 when none */
    size_t goods_np;   /* modality_for: a participle describing goods named from
                          here ("minehunters donated to Ukraine"): no cue
                          before it applies; (size_t)-1 when none */
    size_t described;  /* 1 + the trigger of a part_of (modality_for: a membership said in a description of
                          its member ("Denmark, a NATO member", "EU members
                          Hungary and Slovakia"), which the clause presupposes) */
    const group *cur_src; /* the source group of the event being emitted */
    relmap_modality floor_mod; /* least modality for the event being emitted */
    const char *floor_cue;
    int venue_ok;      /* the current trigger may take a venue as target */
    int verb_trigger;  /* the current trigger is read as a verb */
    relmap_relation cur_rel; /* ... and its relation */
    int cur_party;           /* ... and whether it takes parties (host, mediate) */
    int between_found; /* the last prepositional target came with "between" */
    int sym[MAX_GROUP]; /* entities in this sentence's talks/cooperation */
    int nsym;
    int parties[MAX_GROUP]; /* the latest talks' parties in the document */
    int nparties;
    int pair[2];            /* the first pair of the latest sentence with a
                               symmetric relation: "the two sides" */
    size_t pair_sent;
    /* names learned from this document: "Chinese Defense Minister Dong
       Jun" makes a later "Dong" stand for China */
    struct {
        unsigned type; /* the name's word type (equal folds, equal types) */
        int entity;
    } learned[32];
    int nlearned, learn_next;
    /* organisations the gazetteer lacks, named in this document:
       "Israel's Navitas Petroleum", "Tren de Aragua, the Venezuelan
       gang"; entity ngaz + k is dyn[k] */
    struct {
        rm_entity e;
        unsigned key[MAX_DYN_TOKS]; /* word types of the name's tokens */
        int nkey, nshort; /* tokens; of the short form ("Thunder Tiger"), or 0 */
    } dyn[MAX_DYN];
    int ndyn, ngaz;
    const rm_entity *gents; /* the gazetteer's entities (rm_gaz_entity of 0) */
    const unsigned long long *gedges; /* rm_gaz_edge_filter */
    int title; /* this sentence is in title case: -1 not known yet */
    size_t gvenue[4]; /* gatherings named by a body ("the G7 summit") in */
    int ngvenue;      /* this sentence: no meeting of their own */
    /* while run_triggers runs (mentions no longer change): the distinct
       prepositions governing usable or weak mentions, each with the
       furthest end of such a mention, for find_prep; -1 = not known */
    struct {
        char prep[16];
        size_t b;
        int list; /* prep is one of find_prep's LIST_PREP */
    } preps[8];
    int npreps;
    size_t prep_maxb; /* the furthest end of those with a preposition */
    size_t *att;   /* per target actor: 1 + the latest attack on it not
                      negated, among the events before attfin; 0 = none */
    size_t natt, attfin;
    int failed;
} ctx;

/* ---- small helpers ---- */

/* 0 if equal, like strcmp == 0, but inline: most calls compare a token
   with a short literal and differ at the first byte. */
static inline int str_ne(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a != *b;
}

static int is_noun_only(const ctx *c, size_t i);
static int subject_like(const ctx *c, const mention *m);
static int held_event(const ctx *c, size_t q, size_t tpos);
static int agreement_word(const ctx *c, size_t k);
static size_t described_organ(const ctx *c, size_t k);
static int entity_of(const ctx *c, int m, const int *avoid, int navoid);
static int other_than_subject(const ctx *c, size_t tend, int e);
static int state_organ(const ctx *c, size_t k);
static size_t triggers_at(const ctx *c, size_t i, rm_hit *h);
static inline size_t triggers_ref(const ctx *c, size_t i, rm_hit *buf, const rm_hit **hp);
static size_t deal_governs(const ctx *c, size_t tpos);
static int deal_noun_at(const ctx *c, size_t q);
static int lender(const ctx *c, int e);
static int money_follows(const ctx *c, size_t tend);
static int topic_country(const ctx *c);
static int model_goods(const ctx *c, size_t k);
static int goods_origin(const ctx *c, size_t tend, group *g);
static int junta_word(const ctx *c, size_t k);
static int region_word(const ctx *c, size_t k);
static int relative_gap(const ctx *c, size_t tpos, group *g);
static size_t goods_after_for(const ctx *c, const group *g);
static int demonym_before(const ctx *c, size_t tpos, group *g);
static int rulers_word(const ctx *c, size_t k);
static int time_clause_at(const ctx *c, size_t k);
static int held_land(const ctx *c, size_t k);
static size_t light_verb_before(const ctx *c, size_t tpos);
static int head_anaphor(const ctx *c, size_t k);
static void keep_named_by(ctx *c, mention *m, size_t k);
static int person_mention(const ctx *c, int mi);
static int purpose_beneficiary(const ctx *c, size_t tend, group *g);
static int gapped_target(const ctx *c, size_t sa, group *g);
static int find_attacker(const ctx *c, const group *src, group *g);
static int sanctioned_subject(const ctx *c, size_t tpos, group *g);
static int verb_slot(const ctx *c, size_t i, size_t e, const rm_hit *h, size_t n);
static int private_follows(const ctx *c, size_t j);
static int mediation_word(const ctx *c, size_t k);
static int describing_word(const ctx *c, size_t k);
static int forces_only(const ctx *c, const group *g);
static int has_relation(const ctx *c, size_t i, relmap_relation rel);
static void learn_name(ctx *c, size_t k, int entity);
static int all_caps(const ctx *c, size_t i);
static int object_pronoun_of_subject(const ctx *c, const group *src, const group *tgt);
static int context_follows(const ctx *c, const rm_trigger *tr, size_t tend);
static int word_in_clause(const ctx *c, const rm_trigger *tr, size_t tpos);
static int office_of_object(const ctx *c, size_t tend, size_t a);
static int participle_at(const ctx *c, size_t i);
static int is_noun_trigger(const ctx *c, size_t i);
static int plural_after_word(const ctx *c, size_t i);
static int plain_word(const ctx *c, size_t j);
static const char *span_text(const ctx *c, size_t a, size_t b);

/* ctx.mskip bits */
enum {
    TB_NO_MENTION = 1, /* starts no mention of any kind */
    TB_NO_CLAUSE = 2,  /* no clause break, not "-" nor "," */
    TB_NO_REL = 4,     /* no relative pronoun */
    TB_LEARNED = 8,    /* a name in ctx.learned (each type in one slot at most);
                          in mskip only: it changes while a sentence is read */
    TB_NO_GAZ = 16,    /* starts no gazetteer alias (rm_text.groot < 0; per
                          token also: no alias starting with the word is
                          written in the token's case) */
    TB_DYN = 32        /* starts the name of an organisation in ctx.dyn (in
                          mskip only) */
};

/* The word lists of a sentence a token goes in (ctx.tlist): clause break
   candidates, relative pronouns, mention starts, commas, trigger and cue
   starts. Per type at tagging; TL_MENTION also for any capital. TL_RARE:
   a word a pass looks for through the whole sentence ("under", "along",
   "together"), so that a sentence without one is not read for it. */
enum { TL_CLAUSE = 1, TL_REL = 2, TL_MENTION = 4, TL_COMMA = 8, TL_TRIG = 16, TL_CUE = 32,
       TL_RARE = 64 };

#define TL_ONES8 0x0101010101010101ull

/* The TL_* bytes of up to 8 tokens from p (m of them), byte k of the
   result the token p[k], the bytes past m zero. */
static inline unsigned long long tl_word(const unsigned char *p, size_t m)
{
    unsigned long long w = 0;
    size_t k;
    if (m == 8 && rm_little_endian()) {
        memcpy(&w, p, 8);
        return w;
    }
    for (k = 0; k < m; k++)
        w |= (unsigned long long)p[k] << (8 * k);
    return w;
}

/* Append to list (n entries) base + k for each byte k of bits (one TL_*
   bit kept of a tl_word) that is set; returns the new count. A word of
   eight tokens costs a test, and each token listed a few instructions,
   where a token at a time cost a store and an add per list. */
static inline size_t tl_push(size_t *list, size_t n, unsigned long long bits, size_t base)
{
    while (bits) {
#if defined(__GNUC__)
        list[n++] = base + (size_t)(__builtin_ctzll(bits) >> 3);
#else
        size_t k = 0;
        while (!((bits >> (8 * k)) & 0xFF))
            k++;
        list[n++] = base + k;
#endif
        bits &= bits - 1;
    }
    return n;
}

/* A fold's key (rm_fold_key) with its length in the top byte when it is
   shorter than 8 bytes (whose key leaves that byte zero), else with the
   top byte cleared: equal to the same of a literal shorter than 8 bytes
   exactly when the fold is that literal (a length of 1 to 7 never meets
   a cleared byte). */
static unsigned long long tlen_key(const rm_fold_type *f)
{
    return rm_len_key(f->key, f->nfold);
}

/* Words some rules test one by one, as a bit per word type (word_bits). */
enum {
    WB_MODAL = 1,   /* will would could can may might should must shall */
    WB_DETWORD = 2, /* the a an this these those its their his her any no */
    WB_TIEPREP = 4, /* to with by */
    WB_DETSKIP = 8, /* even also either estimated about around nearly roughly some */
    WB_LEFTSKIP = 16, /* a determiner, a WB_DETSKIP word, a compass or
                         organisation word, "least": one skip_dets_left may
                         step over (tag_piece) */
    WB_REGION = 32    /* region_fold */
};

/* The WB_* bits of a fold f of n bytes whose key (rm_fold_key) is k: at
   most a few compares of 8-byte keys, once per word type of a document
   (which short documents have nearly as many of as words). */
#define WKEY(w) rm_fold_key("" w, sizeof("" w) - 1)
static unsigned char word_bits(const char *f, size_t n, unsigned long long k)
{
    switch (n) {
    case 1:
        return k == WKEY("a") ? WB_DETWORD : 0;
    case 2:
        if (k == WKEY("an") || k == WKEY("no"))
            return WB_DETWORD;
        return k == WKEY("to") || k == WKEY("by") ? WB_TIEPREP : 0;
    case 3:
        if (k == WKEY("can") || k == WKEY("may"))
            return WB_MODAL;
        if (k == WKEY("the") || k == WKEY("its") || k == WKEY("his") || k == WKEY("her") ||
            k == WKEY("any"))
            return WB_DETWORD;
        return 0;
    case 4:
        if (k == WKEY("will") || k == WKEY("must"))
            return WB_MODAL;
        if (k == WKEY("this"))
            return WB_DETWORD;
        if (k == WKEY("with"))
            return WB_TIEPREP;
        return k == WKEY("even") || k == WKEY("also") || k == WKEY("some") ? WB_DETSKIP : 0;
    case 5:
        if (k == WKEY("would") || k == WKEY("could") || k == WKEY("might") || k == WKEY("shall"))
            return WB_MODAL;
        if (k == WKEY("these") || k == WKEY("those") || k == WKEY("their"))
            return WB_DETWORD;
        return k == WKEY("about") ? WB_DETSKIP : 0;
    case 6:
        if (k == WKEY("should"))
            return WB_MODAL;
        return k == WKEY("either") || k == WKEY("around") || k == WKEY("nearly") ? WB_DETSKIP
                                                                                : 0;
    case 7:
        return k == WKEY("roughly") ? WB_DETSKIP : 0;
    case 9:
        /* (a key holds 8 bytes) */
        return k == WKEY("estimate") && f[8] == 'd' ? WB_DETSKIP : 0;
    default:
        return 0;
    }
}
#undef WKEY

/* rm_lex_none_at, rm_lex_class_at, rm_lex_cue_at, rm_lex_triggers_at and
   rm_gaz_match on the tokens of the piece read, whose tags ctx copies per
   token (the text is tagged with this lexicon and gazetteer). */
static inline int none_at(const ctx *c, int slot, const rm_text *t, size_t i, size_t end)
{
    (void)t;
    return i >= end || !((c->tlm[i] >> slot) & 1u);
}

/* Table slot has no phrase of two words or more at token i: none starts
   with its word, or the next word is the second word of none
   (rm_lex_word_second). Then only the word's one-word phrases may stand
   there. */
static inline int no_longer_at(const ctx *c, int slot, size_t i, size_t end)
{
    return !((c->tinfo[c->t.toks[i].type].mul >> slot) & 1u) || i + 1 >= end ||
           !((c->tinfo[c->t.toks[i + 1].type].sec >> slot) & 1u);
}

/* ... and the word has none of those either. */
static inline int no_phrase_at(const ctx *c, int slot, size_t i, size_t end)
{
    return no_longer_at(c, slot, i, end) &&
           !((c->tinfo[c->t.toks[i].type].sgl >> slot) & 1u);
}

static inline size_t class_at(const ctx *c, rm_class k, const rm_text *t, size_t i,
                              size_t end)
{
    rm_hit h;
    int slot = RM_SLOT_CLS + (int)k;
    if (none_at(c, slot, t, i, end))
        return 0;
    if (no_longer_at(c, slot, i, end)) /* (only a one-word phrase, if any) */
        return (c->tinfo[c->t.toks[i].type].sgl >> slot) & 1u;
    return rm_lex_table_at(c->lx, slot, t, i, end, &h, 1) ? h.ntok : 0;
}

static inline size_t lex_cue_at(const ctx *c, const rm_text *t, size_t i, size_t end,
                            rm_hit *out)
{
    if (none_at(c, RM_SLOT_CUE, t, i, end) || no_phrase_at(c, RM_SLOT_CUE, i, end))
        return 0;
    return rm_lex_table_at(c->lx, RM_SLOT_CUE, t, i, end, out, 1) ? out->ntok : 0;
}

static inline size_t trig_at(const ctx *c, const rm_text *t, size_t i, size_t end,
                             rm_hit *out, size_t max)
{
    if (none_at(c, RM_SLOT_TRIG, t, i, end) || no_phrase_at(c, RM_SLOT_TRIG, i, end))
        return 0;
    return rm_lex_table_at(c->lx, RM_SLOT_TRIG, t, i, end, out, max);
}

static inline size_t gaz_match(const ctx *c, const rm_text *t, size_t i, size_t end,
                               int *entity, rm_alias_kind *kind)
{
    const struct tinfo *ti;
    if (i >= end || (c->tmsk[i] & TB_NO_GAZ))
        return 0;
    ti = &c->tinfo[t->toks[i].type];
    if (ti->gleaf || i + 1 >= end || (t->toks[i + 1].flags & RM_TOK_PARA) ||
        !c->tinfo[t->toks[i + 1].type].gsec ||
        !rm_gaz_edge_may(c->gedges, t->groot[t->toks[i].type], t->gw[t->toks[i + 1].type])) {
        /* (no longer alias starts with the word, or none goes on with the
           next: the one-word alias, if its case fits, is the match) */
        if (ti->gent < 0 || !rm_gaz_first_case_may(ti->gcase, t->toks[i].flags))
            return 0;
        *entity = ti->gent;
        *kind = (rm_alias_kind)ti->gkind;
        return 1;
    }
    return rm_gaz_match_(c->x->gaz, t, i, end, entity, kind);
}

static inline const char *F(const ctx *c, size_t i)
{
    return rm_tok_fold(&c->t, i);
}

static inline int is(const ctx *c, rm_class k, size_t i)
{
    /* class bits looked up once per distinct word (rm_lex_tag) */
    return (c->tcls[i] >> k) & 1u;
}

/* Token i folds to the literal w: a length test, then a fixed-size
   compare. ("" w) only compiles for a literal, so sizeof is its length;
   folds hold no NUL bytes but a lone NUL token, so this is strcmp == 0
   for every non-empty literal. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int eq_long(const ctx *c, size_t i, const char *w, size_t n)
{
    return c->t.toks[i].nfold == n && rm_tok_is_(&c->t, i, w, n);
}

#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int eq_n(const ctx *c, size_t i, const char *w, size_t n)
{
    /* (a word shorter than 8 bytes: one compare with the token's key and
       length, copied per token -- see tlen_key) */
    if (n < 8)
        return c->tkey[i] == (rm_fold_key(w, n) | ((unsigned long long)n << 56));
    /* (a longer one: the key holds its first 7 bytes and a zero top byte,
       which tells nearly every other word from it in place: the compiler
       made a call of this, where the literal's key was no constant) */
    if (c->tkey[i] != (rm_fold_key(w, 8) & 0x00FFFFFFFFFFFFFFull))
        return 0;
    return eq_long(c, i, w, n);
}
#define eq(c, i, w) eq_n((c), (i), "" w, sizeof("" w) - 1)

/* Does the word at i end in suf, with at least min letters before it
   ("supplying", "accused", "reportedly")? */
static inline int ends_in(const ctx *c, size_t i, const char *suf, size_t min)
{
    size_t n = strlen(suf), w = c->t.toks[i].nfold;
    return w >= n + min && memcmp(F(c, i) + w - n, suf, n) == 0;
}

static inline int punct(const ctx *c, size_t i)
{
    return (c->t.toks[i].flags & RM_TOK_PUNCT) != 0;
}

/* Is the word at i part of a sum or a count ("$20 million", "3 bn")? */
static int sum_word(const ctx *c, size_t i)
{
    return (c->t.toks[i].flags & RM_TOK_NUM) || eq(c, i, "million") || eq(c, i, "billion") ||
           eq(c, i, "trillion") || eq(c, i, "thousand") || eq(c, i, "hundred") ||
           eq(c, i, "mn") || eq(c, i, "bn");
}

/* A currency sign ("$", "€", "£") at i. */
static int currency(const ctx *c, size_t i)
{
    return eq(c, i, "$") || eq(c, i, "€") || eq(c, i, "£");
}

static inline int mention_at(const ctx *c, size_t i)
{
    return c->tok_m[i - c->ss];
}

static inline int clause_of(const ctx *c, size_t i)
{
    return c->clause[i - c->ss];
}

static inline int usable(const mention *m)
{
    return m->use == M_STRONG || m->use == M_ANAPH;
}

/* The gazetteer entity e; for a mention that stands for no one (e < 0:
   an unresolved anaphor, an unattributed "we"), an entity of no type. */
static const rm_entity *ent(const ctx *c, int e)
{
    static const rm_entity none = {NULL, NULL, (relmap_actor_type)-1, {{0}}, 0};
    if (e >= c->ngaz)
        return &c->dyn[e - c->ngaz].e;
    return e < 0 ? &none : &c->gents[e];
}

/* ---- document actors ---- */

static int new_doc_actor(ctx *c, int entity);

static inline int doc_actor(ctx *c, int entity)
{
    if (c->doc->actor_of_entity[entity] >= 0)
        return c->doc->actor_of_entity[entity];
    return new_doc_actor(c, entity);
}

/* doc_actor of an entity with no actor yet. */
static int new_doc_actor(ctx *c, int entity)
{
    relmap_doc *d = c->doc;
    actor a;
    const rm_entity *e;
    e = ent(c, entity);
    memset(&a, 0, sizeof a);
    a.info.id = e->id;
    a.info.label = e->label;
    a.info.type = e->type;
    a.entity = entity;
    if (rm_vec_push(&d->actors, a)) {
        c->failed = 1;
        return -1;
    }
    d->actor_of_entity[entity] = (int)d->actors.n - 1;
    return (int)d->actors.n - 1;
}

/* The actor.alias_key of s[0..len) (len at most 80). */
static unsigned alias_key(const char *s, size_t len)
{
    return len == 0 ? 0u : (unsigned)len << 8 | (unsigned char)s[0];
}

static void note_surface(ctx *c, const mention *m)
{
    int ai = doc_actor(c, m->entity);
    actor *a;
    size_t i, len, clen;
    unsigned key;
    const char *s;
    char *copy;
    if (ai < 0)
        return;
    a = &c->doc->actors.v[ai];
    a->info.mentions++;
    s = c->t.text + c->t.toks[m->a].start;
    len = rm_tok_end(&c->t, m->b - 1) - c->t.toks[m->a].start;
    if (len > 80)
        return;
    /* a length and a first-byte test before the compare */
    key = alias_key(s, len);
    if (a->hint < a->aliases.n && a->alias_key.v[a->hint] == key &&
        memcmp(a->aliases.v[a->hint], s, len) == 0)
        return;
    for (i = 0; i < a->aliases.n; i++)
        if (a->alias_key.v[i] == key && memcmp(a->aliases.v[i], s, len) == 0) {
            a->hint = i;
            return;
        }
    copy = rm_strndup(s, len);
    if (copy && strncmp(copy, "The ", 4) == 0)
        copy[0] = 't';
    clen = copy ? strlen(copy) : 0;
    key = copy ? alias_key(copy, clen) : 0;
    for (i = 0; copy && i < a->aliases.n; i++)
        if (a->alias_key.v[i] == key && memcmp(a->aliases.v[i], copy, clen) == 0) {
            free(copy);
            return;
        }
    if (copy == NULL || rm_vec_push(&a->alias_key, key) ||
        rm_vec_push(&a->aliases, copy)) {
        if (copy && a->alias_key.n > a->aliases.n)
            a->alias_key.n--;
        free(copy);
        c->failed = 1;
    }
}

/* ---- mentions ---- */

static size_t skip_dets_left(const ctx *c, size_t i, size_t lo)
{
    /* the first of the determiners and hyphenated modifiers ("the
       Kurdish-led") right before token i */
    size_t j = i, steps = 0;
    while (j > lo && steps < 6) {
        size_t k = j - 1;
        /* ... and amounts: "by an estimated 4,000 Rwandan troops" */
        /* (WB_DETSKIP: even, also, either, estimated, about, around,
           nearly, roughly, some) */
        /* (WB_LEFTSKIP or a number: the words any test below takes) */
        if (((c->twb[k] & WB_LEFTSKIP) || (c->t.toks[k].flags & RM_TOK_NUM)) &&
            (is(c, RM_C_DET, k) || (c->twb[k] & WB_DETSKIP) ||
             /* "in northwestern Greenland" */
             (is(c, RM_C_COMPASS, k) && !(c->t.toks[k].flags & RM_TOK_CAP)) ||
             /* "to the paramilitary Rapid Support Forces" */
             (is(c, RM_C_ORGN, k) && !(c->t.toks[k].flags & RM_TOK_CAP) && mention_at(c, k) < 0 &&
              k > lo && is(c, RM_C_DET, k - 1)) ||
             ((c->t.toks[k].flags & RM_TOK_NUM) && mention_at(c, k) < 0) ||
             (eq(c, k, "least") && k > lo && eq(c, k - 1, "at") && (k--, 1)))) {
            j = k;
            steps++;
            continue;
        }
        if (k >= lo + 2 && (c->t.toks[k - 1].flags & RM_TOK_HYPHEN) &&
            (c->t.toks[k].flags & RM_TOK_WORD) && (c->t.toks[k - 2].flags & RM_TOK_WORD)) {
            j = k - 2;
            steps++;
            continue;
        }
        break;
    }
    return j;
}

/* "linked to", "affiliated with": the preposition at t after a tie word. */
static int tie_at(const ctx *c, size_t t)
{
    /* ... and "areas held by the Arakan Army", "firms owned by the IRGC" */
    return (c->twb[t] & WB_TIEPREP) && t > c->ss + 1 && /* (to, with, by) */
           is(c, RM_C_TIE, t - 1);
}

/* mention.pcls of the preposition at token k */
static inline unsigned char prep_cls(const ctx *c, size_t k)
{
    return (unsigned char)((is(c, RM_C_SUBORD, k) ? PC_SUBORD : 0) |
                           (is(c, RM_C_VENUE, k) ? PC_VENUE : 0));
}

/* m's preposition becomes the literal w (n bytes with its NUL) */
static void set_prep_lit(const ctx *c, mention *m, const char *w, size_t n)
{
    memcpy(m->prep, w, n);
    m->pcls = (unsigned char)((rm_lex_is(c->lx, RM_C_SUBORD, w, n - 1) ? PC_SUBORD : 0) |
                              (rm_lex_is(c->lx, RM_C_VENUE, w, n - 1) ? PC_VENUE : 0));
}

static void set_prep(ctx *c, mention *m)
{
    size_t j = skip_dets_left(c, m->a, c->ss);
    /* "with President Donald Trump": past a title */
    if (m->kind == RM_ALIAS_PERSON) {
        while (j > c->ss && (c->t.toks[j - 1].flags & RM_TOK_CAP) &&
               (is(c, RM_C_ROLE, j - 1) || is(c, RM_C_ENVOY, j - 1) || is(c, RM_C_HONORIFIC, j - 1)))
            j--;
        j = skip_dets_left(c, j, c->ss);
    }
    m->prep[0] = '\0';
    m->pcls = 0;
    if (j > c->ss) {
        size_t k = j - 1;
        if (is(c, RM_C_PREP, k) && c->t.toks[k].nfold < sizeof m->prep) {
            memcpy(m->prep, F(c, k), c->t.toks[k].nfold + 1);
            m->pcls = prep_cls(c, k);
        }
        /* ("according to a UN panel", "thanks to Qatar": the source of a
           claim or a cause, never a recipient) */
        if (m->prep[0] && k > c->ss && eq(c, k, "to") &&
            (eq(c, k - 1, "according") || eq(c, k - 1, "thanks") || eq(c, k - 1, "owing") ||
             eq(c, k - 1, "due")))
            set_prep_lit(c, m, "according", sizeof "according");
        /* ("second only to Washington", "compared to China", "similar to
           Iran's": a comparison, not a recipient; "than" reads the same) */
        if (m->prep[0] && k > c->ss && eq(c, k, "to") &&
            (eq(c, k - 1, "only") || eq(c, k - 1, "compared") || eq(c, k - 1, "similar") ||
             eq(c, k - 1, "equal") || eq(c, k - 1, "equivalent") || eq(c, k - 1, "comparable") ||
             eq(c, k - 1, "contrary") || eq(c, k - 1, "relative")))
            set_prep_lit(c, m, "than", sizeof "than");
        /* "sanctions against two individuals linked to (the hacking
           group) APT31", "sanctioned firms tied to Wagner": the actor the
           people or firms are tied to takes the preposition -- or the
           object position -- of the phrase that names them */
        /* (only where the sentence has a tie word) */
        if ((c->scls >> RM_C_TIE) & 1u) {
            size_t t = k;
            while (t > c->ss && t + 3 >= k && !tie_at(c, t) &&
                   (c->t.toks[t].flags & RM_TOK_WORD) && !(c->t.toks[t].flags & RM_TOK_CAP))
                t--;
            if (tie_at(c, t)) {
                size_t q;
                for (q = t - 1; q-- > c->ss && t - q <= 10;) {
                    int mq = mention_at(c, q);
                    if (punct(c, q) || (mq >= 0 && c->ms.v[mq].use != M_MOD))
                        break;
                    if (c->trig[q - c->ss]) {
                        m->prep[0] = '\0'; /* the verb's object */
                        m->pcls = 0;
                        break;
                    }
                    if (is(c, RM_C_PREP, q) && !eq(c, q, "of")) {
                        if (c->t.toks[q].nfold < sizeof m->prep) {
                            memcpy(m->prep, F(c, q), c->t.toks[q].nfold + 1);
                            m->pcls = prep_cls(c, q);
                        }
                        break;
                    }
                }
            }
        }
        /* "sanctions on members of Iran's government", "weapons to the
           army of Sudan": the preposition before the office or force */
        if (eq(c, k, "of") && k > c->ss) {
            size_t q = k, n = 0, units = 0;
            while (q > c->ss && n < 3 &&
                   (is(c, RM_C_ROLE, q - 1) || is(c, RM_C_ENVOY, q - 1) ||
                    is(c, RM_C_QUANT, q - 1)) &&
                   mention_at(c, q - 1) < 0) {
                q--;
                n++;
            }
            /* "sanctioned five U.S.-based subsidiaries of Hanwha Ocean":
               a company's units stand for it, as the verb's object */
            if (n == 0 && q > c->ss && is(c, RM_C_UNITN, q - 1)) {
                q--;
                units = 1;
                while (q > c->ss && q + 6 > k &&
                       ((c->t.toks[q - 1].flags & (RM_TOK_NUM | RM_TOK_HYPHEN)) ||
                        (q >= c->ss + 2 && (c->t.toks[q - 2].flags & RM_TOK_HYPHEN)) ||
                        (mention_at(c, q - 1) >= 0 && c->ms.v[mention_at(c, q - 1)].use == M_MOD)))
                    q = mention_at(c, q - 1) >= 0 ? c->ms.v[mention_at(c, q - 1)].a : q - 1;
            }
            /* ("with the breakaway region of Somaliland": an adjective) */
            if (n > 0 && q > c->ss + 1 && plain_word(c, q - 1) && !c->trig[q - 1 - c->ss] &&
                !is(c, RM_C_PREP, q - 1) && !is(c, RM_C_COORD, q - 1) && !is(c, RM_C_REL, q - 1) &&
                !is(c, RM_C_BE, q - 1) && !is(c, RM_C_AUX, q - 1) && is(c, RM_C_DET, q - 2))
                q--;
            if (n > 0 || units) {
                q = skip_dets_left(c, q, c->ss);
                if (q > c->ss && is(c, RM_C_PREP, q - 1) && !eq(c, q - 1, "of") &&
                    c->t.toks[q - 1].nfold < sizeof m->prep) {
                    memcpy(m->prep, F(c, q - 1), c->t.toks[q - 1].nfold + 1);
                    m->pcls = prep_cls(c, q - 1);
                } else if (units && q > c->ss && c->trig[q - 1 - c->ss]) {
                    m->prep[0] = '\0';
                    m->pcls = 0;
                }
            }
        }
    }
}

static int push_mention(ctx *c, mention *m)
{
    size_t k;
    /* "Somalia's Hassan Sheikh Mohamud": the possessive and the name are
       one mention of one actor */
    if (c->ms.n > 0 && m->use == M_STRONG) {
        const mention *p = &c->ms.v[c->ms.n - 1];
        /* ... also over titles: "Guyana's President Irfaan Ali" */
        if (p->use == M_STRONG && p->poss && p->entity == m->entity && p->b < m->a &&
            m->a <= p->b + 4 && (c->t.toks[p->b].flags & RM_TOK_POSS)) {
            size_t q = p->b + 1;
            while (q < m->a && is(c, RM_C_ROLE, q))
                q++;
            if (q == m->a) {
                /* (and its preposition: "sanctions on Russia's FSB") */
                m->a = p->a;
                memcpy(m->prep, p->prep, sizeof m->prep);
                m->pcls = p->pcls;
                c->ms.n--;
            }
        }
    }
    /* "the Jalisco New Generation Cartel (CJNG)": a name and its acronym
       in brackets are one mention, so a list runs on past them */
    if (c->ms.n > 0 && m->use == M_STRONG && m->a > c->ss && m->b < c->se &&
        eq(c, m->a - 1, "(") && eq(c, m->b, ")")) {
        mention *p = &c->ms.v[c->ms.n - 1];
        if (p->use == M_STRONG && p->entity == m->entity && p->b == m->a - 1 && !p->poss) {
            p->b = m->b + 1;
            p->poss = m->b + 1 < c->se && (c->t.toks[m->b + 1].flags & RM_TOK_POSS);
            set_prep(c, p);
            for (k = m->a - 1; k <= m->b; k++)
                c->tok_m[k - c->ss] = (int)c->ms.n - 1;
            return 0;
        }
    }
    /* "the Caspian Pipeline Consortium (CPC)": an acronym in brackets
       after a name stands for it in the rest of the document */
    if (m->use == M_STRONG && m->kind == RM_ALIAS_NAME && m->entity >= 0 && m->b + 2 < c->se &&
        eq(c, m->b, "(") && eq(c, m->b + 2, ")") && all_caps(c, m->b + 1) &&
        (c->tmsk[m->b + 1] & TB_NO_GAZ))
        learn_name(c, m->b + 1, m->entity);
    if (rm_vec_push(&c->ms, *m)) {
        c->failed = 1;
        return -1;
    }
    for (k = m->a; k < m->b; k++)
        if (c->tok_m[k - c->ss] < 0 || m->use != M_ANAPH)
            c->tok_m[k - c->ss] = (int)c->ms.n - 1;
    return 0;
}

/* Is the word at i an acronym: 2 to 8 capital letters or digits, the
   first a letter? */
static int all_caps(const ctx *c, size_t i)
{
    const char *s = c->t.text + c->t.toks[i].start;
    size_t n = rm_tok_end(&c->t, i) - c->t.toks[i].start, k;
    if (n < 2 || n > 8 || !(s[0] >= 'A' && s[0] <= 'Z'))
        return 0;
    for (k = 1; k < n; k++)
        if (!((s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9')))
            return 0;
    return 1;
}

/* Extend a demonym or name over following role nouns and title-case names:
   "Russian Defense Minister Sergei Shoigu". Returns the new end. */
/* A lower-case word that is not obviously a verb form or a trigger. */
/* (plain_word of a word whose type was not read yet) */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int plain_word_new(const ctx *c, size_t j)
{
    struct tinfo *ti = &c->tinfo[c->t.toks[j].type];
    size_t n = c->t.toks[j].nfold;
    const char *f = F(c, j);
    rm_hit h[2];
    ti->plain = (n > 3 && (str_ne(f + n - 2, "ed") == 0 || str_ne(f + n - 3, "ing") == 0)) ||
                        trig_at(c, &c->t, j, j + 1, h, 2)
                    ? 2
                    : 1;
    return ti->plain == 1;
}

/* (inline: called some 300,000 times a megabyte, nearly always with its
   type's answer kept) */
static inline int plain_word(const ctx *c, size_t j)
{
    unsigned char p;
    if (c->t.toks[j].flags & (RM_TOK_CAP | RM_TOK_PUNCT | RM_TOK_NUM))
        return 0;
    /* (the rest reads only the word's type: its fold and its one-word
       trigger readings, found at its first token and kept) */
    p = c->tinfo[c->t.toks[j].type].plain;
    return p ? p == 1 : plain_word_new(c, j);
}


/* Remember the name at token k as one of entity's people. */
static void learn_name(ctx *c, size_t k, int entity)
{
    size_t n = c->t.toks[k].nfold;
    int i, slot;
    /* (names of 2 to 23 bytes, as when they were kept as 24-byte keys) */
    if (n < 2 || n >= 24 || entity < 0)
        return;
    for (i = 0; i < c->nlearned; i++)
        if (c->learned[i].type == c->t.toks[k].type) {
            c->learned[i].entity = entity; /* the latest holder of the name */
            return;
        }
    if (c->nlearned < 32) {
        slot = c->nlearned++;
    } else {
        slot = c->learn_next++ % 32; /* (the oldest, forgotten) */
        c->mskip[c->learned[slot].type] &= (unsigned char)~TB_LEARNED;
    }
    c->learned[slot].type = c->t.toks[k].type;
    c->mskip[c->t.toks[k].type] |= TB_LEARNED;
    c->learned[slot].entity = entity;
}

/* A name learned from this document at token i: its entity, or -1. */
static int learned_at(const ctx *c, size_t i)
{
    int k;
    /* (most words are no learned name: one bit says so) */
    if (!(c->mskip[c->t.toks[i].type] & TB_LEARNED) ||
        !(c->t.toks[i].flags & RM_TOK_CAP) || !(c->t.toks[i].flags & RM_TOK_WORD))
        return -1;
    /* (inside another name: "Xi Jinping" is not "Jinping" of someone else) */
    if (i > c->ss && (c->t.toks[i - 1].flags & RM_TOK_CAP) &&
        (c->t.toks[i - 1].flags & RM_TOK_WORD) && !is(c, RM_C_ROLE, i - 1) &&
        !is(c, RM_C_ENVOY, i - 1) && !is(c, RM_C_HONORIFIC, i - 1))
        return -1; /* (but "Mr. Mulino" is Mulino) */
    /* a type compare, not strcmp: types are never forgotten within a
       document (rm_text_drop keeps them) */
    for (k = 0; k < c->nlearned; k++)
        if (c->learned[k].type == c->t.toks[i].type)
            return c->learned[k].entity;
    return -1;
}

/* ---- organisations the gazetteer lacks ---- */

/* The name known from this document at token i ("Navitas Petroleum",
   or its short form "Thunder Tiger"): its token count, and *entity. */
static size_t dyn_name_find(const ctx *c, size_t i, int *entity);

static inline size_t dyn_name_at(const ctx *c, size_t i, int *entity)
{
    /* (most words start no such name: one bit says so) */
    if (!(c->mskip[c->t.toks[i].type] & TB_DYN))
        return 0;
    return dyn_name_find(c, i, entity);
}

static size_t dyn_name_find(const ctx *c, size_t i, int *entity)
{
    int k, w;
    for (k = 0; k < c->ndyn; k++) {
        int lens[2] = {c->dyn[k].nkey, c->dyn[k].nshort};
        for (w = 0; w < 2; w++) {
            int j, n = lens[w];
            if (n == 0 || i + (size_t)n > c->se)
                continue;
            /* (a type compare: types are never forgotten within a document) */
            for (j = 0; j < n && c->dyn[k].key[j] == c->t.toks[i + j].type; j++)
                ;
            /* (the whole name: not "Tiger" of "Thunder Tiger Bay") */
            if (j == n && !(i + n < c->se && (c->t.toks[i + n].flags & RM_TOK_CAP) &&
                            (c->t.toks[i + n].flags & RM_TOK_WORD))) {
                *entity = c->ngaz + k;
                return (size_t)n;
            }
        }
    }
    return 0;
}

/* The words of a proper name from token i: capitalised words, joined by
   hyphens ("Tau-Ken Samruk", "Sakhalin-2"), no gazetteer name inside,
   no function word. Its token count, at most MAX_NAME_TOKS. */
static size_t name_span(const ctx *c, size_t i)
{
    size_t j = i;
    while (j < c->se && j < i + MAX_NAME_TOKS) {
        unsigned f = c->t.toks[j].flags;
        int e;
        rm_alias_kind kind;
        if ((f & RM_TOK_HYPHEN) && j > i && j + 1 < c->se && j + 2 <= i + MAX_NAME_TOKS &&
            (c->t.toks[j + 1].flags & (RM_TOK_CAP | RM_TOK_NUM))) {
            j += 2;
            continue;
        }
        if (!(f & RM_TOK_WORD) || !(f & RM_TOK_CAP) || (f & RM_TOK_POSS))
            break;
        if (j > i && gaz_match(c, &c->t, j, c->se, &e, &kind))
            break;
        if (is(c, RM_C_DET, j) || is(c, RM_C_PREP, j) || is(c, RM_C_COORD, j) ||
            is(c, RM_C_REL, j) || is(c, RM_C_BE, j) ||
            /* ("First Quantum Minerals" is a name) */
            (is(c, RM_C_AUX, j) && !(j + 1 < c->se && (c->t.toks[j + 1].flags & RM_TOK_CAP))) ||
            is(c, RM_C_REPORT, j) || is(c, RM_C_SUBORD, j) || is(c, RM_C_PRON, j) ||
            is(c, RM_C_ENVOY, j) || is(c, RM_C_HONORIFIC, j) || is(c, RM_C_TIME, j))
            break;
        j++;
    }
    return j - i;
}

/* Does a longer name go on at token k: "of" or "for" and a capitalised
   word ("the European Bank for Reconstruction and Development", "the
   Christian Association of Nigeria")? */
static int name_goes_on(const ctx *c, size_t k)
{
    return k + 1 < c->se && (eq(c, k, "of") || eq(c, k, "for")) &&
           (c->t.toks[k + 1].flags & (RM_TOK_CAP | RM_TOK_WORD)) == (RM_TOK_CAP | RM_TOK_WORD) &&
           !is(c, RM_C_DET, k + 1);
}

/* Most words of the sentence are capitalised: a headline in title case,
   where capitals tell no name. */
static int title_case(ctx *c)
{
    if (c->title < 0) {
        size_t k, words = 0, caps = 0;
        /* (a sentence that ends in a full stop is no headline) */
        for (k = c->se; k > c->ss && punct(c, k - 1) && !eq(c, k - 1, "."); k--)
            ;
        if (k > c->ss && eq(c, k - 1, "."))
            return c->title = 0;
        for (k = c->ss; k < c->se; k++)
            if ((c->t.toks[k].flags & RM_TOK_WORD) && !(c->t.toks[k].flags & RM_TOK_NUM)) {
                words++;
                if (c->t.toks[k].flags & RM_TOK_CAP)
                    caps++;
            }
        c->title = words >= 4 && caps * 5 > words * 3;
    }
    return c->title;
}

/* May a head noun at k describe the name next to it: "the state miner
   Tau-Ken Samruk", "X, a Chinese refiner with ..." (not "a company
   spokesman", "the group's leader")? */
static int name_head_at(const ctx *c, size_t k)
{
    return k >= c->ss && k < c->se && is(c, RM_C_NHEAD, k) &&
           !(c->t.toks[k].flags & RM_TOK_CAP) &&
           (k + 1 >= c->se || punct(c, k + 1) || is(c, RM_C_PREP, k + 1) ||
            is(c, RM_C_DET, k + 1) || is(c, RM_C_REL, k + 1) || is(c, RM_C_COORD, k + 1) ||
            (c->t.toks[k + 1].flags & RM_TOK_CAP)) &&
           !(k + 1 < c->se && (c->t.toks[k + 1].flags & RM_TOK_POSS));
}

/* A country's name with a possessive at token k: "Ecuador's". */
static int poss_country_at(const ctx *c, size_t k)
{
    int e;
    rm_alias_kind kind;
    size_t n = gaz_match(c, &c->t, k, c->se, &e, &kind);
    return n && kind == RM_ALIAS_NAME && k + n < c->se && (c->t.toks[k + n].flags & RM_TOK_POSS) &&
           ent(c, e)->type == RELMAP_ACTOR_COUNTRY;
}

/* Is the capitalised span [i, i + n) the name of an organisation? By its
   last word ("Navitas Petroleum", "Radaa Deterrence Force"), by a head
   noun before it ("lobby group AfriForum", "state-owned CNNC") or in an
   apposition after it ("Rizhao Hengtai Petrochemical, a Chinese
   refiner"), or listed after such a name ("Keremet Bank and Tolubay"). */
static int org_name(ctx *c, size_t i, size_t n)
{
    size_t k, last = i + n - 1, words = 0, specific = 0;
    if (n == 0 || title_case(c))
        return 0;
    for (k = i; k <= last; k++) {
        if (!(c->t.toks[k].flags & RM_TOK_WORD))
            continue;
        words++;
        if (!is(c, RM_C_ROLE, k) && !is(c, RM_C_NGENERIC, k) && !is(c, RM_C_NSUFFIX, k) &&
            !(c->t.toks[k].flags & RM_TOK_NUM))
            specific++;
    }
    if (specific == 0)
        return 0;
    /* ("the aircraft carrier USS Harry S Truman": a ship is no body) */
    if (eq(c, i, "uss") || eq(c, i, "hms") || eq(c, i, "ins") || eq(c, i, "hmas") ||
        eq(c, i, "hmcs") || eq(c, i, "mv") || eq(c, i, "rfs"))
        return 0;
    /* right after an actor's name, the words are its: "Kenya Defence
       Forces" */
    if (i > c->ss && mention_at(c, i - 1) >= 0 && !(c->t.toks[i - 1].flags & RM_TOK_POSS))
        return 0;
    /* ... and so is a numbered unit of a country's forces: "Germany's 45th
       Armoured Brigade", "Ukraine's 3rd Assault Brigade" */
    if (is(c, RM_C_ROLE, last) && i > c->ss + 1 && (c->t.toks[i - 1].flags & RM_TOK_NUM)) {
        size_t q = i - 1;
        while (q > c->ss && (c->t.toks[q - 1].flags & RM_TOK_POSS))
            q--;
        if (q < i - 1 && q > c->ss && mention_at(c, q - 1) >= 0 &&
            c->ms.v[mention_at(c, q - 1)].entity >= 0 &&
            ent(c, c->ms.v[mention_at(c, q - 1)].entity)->type == RELMAP_ACTOR_COUNTRY)
            return 0;
    }
    /* a name does not end inside a run of capitals ("USS George
       Washington", "Christian Association of Nigeria"; new_org_at sees
       that none starts inside one) */
    if ((i + n < c->se && (c->t.toks[i + n].flags & RM_TOK_CAP) &&
         (c->t.toks[i + n].flags & RM_TOK_WORD)) ||
        name_goes_on(c, i + n))
        return 0;
    /* ... nor after "of" inside one ("Department of Atomic Energy",
       "Bureau of Fisheries and Aquatic Resources") */
    if (i >= c->ss + 2 && (eq(c, i - 1, "of") || eq(c, i - 1, "for") || eq(c, i - 1, "de")) &&
        (c->t.toks[i - 2].flags & RM_TOK_CAP))
        return 0;
    if (i >= c->ss + 2 && (eq(c, i - 1, "and") || eq(c, i - 1, "&")) &&
        (c->t.toks[i - 2].flags & RM_TOK_CAP) && (c->t.toks[i - 2].flags & RM_TOK_WORD) &&
        mention_at(c, i - 2) < 0)
        return 0;
    /* a capital at the start of a sentence says nothing */
    if (i == c->ss && c->t.lcls[c->t.toks[i].type] != 0)
        return 0;
    if (words >= 2 && is(c, RM_C_NSUFFIX, last))
        return 1;
    if (i > c->ss && name_head_at(c, i - 1))
        return 1;
    /* "Croatia's JANAF", "Germany's Hapag-Lloyd": an acronym or a
       hyphenated name owned by a country (not "Russia's S-400s", "China's
       GDP": numbers and generic words are no names) */
    if (i >= c->ss + 2 && (c->t.toks[i - 1].flags & RM_TOK_POSS) && mention_at(c, i - 2) >= 0 &&
        c->ms.v[mention_at(c, i - 2)].entity >= 0 &&
        ent(c, c->ms.v[mention_at(c, i - 2)].entity)->type == RELMAP_ACTOR_COUNTRY) {
        int num = 0, hyph = 0;
        for (k = i; k <= last; k++) {
            num |= (c->t.toks[k].flags & RM_TOK_NUM) != 0;
            hyph |= k > i && (c->t.toks[k].flags & RM_TOK_HYPHEN) && k < last;
        }
        /* (and not one modifying a noun: "South Africa's HIV programme") */
        int modifier = last + 1 < c->se && plain_word(c, last + 1) &&
                       !is(c, RM_C_REPORT, last + 1) && !is(c, RM_C_AUX, last + 1) &&
                       !is(c, RM_C_BE, last + 1) && !is(c, RM_C_PREP, last + 1) &&
                       !is(c, RM_C_COORD, last + 1) && !is(c, RM_C_REL, last + 1) &&
                       /* (but "Serbia's NIS oil company": the name's head noun) */
                       !is(c, RM_C_NHEAD, last + 1) &&
                       !(last + 2 < c->se && is(c, RM_C_NHEAD, last + 2) &&
                         !(c->t.toks[last + 2].flags & RM_TOK_CAP));
        /* ("South Africa's Eskom", "Angola's Sonangol": one word, when
           it acts or is acted on -- not "Russia's Kursk region") */
        if (!num && !modifier && specific == words &&
            ((n == 1 && (c->t.toks[i].flags & RM_TOK_ALLCAPS) && c->t.toks[i].nfold >= 2) || hyph ||
             (n == 1 && c->t.toks[i].nfold >= 4 && last + 1 < c->se && !is(c, RM_C_NGENERIC, i) &&
              /* (not "Britain's Type 26", "Finland's Transport and
                 Communications Agency", "Afghanistan's Khost and Paktika
                 provinces") */
              !(c->t.toks[last + 1].flags & RM_TOK_NUM) &&
              !((c->t.toks[last + 1].flags & RM_TOK_HYPHEN) && last + 2 < c->se &&
                (c->t.toks[last + 2].flags & RM_TOK_NUM)) &&
              !((eq(c, last + 1, "and") || eq(c, last + 1, "or")) && last + 2 < c->se &&
                (c->t.toks[last + 2].flags & RM_TOK_CAP) && !poss_country_at(c, last + 2)))))
            return 1;
    }
    if (i >= c->ss + 3 && (eq(c, i - 1, "owned") || eq(c, i - 1, "run") || eq(c, i - 1, "controlled")) &&
        (c->t.toks[i - 2].flags & RM_TOK_HYPHEN) && eq(c, i - 3, "state"))
        return 1;
    if (i + n + 2 < c->se && eq(c, i + n, ",") &&
        (eq(c, i + n + 1, "a") || eq(c, i + n + 1, "an") || eq(c, i + n + 1, "the") ||
         /* "Los Lobos, Ecuador's largest criminal organization" */
         poss_country_at(c, i + n + 1)))
        for (k = i + n + 2; k < c->se && k < i + n + 9; k++) {
            if ((punct(c, k) && !(c->t.toks[k].flags & RM_TOK_HYPHEN)) || is(c, RM_C_PREP, k))
                break;
            if (name_head_at(c, k))
                return 1;
        }
    /* "Chinese companies including Ganfeng Lithium and ...", "two Russian
       fishing companies, Norebo and ..." */
    k = i > c->ss ? i - 1 : c->se;
    if (k == c->se)
        ;
    else if (k > c->ss && eq(c, k, "including"))
        k--;
    else if (k > c->ss + 1 && eq(c, k, "as") && eq(c, k - 1, "such"))
        k -= 2;
    else if (!(eq(c, k, ",") && i + n < c->se && (eq(c, i + n, "and") || eq(c, i + n, ","))))
        k = c->se;
    if (k < c->se && k > c->ss && eq(c, k, ","))
        k--;
    if (k < c->se && k >= c->ss && k < i - 1 && is(c, RM_C_NHEAD, k) &&
        !(c->t.toks[k].flags & RM_TOK_CAP) && ends_in(c, k, "s", 3))
        return 1;
    if (i >= c->ss + 2 && (eq(c, i - 1, "and") || eq(c, i - 1, ",")) && c->ms.n &&
        c->ms.v[c->ms.n - 1].b == i - 1 && c->ms.v[c->ms.n - 1].entity >= c->ngaz)
        return 1;
    return 0;
}

/* An organisation the gazetteer lacks at token i: its token count, and
   *entity (learned here if new). */
static size_t add_org(ctx *c, size_t i, size_t n, int *entity);

static size_t new_org_at(ctx *c, size_t i, int *entity)
{
    size_t n;
    if (c->ndyn && (n = dyn_name_at(c, i, entity)) > 0)
        return n;
    if (c->ndyn >= MAX_DYN || (c->t.toks[i].flags & RM_TOK_HYPHEN))
        return 0;
    /* a name does not start inside a run of capitals ("Stockholm
       International Peace Research Institute"): tested before the span,
       which would otherwise be measured at every word of the run */
    /* (but a sentence's "The" is no part of one: "The Dangote Petroleum
       Refinery bought ...") */
    if (i > c->ss && (c->t.toks[i - 1].flags & (RM_TOK_CAP | RM_TOK_WORD)) ==
                         (RM_TOK_CAP | RM_TOK_WORD) &&
        !(i - 1 == c->ss && is(c, RM_C_DET, i - 1)))
        return 0;
    n = name_span(c, i);
    /* (a name ends on a word) */
    while (n > 0 && (c->t.toks[i + n - 1].flags & RM_TOK_HYPHEN))
        n--;
    /* (after a sentence's "The", only a name its last word shows: "The
       Dangote Petroleum Refinery", not "The Belt and Road Initiative") */
    if (i - 1 == c->ss && (c->t.toks[i - 1].flags & RM_TOK_CAP) &&
        (n < 2 || !is(c, RM_C_NSUFFIX, i + n - 1) ||
         (i + n < c->se && (eq(c, i + n, "and") || eq(c, i + n, "&")))))
        return 0;
    if (!org_name(c, i, n))
        return 0;
    return add_org(c, i, n, entity);
}

/* Learn the organisation named by tokens [i, i + n). */
static size_t add_org(ctx *c, size_t i, size_t n, int *entity)
{
    size_t k, len;
    int d;
    char *label, *id;
    if (c->ndyn >= MAX_DYN || n > MAX_DYN_TOKS)
        return 0;
    for (k = i; k < i + n; k++)
        if (c->t.toks[k].nfold >= 24) /* (a name of reasonable words) */
            return 0;
    len = rm_tok_end(&c->t, i + n - 1) - c->t.toks[i].start;
    label = rm_strndup(c->t.text + c->t.toks[i].start, len);
    id = label ? rm_slug(label) : NULL;
    if (id == NULL || rm_vec_push(&c->doc->strings, label)) {
        free(label);
        free(id);
        c->failed = 1;
        return 0;
    }
    if (rm_vec_push(&c->doc->strings, id)) {
        free(id);
        c->failed = 1;
        return 0;
    }
    d = c->ndyn++;
    memset(&c->dyn[d], 0, sizeof c->dyn[d]);
    c->dyn[d].e.id = id;
    c->dyn[d].e.label = label;
    c->dyn[d].e.type = RELMAP_ACTOR_ORGANIZATION;
    for (k = 0; k < n; k++)
        c->dyn[d].key[k] = c->t.toks[i + k].type;
    c->mskip[c->t.toks[i].type] |= TB_DYN;
    c->dyn[d].nkey = (int)n;
    /* "Thunder Tiger Group" is also "Thunder Tiger" */
    if (n >= 2 && !(c->t.toks[i + n - 2].flags & RM_TOK_HYPHEN) &&
        is(c, RM_C_NSHORT, i + n - 1))
        c->dyn[d].nshort = (int)n - 1;
    else if (n >= 2) {
        /* ... and "the Dangote Petroleum Refinery" is "Dangote": a name
           without the words that say what it is, when what is left is a
           name the text never writes in lower case */
        size_t m = n;
        while (m > 1 && is(c, RM_C_NSUFFIX, i + m - 1) &&
               !(c->t.toks[i + m - 2].flags & RM_TOK_HYPHEN))
            m--;
        if (m < n && !is(c, RM_C_NGENERIC, i + m - 1) && !is(c, RM_C_NSUFFIX, i + m - 1) &&
            (m >= 2 || (c->t.lcls[c->t.toks[i].type] == 0 && c->t.toks[i].nfold >= 4)))
            c->dyn[d].nshort = (int)m;
    }
    *entity = c->ngaz + d;
    return n;
}

/* "Parks Tau, South Africa's trade minister,", "Pablo Quirno, the
   Argentine foreign minister,": the name before the office is learned. */
static void learn_appositive_name(ctx *c, const mention *m)
{
    size_t p, k, s;
    int envoy = 0, names;
    if (m->a >= c->ss + 1 && eq(c, m->a - 1, ","))
        p = m->a - 1;
    else if (m->a >= c->ss + 2 && eq(c, m->a - 1, "the") && eq(c, m->a - 2, ","))
        p = m->a - 2;
    else
        return;
    for (k = m->a; k < m->b && !envoy; k++) /* ("the French defence minister") */
        envoy = is(c, RM_C_ENVOY, k);
    k = m->b;
    if (k < c->se && (c->t.toks[k].flags & RM_TOK_POSS))
        k++;
    for (; k < c->se && k < m->b + 5 && !envoy; k++) {
        if (is(c, RM_C_ENVOY, k))
            envoy = 1;
        else if (!is(c, RM_C_ROLE, k) && !plain_word(c, k))
            break;
    }
    if (!envoy)
        return;
    for (s = p, names = 0; s > c->ss && names < 4 && (c->t.toks[s - 1].flags & RM_TOK_CAP) &&
                           (c->t.toks[s - 1].flags & RM_TOK_WORD) && mention_at(c, s - 1) < 0 &&
                           !is(c, RM_C_ENVOY, s - 1) && !is(c, RM_C_ROLE, s - 1);
         s--)
        names++;
    if (names < 2 || (s > c->ss && (c->t.toks[s - 1].flags & RM_TOK_WORD) &&
                      !is(c, RM_C_DET, s - 1)))
        return;
    learn_name(c, s, m->entity);
    learn_name(c, p - 1, m->entity);
}

static size_t extend_roles(ctx *c, size_t b, int entity, int demonym, int *nroles)
{
    size_t j = b, first = 0;
    int roles = 0, names = 0;
    while (j < c->se) {
        int e;
        rm_alias_kind k;
        size_t n;
        if (is(c, RM_C_ROLE, j) && !(roles == 0 && punct(c, j))) {
            roles++;
            j++;
            continue;
        }
        /* "British warplanes and warships" */
        if (roles && j + 1 < c->se && (eq(c, j, "and") || eq(c, j, "or")) &&
            is(c, RM_C_ROLE, j + 1) && mention_at(c, j + 1) < 0) {
            j++;
            continue;
        }
        /* "Saudi oil facilities": one plain word before the role noun
           (or one that may be a trigger: "a Philippine supply boat") */
        if (roles == 0 && j == b && j + 1 < c->se && demonym &&
            (plain_word(c, j) || (c->trig[j - c->ss] && !ends_in(c, j, "ed", 2) &&
                                  !ends_in(c, j, "ing", 2))) &&
            (c->t.toks[j].flags & RM_TOK_WORD) &&
            !(c->t.toks[j].flags & RM_TOK_CAP) && is(c, RM_C_ROLE, j + 1) &&
            !is(c, RM_C_PREP, j) && !is(c, RM_C_COORD, j) && !is(c, RM_C_BE, j) &&
            !is(c, RM_C_AUX, j) && !is(c, RM_C_PRIVATE, j)) { /* (not "a tour boat") */
            j++;
            continue;
        }
        /* "Thai F-16s", "Russian Su-34s": a weapon's model name is its
           forces */
        if (roles == 0 && j == b && demonym && j + 2 < c->se &&
            (c->t.toks[j].flags & RM_TOK_CAP) && c->t.toks[j].nfold <= 4 &&
            eq(c, j + 1, "-") && (c->t.toks[j + 1].flags & RM_TOK_HYPHEN) &&
            (c->t.toks[j + 2].flags & RM_TOK_NUM) && mention_at(c, j) < 0) {
            roles++;
            j += 3;
            continue;
        }
        if (c->t.toks[j].flags & RM_TOK_HYPHEN && roles && j + 1 < c->se &&
            is(c, RM_C_ROLE, j + 1)) {
            j++;
            continue;
        }
        /* (what is left goes on only past a role noun) */
        if (!roles)
            break;
        n = gaz_match(c, &c->t, j, c->se, &e, &k);
        /* "President Putin", and a title before any other name of the
           same actor ("Bree President Romendacil") */
        if (n && e == entity && (k == RM_ALIAS_PERSON || k == RM_ALIAS_NAME)) {
            if (k == RM_ALIAS_PERSON && n >= 2 && is(c, RM_C_ENVOY, j - 1)) {
                learn_name(c, j, entity); /* ("Dong Jun" ... "Dong") */
                learn_name(c, j + n - 1, entity);
            }
            j += n;
            break;
        }
        if (!n && (c->t.toks[j].flags & RM_TOK_CAP) &&
            (c->t.toks[j].flags & RM_TOK_WORD) && names < 4 &&
            !(c->t.toks[j].flags & RM_TOK_PARA)) {
            if (names++ == 0)
                first = j;
            j++;
            continue;
        }
        break;
    }
    /* "the M23 armed group", "the Hamas militant group", "the NATO
       alliance": an organisation's name before its head noun */
    if (!demonym && entity >= 0 && ent(c, entity)->type == RELMAP_ACTOR_ORGANIZATION && j < c->se) {
        size_t q = j;
        while (q < c->se && q < j + 2 && (c->t.toks[q].flags & RM_TOK_WORD) &&
               !(c->t.toks[q].flags & RM_TOK_CAP) && (is(c, RM_C_ADJ, q) || is(c, RM_C_ROLE, q)))
            q++;
        if (q < c->se && is(c, RM_C_OHEAD, q) && !(c->t.toks[q].flags & RM_TOK_CAP) &&
            !(q + 1 < c->se && eq(c, q + 1, "of"))) {
            j = q + 1;
            roles++;
        }
    }
    /* "Chinese state lenders", "Russian state-owned banks": the firms a
       state owns act for it, as its officials do */
    if (demonym && j < c->se) {
        size_t q = j;
        if (roles && eq(c, q - 1, "state") && is(c, RM_C_PRIVATE, q))
            q++;
        else if (q + 1 < c->se &&
                 (eq(c, q, "state-owned") || eq(c, q, "state-run") ||
                  eq(c, q, "state-controlled")) &&
                 is(c, RM_C_PRIVATE, q + 1))
            q += 2;
        /* (not before the firm's name: "the Polish state miner Kopal-Rud") */
        if (q > j && !(q < c->se && (c->t.toks[q].flags & RM_TOK_CAP))) {
            j = q;
            roles++;
        }
    }
    /* "Chinese Defense Minister Dong Jun", "Russian Foreign Minister Sergei
       Lavrov": a later "Dong" or "Lavrov" is the same person */
    if (names >= 2 && first > c->ss && is(c, RM_C_ENVOY, first - 1)) {
        learn_name(c, first, entity);
        learn_name(c, first + (size_t)names - 1, entity);
    }
    *nroles = roles;
    return j;
}

/* Candidates for "the country" / "the group": actors of the right kind in
   this sentence before it (nearest first), then in the previous sentence.
   entity_of() takes one only when exactly one is left once the other
   argument is excluded: prefer a missing edge to a wrong one. */
static void find_anaphor_cands(ctx *c, mention *m, int want_country, int want_org)
{
    size_t i, n = c->ms.n + c->recent.n;
    m->ncand = 0;
    m->ncur = 0;
    for (i = 0; i < n && m->ncand < MAX_CAND; i++) {
        int e, k, dup = 0;
        relmap_actor_type ty;
        if (i < c->ms.n) {
            const mention *p = &c->ms.v[c->ms.n - 1 - i];
            size_t q;
            int speaker = 0;
            if (p->use != M_STRONG)
                continue;
            /* "A U.N. panel said the group had obtained weapons": the group
               is not the one who speaks of it */
            /* (the candidate speaks: a reporting verb right after it,
               past its own words -- "A U.N. panel of experts said") */
            for (q = p->b; want_org && q < m->a && q < p->b + 5 && !speaker; q++) {
                if ((q > p->b && mention_at(c, q) >= 0) || punct(c, q) || eq(c, q, "that") ||
                    is(c, RM_C_COORD, q))
                    break;
                speaker = is(c, RM_C_REPORT, q);
            }
            /* (but its spokesman or officials do speak of their own
               group: "ECOWAS officials said the bloc had not ...") */
            for (q = p->a; speaker && q < p->b + 1 && q < c->se; q++)
                if (is(c, RM_C_ROLE, q) || is(c, RM_C_ENVOY, q))
                    speaker = 0;
            if (speaker && (str_ne(p->prep, "for") == 0 || str_ne(p->prep, "of") == 0) &&
                p->a > c->ss + 1 && (is(c, RM_C_ENVOY, p->a - 2) || is(c, RM_C_ENVOY, p->a - 1) ||
                                     is(c, RM_C_ROLE, p->a - 2)))
                speaker = 0;
            if (speaker)
                continue;
            e = p->entity;
        } else {
            size_t r = c->recent.n - 1 - (i - c->ms.n);
            if (c->recent_sent.v[r] + 1 < c->sent_idx)
                break; /* only the previous sentence */
            e = c->recent.v[r];
        }
        ty = ent(c, e)->type;
        if (want_country && ty != RELMAP_ACTOR_COUNTRY)
            continue;
        /* "the kingdom", "the island": only an actor called so */
        if (m->b > m->a && is(c, RM_C_RHEAD, m->b - 1) &&
            !rm_gaz_called(c->x->gaz, e, F(c, m->b - 1)))
            continue;
        if (want_org && ty == RELMAP_ACTOR_COUNTRY)
            continue;
        for (k = 0; k < m->ncand; k++)
            if (m->cand[k] == e)
                dup = 1;
        if (!dup) {
            m->cand[m->ncand++] = e;
            if (i < c->ms.n)
                m->ncur = m->ncand;
        }
    }
    m->entity = m->ncand ? m->cand[0] : -1;
}

/* Is the word at k, after "the", a noun for a body that may end a name
   ("the refinery", "the fund"), and the noun phrase's last word? */
static int head_anaphor(const ctx *c, size_t k)
{
    size_t q = k + 1;
    if ((c->t.toks[k].flags & (RM_TOK_WORD | RM_TOK_CAP)) != RM_TOK_WORD ||
        c->t.toks[k].nfold < 4 || !(is(c, RM_C_NHEAD, k) || is(c, RM_C_NSUFFIX, k)) ||
        is(c, RM_C_OHEAD, k) || is(c, RM_C_CHEAD, k))
        return 0;
    return q >= c->se || (c->t.toks[k].flags & RM_TOK_POSS) ||
           (punct(c, q) && !(c->t.toks[q].flags & RM_TOK_HYPHEN) && !eq(c, q, "-")) ||
           is(c, RM_C_REPORT, q) || is(c, RM_C_AUX, q) || is(c, RM_C_BE, q) ||
           is(c, RM_C_COORD, q) || is(c, RM_C_REL, q) || (is(c, RM_C_PREP, q) && !eq(c, q, "of")) ||
           c->trig[q - c->ss];
}

/* Keep of m's candidates those whose name ends in the word at k. */
static void keep_named_by(ctx *c, mention *m, size_t k)
{
    int i, n = 0, cur = 0;
    size_t wl = c->t.toks[k].nfold;
    const char *w = F(c, k);
    for (i = 0; i < m->ncand; i++) {
        const char *l = ent(c, m->cand[i])->label;
        size_t ll = l ? strlen(l) : 0;
        size_t q;
        int same = ll > wl && l[ll - wl - 1] == ' ';
        for (q = 0; same && q < wl; q++)
            same = tolower((unsigned char)l[ll - wl + q]) == (unsigned char)w[q];
        if (same) {
            if (i < m->ncur)
                cur = n + 1;
            m->cand[n++] = m->cand[i];
        }
    }
    m->ncand = n;
    m->ncur = cur;
    m->entity = n ? m->cand[0] : -1;
}

/* A lower-case word that can describe a firm or body before its head
   noun ("chip equipment maker", "sovereign wealth fund"); not a verb, an
   adverb or a function word ("had directly armed"). */
static int describing_word(const ctx *c, size_t k)
{
    return (c->t.toks[k].flags & (RM_TOK_WORD | RM_TOK_CAP | RM_TOK_NUM)) == RM_TOK_WORD &&
           !c->trig[k - c->ss] && !is(c, RM_C_PREP, k) && !is(c, RM_C_COORD, k) &&
           !is(c, RM_C_DET, k) && !is(c, RM_C_AUX, k) && !is(c, RM_C_BE, k) &&
           !is(c, RM_C_REPORT, k) && mention_at(c, k) < 0 && !ends_in(c, k, "ly", 2);
}

/* "held areas", "occupied territory" at k: a participle of holding and
   a noun for land after it. */
static int held_land(const ctx *c, size_t k)
{
    size_t q = k + 1;
    if (!(eq(c, k, "held") || eq(c, k, "controlled") || eq(c, k, "occupied")) || q >= c->se)
        return 0;
    return eq(c, q, "areas") || eq(c, q, "area") || eq(c, q, "territory") ||
           eq(c, q, "territories") || eq(c, q, "positions") || eq(c, q, "regions") ||
           eq(c, q, "region") || eq(c, q, "zones") || eq(c, q, "zone") || eq(c, q, "towns") ||
           eq(c, q, "villages") || eq(c, q, "city") || eq(c, q, "cities") || eq(c, q, "parts") ||
           eq(c, q, "enclave") || eq(c, q, "lands");
}

/* After a country's "'s" at k: lower-case modifiers ("internationally
   recognised", "army-led", "new") and a word for the state's organ
   ("government", "army"). Returns the index past that word, or 0. */
static size_t described_organ(const ctx *c, size_t k)
{
    size_t q;
    int mods = 0;
    for (q = k; q < c->se && q < k + 5; q++) {
        if (state_organ(c, q)) {
            /* (no modifier: the role nouns do it; nor a noun the organ
               modifies: "Ukraine's biggest military backer") */
            if (mods == 0 || (q + 1 < c->se && is_noun_trigger(c, q + 1)) ||
                (q + 1 < c->se && (c->t.toks[q + 1].flags & RM_TOK_WORD) &&
                              !c->trig[q + 1 - c->ss] && !is(c, RM_C_AUX, q + 1) &&
                              !is(c, RM_C_BE, q + 1) && !is(c, RM_C_REPORT, q + 1) &&
                              !is(c, RM_C_PREP, q + 1) && !is(c, RM_C_COORD, q + 1) &&
                              !is(c, RM_C_REL, q + 1) && !is(c, RM_C_ADVERB, q + 1) &&
                              !ends_in(c, q + 1, "ed", 3)))
                return 0;
            return q + 1;
        }
        /* (modifiers: "internationally recognised", "army-led") */
        if ((c->t.toks[q].flags & (RM_TOK_WORD | RM_TOK_CAP)) == RM_TOK_WORD &&
            (ends_in(c, q, "ly", 3) || ends_in(c, q, "ed", 3) ||
             (q + 1 < c->se && eq(c, q + 1, "-")) || (q > k && eq(c, q - 1, "-"))) &&
            !is(c, RM_C_PREP, q) && !is(c, RM_C_AUX, q) && !is(c, RM_C_BE, q) &&
            !is(c, RM_C_REPORT, q) && mention_at(c, q) < 0) {
            mods++;
            continue;
        }
        if ((c->t.toks[q].flags & RM_TOK_HYPHEN) || eq(c, q, "-"))
            continue;
        return 0;
    }
    return 0;
}

/* "army", "military": a country's forces, as a text names them. */
static inline int forces_word(const ctx *c, size_t k)
{
    return eq(c, k, "army") || eq(c, k, "military");
}

/* A word for a state's organ: its government or its forces ("the
   army", "the junta", "the authorities"); not "the country" or "the
   island", which a text says of any. */
static int state_organ(const ctx *c, size_t k)
{
    return rulers_word(c, k) || forces_word(c, k) || eq(c, k, "navy") || eq(c, k, "forces");
}

/* A word list with each word's length, for lists read at many tokens: a
   word is compared only with the words of its own length. */
typedef struct {
    const char *w;
    size_t n;
} len_word;
#define LW(w) {"" w, sizeof(w) - 1}

static int in_len_words(const ctx *c, size_t k, const len_word *t, size_t nt)
{
    size_t i, n = c->t.toks[k].nfold;
    const char *f = F(c, k);
    /* (the fold's bytes: eq_n of a word not known at compile time made
       its key a byte at a time for each word of the length) */
    for (i = 0; i < nt; i++)
        if (t[i].n == n && t[i].w[0] == f[0] && memcmp(t[i].w, f, n) == 0)
            return 1;
    return 0;
}

/* A verb of trade in goods, after "to" in "an offer to buy ...". */
static int trade_verb(const ctx *c, size_t k)
{
    static const len_word tv[] = {LW("buy"),     LW("sell"),    LW("supply"),  LW("provide"),
                                  LW("deliver"), LW("purchase"), LW("acquire"), LW("lease"),
                                  LW("export"),  LW("import"),  LW("ship"),    LW("give")};
    return in_len_words(c, k, tv, sizeof tv / sizeof tv[0]);
}

/* A fold of a word for a region that no actor of the gazetteer is
   ("balkan", "central"): tag_piece keeps it per word type (WB_REGION). */
static int region_fold(const char *f, size_t n)
{
    static const len_word rw[] = {
        LW("balkan"),   LW("caucasus"),  LW("caucasian"),     LW("caspian"),   LW("gulf"),
        LW("baltic"),   LW("nordic"),    LW("scandinavian"),  LW("andean"),    LW("caribbean"),
        LW("sahel"),    LW("sahelian"),  LW("central"),       LW("asian"),     LW("african"),
        LW("american"), LW("arab"),      LW("latin"),         LW("middle"),    LW("eastern"),
        LW("southeast"), LW("southern"), LW("northern"),      LW("western"),   LW("south"),
        LW("north"),    LW("west"),      LW("east"),          LW("pacific"),   LW("mediterranean"),
        LW("himalayan"), LW("european")};
    size_t i;
    /* (every word of a document's text is asked once: most are shorter or
       longer, or start with another letter) */
    if (n < 4 || n > 13 || !strchr("abceghlmnpsw", f[0]))
        return 0;
    for (i = 0; i < sizeof rw / sizeof rw[0]; i++)
        if (rw[i].n == n && rw[i].w[0] == f[0] && memcmp(rw[i].w, f, n) == 0)
            return 1;
    return 0;
}

/* A capitalised word for a region that no actor of the gazetteer is:
   "the Balkan country", "the Central Asian nation", "the Gulf state". */
static int region_word(const ctx *c, size_t k)
{
    return (c->t.toks[k].flags & RM_TOK_CAP) && (c->twb[k] & WB_REGION);
}

/* "junta", "regime": a government a text names so. */
static inline int junta_word(const ctx *c, size_t k)
{
    return eq(c, k, "junta") || eq(c, k, "regime");
}

/* A word for those who govern a country ("junta", "regime",
   "government", "authorities", "administration"), not for its forces,
   which may be anywhere. */
static int rulers_word(const ctx *c, size_t k)
{
    return junta_word(c, k) || eq(c, k, "government") || eq(c, k, "authorities") ||
           eq(c, k, "administration");
}

/* "Chinese state lenders", "Russian state-owned banks": firms the state
   owns act for it; "state-backed hackers" stay private. Is there such a
   "state" in [a, b)? */
static int state_owned(const ctx *c, size_t a, size_t b)
{
    size_t k;
    for (k = a; k < b && k < c->se; k++)
        if (eq(c, k, "state") &&
            !(k + 2 < c->se && eq(c, k + 1, "-") &&
              (eq(c, k + 2, "backed") || eq(c, k + 2, "linked") || eq(c, k + 2, "sponsored"))))
            return 1;
    return 0;
}

/* A noun for private people or firms within a few words after j, past
   modifiers ("front", "state-backed", "private"), unless the state owns
   them. */
static int private_follows(const ctx *c, size_t j)
{
    size_t k;
    for (k = j; k < c->se && k < j + 4; k++) {
        if (is(c, RM_C_PRIVATE, k))
            return !state_owned(c, j > c->ss ? j - 1 : j, k);
        if (!(c->t.toks[k].flags & RM_TOK_WORD) && !(c->t.toks[k].flags & RM_TOK_HYPHEN))
            return 0;
        /* ("arms brokers", "oil traders": goods naming their trade) */
        if (is(c, RM_C_GOODS, k) && k + 1 < c->se && is(c, RM_C_PRIVATE, k + 1))
            continue;
        /* ("Russian and Chinese arms brokers": over the second demonym,
           whose mention is not made yet: a capitalised word) */
        if ((eq(c, k, "and") || eq(c, k, "or")) && k + 2 < c->se &&
            (c->t.toks[k + 1].flags & (RM_TOK_CAP | RM_TOK_WORD)) == (RM_TOK_CAP | RM_TOK_WORD) &&
            (c->t.toks[k + 2].flags & (RM_TOK_CAP | RM_TOK_WORD)) == RM_TOK_WORD) {
            k++;
            continue;
        }
        if ((c->t.toks[k].flags & RM_TOK_CAP) || mention_at(c, k) >= 0 ||
            is(c, RM_C_DET, k) || is(c, RM_C_PREP, k) || c->trig[k - c->ss] ||
            is(c, RM_C_GOODS, k))
            return 0;
    }
    return 0;
}

/* "his Chinese counterpart Wang Yi", "its ally Russia": a possessive
   pronoun right before a named actor only determines it. */
static int possessive_before_name(const ctx *c, size_t i)
{
    size_t k;
    if (!eq(c, i, "its") && !eq(c, i, "his") && !eq(c, i, "her") && !eq(c, i, "their"))
        return 0;
    for (k = i + 1; k < c->se && k <= i + 3; k++) {
        int e;
        rm_alias_kind kind;
        if (gaz_match(c, &c->t, k, c->se, &e, &kind))
            return 1;
        if (punct(c, k) || is(c, RM_C_PREP, k) || c->trig[k - c->ss] ||
            (c->t.toks[k].flags & RM_TOK_NUM))
            return 0;
    }
    return 0;
}

static void find_mentions(ctx *c)
{
    size_t i = c->ss;
    /* an anaphor of this sentence that found no antecedent ("the kingdom"
       with no kingdom named): an "it" or "its" after it speaks of it */
    int dead = 0;
    size_t mc = 0;
    while (i < c->se) {
        int e, learned;
        rm_alias_kind kind;
        size_t n;
        mention m;
        /* the next word that may start a mention (ctx.mcand): the words
           before it would all be skipped below */
        while (mc < c->nmcand && c->mcand[mc] < i)
            mc++;
        if (mc == c->nmcand)
            break;
        i = c->mcand[mc];
        learned = c->nlearned && (c->t.toks[i].flags & RM_TOK_CAP) ? learned_at(c, i) : -1;
        if ((c->tmsk[i] & TB_NO_MENTION) && learned < 0) {
            /* (an organisation the gazetteer lacks starts with a capital) */
            if ((c->t.toks[i].flags & (RM_TOK_CAP | RM_TOK_WORD)) != (RM_TOK_CAP | RM_TOK_WORD) ||
                (n = new_org_at(c, i, &e)) == 0) {
                i++;
                continue;
            }
            kind = RM_ALIAS_NAME;
        } else {
            n = gaz_match(c, &c->t, i, c->se, &e, &kind);
            if (n == 0 && learned >= 0) {
                e = learned;
                n = 1;
                kind = RM_ALIAS_PERSON;
            } else if (n >= 2 && kind == RM_ALIAS_PERSON) {
                learn_name(c, i, e); /* ("Pablo Quirno" ... "Quirno") */
                learn_name(c, i + n - 1, e);
            }
            if (n == 0 && (c->t.toks[i].flags & (RM_TOK_CAP | RM_TOK_WORD)) == (RM_TOK_CAP | RM_TOK_WORD) &&
                (n = new_org_at(c, i, &e)) > 0)
                kind = RM_ALIAS_NAME;
            /* a city's or a company's name starts an organisation's: "the
               Stockholm International Peace Research Institute", "Tata
               Advanced Systems" */
            /* ... and so does a country's, before a company's words and
               ending in one: "China Civil Engineering Construction
               Corporation" (not "Kenya Defence Forces") */
            int country_start = n && (kind == RM_ALIAS_NAME || kind == RM_ALIAS_DEMONYM) &&
                                ent(c, e)->type == RELMAP_ACTOR_COUNTRY;
            if (n && (kind == RM_ALIAS_PLACE || country_start ||
                      (kind == RM_ALIAS_NAME && ent(c, e)->type == RELMAP_ACTOR_ORGANIZATION)) &&
                i + n < c->se) {
                size_t n2 = name_span(c, i + n);
                int e2 = -1;
                while (n2 > 0 && (c->t.toks[i + n + n2 - 1].flags & RM_TOK_HYPHEN))
                    n2--;
                if (n2 && is(c, RM_C_NSUFFIX, i + n + n2 - 1) && !title_case(c) &&
                    (!country_start || (n2 >= 2 && is(c, RM_C_NSHORT, i + n + n2 - 1) &&
                                        !(c->t.toks[i + n - 1].flags & RM_TOK_POSS))) &&
                    !(i + n + n2 < c->se && (c->t.toks[i + n + n2].flags & RM_TOK_CAP) &&
                      (c->t.toks[i + n + n2].flags & RM_TOK_WORD)) &&
                    !name_goes_on(c, i + n + n2) &&
                    ((c->ndyn && dyn_name_at(c, i, &e2) == n + n2) || add_org(c, i, n + n2, &e2))) {
                    e = e2;
                    n += n2;
                    kind = RM_ALIAS_NAME;
                }
            }
        }
        /* most words start no mention of any kind (the tests below, in
           the order they are made) */
        if (n == 0 && none_at(c, RM_SLOT_CLS + RM_C_GANAPH, &c->t, i, c->se) &&
            none_at(c, RM_SLOT_CLS + RM_C_CANAPH, &c->t, i, c->se) &&
            !eq(c, i, "the") &&
            none_at(c, RM_SLOT_CLS + RM_C_OANAPH, &c->t, i, c->se) &&
            !is(c, RM_C_PRON, i)) {
            i++;
            continue;
        }
        memset(&m, 0, sizeof m);
        m.ante = -1;
        /* "US$286 million", "A$": a currency */
        if (n && i + n < c->se && eq(c, i + n, "$") && !(c->t.toks[i + n].flags & RM_TOK_SPACE)) {
            i += n;
            continue;
        }
        /* "Pakistan's Balochistan province", "Russia's Kursk region": a
           place after its own country's possessive is the country's
           mention already */
        if (n && kind == RM_ALIAS_PLACE && c->ms.n > 0 && i > c->ss &&
            c->ms.v[c->ms.n - 1].poss && c->ms.v[c->ms.n - 1].entity == e &&
            c->ms.v[c->ms.n - 1].b + 1 == i && (c->t.toks[i - 1].flags & RM_TOK_POSS)) {
            i += n;
            continue;
        }
        /* "a major non-NATO ally", "non-EU states": the name is negated */
        if (n && i >= c->ss + 2 && (c->t.toks[i - 1].flags & RM_TOK_HYPHEN) && eq(c, i - 2, "non")) {
            i += n;
            continue;
        }
        if (n) {
            int nroles = 0;
            m.a = i;
            m.b = i + n;
            m.entity = e;
            m.kind = kind;
            m.use = M_STRONG;
            m.surface = 1;
            /* hyphen compounds: "Iran-backed", "U.S.-led", "Pakistan-based" */
            if (m.b + 1 < c->se && (c->t.toks[m.b].flags & RM_TOK_HYPHEN) &&
                (c->t.toks[m.b + 1].flags & RM_TOK_WORD)) {
                m.use = M_MOD;
                /* "KIA-held areas", "Russian-occupied territory": land an
                   actor holds is the actor's, as "Ukrainian cities" are
                   Ukraine's */
                if (held_land(c, m.b + 1)) {
                    m.use = M_WEAK;
                    m.kind = RM_ALIAS_DEMONYM;
                    m.b += 2;
                }
                /* "Hamas-led fighters", "the Saudi-led coalition": forces an
                   actor leads act for it (not "Iran-backed militias") */
                else if (eq(c, m.b + 1, "led") && m.b + 2 < c->se &&
                         (c->t.toks[m.b + 2].flags & (RM_TOK_WORD | RM_TOK_CAP)) == RM_TOK_WORD &&
                         (is(c, RM_C_ROLE, m.b + 2) || eq(c, m.b + 2, "coalition") ||
                          eq(c, m.b + 2, "alliance") || eq(c, m.b + 2, "fighters") ||
                          eq(c, m.b + 2, "militants") || eq(c, m.b + 2, "offensive")) &&
                         mention_at(c, m.b + 2) < 0 &&
                         !(m.b + 3 < c->se && (c->t.toks[m.b + 3].flags & RM_TOK_CAP) &&
                           (c->t.toks[m.b + 3].flags & RM_TOK_WORD))) {
                    m.use = M_STRONG;
                    m.b += 3;
                }
            }
            /* inside a longer name: "the Prioritised Ukraine Requirements
               List" */
            else if (kind == RM_ALIAS_NAME && i > c->ss && m.b < c->se &&
                     (c->t.toks[i - 1].flags & (RM_TOK_CAP | RM_TOK_WORD)) == (RM_TOK_CAP | RM_TOK_WORD) &&
                     (c->t.toks[m.b].flags & (RM_TOK_CAP | RM_TOK_WORD)) == (RM_TOK_CAP | RM_TOK_WORD) &&
                     !(c->t.toks[m.b].flags & RM_TOK_ABBR) && !title_case(c) &&
                     c->t.lcls[c->t.toks[i - 1].type] == 0 && c->t.lcls[c->t.toks[m.b].type] == 0 &&
                     mention_at(c, i - 1) < 0)
                m.use = M_MOD;
            else {
                size_t nb = extend_roles(c, m.b, e, kind == RM_ALIAS_DEMONYM, &nroles);
                if (kind == RM_ALIAS_DEMONYM) {
                    size_t tl = c->t.toks[i + n - 1].nfold;
                    const char *lastf = F(c, i + n - 1);
                    int plural = tl > 2 && lastf[tl - 1] == 's' &&
                                 str_ne(lastf + tl - 3, "ese") != 0;
                    if (nroles == 0 && !plural)
                        m.use = M_WEAK;
                    /* "killed more than 40,000 Palestinians", "thousands of
                       Ukrainians": people counted, not their state */
                    if (nroles == 0 && plural && i > c->ss &&
                        ((c->t.toks[i - 1].flags & RM_TOK_NUM) || is(c, RM_C_NUMW, i - 1) ||
                         (i > c->ss + 1 && eq(c, i - 1, "of") && is(c, RM_C_QUANT, i - 2))))
                        m.use = M_MOD;
                    /* "a Chinese front company", "Chinese state-backed
                       hackers", "seven Chinese nationals": people and firms
                       of a country, not the state */
                    if (nroles == 0 && private_follows(c, m.b))
                        m.use = M_MOD;
                }
                if (nroles)
                    m.b = nb;
                /* ("the Malian junta", "Mali's junta": the junta later
                   spoken of) */
                if (ent(c, e)->type == RELMAP_ACTOR_COUNTRY &&
                    ((nroles && junta_word(c, nb - 1)) || (nb < c->se && junta_word(c, nb)) ||
                     (nb + 1 < c->se && (c->t.toks[nb].flags & RM_TOK_POSS) && junta_word(c, nb + 1))))
                    c->ruler = e;
                /* ("Sudan's army", "the Sudanese military": the forces
                   later spoken of) */
                if (ent(c, e)->type == RELMAP_ACTOR_COUNTRY &&
                    ((nroles && forces_word(c, nb - 1)) || (nb < c->se && forces_word(c, nb)) ||
                     (nb + 1 < c->se && (c->t.toks[nb].flags & RM_TOK_POSS) && forces_word(c, nb + 1))))
                    c->forces_owner = e;
                /* "seven American defense companies": firms of a country,
                   past its role words too */
                if (kind == RM_ALIAS_DEMONYM && nroles && private_follows(c, nb))
                    m.use = M_MOD;
                /* "Colombian rebels", "Syrian insurgents": fighters against
                   a state are not that state */
                if (kind == RM_ALIAS_DEMONYM && nroles && nb > c->ss &&
                    ent(c, e)->type == RELMAP_ACTOR_COUNTRY &&
                    (eq(c, nb - 1, "rebels") || eq(c, nb - 1, "rebel") ||
                     eq(c, nb - 1, "militants") || eq(c, nb - 1, "insurgents") ||
                     eq(c, nb - 1, "guerrillas") || eq(c, nb - 1, "separatists")))
                    m.use = M_MOD;
            }
            if (m.b < c->se && (c->t.toks[m.b].flags & RM_TOK_POSS))
                m.poss = 1;
            /* "Yemen's internationally recognised government", "Sudan's
               army-led government": the country's own organ, described */
            if (m.poss && m.use == M_STRONG && ent(c, e)->type == RELMAP_ACTOR_COUNTRY) {
                size_t org = described_organ(c, m.b + 1);
                if (org) {
                    m.b = org;
                    m.poss = org < c->se && (c->t.toks[org].flags & RM_TOK_POSS);
                }
            }
            set_prep(c, &m);
            /* "officials in Riyadh": a place after a role noun speaks for
               its government */
            /* (not "India's ambassador in Tehran", "the Indian envoy in
               Kabul": an envoy with a country of its own is posted there) */
            size_t own = m.a >= c->ss + 2 ? m.a - 2 : c->ss;
            while (own > c->ss && (is(c, RM_C_ENVOY, own) || is(c, RM_C_ROLE, own)))
                own--;
            if (m.use == M_STRONG && str_ne(m.prep, "in") == 0 && m.a >= c->ss + 2 &&
                eq(c, m.a - 1, "in") && is(c, RM_C_ENVOY, m.a - 2) &&
                !(own < m.a - 2 && (mention_at(c, own) >= 0 || (c->t.toks[own].flags & RM_TOK_POSS)))) {
                size_t k = m.a - 2;
                m.prep[0] = '\0';
                m.pcls = 0;
                m.kind = RM_ALIAS_NAME;
                /* ("consultations with officials in Moscow": the role
                   phrase's preposition) */
                while (k > c->ss && m.a - k < 5 &&
                       (is(c, RM_C_ENVOY, k - 1) || is(c, RM_C_ROLE, k - 1) || is(c, RM_C_DET, k - 1)) &&
                       mention_at(c, k - 1) < 0)
                    k--;
                if (k > c->ss && is(c, RM_C_PREP, k - 1) && !is(c, RM_C_VENUE, k - 1) &&
                    !(k > c->ss + 1 && eq(c, k - 2, "according")) &&
                    c->t.toks[k - 1].nfold < sizeof m.prep) {
                    memcpy(m.prep, F(c, k - 1), c->t.toks[k - 1].nfold + 1);
                    m.pcls = prep_cls(c, k - 1);
                }
            }
            /* "to Kazan, Russia,": a country after a place names where the
               place is */
            if (m.use == M_STRONG && !m.poss && m.prep[0] == '\0' &&
                m.kind != RM_ALIAS_PERSON && ent(c, m.entity)->type == RELMAP_ACTOR_COUNTRY &&
                m.a >= c->ss + 3 && eq(c, m.a - 1, ",") &&
                (c->t.toks[m.a - 2].flags & RM_TOK_CAP) &&
                (mention_at(c, m.a - 2) < 0 ||
                 (c->ms.v[mention_at(c, m.a - 2)].kind == RM_ALIAS_PLACE &&
                  /* (its own place: not "shells to Moscow, Ukraine says") */
                  c->ms.v[mention_at(c, m.a - 2)].entity == m.entity)) &&
                !(m.b < c->se && is(c, RM_C_REPORT, m.b)) &&
                (is(c, RM_C_VENUE, m.a - 3) || eq(c, m.a - 3, "to") || eq(c, m.a - 3, "from") ||
                 (mention_at(c, m.a - 2) >= 0 && c->ms.v[mention_at(c, m.a - 2)].use == M_VENUE)))
                m.use = M_VENUE; /* (not a list: "to Ukraine, Poland and ...") */
            /* a place, or a country after "in", is where something happens;
               an organisation, or a country "at" which missiles are fired,
               is a party */
            if (m.use == M_STRONG && !m.poss && m.kind != RM_ALIAS_PERSON &&
                (m.pcls & PC_VENUE) &&
                (m.kind == RM_ALIAS_PLACE ||
                 (ent(c, m.entity)->type == RELMAP_ACTOR_COUNTRY && str_ne(m.prep, "at") != 0)))
                m.use = M_VENUE;
            if (m.use == M_STRONG && m.kind != RM_ALIAS_PERSON &&
                ent(c, m.entity)->type == RELMAP_ACTOR_COUNTRY)
                learn_appositive_name(c, &m);
            /* "on the sidelines of the G7 summit", "the BRICS foreign
               ministers' meeting": a body that names a gathering is where
               its guests meet, not one of them */
            if (m.use == M_STRONG && ent(c, m.entity)->type != RELMAP_ACTOR_COUNTRY &&
                (!m.poss || m.b > m.a + 1)) { /* ("the BRICS foreign ministers' meeting") */
                size_t q;
                for (q = m.b; q < c->se && q < m.b + 4; q++) {
                    if (is(c, RM_C_GATHERING, q) || eq(c, q, "meeting") || eq(c, q, "meetings")) {
                        if (m.a > c->ss && (eq(c, m.a - 1, "the") || eq(c, m.a - 1, "a") ||
                                            eq(c, m.a - 1, "an"))) {
                            m.use = M_MOD;
                            /* (and the gathering pairs no one: who met
                               there is said by a verb, "met on the
                               sidelines of") */
                            if (c->ngvenue < 4)
                                c->gvenue[c->ngvenue++] = q;
                        }
                        break;
                    }
                    if (!is(c, RM_C_ROLE, q) && !is(c, RM_C_ENVOY, q) &&
                        !(c->t.toks[q].flags & RM_TOK_POSS) && !eq(c, q, "'") &&
                        !is(c, RM_C_ADJ, q))
                        break;
                }
            }
            if (push_mention(c, &m))
                return;
            i = m.b;
            continue;
        }
        /* "both governments", "the two sides": the parties of a claim or
           of talks already in the text */
        n = class_at(c, RM_C_GANAPH, &c->t, i, c->se);
        if (n) {
            m.a = i;
            m.b = i + n;
            m.use = M_ANAPH;
            m.plural = 1;
            m.entity = -1;
            m.ante = -1;
            set_prep(c, &m);
            if (push_mention(c, &m))
                return;
            i = m.b;
            continue;
        }
        /* anaphors: "the country", "the group", "the private military
           company", pronouns */
        n = class_at(c, RM_C_CANAPH, &c->t, i, c->se);
        if (n == 0 && eq(c, i, "the")) {
            size_t k;
            for (k = i + 1; k < c->se && k <= i + 7; k++) { /* ("the Iran-backed Lebanese militant group") */
                /* (a preposition or a verb ends the noun phrase: "the
                   missiles used by the Yemeni rebels") */
                if (is(c, RM_C_PREP, k) || (c->trig[k - c->ss] && !is(c, RM_C_OHEAD, k)) ||
                    (plain_word(c, k) == 0 && !(c->t.toks[k].flags & RM_TOK_CAP) &&
                     !(c->t.toks[k].flags & RM_TOK_HYPHEN) && !(c->t.toks[k].flags & RM_TOK_PUNCT) &&
                     !(k > c->ss && (c->t.toks[k - 1].flags & RM_TOK_HYPHEN)) &&
                     (ends_in(c, k, "ed", 3) || ends_in(c, k, "ing", 3))))
                    break;
                if ((is(c, RM_C_OHEAD, k) || is(c, RM_C_CHEAD, k)) &&
                    !(c->t.toks[k].flags & RM_TOK_CAP)) {
                    int country = is(c, RM_C_CHEAD, k);
                    if (k + 1 < c->se && eq(c, k + 1, "of"))
                        break; /* "the group of seven" */
                    if (k + 1 < c->se && (c->t.toks[k + 1].flags & RM_TOK_CAP))
                        break; /* "the Turkish firm Baykar" describes a name */
                    /* "the Polish state miner": "state" modifies a firm */
                    if (country && k + 1 < c->se && is(c, RM_C_NHEAD, k + 1) &&
                        !(c->t.toks[k + 1].flags & RM_TOK_CAP))
                        continue;
                    /* ... and so does "the Indian state-owned company" */
                    if (k + 1 < c->se && (c->t.toks[k + 1].flags & RM_TOK_HYPHEN))
                        continue;
                    m.a = i;
                    m.b = k + 1;
                    m.use = M_ANAPH;
                    find_anaphor_cands(c, &m, country, !country);
                    if (m.b < c->se && (c->t.toks[m.b].flags & RM_TOK_POSS))
                        m.poss = 1;
                    set_prep(c, &m);
                    break;
                }
                if (punct(c, k) && !(c->t.toks[k].flags & RM_TOK_HYPHEN))
                    break;
                if (c->t.toks[k].flags & RM_TOK_CAP) {
                    /* ("the Balkan country", "the Central Asian nation") */
                    if (mention_at(c, k) < 0 && k + 1 < c->se &&
                        (is(c, RM_C_CHEAD, k + 1) || (c->t.toks[k + 1].flags & RM_TOK_CAP)) &&
                        region_word(c, k) && (region_word(c, k + 1) || is(c, RM_C_CHEAD, k + 1)))
                        continue;
                    /* only a country's demonym may sit inside: "the private
                       Russian military company"; any other capital starts a
                       proper name ("the Houthi movement") */
                    size_t gl = gaz_match(c, &c->t, k, c->se, &e, &kind);
                    int compound = gl && k + gl + 1 < c->se &&
                                   (c->t.toks[k + gl].flags & RM_TOK_HYPHEN);
                    if (gl == 0 || (!compound && (kind != RM_ALIAS_DEMONYM ||
                        rm_gaz_entity(c->x->gaz, e)->type != RELMAP_ACTOR_COUNTRY)))
                        break;
                    if (!compound && m.inner == 0) {
                        m.inner = e + 1;
                        m.inner_at = k;
                    }
                    if (compound) {
                        /* "the Iran-backed group": keep the compound as a
                           modifier mention inside the anaphor */
                        mention cm;
                        memset(&cm, 0, sizeof cm);
                        cm.a = k;
                        cm.b = k + gl;
                        cm.entity = e;
                        cm.kind = kind;
                        cm.use = M_MOD;
                        cm.ante = -1;
                        cm.surface = 1;
                        if (push_mention(c, &cm))
                            return;
                        k += gl; /* the hyphen; the loop steps to the word */
                    }
                }
            }
            /* "the refinery" after "the Dangote Petroleum Refinery", "the
               fund" after "the Public Investment Fund": a word for a body
               that ends a name just read stands for that name */
            if (m.use != M_ANAPH && i + 1 < c->se && head_anaphor(c, i + 1)) {
                m.a = i;
                m.b = i + 2;
                m.use = M_ANAPH;
                find_anaphor_cands(c, &m, 0, 1);
                keep_named_by(c, &m, i + 1);
                if (m.ncand == 0)
                    m.use = M_STRONG;
                else {
                    if (m.b < c->se && (c->t.toks[m.b].flags & RM_TOK_POSS))
                        m.poss = 1;
                    set_prep(c, &m);
                }
            }
            if (m.use == M_ANAPH && m.ncand) {
                if (push_mention(c, &m))
                    return;
                i = m.b;
                continue;
            }
            if (m.use == M_ANAPH && is(c, RM_C_CHEAD, m.b - 1))
                dead = 1;
            m.use = M_STRONG;
        }
        if (!n)
            n = class_at(c, RM_C_OANAPH, &c->t, i, c->se);
        /* "the Group of 77", "the group of Seven" are names, not "the
           group"; "accused the bloc of blackmail" is */
        if (n && (((c->t.toks[i + n - 1].flags & RM_TOK_CAP) &&
                   !is(c, RM_C_RHEAD, i + n - 1)) || /* ("the Kingdom") */
                  (i + n + 1 < c->se && eq(c, i + n, "of") &&
                   (c->t.toks[i + n + 1].flags & (RM_TOK_CAP | RM_TOK_NUM)))))
            n = 0;
        if (n) {
            int country = class_at(c, RM_C_CANAPH, &c->t, i, c->se) > 0;
            size_t gl;
            /* "the junta in Mali", "the government in Kabul": the
               government of the country named, a mention of it */
            if (country && i + n + 1 < c->se && eq(c, i + n, "in") && rulers_word(c, i + n - 1) &&
                (gl = gaz_match(c, &c->t, i + n + 1, c->se, &e, &kind)) > 0 &&
                (kind == RM_ALIAS_NAME || kind == RM_ALIAS_PLACE) &&
                rm_gaz_entity(c->x->gaz, e)->type == RELMAP_ACTOR_COUNTRY &&
                !(i + n + 1 + gl < c->se && (c->t.toks[i + n + 1 + gl].flags & RM_TOK_HYPHEN))) {
                m.a = i;
                m.b = i + n + 1 + gl;
                m.entity = e;
                m.kind = kind;
                m.use = M_STRONG;
                if (m.b < c->se && (c->t.toks[m.b].flags & RM_TOK_POSS))
                    m.poss = 1;
                set_prep(c, &m);
                if (push_mention(c, &m))
                    return;
                if (junta_word(c, i + n - 1))
                    c->ruler = e;
                i = m.b;
                continue;
            }
            m.a = i;
            m.b = i + n;
            m.use = M_ANAPH;
            find_anaphor_cands(c, &m, country, !country);
            /* ("the junta": the country whose junta was named last, if it
               is a candidate) */
            /* (only the words that single out a government: "the
               government" is as often the reporter's own country's) */
            if (country && m.ncand > 1 && c->ruler >= 0 && eq(c, i, "the") &&
                junta_word(c, i + n - 1)) {
                int q;
                for (q = 0; q < m.ncand && m.cand[q] != c->ruler; q++)
                    ;
                if (q < m.ncand) {
                    m.cand[0] = c->ruler;
                    m.ncand = 1;
                    m.ncur = m.ncur > q ? 1 : 0;
                    m.entity = c->ruler;
                }
            }
            /* ("the army": the country whose army was named last, though
               another country was named since) */
            if (country && c->forces_owner >= 0 && eq(c, i, "the") && n == 2 &&
                forces_word(c, i + 1)) {
                int q;
                for (q = 0; q < m.ncand && m.cand[q] != c->forces_owner; q++)
                    ;
                m.ncur = q < m.ncand && m.ncur > q ? 1 : 0;
                m.cand[0] = c->forces_owner;
                m.ncand = 1;
                m.entity = c->forces_owner;
            }
            /* ("the army has launched drone strikes", no country in this
               sentence or the last: the country the article is about) */
            if (country && m.ncand == 0 && eq(c, i, "the") && state_organ(c, i + n - 1) &&
                (m.entity = topic_country(c)) >= 0) {
                m.cand[0] = m.entity;
                m.ncand = 1;
            }
            if (m.b < c->se && (c->t.toks[m.b].flags & RM_TOK_POSS))
                m.poss = 1;
            set_prep(c, &m);
            if (m.ncand && push_mention(c, &m))
                return;
            if (!m.ncand && country)
                dead = 1;
            i = m.b;
            continue;
        }
        if ((eq(c, i, "we") || eq(c, i, "our") || eq(c, i, "us")) &&
            !(c->t.toks[i].flags & RM_TOK_ALLCAPS)) {
            /* a quoted speaker's own side, resolved once the speaker is
               known */
            m.a = i;
            m.b = i + 1;
            m.use = M_ANAPH;
            m.entity = -1;
            m.ante = -1;
            m.ncand = 0;
            m.first_person = 1;
            m.poss = eq(c, i, "our");
            set_prep(c, &m);
            if (push_mention(c, &m))
                return;
            i++;
            continue;
        }
        if (dead && (eq(c, i, "its") || eq(c, i, "it"))) {
            i++;
            continue;
        }
        if (is(c, RM_C_PRON, i) && !possessive_before_name(c, i)) {
            /* nearest preceding strong subject-like mention in the sentence,
               else the previous sentence's subject */
            size_t k;
            m.a = i;
            m.b = i + 1;
            m.use = M_ANAPH;
            m.entity = -1;
            m.ante = -1;
            m.cand[1] = -1;
            {
                int pass2;
                /* strong antecedents first -- for a possessive after a
                   preposition the nearest possessor ("part of Russia's
                   fleet ... sanctions on its oil exports") -- and a bare
                   demonym only if none */
                int possp = (eq(c, i, "its") || eq(c, i, "their")) && i > c->ss &&
                            is(c, RM_C_PREP, i - 1) && !eq(c, i - 1, "of");
                /* "he", "she": a person or office, not a state named bare */
                int personal = eq(c, i, "he") || eq(c, i, "she") || eq(c, i, "his") ||
                               eq(c, i, "her") || eq(c, i, "him");
                /* "sent shells to Russia for its war": the recipient right
                   before "for" */
                if (possp && eq(c, i - 1, "for") && c->ms.n > 0) {
                    const mention *p = &c->ms.v[c->ms.n - 1];
                    if (p->use == M_STRONG && p->b + 1 == i && str_ne(p->prep, "to") == 0) {
                        m.entity = p->entity;
                        m.ante = (int)c->ms.n - 1;
                    }
                }
                /* "worked with the EU, which adopted its 17th package": a
                   possessive in a relative clause, no actor between, is the
                   antecedent's (as its verb's object: "..., which supplies
                   most of its gas" is the other party's) */
                if (m.ante < 0 && (eq(c, i, "its") || eq(c, i, "their")) && c->ms.n > 0 &&
                    !is(c, RM_C_PREP, i - 1)) {
                    const mention *p = &c->ms.v[c->ms.n - 1];
                    size_t r = p->b;
                    if (p->use == M_STRONG && !p->poss && r + 2 < i && i - r <= 8 &&
                        eq(c, r, ",") && (eq(c, r + 1, "which") || eq(c, r + 1, "who"))) {
                        size_t q;
                        for (q = r + 2; q < i && !punct(c, q); q++)
                            ;
                        if (q == i) {
                            m.entity = p->entity;
                            m.ante = (int)c->ms.n - 1;
                        }
                    }
                }
                for (pass2 = 0; pass2 < 3 && m.ante < 0; pass2++)
                    for (k = c->ms.n; k-- > 0;) {
                        const mention *p = &c->ms.v[k];
                        /* "Wagner and its leadership": the coordinated actor */
                        int coord = k + 1 == c->ms.n && p->b + 1 == i &&
                                    (eq(c, p->b, "and") || eq(c, p->b, "or")) &&
                                    p->use == M_STRONG;
                        if (pass2 == 1 && !possp)
                            break;
                        if (personal && !coord && !person_mention(c, (int)k))
                            continue;
                        if (coord ||
                            (possp && pass2 == 0 ? (p->use == M_STRONG && p->poss)
                             : (p->use == (pass2 == 2 ? M_WEAK : M_STRONG) &&
                                (p->prep[0] == '\0' || (pass2 == 1 && p->poss) ||
                                 /* "as the United States tightens ... its
                                    sanctions": the subject of a clause
                                    after a subordinator */
                                 ((p->pcls & PC_SUBORD) &&
                                  p->b < i && (c->t.toks[p->b].flags & RM_TOK_WORD) &&
                                  !(c->t.toks[p->b].flags & RM_TOK_CAP) &&
                                  !is(c, RM_C_PREP, p->b) && !is(c, RM_C_DET, p->b) &&
                                  !is(c, RM_C_COORD, p->b)) ||
                                 /* "sanctions on Petro ..., accusing him" */
                                 (personal && pass2 == 0 && p->kind == RM_ALIAS_PERSON))))) {
                            size_t k2;
                            m.entity = p->entity;
                            m.ante = (int)k;
                            /* a second, earlier candidate for when the
                               first is the other argument: "X accused Y
                               of ramming its boats" */
                            for (k2 = k; k2-- > 0;) {
                                const mention *p2 = &c->ms.v[k2];
                                if (p2->use == M_STRONG && p2->prep[0] == '\0' &&
                                    p2->entity != p->entity) {
                                    m.cand[1] = p2->entity;
                                    break;
                                }
                            }
                            break;
                        }
                    }
            }
            /* (the last sentence's subject; "he", "him" only for one named
               as a person: "The US sanctioned Dodik. Germany imposed bans on
               him" is not the US) */
            if (m.entity < 0 && !eq(c, i, "they") && !eq(c, i, "them") &&
                !eq(c, i, "their") && !eq(c, i, "themselves") &&
                (c->prev_subject_person ||
                 !(eq(c, i, "he") || eq(c, i, "she") || eq(c, i, "his") || eq(c, i, "her") ||
                   eq(c, i, "him"))))
                m.entity = c->prev_subject;
            m.cand[0] = m.entity;
            m.ncand = m.entity < 0 ? 0 : (m.cand[1] >= 0 && m.cand[1] != m.entity) ? 2 : 1;
            m.poss = eq(c, i, "its") || eq(c, i, "their") || eq(c, i, "his") ||
                     eq(c, i, "her");
            set_prep(c, &m);
            if (m.ncand && push_mention(c, &m))
                return;
        }
        i++;
    }
}

/* Is the mention followed by a verb, so that it opens a new clause
   ("... through Syria, and the Israeli military has struck ...")? */
/* Is the word at b a verb of its own: a trigger's verb reading (not a
   noun reading, "EU sanctions") or a past tense of any verb ("blocked")? */
static int own_verb_at(const ctx *c, size_t b)
{
    return c->trig[b - c->ss] ? !is_noun_trigger(c, b)
                              : (c->t.toks[b].flags & (RM_TOK_WORD | RM_TOK_CAP)) == RM_TOK_WORD &&
                                    ends_in(c, b, "ed", 2);
}

static int opens_clause(const ctx *c, const mention *q)
{
    size_t b = q->b;
    if (b >= c->se)
        return 0;
    if (q->poss) {
        /* "..., Ukraine's defence ministry said": over the office */
        size_t k = b + 1;
        while (k < c->se && k < b + 5 && is(c, RM_C_ROLE, k) && mention_at(c, k) < 0)
            k++;
        return k > b + 1 && k < c->se && is(c, RM_C_REPORT, k) &&
               !(k + 1 < c->se && eq(c, k + 1, "by"));
    }
    if (is(c, RM_C_AUX, b) || is(c, RM_C_BE, b))
        return !is(c, RM_C_DET, b) && !is(c, RM_C_PREP, b);
    /* "... to Russia, Ukrainian officials said" */
    if (is(c, RM_C_REPORT, b) && !(b + 1 < c->se && eq(c, b + 1, "by")))
        return 1;
    /* a verb of its own: not a noun reading ("EU sanctions"), not a
       participle ("companies in Turkey accused of") */
    /* (or a past tense of any verb: "said two Chinese ships blocked a
       boat and fired at it") */
    return own_verb_at(c, b) && !(b + 1 < c->se && (eq(c, b + 1, "of") || eq(c, b + 1, "by")));
}

/* Is q right after p and "and" (and a determiner: "between Sudan and the
   RSF")? */
static int and_next(const ctx *c, const mention *p, const mention *q)
{
    return p->b < c->se && eq(c, p->b, "and") &&
           (q->a == p->b + 1 || (q->a == p->b + 2 && is(c, RM_C_DET, p->b + 1)));
}

/* "American and British forces": a bare demonym coordinated with one that
   heads a role noun stands for its country too. */
static void share_roles(ctx *c)
{
    size_t i;
    /* "in China, India and Turkey": the list shares the preposition */
    for (i = 1; i < c->ms.n; i++) {
        mention *p = &c->ms.v[i - 1], *q = &c->ms.v[i];
        size_t k;
        int ok = p->prep[0] && !p->poss && q->prep[0] == '\0' && q->a > p->b &&
                 (p->use == M_VENUE || usable(p)) && (q->use == M_STRONG) &&
                 (!opens_clause(c, q) || (str_ne(p->prep, "between") == 0 && and_next(c, p, q)));
        for (k = p->b; ok && k < q->a; k++)
            if (!eq(c, k, "and") && !eq(c, k, "or") && !eq(c, k, ",") && !is(c, RM_C_DET, k))
                ok = 0;
        /* ("In Syria, Israel's jets struck ...": a possessor whose noun
           has a verb of its own opens the clause after the fronted
           phrase) */
        if (ok && q->poss && q->a == p->b + 1 && eq(c, p->b, ",")) {
            size_t e = q->b;
            while (e < c->se && e < q->b + 3 && plain_word(c, e) && !is(c, RM_C_PREP, e))
                e++;
            if (e > q->b && e + 1 < c->se && !eq(c, e + 1, "by") && own_verb_at(c, e))
                ok = 0;
        }
        if (ok) {
            memcpy(q->prep, p->prep, sizeof q->prep);
            q->pcls = p->pcls;
            if (p->use == M_VENUE && q->kind != RM_ALIAS_PERSON)
                q->use = M_VENUE;
        }
    }
    for (i = c->ms.n; i-- > 1;) {
        mention *p = &c->ms.v[i - 1], *q = &c->ms.v[i];
        size_t k;
        int ok = p->use == M_WEAK && q->use == M_STRONG && q->kind == RM_ALIAS_DEMONYM;
        /* ("Israeli and US strikes", "Chinese and US officials": a
           country's name before the noun does as well) */
        if (!ok && p->use == M_WEAK && p->kind == RM_ALIAS_DEMONYM && q->use == M_STRONG &&
            !q->poss && q->entity >= 0 && ent(c, q->entity)->type == RELMAP_ACTOR_COUNTRY &&
            q->b < c->se) {
            ok = is(c, RM_C_ROLE, q->b - 1) || is(c, RM_C_ROLE, q->b) || is(c, RM_C_GOODS, q->b);
            if (!ok && !(c->t.toks[q->b].flags & RM_TOK_CAP)) {
                rm_hit hb[4];
                const rm_hit *h;
                size_t n = triggers_ref(c, q->b, hb, &h), x;
                for (x = 0; x < n && !ok; x++)
                    ok = h[x].form == RM_FORM_NOUN;
            }
        }
        for (k = p->b; ok && k < q->a; k++)
            if (!eq(c, k, "and") && !eq(c, k, "or") && !eq(c, k, ","))
                ok = 0;
        if (ok && q->a > p->b)
            p->use = M_STRONG;
    }
}

/* "after Putin and Kim signed": "after" introduces a clause whose subject
   the actors are, not a prepositional phrase. */
static void subordinate_subjects(ctx *c)
{
    size_t i, j, k;
    for (i = 0; i < c->ms.n; i++) {
        mention *m = &c->ms.v[i];
        size_t end;
        if (!(m->pcls & PC_SUBORD))
            continue;
        for (j = i; j + 1 < c->ms.n; j++) {
            int joined = 1;
            for (k = c->ms.v[j].b; k < c->ms.v[j + 1].a; k++)
                if (!eq(c, k, "and") && !eq(c, k, "or") && !eq(c, k, ","))
                    joined = 0;
            if (!joined || c->ms.v[j + 1].a == c->ms.v[j].b)
                break;
        }
        end = c->ms.v[j].b;
        while (end < c->se && is(c, RM_C_AUX, end) && !eq(c, end, "to"))
            end++;
        if (end < c->se && (is(c, RM_C_BE, end) || (c->trig[end - c->ss] &&
                                                       !is_noun_only(c, end)))) {
            for (k = i; k <= j; k++) {
                c->ms.v[k].prep[0] = '\0';
                c->ms.v[k].pcls = 0;
            }
        }
        i = j;
    }
}

/* Does a predicate start at token i: a verb, perhaps after auxiliaries and
   adverbs ("has sold", "also sent", "is"), not "almost five years"? */
/* A modal verb ("would", "could", "may", ...). */
static inline int is_modal(const ctx *c, size_t k)
{
    /* (one of the modal words: "May" inside a sentence is the month) */
    return (c->twb[k] & WB_MODAL) &&
           !(eq(c, k, "may") && k > c->ss && (c->t.toks[k].flags & RM_TOK_CAP));
}

static int starts_predicate(const ctx *c, size_t i)
{
    size_t k = i;
    while (k < c->se && k < i + 4 && is(c, RM_C_AUX, k) && !c->trig[k - c->ss] &&
           !is(c, RM_C_BE, k))
        k++;
    if (k >= c->se)
        return k > i;
    if (is(c, RM_C_BE, k) || c->trig[k - c->ss] || is(c, RM_C_REPORT, k))
        return 1;
    /* an auxiliary verb before a verb the lexicon does not know: "has
       fired", "will hold" */
    return k > i && (eq(c, i, "has") || eq(c, i, "have") || eq(c, i, "had") ||
                     is_modal(c, i) || eq(c, i, "did") ||
                     eq(c, i, "does") || eq(c, i, "do"));
}

/* Is the mention (no preposition) the object of a verb right before it? */
static int object_of_verb(const ctx *c, const mention *m)
{
    size_t v = skip_dets_left(c, m->a, c->ss);
    return m->prep[0] == '\0' && !m->poss && v > c->ss && c->trig[v - 1 - c->ss] &&
           !is_noun_trigger(c, v - 1);
}

/* Where the run of mentions joined by commas, coordinators and
   determiners that starts with mention j ends (a token index). */
static size_t list_end(const ctx *c, size_t j)
{
    size_t e = c->ms.v[j].b;
    while (j + 1 < c->ms.n) {
        size_t k = c->ms.v[j].b;
        const mention *q = &c->ms.v[j + 1];
        while (k < q->a && (eq(c, k, ",") || is(c, RM_C_COORD, k) || is(c, RM_C_DET, k)))
            k++;
        /* ("met A and B, and the three leaders signed": a group anaphor
           opens a clause of its own) */
        if (k != q->a || q->a == c->ms.v[j].b || (q->use == M_ANAPH && q->plural))
            break;
        j++;
        e = q->b;
    }
    return e;
}

/* Coordination: mentions joined only by commas, coordinators and
   determiners form one group; a comma-only pair is not a list. */
static void group_mentions(ctx *c)
{
    size_t i;
    int gid = 0;
    for (i = 0; i < c->ms.n; i++)
        c->ms.v[i].group = -1;
    for (i = 0; i < c->ms.n; i++) {
        mention *m = &c->ms.v[i];
        size_t j, start = i;
        int has_coord = 0, envoy_of;
        if (!usable(m))
            continue;
        m->group = gid;
        /* "the ambassadors of A, B and C presented": the whole list is
           the subject of the verb after it */
        envoy_of = str_ne(m->prep, "of") == 0 && subject_like(c, m);
        for (j = i + 1; j < c->ms.n; j++) {
            mention *p = &c->ms.v[j - 1], *q = &c->ms.v[j];
            size_t k = p->b;
            /* (nor is it a name of the list) */
            int ok = usable(q) && !p->poss && !(q->use == M_ANAPH && q->plural), coord = 0;
            while (ok && k < q->a) {
                size_t n = class_at(c, RM_C_COORD, &c->t, k, q->a);
                if (n) {
                    coord = 1;
                    k += n;
                } else if (eq(c, k, ",") || is(c, RM_C_DET, k) || eq(c, k, "even") ||
                           eq(c, k, "also") || eq(c, k, "potentially"))
                    k++;
                /* "Pashinyan and President Aliyev": a title before a name */
                else if (q->kind == RM_ALIAS_PERSON && k > p->b &&
                         (c->t.toks[k].flags & RM_TOK_CAP) &&
                         (is(c, RM_C_ROLE, k) || is(c, RM_C_ENVOY, k) || is(c, RM_C_HONORIFIC, k)))
                    k++;
                /* ("and Secretary of State Marco Rubio") */
                else if (q->kind == RM_ALIAS_PERSON && k > p->b + 1 && eq(c, k, "of") &&
                         k + 1 < q->a && (c->t.toks[k - 1].flags & RM_TOK_CAP) &&
                         (c->t.toks[k + 1].flags & RM_TOK_CAP) &&
                         (is(c, RM_C_ROLE, k - 1) || is(c, RM_C_ENVOY, k - 1)))
                    k++;
                else
                    ok = 0;
            }
            /* "... to Russia and Iran sold ...", "to Haiti, and Jamaica and
               the Bahamas have sent ...": a new subject */
            /* ("by Turkey's Yapi Merkezi, and Beijing has ...": a name
               after its possessor has the possessor's preposition) */
            const char *pprep = p->prep;
            if (!pprep[0] && j >= 2 && c->ms.v[j - 2].poss && c->ms.v[j - 2].b < p->a) {
                size_t q2 = c->ms.v[j - 2].b;
                while (q2 < p->a && (c->t.toks[q2].flags & RM_TOK_POSS))
                    q2++;
                if (q2 == p->a)
                    pprep = c->ms.v[j - 2].prep;
            }
            if (ok && !envoy_of && (pprep[0] || object_of_verb(c, p)) &&
                !(str_ne(p->prep, "between") == 0 && and_next(c, p, q))) {
                size_t e = list_end(c, j);
                /* (after an object, only a verb with its own object or an
                   auxiliary: "attacked Israel and Hezbollah fired rockets",
                   not "join U.S. and EU sanctions") */
                int verbal = e < c->se &&
                             (pprep[0] || is(c, RM_C_AUX, e) || is(c, RM_C_BE, e) ||
                              (e + 1 < c->se && c->trig[e - c->ss] &&
                              (is(c, RM_C_DET, e + 1) || is(c, RM_C_GOODS, e + 1) ||
                               (c->t.toks[e + 1].flags & RM_TOK_NUM))));
                if (e < c->se && verbal &&
                    !c->ms.v[mention_at(c, e - 1) >= 0 ? mention_at(c, e - 1) : (int)j].poss &&
                    starts_predicate(c, e) && !is(c, RM_C_DET, e) && !is(c, RM_C_PREP, e)) {
                    ok = 0;
                    if (q->a > p->b + 1) { /* (", and Jamaica": no preposition of its own) */
                        q->prep[0] = '\0';
                        q->pcls = 0;
                    }
                }
            }
            /* "has ruled out joining the BRICS group, and the IMF, which
               lent ...": a comma before the "and" of a list of two joins
               clauses, not names */
            if (ok && coord && j - 1 == start && !envoy_of && eq(c, p->b, ",") &&
                p->b + 1 < q->a && eq(c, p->b + 1, "and") &&
                (p->prep[0] || object_of_verb(c, p) || p->b > p->a + 1))
                ok = 0;
            if (!ok || clause_of(c, p->a) != clause_of(c, q->a))
                break;
            /* "Argentina and Uruguay, China's main suppliers,": after the
               list's "and", a comma opens an apposition */
            if (has_coord && !coord)
                break;
            if (coord)
                has_coord = 1;
            q->group = gid;
            i = j;
        }
        if (!has_coord && i > start && c->ms.v[i].b < c->se &&
            class_at(c, RM_C_COORD, &c->t, c->ms.v[i].b, c->se))
            has_coord = 1; /* the list goes on past its last actor */
        if (!has_coord && i > start) {
            /* no coordinator: split again into singletons */
            size_t k;
            for (k = start + 1; k <= i; k++)
                c->ms.v[k].group = ++gid;
        }
        gid++;
    }
}

/* Entity index of a document actor. */
static int entity_of_actor(const ctx *c, size_t ai)
{
    return c->doc->actors.v[ai].entity;
}

/* "both governments": the two parties of the first event of this sentence,
   else of the latest talks, else of the latest event. */
static void resolve_plural(const ctx *c, int two, int people, group *g)
{
    size_t i, sent_start = c->t.toks[c->ss].start;
    const relmap_event *ev = NULL;
    if (two > 2) {
        /* "the three countries": every party of this sentence's events so
           far, when there are exactly that many */
        int ents[MAX_GROUP], n = 0, k, ok = 1;
        for (i = c->sent_first; i < c->doc->events.n && ok; i++) {
            const relmap_event *e = &c->doc->events.v[i];
            int ab[2], x;
            if (e->start != sent_start)
                continue;
            ab[0] = entity_of_actor(c, e->source);
            ab[1] = entity_of_actor(c, e->target);
            for (x = 0; x < 2; x++) {
                for (k = 0; k < n && ents[k] != ab[x]; k++)
                    ;
                if (k == n && ab[x] >= 0) {
                    if (n == two) {
                        ok = 0;
                        break;
                    }
                    ents[n++] = ab[x];
                }
            }
        }
        if (ok && n == two) {
            for (k = 0; k < n && g->n < MAX_GROUP; k++)
                g->m[g->n++] = -(ents[k] + 2);
        } else if (c->nparties == two) {
            /* "the first summit between leaders of the three countries.
               The three agreed ...": the parties of the talks */
            for (k = 0; k < two && g->n < MAX_GROUP; k++)
                g->m[g->n++] = -(c->parties[k] + 2);
        }
        return; /* (never a pair in place of three: "the three juntas") */
    }
    for (i = c->sent_first; i < c->doc->events.n; i++) {
        const relmap_event *e = &c->doc->events.v[i];
        if (e->start == sent_start && e->relation != RELMAP_REL_DENIES &&
            e->relation != RELMAP_REL_ACCUSES) {
            ev = e;
            break;
        }
    }
    if (ev == NULL && c->nparties >= 2) {
        int k, want = c->nparties;
        size_t mi;
        /* (not when this sentence names another leader: "President X
           discussed gas with Turkish President Y, and the two leaders
           agreed ..." with X unknown) */
        for (mi = 0; mi < c->ms.n; mi++) {
            const mention *o = &c->ms.v[mi];
            int known = 0;
            if (!people || o->use != M_STRONG || o->entity < 0 || o->prep[0] != '\0' ||
                o->kind != RM_ALIAS_PERSON)
                continue;
            for (k = 0; k < 2 && two; k++)
                known |= c->pair[k] == o->entity;
            for (k = 0; k < c->nparties && !two; k++)
                known |= c->parties[k] == o->entity;
            if (!known)
                return;
        }
        if (two && c->pair[0] >= 0 && c->pair[1] >= 0) {
            g->m[g->n++] = -(c->pair[0] + 2);
            g->m[g->n++] = -(c->pair[1] + 2);
            return;
        }
        if (two)
            want = 2; /* "the two sides", "both governments" */
        for (k = 0; k < want && g->n < MAX_GROUP; k++)
            g->m[g->n++] = -(c->parties[k] + 2);
        return;
    }
    if (ev == NULL && c->doc->events.n > 0)
        ev = &c->doc->events.v[c->doc->events.n - 1];
    if (ev != NULL) {
        int a = entity_of_actor(c, ev->source), b = entity_of_actor(c, ev->target);
        if (a >= 0)
            g->m[g->n++] = -(a + 2);
        if (b >= 0 && b != a)
            g->m[g->n++] = -(b + 2);
    }
}

static void get_group(const ctx *c, int mi, group *g)
{
    size_t i, lo = 0, hi = c->ms.n, base = (size_t)mi;
    int gid = c->ms.v[mi].group;
    g->n = 0;
    /* "Turkey and Syria held their talks": a plural pronoun stands for the
       whole coordination its antecedent belongs to */
    if (c->ms.v[mi].use == M_ANAPH && c->ms.v[mi].ante >= 0 &&
        (eq(c, c->ms.v[mi].a, "their") || eq(c, c->ms.v[mi].a, "they") ||
         eq(c, c->ms.v[mi].a, "them"))) {
        base = (size_t)c->ms.v[mi].ante;
        gid = c->ms.v[base].group;
    }
    /* (a group's mentions are side by side: group_mentions alone sets
       groups, to runs of neighbours, and before it every mention has 0;
       only -1, the unusable ones, is scattered) */
    if (gid >= 0) {
        lo = base;
        while (lo > 0 && c->ms.v[lo - 1].group == gid)
            lo--;
        hi = base + 1;
        while (hi < c->ms.n && c->ms.v[hi].group == gid)
            hi++;
    }
    for (i = lo; i < hi && g->n < MAX_GROUP; i++) {
        if (c->ms.v[i].group != gid || !usable(&c->ms.v[i]))
            continue;
        if (c->ms.v[i].plural) {
            const mention *pm = &c->ms.v[i];
            size_t k;
            int two = 0;
            for (k = pm->a; k < pm->b; k++)
                if (eq(c, k, "two") || eq(c, k, "both") || eq(c, k, "pair"))
                    two = 1;
                else if (eq(c, k, "three"))
                    two = 3;
                else if (eq(c, k, "four"))
                    two = 4;
            {
                int before = g->n, q;
                int countries = 0;
                for (k = pm->a; k < pm->b; k++)
                    if (eq(c, k, "countries") || eq(c, k, "nations") || eq(c, k, "governments") ||
                        eq(c, k, "neighbours") || eq(c, k, "neighbors") || eq(c, k, "states") ||
                        eq(c, k, "capitals"))
                        countries = 1;
                int people = 0;
                for (k = pm->a; k < pm->b; k++)
                    if (eq(c, k, "leaders") || eq(c, k, "presidents") || eq(c, k, "ministers") ||
                        eq(c, k, "heads") || eq(c, k, "men"))
                        people = 1;
                resolve_plural(c, two, people, g);
                /* "the two countries" are two countries: a pair with a group
                   in it is the wrong pair */
                for (q = before; countries && q < g->n; q++) {
                    int e = g->m[q] < 0 ? -g->m[q] - 2 : c->ms.v[g->m[q]].entity;
                    if (e < 0 || ent(c, e)->type != RELMAP_ACTOR_COUNTRY) {
                        g->n = before;
                        break;
                    }
                }
            }
        }
        else
            g->m[g->n++] = (int)i;
    }
}

/* ---- clauses ---- */

/* ", after Ukrainian drones hit ...": a clause of time with its own
   subject and verb is a clause of its own (not ", after a summit"); known
   once mentions and triggers are. */
static void split_time_clauses(ctx *c)
{
    size_t ci, k;
    for (ci = 0; ci < c->ncommas; ci++) {
        size_t i = c->commas[ci];
        int id, last;
        if (i <= c->ss || i + 1 >= c->se || !eq(c, i, ",") || !time_clause_at(c, i + 1))
            continue;
        id = clause_of(c, i);
        if (c->cstart[id] == i)
            continue;
        last = clause_of(c, c->se - 1);
        for (k = i; k < c->se; k++)
            c->clause[k - c->ss]++;
        memmove(&c->cstart[id + 2], &c->cstart[id + 1], (size_t)(last - id) * sizeof *c->cstart);
        c->cstart[id + 1] = i;
    }
}

/* Does a clause of time with its own subject and verb start at k
   ("after Ukrainian drones hit", "when Israel struck")? */
static int time_clause_at(const ctx *c, size_t k)
{
    size_t q;
    int mi;
    if (k + 2 >= c->se || !(eq(c, k, "after") || eq(c, k, "before") || eq(c, k, "when") ||
                            eq(c, k, "once")))
        return 0;
    q = k + 1;
    while (q < c->se && q < k + 3 && is(c, RM_C_DET, q))
        q++;
    mi = mention_at(c, q);
    if (mi < 0 || c->ms.v[mi].prep[0] != '\0' || c->ms.v[mi].poss)
        return 0;
    q = c->ms.v[mi].b;
    /* (past the role nouns of its subject: "Ukrainian drones") */
    while (q < c->se && q < c->ms.v[mi].b + 2 && plain_word(c, q) && !c->trig[q - c->ss] &&
           !is(c, RM_C_AUX, q) && !is(c, RM_C_BE, q))
        q++;
    return q < c->se && (c->trig[q - c->ss] || is(c, RM_C_AUX, q) || is(c, RM_C_BE, q) ||
                         ends_in(c, q, "ed", 3));
}

static void find_clauses(ctx *c)
{
    size_t i, first = c->ss;
    int id = 0, sub = 0;
    while (first < c->se && punct(c, first))
        first++;
    if (first < c->se && is(c, RM_C_SUBORD, first))
        sub = 1;
    size_t ci, from = c->ss;
    c->cstart[0] = c->ss;
    /* (the words that may break a clause, in order; the words between
       them take the current clause) */
    for (ci = 0; ci <= c->nccand; ci++) {
        size_t n;
        i = ci < c->nccand ? c->ccand[ci] : c->se;
        if (from < i) { /* (one store per word, not two loads too) */
            int *cls = c->clause + (from - c->ss);
            size_t w, nw = i - from;
            for (w = 0; w < nw; w++)
                cls[w] = id;
            from = i;
        }
        if (i >= c->se)
            break;
        from = i + 1;
        n = class_at(c, RM_C_BREAK, &c->t, i, c->se);
        /* a short parenthesis right after a word, "(ECOWAS)", "(AP)", is
           an aside, not a clause boundary */
        if (n && (eq(c, i, "(") || eq(c, i, ")"))) {
            size_t k, open = i, close = c->se;
            if (eq(c, i, ")")) {
                for (k = i; k-- > c->ss && i - k <= 6;)
                    if (eq(c, k, "(")) {
                        open = k;
                        break;
                    }
                close = i;
            } else {
                for (k = i + 1; k < c->se && k - i <= 6; k++)
                    if (eq(c, k, ")")) {
                        close = k;
                        break;
                    }
            }
            if (close < c->se && open < close && close - open <= 5)
                n = 0;
        }
        /* "The group, which is separate from but allied with X, has
           killed": a conjunction inside a relative clause starts none */
        if (n && (c->t.toks[i].flags & RM_TOK_WORD) && !eq(c, i, "while") &&
            !eq(c, i, "whereas") && !eq(c, i, "although") && !eq(c, i, "though") &&
            !eq(c, i, "because")) {
            size_t k;
            for (k = i; k-- > c->ss && i - k <= 8;) {
                if (eq(c, k, ",") || punct(c, k))
                    break;
                if (is(c, RM_C_REL, k) && k > c->ss && eq(c, k - 1, ",")) {
                    n = 0;
                    break;
                }
            }
        }
        /* "has yet to", "not yet": an adverb, not the conjunction */
        if (n && eq(c, i, "yet") && i > c->ss &&
            (is(c, RM_C_AUX, i - 1) || is(c, RM_C_BE, i - 1) ||
             (i + 1 < c->se && eq(c, i + 1, "to"))))
            n = 0;
        /* a spaced hyphen is a dash: "WASHINGTON (Reuters) - The ..." */
        if (!n && eq(c, i, "-") && !(c->t.toks[i].flags & RM_TOK_HYPHEN))
            n = 1;
        if (n && i > c->ss) {
            id++;
            c->cstart[id] = i;
        } else if (sub && eq(c, i, ",")) {
            id++;
            c->cstart[id] = i;
            sub = 0;
        }
        c->clause[i - c->ss] = id;
    }
    /* relative clauses ", which ... ," (at the relative pronouns) */
    for (ci = 0; ci < c->nrcand; ci++) {
        i = c->rcand[ci];
        if (i < c->ss + 1)
            continue;
        if (is(c, RM_C_REL, i) && eq(c, i - 1, ",")) {
            size_t j = i;
            while (j < c->se && !eq(c, j, ",") && clause_of(c, j) == clause_of(c, i))
                c->inrel[j++ - c->ss] = 1;
        }
    }
}

/* Appositives after a name (", Hezbollah's main patron,") are marked like
   relative clauses: subjects and pronoun antecedents are not looked for
   inside them. Runs once mentions and triggers are known. */
static void mark_appositives(ctx *c)
{
    size_t i, k;
    size_t ci;
    /* a relative clause runs on over a list it ends in: "Baykar, which has
       sold drones to Ukraine, Poland and Kuwait, formed ..." (its first
       comma is the list's) */
    for (ci = 0; ci < c->ncommas; ci++) {
        size_t e;
        int coord = 0;
        i = c->commas[ci];
        if (i <= c->ss || i + 1 >= c->se || !eq(c, i, ",") || !c->inrel[i - 1 - c->ss] ||
            c->inrel[i - c->ss] || mention_at(c, i - 1) < 0)
            continue;
        /* (names joined by commas and one "and" or "or", then a comma) */
        for (e = i; e + 1 < c->se && !coord && (eq(c, e, ",") || eq(c, e, "and") || eq(c, e, "or"));) {
            int mi;
            coord = !eq(c, e, ",");
            e++;
            if (coord && e < c->se && is(c, RM_C_DET, e))
                e++;
            if (e >= c->se || (mi = mention_at(c, e)) < 0)
                break;
            e = c->ms.v[mi].b;
            if (e < c->se && eq(c, e, ",") && e + 1 < c->se &&
                (eq(c, e + 1, "and") || eq(c, e + 1, "or")))
                e++; /* (", and") */
        }
        if (coord && e < c->se && eq(c, e, ",") && mention_at(c, e - 1) >= 0)
            for (k = i; k < e; k++)
                c->inrel[k - c->ss] = 1;
    }
    /* appositives after a name: ", Hezbollah's main patron," (at the
       sentence's commas: no other word passes the first test) */
    for (ci = 0; ci < c->ncommas; ci++) {
        size_t j, e = 0;
        i = c->commas[ci];
        if (i < c->ss + 1 || i + 1 >= c->se)
            continue;
        if (!eq(c, i, ",") || mention_at(c, i - 1) < 0 ||
            !(is(c, RM_C_DET, i + 1) || (mention_at(c, i + 1) >= 0 &&
                                          c->ms.v[mention_at(c, i + 1)].poss)))
            continue;
        for (j = i + 1; j < c->se && j <= i + 9; j++) {
            if (eq(c, j, ",")) {
                e = j;
                break;
            }
            /* (a trigger word right before the closing comma is the
               appositive's head noun: ", Colombia's closest partner,") */
            if (is(c, RM_C_BE, j) || is(c, RM_C_REL, j) ||
                /* (", a NATO member since 2004,": a date, not "has since") */
                (is(c, RM_C_AUX, j) &&
                 !(eq(c, j, "since") && j + 1 < c->se &&
                   ((c->t.toks[j + 1].flags & RM_TOK_NUM) || is(c, RM_C_TIME, j + 1) ||
                    is(c, RM_C_DET, j + 1)))) ||
                (c->trig[j - c->ss] && !is_noun_only(c, j) &&
                 !(j + 1 < c->se && eq(c, j + 1, ",")) &&
                 /* (nor is the modifier of that head right after the
                    possessor or an adjective: ", Egypt's main arms
                    supplier,") */
                 !(j + 2 < c->se && eq(c, j + 2, ",") &&
                   (c->t.toks[j + 1].flags & RM_TOK_WORD) &&
                   !(c->t.toks[j + 1].flags & RM_TOK_CAP) && !is(c, RM_C_AUX, j + 1) &&
                   !is(c, RM_C_BE, j + 1) && !is(c, RM_C_PREP, j + 1) &&
                   !is(c, RM_C_DET, j + 1) &&
                   (is(c, RM_C_ADJ, j - 1) || (c->t.toks[j - 1].flags & RM_TOK_POSS) ||
                    (mention_at(c, j - 1) >= 0 && c->ms.v[mention_at(c, j - 1)].poss)))))
                break;
        }
        for (j = i + 1; e && j < e; j++)
            c->inrel[j - c->ss] = 1;
    }
    /* contrastive asides: "Russia, not China, sent troops" */
    for (ci = 0; ci < c->ncommas; ci++) {
        size_t j;
        i = c->commas[ci];
        if (i < c->ss + 1 || i + 3 >= c->se)
            continue;
        if (!eq(c, i, ",") || !eq(c, i + 1, "not") || mention_at(c, i - 1) < 0 ||
            mention_at(c, i + 2) < 0)
            continue;
        j = c->ms.v[mention_at(c, i + 2)].b;
        if (j < c->se && eq(c, j, ","))
            for (k = i + 1; k < j; k++)
                c->inrel[k - c->ss] = 1;
    }
    /* participial appositives: "Uganda, also accused by Kinshasa of aiding
       the rebels, had supplied ...": up to the comma before the predicate */
    for (k = 0; k < c->ms.n; k++) {
        size_t j, e = 0, cm = c->ms.v[k].b, p = cm + 1;
        if (cm + 2 >= c->se || !eq(c, cm, ",") || c->inrel[cm + 1 - c->ss])
            continue;
        if (is(c, RM_C_AUX, p) && p + 1 < c->se)
            p++; /* "also", "once", "long" */
        if (!(c->t.toks[p].flags & RM_TOK_WORD) || (c->t.toks[p].flags & RM_TOK_CAP) ||
            !(ends_in(c, p, "ed", 3) ||
              (c->trig[p - c->ss] && participle_at(c, p))))
            continue;
        for (j = p + 1; j < c->se && j <= cm + 16; j++)
            if (eq(c, j, ",")) {
                e = j;
                break;
            }
        if (e == 0 || e + 1 >= c->se ||
            !(is(c, RM_C_AUX, e + 1) || is(c, RM_C_BE, e + 1) || c->trig[e + 1 - c->ss] ||
              is(c, RM_C_REPORT, e + 1)))
            continue;
        for (j = cm + 1; j < e; j++)
            c->inrel[j - c->ss] = 1;
    }
    /* a pronoun whose antecedent sat in an appositive takes the nearest
       subject-like actor outside it */
    for (k = 0; k < c->ms.n; k++) {
        mention *m = &c->ms.v[k];
        size_t q;
        if (m->use != M_ANAPH || m->ante < 0 || c->inrel[m->a - c->ss])
            continue;
        if (!c->inrel[c->ms.v[m->ante].a - c->ss]) {
            /* (and so does its second candidate: "Naftogaz, Ukraine's
               energy company, said Russian missiles hit its facilities") */
            if (m->ncand == 2 && m->cand[1] >= 0)
                for (q = (size_t)m->ante; q-- > 0;) {
                    const mention *p = &c->ms.v[q];
                    if (p->use == M_STRONG && p->prep[0] == '\0' && p->entity != m->cand[0]) {
                        if (!c->inrel[p->a - c->ss] && p->entity != m->cand[1])
                            m->cand[1] = p->entity;
                        if (!c->inrel[p->a - c->ss])
                            break;
                    }
                }
            continue;
        }
        for (q = (size_t)m->ante; q-- > 0;) {
            const mention *p = &c->ms.v[q];
            if (p->use == M_STRONG && p->prep[0] == '\0' && !c->inrel[p->a - c->ss]) {
                m->ante = (int)q;
                m->entity = m->cand[0] = p->entity;
                break;
            }
        }
    }
}

/* ---- argument roles ---- */

/* "a shipment of Chinese drones (arrived)": the maker of goods after a
   noun of shipment, which may stand for the shipment's subject. */
static int shipment_of(const ctx *c, const mention *m)
{
    size_t k = skip_dets_left(c, m->a, c->ss);
    return str_ne(m->prep, "of") == 0 && k >= c->ss + 2 && eq(c, k - 1, "of") &&
           is(c, RM_C_CONTAINER, k - 2) && (m->kind == RM_ALIAS_DEMONYM || m->poss);
}

static int subject_like(const ctx *c, const mention *m)
{
    if (!usable(m))
        return 0;
    /* "the only NATO member not to impose sanctions": one member is not
       the organisation */
    if (m->b < c->se && eq(c, m->b, "member") && !m->poss)
        return 0;
    if (m->prep[0] == '\0' || str_ne(m->prep, "as") == 0)
        return 1;
    /* "the ambassadors of Arnor", "the leaders of France and Germany": the
       actor behind an envoy noun is the subject */
    if ((str_ne(m->prep, "of") == 0 || str_ne(m->prep, "by") == 0) && m->a >= c->ss + 2) {
        size_t k = m->a;
        while (k > c->ss && (is(c, RM_C_DET, k - 1) ||
                             (m->kind == RM_ALIAS_PERSON && (c->t.toks[k - 1].flags & RM_TOK_CAP) &&
                              (is(c, RM_C_ROLE, k - 1) || is(c, RM_C_ENVOY, k - 1) ||
                               is(c, RM_C_HONORIFIC, k - 1)))))
            k--;
        /* "a delegation led by Lavrov", "the junta led by General Goita":
           the leader's side is the subject */
        if (str_ne(m->prep, "by") == 0)
            return k >= c->ss + 3 && eq(c, k - 1, "by") &&
                   (eq(c, k - 2, "led") || eq(c, k - 2, "headed")) &&
                   (c->t.toks[k - 3].flags & RM_TOK_WORD) &&
                   !(c->t.toks[k - 3].flags & RM_TOK_CAP) && !c->trig[k - 3 - c->ss];
        if (shipment_of(c, m))
            return 1;
        return k >= c->ss + 2 && is(c, RM_C_PREP, k - 1) && is(c, RM_C_ENVOY, k - 2);
    }
    return 0;
}

/* Does the mention open a "that" or subordinate clause ("after
   determining that the RSF had ...")? */
static int subordinate_subject(const ctx *c, const mention *m)
{
    size_t k = m->a;
    while (k > c->ss && is(c, RM_C_DET, k - 1) && !eq(c, k - 1, "that"))
        k--;
    return k > c->ss && (eq(c, k - 1, "that") || is(c, RM_C_SUBORD, k - 1));
}

/* The first subject-like group of the clause containing token i. */
static int clause_subject(const ctx *c, size_t i, group *g)
{
    size_t j;
    int cl = clause_of(c, i);
    /* "..., and France has offered to help train and equip them": the
       nearest actor with a verb of its own */
    for (j = i; j-- > c->ss;) {
        int mi;
        if (clause_of(c, j) != cl)
            break;
        if (c->inrel[j - c->ss])
            continue;
        mi = mention_at(c, j);
        if (mi >= 0 && subject_like(c, &c->ms.v[mi]) && opens_clause(c, &c->ms.v[mi])) {
            /* "... after determining that the RSF had committed genocide,
               and later sanctioned Burhan": not a subordinate clause's */
            if (subordinate_subject(c, &c->ms.v[mi])) {
                j = c->ms.v[mi].a;
                continue;
            }
            get_group(c, mi, g);
            return g->n > 0;
        }
        if (mi >= 0)
            j = c->ms.v[mi].a;
    }
    for (j = c->ss; j < c->se; j++) {
        int mi;
        if (clause_of(c, j) != cl || c->inrel[j - c->ss])
            continue;
        mi = mention_at(c, j);
        if (mi < 0 || !subject_like(c, &c->ms.v[mi]))
            continue;
        if (subordinate_subject(c, &c->ms.v[mi]) && j < i)
            continue; /* (a subordinate clause's subject) */
        get_group(c, mi, g);
        return g->n > 0;
    }
    return 0;
}

/* Does a clause of its own start after the word at k: "as", "while",
   "because", "that", ...? */
static int clause_conjunction(const ctx *c, size_t k)
{
    static const len_word w[] = {LW("as"),      LW("while"),  LW("when"),   LW("after"),
                                 LW("before"),  LW("since"),  LW("because"), LW("although"),
                                 LW("though"),  LW("whereas"), LW("that"),  LW("if"),
                                 LW("unless")};
    return in_len_words(c, k, w, sizeof w / sizeof w[0]);
}

/* A verb that opposes or holds up what follows it ("blocked", "vetoed",
   "rejected", "delayed", "voted against"). */
static int opposing_verb(const ctx *c, size_t k)
{
    static const len_word w[] = {
        LW("block"),     LW("blocks"),     LW("blocked"),     LW("blocking"),  LW("veto"),
        LW("vetoes"),    LW("vetoed"),     LW("vetoing"),     LW("reject"),    LW("rejects"),
        LW("rejected"),  LW("rejecting"),  LW("oppose"),      LW("opposes"),   LW("opposed"),
        LW("opposing"),  LW("dismissed"),  LW("dismisses"),   LW("against"),   LW("stalled"),
        LW("stalls"),    LW("stalling"),   LW("obstructed"),  LW("obstructs"), LW("obstructing"),
        LW("delayed"),   LW("delaying")};
    if (k >= c->ss + 1 && eq(c, k, "up")) /* ("held up") */
        return eq(c, k - 1, "held") || eq(c, k - 1, "holding") || eq(c, k - 1, "holds");
    return in_len_words(c, k, w, sizeof w / sizeof w[0]);
}

/* Does the clause of the passive at tpos open with mention mi as the
   owner of goods ("Baykar's TB2 drones have been sold")? */
static int poss_goods_subject(const ctx *c, int mi, size_t tpos)
{
    const mention *m = &c->ms.v[mi];
    size_t k = m->b, ng = 0;
    if (!m->poss || !usable(m) || m->b >= tpos || !(m->a == c->ss || punct(c, m->a - 1)))
        return 0;
    while (k < tpos && (c->t.toks[k].flags & RM_TOK_POSS))
        k++;
    while (k < tpos && mention_at(c, k) < 0 &&
           (is(c, RM_C_GOODS, k) || (c->t.toks[k].flags & (RM_TOK_CAP | RM_TOK_NUM)) ||
            eq(c, k, "and")))
        ng += is(c, RM_C_GOODS, k), k++;
    while (k < tpos && (is(c, RM_C_AUX, k) || is(c, RM_C_BE, k)))
        k++;
    return ng > 0 && k == tpos;
}

/* A verb that approves or proposes an act named by the gerund after it
   ("approved sending troops", "proposed deploying"): the act is to come. */
static int approving_verb(const ctx *c, size_t k)
{
    static const len_word w[] = {
        LW("approved"),   LW("approves"),   LW("approve"),     LW("authorized"),
        LW("authorizes"), LW("authorised"), LW("authorises"),  LW("proposed"),
        LW("proposes"),   LW("recommended"), LW("recommends"), LW("endorsed"),
        LW("endorses"),   LW("ordered"),    LW("orders"),      LW("mandated")};
    return in_len_words(c, k, w, sizeof w / sizeof w[0]);
}

/* The author of the message noun at k, from its own noun phrase: the
   mention that modifies or owns it ("a UN resolution", "Russia's
   statement"), else -1; -2 when the phrase is the object of a verb of
   opposing, so that what the message says is no one's deed ("China
   vetoed a (UN) resolution condemning ..."). */
static int message_author(const ctx *c, size_t k)
{
    size_t q = k;
    int author = -1;
    while (q > c->ss && k - q < 6) {
        int mi = mention_at(c, q - 1);
        if (mi >= 0) {
            if (author < 0 && usable(&c->ms.v[mi]))
                author = mi;
            q = c->ms.v[mi].a;
        } else if (is(c, RM_C_DET, q - 1) || is(c, RM_C_ADJ, q - 1) ||
                   (c->t.toks[q - 1].flags & (RM_TOK_NUM | RM_TOK_POSS)) ||
                   eq(c, q - 1, "draft") || eq(c, q - 1, "-"))
            q--;
        else
            break;
    }
    return q > c->ss && opposing_verb(c, q - 1) ? -2 : author;
}

static int find_subject(const ctx *c, size_t tpos, group *g)
{
    size_t j = tpos, p = tpos;
    int cl = clause_of(c, tpos), inrel = c->inrel[tpos - c->ss];
    /* "Rwanda supplied the rebels with missiles, helping them advance": a
       participle after a comma shares the subject of the verb before it */
    /* (or after a time: "summoned Russia's ambassador on Monday accusing";
       or after a message: "issued a statement backing Kuwait") */
    if (tpos > c->ss + 1 && ends_in(c, tpos, "ing", 2) &&
        (eq(c, tpos - 1, ",") ||
         ((is(c, RM_C_TIME, tpos - 1) || is(c, RM_C_MESSAGE, tpos - 1)) &&
          !(c->t.toks[tpos - 1].flags & RM_TOK_POSS)))) {
        size_t k;
        if (is(c, RM_C_MESSAGE, tpos - 1)) {
            int mi = message_author(c, tpos - 1);
            if (mi == -2)
                return 0; /* "vetoed a resolution condemning Russia" */
            if (mi >= 0) {
                get_group(c, mi, g); /* "a UN resolution condemning" */
                return g->n > 0;
            }
        }
        for (k = tpos - 1; k-- > c->ss;)
            if (c->fired[k - c->ss] && !is_noun_only(c, k) &&
                light_verb_before(c, k) == (size_t)-1 && /* ("imposed sanctions on X, accusing") */
                !(k > c->ss && (is(c, RM_C_DET, k - 1) || (c->t.toks[k - 1].flags & RM_TOK_POSS))))
                return find_subject(c, k, g);
        /* ("imposed sanctions on Petro, accusing him": the clause's subject) */
        return clause_subject(c, tpos - 1, g);
    }
    /* "with Poland buying K2 tanks from South Korea": a participle right
       after "with" and an actor has that actor for its subject */
    if (tpos > c->ss + 2 && ends_in(c, tpos, "ing", 3) && mention_at(c, tpos - 1) >= 0) {
        int mi = mention_at(c, tpos - 1);
        const mention *m = &c->ms.v[mi];
        if (usable(m) && !m->poss && str_ne(m->prep, "with") == 0 && m->a > c->ss &&
            eq(c, m->a - 1, "with")) {
            get_group(c, mi, g);
            return g->n > 0;
        }
    }
    /* "Erdogan said after meeting Trump that ...": a gerund after
       "after", "before", "while" or "since" has the clause's subject */
    if (tpos > c->ss + 1 && ends_in(c, tpos, "ing", 3) &&
        (eq(c, tpos - 1, "after") || eq(c, tpos - 1, "before") || eq(c, tpos - 1, "while") ||
         eq(c, tpos - 1, "since") || eq(c, tpos - 1, "upon")) &&
        clause_subject(c, tpos - 1, g) && g->n > 0)
        return 1;
    /* "Hungary's parliament approved sending troops": a gerund after a
       verb of approving has that verb's subject */
    if (tpos > c->ss + 1 && ends_in(c, tpos, "ing", 3) && approving_verb(c, tpos - 1))
        return find_subject(c, tpos - 1, g) || clause_subject(c, tpos - 1, g);
    /* "Seoul has ruled out sending": over a cue that ends right before
       a gerund */
    if (ends_in(c, tpos, "ing", 3)) {
        size_t q;
        for (q = 0; q < c->cues.n; q++)
            if (c->cues.v[q].b == p && c->cues.v[q].a < p && c->cues.v[q].b - c->cues.v[q].a >= 2) {
                p = c->cues.v[q].a;
                break;
            }
    }
    /* ("and in turn accuses": over "in turn") */
    if (p >= c->ss + 2 && eq(c, p - 1, "turn") && eq(c, p - 2, "in"))
        p -= 2;
    /* ("has in recent years turned", "had for decades supplied": over a
       time phrase after the auxiliary) */
    if (p > c->ss + 2) {
        size_t r = p;
        while (r > c->ss && p - r < 5 && mention_at(c, r - 1) < 0 && !punct(c, r - 1) &&
               !c->trig[r - 1 - c->ss] && !is(c, RM_C_PREP, r - 1) &&
               ((c->t.toks[r - 1].flags & RM_TOK_NUM) ||
                (plain_word(c, r - 1) && !is(c, RM_C_AUX, r - 1) && !is(c, RM_C_BE, r - 1)) ||
                (c->t.toks[r - 1].flags & RM_TOK_CAP)))
            r--;
        if (r < p && r > c->ss + 1 &&
            (eq(c, r - 1, "in") || eq(c, r - 1, "for") || eq(c, r - 1, "since") ||
             eq(c, r - 1, "over")) &&
            (is(c, RM_C_AUX, r - 2) || is(c, RM_C_BE, r - 2)))
            p = r - 1;
    }
    /* ("Haiti's foreign ministry last week accused", "on Monday"): over
       a time right before the verb */
    if (p > c->ss + 2 && is(c, RM_C_TIME, p - 1) && mention_at(c, p - 1) < 0 &&
        (eq(c, p - 2, "last") || eq(c, p - 2, "this") || eq(c, p - 2, "on") ||
         eq(c, p - 2, "earlier") || eq(c, p - 2, "late") || eq(c, p - 2, "early")))
        p -= 2;
    /* skip auxiliaries and adverbs right before the verb */
    while (p > c->ss && (is(c, RM_C_AUX, p - 1) || is(c, RM_C_BE, p - 1) ||
                         (is(c, RM_C_ADVERB, p - 1) && mention_at(c, p - 1) < 0) ||
                         (c->t.toks[p - 1].nfold > 3 && mention_at(c, p - 1) < 0 &&
                          str_ne(F(c, p - 1) + c->t.toks[p - 1].nfold - 2, "ly") == 0)) &&
           !eq(c, p - 1, "to"))
        p--;
    if (p > c->ss) {
        size_t q = p - 1;
        /* "... as Ortega leans on Beijing": a name the gazetteer does not
           know is the subject, and no actor further back (a title or an
           actor right before the name still speaks for it: "Kremlin
           spokesman Dmitry Peskov said") */
        if ((c->t.toks[q].flags & (RM_TOK_CAP | RM_TOK_WORD)) == (RM_TOK_CAP | RM_TOK_WORD) &&
            !(c->t.toks[q].flags & (RM_TOK_ALLCAPS | RM_TOK_POSS)) && mention_at(c, q) < 0 &&
            q > c->ss && !title_case((ctx *)c)) {
            size_t r = q;
            while (r > c->ss && q - r < 3 && mention_at(c, r - 1) < 0 &&
                   (c->t.toks[r - 1].flags & (RM_TOK_CAP | RM_TOK_WORD)) == (RM_TOK_CAP | RM_TOK_WORD) &&
                   !is(c, RM_C_ROLE, r - 1) && !is(c, RM_C_ENVOY, r - 1) && !is(c, RM_C_HONORIFIC, r - 1))
                r--;
            if (r > c->ss && (clause_conjunction(c, r - 1) || eq(c, r - 1, "and") || eq(c, r - 1, "but")))
                return 0;
        }
        /* "The EU's new package bans imports", "Washington's new law bans":
           an instrument acts for its possessor */
        if (is(c, RM_C_INSTRUMENT, q) && mention_at(c, q) < 0) {
            size_t r = q;
            while (r > c->ss && q - r < 4 && mention_at(c, r - 1) < 0 && plain_word(c, r - 1) &&
                   !is(c, RM_C_PREP, r - 1) && !c->trig[r - 1 - c->ss])
                r--;
            if (r > c->ss && mention_at(c, r - 1) >= 0 && c->ms.v[mention_at(c, r - 1)].poss &&
                usable(&c->ms.v[mention_at(c, r - 1)])) {
                get_group(c, mention_at(c, r - 1), g);
                return g->n > 0;
            }
        }
        /* "Israeli drone strikes killed three Hezbollah members": an attack
           noun as the subject has its demonym's actor */
        if (c->cur_rel == RELMAP_REL_ATTACKS && c->trig[q - c->ss] && is_noun_trigger(c, q) &&
            has_relation(c, q, RELMAP_REL_ATTACKS) && demonym_before(c, q, g))
            return 1;
        /* "Serbia joined the EU but maintains close ties with Russia": a
           verb coordinated right after "and" or "but" shares the clause's
           subject, not the object before the conjunction */
        if ((eq(c, q, "and") || eq(c, q, "but")) && q > c->ss + 1 && !punct(c, q - 1) &&
            mention_at(c, q - 1) >= 0 && !c->ms.v[mention_at(c, q - 1)].poss &&
            c->ms.v[mention_at(c, q - 1)].prep[0] == '\0') {
            group cs;
            int om = mention_at(c, q - 1), same = 0;
            cs.n = 0;
            /* (the mention is an object: the clause has a subject before it) */
            if (clause_subject(c, c->ms.v[om].a, &cs) && cs.n > 0) {
                for (int x = 0; x < cs.n; x++)
                    same |= cs.m[x] == om || (cs.m[x] >= 0 && c->ms.v[cs.m[x]].entity == c->ms.v[om].entity);
            }
            if (cs.n > 0 && !same) {
                *g = cs;
                return 1;
            }
        }
        /* "supplied Manila with radars and is expected to deliver
           vessels": a coordinated predicate's chain has the clause's
           subject, not the object before "and" */
        if (eq(c, q, "to")) {
            size_t r = q;
            int aux = 0;
            while (r > c->ss && q - r < 5 && mention_at(c, r - 1) < 0 &&
                   (is(c, RM_C_AUX, r - 1) || is(c, RM_C_BE, r - 1) ||
                    (!(c->t.toks[r - 1].flags & RM_TOK_CAP) &&
                     (ends_in(c, r - 1, "ed", 3) || ends_in(c, r - 1, "ly", 3) ||
                      eq(c, r - 1, "due") || eq(c, r - 1, "set") || eq(c, r - 1, "likely"))))) {
                if (is(c, RM_C_AUX, r - 1) || is(c, RM_C_BE, r - 1))
                    aux = 1;
                r--;
            }
            if (aux && r < q && r >= c->ss + 2 && eq(c, r - 1, "and") && mention_at(c, r - 2) < 0 &&
                !punct(c, r - 2))
                return clause_subject(c, r - 1, g);
        }
        /* "Washington's plan to sell", "Iran's decision to send" */
        if (eq(c, q, "to") && q >= c->ss + 2) {
            size_t r2;
            for (r2 = q - 1; r2 > c->ss && q - r2 <= 3; r2--) {
                if (c->t.toks[r2].flags & RM_TOK_POSS) {
                    int mi = mention_at(c, r2 - 1);
                    if (mi >= 0 && usable(&c->ms.v[mi]) && c->ms.v[mi].poss) {
                        get_group(c, mi, g);
                        return g->n > 0;
                    }
                    break;
                }
                if (punct(c, r2) || mention_at(c, r2) >= 0 || is(c, RM_C_PREP, r2))
                    break;
            }
        }
        /* "A delegation from Tehran visited Niamey": envoys from an actor
           act for it */
        if (mention_at(c, q) >= 0) {
            int mi = mention_at(c, q);
            const mention *m = &c->ms.v[mi];
            size_t a = m->a;
            if (usable(m) && !m->poss && m->b == q + 1 && str_ne(m->prep, "from") == 0 &&
                a >= c->ss + 2 && eq(c, a - 1, "from") &&
                (is(c, RM_C_ENVOY, a - 2) || is(c, RM_C_ROLE, a - 2)) &&
                (a - 2 == c->ss || is(c, RM_C_DET, a - 3) || is(c, RM_C_NUMW, a - 3) ||
                 (c->t.toks[a - 3].flags & RM_TOK_NUM) || punct(c, a - 3))) {
                get_group(c, mi, g);
                return g->n > 0;
            }
        }
        /* "Poland called on Germany to send tanks", "urged China to
           stop": the object of the asking verb does what is asked */
        if (eq(c, q, "to") && q > c->ss && mention_at(c, q - 1) >= 0) {
            int mi = mention_at(c, q - 1);
            const mention *m = &c->ms.v[mi];
            if (usable(m) && !m->poss && m->a > c->ss &&
                (m->prep[0] == '\0' || str_ne(m->prep, "on") == 0) &&
                mention_at(c, m->a - 1) < 0 && !punct(c, m->a - 1) &&
                !is(c, RM_C_DET, m->a - 1) && subject_like(c, m) == (m->prep[0] == '\0')) {
                get_group(c, mi, g);
                return g->n > 0;
            }
        }
        /* "imposed sanctions on Iran for supplying drones", "praised Qatar
           for hosting": the actor right before "for" does the gerund */
        if (eq(c, q, "for") && q > c->ss && ends_in(c, tpos, "ing", 3) &&
            mention_at(c, q - 1) >= 0) {
            int mi = mention_at(c, q - 1);
            const mention *m = &c->ms.v[mi];
            if (usable(m) && !m->poss && m->b == q &&
                (m->prep[0] == '\0' || str_ne(m->prep, "on") == 0 ||
                 str_ne(m->prep, "against") == 0)) {
                get_group(c, mi, g);
                return g->n > 0;
            }
        }
        /* "sanctioned Chinese companies for supplying Russia": the gerund's
           subject is the noun before "for", here people or firms of a
           country, not the state; no actor then */
        if ((eq(c, q, "for") || eq(c, q, "of") || eq(c, q, "with")) && q > c->ss + 1 &&
            ends_in(c, tpos, "ing", 3) && mention_at(c, q - 1) < 0 && plain_word(c, q - 1) &&
            is(c, RM_C_PRIVATE, q - 1))
            return 0;
        /* "accuse Asmara of backing Fano, an ethnic militia, and of arming
           the TPLF": the second gerund has the first one's subject */
        if (eq(c, q, "of") && q >= c->ss + 2 && eq(c, q - 1, "and") &&
            ends_in(c, tpos, "ing", 3)) {
            size_t k;
            for (k = q - 1; k-- > c->ss + 1;)
                if (eq(c, k, "of") && ends_in(c, k + 1, "ing", 3) && c->trig[k + 1 - c->ss])
                    return find_subject(c, k + 1, g);
        }
        /* "companies accused of helping Moscow": the gerund's subject is
           the participle's */
        if ((eq(c, q, "of") || eq(c, q, "for") || eq(c, q, "with")) && q > c->ss &&
            mention_at(c, q - 1) < 0 && c->t.toks[q - 1].nfold > 3 &&
            str_ne(F(c, q - 1) + c->t.toks[q - 1].nfold - 2, "ed") == 0 &&
            str_ne(F(c, tpos) + (c->t.toks[tpos].nfold > 3 ? c->t.toks[tpos].nfold - 3 : 0), "ing") == 0)
            return find_subject(c, q - 1, g);
        /* "rebel groups fighting X", "protesters stormed": a verb right
           after a plain noun has that noun, not an actor, as its subject */
        size_t r = q;
        while (r > c->ss && is(c, RM_C_ROLE, r) && mention_at(c, r) < 0 &&
               is(c, RM_C_ROLE, r - 1) && mention_at(c, r - 1) < 0)
            r--; /* "Qatar's prime minister said": back to "prime" */
        /* "Kazakhstan's state uranium company shipped": an unnamed state
           company does the state's business */
        if (r == q && q > c->ss + 2 && mention_at(c, q) < 0 && is(c, RM_C_NHEAD, q) &&
            !(c->t.toks[q].flags & RM_TOK_CAP)) {
            size_t r3 = q;
            int state = 0;
            while (r3 > c->ss && q - r3 < 4 && mention_at(c, r3 - 1) < 0 &&
                   !(c->t.toks[r3 - 1].flags & RM_TOK_POSS) &&
                   (c->t.toks[r3 - 1].flags & (RM_TOK_WORD | RM_TOK_CAP)) == RM_TOK_WORD) {
                state |= eq(c, r3 - 1, "state") || eq(c, r3 - 1, "state-owned");
                r3--;
            }
            if (state && r3 > c->ss && (c->t.toks[r3 - 1].flags & RM_TOK_POSS)) {
                int mi = mention_at(c, r3 - 2 >= c->ss ? r3 - 2 : r3 - 1);
                if (mi < 0)
                    mi = mention_at(c, r3 - 1);
                if (mi >= 0 && c->ms.v[mi].poss && usable(&c->ms.v[mi]) && c->ms.v[mi].entity >= 0 &&
                    ent(c, c->ms.v[mi].entity)->type == RELMAP_ACTOR_COUNTRY) {
                    get_group(c, mi, g);
                    return g->n > 0;
                }
            }
        }
        /* "Sudan's army-led government": over a hyphenated modifier */
        while (r >= c->ss + 3 && (c->t.toks[r - 2].flags & RM_TOK_HYPHEN) &&
               mention_at(c, r - 1) < 0 && mention_at(c, r - 3) < 0)
            r -= 3;
        if (r != q && r > c->ss &&
            ((c->t.toks[r - 1].flags & RM_TOK_POSS) || is(c, RM_C_PRON, r - 1)))
            q = r; /* the role phrase belongs to the possessor before it */
        else if (r > c->ss + 1 && is(c, RM_C_ROLE, r) && mention_at(c, r) < 0 &&
                 plain_word(c, r - 1) && !(c->t.toks[r - 1].flags & RM_TOK_CAP) &&
                 !c->trig[r - 1 - c->ss] &&
                 ((c->t.toks[r - 2].flags & RM_TOK_POSS) || is(c, RM_C_PRON, r - 2)))
            q = r - 1; /* "Iran's new foreign minister", "its first deputy" */
        /* "The United States, whose officials have accused Beijing": the
           officials are the antecedent's */
        /* ... and so is "Caracas, whose oil industry has depended on": the
           antecedent's economy or state (not its firms) */
        /* (each case below needs "whose" at w - 1, and w stays within
           [q - 3, q]: look for it there first) */
        int whose = 0;
        for (size_t t = q; t > c->ss && q - t < 4 && !whose; t--)
            whose = eq(c, t - 1, "whose");
        if (whose) {
            size_t w = q;
            while (w > c->ss && q - w < 3 && mention_at(c, w) < 0 &&
                   (c->t.toks[w].flags & (RM_TOK_WORD | RM_TOK_CAP)) == RM_TOK_WORD &&
                   !is(c, RM_C_PRIVATE, w) && !c->trig[w - c->ss] && !eq(c, w - 1, "whose"))
                w--;
            if (w >= c->ss + 3 && w <= q && mention_at(c, w) < 0 && !is(c, RM_C_PRIVATE, w) &&
                (c->t.toks[w].flags & (RM_TOK_WORD | RM_TOK_CAP)) == RM_TOK_WORD &&
                eq(c, w - 1, "whose") && eq(c, w - 2, ",") &&
                mention_at(c, w - 3) >= 0 && usable(&c->ms.v[mention_at(c, w - 3)]) &&
                !c->ms.v[mention_at(c, w - 3)].poss) {
                get_group(c, mention_at(c, w - 3), g);
                return g->n > 0;
            }
            /* "the CSTO, the Moscow-led alliance whose members include":
               the description, when it names the body, or the name
               before its comma */
            if (w >= c->ss + 3 && w <= q && eq(c, w - 1, "whose") && mention_at(c, w - 2) >= 0 &&
                c->ms.v[mention_at(c, w - 2)].use == M_ANAPH &&
                usable(&c->ms.v[mention_at(c, w - 2)])) {
                get_group(c, mention_at(c, w - 2), g);
                return g->n > 0;
            }
            if (w >= c->ss + 4 && w <= q && eq(c, w - 1, "whose") &&
                (c->t.toks[w - 2].flags & (RM_TOK_WORD | RM_TOK_CAP)) == RM_TOK_WORD &&
                mention_at(c, w - 2) < 0) {
                size_t a = w - 2;
                while (a > c->ss && w - a < 9 && !eq(c, a, ",") && !is(c, RM_C_REL, a) &&
                       !is(c, RM_C_PREP, a) && !is(c, RM_C_COORD, a))
                    a--;
                if (a > c->ss + 1 && eq(c, a, ",") && is(c, RM_C_DET, a + 1)) {
                    size_t n = a - 1;
                    if (n >= c->ss + 3 && eq(c, n, ")") && eq(c, n - 2, "("))
                        n -= 3; /* over "(CSTO)" */
                    if (mention_at(c, n) >= 0 && usable(&c->ms.v[mention_at(c, n)]) &&
                        !c->ms.v[mention_at(c, n)].poss) {
                        get_group(c, mention_at(c, n), g);
                        return g->n > 0;
                    }
                }
            }
        }
        /* "Orban this week accused", "Iran on Monday denied": the time
           phrase stands between the subject and its verb */
        if (is(c, RM_C_TIME, q) && mention_at(c, q) < 0 && q > c->ss) {
            size_t r2 = q;
            if (eq(c, r2 - 1, "this") || eq(c, r2 - 1, "last") || eq(c, r2 - 1, "next") ||
                eq(c, r2 - 1, "on") || eq(c, r2 - 1, "early") || eq(c, r2 - 1, "late") ||
                eq(c, r2 - 1, "in"))
                r2--;
            /* (... and "Trump, who in November accused") */
            if (r2 > c->ss && (mention_at(c, r2 - 1) >= 0 || is(c, RM_C_REL, r2 - 1)))
                return find_subject(c, r2, g);
        }
        /* "Israel's main trading partner", "Kyiv's allies": the partner
           of an actor is another one, not named here */
        if (is(c, RM_C_RELN, q) && mention_at(c, q) < 0) {
            size_t r0 = q;
            while (r0 > c->ss && q - r0 < 3 && mention_at(c, r0 - 1) < 0 &&
                   (c->t.toks[r0 - 1].flags & (RM_TOK_WORD | RM_TOK_CAP | RM_TOK_POSS)) == RM_TOK_WORD)
                r0--;
            if (r0 > c->ss && (c->t.toks[r0 - 1].flags & RM_TOK_POSS))
                return 0;
        }
        /* "Ukraine's naval drone programme was funded by": a thing of the
           possessor's, past its plain premodifiers */
        if (plain_word(c, q) && mention_at(c, q) < 0 && !c->trig[q - c->ss] &&
            !is(c, RM_C_ROLE, q) && !is(c, RM_C_PRIVATE, q) && !is(c, RM_C_MEMBERN, q) &&
            !is(c, RM_C_PREP, q) && !is(c, RM_C_DET, q) && !is(c, RM_C_COORD, q) &&
            !is(c, RM_C_REL, q) && !is(c, RM_C_PRON, q) && !eq(c, q, "but") && q > c->ss + 2 &&
            !(c->t.toks[q - 1].flags & RM_TOK_POSS)) {
            size_t r0 = q;
            while (r0 > c->ss && q - r0 < 3 && plain_word(c, r0 - 1) && mention_at(c, r0 - 1) < 0 &&
                   !c->trig[r0 - 1 - c->ss] && !is(c, RM_C_PREP, r0 - 1) && !is(c, RM_C_DET, r0 - 1) &&
                   !is(c, RM_C_PRIVATE, r0 - 1))
                r0--;
            /* (and the noun phrase opens its clause: not "respected
               Kazakhstan's sovereign decision but warned") */
            int pm = r0 > c->ss ? mention_at(c, r0 - 1) : -1;
            size_t pa = pm >= 0 ? c->ms.v[pm].a : 0;
            if (r0 < q && pm >= 0 && c->ms.v[pm].poss && usable(&c->ms.v[pm]) &&
                (pa == c->ss || eq(c, pa - 1, ",") || clause_conjunction(c, pa - 1) ||
                 eq(c, pa - 1, "\"") || eq(c, pa - 1, "\xe2\x80\x9c"))) {
                get_group(c, pm, g);
                return g->n > 0;
            }
        }
        if ((c->t.toks[q].flags & RM_TOK_WORD) && !(c->t.toks[q].flags & RM_TOK_CAP) &&
            !(c->t.toks[q].flags & RM_TOK_NUM) && !(c->t.toks[q].flags & RM_TOK_POSS) &&
            !(c->t.toks[q].nfold > 2 && str_ne(F(c, q) + c->t.toks[q].nfold - 2, "ly") == 0) &&
            !(q > c->ss && ((c->t.toks[q - 1].flags & RM_TOK_POSS) || is(c, RM_C_PRON, q - 1))) &&
            !is(c, RM_C_DET, q) && !is(c, RM_C_PRON, q) &&
            mention_at(c, q) < 0 && !is(c, RM_C_PREP, q) && !is(c, RM_C_AUX, q) &&
            !is(c, RM_C_BE, q) && !is(c, RM_C_COORD, q) && !is(c, RM_C_REL, q) &&
            !eq(c, q, "but") &&
            !lex_cue_at(c, &c->t, q, c->se, &(rm_hit){0, 0, RM_FORM_NOUN}) &&
            !c->trig[q - c->ss])
            return 0;
        /* ("X, which has promoted ..., and which has accused": a second
           relative has the first one's antecedent) */
        if (is(c, RM_C_REL, q) && q > c->ss + 1 && eq(c, q - 1, "and")) {
            size_t r1;
            for (r1 = q - 1; r1-- > c->ss + 1 && q - r1 < 30;)
                if (c->t.toks[r1].type == c->t.toks[q].type && eq(c, r1 - 1, ",")) {
                    q = r1;
                    break;
                }
        }
        /* "which are supported by": the antecedent of the relative */
        if (is(c, RM_C_REL, q) && q > c->ss && eq(c, q - 1, ",") && q - 1 > c->ss) {
            size_t a = q - 1;
            /* ("protested the duties, which hit a plant": a plain noun
               is the antecedent, and no actor) */
            if (eq(c, q, "which") && mention_at(c, q - 2) < 0 &&
                (c->t.toks[q - 2].flags & (RM_TOK_WORD | RM_TOK_CAP | RM_TOK_NUM)) == RM_TOK_WORD &&
                !is(c, RM_C_ROLE, q - 2) && !is(c, RM_C_ENVOY, q - 2) && !is(c, RM_C_TIME, q - 2))
                return 0;
            while (a-- > c->ss && q - a < 8) {
                int mi = mention_at(c, a);
                if (mi < 0)
                    continue;
                if (usable(&c->ms.v[mi])) {
                    get_group(c, mi, g);
                    return g->n > 0;
                }
                if (c->ms.v[mi].use != M_VENUE)
                    return 0;
                a = c->ms.v[mi].a;
            }
            return 0;
        }
        /* "sanctions against Chinese banks that help Russia": a relative
           pronoun right before the verb stands for the noun before it,
           and no actor further back is its subject */
        if ((eq(c, q, "that") || eq(c, q, "who") || eq(c, q, "which")) && q > c->ss &&
            !eq(c, q - 1, ",")) {
            int ai = mention_at(c, q - 1);
            /* ("the PMF, some of which fired": a part, not the whole) */
            if (eq(c, q - 1, "of"))
                return 0;
            if (ai >= 0 && subject_like(c, &c->ms.v[ai]) && c->ms.v[ai].b == q) {
                get_group(c, ai, g);
                return g->n > 0;
            }
            if (ai < 0 && (c->t.toks[q - 1].flags & RM_TOK_WORD) &&
                !(c->t.toks[q - 1].flags & RM_TOK_CAP) && !is(c, RM_C_REPORT, q - 1) &&
                !c->trig[q - 1 - c->ss]) {
                /* (but "Mali, Burkina Faso and Niger, the three juntas that
                   formed": the noun is in apposition to the names) */
                size_t a = q - 1;
                while (a > c->ss && q - a < 6 &&
                       (mention_at(c, a - 1) < 0 || c->ms.v[mention_at(c, a - 1)].use == M_ANAPH) &&
                       ((c->t.toks[a - 1].flags & (RM_TOK_WORD | RM_TOK_CAP)) == RM_TOK_WORD ||
                        (c->t.toks[a - 1].flags & RM_TOK_NUM)))
                    a--;
                if (a >= c->ss + 2 && eq(c, a - 1, ",") && is(c, RM_C_DET, a) &&
                    (ai = mention_at(c, a - 2)) >= 0 && usable(&c->ms.v[ai])) {
                    get_group(c, ai, g);
                    return g->n > 0;
                }
                return 0;
            }
        }
        /* "X does not recognise Kosovo and relies on Russia": the actor
           before "and" is the first verb's object, so the subject is that
           verb's */
        if ((eq(c, q, "and") || eq(c, q, "but")) && q > c->ss && mention_at(c, q - 1) >= 0) {
            const mention *o = &c->ms.v[mention_at(c, q - 1)];
            size_t v = skip_dets_left(c, o->a, c->ss);
            if (o->prep[0] == '\0' && v > c->ss && c->trig[v - 1 - c->ss] &&
                !is_noun_only(c, v - 1) && v - 1 < tpos)
                return find_subject(c, v - 1, g);
            /* ("would not sue Poland but accused Warsaw": the object of a
               verb the lexicon does not know) */
            if (o->prep[0] == '\0' && !o->poss && v > c->ss + 1 && v == o->a &&
                (c->t.toks[v - 1].flags & (RM_TOK_WORD | RM_TOK_CAP | RM_TOK_NUM)) == RM_TOK_WORD &&
                !is(c, RM_C_PREP, v - 1) && !is(c, RM_C_COORD, v - 1) && !is(c, RM_C_DET, v - 1) &&
                !is(c, RM_C_REPORT, v - 1) && mention_at(c, v - 2) < 0 &&
                clause_subject(c, q - 1, g) && g->n > 0)
                return 1;
        }
        /* coordinated predicates: "X condemned A and accused B" */
        if ((eq(c, q, "and") || eq(c, q, "but")) && mention_at(c, q > c->ss ? q - 1 : q) < 0) {
            /* "ramming and boarding": the same subject as the verb before */
            if (q > c->ss && q - 1 < tpos &&
                (c->trig[q - 1 - c->ss] ||
                 (ends_in(c, q - 1, "ing", 3) && ends_in(c, tpos, "ing", 3))))
                return find_subject(c, q - 1, g); /* ("of financing and arming") */
            /* (a "but" opens a clause: the subject is the one before) */
            return clause_subject(c, eq(c, q, "but") && q > c->ss ? q - 1 : q, g);
        }
    }
    while (j-- > c->ss) {
        int mi;
        /* (a relative clause is skipped whole, whatever clauses it holds) */
        if (c->inrel[j - c->ss] && !inrel && j + 1 < tpos && c->inrel[j + 1 - c->ss])
            continue;
        if (clause_of(c, j) != cl)
            break;
        if (c->inrel[j - c->ss] && !inrel)
            continue;
        if (is(c, RM_C_REPORT, j) && mention_at(c, j) < 0 && j + 1 < tpos &&
            eq(c, j + 1, ",")) {
            /* a parenthetical ", he said," is skipped, speaker and all */
            while (j > c->ss && !eq(c, j - 1, ","))
                j--;
            if (j > c->ss)
                j--;
            continue;
        }
        if ((eq(c, j, "that") ||
             (is(c, RM_C_REPORT, j) && mention_at(c, j) < 0 &&
              !(j > c->ss && is(c, RM_C_BE, j - 1)))) && /* (not "is said to") */
            j + 1 < tpos)
            break; /* the subject is inside the reported clause */
        if (inrel && is(c, RM_C_REL, j) && j > c->ss && eq(c, j - 1, ",")) {
            /* "X, which fired ... and is supplying": the relative pronoun
               is the subject when it directly follows its antecedent */
            int ai = j >= c->ss + 2 ? mention_at(c, j - 2) : -1;
            if (ai >= 0 && subject_like(c, &c->ms.v[ai])) {
                get_group(c, ai, g);
                return g->n > 0;
            }
            break;
        }
        mi = mention_at(c, j);
        if (mi >= 0) {
            const mention *m = &c->ms.v[mi];
            /* (or one after a subordinator with a verb of its own: "hours
               after Israel's military said") */
            if (subject_like(c, m) ||
                (usable(m) && (m->pcls & PC_SUBORD) &&
                 opens_clause(c, m))) {
                get_group(c, mi, g);
                return g->n > 0;
            }
            j = m->a;
        }
    }
    /* "..., while continuing to purchase": the main clause's subject */
    if (cl > 0 && tpos > c->ss) {
        /* (the clause's first word: clause ids do not decrease) */
        size_t k = c->cstart[cl];
        if (k < c->se && (eq(c, k, "while") || eq(c, k, "and")) && k + 1 < c->se &&
            c->t.toks[k + 1].nfold > 4 &&
            str_ne(F(c, k + 1) + c->t.toks[k + 1].nfold - 3, "ing") == 0)
            return clause_subject(c, k > c->ss ? k - 1 : k, g);
    }
    return 0;
}

/* A verb reading at i that judges another's deed: accusing, condemning,
   denying. */
static int judging_verb_(const ctx *c, size_t i);
/* (most words read as no trigger at all: that test is made in place) */
static inline int judging_verb(const ctx *c, size_t i)
{
    return !none_at(c, RM_SLOT_TRIG, &c->t, i, c->se) && judging_verb_(c, i);
}

static int judging_verb_(const ctx *c, size_t i)
{
    rm_hit hb[4];
    const rm_hit *h;
    size_t n, k;
    n = triggers_ref(c, i, hb, &h);
    for (k = 0; k < n; k++) {
        relmap_relation r = rm_lex_trigger(c->lx, h[k].value)->relation;
        if (h[k].form != RM_FORM_NOUN &&
            (r == RELMAP_REL_ACCUSES || r == RELMAP_REL_DENIES))
            return 1;
    }
    return 0;
}

/* "Western sanctions", "Russian missile and drone strikes": a demonym
   right before the noun at tpos is its actor */
static int demonym_before(const ctx *c, size_t tpos, group *g)
{
    size_t k = tpos;
    while (k > c->ss && tpos - k < 4 && mention_at(c, k - 1) < 0 &&
           (is(c, RM_C_GOODS, k - 1) || eq(c, k - 1, "and")))
        k--;
    if (k > c->ss && mention_at(c, k - 1) >= 0 &&
        c->ms.v[mention_at(c, k - 1)].use == M_WEAK &&
        !(c->t.toks[c->ms.v[mention_at(c, k - 1)].b].flags & RM_TOK_HYPHEN)) {
        size_t a;
        g->n = 1;
        g->m[0] = mention_at(c, k - 1);
        /* "Israeli and American strikes": each demonym before the noun */
        a = c->ms.v[g->m[0]].a;
        while (g->n < MAX_GROUP && a >= c->ss + 2 &&
               (eq(c, a - 1, "and") || eq(c, a - 1, ",")) && mention_at(c, a - 2) >= 0 &&
               c->ms.v[mention_at(c, a - 2)].use == M_WEAK) {
            g->m[g->n++] = mention_at(c, a - 2);
            a = c->ms.v[mention_at(c, a - 2)].a;
        }
        return 1;
    }
    return 0;
}

/* "Pakistan's foreign minister", "its new envoy", "Iranian officials":
   a role phrase whose owner is an actor mention right before it. */
static int owned_role(const ctx *c, size_t k)
{
    size_t r = k;
    if (!is(c, RM_C_ROLE, r) || mention_at(c, r) >= 0)
        return 0;
    while (r > c->ss && is(c, RM_C_ROLE, r - 1) && mention_at(c, r - 1) < 0)
        r--;
    if (r > c->ss + 1 && plain_word(c, r - 1) && !(c->t.toks[r - 1].flags & RM_TOK_CAP) &&
        mention_at(c, r - 1) < 0 && !c->trig[r - 1 - c->ss])
        r--; /* "Pakistan's new minister" */
    return r > c->ss && (mention_at(c, r - 1) >= 0 || (c->t.toks[r - 1].flags & RM_TOK_POSS));
}

/* "called for an end to the sanctions on Cuba", "demanded the lifting
   of sanctions": whoever wants a thing undone is not its actor */
static int undone_noun(const ctx *c, size_t tpos)
{
    size_t k = tpos;
    while (k > c->ss && is(c, RM_C_DET, k - 1))
        k--;
    return k >= c->ss + 2 && (eq(c, k - 1, "of") || eq(c, k - 1, "to") || eq(c, k - 1, "from")) &&
           is(c, RM_C_UNDO, k - 2);
}

/* "left for Beijing", "travelled to Geneva": a place a verb of travel
   goes to (its trigger takes a venue) */
static int travel_destination(const ctx *c, const mention *m)
{
    size_t q, back;
    if (!m->prep[0])
        return 0;
    for (back = 2; back <= 3 && m->a >= c->ss + back; back++) {
        rm_hit h[4];
        size_t nh, x;
        int r;
        q = m->a - back;
        nh = c->trig[q - c->ss] ? triggers_at(c, q, h) : 0;
        for (x = 0; x < nh; x++) {
            const rm_trigger *tr = rm_lex_trigger(c->lx, h[x].value);
            if (h[x].form == RM_FORM_NOUN)
                continue;
            for (r = 0; r < tr->ntarget; r++)
                if (tr->target[r].kind == RM_ROLE_VENUE)
                    return 1;
        }
    }
    return 0;
}

/* Is the noun at tpos the object of a verb of opposing ("held up a
   €50 billion aid package", "vetoed military aid")? Who opposes it is
   not whose it is. Returns where the noun's phrase starts, or 0. */
static size_t obstructed_noun(const ctx *c, size_t tpos)
{
    size_t q = tpos;
    while (q > c->ss && tpos - q < 9) {
        size_t p = q - 1;
        int mi = mention_at(c, p);
        if (mi >= 0 && c->ms.v[mi].a < q) {
            q = c->ms.v[mi].a;
            continue;
        }
        if (!(is(c, RM_C_DET, p) || is(c, RM_C_ADJ, p) || currency(c, p) ||
              (c->t.toks[p].flags & (RM_TOK_NUM | RM_TOK_POSS | RM_TOK_HYPHEN)) ||
              (plain_word(c, p) && !c->trig[p - c->ss] && !is(c, RM_C_PREP, p) &&
               !eq(c, p, "up"))))
            break;
        q = p;
    }
    return q > c->ss && opposing_verb(c, q - 1) ? q : 0;
}

static int find_left(const ctx *c, size_t tpos, const group *exclude, group *g)
{
    size_t j = tpos, steps = 0;
    int cl = clause_of(c, tpos), past_verb = 0, infinitive = 0;
    if (demonym_before(c, tpos, g))
        return 1;
    if (undone_noun(c, tpos))
        return 0;
    {
        /* (only an actor inside the obstructed phrase: "blocked an EU aid
           package"; a party to a delayed agreement is still one) */
        size_t np = c->cur_rel == RELMAP_REL_SUPPLIES || c->cur_rel == RELMAP_REL_SUPPORTS
                        ? obstructed_noun(c, tpos)
                        : 0,
               k;
        if (np) {
            for (k = tpos; k-- > np;)
                if (mention_at(c, k) >= 0 && usable(&c->ms.v[mention_at(c, k)])) {
                    get_group(c, mention_at(c, k), g);
                    return g->n > 0;
                }
            return 0;
        }
    }

    while (j-- > c->ss && steps < 16) {
        int mi;
        /* an actor inside an aside is not the actor of a noun outside it
           (and the aside, however long, is passed over whole) */
        if (c->inrel[j - c->ss] && !c->inrel[tpos - c->ss])
            continue;
        steps++;
        if (clause_of(c, j) != cl)
            break;
        /* "Seoul and Washington fear will lead to new arms transfers": the
           actor of a noun is not found across another verb's auxiliary */
        /* "China, which has close ties with the Taliban": the relative
           pronoun stands for the actor before it */
        /* (whatever its role in the main clause: "coordinated with the
           EU, which adopted a sanctions package") */
        if ((eq(c, j, "which") || eq(c, j, "who")) && j >= c->ss + 2 && eq(c, j - 1, ",") &&
            mention_at(c, j - 2) >= 0 && usable(&c->ms.v[mention_at(c, j - 2)]) &&
            !c->ms.v[mention_at(c, j - 2)].poss) {
            int ai = mention_at(c, j - 2), k, skip = 0;
            for (k = 0; exclude && k < exclude->n; k++)
                if (exclude->m[k] >= 0 && c->ms.v[exclude->m[k]].group == c->ms.v[ai].group)
                    skip = 1;
            if (!skip) {
                get_group(c, ai, g);
                return g->n > 0;
            }
        }
        if (mention_at(c, j) < 0 &&
            ((is_modal(c, j) && j > c->ss && mention_at(c, j - 1) < 0 &&
              !owned_role(c, j - 1)) ||
             eq(c, j, "that") || eq(c, j, "which") || eq(c, j, "who")))
            break;
        /* ("receives jets from Qatar as F-35 talks with Washington stall":
           a clause of its own after "as") */
        if (eq(c, j, "as") && j > c->ss && j + 1 < tpos && !eq(c, j - 1, "such") &&
            !eq(c, j + 1, "well") && !eq(c, j + 1, "part") && !is(c, RM_C_DET, j + 1) &&
            mention_at(c, j + 1) < 0)
            break;
        /* "Iran condemned the strikes on Syria", "Israel blamed the attack
           on ...": whoever condemns or denies a deed is not its actor */
        if (j + 1 < tpos && mention_at(c, j) < 0 && judging_verb(c, j) &&
            /* (not an adjective: "North Korea's alleged arms shipments") */
            !(j > c->ss && ((c->t.toks[j - 1].flags & RM_TOK_POSS) || is(c, RM_C_DET, j - 1) ||
                            (mention_at(c, j - 1) >= 0 && c->ms.v[mention_at(c, j - 1)].poss))))
            break;
        /* ("China pressed Pakistan after an attack on Chinese engineers":
           a deed named after "after" has no actor before it) */
        /* (but "met Xi after talks with Modi": talks after "after" are
           the subject's own) */
        if (mention_at(c, j) < 0 && j + 1 < tpos && c->cur_rel == RELMAP_REL_ATTACKS &&
            (eq(c, j, "after") || eq(c, j, "before") || eq(c, j, "following") || eq(c, j, "amid")))
            break;
        /* "supply of parts to Moscow has strained ties with Brussels":
           across the verb, the noun's actor is the subject, not an
           argument of the subject's own noun */
        if (mention_at(c, j) < 0 && j + 1 < tpos &&
            (eq(c, j, "has") || eq(c, j, "have") || eq(c, j, "had") ||
             (is(c, RM_C_BE, j) && eq(c, j + 1, "in")))) /* ("is in talks with") */
            past_verb = 1;
        if (eq(c, j, "to") && j + 1 < tpos && plain_word(c, j + 1) && mention_at(c, j + 1) < 0 &&
            !(c->t.toks[j + 1].flags & RM_TOK_CAP))
            infinitive = 1;
        if (eq(c, j, "for") && j + 1 == tpos)
            infinitive = 1; /* "for talks with" */
        mi = mention_at(c, j);
        /* "left for Beijing to attend talks with India": the traveller, not
           where they go, holds the talks */
        if (mi >= 0 && infinitive && travel_destination(c, &c->ms.v[mi])) {
            j = c->ms.v[mi].a;
            continue;
        }
        /* "sanctions Chinese firms over support for ...": the firms, not
           their state nor anyone before them, are the noun's actor */
        if (mi >= 0 && c->ms.v[mi].use == M_MOD && c->ms.v[mi].kind == RM_ALIAS_DEMONYM &&
            private_follows(c, c->ms.v[mi].b))
            return 0;
        if (mi >= 0) {
            const mention *m = &c->ms.v[mi];
            int k, skip = 0;
            for (k = 0; exclude && k < exclude->n; k++)
                if (exclude->m[k] >= 0 && c->ms.v[exclude->m[k]].group == m->group)
                    skip = 1;
            /* (a subject may open its clause past a relative clause: "The
               Houthis, who seized Sanaa in 2014, have held talks") */
            if (past_verb && !m->poss &&
                !(subject_like(c, m) &&
                  (opens_clause(c, m) ||
                   (m->b + 2 < tpos && eq(c, m->b, ",") && c->inrel[m->b + 1 - c->ss]))))
                skip = 1;
            if (usable(m) && !skip) {
                get_group(c, mi, g);
                return g->n > 0;
            }
            j = m->a;
        }
    }
    return 0;
}

/* Is the word at k a verb form of "fund", "finance" or "bankroll"? */
static int funding_verb(const ctx *c, size_t k)
{
    return eq(c, k, "fund") || eq(c, k, "funds") || eq(c, k, "funded") || eq(c, k, "funding") ||
           eq(c, k, "finance") || eq(c, k, "finances") || eq(c, k, "financed") ||
           eq(c, k, "financing") || eq(c, k, "bankroll") || eq(c, k, "bankrolls") ||
           eq(c, k, "bankrolled") || eq(c, k, "bankrolling");
}

/* Is what the possessive mention owns goods ("Russia's oil")? */
static int owner_goods(const ctx *c, const mention *m)
{
    size_t k = m->b;
    while (k < c->se && (c->t.toks[k].flags & RM_TOK_POSS))
        k++;
    while (k < c->se && k < m->b + 4 && !is(c, RM_C_GOODS, k) && plain_word(c, k))
        k++;
    return k < c->se && is(c, RM_C_GOODS, k);
}

/* "gave Russia's army drones", "send his fighters more shells": the
   possessor's forces are the first of two objects (goods follow), so the
   possessor receives. */
static int owner_receives(const ctx *c, const mention *m)
{
    size_t k = m->b;
    while (k < c->se && (c->t.toks[k].flags & RM_TOK_POSS))
        k++;
    if (k >= c->se || !is(c, RM_C_ROLE, k) || is(c, RM_C_GOODS, k) || mention_at(c, k) >= 0)
        return 0;
    k++;
    while (k < c->se && (is(c, RM_C_DET, k) || (c->t.toks[k].flags & RM_TOK_NUM) ||
                         eq(c, k, "more") || eq(c, k, "some")))
        k++;
    return k < c->se && is(c, RM_C_GOODS, k);
}

/* Is [tend, a) "the <words> <office or region> of", the object phrase of a
   verb that names an actor through its office or part? */
static int office_of_object(const ctx *c, size_t tend, size_t a)
{
    size_t k, of = a;
    while (of > tend && is(c, RM_C_DET, of - 1))
        of--;
    /* ("met a delegation from the United States": an envoy's origin) */
    if (of < tend + 2 ||
        !(((eq(c, of - 1, "of") || eq(c, of - 1, "at")) &&
           (is(c, RM_C_ROLE, of - 2) || is(c, RM_C_ENVOY, of - 2))) ||
          (eq(c, of - 1, "from") && is(c, RM_C_ENVOY, of - 2) && ends_in(c, of - 2, "", 0))))
        return 0;
    for (k = tend; k + 1 < of; k++)
        if (!is(c, RM_C_DET, k) && !is(c, RM_C_ROLE, k) && !is(c, RM_C_ENVOY, k) &&
            !(plain_word(c, k) && mention_at(c, k) < 0))
            return 0;
    return 1;
}

/* "Chinese-made drones", "U.S.-donated patrol boats": a country's name
   joined to a participle of making or supplying (class
   origin_participles), before goods. */
static int origin_compound(const ctx *c, const mention *m)
{
    size_t k;
    if (m->entity < 0 || m->poss || m->b + 2 >= c->se || !eq(c, m->b, "-") ||
        !(c->t.toks[m->b].flags & RM_TOK_HYPHEN) || !is(c, RM_C_ORIGINP, m->b + 1))
        return 0;
    for (k = m->b + 2; k < c->se && k < m->b + 7; k++) {
        if (is(c, RM_C_GOODS, k))
            return 1;
        if (mention_at(c, k) >= 0 || is(c, RM_C_PREP, k) || is(c, RM_C_COORD, k) ||
            (punct(c, k) && !(c->t.toks[k].flags & RM_TOK_HYPHEN) && !eq(c, k, "-")))
            return 0;
    }
    return 0;
}

/* Is the word at i a participle of a trigger that supplies its object
   ("supplied", "donated"; not "built", whose goods are built for someone)? */
static int supplying_participle(const ctx *c, size_t i)
{
    rm_hit hb[4];
    const rm_hit *h;
    size_t n = triggers_ref(c, i, hb, &h), k;
    for (k = 0; k < n; k++) {
        const rm_trigger *tr = rm_lex_trigger(c->lx, h[k].value);
        if (tr->relation == RELMAP_REL_SUPPLIES && h[k].form == RM_FORM_ED && tr->ntarget > 0 &&
            tr->target[0].kind == RM_ROLE_OBJECT)
            return 1;
    }
    return 0;
}

/* Is entity e not the subject of the clause whose verb ends at tend? */
static int other_than_subject(const ctx *c, size_t tend, int e)
{
    group sg;
    int k;
    if (tend <= c->ss || !find_subject(c, tend - 1, &sg) || sg.n == 0)
        return 0;
    for (k = 0; k < sg.n; k++)
        if (entity_of(c, sg.m[k], NULL, 0) == e || entity_of(c, sg.m[k], NULL, 0) < 0)
            return 0;
    return 1;
}

/* Is the word at a, right after a verb, a plain word that may be a bare
   verb ("help replenish American stocks"), not a determiner, a number or
   an adjective? (b: where the object's actor starts) */
static int verb_between(const ctx *c, size_t a, size_t b)
{
    return a < b && a < c->se && plain_word(c, a) && !is(c, RM_C_DET, a) && !is(c, RM_C_ADJ, a) &&
           !is(c, RM_C_QUANT, a) && !is(c, RM_C_NUMW, a) && !ends_in(c, a, "ly", 3);
}

/* "launched its full-scale invasion", "stepped up their attacks": a
   possessive pronoun before a deed names the deed's owner, not its
   target */
static int owner_of_deed(const ctx *c, const mention *m)
{
    size_t k;
    if (m->use != M_ANAPH || !m->poss)
        return 0;
    for (k = m->b; k < c->se && k < m->b + 4; k++) {
        if (c->trig[k - c->ss] && is_noun_trigger(c, k) && has_relation(c, k, RELMAP_REL_ATTACKS))
            return 1;
        if (!plain_word(c, k) && !(c->t.toks[k].flags & RM_TOK_HYPHEN) && !eq(c, k, "-"))
            return 0;
    }
    return 0;
}

static int find_object(const ctx *c, size_t tend, group *g)
{
    size_t j;
    int quant = 0;
    int cl = clause_of(c, tend > c->ss ? tend - 1 : tend);
    /* "supplied them to Poland": a pronoun before "to" is the goods */
    if (c->cur_rel == RELMAP_REL_SUPPLIES && tend + 1 < c->se &&
        (eq(c, tend, "them") || eq(c, tend, "it")) && eq(c, tend + 1, "to"))
        return 0;
    for (j = tend; j < c->se && j < tend + (quant ? 9 : 6); j++) {
        int mi = mention_at(c, j);
        /* "sanctioned two Kyrgyz banks, Keremet Bank and Tolubay": the
           names after the comma are the object */
        if (eq(c, j, ",") && j > tend && is(c, RM_C_NHEAD, j - 1) &&
            !(c->t.toks[j - 1].flags & RM_TOK_CAP) && j + 1 < c->se && mention_at(c, j + 1) >= 0 &&
            c->ms.v[mention_at(c, j + 1)].use == M_STRONG &&
            ent(c, c->ms.v[mention_at(c, j + 1)].entity)->type == RELMAP_ACTOR_ORGANIZATION &&
            /* (a list, not "two firms, Naftogaz said") */
            c->ms.v[mention_at(c, j + 1)].b < c->se &&
            (eq(c, c->ms.v[mention_at(c, j + 1)].b, "and") ||
             eq(c, c->ms.v[mention_at(c, j + 1)].b, ","))) {
            cl = clause_of(c, j + 1);
            continue;
        }
        if (clause_of(c, j) != cl)
            break;
        if (mi >= 0) {
            const mention *m = &c->ms.v[mi];
            /* "fired 500 North Korean missiles at Ukrainian cities": what
               is fired or launched is the weapon, not the target */
            if (c->cur_rel == RELMAP_REL_ATTACKS && m->b > m->a && is(c, RM_C_GOODS, m->b - 1) &&
                tend > c->ss && is(c, RM_C_FIRING, tend - 1)) {
                j = m->b - 1;
                continue;
            }
            if (c->cur_rel == RELMAP_REL_ATTACKS && owner_of_deed(c, m))
                return 0;
            /* "launched Iranian-made drones at Kyiv", "sent U.S.-built
               jets to Kyiv": the maker of the goods is no object */
            if (origin_compound(c, m)) {
                j = m->b - 1;
                continue;
            }
            /* "financed several Egyptian arms purchases": what is funded
               is the demonym's country's */
            if (c->cur_rel == RELMAP_REL_SUPPLIES && m->use == M_WEAK &&
                m->kind == RM_ALIAS_DEMONYM && m->entity >= 0 && tend > c->ss &&
                funding_verb(c, tend - 1) &&
                ent(c, m->entity)->type == RELMAP_ACTOR_COUNTRY) {
                size_t q2;
                /* (right after the verb's determiners: not "financed the
                   purchase of American LNG") */
                for (q2 = tend; q2 < m->a; q2++)
                    if (!(is(c, RM_C_DET, q2) || is(c, RM_C_QUANT, q2) || eq(c, q2, "several") ||
                          (c->t.toks[q2].flags & RM_TOK_NUM)))
                        break;
                if (q2 == m->a) {
                    g->n = 1;
                    g->m[0] = mi;
                    return 1;
                }
            }
            /* "sold its weapons to Pakistan": the owner of what is
               supplied is not the recipient (but "attacked Ukraine's
               grid" attacks Ukraine) */
            if (c->cur_rel == RELMAP_REL_SUPPLIES && m->poss &&
                (!quant || m->use == M_ANAPH) && !owner_receives(c, m) &&
                /* (but "Algeria, which supplies most of its gas": a share
                   of another's goods is that other's supply) */
                !(quant && m->use == M_ANAPH && m->entity >= 0 &&
                  other_than_subject(c, tend, m->entity)) &&
                /* (but what is funded is the owner's: "financed Vanuatu's
                   presidential palace", "funding Syria's salaries") */
                !(tend > c->ss && funding_verb(c, tend - 1) && !owner_goods(c, m))) {
                j = m->b - 1;
                continue;
            }
            if (usable(m) && (m->prep[0] == '\0' || (quant && str_ne(m->prep, "of") == 0) ||
                              /* "recognised the breakaway regions of Abkhazia",
                                 "accused the government of Nicolas Maduro" */
                              ((str_ne(m->prep, "of") == 0 || str_ne(m->prep, "from") == 0 ||
                                /* ("met officials at the Iranian foreign ministry") */
                                str_ne(m->prep, "at") == 0) &&
                               office_of_object(c, tend, m->a)) ||
                              /* "stood with Poland": the verb's own preposition */
                              (m->a <= tend + 1 && (m->a == tend || is(c, RM_C_DET, tend)) &&
                               tend > c->ss && is(c, RM_C_PREP, tend - 1) &&
                               c->trig[tend - 1 - c->ss] == 0 &&
                               str_ne(m->prep, F(c, tend - 1)) == 0))) {
                int last;
                get_group(c, mi, g);
                /* "join U.S. and EU sanctions": the actors modify a noun */
                last = g->n > 0 && g->m[g->n - 1] >= 0 ? g->m[g->n - 1] : mi;
                size_t lb = c->ms.v[last].b;
                if (lb < c->se && !c->ms.v[last].poss &&
                    (c->trig[lb - c->ss] || is(c, RM_C_GOODS, lb)) &&
                    /* (but "denounced the US strikes": the deed's doer is
                       the one condemned) */
                    !(c->cur_rel == RELMAP_REL_ACCUSES && c->trig[lb - c->ss] &&
                      is_noun_trigger(c, lb) && has_relation(c, lb, RELMAP_REL_ATTACKS)) &&
                    /* (but "... Israel and Hezbollah fired rockets": a verb
                       with its own object starts a clause) */
                    !(c->trig[lb - c->ss] && lb + 1 < c->se &&
                      (is(c, RM_C_DET, lb + 1) || is(c, RM_C_GOODS, lb + 1) ||
                       mention_at(c, lb + 1) >= 0 ||
                       (c->t.toks[lb + 1].flags & RM_TOK_NUM))))
                    return 0;
                return g->n > 0;
            }
            /* "targeted Ukrainian airfields", "shot down a Malian drone":
               what an attack hits belongs to the demonym's country */
            /* ("backed the Omani channel": what is backed belongs to the
               demonym's country too) */
            /* (and so is what is blamed or condemned: "blaming Israeli
               restrictions", "condemned Russian aggression") */
            /* (for what is backed, right after the verb's determiners:
               not "help replenish American stocks") */
            if ((c->cur_rel == RELMAP_REL_ATTACKS ||
                 (c->cur_rel == RELMAP_REL_SUPPORTS && !verb_between(c, tend, m->a)) ||
                 c->cur_rel == RELMAP_REL_ACCUSES) &&
                m->use == M_WEAK && m->prep[0] == '\0' &&
                m->kind == RM_ALIAS_DEMONYM && m->b < c->se && (c->t.toks[m->b].flags & RM_TOK_WORD) &&
                !(c->t.toks[m->b].flags & RM_TOK_CAP) && !is(c, RM_C_PRIVATE, m->b) &&
                /* ("blaming Lithuanian smuggling gangs": private people) */
                !(m->b + 1 < c->se && is(c, RM_C_PRIVATE, m->b + 1))) {
                g->n = 1;
                g->m[0] = mi;
                return 1;
            }
            if (m->use == M_VENUE || m->prep[0])
                return 0;
            j = m->b - 1;
            continue;
        }
        /* "ramming and boarding its boats": coordinated verbs share it */
        if (j == tend && (eq(c, j, "and") || eq(c, j, "or")) && j + 1 < c->se &&
            c->trig[j + 1 - c->ss]) {
            j++;
            continue;
        }
        /* "about 81 per cent of Pakistan's arms imports" */
        if ((eq(c, j, "about") || eq(c, j, "around") || eq(c, j, "nearly") ||
             eq(c, j, "some") || eq(c, j, "over") || eq(c, j, "roughly")) &&
            j + 1 < c->se && (c->t.toks[j + 1].flags & RM_TOK_NUM))
            continue;
        if (eq(c, j, "per") && j + 1 < c->se && eq(c, j + 1, "cent")) {
            quant = 1;
            continue;
        }
        if ((c->t.toks[j].flags & RM_TOK_NUM) && j + 1 < c->se && eq(c, j + 1, "%"))
            continue;
        if (eq(c, j, "%") && j > tend && (c->t.toks[j - 1].flags & RM_TOK_NUM) &&
            j + 1 < c->se && eq(c, j + 1, "of")) {
            quant = 1; /* "about 40% of Israel's crude oil" */
            j++;
            continue;
        }
        /* "supplies half of the bauxite imported by China": the buyer
           of what is supplied, named in a passive after it */
        if (c->cur_rel == RELMAP_REL_SUPPLIES && j > tend && j + 2 < c->se && eq(c, j + 1, "by") &&
            mention_at(c, j + 2 + (is(c, RM_C_DET, j + 2) ? 1 : 0)) >= 0 && is(c, RM_C_GOODS, j - 1)) {
            rm_hit hb[4];
            const rm_hit *h;
            size_t n = triggers_ref(c, j, hb, &h), x;
            for (x = 0; x < n; x++) {
                const rm_trigger *t2 = rm_lex_trigger(c->lx, h[x].value);
                if (t2->relation == RELMAP_REL_SUPPLIES && h[x].form == RM_FORM_ED &&
                    t2->ntarget > 0 && t2->target[0].kind == RM_ROLE_SUBJECT) {
                    int mi2 = mention_at(c, j + 2 + (is(c, RM_C_DET, j + 2) ? 1 : 0));
                    if (usable(&c->ms.v[mi2])) {
                        get_group(c, mi2, g);
                        return g->n > 0;
                    }
                }
            }
        }
        /* "more than 40 per cent of India's imports" */
        if ((eq(c, j, "more") || eq(c, j, "less") || eq(c, j, "fewer")) && j + 2 < c->se &&
            eq(c, j + 1, "than") && (c->t.toks[j + 2].flags & RM_TOK_NUM)) {
            j++;
            continue;
        }
        /* "sanctioned companies linked to Wagner" */
        if (j > tend && tie_at(c, j))
            continue;
        /* "killed dozens of Iranian border guards", "hit three of its
           facilities" */
        if ((is(c, RM_C_QUANT, j) || (c->t.toks[j].flags & RM_TOK_NUM) || is(c, RM_C_NUMW, j)) &&
            j + 1 < c->se && eq(c, j + 1, "of")) {
            j++;
            quant = 1;
            continue;
        }
        if ((eq(c, j, "of") || eq(c, j, "from") || eq(c, j, "at")) && j + 1 < c->se) {
            size_t a = j + 1;
            while (a < c->se && is(c, RM_C_DET, a))
                a++;
            if (a < c->se && mention_at(c, a) >= 0 && office_of_object(c, tend, a))
                continue;
            /* "sanctioned five subsidiaries of Hanwha Ocean" */
            if (eq(c, j, "of") && j > tend && is(c, RM_C_UNITN, j - 1) && a < c->se &&
                mention_at(c, a) >= 0) {
                quant = 1; /* (a longer reach) */
                continue;
            }
        }
        if (is(c, RM_C_PREP, j) || (punct(c, j) && !(c->t.toks[j].flags & RM_TOK_HYPHEN)) ||
            /* ("attacked ships linked to Israel": right after the verb, an
               -s form is its plural object) */
            (c->trig[j - c->ss] && !(j == tend && plural_after_word(c, j))))
            return 0;
    }
    return 0;
}

/* "radars from Paris and armoured vehicles from New Delhi": more phrases
   with the same preposition, coordinated with the first. */
/* Adds the coordination of mention mi to g. */
static void append_group(const ctx *c, int mi, group *g)
{
    group h;
    int x;
    get_group(c, mi, &h);
    for (x = 0; x < h.n && g->n < MAX_GROUP; x++)
        g->m[g->n++] = h.m[x];
}

static void more_prep(const ctx *c, size_t j, const char *prep, group *g)
{
    size_t k;
    int seen_and = 0;
    int cl = clause_of(c, j > c->ss ? j - 1 : j);
    /* "turned to China, which buys its crude, and to Iran": over a
       relative clause to the repeated preposition */
    if (j + 1 < c->se && eq(c, j, ",") && is(c, RM_C_REL, j + 1)) {
        for (k = j + 2; k + 3 < c->se && k < j + 24; k++) {
            if (eq(c, k, ".") || eq(c, k, ";") || eq(c, k, "\"") || (k > j + 2 && is(c, RM_C_REL, k)))
                return;
            if (eq(c, k, ",")) {
                int mi = mention_at(c, k + 3);
                if (eq(c, k + 1, "and") && str_ne(F(c, k + 2), prep) == 0 && mi >= 0 &&
                    usable(&c->ms.v[mi]) && str_ne(c->ms.v[mi].prep, prep) == 0)
                    append_group(c, mi, g);
                return;
            }
        }
        return;
    }
    /* "between Australia, Britain and the United States": a list of
       three or more, each member after a comma or the last "and" */
    if (str_ne(prep, "between") == 0 && j + 1 < c->se && eq(c, j, ",")) {
        group add;
        add.n = 0;
        for (k = j; k < c->se && k < j + 16 && add.n < MAX_GROUP; k++) {
            int mi;
            if (eq(c, k, ",") || eq(c, k, "and") || is(c, RM_C_DET, k))
                continue;
            mi = mention_at(c, k);
            if (mi < 0 || !usable(&c->ms.v[mi]))
                break;
            add.m[add.n++] = mi;
            k = c->ms.v[mi].b - 1;
            if (k > j && (eq(c, c->ms.v[mi].a - 1, "and") ||
                          (c->ms.v[mi].a >= c->ss + 2 && is(c, RM_C_DET, c->ms.v[mi].a - 1) &&
                           eq(c, c->ms.v[mi].a - 2, "and")))) {
                /* (the list ends at its "and") */
                for (int q = 0; q < add.n && g->n < MAX_GROUP; q++)
                    append_group(c, add.m[q], g);
                return;
            }
        }
        return;
    }
    for (k = j; k < c->se && k < j + 8 && g->n < MAX_GROUP; k++) {
        int mi = mention_at(c, k);
        /* ("TB2 drones from Turkey and Mohajer-6 drones from Iran": goods
           and a model's name may stand between) */
        if (clause_of(c, k) != cl ||
            (c->trig[k - c->ss] && !(seen_and && is(c, RM_C_GOODS, k))) ||
            (punct(c, k) && !(seen_and && (c->t.toks[k].flags & RM_TOK_HYPHEN))))
            return;
        if (eq(c, k, "and"))
            seen_and = 1;
        if (mi >= 0) {
            const mention *m = &c->ms.v[mi];
            if (seen_and && usable(m) && str_ne(m->prep, prep) == 0)
                append_group(c, mi, g);
            return;
        }
    }
}

/* Does the trigger word at i have a reading with this relation? */
static int has_relation(const ctx *c, size_t i, relmap_relation rel)
{
    rm_hit hb[4];
    const rm_hit *h;
    size_t n = triggers_ref(c, i, hb, &h), k;
    for (k = 0; k < n; k++)
        if (rm_lex_trigger(c->lx, h[k].value)->relation == rel)
            return 1;
    return 0;
}

/* Does the trigger word at i have a reading of this form? */
static int has_form(const ctx *c, size_t i, rm_form form)
{
    rm_hit hb[4];
    const rm_hit *h;
    size_t n = triggers_ref(c, i, hb, &h), k;
    for (k = 0; k < n; k++)
        if (h[k].form == form)
            return 1;
    return 0;
}

/* Is the trigger word at i a past participle reading ("bought", "supplied")? */
static int participle_at(const ctx *c, size_t i)
{
    return has_form(c, i, RM_FORM_ED);
}

/* Is [tend, a) "... <prep> <more than 30> countries(,) including", so
   that the actor at a is one of the prep's objects? */
static int listed_after_prep(const ctx *c, size_t tend, const char *prep, size_t a)
{
    size_t k, p = (size_t)-1;
    int noun = 0, incl = 0;
    for (k = tend; k < a; k++)
        if (str_ne(F(c, k), prep) == 0)
            p = k;
    if (p == (size_t)-1 || a < p + 3)
        return 0;
    for (k = p + 1; k < a; k++) {
        if (is(c, RM_C_MEMBERN, k))
            noun = 1;
        else if (noun && (eq(c, k, "including") || eq(c, k, "like") ||
                          (eq(c, k, "such") && k + 1 < a && eq(c, k + 1, "as"))))
            incl = 1;
        else if (!(is(c, RM_C_DET, k) || is(c, RM_C_ADJ, k) || is(c, RM_C_QUANT, k) ||
                   (c->t.toks[k].flags & RM_TOK_NUM) || eq(c, k, ",") || eq(c, k, "more") ||
                   eq(c, k, "than") || eq(c, k, "several") || eq(c, k, "other") ||
                   eq(c, k, "some") || eq(c, k, "about") || eq(c, k, "as") ||
                   eq(c, k, "dozens") || eq(c, k, "of") || eq(c, k, "many")))
            return 0;
    }
    return noun && incl;
}

static int find_prep_(const ctx *c, size_t tend, const char *prep, group *g)
{
    size_t j;
    int cl;
    /* only a mention governed by prep, ending past tend, can be found:
       most calls have none, and the sentence's few mentions are quicker
       to look at than the words */
    /* (or, for listed_after_prep, one after "including", "such as", "like") */
#define LIST_PREP(p) (str_ne((p), "including") == 0 || str_ne((p), "as") == 0 || \
                      str_ne((p), "like") == 0 || str_ne((p), "such") == 0)
    if (c->npreps >= 0) {
        int q;
        for (q = 0; q < c->npreps; q++)
            if (c->preps[q].b > tend &&
                (c->preps[q].list || str_ne(c->preps[q].prep, prep) == 0))
                break;
        if (q == c->npreps)
            return 0;
    } else {
        for (j = 0; j < c->ms.n; j++) {
            const mention *m = &c->ms.v[j];
            if (m->b > tend && (usable(m) || m->use == M_WEAK) &&
                (str_ne(m->prep, prep) == 0 || LIST_PREP(m->prep)))
                break;
        }
        if (j == c->ms.n)
            return 0;
    }
#undef LIST_PREP
    cl = clause_of(c, tend > c->ss ? tend - 1 : tend);
    /* "of" binds tightly ("invasion of Ukraine", "an ally of Maduro") */
    size_t reach = str_ne(prep, "of") == 0 ? 4 : 14;
    for (j = tend; j < c->se && j < tend + reach; j++) {
        int mi = mention_at(c, j);
        /* ("members of the Russian-led bloc": a compound is one word) */
        if ((c->t.toks[j].flags & RM_TOK_HYPHEN) && reach < 14)
            reach += 2;
        if (clause_of(c, j) != cl)
            break;
        /* ("X, which financed the study, is seeking a loan to Georgia for
           its section": an aside's verb ends with the aside) */
        if (tend > c->ss && c->inrel[tend - 1 - c->ss] && !c->inrel[j - c->ss])
            break;
        if (mi >= 0) {
            const mention *m = &c->ms.v[mi];
            if (usable(m) && str_ne(m->prep, prep) == 0) {
                /* "on Iran's national shipping line, IRISL,": the body
                   the apposition names */
                if (m->poss && m->entity >= 0 && ent(c, m->entity)->type == RELMAP_ACTOR_COUNTRY) {
                    size_t k = m->b;
                    while (k < c->se && k < m->b + 4 && mention_at(c, k) < 0 &&
                           (c->t.toks[k].flags & (RM_TOK_WORD | RM_TOK_CAP)) == RM_TOK_WORD &&
                           !is(c, RM_C_PREP, k) && !is(c, RM_C_PRIVATE, k) && !is(c, RM_C_DET, k))
                        k++;
                    if (k > m->b && k + 1 < c->se && eq(c, k, ",") && mention_at(c, k + 1) >= 0) {
                        const mention *o = &c->ms.v[mention_at(c, k + 1)];
                        if (o->a == k + 1 && usable(o) && !o->poss && o->entity >= 0 &&
                            o->entity != m->entity && o->kind != RM_ALIAS_PERSON &&
                            ent(c, o->entity)->type == RELMAP_ACTOR_ORGANIZATION &&
                            (o->b >= c->se || eq(c, o->b, ",") || punct(c, o->b))) {
                            g->n = 1;
                            g->m[0] = mention_at(c, k + 1);
                            return 1;
                        }
                    }
                }
                get_group(c, mi, g);
                ((ctx *)c)->between_found = str_ne(prep, "between") == 0;
                if (m->use == M_ANAPH && m->ante >= 0) {
                    /* a pronoun target stays itself, so "X and Y sent
                       troops to their borders" is seen as reflexive */
                    g->n = 1;
                    g->m[0] = mi;
                }
                more_prep(c, m->b, prep, g);
                return g->n > 0;
            }
            /* "sold drones to more than 30 countries including Ukraine,
               Poland and Kuwait": the countries named */
            if (usable(m) && listed_after_prep(c, tend, prep, m->a)) {
                get_group(c, mi, g);
                return g->n > 0;
            }
            /* "reliance on Russian hardware": the demonym's country; "on
               Russian and Ukrainian wheat": both */
            if (m->use == M_WEAK && str_ne(m->prep, prep) == 0) {
                size_t q = m->b;
                g->n = 1;
                g->m[0] = mi;
                while (q + 1 < c->se && g->n < MAX_GROUP &&
                       (eq(c, q, "and") || eq(c, q, "or") || eq(c, q, ",")) &&
                       mention_at(c, q + 1) >= 0 &&
                       c->ms.v[mention_at(c, q + 1)].use == M_WEAK) {
                    g->m[g->n++] = mention_at(c, q + 1);
                    q = c->ms.v[mention_at(c, q + 1)].b;
                }
                return 1;
            }
            j = m->b - 1;
            continue;
        }
        /* do not run into the arguments of the next trigger */
        /* ", in a letter to the UN": a new adverbial, not this verb's */
        if (eq(c, j, ",") && j > tend && j + 1 < c->se &&
            (is(c, RM_C_PREP, j + 1) || is(c, RM_C_SUBORD, j + 1) || is(c, RM_C_REL, j + 1)) &&
            /* (but "to several countries, including Ukraine") */
            !((eq(c, j + 1, "including") || eq(c, j + 1, "such")) && mention_at(c, j - 1) < 0 &&
              ends_in(c, j - 1, "s", 3)))
            break;
        /* a verb's own object noun ("signed a pact with Niger") does not
           stop the search; another predicate does, but not a participle
           describing the goods ("took delivery of tanks bought from X") */
        if (c->trig[j - c->ss] && j > tend + 1 && !is(c, RM_C_GOODS, j) &&
            !is(c, RM_C_CONTAINER, j) &&
            /* ("C-130J transport aircraft": after a model's name and
               before goods, a verb is a compound's modifier) */
            !(j + 1 < c->se && is(c, RM_C_GOODS, j + 1) && mention_at(c, j - 1) < 0 &&
              (c->t.toks[j - 1].flags & RM_TOK_WORD) &&
              (c->t.toks[j - 1].flags & (RM_TOK_CAP | RM_TOK_NUM))) &&
            !(c->verb_trigger && j <= tend + 4 &&
              (is_noun_only(c, j) || (is(c, RM_C_DET, j - 1) && is_noun_trigger(c, j)))) &&
            !(is(c, RM_C_GOODS, j - 1) && participle_at(c, j)))
            break; /* ("took part in the talks alongside X": a noun after
                      a determiner is the verb's own complement) */
    }
    return 0;
}

/* (most calls find no mention with a preposition ending past tend:
   told here, without the call) */
static inline int find_prep(const ctx *c, size_t tend, const char *prep, group *g)
{
    if (c->npreps >= 0 && prep[0] && tend >= c->prep_maxb)
        return 0;
    return find_prep_(c, tend, prep, g);
}

static int find_that(const ctx *c, size_t tend, group *g)
{
    size_t j;
    for (j = tend; j < c->se && j < tend + 4; j++)
        if (eq(c, j, "that"))
            break;
    if (j >= c->se || j >= tend + 4)
        return 0;
    for (j = j + 1; j < c->se && j < tend + 12; j++) {
        int mi = mention_at(c, j);
        if (mi >= 0 && usable(&c->ms.v[mi]) && c->ms.v[mi].prep[0] == '\0') {
            size_t k;
            /* "warned that the country would retaliate": a threat of what
               one will do, not an accusation of what another did */
            for (k = c->ms.v[mi].b; k < c->se && k < c->ms.v[mi].b + 3; k++)
                if (is_modal(c, k))
                    return 0;
            get_group(c, mi, g);
            return g->n > 0;
        }
    }
    return 0;
}

/* A single-entity pseudo group is represented by a negative mention id:
   -(entity + 2). */
static int entity_of(const ctx *c, int m, const int *avoid, int navoid)
{
    const mention *mm;
    int k, j;
    if (m < -1)
        return -(m + 2);
    mm = &c->ms.v[m];
    if (mm->use != M_ANAPH)
        return mm->entity;
    {
        int found = -1, count = 0, pass;
        /* candidates of this sentence first; the previous sentence only if
           none is left here */
        for (pass = 0; pass < 2 && count == 0; pass++)
            for (k = pass ? mm->ncur : 0; k < (pass ? mm->ncand : mm->ncur); k++) {
                int bad = 0;
                for (j = 0; j < navoid; j++)
                    if (avoid[j] == mm->cand[k])
                        bad = 1;
                if (!bad) {
                    if (found < 0)
                        found = mm->cand[k];
                    count++;
                }
            }
        /* pronouns carry one antecedent; a nominal anaphor with two live
           candidates is ambiguous */
        if (count > 1 && mm->ante < 0)
            return -1;
        return found;
    }
}

static int claim_owner(const ctx *c, const mention *m)
{
    size_t k;
    if (m->poss) {
        for (k = m->b + 1; k < c->se && k <= m->b + 3; k++)
            if (is(c, RM_C_CLAIM, k))
                return 1;
        return 0;
    }
    if ((str_ne(m->prep, "by") == 0 || str_ne(m->prep, "from") == 0) && m->a >= c->ss + 2) {
        for (k = m->a - 1; k > c->ss && k + 4 >= m->a; k--)
            if (is(c, RM_C_CLAIM, k))
                return 1;
    }
    return 0;
}

static int find_claimant(ctx *c, size_t tend, const group *src, group *g)
{
    size_t j;
    int cl = clause_of(c, tend - 1), k;
    int denier = src->n ? entity_of(c, src->m[0], NULL, 0) : -1;
    /* "rejected Ukraine's request", "rebuffed a Russian offer": a refusal,
       not a denial of a claim */
    for (j = tend; j < c->se && j < tend + 6; j++) {
        int mi = mention_at(c, j);
        if (mi >= 0)
            j = c->ms.v[mi].b - 1;
        else if (!is(c, RM_C_DET, j) && !is(c, RM_C_ADJ, j) && !(c->t.toks[j].flags & RM_TOK_POSS))
            break;
    }
    if (j < c->se && j > tend && is(c, RM_C_MESSAGE, j) && !is(c, RM_C_CLAIM, j))
        return 0;
    for (j = tend; j < c->se; j++) {
        int mi = mention_at(c, j), in_src = 0;
        if (clause_of(c, j) != cl || (eq(c, j, ",") && j + 1 < c->se && eq(c, j + 1, "and")))
            break;
        if (mi < 0 || !usable(&c->ms.v[mi]))
            continue;
        for (k = 0; k < src->n; k++)
            if (entity_of(c, src->m[k], NULL, 0) == c->ms.v[mi].entity)
                in_src = 1;
        /* only the owner of the claim: "Washington's claims", "reports by
           Kyiv"; an actor inside the denied content is not the claimant */
        if (!in_src && claim_owner(c, &c->ms.v[mi])) {
            get_group(c, mi, g);
            return g->n > 0;
        }
        j = c->ms.v[mi].b - 1;
    }
    /* "according to South Korean intelligence, ... though Pyongyang denies" */
    {
        size_t q;
        int best = -1;
        for (q = 0; q < c->cues.n; q++) {
            const cue_at *ca = &c->cues.v[q];
            int x, y, in_src = 0;
            if (rm_lex_cue(c->lx, ca->cue)->modality != RELMAP_MOD_ALLEGED || ca->a >= tend)
                continue;
            for (x = 0; x < ca->nspeaker; x++) {
                in_src = 0;
                for (y = 0; y < src->n; y++)
                    if (entity_of(c, src->m[y], NULL, 0) == ca->speaker[x])
                        in_src = 1;
                if (!in_src && ca->speaker[x] >= 0)
                    best = ca->speaker[x];
            }
        }
        if (best >= 0) {
            g->n = 1;
            g->m[0] = -(best + 2);
            return 1;
        }
    }
    /* "X has accused China of supplying Russia, a charge Beijing denies":
       the accuser of the denier made the claim */
    if (denier >= 0) {
        const char *did = ent(c, denier)->id;
        for (j = c->doc->events.n; j-- > 0 && c->doc->events.n - j <= 16;) {
            const relmap_event *ev = &c->doc->events.v[j];
            if (ev->relation != RELMAP_REL_ACCUSES ||
                str_ne(c->doc->actors.v[ev->target].info.id, did) != 0)
                continue;
            g->n = 1;
            g->m[0] = -(entity_of_actor(c, ev->source) + 2);
            return 1;
        }
    }
    if (c->last_claimant >= 0) {
        int in_src = 0;
        for (k = 0; k < src->n; k++)
            if (entity_of(c, src->m[k], NULL, 0) == c->last_claimant)
                in_src = 1;
        if (!in_src) {
            g->n = 1;
            g->m[0] = -(c->last_claimant + 2);
            return 1;
        }
    }
    /* the other party of the latest event involving the denier */
    for (j = c->doc->events.n; j-- > 0 && c->doc->events.n - j <= 64;) {
        const relmap_event *ev = &c->doc->events.v[j];
        const char *sid = c->doc->actors.v[ev->source].info.id;
        const char *tid = c->doc->actors.v[ev->target].info.id;
        const char *did = denier >= 0 ? ent(c, denier)->id : "";
        int other = -1;
        if (ev->relation == RELMAP_REL_DENIES)
            continue;
        if (str_ne(sid, did) == 0)
            other = (int)ev->target;
        else if (str_ne(tid, did) == 0)
            other = (int)ev->source;
        if (other < 0)
            continue;
        g->n = 1;
        g->m[0] = -(entity_of_actor(c, (size_t)other) + 2);
        return 1;
    }
    return 0;
}

/* "Saudi Arabia and Iraq, once India's top suppliers": the group before the
   comma that opens the phrase holding the trigger. */
static int find_appositive(const ctx *c, size_t tpos, group *g)
{
    size_t j = tpos;
    /* (", North Korea's only formal treaty ally,"; not past a preposition:
       ", for two decades Havana's main supplier,") */
    while (j-- > c->ss && tpos - j < 9) {
        if (tpos - j >= 6 && is(c, RM_C_PREP, j))
            return 0;
        /* (or a dash: "The Three Brotherhood Alliance -- made up of") */
        if (eq(c, j, ",") || eq(c, j, "\xE2\x80\x94") || eq(c, j, "\xE2\x80\x93") ||
            eq(c, j, "--")) {
            int mi = j > c->ss ? mention_at(c, j - 1) : -1;
            if (mi >= 0 && usable(&c->ms.v[mi])) {
                get_group(c, mi, g);
                return g->n > 0;
            }
            return 0;
        }
        if (is(c, RM_C_BREAK, j))
            return 0;
    }
    return 0;
}

/* "strikes on power stations across Ukraine": with no named target, a place
   in a country stands for it. */
/* Does the mention name a border ("the Venezuelan border", "Iran's
   border", "the border with Iran")? */
static int at_border(const ctx *c, const mention *m)
{
    size_t e = m->b;
    if (m->poss)
        e++;
    return (m->b > m->a && (eq(c, m->b - 1, "border") || eq(c, m->b - 1, "borders") ||
                            eq(c, m->b - 1, "frontier"))) ||
           (e < c->se && (eq(c, e, "border") || eq(c, e, "borders") || eq(c, e, "frontier")));
}

/* "struck power stations": an -s word right after a plain word or
   another verb is a plural noun ("Russia stations troops" is a verb). */
static int plural_after_word(const ctx *c, size_t i)
{
    return i > c->ss && ends_in(c, i, "s", 3) && mention_at(c, i - 1) < 0 &&
           !(i >= c->ss + 2 && eq(c, i - 1, "turn") && eq(c, i - 2, "in")) &&
           (c->t.toks[i - 1].flags & RM_TOK_WORD) && !(c->t.toks[i - 1].flags & RM_TOK_CAP) &&
           !is(c, RM_C_AUX, i - 1) && !is(c, RM_C_ADVERB, i - 1) && !is(c, RM_C_REL, i - 1) &&
           !is(c, RM_C_PRON, i - 1) && !is(c, RM_C_COORD, i - 1) && !is(c, RM_C_SUBORD, i - 1) &&
           !ends_in(c, i - 1, "ly", 3) && !eq(c, i - 1, "that") && !eq(c, i - 1, "who");
}

static int find_venue(const ctx *c, size_t tend, group *g)
{
    size_t j;
    int cl = clause_of(c, tend > c->ss ? tend - 1 : tend), from = 0;
    for (j = tend; j < c->se && j < tend + 16; j++) {
        int mi = mention_at(c, j);
        if (clause_of(c, j) != cl)
            break;
        /* ("launched from fields a few kilometres inside Belarus": a
           place within a phrase of origin is where it came from) */
        if (mi < 0 && is(c, RM_C_PREP, j) && !eq(c, j, "of") && !is(c, RM_C_VENUE, j))
            from = eq(c, j, "from");
        if (mi >= 0 && from && (c->ms.v[mi].use == M_VENUE ||
                                (c->ms.v[mi].poss && c->ms.v[mi].prep[0]))) {
            j = c->ms.v[mi].b - 1;
            continue;
        }
        if (mi >= 0) {
            const mention *m = &c->ms.v[mi];
            /* "near the Venezuelan border", "ships near Taiwan", "off
               Yemen's coast": by a country, not in it */
            if (at_border(c, m) ||
                (m->kind != RM_ALIAS_PLACE && m->kind != RM_ALIAS_DEMONYM &&
                 /* (near a city, or "near the Ukrainian port of Izmail", is in
                    its country) */
                 (str_ne(m->prep, "near") == 0 || str_ne(m->prep, "off") == 0 ||
                  str_ne(m->prep, "around") == 0 || str_ne(m->prep, "outside") == 0)))
                return 0;
            /* "targets in Pakistan's Balochistan province" */
            if (m->use == M_VENUE ||
                (m->poss && (m->pcls & PC_VENUE))) {
                g->n = 1;
                g->m[0] = mi;
                return 1;
            }
            if (m->a > c->ss && (eq(c, m->a - 1, "what") || eq(c, m->a - 1, "which"))) {
                j = m->b - 1; /* "at what New Delhi described as camps in X" */
                continue;
            }
            /* ("fired Iranian drones at Kyiv": the weapons' country is
               not where they struck) */
            if (c->cur_rel == RELMAP_REL_ATTACKS && m->prep[0] == '\0' &&
                ((m->b > m->a && is(c, RM_C_GOODS, m->b - 1)) || origin_compound(c, m))) {
                j = m->b - 1;
                continue;
            }
            return 0;
        }
        if (c->trig[j - c->ss] && j > tend && !(plural_after_word(c, j) && !is_noun_trigger(c, j)) &&
            /* (not a verb's form used as a noun or its modifier, after a
               determiner: "a pumping station", "a station") */
            !(!is_noun_trigger(c, j) &&
              (is(c, RM_C_DET, j - 1) ||
               (j >= c->ss + 2 && is(c, RM_C_DET, j - 2) && !c->trig[j - 1 - c->ss] &&
                (c->t.toks[j - 1].flags & (RM_TOK_WORD | RM_TOK_CAP)) == RM_TOK_WORD))))
            return 0;
    }
    return 0;
}

/* A model's name and goods from k: "Gripen fighters", "Type 26
   frigate", "F-35 jets" (after "Saab's", "Britain's"). */
static int model_goods(const ctx *c, size_t k)
{
    size_t q, words = 0;
    int code = 0;
    for (q = k; q < c->se && q < k + 4; q++) {
        if (q > k && is(c, RM_C_GOODS, q) && !(c->t.toks[q].flags & RM_TOK_CAP))
            return 1;
        if (!((c->t.toks[q].flags & RM_TOK_CAP) || (c->t.toks[q].flags & RM_TOK_NUM) ||
              (c->t.toks[q].flags & RM_TOK_HYPHEN) || eq(c, q, "-")) ||
            mention_at(c, q) >= 0)
            break;
        /* a model's code: "S-400", "F-35s", "HQ-9B" */
        if (q >= k + 2 && eq(c, q - 1, "-") && (c->t.toks[q].flags & RM_TOK_NUM) &&
            (c->t.toks[q - 2].flags & RM_TOK_CAP) && c->t.toks[q - 2].nfold <= 3)
            code = 1;
    }
    if (q == k)
        return 0;
    /* ("Russia's S-400 air defence system": past a few plain words) */
    for (; q < c->se && words < 3; q++, words++) {
        if (is(c, RM_C_GOODS, q) && !(c->t.toks[q].flags & RM_TOK_CAP))
            return 1;
        if ((c->t.toks[q].flags & (RM_TOK_WORD | RM_TOK_CAP)) != RM_TOK_WORD ||
            mention_at(c, q) >= 0 || is(c, RM_C_PREP, q) || is(c, RM_C_COORD, q) ||
            c->trig[q - c->ss])
            break;
    }
    /* ... or the code alone: "bought Russia's S-400s" */
    return code;
}

/* "bought Russian crude", "purchases of Iranian oil": the demonym of the
   goods' country, in the object right after the verb. */
static int find_origin(const ctx *c, size_t tend, group *g)
{
    size_t j;
    for (j = tend; j < c->se && j < tend + 10; j++) {
        int mi = mention_at(c, j);
        /* ("power imports since Russian strikes": a clause of its own) */
        if (mi < 0 && is(c, RM_C_SUBORD, j) && !eq(c, j, "in") && !eq(c, j, "as"))
            return 0;
        if (mi >= 0) {
            const mention *m = &c->ms.v[mi];
            if ((m->use == M_WEAK && m->b < c->se &&
                 !(c->t.toks[m->b].flags & RM_TOK_HYPHEN)) ||
                /* "bought Chinese-made drones", "U.S.-built jets" */
                (origin_compound(c, m) && supplying_participle(c, m->b + 1)) ||
                /* "bought U.S. soybeans", "imports Qatar LNG" */
                ((m->use == M_STRONG ||
                  (m->use == M_VENUE && str_ne(m->prep, "in") == 0)) && !m->poss && m->b < c->se &&
                 (m->prep[0] == '\0' || (str_ne(m->prep, "in") == 0 && j > tend)) &&
                 m->entity >= 0 && m->kind != RM_ALIAS_PERSON &&
                 (is(c, RM_C_GOODS, m->b) ||
                  /* ("US military assistance") */
                  (m->b + 1 < c->se && plain_word(c, m->b) && !is(c, RM_C_PREP, m->b) &&
                   mention_at(c, m->b) < 0 && is(c, RM_C_GOODS, m->b + 1)))) ||
                /* "will buy American jets": a demonym and goods the
                   gazetteer's role nouns count as a force */
                (m->kind == RM_ALIAS_DEMONYM && m->b > m->a + 1 && usable(m) && !m->poss &&
                 (is(c, RM_C_GOODS, m->b - 1) ||
                  /* ("the Chinese HQ-9B air defence system": a model) */
                  (m->b >= m->a + 4 && eq(c, m->b - 2, "-") &&
                   (c->t.toks[m->b - 1].flags & RM_TOK_NUM)))) ||
                /* "buys most of its crude", "imports Russia's oil" */
                (m->poss && usable(m) && m->b + 1 < c->se &&
                 (is(c, RM_C_GOODS, m->b + 1) || eq(c, m->b + 1, "exports") ||
                  eq(c, m->b + 1, "output") || eq(c, m->b + 1, "production") ||
                  model_goods(c, m->b + ((c->t.toks[m->b].flags & RM_TOK_POSS) != 0))))) {
                g->n = 1;
                g->m[0] = mi;
                return 1;
            }
            return 0;
        }
        /* ("buys 80% of Mongolian coal", "a third of Australia's exports";
           "received $230 million in US military assistance") */
        if ((is(c, RM_C_PREP, j) && !eq(c, j, "of") &&
             /* ("buys around 12 billion cubic metres of Azerbaijani gas") */
             !(is(c, RM_C_APPROX, j) && j + 1 < c->se &&
               ((c->t.toks[j + 1].flags & RM_TOK_NUM) || currency(c, j + 1) || is(c, RM_C_NUMW, j + 1))) &&
             !(eq(c, j, "in") && j > tend &&
               (sum_word(c, j - 1) || eq(c, j - 1, "dollars") || eq(c, j - 1, "euros")))) ||
            (punct(c, j) && !(c->t.toks[j].flags & RM_TOK_HYPHEN) && !eq(c, j, "%") &&
             !currency(c, j)))
            return 0;
    }
    return 0;
}

static int is_passive(const ctx *c, size_t tpos, size_t tend, rm_form form)
{
    size_t j = tpos, steps = 0;
    if (form != RM_FORM_ED)
        return 0;
    while (j-- > c->ss && steps++ < 3) {
        if (is(c, RM_C_BE, j))
            return 1;
        if (!is(c, RM_C_AUX, j))
            break;
    }
    /* reduced relative: "drones supplied by Iran" */
    for (j = tend; j < c->se && j < tend + 4; j++) {
        int mi;
        if (!eq(c, j, "by"))
            continue;
        mi = j + 1 < c->se ? mention_at(c, j + 1) : -1;
        if (mi < 0 && j + 2 < c->se && is(c, RM_C_DET, j + 1))
            mi = mention_at(c, j + 2);
        if (mi >= 0 && usable(&c->ms.v[mi])) {
            /* only if no subject sits right before the verb */
            size_t p = tpos;
            while (p > c->ss && is(c, RM_C_AUX, p - 1))
                p--;
            if (p == c->ss || mention_at(c, p - 1) < 0 ||
                c->ms.v[mention_at(c, p - 1)].use != M_STRONG ||
                j == tend) /* ("Somali forces backed by Turkey attacked") */
                return 1;
        }
    }
    return 0;
}

/* The first token of the noun phrase a noun trigger heads ("Taiwan's main
   arms [supplier]"), so its clause subject can be looked up before it. */
static size_t np_start(const ctx *c, size_t tpos)
{
    size_t j = tpos, steps = 0;
    while (j > c->ss && steps++ < 6) {
        size_t k = j - 1;
        int mi = mention_at(c, k);
        /* "Russia's largest partner", "a NATO member" */
        if (mi >= 0 && (c->ms.v[mi].poss ||
                        (c->ms.v[mi].b == tpos && c->ms.v[mi].prep[0] == '\0' &&
                         c->ms.v[mi].use != M_ANAPH))) {
            j = c->ms.v[mi].a;
            continue;
        }
        if ((c->t.toks[k].flags & RM_TOK_POSS) || is(c, RM_C_DET, k) || is(c, RM_C_GOODS, k) ||
            is(c, RM_C_ADJ, k) ||
            /* "its newest member" */
            (mi < 0 && !(c->t.toks[k].flags & RM_TOK_CAP) && ends_in(c, k, "est", 3)) ||
            /* "Ukraine's second(-)largest donor" */
            (mi < 0 && k + 1 < j + 2 &&
             (eq(c, k, "second") || eq(c, k, "third") || eq(c, k, "fourth") || eq(c, k, "fifth") ||
              ((c->t.toks[k].flags & RM_TOK_HYPHEN) && eq(c, k, "-")))) ||
            /* "Russia's largest trading partner", "its main security partner" */
            (j == tpos && !(c->t.toks[k].flags & RM_TOK_CAP) && mention_at(c, k) < 0 &&
             (is(c, RM_C_ROLE, k) || ends_in(c, k, "ing", 3)))) {
            j = k;
            continue;
        }
        break;
    }
    return j;
}

/* The subject of the clause a phrase at tpos sits in: the nearest actor
   before it with a verb of its own ("warned that Iran is rebuilding its
   programme with Chinese help": Iran), else the first after it ("With
   Russian help, Iran launched"). */
static int nearest_subject(const ctx *c, size_t tpos, group *g)
{
    size_t j;
    for (j = tpos; j-- > c->ss;) {
        int mi = mention_at(c, j);
        if (mi < 0)
            continue;
        if (subject_like(c, &c->ms.v[mi]) && opens_clause(c, &c->ms.v[mi])) {
            get_group(c, mi, g);
            return g->n > 0;
        }
        j = c->ms.v[mi].a;
    }
    for (j = tpos; j < c->se; j++) {
        int mi = mention_at(c, j);
        if (mi < 0)
            continue;
        if (subject_like(c, &c->ms.v[mi]) && opens_clause(c, &c->ms.v[mi])) {
            get_group(c, mi, g);
            return g->n > 0;
        }
        j = c->ms.v[mi].b - 1;
    }
    return 0;
}

static int bind(ctx *c, const rm_role *r, size_t tpos, size_t tend, int passive,
                const group *other, group *g)
{
    rm_role_kind k = r->kind;
    g->n = 0;
    if (passive) {
        if (k == RM_ROLE_SUBJECT)
            return find_prep(c, tend, "by", g);
        if (k == RM_ROLE_OBJECT)
            k = RM_ROLE_SUBJECT;
    }
    switch (k) {
    case RM_ROLE_SUBJECT:
        if (!c->verb_trigger) {
            /* a noun's subject is the subject of a copula: "X is (one of)
               Y's allies", not "deter Iran and its allies" */
            size_t st = np_start(c, tpos), kk;
            int cop = 0;
            /* (the phrase takes its possessor past an ordinal: "became
               NATO's 31st member") */
            while (st > c->ss && tpos - st < 4 &&
                   (c->t.toks[st - 1].flags & (RM_TOK_POSS | RM_TOK_NUM | RM_TOK_HYPHEN)) &&
                   mention_at(c, st - 1) < 0)
                st--;
            if (st > c->ss && mention_at(c, st - 1) >= 0 && c->ms.v[mention_at(c, st - 1)].poss)
                st = c->ms.v[mention_at(c, st - 1)].a;
            for (kk = st; kk > c->ss && st - kk < 6 && !cop; kk--) {
                size_t q = kk - 1;
                if (is(c, RM_C_BE, q))
                    cop = 1;
                /* (over the possessor: "is Ukraine's second largest donor") */
                else if (mention_at(c, q) >= 0 && c->ms.v[mention_at(c, q)].poss &&
                         c->ms.v[mention_at(c, q)].a > c->ss && q + 1 == kk)
                    kk = c->ms.v[mention_at(c, q)].a + 1;
                else if (mention_at(c, q) >= 0 || punct(c, q) || c->trig[q - c->ss])
                    break;
            }
            return cop ? find_subject(c, st, g) : 0;
        }
        return find_subject(c, tpos, g);
    case RM_ROLE_LEFT: return find_left(c, tpos, other, g);
    case RM_ROLE_OBJECT: return find_object(c, tend, g);
    case RM_ROLE_POSSESSOR: {
        group tmp;
        size_t reach = 4, h;
        /* ("Ukraine's second-largest military donor": a compound is a word) */
        for (h = tpos; h-- > c->ss && tpos - h < 8;)
            if ((c->t.toks[h].flags & RM_TOK_HYPHEN) && eq(c, h, "-"))
                reach += 2;
        tmp.n = 0;
        if (find_left(c, tpos, other, &tmp) && tmp.m[tmp.n - 1] >= 0 &&
            c->ms.v[tmp.m[tmp.n - 1]].poss && c->ms.v[tmp.m[tmp.n - 1]].b + reach >= tpos) {
            *g = tmp;
            return 1;
        }
        /* ("Kosovo's most important Western backer": past a demonym that
           describes the noun) */
        if (tmp.n == 1 && tmp.m[0] >= 0) {
            const mention *d = &c->ms.v[tmp.m[0]];
            if (d->kind == RM_ALIAS_DEMONYM && !d->poss && d->b == tpos && d->a > c->ss &&
                find_left(c, d->a, other, &tmp) && tmp.m[tmp.n - 1] >= 0 &&
                c->ms.v[tmp.m[tmp.n - 1]].poss && c->ms.v[tmp.m[tmp.n - 1]].b + reach >= d->a) {
                *g = tmp;
                return 1;
            }
        }
        return 0;
    }
    case RM_ROLE_THAT: return find_that(c, tend, g);
    case RM_ROLE_CLAIMANT: return other ? find_claimant(c, tend, other, g) : 0;
    case RM_ROLE_ATTACKER: return 0; /* (needs the source: see try_trigger) */
    case RM_ROLE_BETWEEN:
        /* ("mediated a deal between Bamako and rebel groups": a mediator
           meets the one party named) */
        return find_prep(c, tend, "between", g) && (g->n >= 2 || c->cur_party);
    case RM_ROLE_PREP:
        /* "Russia's war against Ukraine and by Trump's demands": a noun
           with a possessor has its actor there, not in a later "by" */
        if (!c->verb_trigger && str_ne(r->prep, "by") == 0 && tpos > c->ss &&
            ((c->t.toks[tpos - 1].flags & RM_TOK_POSS) ||
             (tpos > c->ss + 1 && (c->t.toks[tpos - 2].flags & RM_TOK_POSS) &&
              plain_word(c, tpos - 1))))
            return 0;
        return find_prep(c, tend, r->prep, g);
    case RM_ROLE_APPOS: return find_appositive(c, tpos, g);
    case RM_ROLE_ORIGIN: return find_origin(c, tend, g);
    case RM_ROLE_VENUE: return c->venue_ok ? find_venue(c, tend, g) : 0;
    case RM_ROLE_CLAUSE: return nearest_subject(c, tpos, g);
    }
    return 0;
}

/* ---- cues and modality ---- */

/* What a reporting verb reports: the clause after it, up to a new
   coordinated clause (", and the Treasury said ..."), and -- when it is
   post-posed (", the Pentagon said") -- the sentence before it. */
static void attribution_span(const ctx *c, cue_at *ca)
{
    size_t k, q;
    ca->fwd_end = c->se;
    ca->postposed = 0;
    for (k = ca->b; k < c->se; k++) {
        if (eq(c, k, ";") || (eq(c, k, "but") && k > ca->b) ||
            (eq(c, k, ",") && k + 2 < c->se && eq(c, k + 1, "and") && !eq(c, k + 2, "that") &&
             (mention_at(c, k + 2) >= 0 || is(c, RM_C_DET, k + 2) || is(c, RM_C_PRON, k + 2)))) {
            ca->fwd_end = k;
            break;
        }
    }
    /* ("The EU extended its sanctions in October, and Canada is weighing
       new measures, according to a Canadian source": the source speaks
       of the last clause only) */
    /* (only when the source is of that clause's subject: a source of
       one side reports that side's doings) */
    ca->back = c->ss;
    for (k = ca->a; k-- > c->ss + 1;)
        if (eq(c, k, "and") && eq(c, k - 1, ",") && k + 1 < ca->a && mention_at(c, k + 1) >= 0) {
            int e = c->ms.v[mention_at(c, k + 1)].entity, x;
            for (x = 0; x < ca->nspeaker; x++)
                if (e >= 0 && ca->speaker[x] == e)
                    ca->back = k + 1;
            break;
        }
    if (str_ne(F(c, ca->a), "according") == 0) {
        ca->postposed = 1; /* "according to X" covers the whole sentence */
        ca->fwd_end = c->se;
        /* ... but one that opens a coordinated clause covers that clause
           ("Hungary has backed Dodik, and according to Bosnian officials,
           it sent a police unit") */
        if (ca->a > c->ss && (eq(c, ca->a - 1, "and") || eq(c, ca->a - 1, "but")))
            ca->back = ca->a;
        return;
    }
    /* ", said X" or ", X said" with no predicate in between */
    size_t words = 0;
    for (q = ca->a; q-- > c->ss && ++words <= 8;) {
        /* (a name, and an acronym in brackets, count as one word) */
        if (mention_at(c, q) >= 0 && c->ms.v[mention_at(c, q)].a < q)
            q = c->ms.v[mention_at(c, q)].a;
        if (eq(c, q, ")") && q >= c->ss + 2 && eq(c, q - 2, "(")) {
            q -= 2;
            continue;
        }
        /* "over what they said were missile deliveries": a free relative
           reports only what follows it */
        if (eq(c, q, "what"))
            break;
        if (eq(c, q, ",") || eq(c, q, "\"")) {
            /* ", and the Treasury said ..." is a new clause of its own */
            ca->postposed = !(q + 1 < c->se && (eq(c, q + 1, "and") || eq(c, q + 1, "but")));
            if (ca->postposed) {
                /* ", the military said Tuesday, hours after ...": what
                   follows is not its complement */
                size_t k2;
                for (k2 = ca->b; k2 < ca->fwd_end; k2++)
                    if (eq(c, k2, ",")) {
                        ca->fwd_end = k2;
                        break;
                    }
            }
            break;
        }
        /* (a noun may name the speaker's matter: ", two sources familiar
           with the talks said") */
        if (eq(c, q, "that") || (c->trig[q - c->ss] && !is_noun_only(c, q) &&
                                     !(is_noun_trigger(c, q) && q > c->ss && is(c, RM_C_DET, q - 1))) ||
            is(c, RM_C_SUBORD, q))
            break;
    }
}

/* Is the word at q one of talking, not of a deal: talks, a round of them,
   a meeting, proposals exchanged? */
static int talk_word(const ctx *c, size_t q)
{
    return eq(c, q, "talks") || eq(c, q, "negotiations") || eq(c, q, "dialogue") ||
           eq(c, q, "discussions") || eq(c, q, "consultations") || eq(c, q, "round") ||
           eq(c, q, "rounds") || eq(c, q, "visit") || eq(c, q, "meeting") ||
           eq(c, q, "meetings") || eq(c, q, "proposals") || eq(c, q, "offers") ||
           eq(c, q, "drafts") || eq(c, q, "views") || eq(c, q, "contacts");
}

/* Is the speaker right before the reporting word at i officials or
   sources of no one named: ", officials said", "Two senior officials
   said", "ministry sources said", "security sources said"? They speak
   for the parties, as an unnamed ministry does. */
static int unnamed_officials(const ctx *c, size_t i)
{
    size_t q;
    if (i <= c->ss)
        return 0;
    if (eq(c, i - 1, "officials") || eq(c, i - 1, "official")) {
        q = i - 1;
        while (q > c->ss && i - 1 - q < 3 && mention_at(c, q - 1) < 0 &&
               (is(c, RM_C_DET, q - 1) || is(c, RM_C_NUMW, q - 1) ||
                (c->t.toks[q - 1].flags & RM_TOK_NUM) || eq(c, q - 1, "senior") ||
                eq(c, q - 1, "government") || eq(c, q - 1, "top")))
            q--;
        return q == c->ss || punct(c, q - 1) || is(c, RM_C_COORD, q - 1);
    }
    /* (sources only of an institution) */
    if (i > c->ss + 1 && (eq(c, i - 1, "sources") || eq(c, i - 1, "source")) &&
        mention_at(c, i - 2) < 0 &&
        (is(c, RM_C_INSTITUTION, i - 2) || eq(c, i - 2, "security")))
        return i - 2 == c->ss || punct(c, i - 3) || is(c, RM_C_DET, i - 3) ||
               is(c, RM_C_NUMW, i - 3) || (c->t.toks[i - 3].flags & RM_TOK_NUM);
    return 0;
}

/* "the defence ministry", "the foreign ministry" at token i: a
   determiner, words of a role and an institution noun, no actor named.
   The token after it, or 0. */
static size_t institution_at(const ctx *c, size_t i)
{
    size_t k = i;
    int inst = 0;
    if (k >= c->se || !is(c, RM_C_DET, k))
        return 0;
    for (k++; k < c->se && k < i + 5 && mention_at(c, k) < 0 && is(c, RM_C_ROLE, k); k++)
        inst |= is(c, RM_C_INSTITUTION, k);
    if (!inst || (k < c->se && mention_at(c, k) >= 0) || (k < c->se && eq(c, k, "of")))
        return 0;
    return k;
}

static void find_cues(ctx *c)
{
    size_t i = c->ss, qc = 0;
    c->cues.n = 0;
    while (i < c->se) {
        rm_hit h;
        size_t n;
        /* the next word where a cue may start (ctx.qcand): at the words
           before it, none does, and nothing below happens */
        while (qc < c->nqcand && c->qcand[qc] < i)
            qc++;
        if (qc == c->nqcand)
            break;
        i = c->qcand[qc];
        n = lex_cue_at(c, &c->t, i, c->se, &h);
        /* "In May the U.S. designated": inside a sentence, a capitalised
           "May" is the month (or a name), not the modal */
        if (n == 1 && i > c->ss && eq(c, i, "may") && (c->t.toks[i].flags & RM_TOK_CAP)) {
            i++;
            continue;
        }
        /* "agreed to the new terms", "applied to Sweden's bid": "to" before
           a noun phrase is a preposition, and the cue is no plan */
        /* (and so does a bare "agreed" before its object: "the EU agreed
           a new package of sanctions" adopted them) */
        if (((n > 1 && eq(c, i + n - 1, "to")) || (n == 1 && eq(c, i, "agreed"))) &&
            i + n < c->se && rm_lex_cue(c->lx, h.value)->modality == RELMAP_MOD_POTENTIAL &&
            (is(c, RM_C_DET, i + n) || mention_at(c, i + n) >= 0 ||
             (c->t.toks[i + n].flags & RM_TOK_NUM) ||
             eq(c, i + n, "its") || eq(c, i + n, "their") || eq(c, i + n, "his") ||
             eq(c, i + n, "her"))) {
            i += n;
            continue;
        }
        /* "there is no doubt that", "few doubt that": no doubt is cast */
        if (n > 1 && eq(c, i, "doubt") && i > c->ss &&
            (eq(c, i - 1, "no") || eq(c, i - 1, "little") || eq(c, i - 1, "few") ||
             eq(c, i - 1, "without"))) {
            i += n;
            continue;
        }
        /* "their long-delayed trade agreement", "a much-postponed visit":
           a cue inside a compound adjective describes the noun's past */
        if (n == 1 && i >= c->ss + 2 && (c->t.toks[i - 1].flags & RM_TOK_HYPHEN) &&
            (c->t.toks[i - 2].flags & RM_TOK_WORD) && mention_at(c, i - 2) < 0 &&
            ends_in(c, i, "ed", 3)) {
            i++;
            continue;
        }
        /* "has not lifted its sanctions": the measures stay -- neither
           cue applies */
        if (n == 1 && rm_lex_cue(c->lx, h.value)->modality == RELMAP_MOD_NEGATED &&
            (eq(c, i, "not") || eq(c, i, "n't") || eq(c, i, "never"))) {
            size_t q = i + 1;
            if (q < c->se && (eq(c, q, "yet") || eq(c, q, "fully") || eq(c, q, "formally")))
                q++;
            if (q < c->se && is(c, RM_C_UNDO, q) && (c->t.toks[q].flags & RM_TOK_WORD)) {
                i = q + 1;
                continue;
            }
        }
        /* "threatened to cut gas supplies": a stop that is only threatened
           or planned leaves what it would stop as it is; the threat or
           plan is the cue */
        if (n && rm_lex_cue(c->lx, h.value)->modality == RELMAP_MOD_NEGATED &&
            rm_lex_cue(c->lx, h.value)->scope == RM_SCOPE_NEXT && c->cues.n > 0 && i > c->ss &&
            /* (a cut of what flows; not "pledged not to", where the
               negation is what is pledged, nor "threatened to block" a
               membership that is still to come) */
            rm_lex_cue(c->lx, h.value)->stop) {
            const cue_at *pc = &c->cues.v[c->cues.n - 1];
            relmap_modality pm = rm_lex_cue(c->lx, pc->cue)->modality;
            /* (a verb of planning or threat, not a modal: "will not") */
            /* (... or a modal right before it: "could cut gas supplies") */
            if ((pm == RELMAP_MOD_POTENTIAL || pm == RELMAP_MOD_CONSIDERED) &&
                (rm_lex_cue(c->lx, pc->cue)->scope == RM_SCOPE_CLAUSE ||
                 (pc->b == i && is(c, RM_C_AUX, pc->a))) &&
                (pc->b == i || (pc->b + 1 == i && eq(c, i - 1, "to")))) {
                i += n;
                continue;
            }
        }
        /* "operates the block in partnership with": after an article, a
           verb of stopping is a noun, and one that is not a stop of
           something ("a block on imports", "a halt to") is no cue */
        if (n == 1 && i > c->ss && rm_lex_cue(c->lx, h.value)->modality == RELMAP_MOD_NEGATED &&
            rm_lex_cue(c->lx, h.value)->scope == RM_SCOPE_NEXT &&
            (eq(c, i - 1, "the") || eq(c, i - 1, "a") || eq(c, i - 1, "an")) &&
            !eq(c, i, "cut") && !eq(c, i, "cuts") && /* ("a cut in supplies") */
            !(i + 1 < c->se && (eq(c, i + 1, "on") || eq(c, i + 1, "to") || eq(c, i + 1, "of") ||
                                eq(c, i + 1, "against") || eq(c, i + 1, "for")))) {
            i++;
            continue;
        }
        /* "did not only attack Ukraine but also ...": no negation */
        if (n == 1 && i + 1 < c->se && eq(c, i + 1, "only") &&
            rm_lex_cue(c->lx, h.value)->modality == RELMAP_MOD_NEGATED) {
            i += 2;
            continue;
        }
        while (n && rm_lex_cue(c->lx, h.value)->unless >= 0) {
            /* "according to customs data": a record, not a claim ("rejected
               a report": the shorter cue at the word, "rejected", stays) */
            const rm_words *ws = rm_lex_cue_unless(c->lx, rm_lex_cue(c->lx, h.value)->unless);
            size_t q;
            int u, skip = 0;
            for (q = i + n; q < c->se && q < i + n + 5 && !skip &&
                            (!punct(c, q) || (c->t.toks[q].flags & RM_TOK_HYPHEN));
                 q++)
                for (u = 0; u < ws->n && !skip; u++)
                    skip = str_ne(F(c, q), ws->w[u]) == 0;
            if (!skip)
                break;
            n = n > 1 ? lex_cue_at(c, &c->t, i, i + n - 1, &h) : 0;
        }
        if (n == 0) {
            i++;
            continue;
        }
        if (n) {
            cue_at ca;
            const rm_cue *cue = rm_lex_cue(c->lx, h.value);
            memset(&ca, 0, sizeof ca);
            ca.a = i;
            ca.b = i + n;
            ca.close = (size_t)-1;
            ca.cue = h.value;
            ca.embedded = 0;
            ca.institution = 0;
            if (cue->scope == RM_SCOPE_SENTENCE) {
                group g;
                int k;
                size_t q;
                g.n = 0;
                /* "missiles that analysts say proved decisive": a reporting
                   verb inside a relative clause reports only that clause */
                for (q = i; q-- > c->ss && i - q <= 3;)
                    if (eq(c, q, "that") || is(c, RM_C_REL, q)) {
                        ca.embedded = 1;
                        break;
                    }
                if (str_ne(F(c, i), "according") == 0) {
                    int mi = -1;
                    size_t j;
                    /* "according to a statement from the Kremlin" (not
                       "a source close to the group": no party) */
                    /* (and "according to a joint press release issued by
                       Bhutan's foreign ministry": past a message and its
                       "from", "by" or "issued by") */
                    size_t inst_at = ca.b, lim = ca.b + 6;
                    {
                        size_t r = ca.b;
                        size_t nm = 0;
                        while (r < c->se && r < ca.b + 4 &&
                               !(nm = class_at(c, RM_C_MESSAGE, &c->t, r, c->se)) &&
                               (is(c, RM_C_DET, r) || plain_word(c, r)))
                            r++;
                        if (r < c->se && nm) {
                            r += nm;
                            if (r < c->se && (eq(c, r, "issued") || eq(c, r, "released") ||
                                              eq(c, r, "published")))
                                r++;
                            if (r < c->se && (eq(c, r, "from") || eq(c, r, "by"))) {
                                inst_at = r + 1;
                                lim = r + 4;
                            }
                        }
                    }
                    for (j = ca.b; j < c->se && j < lim && !punct(c, j); j++) {
                        if (is(c, RM_C_KNOWING, j) && mention_at(c, j) < 0)
                            break;
                        if ((mi = mention_at(c, j)) >= 0)
                            break;
                    }
                    if (mi >= 0 && usable(&c->ms.v[mi]))
                        get_group(c, mi, &g);
                    else
                        ca.institution = institution_at(c, inst_at);
                } else if (cue->own_report) {
                    find_subject(c, i, &g); /* the speaker of "said" */
                    /* ("..., two sources familiar with the talks said":
                       people who know of a matter are not its parties) */
                    {
                        size_t q2;
                        for (q2 = i; q2-- > c->ss && i - q2 <= 9 && !eq(c, q2, ",");)
                            if (is(c, RM_C_KNOWING, q2) && mention_at(c, q2) < 0) {
                                g.n = 0;
                                break;
                            }
                    }
                }
                if (cue->own_report && g.n == 0) {
                    /* (", the defence ministry said"; "The foreign ministry
                       said") */
                    size_t q2 = i;
                    while (q2 > c->ss && i - q2 < 5 && !punct(c, q2 - 1) && mention_at(c, q2 - 1) < 0 &&
                           !c->trig[q2 - 1 - c->ss])
                        q2--;
                    if (q2 < i && is(c, RM_C_DET, q2))
                        ca.institution = institution_at(c, q2) == i;
                    if (!ca.institution)
                        ca.institution = unnamed_officials(c, i);
                }
                /* ("..., a Syrian presidency statement said": the
                   statement's country speaks) */
                if (cue->own_report && g.n == 0 && !ca.institution && i > c->ss + 1 &&
                    is(c, RM_C_MESSAGE, i - 1)) {
                    size_t q2 = i - 1;
                    while (q2 > c->ss && i - 1 - q2 < 4 && mention_at(c, q2 - 1) < 0 &&
                           (is(c, RM_C_ROLE, q2 - 1) || is(c, RM_C_INSTITUTION, q2 - 1) ||
                            eq(c, q2 - 1, "joint")))
                        q2--;
                    if (q2 > c->ss && mention_at(c, q2 - 1) >= 0) {
                        const mention *sm = &c->ms.v[mention_at(c, q2 - 1)];
                        if (sm->entity >= 0 && (sm->use == M_STRONG || sm->use == M_WEAK) &&
                            sm->a > c->ss && (is(c, RM_C_DET, sm->a - 1) || eq(c, sm->a - 1, ","))) {
                            g.n = 1;
                            g.m[0] = -(sm->entity + 2);
                        }
                    }
                }
                for (k = 0; k < g.n; k++)
                    ca.speaker[ca.nspeaker++] = entity_of(c, g.m[k], NULL, 0);
                attribution_span(c, &ca);
            }
            /* "sanctions on a refinery accused of processing Iranian crude,
               ..., as Washington tightens sanctions on Tehran": a participle
               describing a noun hedges its own phrase, up to a comma */
            if (cue->scope == RM_SCOPE_CLAUSE && cue->modality == RELMAP_MOD_ALLEGED &&
                i > c->ss && ends_in(c, i, "ed", 3) && plain_word(c, i - 1) &&
                !is(c, RM_C_AUX, i - 1) && !is(c, RM_C_BE, i - 1) && !is(c, RM_C_ADVERB, i - 1) &&
                !is(c, RM_C_DET, i - 1) && !is(c, RM_C_PREP, i - 1) && !is(c, RM_C_COORD, i - 1)) {
                size_t q;
                for (q = ca.b; q < c->se && !eq(c, q, ","); q++)
                    ;
                ca.close = q;
            }
            if (rm_vec_push(&c->cues, ca))
                c->failed = 1;
            i += n;
        } else
            i++;
    }
}

/* trig_at(c, &c->t, i, c->se, h, 4) for an i below c->se: the readings
   of the word's type when no longer trigger phrase starts with it
   (tinfo.thn), copied; else a lookup. */
static size_t trig_lookup(const ctx *c, size_t i, rm_hit *h)
{
    const struct tinfo *ti = &c->tinfo[c->t.toks[i].type];
    if (ti->thn >= 0) {
        memcpy(h, c->tpool.v + ti->th, (size_t)ti->thn * sizeof *h);
        return (size_t)ti->thn;
    }
    return trig_at(c, &c->t, i, c->se, h, 4);
}

/* The trigger readings at i, in *hp: the sentence's cached ones (looked
   up once per token of the sentence, valid for it: several passes ask for
   the same readings), or buf's. */
static inline size_t triggers_ref(const ctx *c, size_t i, rm_hit *buf, const rm_hit **hp)
{
    size_t r;
    *hp = buf;
    if (none_at(c, RM_SLOT_TRIG, &c->t, i, c->se))
        return 0;
    if (i < c->ss)
        return trig_lookup(c, i, buf);
    r = i - c->ss;
    if (c->tnh[r] < 0)
        c->tnh[r] = (signed char)trig_lookup(c, i, c->thit + 4 * r);
    *hp = c->thit + 4 * r;
    return (size_t)c->tnh[r];
}

static size_t triggers_at(const ctx *c, size_t i, rm_hit *h)
{
    const rm_hit *p;
    size_t n = triggers_ref(c, i, h, &p), k;
    if (p != h)
        for (k = 0; k < n; k++)
            h[k] = p[k];
    return n;
}

/* Does every trigger reading at i take it as a noun? */
static int is_noun_only(const ctx *c, size_t i)
{
    rm_hit hb[4];
    const rm_hit *h;
    size_t n = triggers_ref(c, i, hb, &h), k;
    for (k = 0; k < n; k++)
        if (h[k].form != RM_FORM_NOUN)
            return 0;
    return n > 0;
}

/* Is the trigger word at i a noun reading ("sanctions", "talks")? */
static int is_noun_trigger(const ctx *c, size_t i)
{
    return has_form(c, i, RM_FORM_NOUN);
}

/* Is a negation cue at token i ("not", "never")? */
static int negation_at(const ctx *c, size_t i)
{
    rm_hit h;
    return lex_cue_at(c, &c->t, i, c->se, &h) &&
           rm_lex_cue(c->lx, h.value)->modality == RELMAP_MOD_NEGATED;
}

/* A verb of what something causes: "complicate", "hurt", "cost". */
static int effect_verb(const ctx *c, size_t k)
{
    static const len_word w[] = {LW("complicate"), LW("hurt"),    LW("damage"),     LW("harm"),
                                 LW("affect"),     LW("undermine"), LW("cost"),     LW("weigh"),
                                 LW("slow"),       LW("disrupt"), LW("jeopardise"), LW("jeopardize"),
                                 LW("threaten"),   LW("hamper"),  LW("worsen"),     LW("deepen"),
                                 LW("raise"),      LW("push"),    LW("drive"),      LW("delay")};
    return in_len_words(c, k, w, sizeof w / sizeof w[0]);
}

/* Between a noun trigger and a later cue: no other trigger, and the cue is
   a modal or follows a form of "be" or an auxiliary (the noun phrase is the
   subject of the hedged predicate). */
static int noun_subject(const ctx *c, size_t tpos, size_t tend, size_t cue)
{
    size_t k, b = tpos;
    if (!is_noun_trigger(c, tpos) || (tpos > c->ss && is(c, RM_C_PREP, tpos - 1)))
        return 0;
    /* the noun phrase must open its clause: "[EU-brokered talks] are
       expected", not "join [U.S. sanctions] and has called for" */
    while (b > c->ss && (is(c, RM_C_DET, b - 1) || mention_at(c, b - 1) >= 0 ||
                         (c->t.toks[b - 1].flags & RM_TOK_HYPHEN) ||
                         is(c, RM_C_HOSTING, b - 1) || is(c, RM_C_BACKING, b - 1) ||
                         is(c, RM_C_GOODS, b - 1) || (c->t.toks[b - 1].flags & RM_TOK_POSS) ||
                         /* ("said economic cooperation with Washington would
                            be natural": an adjective of the phrase) */
                         (plain_word(c, b - 1) && !c->trig[b - 1 - c->ss] && b - 1 > c->ss &&
                          !eq(c, b - 2, ",") &&
                          (ends_in(c, b - 1, "ic", 2) || ends_in(c, b - 1, "al", 2) ||
                           ends_in(c, b - 1, "ary", 3) || ends_in(c, b - 1, "ive", 3))) ||
                         /* ("the supposed transfer": a participle after the
                            article) */
                         (b - 1 > c->ss && is(c, RM_C_DET, b - 2) && ends_in(c, b - 1, "ed", 3) &&
                          !c->trig[b - 1 - c->ss])))
        b--;
    /* ("said EU membership would hurt": a reported clause without "that") */
    if (b > c->ss && clause_of(c, b - 1) == clause_of(c, b) &&
        (is(c, RM_C_PREP, b - 1) ||
         (!eq(c, b - 1, ",") && !eq(c, b - 1, "that") && !is(c, RM_C_SUBORD, b - 1) &&
          !(is(c, RM_C_REPORT, b - 1) && is(c, RM_C_AUX, cue) && !negation_at(c, cue)))))
        return 0;
    for (k = tend; k < cue; k++)
        if (c->trig[k - c->ss] && !is(c, RM_C_GOODS, k) && !is(c, RM_C_CONTAINER, k))
            return 0;
    /* ("Western sanctions on Moscow could complicate future deliveries":
       what a deed could cause is hedged, not the deed) */
    /* (a state to come keeps it: "EU membership would cost it dearly") */
    if (is(c, RM_C_AUX, cue) && cue + 1 < c->se && effect_verb(c, cue + 1) &&
        (c->cur_rel == RELMAP_REL_SANCTIONS || c->cur_rel == RELMAP_REL_ATTACKS))
        return 0;
    return is(c, RM_C_AUX, cue) || (cue > c->ss && (is(c, RM_C_BE, cue - 1) ||
                                                     is(c, RM_C_AUX, cue - 1)));
}

/* The first token of the noun phrase that ends right before tpos: back
   over actors, determiners, adjectives, possessives, hyphens and plain
   words ("the EU-Mercosur trade", "Azerbaijan's", "a US"), at most max
   tokens. */
static size_t np_left(const ctx *c, size_t tpos, size_t max)
{
    size_t q = tpos;
    while (q > c->ss && tpos - q < max) {
        size_t p = q - 1;
        int mi = mention_at(c, p);
        if (mi >= 0 && c->ms.v[mi].a < q) {
            q = c->ms.v[mi].a;
            continue;
        }
        if ((c->t.toks[p].flags & (RM_TOK_POSS | RM_TOK_HYPHEN)) || is(c, RM_C_DET, p) ||
            is(c, RM_C_ADJ, p) || (plain_word(c, p) && !c->trig[p - c->ss]) ||
            (eq(c, p, "and") && p > c->ss && mention_at(c, p - 1) >= 0) ||
            /* "the long-delayed agreement": a compound's last word */
            (p > c->ss && (c->t.toks[p - 1].flags & RM_TOK_HYPHEN) && !c->trig[p - c->ss]) ||
            /* "its Belt and Road cooperation": a name's words */
            ((c->t.toks[p].flags & (RM_TOK_CAP | RM_TOK_WORD)) == (RM_TOK_CAP | RM_TOK_WORD) &&
             p > c->ss && !c->trig[p - c->ss]) ||
            (eq(c, p, "and") && p > c->ss && q < tpos && (c->t.toks[p - 1].flags & RM_TOK_CAP) &&
             (c->t.toks[q].flags & RM_TOK_CAP))) {
            q = p;
            continue;
        }
        break;
    }
    return q;
}

/* Are tokens i and j on different sides of an aside (a relative clause or
   appositive)? A cue and a trigger so placed do not govern each other: "no
   evidence that Uganda, also accused of aiding the rebels, had supplied";
   "Russia, not China, sent troops". */
static int across_aside(const ctx *c, size_t i, size_t j)
{
    return c->inrel[i - c->ss] != c->inrel[j - c->ss];
}

/* Does a cue end right before the noun phrase at np, past articles ("talk
   of a Saudi-Israeli deal")? Then it is about the phrase itself. */
static int cue_before_np(const ctx *c, size_t cue_end, size_t np)
{
    size_t k;
    for (k = cue_end; k < np; k++)
        if (!eq(c, k, "a") && !eq(c, k, "an") && !eq(c, k, "the") && !eq(c, k, "any") &&
            /* (and the actors of a compound: "a Saudi-Israeli deal") */
            mention_at(c, k) < 0 && !(c->t.toks[k].flags & RM_TOK_HYPHEN))
            return 0;
    return 1;
}

/* Is the noun trigger at tpos in the object of a verb trigger of relation
   rel that starts right at a (past adverbs)? */
static int verb_object_noun(const ctx *c, size_t a, size_t tpos, relmap_relation rel)
{
    size_t v = a, q;
    rm_hit h[4];
    size_t nh, x;
    int verb = 0;
    while (v < tpos && v < a + 2 && (is(c, RM_C_AUX, v) || is(c, RM_C_ADVERB, v)))
        v++;
    if (v >= tpos || !c->trig[v - c->ss] || is_noun_only(c, v))
        return 0;
    nh = triggers_at(c, v, h);
    for (x = 0; x < nh; x++)
        if (h[x].form != RM_FORM_NOUN && rm_lex_trigger(c->lx, h[x].value)->relation == rel)
            verb = 1;
    if (!verb)
        return 0;
    for (q = v + 1; q < tpos; q++)
        if (mention_at(c, q) >= 0 || is(c, RM_C_REL, q) || is(c, RM_C_BE, q) ||
            clause_of(c, q) != clause_of(c, tpos) ||
            (punct(c, q) && !(c->t.toks[q].flags & RM_TOK_HYPHEN) && !eq(c, q, "$") &&
             !eq(c, q, "€") && !eq(c, q, "£") && !eq(c, q, "(") && !eq(c, q, ")")))
            return 0;
    return 1;
}

/* Are the words from a to tpos (the trigger) all inside one noun phrase:
   determiners, lower-case words, hyphened compounds, numbers and, when
   of_ok, "of" ("the first tranche of a bilateral trade agreement")? */
static int np_reaches(const ctx *c, size_t a, size_t tpos, int of_ok)
{
    size_t r;
    for (r = a; r < tpos; r++) {
        unsigned fl = c->t.toks[r].flags;
        if (mention_at(c, r) >= 0 || is(c, RM_C_BE, r) || is(c, RM_C_REL, r) || is_modal(c, r))
            return 0;
        if (eq(c, r, "of") ? !of_ok : is(c, RM_C_PREP, r))
            return 0;
        if (!((fl & RM_TOK_HYPHEN) || (fl & RM_TOK_NUM) ||
              ((fl & RM_TOK_WORD) && !(fl & RM_TOK_CAP))))
            return 0;
    }
    return 1;
}

/* Does [q, tpos] name an event held rather than a tie: an exercise,
   drills, talks, or anything "first"? */
static int held_event(const ctx *c, size_t q, size_t tpos)
{
    size_t k;
    for (k = q; k < tpos; k++)
        if (eq(c, k, "first"))
            return 1;
    return talk_word(c, tpos) || eq(c, tpos, "exercise") || eq(c, tpos, "exercises") ||
           eq(c, tpos, "drill") || eq(c, tpos, "drills") || eq(c, tpos, "patrol") ||
           eq(c, tpos, "patrols") || eq(c, tpos, "manoeuvres") || eq(c, tpos, "maneuvers") ||
           eq(c, tpos, "operation") || eq(c, tpos, "operations");
}

/* "approved the sale of helicopters to Nigeria, but the aircraft have yet
   to be delivered": a clause after "but" that names no actor and says the
   goods have not come makes the supply before it negated. Returns the cue
   that says so, or NULL. */
static const char *undelivered_after(const ctx *c, size_t tpos)
{
    size_t j = tpos, q, i;
    int cl = clause_of(c, tpos), deliv = 0;
    while (j < c->se && clause_of(c, j) == cl) /* (the next clause, past a comma) */
        j++;
    if (j < c->se && eq(c, j, ","))
        j++;
    if (j + 1 >= c->se || !(eq(c, j, "but") || eq(c, j, "though") || eq(c, j, "although")))
        return NULL;
    /* (the same goods: "the aircraft", "they"; not "a backlog of other
       weapons has yet to be delivered") */
    if (!(eq(c, j + 1, "the") || eq(c, j + 1, "they") || eq(c, j + 1, "it") ||
          eq(c, j + 1, "these") || eq(c, j + 1, "those")))
        return NULL;
    cl = clause_of(c, j + 1);
    for (q = j + 1; q < c->se && clause_of(c, q) == cl && !eq(c, q, ","); q++) {
        if (mention_at(c, q) >= 0 && !is(c, RM_C_PRON, q))
            return NULL;
        deliv |= has_relation(c, q, RELMAP_REL_SUPPLIES) || eq(c, q, "arrived") ||
                 eq(c, q, "arrive");
    }
    if (!deliv)
        return NULL;
    for (i = 0; i < c->cues.n; i++) {
        const cue_at *ca = &c->cues.v[i];
        if (ca->a > j && ca->a < q && rm_lex_cue(c->lx, ca->cue)->modality == RELMAP_MOD_NEGATED)
            return rm_lex_cue_text(c->lx, ca->cue);
    }
    return NULL;
}

/* Is the cue an active verb with an object of its own ("sanctions on
   Tehran have cut Iranian oil exports")? What it ends is that object, not
   the noun that is its subject. A negation ("never happened") or a
   passive ("were lifted") is not. */
static int ends_own_object(const ctx *c, const cue_at *ca)
{
    return ca->a > c->ss && !is(c, RM_C_BE, ca->a - 1) && !eq(c, ca->a, "not") &&
           !eq(c, ca->a, "n't") && !eq(c, ca->a, "never") && !eq(c, ca->a, "no") &&
           ca->b < c->se && (c->t.toks[ca->b].flags & RM_TOK_WORD) && !is(c, RM_C_PREP, ca->b) &&
           !is(c, RM_C_COORD, ca->b) && !is(c, RM_C_SUBORD, ca->b) && !ends_in(c, ca->b, "ed", 2);
}

static relmap_modality modality_for(const ctx *c, size_t tpos, size_t tend,
                                    relmap_relation rel, int src, int tgt,
                                    const char **cue_text)
{
    size_t i, deal_at = deal_governs(c, tpos);
    relmap_modality best = c->floor_mod;
    *cue_text = c->floor_cue;
    /* a denial is a statement made: only a cue right before it ("did not
       deny", "could reject") hedges it, not one of a clause it sits in
       ("a debt that Chisinau rejects", after "cut off") */
    if (rel == RELMAP_REL_DENIES && c->verb_trigger) {
        size_t q;
        for (q = tpos; q > c->ss && tpos - q < 4 && !punct(c, q - 1) &&
                       mention_at(c, q - 1) < 0;) {
            rm_hit h;
            q--;
            if (lex_cue_at(c, &c->t, q, c->se, &h) && q + 4 > tpos) {
                const rm_cue *cue = rm_lex_cue(c->lx, h.value);
                if (cue->modality > best && cue->modality != RELMAP_MOD_ALLEGED) {
                    best = cue->modality;
                    *cue_text = rm_lex_cue_text(c->lx, h.value);
                }
            }
        }
        return best;
    }
    if (c->described == tpos + 1)
        return best;
    /* "refused to join U.S. and EU sanctions": a noun whose actor stands
       right before it names something that exists; a cue before that noun
       phrase governs the verb, not the noun */
    size_t np_start = tpos;
    int poss_tie = 0; /* (np_start is a possessive pronoun's) */
    {
        size_t j = tpos;
        while (j > c->ss) {
            int mi = mention_at(c, j - 1);
            if (mi >= 0 && c->ms.v[mi].use != M_VENUE && !c->ms.v[mi].poss &&
                c->ms.v[mi].prep[0] == '\0') {
                j = c->ms.v[mi].a;
                np_start = j;
                /* coordinated premodifiers: "U.S. and EU sanctions" */
                if (j > c->ss + 1 && (eq(c, j - 1, "and") || eq(c, j - 1, ",")) &&
                    mention_at(c, j - 2) >= 0) {
                    j--;
                    continue;
                }
                break;
            }
            if (is(c, RM_C_GOODS, j - 1) && j - 1 + 3 > tpos) {
                j--;
                continue;
            }
            break;
        }
        /* ("wants to review its trade agreement with the United States":
           a tie a party already has, named by its possessive) */
        if (np_start == tpos && rel == RELMAP_REL_COOPERATES_WITH && tpos > c->ss) {
            size_t q = tpos;
            while (q > c->ss && tpos - q < 4 && plain_word(c, q - 1) && !is(c, RM_C_PREP, q - 1) &&
                   !is(c, RM_C_PROSPECT, q - 1) && mention_at(c, q - 1) < 0)
                q--;
            /* (a tie, not an event held: "will hold their first joint
               exercise" is to come) */
            if (q > c->ss && (eq(c, q - 1, "its") || eq(c, q - 1, "their")) &&
                !(q - 1 > c->ss && is(c, RM_C_PROSPECT, q - 2)) && !held_event(c, q, tpos)) {
                np_start = q - 1;
                poss_tie = 1;
            }
        }
        if (np_start == tpos || !c->trig[tpos - c->ss] || !is_noun_trigger(c, tpos) ||
            c->verb_trigger || c->no_presuppose)
            np_start = (size_t)-1; /* ("if Israel attacks Iran": a verb) */
        /* "vowed to block new EU sanctions": what is new, further or
           proposed does not exist yet */
        if (np_start != (size_t)-1 && np_start > c->ss && is(c, RM_C_PROSPECT, np_start - 1))
            np_start = (size_t)-1;
        /* ("agreed to lift its veto on Sweden's NATO membership": a
           membership is a state to come, not a deed done) */
        if (np_start != (size_t)-1 && rel == RELMAP_REL_PART_OF)
            np_start = (size_t)-1;
    }
    /* "has proposed, for the first time, to activate the tool against a
       third country, banning exports": a participle after a comma tells
       what the infinitive before it would do, with its modality */
    if (c->verb_trigger && tpos > c->ss + 3 && eq(c, tpos - 1, ",") && ends_in(c, tpos, "ing", 3) &&
        best < RELMAP_MOD_POTENTIAL) {
        size_t q;
        for (q = tpos - 1; q-- > c->ss + 1 && tpos - q < 16 && clause_of(c, q) == clause_of(c, tpos);) {
            if (c->trig[q - c->ss] && !is_noun_only(c, q))
                break; /* (a verb of its own on the way) */
            if (eq(c, q, "to") && plain_word(c, q + 1) && !is(c, RM_C_DET, q + 1) &&
                mention_at(c, q + 1) < 0) {
                const char *ct = NULL;
                relmap_modality m2;
                int vt = c->verb_trigger;
                ((ctx *)c)->verb_trigger = 1;
                m2 = modality_for(c, q + 1, q + 2, rel, src, tgt, &ct);
                ((ctx *)c)->verb_trigger = vt;
                if (m2 > best && m2 != RELMAP_MOD_ALLEGED) {
                    best = m2;
                    *cue_text = ct;
                }
                break;
            }
        }
    }
    /* "scallops, once Japan's biggest seafood sale to China": what a thing
       once was, it is no longer */
    if (!c->verb_trigger && best < RELMAP_MOD_NEGATED) {
        size_t q;
        for (q = tpos; q-- > c->ss + 1 && tpos - q <= 6;) {
            if ((eq(c, q, "once") || eq(c, q, "formerly")) && eq(c, q - 1, ",")) {
                best = RELMAP_MOD_NEGATED;
                *cue_text = span_text(c, q, q + 1);
                break;
            }
            if (punct(c, q) || c->trig[q - c->ss] || is(c, RM_C_PREP, q))
                break;
        }
    }
    /* "warned China against supplying": a gerund after "against" is what
       is warned of, not what is done */
    if (c->verb_trigger && tpos > c->ss && eq(c, tpos - 1, "against") &&
        ends_in(c, tpos, "ing", 2) && best < RELMAP_MOD_POTENTIAL) {
        best = RELMAP_MOD_POTENTIAL;
        *cue_text = "against";
    }
    /* "The offer ... includes $1.2 billion in loans": what an offer, a
       request or a contract as the clause's subject holds is to come */
    if (best < RELMAP_MOD_POTENTIAL && rel == RELMAP_REL_SUPPLIES) {
        size_t cs = tpos, x, nh;
        rm_hit h[4];
        while (cs > c->ss && clause_of(c, cs - 1) == clause_of(c, tpos))
            cs--;
        /* (the clause opens on a determiner and that noun) */
        nh = cs + 2 < tpos && is(c, RM_C_DET, cs) && c->trig[cs + 1 - c->ss]
                 ? triggers_at(c, cs + 1, h) : 0;
        for (x = 0; x < nh; x++) {
            const rm_trigger *t2 = rm_lex_trigger(c->lx, h[x].value);
            if (h[x].form == RM_FORM_NOUN && t2->relation == RELMAP_REL_SUPPLIES &&
                t2->modality == RELMAP_MOD_POTENTIAL) {
                best = RELMAP_MOD_POTENTIAL;
                *cue_text = span_text(c, cs + 1, cs + 2);
                break;
            }
        }
    }
    /* "accuse Asmara of backing Fano, ..., and of arming the TPLF": the
       second gerund takes the first one's cue */
    if (c->verb_trigger && tpos >= c->ss + 2 && eq(c, tpos - 1, "of") && eq(c, tpos - 2, "and") &&
        ends_in(c, tpos, "ing", 3)) {
        size_t k;
        for (k = tpos - 2; k-- > c->ss + 1;)
            if (eq(c, k, "of") && ends_in(c, k + 1, "ing", 3) && c->trig[k + 1 - c->ss]) {
                const char *cue2 = NULL;
                relmap_modality m2 = modality_for(c, k + 1, k + 2, rel, src, tgt, &cue2);
                if (m2 > best) {
                    best = m2;
                    *cue_text = cue2;
                }
                break;
            }
    }
    /* "Germany declined in 2022 to approve the export": a refusal whose
       "to" a time phrase parts from it */
    /* (only a sentence with a refusing word has one to find) */
    if (best < RELMAP_MOD_NEGATED && ((c->scls >> RM_C_REFUSING) & 1u)) {
        size_t k;
        for (k = tpos; k-- > c->ss && tpos - k < 14 && clause_of(c, k) == clause_of(c, tpos);) {
            size_t q;
            if (!is(c, RM_C_REFUSING, k))
                continue;
            for (q = k + 1; q < tpos && q < k + 5 &&
                            (is(c, RM_C_TIME, q) || (c->t.toks[q].flags & RM_TOK_NUM) ||
                             eq(c, q, "in") || eq(c, q, "on") || eq(c, q, "last") || eq(c, q, "this") ||
                             eq(c, q, "early") || eq(c, q, "late"));
                 q++)
                ;
            if (q > k + 1 && q < tpos && eq(c, q, "to")) {
                /* (only for the refuser's own part: "M23 refused on
                   Wednesday to attend talks with Kinshasa" leaves Qatar
                   and Kinshasa meeting) */
                group rg;
                int x, party = 0;
                rg.n = 0;
                if (!find_subject(c, k, &rg) && k > c->ss && mention_at(c, k - 1) >= 0 &&
                    usable(&c->ms.v[mention_at(c, k - 1)]))
                    get_group(c, mention_at(c, k - 1), &rg); /* ("after France declined") */
                if (rg.n > 0)
                    for (x = 0; x < rg.n; x++) {
                        int e = entity_of(c, rg.m[x], NULL, 0);
                        party |= e >= 0 && (e == src || e == tgt);
                    }
                if (!party)
                    break;
                best = RELMAP_MOD_NEGATED;
                *cue_text = span_text(c, k, k + 1);
            }
            break;
        }
    }
    /* "in talks with Germany about buying guns": a gerund that is what
       talks are about is not yet done */
    if (c->verb_trigger && tpos > c->ss + 2 && ends_in(c, tpos, "ing", 2) &&
        (eq(c, tpos - 1, "about") || eq(c, tpos - 1, "on") || eq(c, tpos - 1, "over")) &&
        best < RELMAP_MOD_POTENTIAL) {
        size_t k;
        for (k = tpos - 1; k-- > c->ss && tpos - k <= 10 && clause_of(c, k) == clause_of(c, tpos);)
            if (c->trig[k - c->ss] && is_noun_trigger(c, k) && has_relation(c, k, RELMAP_REL_MEETS)) {
                best = RELMAP_MOD_POTENTIAL;
                *cue_text = "talks";
                break;
            }
    }
    /* (a verb in a clause opened by "after" or "since" with a subject of
       its own: where the clause starts) */
    size_t presup_at = (size_t)-1;
    if (c->verb_trigger) {
        size_t q;
        int subj = 0;
        for (q = tpos; q > c->ss && tpos - q < 10;) {
            q--;
            if (punct(c, q) && !(c->t.toks[q].flags & RM_TOK_HYPHEN))
                break;
            if (mention_at(c, q) >= 0) {
                subj = 1;
                q = c->ms.v[mention_at(c, q)].a;
                continue;
            }
            if (eq(c, q, "after") || eq(c, q, "since")) {
                if (subj)
                    presup_at = q;
                break;
            }
            if (c->trig[q - c->ss] || is(c, RM_C_REL, q) || eq(c, q, "that") ||
                is(c, RM_C_REPORT, q))
                break;
        }
    }
    for (i = 0; i < c->cues.n; i++) {
        const cue_at *ca = &c->cues.v[i];
        const rm_cue *cue = rm_lex_cue(c->lx, ca->cue);
        int applies = 0, k;
        if (ca->a < tend && ca->b > tpos)
            continue; /* the trigger itself */
        /* ("refused to let two British minehunters donated to Ukraine
           pass": what describes the goods is not what is refused) */
        if (c->goods_np != (size_t)-1 && ca->b <= c->goods_np &&
            rm_lex_cue(c->lx, ca->cue)->modality != RELMAP_MOD_ALLEGED)
            continue;
        /* "Thailand halted fuel exports to Cambodia": the verb that makes
           a noun a sanction (its trigger's "after" word) is the sanction,
           not a negation of it */
        if (rel == RELMAP_REL_SANCTIONS && ca->a == c->licensed_at && ca->b == ca->a + 1 &&
            rm_lex_cue(c->lx, ca->cue)->modality == RELMAP_MOD_NEGATED)
            continue;
        switch (cue->scope) {
        case RM_SCOPE_NEXT: {
            size_t dist = ca->b <= tpos ? tpos - ca->b : 0, w, sums = 0;
            /* (a sum is one word to a cue before a verb, as a modal is:
               "will restore about $20 million in development funding";
               "approved a $300 million loan" keeps its count, and so does
               a phrase past an actor: ", and the EBRD approved a loan") */
            if (dist >= (size_t)cue->window && dist < 24 && plain_word(c, ca->b) &&
                !is(c, RM_C_DET, ca->b)) {
                for (w = ca->b; w < tpos && mention_at(c, w) < 0; w++)
                    sums += sum_word(c, w);
                if (w == tpos)
                    dist -= sums;
            }
            /* (a hyphened compound is one word: "has not secured a
               long-term offtake agreement") */
            if (dist >= (size_t)cue->window && dist < 16) {
                for (w = ca->b; w < tpos; w++)
                    if ((c->t.toks[w].flags & RM_TOK_HYPHEN) && dist >= 2)
                        dist -= 2;
            }
            /* (and an aside right after the cue is no distance: "has
               proposed, for the first time, to activate") */
            if (ca->b + 2 < tpos && eq(c, ca->b, ",")) {
                size_t r;
                for (r = ca->b + 1; r < tpos && r < ca->b + 8; r++)
                    if (eq(c, r, ",")) {
                        if (dist > r - ca->b + 1)
                            dist -= r - ca->b + 1;
                        break;
                    }
            }
            /* "approved no new military aid packages": a negative
               determiner reaches the head of its noun phrase */
            if (!c->verb_trigger && cue->modality == RELMAP_MOD_NEGATED &&
                ca->b == ca->a + 1 && eq(c, ca->a, "no") && ca->b < tpos && tpos - ca->b <= 5) {
                size_t r;
                for (r = ca->b; r < tpos && plain_word(c, r) && !is(c, RM_C_PREP, r) &&
                                !c->trig[r - c->ss] && mention_at(c, r) < 0;
                     r++)
                    ;
                if (r == tpos)
                    dist = 0;
            }
            /* "has not secured a long-term offtake agreement", "will hold
               their first joint coast guard exercise": a negation or a
               modal before a verb reaches the head of the verb's object */
            if (!c->verb_trigger && dist >= (size_t)cue->window && ca->b == ca->a + 1 &&
                ((cue->modality == RELMAP_MOD_NEGATED &&
                  (eq(c, ca->a, "not") || eq(c, ca->a, "n't") || eq(c, ca->a, "never"))) ||
                 (cue->modality == RELMAP_MOD_POTENTIAL &&
                  (eq(c, ca->a, "will") || eq(c, ca->a, "would") || eq(c, ca->a, "could") ||
                   eq(c, ca->a, "may") || eq(c, ca->a, "might")))) &&
                ca->b + 2 < tpos && tpos - ca->b <= 9 && (c->t.toks[ca->b].flags & RM_TOK_WORD) &&
                !(c->t.toks[ca->b].flags & RM_TOK_CAP) && mention_at(c, ca->b) < 0 &&
                !is(c, RM_C_AUX, ca->b) && !is(c, RM_C_BE, ca->b) &&
                (is(c, RM_C_DET, ca->b + 1) || eq(c, ca->b + 1, "their") || eq(c, ca->b + 1, "its")) &&
                !eq(c, ca->b + 1, "no") && np_reaches(c, ca->b + 2, tpos, 0))
                dist = 0;
            /* "will provide up to 80 billion yen ($540 million) in equity
               and loans": goods in the object of a verb of the same event
               take the cue that governs the verb */
            if (!c->verb_trigger && dist >= (size_t)cue->window && ca->b < tpos &&
                tpos - ca->b <= 18 && verb_object_noun(c, ca->b, tpos, rel))
                dist = 0;
            /* "negotiations on the first tranche of a bilateral trade
               agreement": a cue ending in a preposition reaches the head of
               its object, over "of" */
            if (!c->verb_trigger && dist >= (size_t)cue->window && ca->b > ca->a + 1 &&
                is(c, RM_C_PREP, ca->b - 1) && !eq(c, ca->b - 1, "to") && tpos - ca->b <= 10 &&
                np_reaches(c, ca->b, tpos, 1))
                dist = 0;
            applies = ca->b <= tpos && dist < (size_t)cue->window &&
                      clause_of(c, ca->a) == clause_of(c, tpos) && !across_aside(c, ca->a, tpos);
            /* ("9 of 24 planned convoys reached Gaza, blaming": a cue
               that modifies a noun does not reach a verb past a comma) */
            if (applies && c->verb_trigger && ca->b < tpos && !eq(c, ca->b, ",") &&
                (c->t.toks[ca->a].flags & (RM_TOK_WORD | RM_TOK_CAP)) == RM_TOK_WORD &&
                ca->b == ca->a + 1 && !is(c, RM_C_AUX, ca->a)) {
                size_t r;
                for (r = ca->b + 1; r < tpos && applies; r++)
                    if (eq(c, r, ","))
                        applies = 0;
            }
            /* "does not recognise it and relies on Russia": a second
               predicate after its own "and" is not negated with the first */
            /* (a noun after "and" is the verb's second object: "will
               provide equity and loans") */
            if (applies && tpos >= ca->b + 3 && (eq(c, tpos - 1, "and") || eq(c, tpos - 1, "but")) &&
                (c->verb_trigger || !verb_object_noun(c, ca->b, tpos, rel)))
                applies = 0;
            /* "did not condemn Russia's war": a verb judging the deed
               between the cue and the noun's phrase takes the cue */
            if (applies && !c->verb_trigger) {
                size_t q = np_left(c, tpos, 8), k2;
                for (k2 = ca->b; k2 < q && applies; k2++)
                    if (c->trig[k2 - c->ss] && judging_verb(c, k2))
                        applies = 0;
            }
            /* "has not signed an agreement to supply", "no deal to sell":
               a cue on the deal is a cue on what it provides for */
            if (!applies && c->verb_trigger && deal_at && ca->b < deal_at &&
                deal_at - 1 - ca->b < (size_t)cue->window &&
                clause_of(c, ca->a) == clause_of(c, tpos))
                applies = 1;
            /* "sent no drones to Russia", "had provided no weapons": a
               negative determiner of the object negates the verb */
            if (!applies && cue->modality == RELMAP_MOD_NEGATED && c->verb_trigger &&
                eq(c, ca->a, "no") && ca->a >= tend && clause_of(c, ca->a) == clause_of(c, tpos)) {
                size_t k2 = tend; /* ("sent Russia no drones": over the first object) */
                if (k2 < c->se && mention_at(c, k2) >= 0)
                    k2 = c->ms.v[mention_at(c, k2)].b;
                applies = ca->a == k2;
            }
            /* "did not renew its Belt and Road cooperation agreement": a
               negated light verb negates the noun phrase it takes, however
               long */
            if (!applies && !c->verb_trigger && cue->modality == RELMAP_MOD_NEGATED &&
                ca->b < tpos && !across_aside(c, ca->a, tpos)) {
                size_t q = np_left(c, tpos, 12);
                /* (the clause of the phrase's start: "Belt and Road" may
                   look like two) */
                applies = q <= ca->b + 1 && class_at(c, RM_C_LIGHT, &c->t, ca->b, ca->b + 1) == 1 &&
                          clause_of(c, ca->a) == clause_of(c, ca->b + 1);
                /* ("blocked the EU's latest aid package for Ukraine": a
                   negating verb's own object, however long) */
                if (!applies && q == ca->b && (c->t.toks[ca->a].flags & RM_TOK_WORD) &&
                    ends_in(c, ca->b - 1, "ed", 3) && clause_of(c, ca->a) == clause_of(c, tpos) &&
                    (is(c, RM_C_DET, q) ||
                     (mention_at(c, q) >= 0 && c->ms.v[mention_at(c, q)].poss)))
                    applies = 1;
            }
            break;
        }
        case RM_SCOPE_CLAUSE: {
            size_t q;
            applies = ca->b <= tpos && clause_of(c, ca->a) == clause_of(c, tpos) &&
                      tpos < ca->close && !(np_start != (size_t)-1 && ca->b <= np_start &&
                                            !cue_before_np(c, ca->b, np_start) &&
                                            /* ("refused to extend its transit
                                               agreement": the tie ends) */
                                            !(poss_tie && cue->modality == RELMAP_MOD_NEGATED));
            if (applies && across_aside(c, ca->a, tpos))
                applies = 0;
            /* (but "none of the jets Jakarta ordered has been delivered":
               a negated subject reaches its verb past the relative clause
               that describes it, up to a comma) */
            if (!applies && c->verb_trigger && ca->b <= tpos &&
                (eq(c, ca->a, "none") || (eq(c, ca->a, "not") && ca->b > ca->a + 1))) {
                size_t r;
                applies = 1;
                for (r = ca->b; r < tpos && applies; r++)
                    if (eq(c, r, ",") || eq(c, r, ";") || eq(c, r, ":"))
                        applies = 0;
            }
            /* "has sought to cut its use of Russian energy and relies on
               Azerbaijani gas": a finite verb after "and" is a predicate of
               its own, not a second infinitive ("plans to build and
               operate") */
            if (applies && c->verb_trigger && ca->b >= c->ss + 1 && eq(c, ca->b - 1, "to") &&
                (ends_in(c, tpos, "s", 3) || ends_in(c, tpos, "ed", 3)) &&
                !ends_in(c, tpos, "ss", 3)) {
                size_t r = tpos;
                while (r > ca->b && (is(c, RM_C_ADVERB, r - 1) || ends_in(c, r - 1, "ly", 3) ||
                                     is(c, RM_C_AUX, r - 1)))
                    r--;
                if (r > ca->b && eq(c, r - 1, "and"))
                    applies = 0;
            }
            /* "rejected the accusations and said it had sent ...": a
               coordinated reporting verb opens its own complement */
            for (q = ca->b; applies && q + 1 < tpos; q++) {
                if ((eq(c, q, "and") || eq(c, q, "but")) && is(c, RM_C_REPORT, q + 1))
                    applies = 0;
                /* ", and has turned to France": a coordinated predicate of
                   its own, past the comma */
                if (eq(c, q, ",") && (eq(c, q + 1, "and") || eq(c, q + 1, "but")) && q + 2 < tpos) {
                    size_t r = q + 2;
                    while (r < tpos && (is(c, RM_C_ADVERB, r) || ends_in(c, r, "ly", 3)))
                        r++;
                    if (r < tpos && (is(c, RM_C_AUX, r) || is(c, RM_C_BE, r)))
                        applies = 0;
                }
                /* ("has frozen its participation in the alliance, blaming
                   Russia": a participle after a comma is a deed of its
                   own, which a negation before the comma leaves as it is) */
                if (q + 2 == tpos && eq(c, q + 1, ",") && c->verb_trigger && ends_in(c, tpos, "ing", 3) &&
                    cue->modality == RELMAP_MOD_NEGATED)
                    applies = 0;
                /* ", and State Department spokesman X accused ...": a
                   coordinated clause with a subject of its own */
                if (eq(c, q, ",") && eq(c, q + 1, "and")) {
                    size_t r;
                    for (r = q + 2; r < tpos && applies; r++) {
                        int mi = mention_at(c, r);
                        if (mi >= 0 && usable(&c->ms.v[mi]) && c->ms.v[mi].prep[0] == '\0')
                            applies = 0;
                        if (c->trig[r - c->ss] || is(c, RM_C_PREP, r))
                            break;
                    }
                }
            }
            break;
        }
        case RM_SCOPE_PREV: {
            size_t q;
            applies = ca->a >= tend && ca->a - tend < (size_t)cue->window &&
                      clause_of(c, ca->a) == clause_of(c, tpos);
            for (q = tend; applies && q < ca->a; q++)
                if (c->trig[q - c->ss] && !is(c, RM_C_GOODS, q) && !is(c, RM_C_CONTAINER, q))
                    applies = 0;
            break;
        }
        case RM_SCOPE_SENTENCE:
            applies = !ca->embedded || (ca->b <= tpos && clause_of(c, ca->a) == clause_of(c, tpos));
            if (cue->own_report && !ca->embedded)
                applies = (tpos >= ca->b && tpos < ca->fwd_end) || (tpos < ca->a && ca->postposed);
            if (applies && ca->postposed && tpos < ca->back)
                applies = 0;
            /* "The EU, which has brokered talks since 2011, said ...": a
               relative clause about the speaker is not what it says */
            /* (and "The M23, which seized Goma in January, is backed by
               Rwanda, according to U.N. experts": nor is it what a later
               source says) */
            if (applies && tpos < ca->a && c->inrel[tpos - c->ss] && !c->inrel[ca->a - c->ss])
                applies = 0;
            /* ("Analysts said ties with Saudi Arabia, which signed a
               defence pact with Pakistan, ...": a relative clause gives the
               background, not what is reported) */
            if (applies && tpos >= ca->b && cue->modality == RELMAP_MOD_ALLEGED &&
                c->inrel[tpos - c->ss] && !c->inrel[ca->a - c->ss])
                applies = 0;
            /* ("India, the world's largest arms importer according to
               SIPRI, still buys ...": a source cited inside an aside
               speaks for the aside only) */
            if (applies && c->inrel[ca->a - c->ss] && !c->inrel[tpos - c->ss])
                applies = 0;
            /* ("Iran, which backs Hamas, ..., and the Houthis fired a
               missile, which the Israeli army said it intercepted": nor
               does one from another relative clause) */
            if (applies && c->inrel[ca->a - c->ss] && tpos < ca->a) {
                size_t q;
                for (q = tpos + 1; q < ca->a && applies; q++)
                    if (is(c, RM_C_REL, q) && eq(c, q - 1, ","))
                        applies = 0;
            }
            if (applies && tpos > ca->b && str_ne(F(c, ca->a), "according") == 0) {
                size_t c1 = ca->a, c2 = ca->b;
                while (c1 > c->ss && !eq(c, c1 - 1, ",") && ca->a - c1 < 12)
                    c1--;
                while (c2 < tpos && !eq(c, c2, ","))
                    c2++;
                /* (c1: the aside's first word, after its comma, an
                   appositive's determiner; c2: its closing comma) */
                if (c1 > c->ss + 1 && eq(c, c1 - 1, ",") && c2 < tpos &&
                    (is(c, RM_C_DET, c1) || (c->t.toks[c1].flags & RM_TOK_POSS) ||
                     (mention_at(c, c1) >= 0 && c->ms.v[mention_at(c, c1)].poss)) &&
                    mention_at(c, c1 - 2) >= 0)
                    applies = 0;
            }
            if (cue->own_report && applies && c->cur_src)
                for (k = 0; k < c->cur_src->n; k++) {
                    /* "American and British warplanes struck ..., the
                       Pentagon said": the speaker's side reports its own
                       action */
                    int x, e2 = c->cur_src->m[k] < -1 ? -(c->cur_src->m[k] + 2)
                                                       : c->ms.v[c->cur_src->m[k]].entity;
                    for (x = 0; x < ca->nspeaker; x++)
                        if (ca->speaker[x] == e2)
                            applies = 0;
                }
            /* ("according to the defence ministry", ", the foreign
               ministry said": an unnamed institution reports its own
               country's deeds; an attack's victim reports too, so not
               for attacks) */
            if (applies && ca->institution && rel != RELMAP_REL_ATTACKS)
                applies = 0;
            /* "..., the Kremlin said", "according to the Kremlin": a
               party's own account */
            /* (a victim's account of being attacked stays a claim) */
            for (k = 0; k < ca->nspeaker; k++)
                if (ca->speaker[k] == src ||
                    (ca->speaker[k] == tgt && rel != RELMAP_REL_ATTACKS))
                    applies = 0;
            break;
        }
        /* "EU-brokered talks ... are expected to resume": a noun that is
           the subject of a hedged predicate takes its modality */
        if (!applies && cue->scope != RM_SCOPE_SENTENCE && cue->scope != RM_SCOPE_PREV &&
            cue->modality != RELMAP_MOD_ALLEGED && ca->a >= tend && ca->a < tend + 14 &&
            clause_of(c, ca->a) == clause_of(c, tpos) && noun_subject(c, tpos, tend, ca->a) &&
            !(cue->modality == RELMAP_MOD_NEGATED && ends_own_object(c, ca)))
            applies = 1;
        /* "suspended the agreement in retaliation for Japan's sanctions
           over Russia's invasion", "stopped supplying parts after Moscow's
           invasion", "pulled out after the United States sanctioned
           Arctic LNG 2": an event named in a phrase of time or reason
           after the cue's own predicate is not what the cue governs */
        if (applies && (cue->scope == RM_SCOPE_CLAUSE || cue->scope == RM_SCOPE_NEXT) &&
            cue->modality != RELMAP_MOD_ALLEGED && ca->b < tpos) {
            size_t q, lim = c->verb_trigger ? (presup_at != (size_t)-1 && ends_in(c, tpos, "ed", 2)
                                                   ? presup_at + 1 : ca->b)
                                             : tpos;
            for (q = ca->b; q < lim && applies; q++)
                /* (what happens during a planned act is planned too) */
                if ((is(c, RM_C_ETIME, q) &&
                     !(eq(c, q, "during") && cue->modality != RELMAP_MOD_NEGATED)) ||
                    eq(c, q, "over") ||
                    ((eq(c, q, "for") || eq(c, q, "to")) && q > c->ss &&
                     (eq(c, q - 1, "retaliation") || eq(c, q - 1, "response") ||
                      eq(c, q - 1, "reprisal")))) {
                    /* (an event that is named, not "after any NATO attack") */
                    size_t r;
                    int open = 0;
                    for (r = q + 1; r < tpos && !open; r++)
                        open = eq(c, r, "any") || eq(c, r, "future") || eq(c, r, "possible") ||
                               eq(c, r, "potential") || eq(c, r, "new") || eq(c, r, "further") ||
                               eq(c, r, "another") ||
                               /* ("suspended the measures after a summit
                                  between Trump and Xi": a stop in the past
                                  follows a real event) */
                               ((eq(c, r, "a") || eq(c, r, "an")) &&
                                cue->modality != RELMAP_MOD_NEGATED);
                    if (!open)
                        applies = 0;
                }
        }
        /* "..., a day after India fired missiles at ...", "since North
           Korea began sending troops", "accused Moscow of ..., hours after
           Russian forces struck": what a clause of time after a known
           event tells is the narrator's, not the source's */
        if (applies && cue->modality == RELMAP_MOD_ALLEGED && presup_at != (size_t)-1 &&
            (ca->b <= presup_at || ca->a > tpos))
            applies = 0;
        if (applies && (cue->not_for & (1u << rel)))
            applies = 0;
        if (applies && cue->modality == RELMAP_MOD_ALLEGED &&
            (rel == RELMAP_REL_DENIES || rel == RELMAP_REL_ACCUSES))
            applies = 0; /* a denial or accusation is itself reported fact */
        if (applies && cue->modality > best) {
            best = cue->modality;
            *cue_text = rm_lex_cue_text(c->lx, ca->cue);
        }
    }
    /* "Will Germany send Taurus missiles?": a yes-no question (it opens
       with an auxiliary) doubts its act; "Why did Russia attack?" takes it
       as given */
    if (best < RELMAP_MOD_POTENTIAL && c->se > c->ss + 1 && eq(c, c->se - 1, "?") &&
        (is(c, RM_C_AUX, c->ss) || is(c, RM_C_BE, c->ss))) {
        best = RELMAP_MOD_POTENTIAL;
        *cue_text = "?";
    }
    /* "approved sending troops to Chad": an approved act is to come */
    if (c->verb_trigger && best < RELMAP_MOD_POTENTIAL && tpos > c->ss + 1 &&
        ends_in(c, tpos, "ing", 3) && approving_verb(c, tpos - 1)) {
        best = RELMAP_MOD_POTENTIAL;
        *cue_text = span_text(c, tpos - 1, tpos);
    }
    /* "sanctioned Iranian officials for supplying drones": the reason is
       the sanctioning side's charge */
    if (c->verb_trigger && best < RELMAP_MOD_ALLEGED && tpos >= c->ss + 2 &&
        eq(c, tpos - 1, "for") && ends_in(c, tpos, "ing", 3)) {
        size_t q;
        for (q = tpos - 1; q-- > c->ss && tpos - q <= 8;) {
            if (punct(c, q))
                break;
            if (c->trig[q - c->ss] && has_relation(c, q, RELMAP_REL_SANCTIONS)) {
                best = RELMAP_MOD_ALLEGED;
                *cue_text = "for";
                break;
            }
        }
    }
    /* a headline's "Germany to send tanks to Ukraine": a plan (and so is
       the noun a verb there governs: "EU to impose sanctions on Russia") */
    size_t hto = (size_t)-1;
    if (c->verb_trigger && tpos >= c->ss + 2 && eq(c, tpos - 1, "to"))
        hto = tpos - 1;
    if (!c->verb_trigger && tpos >= c->ss + 3) {
        size_t r;
        for (r = tpos - 1; r > c->ss && tpos - r < 8; r--) {
            if (punct(c, r) && !(c->t.toks[r].flags & RM_TOK_HYPHEN))
                break;
            if (eq(c, r, "to")) {
                if (r + 1 <= tpos && !(r + 1 < tpos && (c->t.toks[r + 1].flags & RM_TOK_CAP)) &&
                    mention_at(c, r + 1) < 0)
                    hto = r;
                break;
            }
        }
    }
    if (hto != (size_t)-1 && best < RELMAP_MOD_POTENTIAL && mention_at(c, hto - 1) >= 0) {
        const mention *m = &c->ms.v[mention_at(c, hto - 1)];
        size_t q = c->ss;
        int mi;
        /* the whole sentence so far is the subject: "Russia, China to ..." */
        while (q < m->a && (mi = mention_at(c, q)) >= 0 && q < c->se) {
            q = c->ms.v[mi].b;
            while (q < m->a && (eq(c, q, ",") || eq(c, q, "and")))
                q++;
        }
        if (q == m->a && m->prep[0] == '\0' && !m->poss) {
            best = RELMAP_MOD_POTENTIAL;
            *cue_text = "to";
        }
    }
    /* "(warned that) supplying Russia with weapons would cross a red line":
       a gerund as the subject of a modal predicate is hypothetical */
    if (c->verb_trigger && best < RELMAP_MOD_POTENTIAL && ends_in(c, tpos, "ing", 3) &&
        (tpos == c->ss || eq(c, tpos - 1, "that") || eq(c, tpos - 1, ",") ||
         is(c, RM_C_SUBORD, tpos - 1))) {
        size_t q;
        for (q = tend; q < c->se && q < tend + 10; q++) {
            if (punct(c, q) || is(c, RM_C_BE, q) || eq(c, q, "has") || eq(c, q, "have"))
                break;
            if (is_modal(c, q)) {
                best = RELMAP_MOD_POTENTIAL;
                *cue_text = "would";
                break;
            }
        }
    }
    /* "warned that a US attack on Venezuela would be a disaster": an
       indefinite event as the subject of a modal predicate is hypothetical */
    if (!c->verb_trigger && best < RELMAP_MOD_POTENTIAL && tpos > c->ss) {
        size_t k;
        int indef = 0;
        for (k = np_left(c, tpos, 5); k < tpos; k++)
            if (eq(c, k, "a") || eq(c, k, "an") || eq(c, k, "any"))
                indef = 1;
        for (k = tend; indef && k < c->se && k < tend + 10; k++) {
            if (punct(c, k) || is(c, RM_C_REPORT, k) || is(c, RM_C_REL, k) || eq(c, k, "that") ||
                (mention_at(c, k) >= 0 && c->ms.v[mention_at(c, k)].prep[0] == '\0') ||
                (c->trig[k - c->ss] && mention_at(c, k) < 0 && k > tend))
                break;
            if (is_modal(c, k) && k > tend) {
                static const char *const modals[] = {"will", "would", "could", "can", "may",
                                                     "might", "should", "must", "shall"};
                size_t x;
                best = RELMAP_MOD_POTENTIAL;
                *cue_text = "would"; /* (a literal: the text's words do not outlive it) */
                for (x = 0; x < sizeof modals / sizeof modals[0]; x++)
                    if (strcmp(F(c, k), modals[x]) == 0)
                        *cue_text = modals[x];
                break;
            }
        }
    }
    /* "agreed on Wednesday to resume negotiations", "agreed to hold
       talks", "agreed to meet": talks agreed on are still to come (the
       agreement itself is cooperation now) */
    if (rel == RELMAP_REL_MEETS && best < RELMAP_MOD_POTENTIAL) {
        size_t to_at = 0;
        if (c->verb_trigger) {
            if (tpos > c->ss + 1 && eq(c, tpos - 1, "to"))
                to_at = tpos - 1; /* "agreed to meet" */
        } else {
            size_t q = tpos;
            int steps = 0;
            while (q > c->ss + 1 && steps < 4 && !eq(c, q - 2, "to") &&
                   (is(c, RM_C_DET, q - 1) || is(c, RM_C_ADJ, q - 1) ||
                    (c->t.toks[q - 1].flags & RM_TOK_POSS) ||
                    (plain_word(c, q - 1) && !eq(c, q - 1, "to") && mention_at(c, q - 1) < 0 &&
                     !c->trig[q - 1 - c->ss]))) {
                q--;
                steps++;
            }
            /* q: the noun phrase; before it a verb, then "to" */
            if (q >= c->ss + 3 && eq(c, q - 2, "to") && plain_word(c, q - 1))
                to_at = q - 2;
        }
        if (to_at) {
            size_t a = to_at;
            int steps = 0;
            rm_hit h;
            while (a > c->ss && steps < 4 && (is(c, RM_C_TIME, a - 1) || eq(c, a - 1, "last") ||
                                              eq(c, a - 1, "this") || eq(c, a - 1, "next") ||
                                              eq(c, a - 1, "on"))) {
                a--;
                steps++;
            }
            if (a > c->ss && lex_cue_at(c, &c->t, a - 1, c->se, &h) &&
                rm_lex_cue(c->lx, h.value)->modality == RELMAP_MOD_POTENTIAL) {
                best = RELMAP_MOD_POTENTIAL;
                *cue_text = rm_lex_cue_text(c->lx, h.value);
            }
        }
    }
    /* "signed a deal to buy jets from Britain": what a deal provides for
       is still to come */
    if (c->verb_trigger && best < RELMAP_MOD_POTENTIAL && deal_at &&
        (rel == RELMAP_REL_SUPPLIES || rel == RELMAP_REL_ATTACKS)) {
        best = RELMAP_MOD_POTENTIAL;
        *cue_text = "deal to";
    }
    /* "will not send its troops to fight alongside the group": a purpose
       after another verb's object happens only as that verb does */
    if (c->verb_trigger && best < RELMAP_MOD_NEGATED && tpos >= c->ss + 3 &&
        eq(c, tpos - 1, "to")) {
        size_t p;
        for (p = tpos - 1; p-- > c->ss && tpos - p <= 8;) {
            if (punct(c, p) || clause_of(c, p) != clause_of(c, tpos))
                break;
            if (c->trig[p - c->ss] && !is_noun_only(c, p) && p + 2 < tpos &&
                mention_at(c, p) < 0) {
                const char *ct;
                relmap_modality m2 = modality_for(c, p, p + 1, rel, src, tgt, &ct);
                if (m2 > best) {
                    best = m2;
                    *cue_text = ct;
                }
                break;
            }
        }
    }
    /* "Italy will fund 3,000 returns this year and provide the coast guard
       with six boats": a verb joined by "and" to a modal predicate shares
       its modal */
    if (c->verb_trigger && best < RELMAP_MOD_POTENTIAL && tpos > c->ss + 2 &&
        (eq(c, tpos - 1, "and") || (is(c, RM_C_ADVERB, tpos - 1) && eq(c, tpos - 2, "and")))) {
        size_t q, and_at = eq(c, tpos - 1, "and") ? tpos - 1 : tpos - 2;
        for (q = and_at; q-- > c->ss && and_at - q <= 16;) {
            /* (", and accused": a new predicate after a report, not a
               shared modal) */
            if (eq(c, q, ";") || eq(c, q, ":") || clause_of(c, q) != clause_of(c, and_at) ||
                (q + 1 == and_at && eq(c, q, ",")) || eq(c, q, "that") ||
                (is(c, RM_C_REPORT, q) && mention_at(c, q) < 0))
                break;
            if (is_modal(c, q) && q + 1 < and_at && (c->t.toks[q + 1].flags & RM_TOK_WORD) &&
                !(c->t.toks[q + 1].flags & RM_TOK_CAP) && mention_at(c, q + 1) < 0 &&
                !eq(c, q + 1, "not") && !eq(c, q + 1, "never") && !eq(c, q + 1, "n't")) {
                best = RELMAP_MOD_POTENTIAL;
                *cue_text = "will";
                break;
            }
        }
    }
    /* "seeks to reduce its reliance on the CPC": the reliance to be
       reduced is there now */
    if (!c->verb_trigger &&
        (rel == RELMAP_REL_RELIES_ON ||
         (rel == RELMAP_REL_SUPPLIES && has_relation(c, tpos, RELMAP_REL_RELIES_ON))) &&
        best != RELMAP_MOD_ASSERTED && best != RELMAP_MOD_NEGATED) {
        size_t q;
        for (q = tpos; q > c->ss && tpos - q <= 3;) {
            q--;
            if (is(c, RM_C_REDUCE, q)) {
                best = RELMAP_MOD_ASSERTED;
                *cue_text = NULL;
                break;
            }
            if (!(c->t.toks[q].flags & RM_TOK_POSS) && !is(c, RM_C_DET, q) && !is(c, RM_C_ADJ, q) &&
                !is(c, RM_C_PRON, q) && mention_at(c, q) < 0)
                break;
        }
    }
    /* "plans to sign the EU-Mercosur agreement", "refused to ratify the
       treaty": an agreement that is the object of signing has the
       modality of the signing */
    if (!c->verb_trigger && rel == RELMAP_REL_COOPERATES_WITH && best < RELMAP_MOD_POTENTIAL &&
        tpos > c->ss) {
        size_t v = np_left(c, tpos, 12);
        if (v > c->ss && v < tpos && c->trig[v - 1 - c->ss] &&
            is(c, RM_C_TREATYV, v - 1)) {
            const char *ct = NULL;
            relmap_modality m2;
            int vt = c->verb_trigger;
            ((ctx *)c)->verb_trigger = 1; /* (read the cues as for the verb) */
            m2 = modality_for(c, v - 1, v, rel, src, tgt, &ct);
            ((ctx *)c)->verb_trigger = vt;
            if (m2 > best) {
                best = m2;
                *cue_text = ct;
            }
        }
    }
    /* "(accused Russia of failing to defend it) during Azerbaijan's attacks
       on Armenian territory", "since Israeli strikes on Iran": an event
       named after a preposition of time is presupposed, whatever the
       clause around it says (a cue inside the phrase still counts) */
    if (!c->verb_trigger && best != RELMAP_MOD_ASSERTED && tpos > c->ss) {
        size_t q = np_left(c, tpos, 7);
        if (q < tpos && q > c->ss &&
            is(c, RM_C_ETIME, q - 1)) {
            size_t k;
            int inside = 0, named = 0;
            for (k = 0; k < c->cues.n; k++)
                if (c->cues.v[k].a >= q && c->cues.v[k].b <= tpos)
                    inside = 1;
            /* (named by its actor: not "after any NATO attack") */
            for (k = q; k < tpos; k++) {
                if (mention_at(c, k) >= 0)
                    named = 1;
                if (eq(c, k, "any") || eq(c, k, "future") || eq(c, k, "possible") ||
                    eq(c, k, "potential") || eq(c, k, "new") || eq(c, k, "further") ||
                    eq(c, k, "another") || eq(c, k, "a") || eq(c, k, "an"))
                    inside = 1;
            }
            if (!named)
                inside = 1;
            /* (but what happens during a planned act is planned too: "is
               expected to sign deals during Erdogan's visit") */
            if (eq(c, q - 1, "during") &&
                (best == RELMAP_MOD_POTENTIAL || best == RELMAP_MOD_CONSIDERED))
                for (k = 0; k < c->cues.n && !inside; k++) {
                    const cue_at *pc = &c->cues.v[k];
                    const rm_cue *pq = rm_lex_cue(c->lx, pc->cue);
                    /* (a cue on the verb, not on its object: "raised the
                       proposal during Putin's visit") */
                    inside = pq->modality >= RELMAP_MOD_POTENTIAL &&
                             pq->modality <= RELMAP_MOD_CONSIDERED && pc->b < q - 1 &&
                             clause_of(c, pc->a) == clause_of(c, q - 1) &&
                             (pq->scope == RM_SCOPE_CLAUSE || pq->scope == RM_SCOPE_NEXT) &&
                             (eq(c, pc->b - 1, "to") ||
                              (plain_word(c, pc->b) && !is(c, RM_C_DET, pc->b) &&
                               !is(c, RM_C_PREP, pc->b)));
                }
            if (!inside) {
                best = RELMAP_MOD_ASSERTED;
                *cue_text = NULL;
            }
        }
    }
    /* "(officials said the troops were sent to support) Moscow's war
       against Ukraine": a war or invasion named with its actor's
       possessive is presupposed, not part of what is reported (unlike
       "said that Iran's supply of drones had continued") */
    if (best == RELMAP_MOD_ALLEGED && !c->verb_trigger && tpos > c->ss &&
        (eq(c, tpos, "war") || eq(c, tpos, "invasion") || eq(c, tpos, "occupation")) &&
        ((c->t.toks[tpos - 1].flags & RM_TOK_POSS) || eq(c, tpos - 1, "its") ||
         eq(c, tpos - 1, "their") ||
         (tpos > c->ss + 1 && (c->t.toks[tpos - 2].flags & RM_TOK_POSS) &&
          (is(c, RM_C_ADJ, tpos - 1) || is(c, RM_C_GOODS, tpos - 1))))) {
        best = RELMAP_MOD_ASSERTED;
        *cue_text = NULL;
    }
    if (best < RELMAP_MOD_POTENTIAL && rel != RELMAP_REL_DENIES && rel != RELMAP_REL_ACCUSES) {
        /* "the treaty obliges Washington to defend Manila if its forces
           come under attack": a condition after the clause makes it one
           to come */
        size_t j;
        int cl = clause_of(c, tpos);
        for (j = tend; j < c->se && clause_of(c, j) == cl && !eq(c, j, ",") &&
                       !(j > tend && c->trig[j - c->ss]);
             j++)
            if ((eq(c, j, "if") || eq(c, j, "unless")) && !eq(c, j - 1, "as") &&
                !eq(c, j - 1, "even") && !eq(c, j - 1, "only")) {
                best = RELMAP_MOD_POTENTIAL;
                *cue_text = eq(c, j, "if") ? "if" : "unless";
                break;
            }
    }
    if (rel == RELMAP_REL_SUPPLIES && best < RELMAP_MOD_NEGATED) {
        const char *nc = undelivered_after(c, tpos);
        if (nc) {
            best = RELMAP_MOD_NEGATED;
            *cue_text = nc;
        }
    }
    return best;
}

/* ---- items ---- */

static size_t np_end(const ctx *c, size_t j, size_t lim)
{
    size_t k = j;
    /* "about 100 instructors", "more than 60 tanks" */
    while (k < c->se && k < lim && (eq(c, k, "about") || eq(c, k, "around") ||
                                    eq(c, k, "nearly") || eq(c, k, "roughly") ||
                                    eq(c, k, "approximately") || eq(c, k, "over") ||
                                    eq(c, k, "more") || eq(c, k, "than") ||
                                    eq(c, k, "up") || eq(c, k, "to") || eq(c, k, "at") ||
                                    eq(c, k, "least") || eq(c, k, "some")) &&
           k + 1 < c->se && !punct(c, k + 1) && mention_at(c, k + 1) < 0)
        k++;
    j = k;
    while (k < c->se && k < lim && k < j + 8) {
        /* "drones and missiles": goods coordinated inside the item */
        if (eq(c, k, "and") && k > j && k + 1 < c->se && is(c, RM_C_GOODS, k + 1) &&
            mention_at(c, k + 1) < 0) {
            k++;
            continue;
        }
        if ((mention_at(c, k) >= 0 && !(k == j && c->ms.v[mention_at(c, k)].use == M_ANAPH &&
                                         is(c, RM_C_PRON, k))) ||
            /* ("surface-to-air": a preposition inside a compound) */
            (is(c, RM_C_PREP, k) &&
             !(k > c->ss && (c->t.toks[k - 1].flags & RM_TOK_HYPHEN) && k + 1 < c->se &&
               (c->t.toks[k + 1].flags & RM_TOK_HYPHEN))) ||
            (punct(c, k) && !(c->t.toks[k].flags & RM_TOK_HYPHEN)) ||
            is(c, RM_C_COORD, k) || eq(c, k, "that") || eq(c, k, "which") ||
            /* "weapons would cross a red line": a predicate ends it */
            (k > j && (is(c, RM_C_BE, k) || is_modal(c, k) || eq(c, k, "has") ||
                       eq(c, k, "have") || eq(c, k, "had"))) ||
            /* ("60 million euros next year", "$6m a year": a time) */
            (k > j && k + 1 < c->se && is(c, RM_C_TIME, k + 1) &&
             (eq(c, k, "next") || eq(c, k, "last") || eq(c, k, "this") || eq(c, k, "each") ||
              eq(c, k, "every") || eq(c, k, "a") || eq(c, k, "per"))))
            break;
        k++;
    }
    return k;
}

/* The text of tokens [a, b), kept with the document (items, and cue
   words the engine finds itself: "rejected", "declined"). */
static const char *span_text(const ctx *c, size_t a, size_t b)
{
    ctx *w = (ctx *)c; /* (the document's strings only) */
    char *s = rm_strndup(c->t.text + c->t.toks[a].start,
                         rm_tok_end(&c->t, b - 1) - c->t.toks[a].start);
    if (s == NULL || rm_vec_push(&w->doc->strings, s)) {
        free(s);
        w->failed = 1;
        return NULL;
    }
    return s;
}

static const char *make_item(ctx *c, size_t a, size_t b)
{
    size_t len;
    /* "millions of artillery shells", "a shipment of arms" */
    {
        size_t q = a;
        while (q < b && (is(c, RM_C_DET, q) || sum_word(c, q)))
            q++;
        if (q < b && is(c, RM_C_QUANT, q) && b < c->se && eq(c, b, "of"))
            return make_item(c, b + 1, np_end(c, b + 1, c->se));
    }
    while (a < b && (is(c, RM_C_DET, a) || (c->t.toks[a].flags & RM_TOK_NUM) ||
                     is(c, RM_C_AUX, a) || eq(c, a, "about") || eq(c, a, "around") ||
                     eq(c, a, "no") ||
                     eq(c, a, "nearly") || eq(c, a, "roughly") || eq(c, a, "than") ||
                     eq(c, a, "approximately") || eq(c, a, "over") || eq(c, a, "least") ||
                     eq(c, a, "at") || eq(c, a, "up")))
        a++;
    while (b > a + 1 && is(c, RM_C_CONTAINER, b - 1))
        b--;
    /* "drones since 2022": a time phrase is no part of the goods */
    {
        size_t q;
        for (q = a + 1; q < b; q++)
            if (is(c, RM_C_ETIME, q)) {
                b = q;
                break;
            }
    }
    /* "LNG a year", "oil per day" */
    if (b > a + 2 && (eq(c, b - 2, "a") || eq(c, b - 2, "per") || eq(c, b - 2, "each") ||
                      eq(c, b - 2, "every")) &&
        (eq(c, b - 1, "year") || eq(c, b - 1, "day") || eq(c, b - 1, "month") || eq(c, b - 1, "week")))
        b -= 2;
    if (a >= b)
        return NULL;
    len = rm_tok_end(&c->t, b - 1) - c->t.toks[a].start;
    if (len > 60)
        return NULL;
    return span_text(c, a, b);
}

static const char *find_item(ctx *c, size_t tpos, size_t tend, rm_form form,
                             const group *obj)
{
    size_t j = tend, e;
    if (form == RM_FORM_NOUN) {
        if (j < c->se && eq(c, j, "of")) {
            e = np_end(c, j + 1, c->se);
            return make_item(c, j + 1, e);
        }
        /* "a request for Taurus missiles", "an offer from Baykar for
           armed drones": goods after "for" */
        {
            size_t k = j, q;
            if (k + 2 < c->se && eq(c, k, "from")) {
                /* (over "from Turkey's Baykar", "from the Cuban government") */
                size_t k0 = k++;
                while (k < c->se && k < k0 + 8 &&
                       (mention_at(c, k) >= 0 || is(c, RM_C_DET, k) || is(c, RM_C_ROLE, k) ||
                        (c->t.toks[k].flags & RM_TOK_POSS)))
                    k = mention_at(c, k) >= 0 ? c->ms.v[mention_at(c, k)].b : k + 1;
            }
            if (k + 2 < c->se && eq(c, k, "to") && trade_verb(c, k + 1)) {
                /* "an offer from Russia to buy Su-35 fighters", "an offer
                   to sell it drones": the goods after the verb */
                k += 2;
                if (k < c->se && (eq(c, k, "it") || eq(c, k, "them") || eq(c, k, "us")))
                    k++;
                else if (mention_at(c, k) >= 0 && !c->ms.v[mention_at(c, k)].poss)
                    k = c->ms.v[mention_at(c, k)].b;
                e = np_end(c, k, c->se);
                for (q = k; q < e; q++)
                    if (is(c, RM_C_GOODS, q))
                        return make_item(c, k, e);
            }
            if (k + 1 < c->se && eq(c, k, "for")) {
                e = np_end(c, k + 1, c->se);
                for (q = k + 1; q < e; q++)
                    if (is(c, RM_C_GOODS, q))
                        return make_item(c, k + 1, e);
            }
        }
        /* compound before the noun: "arms shipment", "attack drones"; a
           noun that is itself goods keeps its modifier ("military aid") */
        e = tpos;
        while (e > c->ss && tpos - e < 2 && is(c, RM_C_GOODS, e - 1))
            e--;
        /* ("a $1.2 billion loan": the sum) */
        if (e < tpos && e >= c->ss + 2 && (c->t.toks[e - 1].flags & RM_TOK_NUM) &&
            currency(c, e - 2))
            e -= 2;
        if (e < tpos && is(c, RM_C_GOODS, tpos))
            return make_item(c, e, tend);
        return e < tpos ? make_item(c, e, tpos) : NULL;
    }
    if (obj && obj->n && obj->m[0] >= 0 && obj->m[obj->n - 1] >= 0 &&
        (c->ms.v[obj->m[0]].prep[0] == '\0' ||
         (str_ne(c->ms.v[obj->m[0]].prep, "of") == 0 &&
          office_of_object(c, tend, c->ms.v[obj->m[0]].a)))) {
        size_t last = c->ms.v[obj->m[obj->n - 1]].b;
        if (last >= j && last < j + 6) {
            size_t q;
            if (last < c->se && eq(c, last, "with"))
                return make_item(c, last + 1, np_end(c, last + 1, c->se));
            /* "asked China for a loan": goods after "for" */
            if (last + 1 < c->se && eq(c, last, "for")) {
                size_t e2 = np_end(c, last + 1, c->se), q2;
                for (q2 = last + 1; q2 < e2; q2++)
                    if (is(c, RM_C_GOODS, q2))
                        return make_item(c, last + 1, e2);
            }
            /* "granted Pakistan a $1 billion loan": a second object */
            for (q = last; q < c->se && q < last + 6; q++) {
                if (punct(c, q) && !eq(c, q, "$") && !eq(c, q, "%"))
                    break;
                /* ("owes China about $1.7 billion") */
                if (q == last && mention_at(c, q) < 0 && class_at(c, RM_C_APPROX, &c->t, q, c->se)) {
                    q += class_at(c, RM_C_APPROX, &c->t, q, c->se) - 1;
                    last = q + 1;
                    continue;
                }
                if (mention_at(c, q) >= 0 || is(c, RM_C_PREP, q))
                    break;
                if (is(c, RM_C_GOODS, q)) {
                    size_t a = last;
                    while (a < q && (is(c, RM_C_DET, a) || punct(c, a) ||
                                     (c->t.toks[a].flags & RM_TOK_NUM)))
                        a++;
                    /* ("paid the United States $4 billion": the sum) */
                    if (a == q && q >= last + 2 && eq(c, q - 2, "$") &&
                        (c->t.toks[q - 1].flags & RM_TOK_NUM))
                        a = q - 2;
                    return make_item(c, a, np_end(c, q, c->se));
                }
            }
            return NULL;
        }
    }
    /* "disbursed $1.5 billion", "about $1 billion", "a $1 billion
       tranche": a sum of money */
    {
        size_t k = j;
        if (k + 1 < c->se && (eq(c, k, "a") || eq(c, k, "an") || eq(c, k, "another") ||
                              eq(c, k, "its") || eq(c, k, "the")))
            k++;
        if (k < c->se && mention_at(c, k) < 0)
            k += class_at(c, RM_C_APPROX, &c->t, k, c->se);
        if (k + 1 < c->se && currency(c, k) &&
            (c->t.toks[k + 1].flags & RM_TOK_NUM)) {
            e = np_end(c, k + 1, c->se);
            if (e > k + 1)
                return make_item(c, j, e);
        }
    }
    e = np_end(c, j, c->se);
    if (e + 2 < c->se && eq(c, e, "%") && eq(c, e + 1, "of"))
        e++;
    if (e + 1 < c->se && eq(c, e, "of") && e > j &&
        (eq(c, e - 1, "cent") || eq(c, e - 1, "percent") || eq(c, e - 1, "%") ||
         is(c, RM_C_QUANT, e - 1))) {
        /* "about 81 per cent of Pakistan's arms imports": the goods are
           after the owner, without the noun of trade */
        int mi;
        j = e + 1;
        mi = mention_at(c, j);
        if (mi >= 0 && c->ms.v[mi].poss) {
            j = c->ms.v[mi].b;
            while (j < c->se && (c->t.toks[j].flags & RM_TOK_POSS))
                j++;
        }
        e = np_end(c, j, c->se);
        if (e > j + 1 && c->trig[e - 1 - c->ss])
            e--;
    }
    return make_item(c, j, e);
}

/* ---- events ---- */

/* Clause of the token of the current sentence that starts at byte b. */
static int clause_at_byte(const ctx *c, size_t b)
{
    size_t k;
    for (k = c->ss; k < c->se; k++)
        if (c->t.toks[k].start == b)
            return clause_of(c, k);
    return -1;
}

/* Is the token starting at byte b within n tokens of token i? */
static int near_token(const ctx *c, size_t b, size_t i, size_t n)
{
    size_t k;
    for (k = c->ss; k < c->se; k++)
        if (c->t.toks[k].start == b)
            return (k > i ? k - i : i - k) <= n;
    return 0;
}

static int add_event(ctx *c, int s, int t, relmap_relation rel,
                     relmap_modality mod, const char *item, size_t tpos,
                     size_t tend, const char *cue, const char *rule)
{
    relmap_event ev;
    int sa, ta;
    size_t i;
    if (s < 0 || t < 0 || (s == t && rel != RELMAP_REL_DENIES))
        return 0;
    if (s == t)
        return 0;
    sa = doc_actor(c, s);
    ta = doc_actor(c, t);
    if (sa < 0 || ta < 0)
        return -1;
    memset(&ev, 0, sizeof ev);
    ev.source = (size_t)sa;
    ev.target = (size_t)ta;
    ev.relation = rel;
    ev.modality = mod;
    ev.item = item;
    ev.start = c->t.sents[0].start; /* replaced below */
    ev.start = c->t.toks[c->ss].start;
    ev.end = rm_tok_end(&c->t, c->se - 1);
    ev.trigger_start = c->t.toks[tpos].start;
    ev.trigger_end = rm_tok_end(&c->t, tend - 1);
    ev.cue = cue;
    ev.rule = rule;
    for (i = c->sent_first; i < c->doc->events.n; i++) {
        relmap_event *o = &c->doc->events.v[i];
        int same_pair = (o->source == ev.source && o->target == ev.target) ||
                        (relmap_relation_is_symmetric(rel) && o->source == ev.target &&
                         o->target == ev.source);
        if (!same_pair || o->relation != rel || o->start != ev.start)
            continue;
        if (o->modality == mod) {
            if (o->item == NULL)
                o->item = item;
            return 0;
        }
        /* two words for one claim in one clause ("would work on a roadmap
           for normalising ties"): the claim keeps the most hedged reading */
        if (clause_at_byte(c, o->trigger_start) == clause_of(c, tpos) &&
            near_token(c, o->trigger_start, tpos, 6) && str_ne(rule, "event-anaphora") != 0 &&
            (o->rule == NULL || str_ne(o->rule, "event-anaphora") != 0)) {
            if (mod > o->modality) {
                o->modality = mod;
                o->cue = cue;
            }
            if (o->item == NULL)
                o->item = item;
            return 0;
        }
    }
    if (rm_vec_push(&c->doc->events, ev)) {
        c->failed = 1;
        return -1;
    }
    return 1;
}

static int emit_pairs(ctx *c, const rm_trigger *tr, const group *src,
                      const group *tgt, size_t tpos, size_t tend, const char *item,
                      const char *rule)
{
    relmap_relation rel = tr->relation;
    int i, j, n = 0;
    for (i = 0; i < src->n; i++)
        for (j = 0; j < tgt->n; j++) {
            int se = entity_of(c, src->m[i], NULL, 0);
            int te = entity_of(c, tgt->m[j], &se, 1);
            /* "Taiwan's supplier, and the island relies on Washington": an
               anaphoric source is resolved once the target is known */
            if (se < 0 && te >= 0)
                se = entity_of(c, src->m[i], &te, 1);
            const char *cue;
            relmap_modality mod;
            const mention *tm = tgt->m[j] >= 0 ? &c->ms.v[tgt->m[j]] : NULL;
            /* "X and Y sent troops to their borders": the pronoun is the
               subject itself */
            /* (but no one attacks its own: "accused China of ramming its
               vessel" is the other candidate's vessel) */
            if (tm && tm->use == M_ANAPH && tm->ante >= 0 && src->m[i] >= 0 && tm->ante < (int)c->ms.n &&
                c->ms.v[src->m[i]].group == c->ms.v[tm->ante].group &&
                (rel != RELMAP_REL_ATTACKS || !tm->poss ||
                 /* ("invaded its neighbour": a third party) */
                 (tm->b < c->se && is(c, RM_C_RELN, tm->b))))
                continue;
            if (se >= 0 && (src->m[i] >= 0 && c->ms.v[src->m[i]].use == M_ANAPH))
                se = entity_of(c, src->m[i], &te, 1);
            if (te >= 0 && tr->target_types &&
                !(tr->target_types & (1u << ent(c, te)->type)))
                continue; /* "accession to NATO", not to a country */
            c->cur_src = src;
            /* ("is considering a Somali request for drones": what a
               request or an offer provides for is not presupposed) */
            int keep_np = c->no_presuppose;
            if (tr->modality > RELMAP_MOD_ASSERTED)
                c->no_presuppose = 1;
            mod = modality_for(c, tpos, tend, rel, se, te, &cue);
            c->no_presuppose = keep_np;
            /* "rejected Ukraine's request for missiles", "rebuffed a
               Russian offer": what is refused does not come */
            if (tr->modality > RELMAP_MOD_ASSERTED && !c->verb_trigger && mod < RELMAP_MOD_NEGATED) {
                size_t q = np_left(c, tpos, 8);
                if (q > c->ss && q < tpos && c->trig[q - 1 - c->ss] && judging_verb(c, q - 1) &&
                    has_relation(c, q - 1, RELMAP_REL_DENIES)) {
                    mod = RELMAP_MOD_NEGATED;
                    cue = span_text(c, q - 1, q);
                }
            }
            c->cur_src = NULL;
            if (tr->modality > mod) {
                mod = tr->modality; /* "ordered launchers from X": not yet delivered */
                cue = NULL;
            }
            if (mod == RELMAP_MOD_NEGATED && tr->affirmative_only)
                continue; /* "did not sign an agreement" says nothing about meeting */
            /* ("the two sides" are a pair that did something, not one a
               clause only wishes for: "its price for normalising
               relations with Israel") */
            if (relmap_relation_is_symmetric(rel) && se >= 0 && te >= 0 && se != te &&
                mod <= RELMAP_MOD_ALLEGED &&
                (c->pair_sent != c->sent_idx || c->pair[0] < 0)) {
                c->pair[0] = se;
                c->pair[1] = te;
                c->pair_sent = c->sent_idx;
            }
            if (add_event(c, se, te, rel, mod, rel == RELMAP_REL_SUPPLIES ? item : NULL,
                          tpos, tend, cue, rule) > 0)
                n++;
        }
    return n;
}

/* The last token of a trigger's right-hand arguments. */
static size_t span_end(const ctx *c, size_t tend, const group *g)
{
    size_t e = tend;
    int i;
    for (i = 0; i < g->n; i++)
        if (g->m[i] >= 0 && c->ms.v[g->m[i]].b > e)
            e = c->ms.v[g->m[i]].b;
    return e;
}

/* A clause cue ("plans to", "no evidence that") governs the first predicate
   after it; once that predicate and its arguments are done, later
   predicates in the clause are outside its scope. */
static void close_cues(ctx *c, size_t tpos, size_t end)
{
    size_t i;
    for (i = 0; i < c->cues.n; i++) {
        cue_at *ca = &c->cues.v[i];
        const rm_cue *cue = rm_lex_cue(c->lx, ca->cue);
        if (cue->scope == RM_SCOPE_CLAUSE && ca->b <= tpos && ca->close == (size_t)-1 &&
            clause_of(c, ca->a) == clause_of(c, tpos) && !across_aside(c, ca->a, tpos))
            ca->close = end; /* (an event in an aside leaves the cue open) */
    }
}

/* Does the item end in a goods word ("tactical nuclear weapons")? */
static int goods_item(const ctx *c, const char *item)
{
    const char *sp;
    char f[64];
    size_t n;
    if (item == NULL)
        return 0;
    /* ("a $1 billion tranche", "a €500 million facility": a sum) */
    if (strchr(item, '$') || strstr(item, "\xe2\x82\xac") || strstr(item, "\xc2\xa3"))
        return 1;
    sp = strrchr(item, ' ');
    sp = sp ? sp + 1 : item;
    n = rm_fold(sp, strlen(sp), f, sizeof f);
    if (rm_lex_is(c->lx, RM_C_GOODS, f, n))
        return 1;
    /* "LNG cargoes", "fuel shipments": the goods before their container */
    if (sp > item + 1 && (rm_lex_is(c->lx, RM_C_CONTAINER, f, n) || rm_lex_is(c->lx, RM_C_QUANT, f, n))) {
        const char *end = sp - 1, *b = end;
        while (b > item && b[-1] != ' ')
            b--;
        n = rm_fold(b, (size_t)(end - b), f, sizeof f);
        return rm_lex_is(c->lx, RM_C_GOODS, f, n);
    }
    return 0;
}

static int is_envoy(const ctx *c, const char *item)
{
    const char *sp = strrchr(item, ' ');
    const char *w = sp ? sp + 1 : item, *p;
    char f[64];
    size_t n = rm_fold(w, strlen(w), f, sizeof f);
    if (rm_lex_is(c->lx, RM_C_ENVOY, f, n))
        return 1;
    /* "Deputy Prime Minister Alexei Overchuk": a title before a name */
    if (!sp || !(*w >= 'A' && *w <= 'Z'))
        return 0;
    for (p = item; p < sp;) {
        const char *e = strchr(p, ' ');
        n = rm_fold(p, (size_t)(e - p), f, sizeof f);
        if (rm_lex_is(c->lx, RM_C_ENVOY, f, n))
            return 1;
        p = e + 1;
    }
    return 0;
}

/* Every actor of g is a person, a pronoun for one, or a mention headed
   by an envoy noun ("the Chinese president", "a delegation from Iran"). */
static int persons_only(const ctx *c, const group *g)
{
    int i;
    for (i = 0; i < g->n; i++) {
        const mention *m;
        size_t k;
        int ok, plain;
        if (g->m[i] < 0)
            return 0;
        m = &c->ms.v[g->m[i]];
        ok = m->kind == RM_ALIAS_PERSON || eq(c, m->a, "he") || eq(c, m->a, "she");
        for (k = m->a; k < m->b && !ok; k++)
            ok = is(c, RM_C_ENVOY, k);
        /* "Iran's foreign minister", "Iran's first deputy prime minister",
           "Bree President Romendacil" */
        for (k = m->b, plain = 0;
             (m->poss || (k < c->se && is(c, RM_C_ROLE, k))) && k < c->se && k < m->b + 5 &&
             !ok &&
             (is(c, RM_C_ROLE, k) || (c->t.toks[k].flags & RM_TOK_POSS) ||
              (m->poss && !plain++ && plain_word(c, k)));
             k++)
            ok = is(c, RM_C_ENVOY, k);
        if (!ok && m->a > c->ss && is(c, RM_C_ENVOY, m->a - 1) &&
            (c->t.toks[m->a].flags & RM_TOK_CAP))
            ok = 1; /* a title before the name: "Deputy Prime Minister Telemar" */
        if (!ok && str_ne(m->prep, "of") == 0 && subject_like(c, m) && !shipment_of(c, m))
            ok = 1; /* "the president of France" */
        if (!ok) {
            /* "(signed by) the foreign ministers of Greece and North
               Macedonia": the envoy noun before "of" (which gave the
               mention the preposition before it) */
            const mention *h = &c->ms.v[g->m[0]]; /* (the list's first name) */
            size_t q = skip_dets_left(c, h->a, c->ss);
            ok = q >= c->ss + 2 && eq(c, q - 1, "of") && is(c, RM_C_ENVOY, q - 2);
        }
        if (!ok)
            return 0;
    }
    return 1;
}

/* "deployed 10,000 troops to fight alongside the Congolese army",
   "provided $600 million to help Haiti's police": with no recipient named,
   the one the purpose helps receives. */
static int purpose_beneficiary(const ctx *c, size_t tend, group *g)
{
    size_t q;
    int cl = clause_of(c, tend > c->ss ? tend - 1 : tend);
    for (q = tend; q + 2 < c->se && q < tend + 12; q++) {
        rm_hit h[4];
        size_t nh, x;
        if (clause_of(c, q) != cl || mention_at(c, q) >= 0 ||
            (punct(c, q) && !(c->t.toks[q].flags & RM_TOK_HYPHEN) &&
             !(c->t.toks[q + 1].flags & RM_TOK_NUM) &&
             !(q > c->ss && (c->t.toks[q - 1].flags & RM_TOK_NUM))))
            return 0; /* ("$600 million", "40%": amounts go on) */
        if (!eq(c, q, "to") || !c->trig[q + 1 - c->ss])
            continue;
        nh = triggers_at(c, q + 1, h);
        for (x = 0; x < nh; x++)
            if (h[x].form != RM_FORM_NOUN &&
                rm_lex_trigger(c->lx, h[x].value)->relation == RELMAP_REL_SUPPORTS) {
                /* the first actor right after the verb: "to help Haiti's
                   police", "to fight alongside the Congolese army" */
                size_t k = q + 1 + h[x].ntok;
                int mi;
                if (k < c->se && is(c, RM_C_PREP, k)) /* ("fight alongside") */
                    k++;
                while (k < c->se && is(c, RM_C_DET, k))
                    k++;
                mi = k < c->se ? mention_at(c, k) : -1;
                if (mi < 0 || !usable(&c->ms.v[mi]))
                    return 0;
                get_group(c, mi, g);
                return g->n > 0;
            }
        return 0;
    }
    return 0;
}

/* "tariffs on steel imports from China", "duties on goods from the
   United States", "on electric vehicles made in China": where the goods a
   measure falls on come from is its target. */
static int goods_origin(const ctx *c, size_t tend, group *g)
{
    size_t q, on = tend;
    int goods = 0, mi;
    /* ("duties on": the trigger's own preposition; "tariffs of up to 35
       per cent on": past the rate) */
    if (tend > c->ss && eq(c, tend - 1, "on"))
        on = tend - 1;
    else
        while (on < c->se && on < tend + 9 && !eq(c, on, "on") &&
               (eq(c, on, "of") || eq(c, on, "up") || eq(c, on, "to") || eq(c, on, "per") ||
                eq(c, on, "cent") || eq(c, on, "percent") || eq(c, on, "%") || eq(c, on, ".") ||
                (c->t.toks[on].flags & RM_TOK_NUM) || is(c, RM_C_APPROX, on)))
            on++;
    if (on >= c->se || !eq(c, on, "on"))
        return 0;
    for (q = on + 1; q < c->se && q < on + 8; q++) {
        if (is(c, RM_C_GOODS, q) || eq(c, q, "imports") || eq(c, q, "exports") ||
            eq(c, q, "products") || eq(c, q, "goods") || eq(c, q, "shipments")) {
            goods = 1;
            continue;
        }
        /* ("brandy imported from the EU") */
        if (q > on + 1 && q + 1 < c->se && (eq(c, q, "imported") || eq(c, q, "shipped")) &&
            eq(c, q + 1, "from"))
            continue;
        if ((goods || q > on + 1) && (eq(c, q, "from") ||
                      (q + 1 < c->se && eq(c, q + 1, "in") &&
                       (eq(c, q, "made") || eq(c, q, "produced") || eq(c, q, "manufactured"))))) {
            q += eq(c, q, "from") ? 1 : 2;
            while (q < c->se && is(c, RM_C_DET, q))
                q++;
            mi = q < c->se ? mention_at(c, q) : -1;
            /* (a country or a body: "brandy from the EU") */
            if (mi < 0 || c->ms.v[mi].entity < 0 || c->ms.v[mi].kind == RM_ALIAS_PERSON)
                return 0;
            get_group(c, mi, g);
            if (g->n == 0) { /* ("made in China": a venue, alone) */
                g->n = 1;
                g->m[0] = mi;
            }
            return 1;
        }
        if (!(is(c, RM_C_DET, q) || (c->t.toks[q].flags & RM_TOK_NUM) || eq(c, q, "%") ||
              (c->t.toks[q].flags & RM_TOK_HYPHEN) || eq(c, q, "-") ||
              ((c->t.toks[q].flags & (RM_TOK_WORD | RM_TOK_CAP)) == RM_TOK_WORD &&
               !c->trig[q - c->ss] && !is(c, RM_C_PREP, q) && !is(c, RM_C_COORD, q))))
            return 0;
    }
    return 0;
}

/* Is entity e a lender: a bank or a fund ("the World Bank", "the IMF",
   "the Saudi Fund for Development")? */
static int lender(const ctx *c, int e)
{
    const char *l;
    if (e < 0 || ent(c, e)->type != RELMAP_ACTOR_ORGANIZATION || (l = ent(c, e)->label) == NULL)
        return 0;
    return strcmp(l, "IMF") == 0 || strstr(l, "Bank") != NULL || strstr(l, "Fund") != NULL;
}

/* Does money follow the verb at tend, past determiners and words of
   size ("disbursed about $1 billion", "approved a $75 million loan")? */
static int money_follows(const ctx *c, size_t tend)
{
    size_t q;
    for (q = tend; q < c->se && q < tend + 6; q++) {
        size_t n = class_at(c, RM_C_APPROX, &c->t, q, c->se);
        if (n) { /* ("about", "more than") */
            q += n - 1;
            continue;
        }
        if (currency(c, q) && q + 1 < c->se &&
            (c->t.toks[q + 1].flags & RM_TOK_NUM))
            return 1;
        if (eq(c, q, "loan") || eq(c, q, "grant") || eq(c, q, "credit") || eq(c, q, "tranche") ||
            eq(c, q, "financing") || eq(c, q, "disbursement"))
            return 1;
        if (mention_at(c, q) >= 0 || is(c, RM_C_PREP, q) || punct(c, q) || is(c, RM_C_COORD, q))
            return 0;
    }
    return 0;
}

/* The country the article is about: the one named most so far, at least
   three times and twice as often as any other; else -1. */
static int topic_country(const ctx *c)
{
    size_t i;
    unsigned best = 0, second = 0;
    int e = -1;
    for (i = 0; i < c->doc->actors.n; i++) {
        const actor *a = &c->doc->actors.v[i];
        if (a->info.type != RELMAP_ACTOR_COUNTRY)
            continue;
        if (a->info.mentions > best) {
            second = best;
            best = (unsigned)a->info.mentions;
            e = a->entity;
        } else if (a->info.mentions > second)
            second = (unsigned)a->info.mentions;
    }
    return best >= 3 && best >= 2 * second ? e : -1;
}

/* "Iran has been under U.S. sanctions", "Russia is subject to Western
   sanctions", "Belarus has been hit by several rounds of EU sanctions": the
   clause's subject is the target. */
static int sanctioned_subject(const ctx *c, size_t tpos, group *g)
{
    size_t k = tpos;
    while (k > c->ss) {
        int mi = mention_at(c, k - 1);
        if (is(c, RM_C_DET, k - 1) || (c->t.toks[k - 1].flags & RM_TOK_NUM) ||
            is(c, RM_C_QUANT, k - 1) || eq(c, k - 1, "of") || eq(c, k - 1, "new") ||
            eq(c, k - 1, "rounds") || eq(c, k - 1, "round") || eq(c, k - 1, "tough") ||
            eq(c, k - 1, "sweeping") || eq(c, k - 1, "international") ||
            (mi >= 0 && !c->ms.v[mi].poss)) { /* ("under U.S. sanctions") */
            k = mi >= 0 ? c->ms.v[mi].a : k - 1;
            continue;
        }
        break;
    }
    if (k > c->ss && eq(c, k - 1, "under"))
        return find_subject(c, k - 1, g) && g->n > 0;
    if (k > c->ss + 1 && ((eq(c, k - 1, "to") && eq(c, k - 2, "subject")) ||
                          (eq(c, k - 1, "by") && (eq(c, k - 2, "hit") || eq(c, k - 2, "targeted")))))
        return find_subject(c, k - 2, g) && g->n > 0; /* (the participle's subject) */
    return 0;
}

/* g holds entity e alone (not through a mention); 0 if there is none */
static int one_entity(int e, group *g)
{
    if (e < 0)
        return 0;
    g->n = 1;
    g->m[0] = -(e + 2);
    return 1;
}

/* The entity of a one-actor group that is already an actor of the
   document, else -1. */
static int sole_actor(const ctx *c, const group *src)
{
    int se;
    if (src->n != 1 || src->m[0] < 0)
        return -1;
    se = c->ms.v[src->m[0]].entity;
    return se >= 0 && c->doc->actor_of_entity[se] >= 0 ? se : -1;
}

/* "India launched strikes on Pakistan, and Pakistan retaliated": the one
   who last attacked the source, in this document. */
static int find_attacker(const ctx *c, const group *src, group *g)
{
    size_t i, ta;
    int se = sole_actor(c, src);
    if (se < 0)
        return 0;
    /* this sentence's events may still change; the earlier ones are
       indexed (note_attacks) */
    for (i = c->doc->events.n; i-- > c->sent_first;) {
        const relmap_event *ev = &c->doc->events.v[i];
        if (ev->relation != RELMAP_REL_ATTACKS ||
            ev->target != (size_t)c->doc->actor_of_entity[se] ||
            ev->modality == RELMAP_MOD_NEGATED)
            continue;
        return one_entity(entity_of_actor(c, ev->source), g);
    }
    ta = (size_t)c->doc->actor_of_entity[se];
    if (ta < c->natt && c->att[ta] > 0)
        return one_entity(entity_of_actor(c, c->doc->events.v[c->att[ta] - 1].source), g);
    return 0;
}

/* Index the attacks of the events before this sentence's (which no longer
   change) by target: the latest one not negated, for find_attacker. */
static void note_attacks(ctx *c)
{
    for (; c->attfin < c->sent_first; c->attfin++) {
        const relmap_event *ev = &c->doc->events.v[c->attfin];
        if (ev->relation != RELMAP_REL_ATTACKS || ev->modality == RELMAP_MOD_NEGATED)
            continue;
        if (ev->target >= c->natt) {
            size_t n = c->natt ? c->natt : 64, k;
            size_t *a;
            while (n <= ev->target)
                n *= 2;
            a = realloc(c->att, n * sizeof *a);
            if (a == NULL) {
                c->failed = 1;
                return;
            }
            for (k = c->natt; k < n; k++)
                a[k] = 0;
            c->att = a;
            c->natt = n;
        }
        c->att[ev->target] = c->attfin + 1;
    }
}

/* "Kenya has deployed officers to Haiti, and Guatemala and Jamaica have sent
   smaller contingents": a supply with no recipient, in a clause joined by
   ", and" right after another supply, goes to the same recipient. */
static int gapped_target(const ctx *c, size_t sa, group *g)
{
    size_t i, at;
    if (sa < c->ss + 2 || !eq(c, sa - 1, "and") || !eq(c, sa - 2, ","))
        return 0;
    at = c->t.toks[sa].start;
    for (i = c->doc->events.n; i-- > c->sent_first;) {
        const relmap_event *ev = &c->doc->events.v[i];
        if (ev->trigger_end > at)
            continue;
        if (ev->relation != RELMAP_REL_SUPPLIES)
            return 0;
        return one_entity(entity_of_actor(c, ev->target), g);
    }
    return 0;
}

/* "Tokyo supplied Manila with radars and is expected to deliver more
   vessels": a supply verb in a predicate joined by "and" to an earlier
   supply by the same source, with no recipient of its own, goes to the
   same recipient. */
static int shared_recipient(const ctx *c, const group *src, size_t tpos, group *g)
{
    size_t i, at = c->t.toks[tpos].start, j;
    int se = sole_actor(c, src);
    if (se < 0)
        return 0;
    for (i = c->doc->events.n; i-- > c->sent_first;) {
        const relmap_event *ev = &c->doc->events.v[i];
        int and_between = 0;
        if (ev->trigger_end > at)
            continue;
        if (ev->relation != RELMAP_REL_SUPPLIES ||
            ev->source != (size_t)c->doc->actor_of_entity[se])
            return 0;
        for (j = tpos; j-- > c->ss && c->t.toks[j].start >= ev->trigger_end;) {
            if (eq(c, j, "and"))
                and_between = 1;
            if (clause_of(c, j) != clause_of(c, tpos) && !and_between)
                return 0;
        }
        return and_between && one_entity(entity_of_actor(c, ev->target), g);
    }
    return 0;
}

/* "Pyongyang has shipped millions of shells and sent troops to Russia":
   a supply verb without a recipient takes the one of the supply verb it
   is coordinated with, when no actor stands between them. */
static int later_recipient(const ctx *c, size_t tend, group *g)
{
    size_t j;
    for (j = tend; j + 1 < c->se && j < tend + 12; j++) {
        rm_hit h[4];
        size_t nh, x;
        int mi = mention_at(c, j);
        if (mi >= 0 && c->ms.v[mi].use != M_WEAK && c->ms.v[mi].use != M_MOD)
            return 0;
        if (punct(c, j) && !(c->t.toks[j].flags & RM_TOK_HYPHEN) && !eq(c, j, "%") &&
            !(eq(c, j, ",") && eq(c, j + 1, "and")))
            return 0;
        if (!eq(c, j, "and"))
            continue;
        nh = c->trig[j + 1 - c->ss] ? triggers_at(c, j + 1, h) : 0;
        for (x = 0; x < nh; x++)
            if (h[x].form != RM_FORM_NOUN &&
                rm_lex_trigger(c->lx, h[x].value)->relation == RELMAP_REL_SUPPLIES)
                return find_prep(c, j + 1 + h[x].ntok, "to", g);
        return 0;
    }
    return 0;
}

/* Is the word at q a noun of a deal or partnership ("agreement")? */
static int deal_noun_at(const ctx *c, size_t q)
{
    rm_hit h[4];
    size_t nh = c->trig[q - c->ss] ? triggers_at(c, q, h) : 0, x;
    for (x = 0; x < nh; x++)
        if (h[x].form == RM_FORM_NOUN &&
            rm_lex_trigger(c->lx, h[x].value)->relation == RELMAP_REL_COOPERATES_WITH)
            return 1;
    return 0;
}

/* "Arctic LNG 2, which the US blacklisted in 2023", "Hamas, which the EU
   designated a terrorist group": in a relative clause with a subject of
   its own, the verb's missing object is the actor the clause describes. */
static int relative_gap(const ctx *c, size_t tpos, group *g)
{
    size_t p = tpos, r, a;
    int si, ai;
    while (p > c->ss && (is(c, RM_C_AUX, p - 1) || is(c, RM_C_BE, p - 1) ||
                         ends_in(c, p - 1, "ly", 3)) && mention_at(c, p - 1) < 0)
        p--;
    if (p <= c->ss || (si = mention_at(c, p - 1)) < 0 || !usable(&c->ms.v[si]) ||
        c->ms.v[si].prep[0] || c->ms.v[si].poss)
        return 0;
    r = c->ms.v[si].a;
    while (r > c->ss && is(c, RM_C_DET, r - 1))
        r--;
    if (r < c->ss + 3 || !(eq(c, r - 1, "which") || eq(c, r - 1, "whom")) || !eq(c, r - 2, ","))
        return 0;
    /* the antecedent ends at the comma, past at most two plain words
       ("the Arctic LNG 2 project, which") */
    for (a = r - 2; a > c->ss && r - 2 - a <= 2; a--) {
        ai = mention_at(c, a - 1);
        if (ai >= 0) {
            const mention *m = &c->ms.v[ai];
            if (m->use != M_STRONG || m->poss || m->prep[0] || m->entity == c->ms.v[si].entity)
                return 0; /* ("exercises between X and Y, which Z condemns") */
            g->n = 1;
            g->m[0] = ai;
            return 1;
        }
        if (!plain_word(c, a - 1) || (c->t.toks[a - 1].flags & RM_TOK_CAP))
            return 0;
    }
    return 0;
}

/* "on China for around 60 percent of its rare earth imports": after the
   group g, "for" and a phrase holding goods. Returns the position of the
   first goods word plus one, else 0. */
static size_t goods_after_for(const ctx *c, const group *g)
{
    size_t q, end = 0;
    int i;
    int weak = 0;
    for (i = 0; i < g->n; i++)
        if (g->m[i] >= 0 && c->ms.v[g->m[i]].b > end) {
            end = c->ms.v[g->m[i]].b;
            weak = c->ms.v[g->m[i]].use == M_WEAK;
        }
    /* "on Azerbaijani gas", "on Uzbek power lines for electricity", "on
       Russian pipeline gas" */
    if (weak) {
        size_t w;
        for (w = end; w < c->se && w < end + 3; w++) {
            if (is(c, RM_C_GOODS, w) && !eq(c, w, "exports") && !eq(c, w, "export"))
                return w + 1;
            if ((c->t.toks[w].flags & (RM_TOK_WORD | RM_TOK_CAP | RM_TOK_NUM)) != RM_TOK_WORD ||
                c->trig[w - c->ss] || is(c, RM_C_PREP, w) || is(c, RM_C_COORD, w) ||
                eq(c, w, "exports") || eq(c, w, "export") || eq(c, w, "markets") ||
                eq(c, w, "transit"))
                break;
        }
    }
    if (weak && end < c->se)
        end = np_end(c, end, c->se);
    if (end == 0 || end >= c->se || !eq(c, end, "for"))
        return 0;
    for (q = end + 1; q < c->se && q < end + 10; q++) {
        if (punct(c, q) && !(c->t.toks[q].flags & RM_TOK_HYPHEN) && !eq(c, q, "%"))
            return 0;
        /* ("for its security and has no military": a new predicate) */
        if (mention_at(c, q) < 0 && (is(c, RM_C_COORD, q) || is(c, RM_C_BE, q) ||
                                     (is(c, RM_C_AUX, q) && !eq(c, q, "to"))))
            return 0;
        if (mention_at(c, q) >= 0 && !c->ms.v[mention_at(c, q)].poss &&
            c->ms.v[mention_at(c, q)].use != M_WEAK && c->ms.v[mention_at(c, q)].use != M_ANAPH)
            return 0;
        /* ("for the transit of its oil exports", "for its oil exports":
           a route or a market, not a supplier) */
        if (eq(c, q, "transit") || eq(c, q, "exports") || eq(c, q, "export") ||
            eq(c, q, "sales") || eq(c, q, "markets") || eq(c, q, "market"))
            return 0;
        if (is(c, RM_C_GOODS, q)) {
            size_t e = np_end(c, q, c->se), r;
            for (r = q; r < e; r++)
                if (eq(c, r, "exports") || eq(c, r, "export"))
                    return 0;
            return q + 1;
        }
    }
    return 0;
}

/* Is the verb at tpos the content of a deal ("an accord on Thursday to
   supply")? Returns the position of the deal noun plus one, else 0. */
static size_t deal_governs(const ctx *c, size_t tpos)
{
    size_t q;
    if (tpos < c->ss + 2 || !eq(c, tpos - 1, "to"))
        return 0;
    for (q = tpos - 1; q-- > c->ss && tpos - q <= 6;) {
        rm_hit h[4];
        size_t nh, x;
        if (mention_at(c, q) >= 0 || punct(c, q))
            return 0;
        nh = c->trig[q - c->ss] ? triggers_at(c, q, h) : 0;
        for (x = 0; x < nh; x++) {
            const rm_trigger *tr = rm_lex_trigger(c->lx, h[x].value);
            /* (a deal, or a contract or order, which is one to come) */
            if (h[x].form == RM_FORM_NOUN &&
                (tr->relation == RELMAP_REL_COOPERATES_WITH ||
                 (tr->relation == RELMAP_REL_SUPPLIES && tr->modality == RELMAP_MOD_POTENTIAL)))
                return q + 1;
        }
    }
    return 0;
}

/* "Estonia departed from Libya": a state named alone that travels
   straight to or from another, with no object in between (not "Iran flew
   drones to Russia"), stands for its envoys. */
static int state_travels(const ctx *c, const group *src, const group *tgt, size_t tend)
{
    int i;
    size_t k;
    for (i = 0; i < src->n; i++) {
        const mention *m;
        if (src->m[i] < 0)
            return 0;
        m = &c->ms.v[src->m[i]];
        if (m->kind != RM_ALIAS_NAME || m->poss || m->b != m->a + 1 ||
            ent(c, m->entity)->type != RELMAP_ACTOR_COUNTRY)
            return 0;
    }
    if (tgt->n == 0 || tgt->m[0] < 0 || c->ms.v[tgt->m[0]].a < tend)
        return 0;
    for (k = tend; k < c->ms.v[tgt->m[0]].a; k++)
        if (!is(c, RM_C_PREP, k) && !is(c, RM_C_DET, k))
            return 0;
    return 1;
}

/* Is mention mi a person or an office ("President X", "Iran's foreign
   minister")? */
static int person_mention(const ctx *c, int mi)
{
    group g;
    g.n = 1;
    g.m[0] = mi;
    return persons_only(c, &g);
}

/* Is every actor of g named through its forces or equipment ("Russian
   troops", "Iranian drones"): a role noun that is no envoy or office? */
static int forces_only(const ctx *c, const group *g)
{
    int i;
    for (i = 0; i < g->n; i++) {
        const mention *m;
        size_t k;
        int force = 0;
        if (g->m[i] < 0)
            return 0;
        m = &c->ms.v[g->m[i]];
        /* the head: the last role noun of the mention */
        for (k = m->b; k-- > m->a;)
            if (is(c, RM_C_ROLE, k)) {
                force = !is(c, RM_C_ENVOY, k) && !(c->t.toks[k].flags & RM_TOK_CAP);
                break;
            }
        /* ("Saudi and Emirati troops": a bare demonym shares the head of
           the last one) */
        if (!force && m->kind == RM_ALIAS_DEMONYM && m->b == m->a + 1 && i + 1 < g->n &&
            g->m[g->n - 1] >= 0) {
            const mention *l = &c->ms.v[g->m[g->n - 1]];
            for (k = l->b; k-- > l->a;)
                if (is(c, RM_C_ROLE, k)) {
                    force = !is(c, RM_C_ENVOY, k) && !(c->t.toks[k].flags & RM_TOK_CAP);
                    break;
                }
        }
        if (!force)
            return 0;
    }
    return g->n > 0;
}

/* The parties of a deal, for a broker later in the sentence; unlike
   remember_parties, not for "the two sides" later on. */
static void remember_sym(ctx *c, const group *a, const group *b)
{
    const group *gs[2];
    int k, i, j;
    gs[0] = a;
    gs[1] = b;
    for (k = 0; k < 2; k++)
        for (i = 0; i < gs[k]->n; i++) {
            int e = entity_of(c, gs[k]->m[i], NULL, 0), dup = 0;
            for (j = 0; j < c->nsym; j++)
                if (c->sym[j] == e)
                    dup = 1;
            if (!dup && e >= 0 && c->nsym < MAX_GROUP)
                c->sym[c->nsym++] = e;
        }
}

static void remember_parties(ctx *c, const group *a, const group *b)
{
    remember_sym(c, a, b);
    memcpy(c->parties, c->sym, sizeof c->sym);
    c->nparties = c->nsym;
}

/* "imposed sanctions on", "held talks with", "join Western sanctions": the
   verb right before a noun trigger (past its determiners, numbers and
   premodifying actors). Returns its token index, or SIZE_MAX. */
static size_t light_verb_before(const ctx *c, size_t tpos)
{
    size_t k = tpos;
    while (k > c->ss) {
        int mi = mention_at(c, k - 1);
        if (is(c, RM_C_DET, k - 1) || (c->t.toks[k - 1].flags & RM_TOK_NUM) ||
            is(c, RM_C_GOODS, k - 1) || is(c, RM_C_ADJ, k - 1) ||
            (c->t.toks[k - 1].flags & RM_TOK_HYPHEN) ||
            (mi >= 0 && !c->ms.v[mi].poss && c->ms.v[mi].use != M_ANAPH) ||
            ((eq(c, k - 1, "and") || eq(c, k - 1, ",")) && k - 1 > c->ss &&
             (mention_at(c, k - 2) >= 0 || is(c, RM_C_GOODS, k - 2)))) {
            k = mi >= 0 ? c->ms.v[mi].a : k - 1;
            continue;
        }
        /* "launched a wave of strikes", "waged a campaign of attacks" */
        if (k >= c->ss + 2 && eq(c, k - 1, "of") &&
            (is(c, RM_C_QUANT, k - 2) || eq(c, k - 2, "campaign"))) {
            k -= 2;
            continue;
        }
        break;
    }
    if (k == c->ss)
        return (size_t)-1;
    {
        size_t n = 0, a = k;
        /* two-word light verbs: "carried out", "stepped up" */
        if (k >= c->ss + 2 && class_at(c, RM_C_LIGHT, &c->t, k - 2, k) == 2)
            return k - 2;
        n = class_at(c, RM_C_LIGHT, &c->t, a - 1, k);
        return n == 1 ? k - 1 : (size_t)-1;
    }
}

/* "offered to help train and equip them": another verb of the same chain
   follows within a few plain words, so a cue before the first verb still
   governs it. */
static int verb_chain_follows(const ctx *c, size_t j)
{
    size_t k;
    for (k = j; k < c->se && k < j + 4; k++) {
        rm_hit h[4];
        size_t n, x;
        if (punct(c, k) || mention_at(c, k) >= 0 || is(c, RM_C_DET, k) ||
            is(c, RM_C_PREP, k) || is(c, RM_C_PRON, k))
            return 0;
        n = triggers_at(c, k, h);
        for (x = 0; x < n; x++)
            if (h[x].form != RM_FORM_NOUN)
                return 1;
    }
    return 0;
}

/* "... for a summit of the BRICS group", "to attend a conference of": the
   trip is to a gathering of many, not a visit to the host. */
static int multilateral_after(const ctx *c, size_t j)
{
    size_t k;
    for (k = j; k + 1 < c->se && k < j + 10; k++) {
        if (eq(c, k, ".") || eq(c, k, ";"))
            return 0;
        if (is(c, RM_C_GATHERING, k) && eq(c, k + 1, "of"))
            return 1;
    }
    return 0;
}

/* "each other" or "one another" among the next few words of the clause,
   before any actor. */
static int reciprocal_after(const ctx *c, size_t j)
{
    size_t k;
    for (k = j; k + 1 < c->se && k < j + 5; k++) {
        if (mention_at(c, k) >= 0 || (punct(c, k) && !(c->t.toks[k].flags & RM_TOK_HYPHEN)))
            return 0;
        if ((eq(c, k, "each") && eq(c, k + 1, "other")) ||
            (eq(c, k, "one") && eq(c, k + 1, "another")))
            return 1;
    }
    return 0;
}

/* Like close_cues, for cues that end right before the verb at tpos
   ("agreed to supply"), not those further away ("likely to be deployed"). */
/* Does a cue end right before tpos (close_cues_near may close only such)? */
static int cue_ends_at(const ctx *c, size_t tpos)
{
    size_t i;
    for (i = 0; i < c->cues.n; i++)
        if (c->cues.v[i].b == tpos)
            return 1;
    return 0;
}

static void close_cues_near(ctx *c, size_t tpos, size_t end)
{
    size_t i;
    for (i = 0; i < c->cues.n; i++) {
        cue_at *ca = &c->cues.v[i];
        const rm_cue *cue = rm_lex_cue(c->lx, ca->cue);
        /* (only a plan: closing a negation or a report early would
           assert what follows) */
        if (cue->scope == RM_SCOPE_CLAUSE && ca->b == tpos &&
            cue->modality == RELMAP_MOD_POTENTIAL &&
            ca->close == (size_t)-1 && clause_of(c, ca->a) == clause_of(c, tpos))
            ca->close = end;
    }
}

/* Every actor of g with every other (each pair once for a symmetric
   relation). Returns the events added. */
static int emit_each_other(ctx *c, const rm_trigger *tr, const group *g, size_t tpos,
                           size_t tend, const char *item)
{
    int i, j, n = 0;
    for (i = 0; i < g->n; i++)
        for (j = 0; j < g->n; j++) {
            group a, b;
            if (i == j || (relmap_relation_is_symmetric(tr->relation) && j < i))
                continue;
            a.n = b.n = 1;
            a.m[0] = g->m[i];
            b.m[0] = g->m[j];
            n += emit_pairs(c, tr, &a, &b, tpos, tend, item, tr->name);
        }
    return n;
}

/* Is the object after a verb ending at tend an event named by a noun
   trigger of meeting, cooperation or supply ("rejected a meeting with")? */
static int refused_event(const ctx *c, size_t tend)
{
    size_t q = tend;
    while (q < c->se && q < tend + 3 && (is(c, RM_C_DET, q) || is(c, RM_C_ADJ, q)))
        q++;
    /* (after a determiner, "meeting" is a noun) */
    if (q >= c->se || q == tend + 3 || !c->trig[q - c->ss] ||
        !(is_noun_only(c, q) || (q > tend && is(c, RM_C_DET, q - 1))))
        return 0;
    return has_relation(c, q, RELMAP_REL_MEETS) || has_relation(c, q, RELMAP_REL_COOPERATES_WITH) ||
           has_relation(c, q, RELMAP_REL_SUPPLIES);
}

/* "They met in Muscat. No agreement was reached.", "held talks on the
   purchase of drones, although no contract has been signed": a deal or
   an order named with no parties, and negated, is the outcome of the
   last talks (or the last supply to come) of this or the previous
   sentence, between the same parties. */
static int negated_outcome(ctx *c, const rm_trigger *tr, size_t tpos, size_t tend)
{
    relmap_relation want =
        tr->relation == RELMAP_REL_COOPERATES_WITH ? RELMAP_REL_MEETS : RELMAP_REL_SUPPLIES;
    size_t e, d = tpos;
    /* (a new deal, not a name's word nor one already named: "no
       agreement", "without a deal", "did not produce an agreement"; not
       "blocked the deal") */
    if ((c->t.toks[tpos].flags & RM_TOK_CAP) || (tend < c->se && deal_noun_at(c, tend)))
        return 0; /* (nor "no supply agreement": the agreement is the deal) */
    {
        int open = 0;
        while (d > c->ss && tpos - d < 4 && !open) {
            d--;
            open = eq(c, d, "no") || eq(c, d, "a") || eq(c, d, "an") || eq(c, d, "any");
            if (!open && (is(c, RM_C_DET, d) || is(c, RM_C_PREP, d) || punct(c, d) ||
                          mention_at(c, d) >= 0 || c->trig[d - c->ss]))
                break;
        }
        if (!open)
            return 0;
    }
    /* (a supply to come only from this sentence's talks) */
    for (e = c->doc->events.n;
         e-- > (want == RELMAP_REL_SUPPLIES ? c->sent_first : c->prev_first);) {
        relmap_event ev = c->doc->events.v[e];
        int se, te;
        const char *cue = NULL;
        relmap_modality mod;
        if (ev.relation != want)
            continue;
        if (want == RELMAP_REL_SUPPLIES && ev.modality != RELMAP_MOD_POTENTIAL &&
            ev.modality != RELMAP_MOD_CONSIDERED)
            return 0; /* (only a supply still to come can fail to come) */
        se = entity_of_actor(c, ev.source);
        te = entity_of_actor(c, ev.target);
        if (se < 0 || te < 0)
            return 0;
        c->verb_trigger = 0;
        c->cur_rel = tr->relation;
        mod = modality_for(c, tpos, tend, tr->relation, se, te, &cue);
        if (mod != RELMAP_MOD_NEGATED)
            return 0;
        return add_event(c, se, te, tr->relation, mod, NULL, tpos, tend, cue, "negated-outcome") > 0;
    }
    return 0;
}

/* Is the trigger at [tpos, tend) talks or negotiating ("talks",
   "negotiations", "negotiates")? */
static int talk_verb_or_noun(const ctx *c, size_t tpos, size_t tend)
{
    size_t q;
    for (q = tpos; q < tend; q++)
        if (talk_word(c, q) || eq(c, q, "negotiate") || eq(c, q, "negotiates") ||
            eq(c, q, "negotiated") || eq(c, q, "negotiating") || eq(c, q, "negotiation"))
            return 1;
    return 0;
}

/* A noun for what one side of talks would get from the other: a
   purchase, an order, a loan ("negotiates a $2 billion loan with", "talks
   with China on the purchase of J-10C fighters"). */
static int deal_topic_word(const ctx *c, size_t k)
{
    return eq(c, k, "purchase") || eq(c, k, "purchases") || eq(c, k, "order") ||
           eq(c, k, "orders") || eq(c, k, "import") || eq(c, k, "imports") ||
           eq(c, k, "importing") || eq(c, k, "buying") || eq(c, k, "loan") ||
           eq(c, k, "loans") || eq(c, k, "credit") || eq(c, k, "financing") ||
           eq(c, k, "deposit") || eq(c, k, "bailout");
}

/* The topic of talks from k on, past determiners, numbers, sums and
   modifiers: a word of deal_topic_word, or with goods 1 supplies ("talks
   about emergency supplies"), with goods 2 any goods too ("in talks with
   BrahMos for a similar system"). Returns its index, or SIZE_MAX. */
static size_t talk_topic_at(const ctx *c, size_t k, int goods)
{
    size_t q;
    for (q = k; q < c->se && q < k + 7; q++) {
        if (deal_topic_word(c, q) ||
            (goods && (eq(c, q, "supplies") || eq(c, q, "deliveries"))) ||
            (goods > 1 && ((is(c, RM_C_GOODS, q) && !is(c, RM_C_QUANT, q)) ||
                           eq(c, q, "system") || eq(c, q, "systems"))))
            return q;
        /* (a compound's second half: "a follow-on order") */
        if (q > k && (c->t.toks[q - 1].flags & RM_TOK_HYPHEN) && (c->t.toks[q].flags & RM_TOK_WORD))
            continue;
        if (mention_at(c, q) >= 0 || is(c, RM_C_PREP, q) || is(c, RM_C_COORD, q) ||
            is(c, RM_C_REL, q) || is(c, RM_C_AUX, q) || is(c, RM_C_BE, q) ||
            (punct(c, q) && !(c->t.toks[q].flags & RM_TOK_HYPHEN) && !eq(c, q, "$") &&
             !eq(c, q, "-")) ||
            (c->trig[q - c->ss] && q > k))
            return (size_t)-1;
    }
    return (size_t)-1;
}

/* "Ghana negotiates a $2 billion loan with the Export-Import Bank of
   China", "is in talks with Peru about emergency supplies": the other side
   of talks about a purchase or a loan would supply the subject. */
static void talk_topic_supply(ctx *c, const group *src, const group *tgt, size_t tpos,
                              size_t tend)
{
    size_t top = (size_t)-1, e = span_end(c, tend, tgt);
    int i, j;
    if (src->n == 0 || tgt->n == 0 || !talk_verb_or_noun(c, tpos, tend))
        return;
    /* (its object: "negotiates a loan with") */
    if (tgt->m[0] >= 0 && c->ms.v[tgt->m[0]].a > tend)
        top = talk_topic_at(c, tend, 0);
    /* (its subject after a preposition: "talks with China on the purchase
       of", "negotiations with BrahMos for a similar system") */
    if (top == (size_t)-1 && e < c->se &&
        (eq(c, e, "on") || eq(c, e, "over") || eq(c, e, "about") || eq(c, e, "for") ||
         eq(c, e, "regarding")))
        top = talk_topic_at(c, e + 1, eq(c, e, "for") ? 2 : eq(c, e, "about") || eq(c, e, "on"));
    if (top == (size_t)-1)
        return;
    /* (not when the seller is named: "about buying guns from Rheinmetall") */
    for (i = (int)top + 1; (size_t)i < c->se && (size_t)i < top + 10; i++)
        if (eq(c, (size_t)i, "from") ||
            (punct(c, (size_t)i) && !(c->t.toks[i].flags & RM_TOK_HYPHEN) && !eq(c, (size_t)i, "-")))
            break;
    if ((size_t)i < c->se && eq(c, (size_t)i, "from"))
        return;
    for (i = 0; i < src->n; i++)
        for (j = 0; j < tgt->n; j++) {
            int se = entity_of(c, src->m[i], NULL, 0), te = entity_of(c, tgt->m[j], &se, 1);
            const char *cue;
            relmap_modality mod;
            if (se < 0 || te < 0 || se == te)
                continue;
            /* (an order may be either side's: "in talks with Saudi Arabia
               over a follow-on order" is Seoul selling; a firm and a state
               say who sells) */
            if (eq(c, top, "order") || eq(c, top, "orders")) {
                relmap_actor_type ts = ent(c, se)->type, tt = ent(c, te)->type;
                if (ts == tt)
                    continue;
                if (ts == RELMAP_ACTOR_ORGANIZATION) {
                    int x = se;
                    se = te;
                    te = x;
                }
            }
            mod = modality_for(c, tpos, tend, RELMAP_REL_SUPPLIES, te, se, &cue);
            if (mod < RELMAP_MOD_POTENTIAL) {
                mod = RELMAP_MOD_POTENTIAL;
                cue = span_text(c, tpos, tend);
            }
            if (add_event(c, te, se, RELMAP_REL_SUPPLIES, mod, NULL, top, top + 1, cue,
                          "talks-topic") < 0)
                c->failed = 1;
        }
}

/* After a form of "give" or "grant" at tpos, is what is given a right or
   a part ("a say", "a role", "a seat", "the green light"), not goods? */
static int abstract_gift(const ctx *c, size_t tpos, size_t tend)
{
    static const len_word give[] = {LW("give"),  LW("gives"),  LW("gave"),    LW("given"),
                                    LW("giving"), LW("grant"), LW("grants"),  LW("granted"),
                                    LW("granting")};
    static const len_word w[] = {LW("say"),      LW("role"),     LW("voice"),      LW("seat"),
                                 LW("veto"),     LW("mandate"),  LW("boost"),      LW("edge"),
                                 LW("chance"),   LW("platform"), LW("leverage"),   LW("priority"),
                                 LW("assurances"), LW("guarantees"), LW("green"),  LW("go-ahead"),
                                 LW("nod"),
                                 /* ("is giving Washington what it wants") */
                                 LW("what"),     LW("everything"), LW("anything"), LW("nothing"),
                                 LW("credit")};
    size_t k;
    if (!in_len_words(c, tpos, give, sizeof give / sizeof give[0]))
        return 0;
    for (k = tend; k < c->se && k < tend + 8; k++) {
        if (is(c, RM_C_GOODS, k) || (punct(c, k) && !(c->t.toks[k].flags & RM_TOK_HYPHEN)))
            return 0;
        if (in_len_words(c, k, w, sizeof w / sizeof w[0]))
            return 1;
    }
    return 0;
}

/* "transferred 26 jailed cartel suspects to the United States", "handed
   over prisoners": people in custody handed over are no supply (the
   object's head, within a few words of the verb). */
static int custody_transfer(const ctx *c, size_t tend)
{
    static const len_word cw[] = {LW("suspects"),  LW("suspect"),   LW("prisoners"), LW("prisoner"),
                                  LW("detainees"), LW("detainee"),  LW("deportees"), LW("fugitives"),
                                  LW("fugitive"),  LW("inmates"),   LW("convicts"),  LW("hostages"),
                                  LW("captives")};
    size_t k;
    for (k = tend; k < c->se && k < tend + 7; k++) {
        size_t n = c->t.toks[k].nfold;
        if (mention_at(c, k) >= 0 || is(c, RM_C_PREP, k) ||
            (punct(c, k) && !(c->t.toks[k].flags & RM_TOK_HYPHEN)))
            return 0;
        if (n < 7 || n > 9)
            continue;
        if (in_len_words(c, k, cw, sizeof cw / sizeof cw[0]))
            return 1;
        /* ("jailed drug cartel figures") */
        if (eq(c, k, "figures") && k > tend &&
            (eq(c, k - 1, "cartel") || eq(c, k - 1, "gang") || eq(c, k - 1, "mafia")))
            return 1;
    }
    return 0;
}

/* Is token k one of the n words w of a trigger's list, whose keys
   (rm_len_key) and bit set (rm_key_bit) the lexicon computed? The same as
   a string compare with each (str_ne): a key with a length byte is the
   whole word; a word of 8 bytes or more is compared once its key agrees. */
static inline int listed_word(const ctx *c, size_t k, const char (*w)[24],
                              const unsigned long long *key, int n, unsigned long long bits)
{
    unsigned long long tk = c->tkey[k];
    int x;
    if (!((bits >> rm_key_bit(tk)) & 1u))
        return 0;
    for (x = 0; x < n; x++)
        if (tk == key[x] && ((key[x] >> 56) != 0 || str_ne(F(c, k), w[x]) == 0))
            return 1;
    return 0;
}

static int try_trigger(ctx *c, const rm_trigger *tr, size_t tpos, size_t tend,
                       rm_form form)
{
    group src, tgt;
    int passive = form != RM_FORM_NOUN && is_passive(c, tpos, tend, form), purposed = 0;
    /* a noun takes a venue as its target only with an agent attached:
       "Pakistan carried out strikes inside Iran", "Russia's war in
       Ukraine" -- not "the war in Yemen" */
    if (tr->ncontext && !context_follows(c, tr, tend))
        return 0;
    if (tr->name_follows && (tend >= c->se || mention_at(c, tend) < 0))
        return 0;
    /* "did not comment on the exercise": talk about an event already
       named is no part in it */
    if (form == RM_FORM_NOUN && relmap_relation_is_symmetric(tr->relation) && tpos >= c->ss + 2 &&
        (eq(c, tpos - 1, "the") || eq(c, tpos - 1, "this")) &&
        (eq(c, tpos - 2, "on") || eq(c, tpos - 2, "about")) && tpos >= c->ss + 3 &&
        mention_at(c, tpos - 3) < 0 && !c->trig[tpos - 3 - c->ss] && !is(c, RM_C_LIGHT, tpos - 3))
        return 0;
    /* "expressed concern about the pact's nuclear dimension": a pact or
       tie named only as the owner of something is no event of the clause */
    if (form == RM_FORM_NOUN && relmap_relation_is_symmetric(tr->relation) && tend < c->se &&
        (c->t.toks[tend].flags & RM_TOK_POSS) && tpos > c->ss && eq(c, tpos - 1, "the"))
        return 0;
    /* "controls on chipmaking machine sales to China", "a ban on arms
       exports to Israel": a delivery named as what a curb stops is no
       delivery (the curb's own trigger reads the sentence) */
    if (form == RM_FORM_NOUN && tr->relation == RELMAP_REL_SUPPLIES && !tr->nafter) {
        size_t q = tpos;
        while (q > c->ss && tpos - q < 5 && mention_at(c, q - 1) < 0 &&
               ((c->t.toks[q - 1].flags & (RM_TOK_WORD | RM_TOK_CAP)) == RM_TOK_WORD ||
                (c->t.toks[q - 1].flags & RM_TOK_HYPHEN)) &&
               !is(c, RM_C_PREP, q - 1) && !is(c, RM_C_BE, q - 1) && !is(c, RM_C_AUX, q - 1) &&
               !is(c, RM_C_REL, q - 1) && !is(c, RM_C_COORD, q - 1))
            q--;
        if (q >= c->ss + 2 && eq(c, q - 1, "on") &&
            (eq(c, q - 2, "controls") || eq(c, q - 2, "curbs") || eq(c, q - 2, "restrictions") ||
             eq(c, q - 2, "ban") || eq(c, q - 2, "bans") || eq(c, q - 2, "limits") ||
             eq(c, q - 2, "embargo") || eq(c, q - 2, "moratorium") || eq(c, q - 2, "freeze") ||
             eq(c, q - 2, "halt") || eq(c, q - 2, "caps") || eq(c, q - 2, "cap")))
            return 0;
    }
    /* "gives Canberra a say over", "giving the group a military role": a
       right or a part given is no delivery */
    if (form != RM_FORM_NOUN && tr->relation == RELMAP_REL_SUPPLIES &&
        (abstract_gift(c, tpos, tend) || custody_transfer(c, tend)))
        return 0;
    c->licensed_at = (size_t)-1;
    if (tr->nafter) {
        size_t q;
        int ok = 0;
        for (q = tpos; q > c->ss && tpos - q < 4 && !ok && !punct(c, q - 1); q--)
            ok = listed_word(c, q - 1, tr->after, tr->after_key, tr->nafter, tr->after_bits);
        if (ok)
            c->licensed_at = q; /* (the loop stepped onto the word) */
        if (!ok) {
            /* ... or right before the noun's phrase: "secured a $1.2
               billion loan" */
            q = tpos;
            while (q > c->ss && tpos - q < 8 &&
                   ((plain_word(c, q - 1) && !is(c, RM_C_PREP, q - 1) && !is(c, RM_C_COORD, q - 1) &&
                     !is(c, RM_C_REL, q - 1) && !is(c, RM_C_BE, q - 1) && !is(c, RM_C_AUX, q - 1)) ||
                    (c->t.toks[q - 1].flags & RM_TOK_NUM) || is(c, RM_C_DET, q - 1) ||
                    currency(c, q - 1) ||
                    /* ("restricted ASML's exports") */
                    (c->t.toks[q - 1].flags & RM_TOK_POSS) ||
                    (mention_at(c, q - 1) >= 0 && c->ms.v[mention_at(c, q - 1)].poss)))
                q = mention_at(c, q - 1) >= 0 ? c->ms.v[mention_at(c, q - 1)].a : q - 1;
            if (q > c->ss && q < tpos)
                ok = listed_word(c, q - 1, tr->after, tr->after_key, tr->nafter, tr->after_bits);
            if (ok)
                c->licensed_at = q - 1;
        }
        if (!ok)
            return 0;
    }
    if (form == RM_FORM_NOUN && tr->relation == RELMAP_REL_MEETS)
        for (int gv = 0; gv < c->ngvenue; gv++)
            if (c->gvenue[gv] == tpos)
                return 0;
    if (tend < c->se && listed_word(c, tend, tr->unless_next, tr->unless_next_key,
                                    tr->nunless_next, tr->unless_next_bits))
        return 0;
    if (tr->nunless_prev && tpos > c->ss) {
        /* ("trade war", "tug of war": the word before, past an "of") */
        size_t pv = tpos - 1;
        if (eq(c, pv, "of") && pv > c->ss)
            pv--;
        /* (and past determiners: "voted against the agreement") */
        while (pv > c->ss && is(c, RM_C_DET, pv))
            pv--;
        if (listed_word(c, pv, tr->unless_prev, tr->unless_prev_key, tr->nunless_prev,
                        tr->unless_prev_bits)) {
            /* (unless the word ends a modality cue: "met them to
               discuss" is a purpose, "expected to discuss" a plan) */
            size_t q;
            for (q = 0; q < c->cues.n && c->cues.v[q].b != pv + 1; q++)
                ;
            if (q == c->cues.n || c->cues.v[q].a == pv)
                return 0;
        }
    }
    /* "agreed to hold further talks", "agreed to exchange revised
       proposals": agreeing to go on talking is no cooperation yet; "have
       concluded the sixth round of negotiations on a trade agreement":
       what is signed or concluded is the talks, not a deal */
    if (tr->relation == RELMAP_REL_COOPERATES_WITH && form != RM_FORM_NOUN) {
        size_t q, v = tend + 1;
        if (tend + 2 < c->se && eq(c, tend, "to") &&
            (str_ne(F(c, tpos), "agreed") == 0 || str_ne(F(c, tpos), "agree") == 0 ||
             str_ne(F(c, tpos), "agrees") == 0 || str_ne(F(c, tpos), "agreeing") == 0)) {
            if (eq(c, v, "meet") || eq(c, v, "talk") || eq(c, v, "discuss"))
                return 0;
            if (eq(c, v, "continue") || eq(c, v, "resume") || eq(c, v, "hold") ||
                eq(c, v, "exchange") || eq(c, v, "keep") || eq(c, v, "pursue"))
                for (q = v + 1; q < c->se && q < v + 5 && !punct(c, q) && mention_at(c, q) < 0; q++)
                    if (talk_word(c, q))
                        return 0;
        }
        for (q = tend; q < c->se && q < tend + 5; q++) {
            if (talk_word(c, q))
                return 0;
            if (deal_noun_at(c, q) || punct(c, q) || is(c, RM_C_PREP, q) || mention_at(c, q) >= 0)
                break;
        }
    }
    if (tr->nunless_clause && !tr->unless_org && word_in_clause(c, tr, tpos)) {
        /* "relations between X and Y have soured": no tie, but X and Y
           are "the two governments" of what follows */
        group pb;
        if (find_prep(c, tend, "between", &pb) && pb.n >= 2)
            remember_parties(c, &pb, &pb);
        return 0;
    }
    /* "Japan's rare earths come from China": goods right before the verb
       (not "Russia's threat comes from NATO") */
    if (tr->relation == RELMAP_REL_SUPPLIES && form != RM_FORM_NOUN && tr->ntarget > 0 &&
        tr->target[0].kind == RM_ROLE_POSSESSOR) {
        size_t g = tpos;
        while (g > c->ss && tpos - g < 3 && (is(c, RM_C_ADVERB, g - 1) || ends_in(c, g - 1, "ly", 3)))
            g--;
        if (!(g > c->ss && is(c, RM_C_GOODS, g - 1)))
            return 0;
    }
    /* "rejected a meeting with", "rejects any talks": refusing an event
       is not denying a claim (the negation is the cue's) */
    if (tr->relation == RELMAP_REL_DENIES && form != RM_FORM_NOUN && refused_event(c, tend))
        return 0;
    c->verb_trigger = form != RM_FORM_NOUN;
    c->cur_rel = tr->relation;
    c->cur_party = tr->party_target;
    /* (a noun's light verb, used again below: binding changes nothing it reads) */
    size_t lvb = form == RM_FORM_NOUN ? light_verb_before(c, tpos) : (size_t)-1;
    c->venue_ok = form != RM_FORM_NOUN || lvb != (size_t)-1 ||
                  /* ("Putin is due in Beijing": a predicate) */
                  (tpos > c->ss && is(c, RM_C_BE, tpos - 1)) ||
                  (tpos > c->ss && (c->t.toks[tpos - 1].flags & RM_TOK_POSS)) ||
                  (tpos > c->ss + 1 && (c->t.toks[tpos - 2].flags & RM_TOK_POSS));
    int k, found_t = 0, found_s = 0;
    const char *item = NULL;
    src.n = tgt.n = 0;
    c->between_found = 0;
    for (k = 0; k < tr->ntarget && !found_t; k++)
        if (tr->target[k].kind != RM_ROLE_CLAIMANT)
            found_t = bind(c, &tr->target[k], tpos, tend, passive, NULL, &tgt);
    if (!found_t && form != RM_FORM_NOUN && !passive && tr->ntarget > 0 &&
        tr->target[0].kind == RM_ROLE_OBJECT)
        found_t = relative_gap(c, tpos, &tgt);
    c->described = 0;
    for (k = 0; k < tr->nsource && !found_s; k++) {
        if (tr->source[k].kind == RM_ROLE_CLAIMANT)
            continue;
        found_s = bind(c, &tr->source[k], tpos, tend, passive, found_t ? &tgt : NULL, &src);
        /* (and "South Korea, Indonesia's partner in the programme, was not
           mentioned": what an apposition describes is the narrator's) */
        if (found_s && form == RM_FORM_NOUN &&
            ((tr->relation == RELMAP_REL_PART_OF && tr->source[k].kind == RM_ROLE_OBJECT) ||
             tr->source[k].kind == RM_ROLE_APPOS)) {
            /* (not a relative clause: "Norway, which is not a member of
               the EU") */
            size_t q, from = tpos;
            for (int s = 0; s < src.n; s++)
                if (src.m[s] >= 0 && c->ms.v[src.m[s]].b < from)
                    from = c->ms.v[src.m[s]].b;
            for (q = from; q < tpos && !is(c, RM_C_REL, q) && !is(c, RM_C_BE, q); q++)
                ;
            if (q == tpos)
                c->described = tpos + 1;
        }
    }
    if (form == RM_FORM_NOUN) {
        size_t lv = lvb;
        group lsub;
        lsub.n = 0;
        /* "Russia rejected any talks with Ukraine": who refuses an event
           is its party (the cue says it is refused) */
        if (lv == (size_t)-1 && (tr->relation == RELMAP_REL_MEETS ||
                                 tr->relation == RELMAP_REL_COOPERATES_WITH ||
                                 tr->relation == RELMAP_REL_SUPPLIES)) {
            size_t v = tpos;
            while (v > c->ss && tpos - v < 3 && (is(c, RM_C_DET, v - 1) || is(c, RM_C_ADJ, v - 1)))
                v--;
            if (v < tpos && v > c->ss && c->trig[v - 1 - c->ss] && judging_verb(c, v - 1) &&
                has_relation(c, v - 1, RELMAP_REL_DENIES))
                lv = v - 1;
        }
        if (lv != (size_t)-1 && find_subject(c, lv, &lsub) && lsub.n > 0) {
            int premod = found_s && src.n > 0 && src.m[src.n - 1] >= 0 &&
                         c->ms.v[src.m[src.n - 1]].b + 3 >= tpos &&
                         c->ms.v[src.m[src.n - 1]].a > lv;
            if (premod && found_t) {
                /* "refused to join Western sanctions on Russia": the
                   joiner's own claim, with the verb's modality, beside the
                   premodifier's presupposed one */
                c->no_presuppose = 1;
                emit_pairs(c, tr, &lsub, &tgt, tpos, tend, NULL, tr->name);
                c->no_presuppose = 0;
            } else if (!premod) {
                src = lsub;
                found_s = 1;
            }
        }
    }
    /* "Kyiv urged Berlin to deliver Taurus missiles": with no recipient
       named, who asks for the goods is to receive them */
    if (tr->relation == RELMAP_REL_SUPPLIES && form != RM_FORM_NOUN && !passive && found_s &&
        !found_t && src.n == 1 && src.m[0] >= 0 && tpos >= c->ss + 3 && eq(c, tpos - 1, "to") &&
        c->ms.v[src.m[0]].b == tpos - 1) {
        size_t v = c->ms.v[src.m[0]].a;
        while (v > c->ss && is(c, RM_C_DET, v - 1))
            v--;
        /* (the asking verb: "urged", "asked", "wants", "called on", "pressed") */
        static const len_word askw[] = {LW("urged"),   LW("urges"),   LW("urging"),   LW("asked"),
                                        LW("asks"),    LW("asking"),  LW("wants"),    LW("wanted"),
                                        LW("want"),    LW("pressed"), LW("presses"),  LW("pressing"),
                                        LW("pushing"), LW("pushed"),  LW("implored"), LW("begged"),
                                        LW("appealed")};
        size_t vv = (size_t)-1;
        if (v > c->ss && eq(c, v - 1, "on") && v - 1 > c->ss &&
            (eq(c, v - 2, "called") || eq(c, v - 2, "calls") || eq(c, v - 2, "calling")))
            vv = v - 2;
        else if (v > c->ss && in_len_words(c, v - 1, askw, sizeof askw / sizeof askw[0]))
            vv = v - 1;
        group asker;
        asker.n = 0;
        if (vv != (size_t)-1 && find_subject(c, vv, &asker) && asker.n == 1 && asker.m[0] >= 0 &&
            c->ms.v[asker.m[0]].entity != c->ms.v[src.m[0]].entity) {
            tgt = asker;
            found_t = 1;
        }
    }
    /* "Kenya has deployed 750 police officers to Haiti, and Guatemala and
       Jamaica have sent smaller contingents": a coordinated clause's
       supply with no recipient goes where the first one's went */
    if (tr->relation == RELMAP_REL_SUPPLIES && form != RM_FORM_NOUN && !passive && found_s &&
        !found_t && c->doc->events.n > 0) {
        const relmap_event *le = &c->doc->events.v[c->doc->events.n - 1];
        size_t q, sent_start = c->t.toks[c->ss].start;
        int coord = 0;
        for (q = tpos; q-- > c->ss + 1;) {
            if (c->t.toks[q].start < le->start)
                break;
            if ((eq(c, q, "and") && eq(c, q - 1, ",")) || eq(c, q, "while") || eq(c, q, "whereas")) {
                coord = 1;
                break;
            }
        }
        int t0 = entity_of_actor(c, le->target);
        if (coord && le->start == sent_start && le->relation == RELMAP_REL_SUPPLIES && t0 >= 0 &&
            le->modality == RELMAP_MOD_ASSERTED) {
            int clash = 0;
            for (int x = 0; x < src.n; x++)
                clash |= src.m[x] >= 0 && c->ms.v[src.m[x]].entity == t0;
            if (!clash) {
                tgt.n = 1;
                tgt.m[0] = -(t0 + 2);
                found_t = 1;
            }
        }
    }
    /* "Iran joined BRICS last year along with Egypt and Ethiopia", "Britain,
       together with France, imposed sanctions": those named along with the
       subject do the same */
    if (form != RM_FORM_NOUN && !passive && found_s && found_t && src.n > 0) {
        size_t q;
        if (c->along_with == (size_t)-2) { /* (looked for once a sentence) */
            c->along_with = (size_t)-1;
            for (q = c->ss; q + 2 < c->se && c->along_with == (size_t)-1; q++)
                if ((eq(c, q, "along") || eq(c, q, "together")) && eq(c, q + 1, "with"))
                    c->along_with = q;
        }
        q = c->along_with;
        if (q != (size_t)-1 && clause_of(c, q) == clause_of(c, tpos)) {
            size_t r = q + 2;
            while (r < c->se && src.n < MAX_GROUP) {
                int mi;
                if (is(c, RM_C_DET, r) || eq(c, r, ",") || eq(c, r, "and")) {
                    r++;
                    continue;
                }
                mi = mention_at(c, r);
                if (mi < 0 || !usable(&c->ms.v[mi]) || c->ms.v[mi].poss)
                    break;
                int dup = 0;
                for (int x = 0; x < src.n; x++)
                    dup |= src.m[x] >= 0 && c->ms.v[src.m[x]].entity == c->ms.v[mi].entity;
                for (int x = 0; x < tgt.n; x++)
                    dup |= tgt.m[x] >= 0 && c->ms.v[tgt.m[x]].entity == c->ms.v[mi].entity;
                if (!dup)
                    src.m[src.n++] = mi;
                r = c->ms.v[mi].b;
            }
        }
    }
    /* "Israel killed Hezbollah commander Fuad Shukr in a strike on
       Beirut": the means of the clause's deed is its subject's, not the
       victim's before it */
    if (form == RM_FORM_NOUN && tr->relation == RELMAP_REL_ATTACKS && found_s && tpos >= c->ss + 3 &&
        eq(c, tpos - 2, "in") && (eq(c, tpos - 1, "a") || eq(c, tpos - 1, "an"))) {
        group cs;
        cs.n = 0;
        if (clause_subject(c, tpos - 2, &cs) && cs.n > 0) {
            int same = 0;
            for (int x = 0; x < src.n; x++)
                for (int y = 0; y < cs.n; y++)
                    same |= src.m[x] == cs.m[y];
            if (!same)
                src = cs;
        }
    }
    if (passive && !found_s && found_t && tr->relation == RELMAP_REL_SUPPLIES &&
        (forces_only(c, &tgt) ||
         (tgt.n == 1 && tgt.m[0] >= 0 && poss_goods_subject(c, tgt.m[0], tpos)))) {
        /* "North Korean troops have been deployed to Russia's Kursk region":
           with no agent, a country's own forces or goods came from it */
        /* (and "Baykar's drones have been sold to Poland": the owner of
           the goods the clause opens with, taken for the recipient) */
        group to;
        to.n = 0;
        if (find_prep(c, tend, "to", &to) && to.n > 0) {
            src = tgt;
            tgt = to;
            found_s = 1;
        }
    }
    /* "two British minehunters donated to Ukraine", "American weapons
       supplied to Kyiv": with no agent, goods named by a demonym right
       before the participle came from its country */
    size_t goods_np = (size_t)-1;
    if (!found_s && found_t && tr->relation == RELMAP_REL_SUPPLIES && form != RM_FORM_NOUN &&
        tpos > c->ss + 1 && (ends_in(c, tpos, "ed", 3) || eq(c, tpos, "sold") || eq(c, tpos, "sent") ||
                             eq(c, tpos, "given") || eq(c, tpos, "lent"))) {
        size_t q = tpos;
        while (q > c->ss && tpos - q < 3 && is(c, RM_C_GOODS, q - 1) && mention_at(c, q - 1) < 0)
            q--;
        if (q < tpos && q > c->ss && mention_at(c, q - 1) >= 0) {
            const mention *dm = &c->ms.v[mention_at(c, q - 1)];
            if (dm->kind == RM_ALIAS_DEMONYM && dm->entity >= 0 && dm->b == q &&
                ent(c, dm->entity)->type == RELMAP_ACTOR_COUNTRY) {
                src.n = 1;
                src.m[0] = -(dm->entity + 2);
                found_s = 1;
                goods_np = dm->a;
            }
        }
    }
    /* "no seafood from Japan has been shipped to China": with no agent,
       the goods' origin in the subject supplies them */
    int no_subject = 0;
    if (passive && !found_s && found_t && tr->relation == RELMAP_REL_SUPPLIES) {
        size_t q = tpos;
        while (q > c->ss && tpos - q < 12 && !punct(c, q - 1) && !is(c, RM_C_REL, q - 1) &&
               !(c->trig[q - 1 - c->ss] && !is(c, RM_C_GOODS, q - 1) && !is_noun_trigger(c, q - 1))) {
            int mi = mention_at(c, q - 1);
            /* ("Baykar's drones have been sold to 30 countries, including
               Poland": the owner of the goods the clause opens with) */
            if (mi >= 0 && poss_goods_subject(c, mi, tpos)) {
                get_group(c, mi, &src);
                found_s = src.n > 0;
                break;
            }
            if (mi >= 0 && str_ne(c->ms.v[mi].prep, "from") == 0 && usable(&c->ms.v[mi])) {
                size_t k2;
                get_group(c, mi, &src);
                found_s = src.n > 0;
                /* ("No seafood from Japan has been shipped": none was) */
                for (k2 = c->ms.v[mi].a; k2 > c->ss && c->ms.v[mi].a - k2 < 5; k2--)
                    if (eq(c, k2 - 1, "no")) {
                        no_subject = 1;
                        break;
                    }
                break;
            }
            q = mi >= 0 ? c->ms.v[mi].a : q - 1;
        }
    }
    /* "US-China trade talks", "the Saudi-US defence pact": two names
       joined by a hyphen right before a noun of talks or ties are its
       parties (not "... pact leaves normalisation with Israel") */
    if (found_s && form == RM_FORM_NOUN && relmap_relation_is_symmetric(tr->relation) &&
        src.n == 1 && src.m[0] >= 0) {
        const mention *sm = &c->ms.v[src.m[0]];
        int pm = sm->a >= c->ss + 2 ? mention_at(c, sm->a - 2) : -1;
        if (pm >= 0 && (c->t.toks[sm->a - 1].flags & RM_TOK_HYPHEN) &&
            c->ms.v[pm].b == sm->a - 1 && c->ms.v[pm].use == M_MOD &&
            c->ms.v[pm].entity >= 0 && c->ms.v[pm].entity != sm->entity && sm->b <= tpos &&
            tpos <= sm->b + 3) {
            tgt.n = 1;
            tgt.m[0] = pm;
            found_t = 1;
        }
    }
    if (form == RM_FORM_NOUN && tr->relation == RELMAP_REL_SANCTIONS &&
        (!found_t || (found_s && src.n == 1 && src.m[0] >= 0 &&
                      str_ne(c->ms.v[src.m[0]].prep, "from") == 0))) {
        /* ("duties on brandy from the EU": the origin of the goods, which
           the source's "from" took; the measure's maker is then on the left) */
        group og;
        og.n = 0;
        if (!found_t && sanctioned_subject(c, tpos, &tgt))
            found_t = 1;
        else if (goods_origin(c, tend, &og) && og.n > 0 &&
                 (!found_t || (og.n == 1 && og.m[0] == src.m[0]))) {
            found_t = 1;
            tgt = og;
        }
        if (found_t && found_s && src.n == 1 && tgt.n == 1 && tgt.m[0] == src.m[0] &&
            src.m[0] >= 0 && str_ne(c->ms.v[src.m[0]].prep, "from") == 0) {
            found_s = 0;
            src.n = 0;
            for (k = 0; k < tr->nsource && !found_s; k++)
                if (tr->source[k].kind == RM_ROLE_LEFT)
                    found_s = bind(c, &tr->source[k], tpos, tend, passive, &tgt, &src);
        }
    }
    if (found_s && !found_t && form != RM_FORM_NOUN && tr->relation == RELMAP_REL_SUPPLIES &&
        tr->item)
        found_t = purposed = purpose_beneficiary(c, tend, &tgt);
    if (found_s && !found_t && form != RM_FORM_NOUN && tr->relation == RELMAP_REL_SUPPLIES &&
        tr->item && src.n > 0 && src.m[0] >= 0) {
        size_t sa = c->ms.v[src.m[0]].a;
        for (k = 1; k < src.n; k++)
            if (src.m[k] >= 0 && c->ms.v[src.m[k]].a < sa)
                sa = c->ms.v[src.m[k]].a;
        found_t = purposed = gapped_target(c, sa, &tgt);
        if (!found_t)
            found_t = purposed = shared_recipient(c, &src, tpos, &tgt);
        if (!found_t)
            found_t = purposed = later_recipient(c, tend, &tgt);
    }
    /* "The IMF disbursed about $1 billion in December", in an article about
       Pakistan: a lender's money, no recipient named, goes to the country
       the article is about */
    if (found_s && !found_t && tr->relation == RELMAP_REL_SUPPLIES && tr->item && src.n == 1 &&
        src.m[0] >= 0 && c->ms.v[src.m[0]].use == M_STRONG &&
        lender(c, c->ms.v[src.m[0]].entity) && money_follows(c, form == RM_FORM_NOUN ? tpos : tend))
        found_t = purposed = one_entity(topic_country(c), &tgt);
    if (found_s && !found_t) {
        /* claimant and attacker need the source first */
        for (k = 0; k < tr->ntarget && !found_t; k++)
            if (tr->target[k].kind == RM_ROLE_CLAIMANT)
                found_t = find_claimant(c, tend, &src, &tgt);
            else if (tr->target[k].kind == RM_ROLE_ATTACKER)
                found_t = find_attacker(c, &src, &tgt);
    }
    if (found_t && tgt.n >= 2 &&
        (c->between_found ||
         (tgt.m[0] >= 0 && str_ne(c->ms.v[tgt.m[0]].prep, "between") == 0))) {
        /* "fighting between X and Y": each against the other */
        int n = emit_each_other(c, tr, &tgt, tpos, tend, item);
        if (n && tr->relation == RELMAP_REL_MEETS)
            remember_parties(c, &tgt, &tgt);
        else if (n && tr->relation == RELMAP_REL_COOPERATES_WITH && form == RM_FORM_NOUN)
            remember_sym(c, &tgt, &tgt); /* (a deal "brokered by" joins them) */
        /* "Qatar mediated between Israel and Hamas": the mediator takes
           part too */
        if (n && tr->relation == RELMAP_REL_MEETS && found_s && form != RM_FORM_NOUN &&
            !tr->symmetric_group)
            n += emit_pairs(c, tr, &src, &tgt, tpos, tend, NULL, tr->name);
        return n;
    }
    if (!found_s && !found_t && form == RM_FORM_NOUN &&
        (tr->relation == RELMAP_REL_COOPERATES_WITH || tr->relation == RELMAP_REL_SUPPLIES))
        return negated_outcome(c, tr, tpos, tend);
    if (!found_s)
        return 0;
    if (tr->relation == RELMAP_REL_SUPPLIES && form != RM_FORM_NOUN && tend + 1 < c->se &&
        eq(c, tend, "to") && c->trig[tend + 1 - c->ss] && !is_noun_only(c, tend + 1))
        return 0; /* "pledged to send tanks": the verb after "to" says what */
    if (tr->person_source && !persons_only(c, &src) && !(found_t && state_travels(c, &src, &tgt, tend)))
        return 0;
    if (tr->party_target && found_t) {
        /* "hosting Russian troops" is no meeting: keep only the parties */
        int i, n = 0;
        for (i = 0; i < tgt.n; i++) {
            group one;
            one.n = 1;
            one.m[0] = tgt.m[i];
            if (tgt.m[i] < 0 || !forces_only(c, &one))
                tgt.m[n++] = tgt.m[i];
        }
        if (n == 0)
            return 0;
        tgt.n = n;
    }
    /* "Lithuania and Poland coordinated their response": what the pair
       does together, each with the other */
    if (found_t && tr->symmetric_group && tr->relation == RELMAP_REL_COOPERATES_WITH && src.n >= 2 &&
        tend < c->se && eq(c, tend, "their")) {
        found_t = 0;
        tgt.n = 0;
    }
    if (found_t && object_pronoun_of_subject(c, &src, &tgt))
        return 0; /* "Russia and China have endorsed them": not themselves */
    if (tr->plural_source && src.n < 2)
        return 0;
    for (k = 0; tr->plural_source && k < tgt.n; k++)
        if (tgt.m[k] < 0 || c->ms.v[tgt.m[k]].use == M_ANAPH || c->ms.v[tgt.m[k]].a < tend)
            return 0; /* ("formed their own confederation": not "their") */
    if (tr->person_target && found_t) {
        int i;
        if (!persons_only(c, &tgt))
            return 0;
        for (i = 0; i < tgt.n; i++)
            if (c->ms.v[tgt.m[i]].poss) {
                /* "Putin's remarks" is no guest; "Qatar's foreign minister" is */
                size_t q = c->ms.v[tgt.m[i]].b;
                while (q < c->se && (c->t.toks[q].flags & RM_TOK_POSS))
                    q++;
                if (q < c->se && plain_word(c, q) && !is(c, RM_C_ROLE, q) &&
                    !is(c, RM_C_ENVOY, q) && q + 1 < c->se)
                    q++;
                if (q >= c->se || !(is(c, RM_C_ROLE, q) || is(c, RM_C_ENVOY, q)))
                    return 0;
            }
    }
    if (tr->forces_source && (!found_s || !forces_only(c, &src)))
        return 0; /* "officials arrived in Moscow" is a visit, not troops */
    if (tr->unless_org && found_s && found_t && word_in_clause(c, tr, tpos)) {
        int x, org = 0;
        for (x = 0; x < src.n && !org; x++) {
            int e = entity_of(c, src.m[x], NULL, 0);
            org = e >= 0 && ent(c, e)->type == RELMAP_ACTOR_ORGANIZATION;
        }
        for (x = 0; x < tgt.n && !org; x++) {
            int e = entity_of(c, tgt.m[x], NULL, 0);
            org = e >= 0 && ent(c, e)->type == RELMAP_ACTOR_ORGANIZATION;
        }
        if (org)
            return 0;
    }
    if (tr->seller_org && found_s && found_t) {
        /* (a contract's two parties: the company sells; between two
           states, or two companies, who sells is not said) */
        int es = entity_of(c, src.m[0], NULL, 0), et = entity_of(c, tgt.m[0], NULL, 0);
        int os = es >= 0 && ent(c, es)->type == RELMAP_ACTOR_ORGANIZATION;
        int ot = et >= 0 && ent(c, et)->type == RELMAP_ACTOR_ORGANIZATION;
        if (os == ot)
            return 0;
        if (ot) {
            group sw = src;
            src = tgt;
            tgt = sw;
        }
    }
    if (tr->person_source && multilateral_after(c, tend))
        return 0; /* "travel to Kazan for a summit of the BRICS group" */
    if (tr->person_source && found_t) {
        /* one travels to and from countries, not organisations ("departed
           from the EU line") */
        int i, n = 0;
        for (i = 0; i < tgt.n; i++)
            if (tgt.m[i] >= 0 &&
                ent(c, c->ms.v[tgt.m[i]].entity)->type == RELMAP_ACTOR_COUNTRY)
                tgt.m[n++] = tgt.m[i];
        if (n == 0)
            return 0;
        tgt.n = n;
    }
    if (tr->relation == RELMAP_REL_SUPPLIES && form != RM_FORM_NOUN) {
        /* "sent Russia a message", "sent a letter to Kim": words, not goods */
        size_t q = tend;
        while (q < c->se && q < tend + 6 &&
               (is(c, RM_C_DET, q) || mention_at(c, q) >= 0 || is(c, RM_C_ADJ, q) ||
                (c->t.toks[q].flags & RM_TOK_POSS) ||
                (plain_word(c, q) && !is(c, RM_C_GOODS, q) && !is(c, RM_C_MESSAGE, q) &&
                 !is(c, RM_C_PREP, q))))
            q = mention_at(c, q) >= 0 ? c->ms.v[mention_at(c, q)].b : q + 1;
        if (q < c->se && is(c, RM_C_MESSAGE, q))
            return 0;
    }
    if (tr->item)
        /* (past the object, whichever role it fills: "asked China for a
           loan") */
        item = find_item(c, tpos, tend, form,
                         found_s && tr->nsource > 0 && tr->source[0].kind == RM_ROLE_OBJECT
                             ? &src
                             : found_t && !purposed ? &tgt : NULL);
    if (tr->item_goods && !goods_item(c, item))
        return 0; /* "moved closer to Washington" is no shipment */
    if (item && tr->relation == RELMAP_REL_SUPPLIES && is_envoy(c, item)) {
        /* "sent its negotiators to Cairo" is talks, not a supply */
        rm_trigger t2 = *tr;
        t2.relation = RELMAP_REL_MEETS;
        t2.item = 0;
        return found_t ? emit_pairs(c, &t2, &src, &tgt, tpos, tend, NULL, "envoy-meets") : 0;
    }
    if (!found_t && tr->relation == RELMAP_REL_MEETS && c->nsym > 0 && src.n > 0 &&
        !tr->person_target) {
        /* "a meeting hosted by Russia": the host joins the talks already
           found in this sentence, with their modality */
        int i, n = 0, se = entity_of(c, src.m[0], NULL, 0);
        size_t e2;
        for (e2 = c->sent_first; e2 < c->doc->events.n; e2++)
            if (c->doc->events.v[e2].relation == RELMAP_REL_MEETS) {
                c->floor_mod = c->doc->events.v[e2].modality;
                c->floor_cue = c->doc->events.v[e2].cue;
                break;
            }
        for (i = 0; i < c->nsym; i++) {
            group a, b;
            int si;
            for (si = 0; si < src.n; si++) {
                /* (every host: "brokered by the United States and France") */
                if (src.m[si] < 0 ||
                    c->sym[i] == (si == 0 ? se : entity_of(c, src.m[si], NULL, 0)))
                    continue;
                a.n = b.n = 1;
                a.m[0] = src.m[si];
                b.m[0] = -(c->sym[i] + 2);
                n += emit_pairs(c, tr, &a, &b, tpos, tend, item, tr->name);
            }
        }
        c->floor_mod = RELMAP_MOD_ASSERTED;
        c->floor_cue = NULL;
        if (n)
            return n;
    }
    if (!found_t && found_s && src.n >= 2 && tr->relation != RELMAP_REL_SUPPLIES &&
        /* (a trigger with an object or a "with"/"against" partner; not
           "compete without fighting each other" for fighting alongside) */
        tr->ntarget > 0 &&
        (tr->target[0].kind == RM_ROLE_OBJECT ||
         (tr->target[0].kind == RM_ROLE_PREP &&
          (str_ne(tr->target[0].prep, "with") == 0 || str_ne(tr->target[0].prep, "against") == 0 ||
           str_ne(tr->target[0].prep, "on") == 0 || str_ne(tr->target[0].prep, "to") == 0))) &&
        reciprocal_after(c, tend)) {
        /* "X and Y agreed not to use force against each other": each
           against the other */
        int n = emit_each_other(c, tr, &src, tpos, tend, NULL);
        if (n)
            return n;
    }
    /* "have agreed to finalize a trade agreement": the agreement is to
       come */
    int deal_ahead = 0;
    if (form != RM_FORM_NOUN && tend + 2 < c->se && eq(c, tend, "to") &&
        tr->relation == RELMAP_REL_COOPERATES_WITH &&
        (is(c, RM_C_TREATYV, tend + 1) || eq(c, tend + 1, "negotiate") ||
         eq(c, tend + 1, "reach"))) {
        size_t q;
        /* (a deal itself: "agreed to hold exercises" is the agreement) */
        for (q = tend + 2; q < c->se && q < tend + 9 && !punct(c, q) && !deal_ahead; q++)
            deal_ahead = deal_noun_at(c, q);
    }
    if (deal_ahead && c->floor_mod < RELMAP_MOD_POTENTIAL) {
        c->floor_mod = RELMAP_MOD_POTENTIAL;
        c->floor_cue = "agreed to";
    } else
        deal_ahead = 0;
    if (!found_t) {
        /* "X and Y signed a pact with Z": the noun carries the relation */
        int noun_follows = 0;
        size_t q;
        for (q = tend; form != RM_FORM_NOUN && q < c->se && q < tend + 5; q++) {
            rm_hit h[4];
            size_t nh = c->trig[q - c->ss] ? triggers_at(c, q, h) : 0, x;
            for (x = 0; x < nh; x++)
                if (h[x].form == RM_FORM_NOUN &&
                    rm_lex_trigger(c->lx, h[x].value)->relation == tr->relation)
                    noun_follows = 1;
        }
        /* "Leaders from A, B and C attended the summit": being at the same
           event is not meeting each other; holding it together is */
        if (form == RM_FORM_NOUN && tpos > c->ss) {
            size_t q2;
            for (q2 = tpos; q2-- > c->ss && tpos - q2 <= 4;) {
                if (is(c, RM_C_ATTEND, q2)) {
                    noun_follows = 1; /* (no pairing) */
                    break;
                }
                if (mention_at(c, q2) >= 0 || punct(c, q2))
                    break;
            }
        }
        /* ("met Egyptian and Qatari mediators to discuss a truce": the
           mediators are no parties to it) */
        /* ("have all called for an immediate ceasefire", "urged a
           truce", "brokered a deal": who asks for or brokers a deal is
           no party to it) */
        if (form == RM_FORM_NOUN && tpos > c->ss) {
            static const len_word callw[] = {
                LW("for"),      LW("urged"),   LW("urge"),     LW("urges"),    LW("urging"),
                LW("demanded"), LW("demand"),  LW("demands"),  LW("welcomed"), LW("welcome"),
                LW("welcomes"), LW("brokered"), LW("broker"),  LW("brokers"),  LW("mediated"),
                LW("mediate"),  LW("mediates"), LW("proposed"), LW("propose"), LW("proposes"),
                LW("backed"),   LW("supported"), LW("supports")};
            size_t pv = tpos;
            while (pv > c->ss && tpos - pv < 5 &&
                   (is(c, RM_C_DET, pv - 1) || is(c, RM_C_ADJ, pv - 1) ||
                    (c->t.toks[pv - 1].flags & RM_TOK_HYPHEN) ||
                    (plain_word(c, pv - 1) && !is(c, RM_C_PREP, pv - 1) && mention_at(c, pv - 1) < 0)))
                pv--;
            if (pv > c->ss && in_len_words(c, pv - 1, callw, sizeof callw / sizeof callw[0]))
                noun_follows = 1;
        }
        for (int qm = 0; qm < src.n && !noun_follows && form == RM_FORM_NOUN; qm++)
            if (src.m[qm] >= 0 && c->ms.v[src.m[qm]].b > c->ss &&
                mediation_word(c, c->ms.v[src.m[qm]].b - 1))
                noun_follows = 1;
        if (tr->symmetric_group && src.n >= 2 && !noun_follows) {
            /* (symmetric_group triggers have symmetric relations: each pair once) */
            int n = emit_each_other(c, tr, &src, tpos, tend, item);
            if (deal_ahead) {
                c->floor_mod = RELMAP_MOD_ASSERTED;
                c->floor_cue = NULL;
            }
            if (n && tr->relation == RELMAP_REL_MEETS)
                remember_parties(c, &src, &src);
            return n;
        }
        if (deal_ahead) {
            c->floor_mod = RELMAP_MOD_ASSERTED;
            c->floor_cue = NULL;
        }
        return 0;
    }
    if (no_subject) {
        c->floor_mod = RELMAP_MOD_NEGATED;
        c->floor_cue = "no";
    }
    c->goods_np = goods_np;
    k = emit_pairs(c, tr, &src, &tgt, tpos, tend, item, tr->name);
    c->goods_np = (size_t)-1;
    if (no_subject || deal_ahead) {
        c->floor_mod = RELMAP_MOD_ASSERTED;
        c->floor_cue = NULL;
    }
    if (k > 0 && tr->symmetric_group && !relmap_relation_is_symmetric(tr->relation))
        k += emit_pairs(c, tr, &tgt, &src, tpos, tend, item, tr->name); /* "exchanged fire with" */
    if (k > 0 && form != RM_FORM_NOUN && tr->relation != RELMAP_REL_COOPERATES_WITH &&
        deal_governs(c, tpos)) {
        /* "signed an accord to supply Gondor with wheat": the accord is
           between the two */
        rm_trigger t2 = *tr;
        t2.relation = RELMAP_REL_COOPERATES_WITH;
        t2.item = 0;
        emit_pairs(c, &t2, &src, &tgt, tpos, tend, NULL, "deal-to");
    }
    if ((k > 0 || (found_s && found_t && src.n > 0 && tgt.n > 0)) &&
        tr->relation == RELMAP_REL_RELIES_ON) { /* (also when the reliance was already known) */
        /* "relies on China for 60 percent of its rare earths", "relied on
           Azerbaijani gas": the one relied on for goods supplies them */
        size_t gs = goods_after_for(c, &tgt);
        /* "dependent on gas from Gazprom" */
        if (!gs && tgt.n > 0 && tgt.m[0] >= 0 && str_ne(c->ms.v[tgt.m[0]].prep, "from") == 0) {
            size_t q;
            for (q = tend; q < c->ms.v[tgt.m[0]].a && !gs; q++)
                if (is(c, RM_C_GOODS, q) && !eq(c, q, "exports") && !eq(c, q, "export"))
                    gs = q + 1;
        }
        /* (not when the word has its own supply reading: "asked China
           for a loan" is a request, a supply to come) */
        if (gs && !has_relation(c, tpos, RELMAP_REL_SUPPLIES)) {
            rm_trigger t2 = *tr;
            t2.relation = RELMAP_REL_SUPPLIES;
            t2.item = 1;
            emit_pairs(c, &t2, &tgt, &src, tpos, tend,
                       make_item(c, gs - 1, np_end(c, gs - 1, c->se)), "rely-for-goods");
        }
    }
    if (k > 0 && tr->party_target && tr->relation == RELMAP_REL_MEETS && tgt.n >= 2 &&
        form != RM_FORM_NOUN && !c->between_found) {
        /* "to host Congolese and Rwandan foreign ministers": the guests
           meet each other */
        k += emit_each_other(c, tr, &tgt, tpos, tend, NULL);
    }
    if (k > 0 && tr->relation == RELMAP_REL_MEETS && tr->symmetric_group && src.n >= 2) {
        /* "Egypt's and Somalia's presidents met Eritrea's": one meeting of
           all three (but "Egyptian and Qatari mediators met a Hamas
           delegation": mediators are one side of the talks) */
        int side = 0;
        for (int q = 0; q < src.n; q++)
            if (src.m[q] >= 0 && c->ms.v[src.m[q]].b > c->ss &&
                mediation_word(c, c->ms.v[src.m[q]].b - 1))
                side = 1;
        if (!side)
            k += emit_each_other(c, tr, &src, tpos, tend, NULL);
    }
    if (k > 0) {
        close_cues(c, tpos, span_end(c, tend, &tgt));
        if (tr->relation == RELMAP_REL_MEETS) { /* the parties of talks */
            remember_parties(c, &src, &tgt);
            talk_topic_supply(c, &src, &tgt, tpos, tend);
        } else if (tr->relation == RELMAP_REL_COOPERATES_WITH && form == RM_FORM_NOUN)
            remember_sym(c, &src, &tgt); /* (or of a deal "brokered by") */
    }
    return k;
}

/* "the Myanmar National Democratic Alliance Army": a capitalised word
   inside a longer name (the next word capitalised too, not at the start of
   the sentence) names something; it states no relation. */
static int inside_name(const ctx *c, size_t i)
{
    return i > c->ss && i + 1 < c->se && (c->t.toks[i].flags & RM_TOK_CAP) &&
           (((c->t.toks[i + 1].flags & RM_TOK_CAP) && (c->t.toks[i + 1].flags & RM_TOK_WORD)) ||
            /* "the Kuwait Fund for Arab Economic Development" */
            name_goes_on(c, i + 1)) &&
           (c->t.toks[i - 1].flags & RM_TOK_CAP) && !(c->t.toks[i].flags & RM_TOK_ALLCAPS);
}

/* "anti-ship missiles", "food-for-arms deal": words inside a hyphenated
   compound are not predicates. */
static inline int in_compound(const ctx *c, size_t i)
{
    return (i > c->ss && (c->t.toks[i - 1].flags & RM_TOK_HYPHEN)) ||
           (i + 1 < c->se && (c->t.toks[i + 1].flags & RM_TOK_HYPHEN));
}

/* Does every trigger reading at i want a name right after it, and none
   stands there? */
static int needs_name(const ctx *c, size_t i)
{
    rm_hit hb[4];
    const rm_hit *h;
    size_t n = triggers_ref(c, i, hb, &h), k;
    for (k = 0; k < n; k++)
        if (!rm_lex_trigger(c->lx, h[k].value)->name_follows ||
            (i + h[k].ntok < c->se && mention_at(c, i + h[k].ntok) >= 0))
            return 0;
    return n > 0;
}

/* A past participle between a number or article and its noun describes
   the noun and is no deed: "six used destroyers", "the seized tanker". */
static int attributive_participle(const ctx *c, size_t i)
{
    return i > c->ss && i + 1 < c->se && ends_in(c, i, "ed", 2) &&
           ((c->t.toks[i - 1].flags & RM_TOK_NUM) || is(c, RM_C_NUMW, i - 1) || eq(c, i - 1, "a") || eq(c, i - 1, "an") ||
            eq(c, i - 1, "the")) &&
           (c->t.toks[i + 1].flags & RM_TOK_WORD) && !is(c, RM_C_PREP, i + 1) &&
           !is(c, RM_C_DET, i + 1) && !is(c, RM_C_COORD, i + 1) && !is(c, RM_C_AUX, i + 1) &&
           !is(c, RM_C_BE, i + 1) && !is(c, RM_C_REL, i + 1);
}

/* Mark the words that read as triggers. The first call, before mentions
   are found, lists the words with a trigger reading outside a compound
   (ctx.tcand); later calls, and run_triggers, look at those alone. */
static void mark_triggers(ctx *c, int first)
{
    size_t i, k;
    memset(c->trig, 0, c->se - c->ss);
    memset(c->fired, 0, c->se - c->ss);
    if (first) {
        /* (the words where a trigger may start, listed at set-up) */
        c->ntcand = 0;
        for (k = 0; k < c->ntbit; k++) {
            rm_hit hb[4];
            const rm_hit *h;
            i = c->tbit[k];
            if (!in_compound(c, i) && triggers_ref(c, i, hb, &h))
                c->tcand[c->ntcand++] = i;
        }
    }
    for (k = 0; k < c->ntcand; k++) {
        i = c->tcand[k];
        if (mention_at(c, i) < 0 && !(!first && needs_name(c, i)) && !attributive_participle(c, i))
            c->trig[i - c->ss] = 1;
    }
}

/* A noun trigger within the next few tokens: the verb's object ("refused
   to join Western sanctions"). */
static int noun_object_follows(const ctx *c, size_t j)
{
    size_t q;
    /* "due to travel to Brussels next month for talks with": the purpose
       of a trip, later in the clause */
    for (q = j; q + 1 < c->se && q < j + 8 && !punct(c, q); q++)
        if (eq(c, q, "for") && c->trig[q + 1 - c->ss] && is_noun_trigger(c, q + 1) &&
            has_relation(c, q + 1, RELMAP_REL_MEETS))
            return 1;
    size_t lim = j + 5;
    for (q = j; q < c->se && q < lim; q++) {
        /* ("sign a long-term supply deal": a compound's hyphen is a word of
           the noun phrase, and its parts count as one) */
        if (c->t.toks[q].flags & RM_TOK_HYPHEN) {
            lim += 2;
            continue;
        }
        /* "agree on new sanctions": one preposition right after the verb */
        if (punct(c, q) || (is(c, RM_C_PREP, q) && !(q == j && q + 1 < c->se && mention_at(c, q) < 0 && mention_at(c, q + 1) < 0)))
            return 0;
        if (c->trig[q - c->ss] && is_noun_trigger(c, q))
            return 1;
    }
    return 0;
}

/* Is the target an object pronoun ("them", "it") that was resolved to the
   subject's own group? English says "themselves" for that, so the pronoun
   means someone else, not found. */
static int object_pronoun_of_subject(const ctx *c, const group *src, const group *tgt)
{
    int i, j;
    for (i = 0; i < tgt->n; i++) {
        const mention *t;
        if (tgt->m[i] < 0)
            continue;
        /* ("them" stood for its antecedent's whole group) */
        for (j = 0; j < src->n; j++)
            if (src->m[j] == tgt->m[i])
                return 1;
        t = &c->ms.v[tgt->m[i]];
        if (t->use != M_ANAPH || t->ante < 0 ||
            !(eq(c, t->a, "them") || eq(c, t->a, "it") || eq(c, t->a, "him") ||
              eq(c, t->a, "her")))
            continue;
        for (j = 0; j < src->n; j++)
            if (src->m[j] >= 0 && c->ms.v[src->m[j]].group == c->ms.v[t->ante].group &&
                c->ms.v[src->m[j]].a < t->a)
                return 1;
    }
    return 0;
}

/* Does one of the trigger's context words follow within its clause
   ("designated the PKK a terrorist organisation")? */
static int context_follows(const ctx *c, const rm_trigger *tr, size_t tend)
{
    size_t k;
    int cl = clause_of(c, tend > c->ss ? tend - 1 : tend);
    for (k = tend; k < c->se && k < tend + 24 && clause_of(c, k) == cl; k++)
        if (listed_word(c, k, tr->context, tr->context_key, tr->ncontext, tr->context_bits))
            return 1;
    return 0;
}

/* Does one of the trigger's unless_clause words stand near it in its
   clause: up to 3 words before ("strained ties") or 10 after, up to a
   comma or a new clause ("relations between X and Y have soured")? */
/* Is token k one of the trigger's unless_clause words? By the set's
   bits and the keys first (rm_len_key: a top byte of zero is a word of 8
   bytes or more, compared whole), not a string compare per word and
   token. */
static inline int unless_clause_word(const ctx *c, const rm_trigger *tr, size_t k)
{
    return listed_word(c, k, tr->unless_clause, tr->unless_clause_key, tr->nunless_clause,
                       tr->unless_clause_bits);
}

static int word_in_clause(const ctx *c, const rm_trigger *tr, size_t tpos)
{
    size_t k, from = tpos, back = 3;
    /* "sanctions against Russia later this month, targeting companies":
       a participle after a comma describes what comes before it */
    if (tpos > c->ss + 1 && eq(c, tpos - 1, ",") && ends_in(c, tpos, "ing", 3)) {
        from = tpos - 1;
        back = 15;
    }
    for (k = from; k > c->ss && from - k < back && !punct(c, k - 1);) {
        k--;
        if (unless_clause_word(c, tr, k))
            return 1;
    }
    for (k = tpos + 1; k < c->se && k <= tpos + 10; k++) {
        if (punct(c, k) || eq(c, k, "but") || is(c, RM_C_SUBORD, k) || is(c, RM_C_REL, k))
            break;
        if (unless_clause_word(c, tr, k))
            return 1;
    }
    return 0;
}

/* Does a preposition sit inside [a, b) ("curbs on exports")? */
static int phrase_has_prep(const ctx *c, size_t a, size_t b)
{
    size_t k;
    for (k = a; k < b; k++)
        if (is(c, RM_C_PREP, k))
            return 1;
    return 0;
}

/* Is there a bare-verb reading of this length among the hits? */
static int has_base_form(const rm_hit *h, size_t n, size_t ntok)
{
    size_t k;
    for (k = 0; k < n; k++)
        if (h[k].form == RM_FORM_BASE && h[k].ntok == ntok)
            return 1;
    return 0;
}

/* Is the word at [i, e), which also reads as a verb (h, n), in a verb's
   place: right after an actor named as a subject and right before an
   object ("China supplies weapons", "Iran exports oil to")? */
static int verb_slot(const ctx *c, size_t i, size_t e, const rm_hit *h, size_t n)
{
    size_t k;
    int mi, verb = 0, transitive = 0;
    for (k = 0; k < n; k++)
        if (h[k].form != RM_FORM_NOUN && h[k].form != RM_FORM_ING && h[k].ntok == e - i) {
            const rm_trigger *tr = rm_lex_trigger(c->lx, h[k].value);
            verb = 1;
            for (int r = 0; r < tr->ntarget; r++)
                transitive |= tr->target[r].kind == RM_ROLE_OBJECT;
            for (int r = 0; r < tr->nsource; r++)
                transitive |= tr->source[r].kind == RM_ROLE_OBJECT;
        }
    if (!verb || i == c->ss || e >= c->se)
        return 0;
    /* ("NATO allies Denmark": "ally" takes no object, so a name after it
       is not one) */
    if (!transitive && mention_at(c, e) >= 0)
        return 0;
    mi = mention_at(c, i - 1);
    if (mi < 0 || (c->ms.v[mi].use != M_STRONG && c->ms.v[mi].use != M_ANAPH) ||
        c->ms.v[mi].poss || c->ms.v[mi].prep[0] ||
        c->ms.v[mi].b != i)
        return 0;
    return is(c, RM_C_DET, e) || (c->t.toks[e].flags & RM_TOK_NUM) || is(c, RM_C_GOODS, e) ||
           (mention_at(c, e) >= 0 && c->ms.v[mention_at(c, e)].prep[0] == '\0') ||
           eq(c, e, "its") || eq(c, e, "their") || eq(c, e, "more") || eq(c, e, "most");
}

/* Denials run last: when the text leaves the claimant unstated, the other
   party of the denied claim ("denied sending drones to Russia") must already
   be known. */
static int run_triggers(ctx *c)
{
    size_t i, covered = 0, ci;
    int total = 0, pass;
    for (pass = 0; pass < 2; pass++, covered = 0)
    for (ci = 0; ci < c->ntcand; ci++) {
        rm_hit hb[4];
        const rm_hit *h;
        size_t n, k;
        int after_det;
        /* (the words with a trigger reading outside a compound, in order:
           any other word would start none below) */
        i = c->tcand[ci];
        if (i < covered || none_at(c, RM_SLOT_TRIG, &c->t, i, c->se) ||
            (mention_at(c, i) >= 0 && c->ms.v[mention_at(c, i)].use != M_WEAK) ||
            in_compound(c, i) || inside_name(c, i))
            continue;
        n = triggers_ref(c, i, hb, &h);
        if (n == 0)
            continue;
        if (pass == 1) {
            /* (the second pass tries denials, and talks at a word that gave
               nothing: with neither here, every reading below is passed) */
            int any = 0;
            for (k = 0; k < n && !any; k++) {
                relmap_relation r = rm_lex_trigger(c->lx, h[k].value)->relation;
                any = r == RELMAP_REL_DENIES || (r == RELMAP_REL_MEETS && !c->fired[i - c->ss]);
            }
            if (!any)
                continue;
        }
        /* (the, a, an, this, these, those, its, their, his, her, any, no) */
        after_det = i > c->ss && ((c->twb[i - 1] & WB_DETWORD) ||
                                  (c->t.toks[i - 1].flags & RM_TOK_POSS));
        /* ("a Chinese firm that supplies drone parts": "that" after a
           plain noun is a relative pronoun, and a verb follows it; not
           after a verb, "said that supplies ...") */
        if (after_det && i >= c->ss + 2 && eq(c, i - 1, "that") &&
            (c->t.toks[i - 2].flags & (RM_TOK_WORD | RM_TOK_CAP | RM_TOK_NUM)) == RM_TOK_WORD &&
            mention_at(c, i - 2) < 0 && !c->trig[i - 2 - c->ss] && !is(c, RM_C_REPORT, i - 2) &&
            !is(c, RM_C_PREP, i - 2) && !is(c, RM_C_AUX, i - 2) && !is(c, RM_C_BE, i - 2) &&
            !is(c, RM_C_DET, i - 2) && !is(c, RM_C_COORD, i - 2) && !ends_in(c, i - 2, "ed", 3) &&
            !ends_in(c, i - 2, "ing", 3) && !ends_in(c, i - 2, "ly", 3))
            after_det = 0;
        /* "apply to armed attacks on", "after new strikes": a word after a
           preposition and an adjective is a noun ("to attack" is not) */
        if (!after_det && i >= c->ss + 2 && mention_at(c, i - 1) < 0 &&
            is(c, RM_C_PREP, i - 2) && !eq(c, i - 2, "as") &&
            (is(c, RM_C_ADJ, i - 1) ||
             (!(c->t.toks[i - 1].flags & RM_TOK_CAP) && ends_in(c, i - 1, "ed", 3))))
            after_det = 1;
        /* "a major non-NATO ally": after a hyphenated compound, a noun */
        if (!after_det && i >= c->ss + 2 && (c->t.toks[i - 2].flags & RM_TOK_HYPHEN) &&
            (c->t.toks[i - 1].flags & RM_TOK_WORD) && mention_at(c, i - 1) < 0 &&
            mention_at(c, i - 2) < 0) /* (not a name: "al-Sisi hosted") */
            after_det = 1;
        /* "after the Oct. 7 attack", "the 2019 attack": a date or a year
           between a determiner and the word makes it a noun */
        if (!after_det && i >= c->ss + 2 && (c->t.toks[i - 1].flags & RM_TOK_NUM)) {
            size_t q = i - 1;
            while (q > c->ss && i - q < 4 &&
                   ((c->t.toks[q - 1].flags & RM_TOK_NUM) || eq(c, q - 1, ".") ||
                    (c->t.toks[q - 1].flags & RM_TOK_CAP)) && mention_at(c, q - 1) < 0)
                q--;
            if (q > c->ss && (c->twb[q - 1] & WB_DETWORD))
                after_det = 1;
        }
        /* "the lifting of sanctions on Cuba": right after a preposition
           (not "to"), a word is a noun or a gerund, never a finite verb */
        if (!after_det && i > c->ss && is(c, RM_C_PREP, i - 1) && !eq(c, i - 1, "to") &&
            !eq(c, i - 1, "as") &&
            !(eq(c, i - 1, "in") && i >= c->ss + 2 && is(c, RM_C_BE, i - 2))) /* ("is in talks") */
            after_det = 1;
        {
            /* a word may express several relations ("signed a treaty":
               talks and cooperation), but each relation only once */
            int done[RELMAP_REL__COUNT] = {0};
            size_t longest = n ? h[0].ntok : 0;
            for (k = 0; k < n; k++) {
                const rm_trigger *tr = rm_lex_trigger(c->lx, h[k].value);
                int got;
                if (h[k].ntok < longest && total > 0)
                    break;
                int late = tr->relation == RELMAP_REL_DENIES;
                /* pass 2: denials, and hosts of talks found later in the
                   sentence ("X hosted talks between Y and Z") */
                if (done[tr->relation] || (pass == 0 && late) ||
                    (pass == 1 && !late && (c->fired[i - c->ss] || tr->relation != RELMAP_REL_MEETS)))
                    continue;
                if (after_det && h[k].form != RM_FORM_NOUN && h[k].form != RM_FORM_ING)
                    continue;
                /* "(denied that) China supplies weapons to Russia": after a
                   named subject and before its object, a verb */
                if (h[k].form == RM_FORM_NOUN && verb_slot(c, i, i + h[k].ntok, h, n))
                    continue;
                /* "agreed to purchase jets": after "to", a bare verb */
                if (h[k].form == RM_FORM_NOUN && i > c->ss && eq(c, i - 1, "to") &&
                    has_base_form(h, n, h[k].ntok))
                    continue;
                /* "provider of attack drones": a bare verb before goods is
                   a compound modifier, not a predicate */
                if (h[k].form == RM_FORM_BASE && i + h[k].ntok < c->se &&
                    (is(c, RM_C_GOODS, i + h[k].ntok) ||
                     is(c, RM_C_PRIVATE, i + h[k].ntok)) && i > c->ss && /* ("shell companies") */
                    mention_at(c, i - 1) < 0 && !is(c, RM_C_AUX, i - 1) &&
                    !is(c, RM_C_PRON, i - 1) && !eq(c, i - 1, "to") &&
                    /* ("a firm that supplies drones") */
                    !(!after_det && eq(c, i - 1, "that")))
                    continue;
                /* "struck power stations across Ukraine": an -s form right
                   after a plain word or another verb is a plural noun, not
                   a verb ("Russia stations troops" keeps its verb) */
                if (h[k].form == RM_FORM_BASE && h[k].ntok == 1 && plural_after_word(c, i))
                    continue;
                /* "back to the negotiating table", "the attacking forces":
                   after an article, an -ing word before a plain noun is an
                   adjective */
                if (h[k].form == RM_FORM_ING && i > c->ss && i + h[k].ntok < c->se &&
                    (eq(c, i - 1, "the") || eq(c, i - 1, "a") || eq(c, i - 1, "an")) &&
                    plain_word(c, i + h[k].ntok) && mention_at(c, i + h[k].ntok) < 0 &&
                    !(c->t.toks[i + h[k].ntok].flags & RM_TOK_CAP) &&
                    !is(c, RM_C_PREP, i + h[k].ntok) && !is(c, RM_C_DET, i + h[k].ntok) &&
                    !c->trig[i + h[k].ntok - c->ss])
                    continue;
                /* "signed a financing agreement", "a supply deal": a verb
                   form right before a deal noun modifies it */
                if (h[k].form != RM_FORM_NOUN && i + h[k].ntok < c->se && i > c->ss &&
                    (is(c, RM_C_DET, i - 1) || is(c, RM_C_ADJ, i - 1) ||
                     (c->t.toks[i - 1].flags & RM_TOK_NUM) ||
                     /* ("a long-term supply deal", "a 10-year supply deal") */
                     (i >= c->ss + 2 && (c->t.toks[i - 2].flags & RM_TOK_HYPHEN))) &&
                    deal_noun_at(c, i + h[k].ntok))
                    continue;
                got = try_trigger(c, tr, i, i + h[k].ntok, h[k].form);
                if (got) {
                    total += got;
                    if (!tr->also)
                        done[tr->relation] = 1;
                    c->fired[i - c->ss] = 1;
                    /* the words of a phrase that fired start nothing
                       themselves ("restricted exports": no supply) */
                    if (h[k].ntok > 1 && i + h[k].ntok > covered &&
                        (h[k].form != RM_FORM_NOUN || phrase_has_prep(c, i, i + h[k].ntok)))
                        covered = i + h[k].ntok; /* (not the head of "accession talks") */
                } else if (pass == 0 && h[k].form != RM_FORM_NOUN && !after_det &&
                           cue_ends_at(c, i) && /* (else closing changes nothing) */
                           !noun_object_follows(c, i + h[k].ntok) &&
                           !verb_chain_follows(c, i + h[k].ntok)) {
                    /* "agreed to supply [no recipient] under a deal signed
                       with Niamey": the cue was about the supply */
                    close_cues_near(c, i, i + h[k].ntok);
                }
            }
        }
    }
    return total;
}

/* part_of and "X-backed" patterns around organization mentions. */
static void run_patterns(ctx *c)
{
    size_t i, ci;
    /* "The Caribbean Community, of which Guyana is a member, ...": a
       member named in a relative clause about a body */
    /* (the phrase follows a comma: the sentence's commas, not its every
       word) */
    for (ci = 0; ci < c->ncommas; ci++) {
        int bm, mm;
        size_t q;
        i = c->commas[ci] + 1;
        if (i < c->ss + 2 || i + 5 >= c->se)
            continue;
        if (!eq(c, i, "of") || !eq(c, i + 1, "which"))
            continue;
        bm = mention_at(c, i - 2);
        mm = mention_at(c, i + 2);
        if (bm < 0 || mm < 0 || c->ms.v[bm].entity < 0 || c->ms.v[mm].entity < 0 ||
            c->ms.v[bm].use != M_STRONG || !usable(&c->ms.v[mm]) ||
            ent(c, c->ms.v[bm].entity)->type == RELMAP_ACTOR_COUNTRY)
            continue;
        q = c->ms.v[mm].b;
        if (q + 2 < c->se && is(c, RM_C_BE, q) && (eq(c, q + 1, "a") || eq(c, q + 1, "an")) &&
            (eq(c, q + 2, "member") ||
             (q + 3 < c->se && eq(c, q + 3, "member") &&
              (eq(c, q + 2, "founding") || eq(c, q + 2, "full") || eq(c, q + 2, "permanent")))))
            add_event(c, c->ms.v[mm].entity, c->ms.v[bm].entity, RELMAP_REL_PART_OF,
                      RELMAP_MOD_ASSERTED, NULL, q + 2, q + 3, NULL, "of-which-member");
    }
    for (i = 0; i < c->ms.n; i++) {
        mention *m = &c->ms.v[i];
        const rm_entity *e;
        size_t j;
        /* "the Yemeni rebels", "the private Russian military company": an
           organization described by a country's demonym belongs to it,
           when the description points at one organization only */
        if (m->use == M_ANAPH && m->inner > 0 && m->ncand == 1 && m->entity >= 0 &&
            ent(c, m->entity)->type != RELMAP_ACTOR_COUNTRY && m->entity != m->inner - 1)
            add_event(c, m->entity, m->inner - 1, RELMAP_REL_PART_OF, RELMAP_MOD_ASSERTED,
                      NULL, m->inner_at, m->inner_at + 1, NULL, "described-part-of");
        /* "the two NATO allies", "the three EU members": the pair or trio
           belongs to the body; "Norway and the other Arctic Council
           members": so does the one named */
        if (m->entity >= 0 && m->use != M_ANAPH && m->b < c->se && is(c, RM_C_MEMBERN, m->b) &&
            ent(c, m->entity)->type != RELMAP_ACTOR_COUNTRY && m->a > c->ss) {
            group g;
            int k, pm = mention_at(c, m->a - 1);
            g.n = 0;
            if (pm >= 0 && c->ms.v[pm].use == M_ANAPH && c->ms.v[pm].plural)
                get_group(c, pm, &g);
            else if (m->a >= c->ss + 4 && eq(c, m->a - 1, "other") && eq(c, m->a - 2, "the") &&
                     eq(c, m->a - 3, "and") && mention_at(c, m->a - 4) >= 0 &&
                     usable(&c->ms.v[mention_at(c, m->a - 4)]))
                get_group(c, mention_at(c, m->a - 4), &g);
            for (k = 0; k < g.n; k++) {
                int se = g.m[k] < -1 ? -(g.m[k] + 2) : g.m[k] >= 0 ? c->ms.v[g.m[k]].entity : -1;
                if (se >= 0 && ent(c, se)->type == RELMAP_ACTOR_COUNTRY)
                    add_event(c, se, m->entity, RELMAP_REL_PART_OF, RELMAP_MOD_ASSERTED, NULL,
                              m->b, m->b + 1, NULL, "members-part-of");
            }
        }
        if (m->use == M_ANAPH || m->entity < 0)
            continue;
        e = ent(c, m->entity);
        /* "Fincantieri of Italy", "Impact Oil & Gas of the UK": a company
           named with its country */
        if (e->type == RELMAP_ACTOR_ORGANIZATION && m->use == M_STRONG && !m->poss &&
            m->b + 1 < c->se && eq(c, m->b, "of")) {
            size_t q = m->b + 1;
            int cm;
            if (q < c->se && eq(c, q, "the"))
                q++;
            cm = q < c->se ? mention_at(c, q) : -1;
            if (cm >= 0 && c->ms.v[cm].a == q && c->ms.v[cm].entity >= 0 &&
                c->ms.v[cm].kind == RM_ALIAS_NAME && !c->ms.v[cm].poss &&
                ent(c, c->ms.v[cm].entity)->type == RELMAP_ACTOR_COUNTRY &&
                !(c->ms.v[cm].b < c->se && (c->t.toks[c->ms.v[cm].b].flags & RM_TOK_CAP) &&
                  (c->t.toks[c->ms.v[cm].b].flags & RM_TOK_WORD)))
                add_event(c, m->entity, c->ms.v[cm].entity, RELMAP_REL_PART_OF,
                          RELMAP_MOD_ASSERTED, NULL, m->b, m->b + 1, NULL, "of-country-part-of");
        }
        /* "Orban became the first EU leader to meet Putin": the leader of
           one member, described by the body, is not the body */
        if (e->type != RELMAP_ACTOR_COUNTRY && m->use == M_STRONG && !m->poss &&
            m->a >= c->ss + 2 && m->b > m->a + 1 &&
            (eq(c, m->b - 1, "leader") || eq(c, m->b - 1, "leaders") ||
             eq(c, m->b - 1, "head") || eq(c, m->b - 1, "minister")) &&
            (eq(c, m->a - 1, "first") || eq(c, m->a - 1, "only") || eq(c, m->a - 1, "last") ||
             eq(c, m->a - 1, "second") || eq(c, m->a - 1, "latest")) &&
            is(c, RM_C_DET, m->a - 2))
            m->use = M_MOD;
        /* "Greece, Turkey's NATO ally": both countries belong to the body
           that modifies the noun, and the tie is between the two */
        if (e->type != RELMAP_ACTOR_COUNTRY && m->use == M_STRONG && !m->poss &&
            m->entity < c->ngaz && /* (a known body, not a name found in the text) */
            m->a >= c->ss + 2 && m->b < c->se &&
            (eq(c, m->b, "ally") || eq(c, m->b, "allies") || eq(c, m->b, "partner") ||
             eq(c, m->b, "partners") || eq(c, m->b, "member"))) {
            size_t pa = (c->t.toks[m->a - 1].flags & RM_TOK_POSS) ? m->a - 1 : m->a;
            int om = mention_at(c, pa - 1);
            if (om >= 0 && c->ms.v[om].poss && c->ms.v[om].use == M_STRONG &&
                c->ms.v[om].entity >= 0 && c->ms.v[om].b == pa &&
                ent(c, c->ms.v[om].entity)->type == RELMAP_ACTOR_COUNTRY) {
                const mention *o = &c->ms.v[om];
                int xm = o->a >= c->ss + 2 && (eq(c, o->a - 1, ",") || is(c, RM_C_BE, o->a - 1))
                             ? mention_at(c, o->a - 2) : -1;
                m->use = M_MOD;
                add_event(c, o->entity, m->entity, RELMAP_REL_PART_OF, RELMAP_MOD_ASSERTED, NULL,
                          m->a, m->b, NULL, "body-ally-part-of");
                if (xm >= 0 && c->ms.v[xm].use == M_STRONG && c->ms.v[xm].entity >= 0 &&
                    !c->ms.v[xm].poss && c->ms.v[xm].prep[0] == '\0' &&
                    ent(c, c->ms.v[xm].entity)->type == RELMAP_ACTOR_COUNTRY)
                    add_event(c, c->ms.v[xm].entity, m->entity, RELMAP_REL_PART_OF,
                              RELMAP_MOD_ASSERTED, NULL, m->a, m->b, NULL, "body-ally-part-of");
            }
        }
        /* "the Netherlands, home to ASML", "Taiwan, which is home to
           TSMC": a firm or body at home in a country belongs to it */
        if (e->type == RELMAP_ACTOR_ORGANIZATION && m->use == M_STRONG && !m->poss &&
            m->a >= c->ss + 4 && eq(c, m->a - 1, "to") && eq(c, m->a - 2, "home")) {
            size_t q = m->a - 3; /* (the word before "home to") */
            int cm;
            if (q > c->ss && is(c, RM_C_BE, q))
                q--; /* "is home to" */
            if (q > c->ss && eq(c, q, "which"))
                q--; /* ", which is home to" */
            if (q > c->ss && eq(c, q, ","))
                q--;
            cm = mention_at(c, q);
            if (cm >= 0 && c->ms.v[cm].b == q + 1 && c->ms.v[cm].entity >= 0 &&
                c->ms.v[cm].use != M_ANAPH && !c->ms.v[cm].poss &&
                ent(c, c->ms.v[cm].entity)->type == RELMAP_ACTOR_COUNTRY) {
                group g;
                int gi;
                get_group(c, (int)i, &g);
                for (gi = 0; gi < g.n; gi++)
                    if (g.m[gi] >= 0 && (size_t)g.m[gi] >= i && c->ms.v[g.m[gi]].entity >= 0 &&
                        ent(c, c->ms.v[g.m[gi]].entity)->type == RELMAP_ACTOR_ORGANIZATION)
                        add_event(c, c->ms.v[g.m[gi]].entity, c->ms.v[cm].entity,
                                  RELMAP_REL_PART_OF, RELMAP_MOD_ASSERTED, NULL, m->a - 2,
                                  m->a - 1, NULL, "home-part-of");
            }
        }
        /* "Guatemala's navy received U.S.-donated patrol boats", "flew
           Chinese-supplied fighters": goods a country supplied went to
           the subject of the clause they are in */
        if (origin_compound(c, m) && supplying_participle(c, m->b + 1)) {
            group hold;
            size_t st = m->a;
            while (st > c->ss && (is(c, RM_C_DET, st - 1) || is(c, RM_C_QUANT, st - 1) ||
                                  (c->t.toks[st - 1].flags & RM_TOK_NUM)))
                st--;
            /* (not "the aircraft were Russian-supplied jets": what is
               described, not who holds it) */
            int hit = 0;
            size_t q;
            /* (nor "shot down Iranian-supplied drones": the attacked
               goods are someone else's; nor "drones launched by Russia") */
            for (q = st; q > c->ss && st - q < 3 && !hit; q--)
                hit = c->trig[q - 1 - c->ss] && has_relation(c, q - 1, RELMAP_REL_ATTACKS) &&
                      !is(c, RM_C_FIRING, q - 1);
            for (q = m->b + 2; q < c->se && q < m->b + 10 && !hit && !punct(c, q); q++)
                hit = eq(c, q, "by");
            if (!hit && !(st > c->ss && is(c, RM_C_BE, st - 1)) && clause_subject(c, m->a, &hold)) {
                int x;
                for (x = 0; x < hold.n; x++) {
                    int h = hold.m[x] < -1 ? -(hold.m[x] + 2)
                                           : hold.m[x] >= 0 ? c->ms.v[hold.m[x]].entity : -1;
                    const char *cue = NULL;
                    relmap_modality mod;
                    if (h < 0 || h == m->entity || (hold.m[x] >= 0 && c->ms.v[hold.m[x]].a > m->a))
                        continue;
                    c->verb_trigger = 1;
                    c->cur_rel = RELMAP_REL_SUPPLIES;
                    mod = modality_for(c, m->a, m->b + 2, RELMAP_REL_SUPPLIES, m->entity, h, &cue);
                    /* (the compound is the narrator's: "claimed to have
                       shot down jets using Chinese-supplied fighters") */
                    if (mod == RELMAP_MOD_ALLEGED) {
                        mod = RELMAP_MOD_ASSERTED;
                        cue = NULL;
                    }
                    add_event(c, m->entity, h, RELMAP_REL_SUPPLIES, mod, NULL, m->b + 1, m->b + 2,
                              cue, "supplied-compound");
                }
            }
        }
        /* "Iran-backed Houthis", "Pakistan-based group X" */
        if (m->use == M_MOD && m->b + 1 < c->se) {
            int backing = is(c, RM_C_BACKING, m->b + 1);
            int aligned = is(c, RM_C_ALIGNED, m->b + 1);
            int based = is(c, RM_C_BASED, m->b + 1);
            for (j = i + 1; j < c->ms.n && (backing || based); j++) {
                mention *o = &c->ms.v[j];
                size_t k;
                int ok = o->a >= m->b + 2;
                for (k = m->b + 2; ok && k < o->a; k++)
                    if (!is(c, RM_C_ORGN, k) && !is(c, RM_C_DET, k) && !is(c, RM_C_ROLE, k) &&
                        /* "Pretoria-based Afrikaner lobby group AfriForum":
                           any words before a head noun next to the name */
                        !(based && o->a > m->b + 2 && name_head_at(c, o->a - 1) &&
                          (c->t.toks[k].flags & RM_TOK_WORD) && !c->trig[k - c->ss] &&
                          !is(c, RM_C_PREP, k) && !is(c, RM_C_COORD, k)))
                        ok = 0;
                if (o->use == M_ANAPH && o->a < m->a && o->b > m->b && o->entity >= 0) {
                    /* the compound sits inside "the Iran-backed group" */
                    if (backing && aligned)
                        add_event(c, o->entity, m->entity, RELMAP_REL_COOPERATES_WITH,
                                  RELMAP_MOD_ASSERTED, NULL, m->b + 1, m->b + 2, NULL,
                                  "aligned-compound");
                    else if (backing)
                        add_event(c, m->entity, o->entity, RELMAP_REL_SUPPORTS,
                                  RELMAP_MOD_ASSERTED, NULL, m->b + 1, m->b + 2, NULL,
                                  "backed-compound");
                    break;
                }
                if (!ok || o->a > m->b + 5)
                    break;
                if (o->use == M_STRONG || o->use == M_WEAK) {
                    /* descriptive compounds are the narrator's: asserted */
                    const char *cue = NULL;
                    relmap_modality mod = RELMAP_MOD_ASSERTED;
                    /* (being aligned or allied with a country is
                       cooperating with it; being backed is support) */
                    if (backing && aligned)
                        add_event(c, o->entity, m->entity, RELMAP_REL_COOPERATES_WITH, mod,
                                  NULL, m->b + 1, m->b + 2, cue, "aligned-compound");
                    else if (backing)
                        add_event(c, m->entity, o->entity, RELMAP_REL_SUPPORTS, mod,
                                  NULL, m->b + 1, m->b + 2, cue, "backed-compound");
                    else if (ent(c, o->entity)->type != RELMAP_ACTOR_COUNTRY)
                        add_event(c, o->entity, m->entity, RELMAP_REL_PART_OF, mod,
                                  NULL, m->b + 1, m->b + 2, cue, "based-compound");
                    break;
                }
            }
            /* "Kataib Hezbollah, an Iran-backed militia,", "X, one of the most
               powerful Iran-backed militias": the compound describes the
               name before the apposition's comma */
            if (backing && !aligned && m->b + 2 < c->se && is(c, RM_C_ORGN, m->b + 2) &&
                m->a > c->ss + 2) {
                size_t q = m->a;
                while (q > c->ss && m->a - q < 7 && !eq(c, q - 1, ",") && mention_at(c, q - 1) < 0 &&
                       (c->t.toks[q - 1].flags & RM_TOK_WORD) && !(c->t.toks[q - 1].flags & RM_TOK_CAP) &&
                       !c->trig[q - 1 - c->ss])
                    q--;
                if (q > c->ss + 1 && q < m->a && eq(c, q - 1, ",") &&
                    (is(c, RM_C_DET, q) || (q + 2 < m->a && eq(c, q, "one") && eq(c, q + 1, "of")))) {
                    int am = mention_at(c, q - 2);
                    if (am >= 0 && c->ms.v[am].use == M_STRONG && !c->ms.v[am].poss &&
                        c->ms.v[am].entity >= 0 && c->ms.v[am].entity != m->entity &&
                        ent(c, c->ms.v[am].entity)->type == RELMAP_ACTOR_ORGANIZATION)
                        add_event(c, m->entity, c->ms.v[am].entity, RELMAP_REL_SUPPORTS,
                                  RELMAP_MOD_ASSERTED, NULL, m->b + 1, m->b + 2, NULL,
                                  "backed-compound");
                }
            }
        }
        if (e->type != RELMAP_ACTOR_ORGANIZATION || m->use != M_STRONG)
            continue;
        /* appositive: "the Wagner Group, a private Russian military company,";
           copula: "Chevron is the only U.S. company ..." */
        {
            size_t base = m->b, st;
            /* "Coretronic Corp., Taiwan's largest producer" */
            if (base + 1 < c->se && eq(c, base, ".") && !(c->t.toks[base].flags & RM_TOK_SPACE))
                base++;
            /* "the National Liberation Army (ELN), the country's ..." */
            if (base + 2 < c->se && eq(c, base, "(") && eq(c, base + 2, ")"))
                base += 3;
            st = base;
            while (st < c->se && st < base + 3 && (is(c, RM_C_BE, st) || is(c, RM_C_AUX, st)) &&
                   !eq(c, st, "to"))
                st++;
            if (st > base && st < c->se && is(c, RM_C_DET, st) && is(c, RM_C_BE, st - 1))
                st--; /* point at the last copula word, like the comma below */
            else
                st = base;
        if (st + 2 < c->se && (eq(c, st, ",") || is(c, RM_C_BE, st)) &&
            (is(c, RM_C_DET, st + 1) || eq(c, st + 1, "both") ||
             /* ", two of the island's largest producers," */
             (eq(c, st + 2, "of") && (eq(c, st + 1, "two") || eq(c, st + 1, "three") ||
                                      eq(c, st + 1, "four") || eq(c, st + 1, "all"))) ||
             /* ", Colombia's largest guerrilla group," */
             (mention_at(c, st + 1) >= 0 && c->ms.v[mention_at(c, st + 1)].poss))) {
            size_t k;
            int country = -1, orgn = 0, side = 0, cmi = -1;
            size_t cpos = 0;
            for (k = st + 1; k < c->se && k < st + 12 && !eq(c, k, ",") &&
                             /* ("the force that replaced Wagner in Mali") */
                             !(k > st + 2 && (is(c, RM_C_REL, k) || eq(c, k, "that")));
                 k++) {
                int mi = mention_at(c, k);
                /* ("the lender headed by former Brazilian president Dilma
                   Rousseff": a leader's country, and a past one, is not the
                   body's) */
                if (mi >= 0 && c->ms.v[mi].a > c->ss && eq(c, c->ms.v[mi].a - 1, "former"))
                    side = 1;
                if (mi >= 0 && c->ms.v[mi].entity >= 0 &&
                    ent(c, c->ms.v[mi].entity)->type == RELMAP_ACTOR_COUNTRY &&
                    country < 0) {
                    country = c->ms.v[mi].entity;
                    cpos = k;
                    cmi = mi;
                    k = c->ms.v[mi].b - 1;
                    continue;
                }
                if (is(c, RM_C_ORGN, k))
                    orgn = 1;
                /* "Iran's proxy group", "an Iranian-backed group": belonging
                   to a side, not to the country */
                if (is(c, RM_C_BACKING, k) || eq(c, k, "proxy") || eq(c, k, "proxies"))
                    side = 1;
                /* "the Moscow-led alliance": a country that leads a
                   body is not what the body belongs to */
                if (is(c, RM_C_LEADING, k))
                    side = 1;
            }
            /* (the country describes the organisation; not ", a charge
               Kenya rejects") */
            if (cmi >= 0 && orgn)
                c->ms.v[cmi].use = M_MOD;
            if (country >= 0 && orgn && !side) {
                const char *cue = NULL;
                relmap_modality mod = RELMAP_MOD_ASSERTED;
                add_event(c, m->entity, country, RELMAP_REL_PART_OF, mod, NULL,
                          cpos, cpos + 1, cue, "appositive-part-of");
                /* ("the Franco-Italian consortium": each country of a
                   hyphened pair) */
                if (cmi >= 0 && c->ms.v[cmi].b + 1 < c->se && eq(c, c->ms.v[cmi].b, "-") &&
                    (c->t.toks[c->ms.v[cmi].b].flags & RM_TOK_HYPHEN)) {
                    int m2 = mention_at(c, c->ms.v[cmi].b + 1);
                    if (m2 >= 0 && c->ms.v[m2].entity >= 0 &&
                        ent(c, c->ms.v[m2].entity)->type == RELMAP_ACTOR_COUNTRY)
                        add_event(c, m->entity, c->ms.v[m2].entity, RELMAP_REL_PART_OF, mod,
                                  NULL, c->ms.v[m2].a, c->ms.v[m2].a + 1, cue,
                                  "appositive-part-of");
                }
                /* "X and Y, both Mexican criminal groups", "two of the
                   island's largest producers" */
                int several = eq(c, st + 1, "both") || eq(c, st + 1, "all");
                size_t q2;
                /* (... "Russia's two largest oil producers") */
                for (q2 = st + 1; q2 < c->se && q2 < st + 5 && !several; q2++)
                    several = eq(c, q2, "two") || eq(c, q2, "three") || eq(c, q2, "four");
                if (several) {
                    group g;
                    int gi;
                    get_group(c, (int)i, &g);
                    for (gi = 0; gi < g.n; gi++)
                        if (g.m[gi] >= 0 && c->ms.v[g.m[gi]].entity != m->entity &&
                            c->ms.v[g.m[gi]].entity >= 0 &&
                            ent(c, c->ms.v[g.m[gi]].entity)->type == RELMAP_ACTOR_ORGANIZATION)
                            add_event(c, c->ms.v[g.m[gi]].entity, country, RELMAP_REL_PART_OF,
                                      mod, NULL, cpos, cpos + 1, cue, "appositive-part-of");
                }
            }
        }
        }
        /* pre-modifier: "the Turkish firm Baykar", "Lebanon's Hezbollah" */
        if (i > 0) {
            mention *p = NULL;
            size_t k;
            int ok = 1, headed, described = 0;
            int q;
            for (q = (int)i - 1; q >= 0; q--) {
                if (c->ms.v[q].b <= m->a) {
                    p = &c->ms.v[q];
                    break;
                }
            }
            /* "Lebanon's Iran-backed Hezbollah", "Yemen's Iran-backed Houthi
               movement": the possessor before a backer's compound */
            if (p != NULL && q > 0 && p->use == M_MOD && p->b + 2 == m->a && eq(c, p->b, "-") &&
                is(c, RM_C_BACKING, p->b + 1) && m->kind != RM_ALIAS_PERSON) {
                mention *o = &c->ms.v[q - 1];
                if (o->use == M_STRONG && o->poss && o->entity >= 0 && o->entity != m->entity &&
                    ent(c, o->entity)->type == RELMAP_ACTOR_COUNTRY &&
                    (o->b == p->a || (o->b + 1 == p->a && (c->t.toks[o->b].flags & RM_TOK_POSS)))) {
                    o->use = M_MOD;
                    memcpy(m->prep, o->prep, sizeof m->prep);
                    m->pcls = o->pcls;
                    add_event(c, m->entity, o->entity, RELMAP_REL_PART_OF, RELMAP_MOD_ASSERTED,
                              NULL, o->a, o->b, NULL, "premodifier-part-of");
                    continue;
                }
            }
            if (p == NULL || p->use == M_ANAPH || p->use == M_VENUE ||
                ent(c, p->entity)->type != RELMAP_ACTOR_COUNTRY || m->a > p->b + 6)
                continue;
            /* "Japanese chip equipment maker Tokyo Electron", "Malaysia's
               sovereign wealth fund Khazanah": plain words before a head
               noun for a firm or body describe the name */
            /* (a head of names only after such a word: not "Iran armed
               al-Shabab") */
            headed = m->a > p->b && (c->t.toks[m->a - 1].flags & (RM_TOK_WORD | RM_TOK_CAP)) == RM_TOK_WORD &&
                     !eq(c, m->a - 1, "including") && !eq(c, m->a - 1, "like") && !eq(c, m->a - 1, "as") &&
                     (is(c, RM_C_ORGN, m->a - 1) ||
                      (is(c, RM_C_NHEAD, m->a - 1) && m->a - 1 > p->b &&
                       (describing_word(c, m->a - 2) || is(c, RM_C_ORGN, m->a - 2) ||
                        (c->t.toks[m->a - 2].flags & RM_TOK_POSS))));
            for (k = p->b; k < m->a; k++)
                if (!is(c, RM_C_ORGN, k) && !(c->t.toks[k].flags & RM_TOK_POSS) &&
                    !is(c, RM_C_ROLE, k) && !eq(c, k, "such") &&
                    !(eq(c, k, "as") && k > c->ss && eq(c, k - 1, "such")) &&
                    /* "China's state-owned CNNC", "Russia's state-run Rosneft" */
                    !eq(c, k, "state") && !eq(c, k, "owned") && !eq(c, k, "run") &&
                    !eq(c, k, "controlled") && !(c->t.toks[k].flags & RM_TOK_HYPHEN) &&
                    /* ("Japan's state-backed JOGMEC"; not "the U.S.-backed SDF") */
                    !(eq(c, k, "backed") && k >= p->b + 2 && eq(c, k - 2, "state")) &&
                    !eq(c, k, "including") &&
                    /* "Chinese firms, including Huawei" */
                    !(eq(c, k, ",") && k + 1 < m->a &&
                      (eq(c, k + 1, "including") || eq(c, k + 1, "such"))) &&
                    /* "the Russian fishing companies Norebo and ..." */
                    !(k + 1 < m->a && is(c, RM_C_NHEAD, k + 1) &&
                      (c->t.toks[k].flags & (RM_TOK_WORD | RM_TOK_CAP | RM_TOK_NUM)) == RM_TOK_WORD &&
                      !c->trig[k - c->ss] && !is(c, RM_C_PREP, k) && !is(c, RM_C_COORD, k)) &&
                    /* "two Kyrgyz banks, Keremet Bank and ..." */
                    !(eq(c, k, ",") && k + 1 == m->a && k > p->b && is(c, RM_C_NHEAD, k - 1) &&
                      !(c->t.toks[k - 1].flags & RM_TOK_CAP) && m->b < c->se &&
                      (eq(c, m->b, "and") || eq(c, m->b, ",")))) {
                    if (headed && (k + 1 == m->a || describing_word(c, k)))
                        described = 1;
                    else
                        ok = 0;
                }
            /* "Sweden's NATO membership", "Ukraine's EU bid": the
               organisation modifies a noun; it does not belong to the country */
            if (m->b < c->se && c->trig[m->b - c->ss] && is_noun_trigger(c, m->b))
                ok = 0;
            /* ("Sweden's NATO bid", "Turkey's EU ambitions": any plain noun) */
            if (m->b < c->se && !m->poss && plain_word(c, m->b) && !is(c, RM_C_REPORT, m->b) &&
                !is(c, RM_C_AUX, m->b) && !is(c, RM_C_BE, m->b) && !is(c, RM_C_ORGN, m->b) &&
                !is(c, RM_C_ROLE, m->b) && !is(c, RM_C_COORD, m->b) && !is(c, RM_C_PREP, m->b) &&
                !is(c, RM_C_REL, m->b) && !is(c, RM_C_DET, m->b) &&
                /* (not "last year", "this week") */
                !(m->b + 1 < c->se && is(c, RM_C_TIME, m->b + 1)) &&
                /* (nor a verb with its object: "Turkey's Baykar won the
                   contract") */
                !(m->b + 1 < c->se && (is(c, RM_C_DET, m->b + 1) || mention_at(c, m->b + 1) >= 0)))
                ok = 0;
            /* ("former Brazilian president Dilma Rousseff", of a bank she
               heads: a person's country is not her body's) */
            if (m->kind == RM_ALIAS_PERSON)
                ok = 0;
            if (ok) {
                group g;
                int gi;
                const char *cue = NULL;
                relmap_modality mod = RELMAP_MOD_ASSERTED;
                p->use = M_MOD;
                memcpy(m->prep, p->prep, sizeof m->prep);
                m->pcls = p->pcls;
                get_group(c, (int)i, &g);
                /* (a described name only: "the New York-based asset manager
                   BlackRock and MSC" says nothing of MSC) */
                if (described)
                    g.n = 1;
                for (gi = 0; gi < g.n; gi++)
                    /* (not "... KazMunayGas and Azerbaijan's SOCAR") */
                    if (g.m[gi] >= 0 && (size_t)g.m[gi] >= i &&
                        ent(c, c->ms.v[g.m[gi]].entity)->type != RELMAP_ACTOR_COUNTRY)
                        add_event(c, c->ms.v[g.m[gi]].entity, p->entity,
                                  RELMAP_REL_PART_OF, mod, NULL, p->a, p->b, cue,
                                  "premodifier-part-of");
            }
        }
    }
}

/* "Israel supplies water to Jordan under the 1994 peace treaty", "under a
   memorandum of understanding signed in 2022": what is done under an
   agreement is done between its parties, who cooperate. Only when the
   sentence's other edges have one pair. */
static void run_under_agreement(ctx *c, size_t first_event)
{
    size_t i, q, y, e, pair[2] = {0, 0};
    int npairs = 0, dated = 0;
    if (first_event >= c->doc->events.n || !c->srare)
        return; /* (no edge in the sentence: most of them; or no "under") */
    for (i = c->ss; i + 1 < c->se && !eq(c, i, "under"); i++)
        ;
    if (i + 1 >= c->se)
        return;
    for (q = i + 1; q < c->se && q < i + 6; q++)
        if (!(is(c, RM_C_DET, q) || (c->t.toks[q].flags & RM_TOK_NUM) ||
              (c->t.toks[q].flags & RM_TOK_HYPHEN) || eq(c, q, "-") ||
              ((c->t.toks[q].flags & (RM_TOK_WORD | RM_TOK_CAP)) == RM_TOK_WORD &&
               !c->trig[q - c->ss])))
            break;
    if (q >= c->se || !agreement_word(c, q) ||
        (q + 1 < c->se && (eq(c, q + 1, "with") || eq(c, q + 1, "between"))))
        return;
    /* (an agreement of a past date, one that exists: "a 1992 agreement",
       "signed in 2022") */
    for (y = i + 1; y < c->se && y < q + 5 && !dated; y++)
        dated = (c->t.toks[y].flags & RM_TOK_NUM) && c->t.toks[y].nfold == 4 &&
                (y < q || (y >= q + 2 && (eq(c, y - 2, "signed") || eq(c, y - 2, "reached") ||
                                          eq(c, y - 2, "renewed") || eq(c, y - 2, "concluded"))));
    if (!dated)
        return;
    /* (the sentence's other edges, one pair of actors, all asserted) */
    for (e = first_event; e < c->doc->events.n; e++) {
        const relmap_event *ev = &c->doc->events.v[e];
        size_t a = ev->source < ev->target ? ev->source : ev->target;
        size_t b = ev->source < ev->target ? ev->target : ev->source;
        if (ev->start != c->t.toks[c->ss].start || ev->relation == RELMAP_REL_PART_OF ||
            ev->relation == RELMAP_REL_DENIES || ev->relation == RELMAP_REL_ACCUSES ||
            ev->relation == RELMAP_REL_ATTACKS || ev->relation == RELMAP_REL_SANCTIONS)
            continue;
        if (npairs == 0 || pair[0] != a || pair[1] != b) {
            if (npairs++ > 0 || ev->modality != RELMAP_MOD_ASSERTED)
                return;
            pair[0] = a;
            pair[1] = b;
        }
    }
    if (npairs == 1 &&
        add_event(c, entity_of_actor(c, pair[0]), entity_of_actor(c, pair[1]),
                  RELMAP_REL_COOPERATES_WITH, RELMAP_MOD_ASSERTED, NULL, q, q + 1, NULL,
                  "under-agreement") < 0)
        c->failed = 1;
}

/* A noun for an agreement ("treaty", "memorandum", "compact"). */
static int agreement_word(const ctx *c, size_t k)
{
    return eq(c, k, "agreement") || eq(c, k, "treaty") || eq(c, k, "deal") || eq(c, k, "pact") ||
           eq(c, k, "accord") || eq(c, k, "memorandum") || eq(c, k, "arrangement") ||
           eq(c, k, "compact") || eq(c, k, "contract") || eq(c, k, "framework");
}

/* A word for mediating at k ("mediation", "mediators"). */
static int mediation_word(const ctx *c, size_t k)
{
    return eq(c, k, "mediation") || eq(c, k, "mediator") || eq(c, k, "mediators") ||
           eq(c, k, "facilitation");
}

/* "EU-brokered talks between X and Y", "talks under Qatari mediation",
   "through Omani mediators", "with the mediation of Turkey": the broker
   takes part in the talks. */
static void run_brokers(ctx *c)
{
    size_t i;
    int k;
    for (i = 0; i < c->ms.n; i++) {
        const mention *m = &c->ms.v[i];
        size_t at;
        if (m->entity < 0)
            continue;
        if (m->use == M_MOD && m->b + 1 < c->se && is(c, RM_C_HOSTING, m->b + 1))
            at = m->b + 1;
        else if (m->use == M_WEAK && m->kind == RM_ALIAS_DEMONYM && !m->poss && m->b < c->se &&
                 mediation_word(c, m->b) && ent(c, m->entity)->type == RELMAP_ACTOR_COUNTRY)
            at = m->b;
        /* ("through Omani mediators": the mediators are the country's) */
        else if (m->use == M_STRONG && m->kind == RM_ALIAS_DEMONYM && m->b > m->a + 1 &&
                 mediation_word(c, m->b - 1) && m->a > c->ss &&
                 (eq(c, m->a - 1, "through") || eq(c, m->a - 1, "via") || eq(c, m->a - 1, "by")) &&
                 ent(c, m->entity)->type == RELMAP_ACTOR_COUNTRY)
            at = m->b - 1;
        else if (m->use == M_STRONG && m->a >= c->ss + 2 &&
                 (eq(c, m->a - 1, "of") || eq(c, m->a - 1, "by")) && mediation_word(c, m->a - 2))
            at = m->a - 2;
        else
            continue;
        for (k = 0; k < c->nsym; k++) {
            const char *cue = NULL;
            relmap_modality mod = RELMAP_MOD_ASSERTED;
            size_t e;
            /* the broker's part has the talks' own modality */
            for (e = c->sent_first; e < c->doc->events.n; e++) {
                const relmap_event *ev = &c->doc->events.v[e];
                if (ev->start == c->t.toks[c->ss].start && ev->relation == RELMAP_REL_MEETS) {
                    mod = ev->modality;
                    cue = ev->cue;
                    break;
                }
            }
            /* ("X refused to attend Qatari-mediated talks with Y": the
               refusal is the first party's; the broker and Y refused
               nothing) */
            if (mod == RELMAP_MOD_NEGATED && k > 0)
                break;
            add_event(c, m->entity, c->sym[k], RELMAP_REL_MEETS, mod, NULL, at, at + 1, cue,
                      "broker-compound");
        }
    }
}

/* A verb that stands in for the deed named before it: "do so", "take
   the step". */
static int light_do(const ctx *c, size_t k)
{
    return eq(c, k, "do") || eq(c, k, "doing") || eq(c, k, "take") || eq(c, k, "taking") ||
           eq(c, k, "make") || eq(c, k, "making") || eq(c, k, "consider") ||
           eq(c, k, "pursue") || eq(c, k, "approve") || eq(c, k, "allow");
}

/* "China has considered this option": a cue whose clause holds no trigger
   but an event anaphor re-applies the latest matching event. */
static void run_event_anaphora(ctx *c, size_t first_prev_event)
{
    size_t i;
    for (i = 0; i < c->cues.n; i++) {
        const cue_at *ca = &c->cues.v[i];
        const rm_cue *cue = rm_lex_cue(c->lx, ca->cue);
        size_t j;
        int cl = clause_of(c, ca->a), has_trig = 0, anaph = 0, subj = -1;
        group g;
        if (cue->scope == RM_SCOPE_SENTENCE || cue->modality == RELMAP_MOD_ALLEGED)
            continue;
        /* (the cue's own object: "is weighing this option", "refused to do
           so" -- not "intends to restart a reactor and connect it", "trying
           to cover it up"; in the cue's clause) */
        for (j = ca->b; j < ca->b + 2 && j < c->se && clause_of(c, j) == cl && !anaph; j++)
            if ((j == ca->b || light_do(c, ca->b)) &&
                class_at(c, RM_C_EANAPH, &c->t, j, c->se) > 0)
                anaph = 1;
        /* ", a step it has so far avoided" (a step the sentence names
           before it: only its own events) */
        int back = 0;
        for (j = ca->a > c->ss + 5 ? ca->a - 5 : c->ss; j < ca->a && !anaph; j++)
            if (class_at(c, RM_C_EANAPH, &c->t, j, ca->a) &&
                j > c->ss && eq(c, j - 1, ","))
                anaph = back = 1;
        if (!anaph)
            continue;
        /* (a trigger in the cue's clause after it is the cue's event) */
        for (j = ca->b; j < c->se && clause_of(c, j) == cl && !has_trig; j++)
            has_trig = c->trig[j - c->ss] != 0;
        if (has_trig)
            continue;
        if (find_subject(c, ca->a, &g))
            subj = entity_of(c, g.m[0], NULL, 0);
        if (subj < 0)
            continue;
        for (j = c->doc->events.n; j-- > first_prev_event;) {
            relmap_event ev = c->doc->events.v[j];
            int sa = c->doc->actor_of_entity[subj];
            int t;
            if (ev.relation == RELMAP_REL_DENIES || ev.relation == RELMAP_REL_PART_OF ||
                (back && j < c->sent_first))
                continue;
            /* ("Moscow is ready to deliver more S-400s, a step Ankara has
               so far avoided": in its own sentence, an event the subject
               receives is the one meant) */
            int s2 = subj;
            if ((int)ev.source != sa && (int)ev.target == sa && j >= c->sent_first) {
                s2 = entity_of_actor(c, ev.source);
                t = subj;
            } else if ((int)ev.source != sa) {
                continue;
            } else {
                t = entity_of_actor(c, ev.target);
            }
            {
                const char *ct;
                relmap_modality m = modality_for(c, ca->b, ca->b + 1, ev.relation, s2, t, &ct);
                if (m < cue->modality) {
                    m = cue->modality;
                    ct = rm_lex_cue_text(c->lx, ca->cue);
                }
                add_event(c, s2, t, ev.relation, m, ev.item, ca->a, ca->b, ct,
                          "event-anaphora");
            }
            break;
        }
    }
}

static void update_history(ctx *c)
{
    size_t i;
    int subj = -1, subj_person = 0;
    /* (entries from before the previous sentence are never read again:
       find_anaphor_cands stops at the first one, and sent_idx only grows;
       dropped now and then, the vectors stay small however long the
       document) */
    if (c->recent.n >= 256 && c->recent.n == c->recent_sent.n) {
        size_t k = 0;
        while (k < c->recent.n && c->recent_sent.v[k] + 1 < c->sent_idx)
            k++;
        if (k > 0) {
            memmove(c->recent.v, c->recent.v + k, (c->recent.n - k) * sizeof *c->recent.v);
            memmove(c->recent_sent.v, c->recent_sent.v + k,
                    (c->recent.n - k) * sizeof *c->recent_sent.v);
            c->recent.n -= k;
            c->recent_sent.n -= k;
        }
    }
    for (i = 0; i < c->ms.n; i++) {
        const mention *m = &c->ms.v[i];
        /* (an actor named only in a clause about another is no antecedent
           for the next sentence: "Al-Shabab, which is linked to al-Qaida,
           ... . The group ...") */
        if (m->use == M_STRONG && !c->inrel[m->a - c->ss]) {
            if (rm_vec_push(&c->recent, m->entity) ||
                rm_vec_push(&c->recent_sent, c->sent_idx))
                c->failed = 1;
            if (subj < 0 && (m->prep[0] == '\0' || m->poss)) {
                subj = m->entity;
                subj_person = person_mention(c, (int)i);
            }
        }
    }
    if (subj >= 0) {
        c->prev_subject = subj;
        c->prev_subject_person = subj_person;
    }
    /* whoever reports or claims something is the likely target of a later
       denial whose claimant the text leaves unstated */
    /* (the last such word of the sentence wins: look from the end) */
    for (i = c->se; i-- > c->ss && ((c->scls >> RM_C_REPORT) & 1u);) {
        group g;
        /* (straight to the previous REPORT word: most words are none) */
        while (i > c->ss && !is(c, RM_C_REPORT, i))
            i--;
        if (is(c, RM_C_REPORT, i) && mention_at(c, i) < 0 && find_subject(c, i, &g) &&
            g.n > 0) {
            int e = entity_of(c, g.m[0], NULL, 0);
            if (e >= 0) {
                c->last_claimant = e;
                break;
            }
        }
    }
}

/* "We will keep supplying Ukraine," the German chancellor said: "we",
   "our" and "us" stand for the speaker of a reporting verb in the
   sentence; without one they stand for no one. */
static void resolve_first_person(ctx *c)
{
    size_t i, q;
    int speaker = -1;
    for (q = 0; q < c->cues.n && speaker < 0; q++) {
        const cue_at *ca = &c->cues.v[q];
        if (rm_lex_cue(c->lx, ca->cue)->own_report && ca->nspeaker == 1 && ca->speaker[0] >= 0)
            speaker = ca->speaker[0];
    }
    for (i = 0; i < c->ms.n; i++) {
        mention *m = &c->ms.v[i];
        if (!m->first_person)
            continue;
        if (speaker >= 0) {
            m->entity = m->cand[0] = speaker;
            m->ncand = m->ncur = 1;
        } else {
            m->use = M_MOD;
        }
    }
}

/* ctx.preps for the sentence's mentions as they now stand. */
static void note_preps(ctx *c)
{
    size_t i;
    int q;
    c->npreps = 0;
    c->prep_maxb = 0;
    for (i = 0; i < c->ms.n; i++) {
        const mention *m = &c->ms.v[i];
        if (!usable(m) && m->use != M_WEAK)
            continue;
        for (q = 0; q < c->npreps && str_ne(c->preps[q].prep, m->prep) != 0; q++)
            ;
        if (q == c->npreps) {
            if (q == (int)(sizeof c->preps / sizeof c->preps[0])) {
                c->npreps = -1; /* too many: find_prep looks at the mentions */
                return;
            }
            memcpy(c->preps[q].prep, m->prep, sizeof m->prep);
            c->preps[q].b = 0;
            c->preps[q].list = str_ne(m->prep, "including") == 0 || str_ne(m->prep, "as") == 0 ||
                               str_ne(m->prep, "like") == 0 || str_ne(m->prep, "such") == 0;
            c->npreps++;
        }
        if (m->b > c->preps[q].b)
            c->preps[q].b = m->b;
        if (m->prep[0] && m->b > c->prep_maxb)
            c->prep_maxb = m->b;
    }
}

static void do_sentence(ctx *c, const rm_sentence *s, size_t *prev_first)
{
    size_t n = s->tok_end - s->tok_start, i, first_now = c->doc->events.n;
    c->ss = s->tok_start;
    c->se = s->tok_end;
    c->ms.n = 0;
    c->nsym = 0;
    c->sent_first = c->doc->events.n;
    c->prev_first = *prev_first;
    note_attacks(c);
    memset(c->tok_m, 0xff, n * sizeof *c->tok_m); /* -1 */
    memset(c->tnh, 0xff, n);                      /* -1 */
    memset(c->clause, 0, n * sizeof *c->clause);
    memset(c->inrel, 0, n);
    /* what the sentence holds, for passes that look for one word or class */
    {
        unsigned long long scls = 0;
        size_t ncommas = 0, nccand = 0, nrcand = 0, nmcand = 0, ntbit = 0, nqcand = 0;
        unsigned long long sor = 0; /* the OR of the TL_* words */
        /* (the arrays in locals: see token_tags) */
        const unsigned char *tlist = c->tlist;
        const unsigned long long *tcls = c->tcls;
        size_t *ccand = c->ccand, *rcand = c->rcand, *mcand = c->mcand, *commas = c->commas,
               *tbit = c->tbit, *qcand = c->qcand, se = c->se;
        for (i = c->ss; i < se; i++)
            scls |= tcls[i];
        /* (eight tokens at a time: most go in no list, or in one) */
        for (i = c->ss; i < se; i += 8) {
            unsigned long long w = tl_word(tlist + i, se - i < 8 ? se - i : 8);
            if (w == 0)
                continue;
            sor |= w;
            nccand = tl_push(ccand, nccand, w & (TL_ONES8 * TL_CLAUSE), i);
            nrcand = tl_push(rcand, nrcand, w & (TL_ONES8 * TL_REL), i);
            nmcand = tl_push(mcand, nmcand, w & (TL_ONES8 * TL_MENTION), i);
            ncommas = tl_push(commas, ncommas, w & (TL_ONES8 * TL_COMMA), i);
            ntbit = tl_push(tbit, ntbit, w & (TL_ONES8 * TL_TRIG), i);
            nqcand = tl_push(qcand, nqcand, w & (TL_ONES8 * TL_CUE), i);
        }
        c->scls = scls;
        c->srare = (sor & (TL_ONES8 * TL_RARE)) != 0;
        /* (without "along" or "together", none is to be looked for) */
        c->along_with = c->srare ? (size_t)-2 : (size_t)-1;
        c->ncommas = ncommas;
        c->nccand = nccand;
        c->nrcand = nrcand;
        c->nmcand = nmcand;
        c->ntbit = ntbit;
        c->nqcand = nqcand;
    }
    find_clauses(c);
    mark_triggers(c, 1); /* before mentions: possessive_before_name looks */
    c->title = -1;
    c->ngvenue = 0;
    find_mentions(c);
    share_roles(c);
    subordinate_subjects(c);
    group_mentions(c);
    for (i = 0; i < c->ms.n; i++)
        if (c->ms.v[i].surface)
            note_surface(c, &c->ms.v[i]);
    mark_triggers(c, 0);
    mark_appositives(c);
    split_time_clauses(c);
    find_cues(c);
    resolve_first_person(c);
    run_patterns(c);
    note_preps(c);
    run_triggers(c);
    c->npreps = -1;
    run_brokers(c);
    run_under_agreement(c, first_now);
    run_event_anaphora(c, *prev_first);
    /* accusers become claimants for later denials */
    for (i = first_now; i < c->doc->events.n; i++)
        if (c->doc->events.v[i].relation == RELMAP_REL_ACCUSES)
            c->last_claimant = entity_of_actor(c, c->doc->events.v[i].source);
    update_history(c);
    c->sent_idx++;
    *prev_first = first_now;
}

static int abbrev_cb(const char *w, size_t n, const void *lx)
{
    return rm_lex_is((const relmap_lexicon *)lx, RM_C_ABBREV, w, n);
}

/* "date YYYY-MM-DD" at the very start; returns the offset after it. */
static size_t parse_date(relmap_doc *d, const char *text, size_t len)
{
    size_t i = 0, k;
    while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' ||
                       text[i] == '\r'))
        i++;
    if (len - i < 15 || memcmp(text + i, "date ", 5) != 0)
        return 0;
    for (k = 0; k < 10; k++) {
        char ch = text[i + 5 + k];
        if ((k == 4 || k == 7) ? ch != '-' : (ch < '0' || ch > '9'))
            return 0;
    }
    if (i + 15 < len && text[i + 15] != ' ' && text[i + 15] != '\n' &&
        text[i + 15] != '\r' && text[i + 15] != '\t')
        return 0;
    memcpy(d->date, text + i + 5, 10);
    d->date[10] = '\0';
    d->has_date = 1;
    return i + 15;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A claim the document states as fact is one claim: the same relation
   reported elsewhere in it ("the visit was a matter between the two
   countries", an official said) adds no alleged edge beside the asserted
   one. (Plans, considerations and negations stay: they are other claims.) */
static rm_skey key_of(const relmap_event *e)
{
    rm_skey k;
    size_t a = e->source, b = e->target;
    if (relmap_relation_is_symmetric(e->relation) && b < a) {
        a = e->target;
        b = e->source;
    }
    k.hi = a;
    k.lo = b;
    k.val = (size_t)e->relation;
    return k;
}

/* Is k among the n sorted claims? */
static int has_claim(const rm_skey *v, size_t n, const rm_skey *k)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const rm_skey *m = &v[mid];
        if (m->hi != k->hi ? m->hi < k->hi : m->lo != k->lo ? m->lo < k->lo : m->val < k->val)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && v[lo].hi == k->hi && v[lo].lo == k->lo && v[lo].val == k->val;
}

static int drop_restatements(relmap_doc *d)
{
    size_t i, n = 0, o = 0;
    rm_skey *asserted; /* (source, target, relation) */
    if (d->events.n == 0)
        return 0;
    asserted = malloc(d->events.n * sizeof *asserted);
    if (asserted == NULL)
        return -1;
    for (i = 0; i < d->events.n; i++)
        if (d->events.v[i].modality == RELMAP_MOD_ASSERTED)
            asserted[n++] = key_of(&d->events.v[i]);
    /* (numbers only: qsort's calls through a pointer cost more than the
       rest of this pass on a long document) */
    rm_sort_keys(asserted, n);
    for (i = 0; i < d->events.n; i++) {
        const relmap_event *e = &d->events.v[i];
        rm_skey k = key_of(e);
        if (e->modality == RELMAP_MOD_ALLEGED && n > 0 && has_claim(asserted, n, &k))
            continue;
        d->events.v[o++] = *e;
    }
    d->events.n = o;
    free(asserted);
    return 0;
}

/* Tag the word types the last piece of text added (rm_lex_tag,
   rm_gaz_tag) and set their mskip bits. 0, or -1 when out of memory. */
static int tag_piece(ctx *c)
{
    size_t ty;
    if (rm_lex_tag(c->lx, &c->t) || rm_gaz_tag(c->x->gaz, &c->t))
        return -1;
    if (c->t.ntypes + 1 > c->capmskip) {
        size_t cap = c->capmskip ? c->capmskip : 256;
        unsigned char *m;
        while (cap < c->t.ntypes + 1)
            cap *= 2;
        struct tinfo *ti;
        m = realloc(c->mskip, cap);
        if (m == NULL)
            return -1;
        c->mskip = m;
        ti = realloc(c->tinfo, cap * sizeof *ti);
        if (ti == NULL)
            return -1;
        c->tinfo = ti;
        c->capmskip = cap;
    }
    /* the tests find_mentions makes first on every word, per type */
    for (ty = c->nmskip; ty < c->t.ntypes; ty++) {
        const rm_fold_type *f = &c->t.types[ty];
        unsigned long long lm = c->t.lmask[ty];
        const char *fs = c->t.folds + f->fold;
        int the = f->nfold == 3 && memcmp(fs, "the", 3) == 0;
        int dash_comma = f->nfold == 1 && (fs[0] == '-' || fs[0] == ',');
        unsigned char b = 0;
        if (c->t.groot[ty] < 0 &&
            !((lm >> (RM_SLOT_CLS + RM_C_GANAPH)) & 1u) &&
            !((lm >> (RM_SLOT_CLS + RM_C_CANAPH)) & 1u) && !the &&
            !((lm >> (RM_SLOT_CLS + RM_C_OANAPH)) & 1u) &&
            !((c->t.lcls[ty] >> RM_C_PRON) & 1u))
            b |= TB_NO_MENTION;
        if (!((lm >> (RM_SLOT_CLS + RM_C_BREAK)) & 1u) && !dash_comma)
            b |= TB_NO_CLAUSE;
        if (!((c->t.lcls[ty] >> RM_C_REL) & 1u))
            b |= TB_NO_REL;
        if (c->t.groot[ty] < 0)
            b |= TB_NO_GAZ;
        c->mskip[ty] = b;
        c->tinfo[ty].key = tlen_key(f);
        c->tinfo[ty].cls = c->t.lcls[ty];
        c->tinfo[ty].lm = lm;
        c->tinfo[ty].mul = rm_lex_word_multi(c->lx, c->t.lw[ty]);
        c->tinfo[ty].sgl = rm_lex_word_single(c->lx, c->t.lw[ty]);
        c->tinfo[ty].sec = rm_lex_word_second(c->lx, c->t.lw[ty]);
        c->tinfo[ty].gfirst = (unsigned char)rm_gaz_first_cases(c->x->gaz, c->t.gw[ty]);
        c->tinfo[ty].wb = word_bits(fs, f->nfold, f->key);
        if ((c->tinfo[ty].wb & WB_DETSKIP) ||
            ((c->t.lcls[ty] >> RM_C_DET) & 1u) || ((c->t.lcls[ty] >> RM_C_COMPASS) & 1u) ||
            ((c->t.lcls[ty] >> RM_C_ORGN) & 1u) || (f->nfold == 5 && memcmp(fs, "least", 5) == 0))
            c->tinfo[ty].wb |= WB_LEFTSKIP;
        if (region_fold(fs, f->nfold))
            c->tinfo[ty].wb |= WB_REGION;
        {
            int ge = -1;
            rm_alias_kind gk = RM_ALIAS_NAME;
            unsigned gc = 0;
            c->tinfo[ty].gleaf = (unsigned char)(c->t.groot[ty] >= 0 &&
                                                 rm_gaz_root_leaf(c->x->gaz, c->t.groot[ty],
                                                                  &ge, &gk, &gc));
            c->tinfo[ty].gent = ge;
            c->tinfo[ty].gkind = (unsigned char)gk;
            c->tinfo[ty].gcase = (unsigned char)gc;
            c->tinfo[ty].gsec = (unsigned char)rm_gaz_word_second(c->x->gaz, c->t.gw[ty]);
        }
        c->tinfo[ty].msk = b;
        /* (triggers_ref then has them without a lookup at each token) */
        c->tinfo[ty].thn = -1;
        c->tinfo[ty].th = 0;
        c->tinfo[ty].plain = 0;
        if (((lm >> RM_SLOT_TRIG) & 1u) && !((c->tinfo[ty].mul >> RM_SLOT_TRIG) & 1u)) {
            size_t n;
            if (c->tpool.n + 4 > c->tpool.cap &&
                rm_vec_reserve_((void **)&c->tpool.v, &c->tpool.cap, c->tpool.n + 4,
                                sizeof *c->tpool.v))
                return -1;
            n = rm_lex_word_phrases(c->lx, RM_SLOT_TRIG, c->t.lw[ty], c->tpool.v + c->tpool.n, 4);
            c->tinfo[ty].th = (int)c->tpool.n;
            c->tinfo[ty].thn = (signed char)n;
            c->tpool.n += n;
        }
        /* (what do_sentence tested per token: tmsk, eq ",", tlm) */
        c->tinfo[ty].lists =
            (unsigned char)((!(b & TB_NO_CLAUSE) ? TL_CLAUSE : 0) |
                            (!(b & TB_NO_REL) ? TL_REL : 0) |
                            (!(b & TB_NO_MENTION) ? TL_MENTION : 0) |
                            (f->nfold == 1 && fs[0] == ',' ? TL_COMMA : 0) |
                            (((lm >> RM_SLOT_TRIG) & 1u) ? TL_TRIG : 0) |
                            (((lm >> RM_SLOT_CUE) & 1u) ? TL_CUE : 0) |
                            ((f->nfold == 5 && memcmp(fs, "under", 5) == 0) ||
                                     (f->nfold == 5 && memcmp(fs, "along", 5) == 0) ||
                                     (f->nfold == 8 && memcmp(fs, "together", 8) == 0)
                                 ? TL_RARE
                                 : 0));
    }
    c->nmskip = c->t.ntypes;
    return 0;
}

/* ctx.tkey and ctx.tcls for every token of the piece read. 0, or -1
   when out of memory. */
static int token_tags(ctx *c)
{
    size_t i, n = c->t.ntoks;
    if (c->ntagged > n)
        c->ntagged = 0;
    if (n + 1 > c->captk) {
        /* one block for the six arrays; what they held is copied over */
        size_t cap = c->captk ? c->captk : 256, k = c->ntagged;
        unsigned char *blk;
        unsigned long long *key;
        while (cap < n + 1)
            cap *= 2;
        blk = malloc(cap * (3 * sizeof(unsigned long long) + 3));
        if (blk == NULL)
            return -1;
        key = (unsigned long long *)blk;
        if (k) {
            memcpy(key, c->tkey, k * sizeof *key);
            memcpy(key + cap, c->tcls, k * sizeof *key);
            memcpy(key + 2 * cap, c->tlm, k * sizeof *key);
            memcpy((unsigned char *)(key + 3 * cap), c->tmsk, k);
            memcpy((unsigned char *)(key + 3 * cap) + cap, c->twb, k);
            memcpy((unsigned char *)(key + 3 * cap) + 2 * cap, c->tlist, k);
        }
        free(c->tkey);
        c->tkey = key;
        c->tcls = c->tkey + cap;
        c->tlm = c->tcls + cap;
        c->tmsk = (unsigned char *)(c->tlm + cap);
        c->twb = c->tmsk + cap;
        c->tlist = c->twb + cap;
        c->captk = cap;
    }
    /* (only the tokens read since the last call: a piece without a
       sentence end keeps growing, and refilling all of it each time was
       quadratic) */
    {
        /* (the arrays in locals: a store through one could alias ctx, and
           each would be loaded again for every token) */
        const struct tinfo *tinfo = c->tinfo;
        const rm_token *toks = c->t.toks;
        unsigned long long *tkey = c->tkey, *tcls = c->tcls, *tlm = c->tlm;
        unsigned char *tmsk = c->tmsk, *twb = c->twb, *tlist = c->tlist;
        for (i = c->ntagged; i < n; i++) {
            const struct tinfo *ti = &tinfo[toks[i].type];
            unsigned fl = toks[i].flags;
            tkey[i] = ti->key;
            tcls[i] = ti->cls;
            tlm[i] = ti->lm;
            twb[i] = ti->wb;
            tlist[i] = (unsigned char)(ti->lists | ((fl & RM_TOK_CAP) ? TL_MENTION : 0));
            /* (no alias starting with the word is written so: "us", not "US") */
            tmsk[i] = (unsigned char)(ti->msk | (!rm_gaz_first_case_may(ti->gfirst, fl) ? TB_NO_GAZ : 0));
        }
    }
    c->ntagged = n;
    return 0;
}

/* rm_text_drop, with the per-token copies moved along. */
static void drop_piece(ctx *c)
{
    size_t before = c->t.ntoks, k;
    rm_text_drop(&c->t);
    k = before - c->t.ntoks; /* tokens dropped from the front */
    if (k == 0 || c->ntagged < k) {
        c->ntagged = k ? 0 : c->ntagged;
        return;
    }
    c->ntagged -= k;
    memmove(c->tkey, c->tkey + k, c->ntagged * sizeof *c->tkey);
    memmove(c->tcls, c->tcls + k, c->ntagged * sizeof *c->tcls);
    memmove(c->tlm, c->tlm + k, c->ntagged * sizeof *c->tlm);
    memmove(c->tmsk, c->tmsk + k, c->ntagged);
    memmove(c->twb, c->twb + k, c->ntagged);
    memmove(c->tlist, c->tlist + k, c->ntagged);
}

int relmap_extract(relmap_doc **out, const relmap_extractor *x,
                   const char *text, size_t len, relmap_error *err)
{
    ctx c;
    relmap_doc *d;
    size_t i, begin, prev_first = 0;
    int rc = 0;

    *out = NULL;
    if (x == NULL || (text == NULL && len > 0))
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0, "no extractor or text");
    d = calloc(1, sizeof *d);
    if (d == NULL)
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    d->nentities = relmap_gazetteer_count(x->gaz) + MAX_DYN;
    d->actor_of_entity = malloc((d->nentities + 1) * sizeof(int));
    if (d->actor_of_entity == NULL) {
        free(d);
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    }
    for (i = 0; i < d->nentities; i++)
        d->actor_of_entity[i] = -1;
    memset(&c, 0, sizeof c);
    c.x = x;
    c.lx = x->lex;
    c.doc = d;
    c.ngaz = (int)relmap_gazetteer_count(x->gaz);
    c.gents = c.ngaz > 0 ? rm_gaz_entity(x->gaz, 0) : NULL;
    c.gedges = rm_gaz_edge_filter(x->gaz);
    c.prev_subject = -1;
    c.last_claimant = -1;
    c.ruler = -1;
    c.forces_owner = -1;
    c.pair[0] = c.pair[1] = -1;
    c.pair_sent = (size_t)-1;
    c.npreps = -1;
    c.goods_np = (size_t)-1;
    c.licensed_at = (size_t)-1;
    begin = parse_date(d, text ? text : "", len);
    /* the text is read a piece at a time (rm_text_more): its tokens stay
       in cache and a long document never holds them all */
    if (rm_text_start(&c.t, text ? text : "", len, begin, abbrev_cb, x->lex)) {
        relmap_doc_free(d);
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    }
    /* a sentence has at most RM_MAX_SENT_TOKENS tokens */
    c.tok_m = malloc((RM_MAX_SENT_TOKENS + 1) * sizeof(int));
    c.clause = malloc((RM_MAX_SENT_TOKENS + 1) * sizeof(int));
    c.inrel = malloc(RM_MAX_SENT_TOKENS + 1);
    c.trig = malloc(RM_MAX_SENT_TOKENS + 1);
    c.fired = malloc(RM_MAX_SENT_TOKENS + 1);
    c.tnh = malloc(RM_MAX_SENT_TOKENS + 1);
    /* the sentence's word lists: one block of eight */
    c.tcand = malloc(8 * (RM_MAX_SENT_TOKENS + 1) * sizeof *c.tcand);
    if (c.tcand) {
        c.commas = c.tcand + (RM_MAX_SENT_TOKENS + 1);
        c.cstart = c.commas + (RM_MAX_SENT_TOKENS + 1);
        c.mcand = c.cstart + (RM_MAX_SENT_TOKENS + 1);
        c.tbit = c.mcand + (RM_MAX_SENT_TOKENS + 1);
        c.qcand = c.tbit + (RM_MAX_SENT_TOKENS + 1);
        c.ccand = c.qcand + (RM_MAX_SENT_TOKENS + 1);
        c.rcand = c.ccand + (RM_MAX_SENT_TOKENS + 1);
    }
    c.thit = malloc((RM_MAX_SENT_TOKENS + 1) * 4 * sizeof *c.thit);
    if (!c.tok_m || !c.clause || !c.inrel || !c.trig || !c.fired || !c.tnh || !c.thit || !c.tcand)
        c.failed = 1;
    while (!c.failed) {
        if (rm_text_more(&c.t)) {
            c.failed = 1;
            break;
        }
        /* the helpers below read the tags directly */
        if (tag_piece(&c) || token_tags(&c)) {
            c.failed = 1;
            break;
        }
        for (i = 0; i < c.t.nsents && !c.failed; i++)
            do_sentence(&c, &c.t.sents[i], &prev_first);
        if (c.t.ts.done)
            break;
        drop_piece(&c);
    }
    if (!c.failed && drop_restatements(d))
        c.failed = 1;
    if (c.failed)
        rc = rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    for (i = 0; i < d->actors.n; i++) {
        actor *a = &d->actors.v[i];
        if (a->aliases.n > 1) /* v is NULL when there are none */
            qsort(a->aliases.v, a->aliases.n, sizeof(char *), cmp_str);
        a->info.aliases = (const char *const *)a->aliases.v;
        a->info.n_aliases = a->aliases.n;
        rm_vec_free(&a->alias_key);
    }
    free(c.tok_m);
    free(c.clause);
    free(c.inrel);
    free(c.trig);
    free(c.fired);
    free(c.tnh);
    free(c.tcand); /* (and the other word lists: one block) */
    free(c.thit);
    free(c.mskip);
    free(c.tkey); /* (and the other per-token arrays: one block) */
    free(c.tinfo);
    free(c.att);
    rm_vec_free(&c.ms);
    rm_vec_free(&c.tpool);
    rm_vec_free(&c.cues);
    rm_vec_free(&c.recent);
    rm_vec_free(&c.recent_sent);
    rm_text_free(&c.t);
    if (rc) {
        relmap_doc_free(d);
        return rc;
    }
    *out = d;
    return 0;
}

void relmap_doc_free(relmap_doc *d)
{
    size_t i, k;
    if (d == NULL)
        return;
    for (i = 0; i < d->actors.n; i++) {
        for (k = 0; k < d->actors.v[i].aliases.n; k++)
            free(d->actors.v[i].aliases.v[k]);
        rm_vec_free(&d->actors.v[i].aliases);
        rm_vec_free(&d->actors.v[i].alias_key);
    }
    for (i = 0; i < d->strings.n; i++)
        free(d->strings.v[i]);
    rm_vec_free(&d->strings);
    rm_vec_free(&d->actors);
    rm_vec_free(&d->events);
    free(d->actor_of_entity);
    free(d);
}

const char *relmap_doc_date(const relmap_doc *d)
{
    return d && d->has_date ? d->date : NULL;
}

size_t relmap_doc_actor_count(const relmap_doc *d)
{
    return d ? d->actors.n : 0;
}

const relmap_actor_info *relmap_doc_actor(const relmap_doc *d, size_t i)
{
    return d && i < d->actors.n ? &d->actors.v[i].info : NULL;
}

size_t relmap_doc_event_count(const relmap_doc *d)
{
    return d ? d->events.n : 0;
}

const relmap_event *relmap_doc_event(const relmap_doc *d, size_t i)
{
    return d && i < d->events.n ? &d->events.v[i] : NULL;
}

int relmap_extractor_new(relmap_extractor **out, const relmap_gazetteer *g,
                         const relmap_lexicon *lx, relmap_error *err)
{
    relmap_extractor *x;
    *out = NULL;
    if (g == NULL || lx == NULL)
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0,
                            "an extractor needs a gazetteer and a lexicon");
    x = calloc(1, sizeof *x);
    if (x == NULL)
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    x->gaz = g;
    x->lex = lx;
    *out = x;
    return 0;
}

void relmap_extractor_free(relmap_extractor *x)
{
    free(x);
}
