/* Lexicon internals shared with the extractor. */
#ifndef RELMAP_LEXICON_INT_H
#define RELMAP_LEXICON_INT_H

#include <stddef.h>

#include "relmap/lexicon.h"
#include "relmap/schema.h"
#include "text.h"

/* Argument roles (see README "Lexicon format"). */
typedef enum rm_role_kind {
    RM_ROLE_SUBJECT,
    RM_ROLE_LEFT,
    RM_ROLE_OBJECT,
    RM_ROLE_POSSESSOR,
    RM_ROLE_THAT,
    RM_ROLE_CLAIMANT,
    RM_ROLE_ATTACKER, /* "Pakistan retaliated": whoever last attacked the source */
    RM_ROLE_BETWEEN,
    RM_ROLE_APPOS,  /* "X, once Y's top suppliers": the actor the phrase describes */
    RM_ROLE_VENUE,  /* "strikes across Ukraine": a place the trigger happens in */
    RM_ROLE_ORIGIN, /* "bought Russian crude": a demonym in the object */
    RM_ROLE_CLAUSE, /* "built the missiles with Chinese help": the subject of
                       the clause the phrase is in */
    RM_ROLE_PREP
} rm_role_kind;

typedef struct rm_role {
    rm_role_kind kind;
    char prep[16]; /* for RM_ROLE_PREP: the folded preposition */
} rm_role;

#define RM_MAX_ROLES 8

typedef struct rm_trigger {
    /* First what try_trigger tests for every reading (the relation, the
       counts of the lists, the flags), in the record's first 64 bytes:
       the record is 1.8 KB, and with these spread through it a reading
       touched eight of its cache lines. */
    relmap_relation relation;
    int nsource, ntarget;
    int nafter, ncontext, nunless_next, nunless_prev, nunless_clause;
    /* flags, 0 or 1: */
    unsigned char item;            /* collect the supplied item */
    unsigned char item_goods;      /* fire only when the item is goods ("moved weapons to") */
    unsigned char affirmative_only; /* its negation is no claim ("did not sign" does not
                                      deny a meeting) */
    unsigned char party_target;    /* the target is a party, not its forces ("hosted Iran",
                                      not "hosted Russian troops") */
    unsigned char forces_source;   /* the source must be forces: "Egyptian soldiers arrived in" */
    unsigned char unless_org;      /* the unless_clause words drop the trigger only when a
                                      party is an organisation: "signed a contract with
                                      Saab", not "India and the Philippines signed a
                                      contract" */
    unsigned char seller_org;      /* of the two parties, the organisation supplies the
                                      other: "signed a contract with Saab", "Rosatom
                                      signed a contract with Kazakhstan" */
    unsigned char person_source;   /* the source must be a person or speak for a state
                                      ("the Chinese president arrived", not "troops arrived") */
    unsigned char person_target;   /* the target must be a person or an office, named
                                      for itself ("received the U.S. secretary of state",
                                      not "received U.S. missiles" or "Putin's remarks") */
    unsigned char symmetric_group; /* "X and Y met": pair up a coordinated subject */
    unsigned char plural_source;   /* fires only for two or more coordinated sources
                                      ("Mali, Niger and Burkina Faso formed the AES") */
    unsigned char also;            /* another reading of the word may add edges of the
                                      same relation ("buying American jets for
                                      Kyiv": bought from the US, and for Ukraine) */
    unsigned char name_follows;    /* reads as a trigger only right before a name
                                      ("NATO allies Denmark and Norway", not "killed
                                      three Hezbollah members") */
    unsigned target_types; /* bit per relmap_actor_type allowed as target; 0 = any */
    relmap_modality modality; /* least modality of its events (an order is potential) */
    char *name;
    rm_role target[RM_MAX_ROLES], source[RM_MAX_ROLES];
    char after[16][24];   /* one of these words must stand within three words
                            before ("with Chinese help"); folded */
    char context[6][24]; /* one of these words must follow in the clause
                            ("designated ... a terrorist group"); folded */
    char unless_next[4][24]; /* none of these words may follow the trigger
                                ("clashed over the programme"); folded */
    char unless_prev[16][24]; /* none of these words may stand right before
                                the trigger ("trade war", "tug of war"); folded */
    char unless_clause[16][24]; /* none of these words may stand in the
                                  trigger's clause ("relations have soured") */
    unsigned long long unless_clause_key[16]; /* rm_len_key of each: the
                                  clause's words are compared by their keys */
    unsigned long long unless_clause_bits; /* bit rm_key_bit of each key: a
                                  word whose bit is clear is none of them */
    /* the same for the other word lists, read at each reading tried */
    unsigned long long after_key[16], context_key[6], unless_next_key[4],
        unless_prev_key[16];
    unsigned long long after_bits, context_bits, unless_next_bits, unless_prev_bits;
} rm_trigger;
_Static_assert(offsetof(rm_trigger, target) == 64,
               "what a reading tests first is in 64 bytes");

typedef enum rm_form {
    RM_FORM_BASE, /* supply, supplies */
    RM_FORM_ED,   /* supplied (past or participle) */
    RM_FORM_ING,  /* supplying */
    RM_FORM_NOUN
} rm_form;

typedef enum rm_scope {
    RM_SCOPE_NEXT, RM_SCOPE_CLAUSE, RM_SCOPE_SENTENCE,
    RM_SCOPE_PREV /* the nearest trigger before the cue: "an effort to X collapsed" */
} rm_scope;

/* A list of folded words (a cue's unless_next). */
typedef struct rm_words {
    char w[32][24];
    int n;
} rm_words;

typedef struct rm_cue {
    relmap_modality modality;
    rm_scope scope;
    int window;
    int own_report; /* a party's statement about itself stays asserted */
    int stop;       /* a stop of what flows ("cut"): one only threatened or
                       planned ("threatened to cut supplies") negates nothing */
    unsigned not_for; /* bit per relation the cue does not hedge */
    int unless;      /* rm_lex_cue_unless: the words whose coming within
                        four words drops the cue ("according to customs
                        data" reports a record, not a claim), or -1 */
} rm_cue;

/* Word classes used by the extractor. */
typedef enum rm_class {
    RM_C_BE, RM_C_AUX, RM_C_DET, RM_C_PREP, RM_C_VENUE, RM_C_COORD,
    RM_C_BREAK, RM_C_SUBORD, RM_C_REL, RM_C_ROLE, RM_C_ORGN, RM_C_BACKING,
    RM_C_BASED, RM_C_CANAPH, RM_C_OANAPH, RM_C_PRON, RM_C_EANAPH, RM_C_GOODS,
    RM_C_CONTAINER, RM_C_ABBREV, RM_C_OHEAD, RM_C_CHEAD, RM_C_GANAPH, RM_C_ENVOY, RM_C_REPORT, RM_C_CLAIM, RM_C_HOSTING, RM_C_QUANT, RM_C_LIGHT, RM_C_ADJ, RM_C_PRIVATE, RM_C_ATTEND, RM_C_GATHERING, RM_C_TIE, RM_C_RHEAD, RM_C_COMPASS, RM_C_TIME, RM_C_ADVERB, RM_C_MESSAGE, RM_C_UNDO, RM_C_HONORIFIC, RM_C_NSUFFIX, RM_C_NHEAD, RM_C_NGENERIC, RM_C_NSHORT, RM_C_REDUCE, RM_C_ETIME, RM_C_TREATYV, RM_C_MEMBERN, RM_C_UNITN, RM_C_ALIGNED, RM_C_FIRING, RM_C_NUMW, RM_C_RELN, RM_C_LEADING, RM_C_KNOWING, RM_C_APPROX, RM_C_PROSPECT, RM_C_INSTITUTION, RM_C_REFUSING, RM_C_ORIGINP, RM_C_INSTRUMENT, RM_C__COUNT
} rm_class;

/* A phrase matched at a token: what it is and how many tokens it spans. */
typedef struct rm_hit {
    size_t ntok;
    int value; /* trigger or cue index; 0 for classes */
    rm_form form;
} rm_hit;

/* Phrase tables, numbered for rm_text.lmask: triggers, cues, classes. */
enum { RM_SLOT_TRIG = 0, RM_SLOT_CUE = 1, RM_SLOT_CLS = 2,
       RM_NSLOTS = RM_SLOT_CLS + RM_C__COUNT };
_Static_assert(RM_NSLOTS <= 64, "rm_text.lmask has a bit per table");

/* Up to @p max phrases of table @p slot starting at token i, longest
   first. Returns the number written. */
size_t rm_lex_table_at(const relmap_lexicon *lx, int slot, const rm_text *t,
                       size_t i, size_t end, rm_hit *out, size_t max);

/* No phrase of table @p slot can start at token i: a test on the token's
   tag, so the common miss costs no call. */
static inline int rm_lex_none_at(const relmap_lexicon *lx, int slot,
                                 const rm_text *t, size_t i, size_t end)
{
    return i >= end ||
           (t->lex == (const void *)lx && !((t->lmask[t->toks[i].type] >> slot) & 1u));
}

/* Up to @p max phrases of the trigger table starting at token i, longest
   first. Returns the number written. */
static inline size_t rm_lex_triggers_at(const relmap_lexicon *lx, const rm_text *t,
                                        size_t i, size_t end, rm_hit *out, size_t max)
{
    if (rm_lex_none_at(lx, RM_SLOT_TRIG, t, i, end))
        return 0;
    return rm_lex_table_at(lx, RM_SLOT_TRIG, t, i, end, out, max);
}

/* Longest cue at token i (0 if none). */
static inline size_t rm_lex_cue_at(const relmap_lexicon *lx, const rm_text *t,
                                   size_t i, size_t end, rm_hit *out)
{
    if (rm_lex_none_at(lx, RM_SLOT_CUE, t, i, end))
        return 0;
    return rm_lex_table_at(lx, RM_SLOT_CUE, t, i, end, out, 1) ? out->ntok : 0;
}

/* Longest phrase of class @p c at token i: its token count, or 0. */
static inline size_t rm_lex_class_at(const relmap_lexicon *lx, rm_class c,
                                     const rm_text *t, size_t i, size_t end)
{
    rm_hit h;
    if (rm_lex_none_at(lx, RM_SLOT_CLS + (int)c, t, i, end))
        return 0;
    return rm_lex_table_at(lx, RM_SLOT_CLS + (int)c, t, i, end, &h, 1) ? h.ntok : 0;
}

/* Is the folded word in class c (single-token entries)? */
int rm_lex_is(const relmap_lexicon *lx, rm_class c, const char *fold, size_t n);
/* All classes the folded word belongs to, as bits (1 << class). One hash
   lookup; the extractor computes it once per token. */
unsigned long long rm_lex_word_classes(const relmap_lexicon *lx, const char *fold, size_t n);

/* Tag the words of @p t with their lexicon word ids, table masks and
   classes (rm_text.lw, .lmask, .lcls); called again after rm_text_more,
   it tags the types added since. 0, or -1 when out of memory (the text
   stays untagged: lookups then go by string). */
int rm_lex_tag(const relmap_lexicon *lx, rm_text *t);
unsigned long long rm_lex_tok_classes_(const relmap_lexicon *lx, const rm_text *t, size_t i);
/* rm_lex_word_classes of token i. */
static inline unsigned long long rm_lex_tok_classes(const relmap_lexicon *lx,
                                                    const rm_text *t, size_t i)
{
    if (t->lex == (const void *)lx)
        return t->lcls[t->toks[i].type];
    return rm_lex_tok_classes_(lx, t, i);
}

/* The tables (bits as in rm_text.lmask) with a phrase of two words or
   more starting with word id w (rm_text.lw); 0 for -1. Where a table has
   phrases starting with w but none longer than w, its longest is w alone. */
unsigned long long rm_lex_word_multi(const relmap_lexicon *lx, int w);
/* The tables with a one-word phrase w; 0 for -1. */
unsigned long long rm_lex_word_single(const relmap_lexicon *lx, int w);
/* The tables where word id w is the second word of a phrase of two words
   or more; 0 for -1. A phrase of two words or more of a table stands at a
   token only if the next token's word has the table's bit here. */
unsigned long long rm_lex_word_second(const relmap_lexicon *lx, int w);
/* The phrases of table slot that are word id w alone, up to max, into
   out; their number. At a token of w, for a w with no longer phrase in
   the table (rm_lex_word_multi), these are what rm_lex_table_at finds, in
   the same order: a caller may look them up once per word. */
size_t rm_lex_word_phrases(const relmap_lexicon *lx, int slot, int w, rm_hit *out,
                           size_t max);

/* The first member of struct relmap_lexicon (lexicon.c): the triggers
   and cues, which the extractor reads some 500,000 times a megabyte, by
   the inline functions below rather than by calls. (A pointer to a struct
   converted to a pointer to its first member points at that member.) */
typedef struct rm_lex_pub {
    struct { rm_trigger *v; size_t n, cap; } triggers;
    struct { rm_cue *v; size_t n, cap; } cues;
} rm_lex_pub;

static inline const rm_trigger *rm_lex_trigger(const relmap_lexicon *lx, int i)
{
    return &((const rm_lex_pub *)(const void *)lx)->triggers.v[i];
}

static inline const rm_cue *rm_lex_cue(const relmap_lexicon *lx, int i)
{
    return &((const rm_lex_pub *)(const void *)lx)->cues.v[i];
}
/* The cue's text as written in the lexicon (for --explain). */
const char *rm_lex_cue_text(const relmap_lexicon *lx, int i);
const rm_words *rm_lex_cue_unless(const relmap_lexicon *lx, int i);

#endif
