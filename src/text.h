/* Tokens and sentences over UTF-8 text, with byte spans into the input. */
#ifndef RELMAP_TEXT_H
#define RELMAP_TEXT_H

#include <stddef.h>
#include <string.h>

enum {
    RM_TOK_WORD = 1 << 0,    /* letters/digits */
    RM_TOK_PUNCT = 1 << 1,
    RM_TOK_CAP = 1 << 2,     /* first letter upper-case */
    RM_TOK_SPACE = 1 << 3,   /* whitespace before this token */
    RM_TOK_NUM = 1 << 4,     /* starts with a digit */
    RM_TOK_POSS = 1 << 5,    /* possessive 's or ' */
    RM_TOK_ABBR = 1 << 6,    /* dotted abbreviation such as U.S. */
    RM_TOK_PARA = 1 << 7,    /* a blank line precedes this token */
    RM_TOK_ALLCAPS = 1 << 8, /* two or more letters, all upper-case */
    RM_TOK_HYPHEN = 1 << 9   /* the token is a hyphen joining two words */
};

/* 16 bytes: a document holds one per word, and the size of this array
   shows in the run time (24 bytes measured ~6% slower than that on a 4 MB
   document, 32 bytes another ~6%). */
typedef struct rm_token {
    size_t start;        /* first byte in the text; rm_tok_end gives the end */
    unsigned type;       /* distinct folded form: its copy is types[type] */
    unsigned short flags; /* RM_TOK_* */
    unsigned char nfold; /* length of the folded form (see rm_tok_fold); folds
                            are cut at 255 bytes */
    unsigned char len;   /* bytes in the text (tokens are never empty), or 0
                            for 256 or more: rm_text.longend has the end */
} rm_token;

typedef struct rm_fold_type {
    size_t fold, nfold; /* offset/length in rm_text.folds */
    unsigned long long key; /* the fold's first 8 bytes, zero-padded (see
                               rm_fold_key): equal keys and lengths up to 8
                               are equal folds */
    size_t hash; /* rm_map_hash of the fold: its lookups need not hash it
                    again */
} rm_fold_type;

/* The first min(n, 8) bytes of s as a number, the rest zero: the same
   number for the same bytes on any machine (memcpy order). */
static inline unsigned long long rm_fold_key(const char *s, size_t n)
{
    unsigned long long k = 0;
    unsigned char b[8] = {0};
    size_t i;
    for (i = 0; i < n && i < 8; i++)
        b[i] = (unsigned char)s[i];
    memcpy(&k, b, 8);
    return k;
}

/* A fold's key (rm_fold_key, n bytes) with its length in the top byte
   when it is shorter than 8 bytes: then equal keys are equal folds; a
   longer fold keeps its first 7 bytes, and equal keys are only a filter
   before a compare. (extract.c keeps one per word type, ctx.tkey.) */
static inline unsigned long long rm_len_key(unsigned long long key, size_t n)
{
    if (n < 8)
        return key | ((unsigned long long)n << 56);
    return key & 0x00FFFFFFFFFFFFFFull;
}

/* A bit (0..63) for a key of rm_len_key: a set of words as the OR of
   their bits tells most other words from them with one test. */
static inline unsigned rm_key_bit(unsigned long long k)
{
    return (unsigned)((k * 0x9E3779B97F4A7C15ull) >> 58);
}

/* Longest sentence, in tokens; longer runs are cut into pieces this long. */
#define RM_MAX_SENT_TOKENS 512

typedef struct rm_sentence {
    size_t tok_start, tok_end; /* [tok_start, tok_end) */
    size_t start, end;         /* bytes */
} rm_sentence;

/* Is @p word (folded) an abbreviation that does not end a sentence? */
typedef int (*rm_abbrev_fn)(const char *word, size_t n, const void *ctx);

/* Where the tokenizer and the sentence splitter behind it stopped. */
typedef struct rm_tokstate {
    size_t pos;        /* next byte to read */
    size_t next_split; /* run the splitter once ntoks reaches this */
    unsigned pending;  /* RM_TOK_SPACE before the next token */
    int newlines;      /* newlines before the next token */
    size_t i, start;   /* splitter: next token to read, sentence start */
    rm_abbrev_fn is_abbrev;
    const void *ctx;
    int done;          /* the text is read and split to its end */
    int no_split;      /* tokens only: no sentences (rm_text_reparse_tokens) */
} rm_tokstate;

typedef struct rm_text {
    const char *text;
    size_t len;
    rm_token *toks;
    size_t ntoks, captoks;
    char *folds; /* NUL-separated folded token strings */
    size_t nfolds, capfolds;
    rm_sentence *sents;
    size_t nsents, capsents;
    /* Distinct folded forms: tokens with equal folds share one copy in
       folds and one type, so per-word lookups run once per type. */
    rm_fold_type *types;
    size_t ntypes, captypes;
    struct rm_type_slot *tslots; /* hash index over types */
    size_t tcap;
    size_t *longend; /* (token, end) pairs of tokens of 256 bytes or more,
                        in token order */
    size_t nlong, caplong;
    rm_tokstate ts;
    size_t nlex, capgaz_, caplex_, ngaz; /* types tagged by rm_lex_tag /
                                            rm_gaz_tag, array capacities */
    unsigned btype[128]; /* type + 1 of each one-byte ASCII fold seen, 0 = not
                            yet: punctuation skips the hash index */
    unsigned ptype[64]; /* the same for the punctuation of U+2000..U+203F
                           (UTF-8 E2 80 xx: quotes, dashes), by xx - 0x80 */
    int pused;          /* some ptype is set (rm_text_reparse clears them) */
    /* Per type, what the splitter's is_abbrev said of it: 0 = not asked
       yet, 1 = no, 2 = yes (the answer is the same for every token of a
       type, and nearly every sentence ends in a word and a dot). */
    unsigned char *abbr;
    size_t capabbr;
    int abbr_used; /* some abbr is set (rm_text_reparse clears them) */
    /* Per type, once tagged by rm_lex_tag / rm_gaz_tag (lex / gaz say with
       what; NULL = untagged, lookups then go by string). */
    const void *lex, *gaz;
    int *lw;                  /* lexicon word id, -1 = none */
    unsigned long long *lmask; /* lexicon tables with a phrase starting here */
    unsigned long long *lcls;  /* word-class bits (rm_lex_word_classes) */
    int *gw;                  /* gazetteer word id, -1 = none */
    long *groot;              /* trie node after this word from the root, -1 */
} rm_text;

/* Tokenize text[begin, len) and split it into sentences. 0 or ENOMEM. */
int rm_text_parse(rm_text *t, const char *text, size_t len, size_t begin,
                  rm_abbrev_fn is_abbrev, const void *ctx);
/* rm_text_parse into a text already parsed or zeroed, reusing its buffers
   (loaders parse thousands of short phrases). On error t is freed. */
int rm_text_reparse(rm_text *t, const char *text, size_t len, size_t begin,
                    rm_abbrev_fn is_abbrev, const void *ctx);
/* rm_text_reparse without the sentence splitter: the same tokens and
   types, no sentences (nsents is 0). For the loaders, which tokenize
   thousands of names and phrases and never read their sentences. */
int rm_text_reparse_tokens(rm_text *t, const char *text, size_t len);
void rm_text_free(rm_text *t);

/* The same, a piece at a time, so that a long document never holds all
   its tokens: rm_text_start prepares t (nothing read yet); each
   rm_text_more reads a few thousand tokens further and splits them, so
   that sents[0, nsents) are complete sentences (t->ts.done once the text
   is read to its end); rm_text_drop forgets those sentences and their
   tokens (types stay), and the next sentences are numbered from 0 again.
   The tokens and sentences are those rm_text_parse gives, in the same
   order. 0 or ENOMEM; on error t is freed. */
int rm_text_start(rm_text *t, const char *text, size_t len, size_t begin,
                  rm_abbrev_fn is_abbrev, const void *ctx);
int rm_text_more(rm_text *t);
void rm_text_drop(rm_text *t);

size_t rm_tok_end_long_(const rm_text *t, size_t i);

/* One past the last byte of token i in the text. */
static inline size_t rm_tok_end(const rm_text *t, size_t i)
{
    const rm_token *tk = &t->toks[i];
    return tk->len ? tk->start + tk->len : rm_tok_end_long_(t, i);
}

static inline const char *rm_tok_fold(const rm_text *t, size_t i)
{
    return t->folds + t->types[t->toks[i].type].fold;
}

/* Token i, whose fold is n bytes long, folds to w: up to 8 bytes one
   compare of the type's key (rm_fold_key of a literal is a constant). */
static inline int rm_tok_is_(const rm_text *t, size_t i, const char *w, size_t n)
{
    const rm_fold_type *ty = &t->types[t->toks[i].type];
    if (n <= 8)
        return ty->key == rm_fold_key(w, n);
    return ty->key == rm_fold_key(w, 8) && memcmp(t->folds + ty->fold + 8, w + 8, n - 8) == 0;
}

/* Fold a UTF-8 string the way tokens are folded (lower case, ASCII
   letters for common accented ones, curly quotes straightened, dots of
   abbreviations dropped) into @p out (size @p cap). Returns the length. */
size_t rm_fold(const char *s, size_t n, char *out, size_t cap);

/* Decode one UTF-8 sequence; returns bytes used (1 for invalid). */
size_t rm_utf8_decode(const unsigned char *s, size_t n, unsigned *cp);

#endif
