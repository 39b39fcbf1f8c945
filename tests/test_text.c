/* Tokenizer and sentence splitter (src/text.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

/* A small abbreviation list standing in for the lexicon's class. */
static int abbrev(const char *word, size_t n, const void *ctx)
{
    static const char *const w[] = {"gen", "jan", "no", "mr", "dr", NULL};
    size_t i;
    (void)ctx;
    for (i = 0; w[i]; i++)
        if (strlen(w[i]) == n && memcmp(w[i], word, n) == 0)
            return 1;
    return 0;
}

/* Only "mr": no general's title. */
static int abbrev_mr_(const char *w, size_t n, const void *ctx)
{
    (void)ctx;
    return n == 2 && memcmp(w, "mr", 2) == 0;
}

static void parse(rm_text *t, const char *s, rm_abbrev_fn fn)
{
    assert_int_equal(rm_text_parse(t, s, strlen(s), 0, fn, NULL), 0);
}

/* Index of the first token whose folded form is @p f, or -1. */
static long find_tok(const rm_text *t, const char *f)
{
    size_t i;
    for (i = 0; i < t->ntoks; i++)
        if (strcmp(rm_tok_fold(t, i), f) == 0)
            return (long)i;
    return -1;
}

static void assert_fold_seq(const rm_text *t, const char *const *want, size_t n)
{
    size_t i;
    if (t->ntoks != n) {
        for (i = 0; i < t->ntoks; i++)
            print_message("tok[%zu] = \"%s\"\n", i, rm_tok_fold(t, i));
    }
    assert_int_equal(t->ntoks, n);
    for (i = 0; i < n; i++)
        assert_string_equal(rm_tok_fold(t, i), want[i]);
}

static void assert_spans_point_into(const rm_text *t, const char *s)
{
    size_t i, len = strlen(s);
    for (i = 0; i < t->ntoks; i++) {
        assert_true(t->toks[i].start < rm_tok_end(t, i));
        assert_true(rm_tok_end(t, i) <= len);
        if (i > 0)
            assert_true(t->toks[i].start >= rm_tok_end(t, i - 1));
    }
}

static void test_dotted_abbreviation(void **state)
{
    rm_text t;
    const char *s = "The U.S. said so.";
    static const char *const want[] = {"the", "us", "said", "so", "."};
    (void)state;
    parse(&t, s, NULL);
    assert_fold_seq(&t, want, 5);
    assert_int_equal(t.toks[1].start, 4);
    assert_int_equal(rm_tok_end(&t, 1), 8);
    assert_true(t.toks[1].flags & RM_TOK_ABBR);
    assert_true(t.toks[1].flags & RM_TOK_CAP);
    assert_int_equal(t.nsents, 1);
    rm_text_free(&t);
}

static void test_abbreviation_hyphen(void **state)
{
    rm_text t;
    const char *s = "the U.S.-led West";
    static const char *const want[] = {"the", "us", "-", "led", "west"};
    (void)state;
    parse(&t, s, NULL);
    assert_fold_seq(&t, want, 5);
    assert_true(t.toks[2].flags & RM_TOK_HYPHEN);
    assert_true(t.toks[2].flags & RM_TOK_PUNCT);
    assert_false(t.toks[1].flags & RM_TOK_HYPHEN);
    assert_int_equal(rm_tok_end(&t, 2) - t.toks[2].start, 1);
    assert_memory_equal(s + t.toks[3].start, "led", 3);
    rm_text_free(&t);
}

static void test_hyphen_with_spaces_is_not_joining(void **state)
{
    rm_text t;
    const char *s = "Arnor - Gondor";
    (void)state;
    parse(&t, s, NULL);
    assert_int_equal(t.ntoks, 3);
    assert_false(t.toks[1].flags & RM_TOK_HYPHEN);
    rm_text_free(&t);
}

static void test_possessives(void **state)
{
    rm_text t;
    /* curly apostrophe U+2019 */
    const char *s = "Iran\xE2\x80\x99s drones and Gondor's ships";
    static const char *const want[] = {"iran", "'s", "drones", "and",
                                       "gondor", "'s", "ships"};
    (void)state;
    parse(&t, s, NULL);
    assert_fold_seq(&t, want, 7);
    assert_true(t.toks[1].flags & RM_TOK_POSS);
    assert_true(t.toks[5].flags & RM_TOK_POSS);
    assert_false(t.toks[0].flags & RM_TOK_POSS);
    /* the curly possessive spans 4 bytes: 3 for U+2019 + 's' */
    assert_int_equal(t.toks[1].start, 4);
    assert_int_equal(rm_tok_end(&t, 1), 8);
    assert_int_equal(rm_tok_end(&t, 0), 4);
    assert_spans_point_into(&t, s);
    rm_text_free(&t);
}

static void test_plural_possessive(void **state)
{
    rm_text t;
    const char *s = "the allies' weapons";
    (void)state;
    parse(&t, s, NULL);
    assert_int_equal(t.ntoks, 4);
    assert_string_equal(rm_tok_fold(&t, 1), "allies");
    assert_string_equal(rm_tok_fold(&t, 2), "'");
    assert_true(t.toks[2].flags & RM_TOK_POSS);
    rm_text_free(&t);
}

static void test_negation_contraction(void **state)
{
    rm_text t;
    const char *s = "They don't know.";
    static const char *const want[] = {"they", "do", "n't", "know", "."};
    (void)state;
    parse(&t, s, NULL);
    assert_fold_seq(&t, want, 5);
    assert_memory_equal(s + t.toks[1].start, "do", 2);
    assert_memory_equal(s + t.toks[2].start, "n't", 3);
    assert_int_equal(rm_tok_end(&t, 2) - t.toks[2].start, 3);
    rm_text_free(&t);
}

static void test_numbers(void **state)
{
    rm_text t;
    const char *s = "They sent 1,000.5 tonnes.";
    long i;
    (void)state;
    parse(&t, s, NULL);
    i = 2;
    assert_memory_equal(s + t.toks[i].start, "1,000.5", 7);
    assert_true(t.toks[i].flags & RM_TOK_NUM);
    assert_int_equal(rm_tok_end(&t, i) - t.toks[i].start, 7);
    assert_int_equal(t.ntoks, 5);
    assert_int_equal(find_tok(&t, "tonnes"), 3);
    assert_int_equal(t.nsents, 1);
    rm_text_free(&t);
}

static void test_fold_accents(void **state)
{
    char out[64];
    size_t n;
    (void)state;
    n = rm_fold("T\xC3\xBCrkiye", strlen("T\xC3\xBCrkiye"), out, sizeof out);
    assert_string_equal(out, "turkiye");
    assert_int_equal(n, 7);
    rm_fold("C\xC3\xB4te d\xE2\x80\x99Ivoire", strlen("C\xC3\xB4te d\xE2\x80\x99Ivoire"),
            out, sizeof out);
    assert_string_equal(out, "cote d'ivoire");
    rm_fold("U.S.", 4, out, sizeof out);
    assert_string_equal(out, "us");
    /* a tiny buffer is never overrun and stays terminated */
    rm_fold("Gondor", 6, out, 4);
    assert_string_equal(out, "gon");
}

static void test_token_fold_accents(void **state)
{
    rm_text t;
    const char *s = "T\xC3\xBCrkiye and M\xC3\xA9xico met.";
    (void)state;
    parse(&t, s, NULL);
    assert_string_equal(rm_tok_fold(&t, 0), "turkiye");
    assert_int_equal(rm_tok_end(&t, 0), 8); /* bytes, not characters */
    assert_string_equal(rm_tok_fold(&t, 2), "mexico");
    assert_true(t.toks[2].flags & RM_TOK_CAP);
    rm_text_free(&t);
}

static void assert_sentences(const rm_text *t, const char *s,
                             const char *const *want, size_t n)
{
    size_t i;
    if (t->nsents != n)
        for (i = 0; i < t->nsents; i++)
            print_message("sent[%zu] = \"%.*s\"\n", i,
                          (int)(t->sents[i].end - t->sents[i].start),
                          s + t->sents[i].start);
    assert_int_equal(t->nsents, n);
    for (i = 0; i < n; i++) {
        size_t len = t->sents[i].end - t->sents[i].start;
        assert_int_equal(len, strlen(want[i]));
        assert_memory_equal(s + t->sents[i].start, want[i], len);
    }
}

static void test_split_simple(void **state)
{
    rm_text t;
    const char *s = "Arnor armed Gondor. Gondor thanked Arnor! Did Rohan help?";
    static const char *const want[] = {"Arnor armed Gondor.",
                                       "Gondor thanked Arnor!",
                                       "Did Rohan help?"};
    (void)state;
    parse(&t, s, NULL);
    assert_sentences(&t, s, want, 3);
    /* sentences tile the tokens */
    assert_int_equal(t.sents[0].tok_start, 0);
    assert_int_equal(t.sents[0].tok_end, t.sents[1].tok_start);
    assert_int_equal(t.sents[2].tok_end, t.ntoks);
    rm_text_free(&t);
}

static void test_split_abbreviations(void **state)
{
    rm_text t;
    const char *s = "Gen. Aragorn spoke on Jan. 5 about No. 7 Squadron. "
                    "Then Mr. Baggins left.";
    static const char *const want[] = {
        "Gen. Aragorn spoke on Jan. 5 about No. 7 Squadron.",
        "Then Mr. Baggins left."};
    (void)state;
    parse(&t, s, abbrev);
    assert_sentences(&t, s, want, 2);
    rm_text_free(&t);
}

static void test_split_abbreviations_need_callback(void **state)
{
    rm_text t;
    const char *s = "Gen. Aragorn spoke.";
    (void)state;
    /* without the callback "Gen." ends a sentence before a capital */
    parse(&t, s, NULL);
    assert_int_equal(t.nsents, 2);
    rm_text_free(&t);
    parse(&t, s, abbrev);
    assert_int_equal(t.nsents, 1);
    rm_text_free(&t);
}

/* The splitter asks is_abbrev once per word type and keeps the answer
   for the text: each "Gen." of a text reads alike, and a text parsed
   again (rm_text_reparse) with another callback gets that callback's. */
static void test_split_abbreviations_reparse(void **state)
{
    rm_text t;
    const char *s = "Gen. Aragorn spoke. Gen. Boromir left. Gen. Faramir stayed.";
    (void)state;
    parse(&t, s, abbrev);
    assert_int_equal(t.nsents, 3);
    assert_int_equal(rm_text_reparse(&t, s, strlen(s), 0, abbrev_mr_, NULL), 0);
    assert_int_equal(t.nsents, 6);
    assert_int_equal(rm_text_reparse(&t, s, strlen(s), 0, abbrev, NULL), 0);
    assert_int_equal(t.nsents, 3);
    rm_text_free(&t);
}

static void test_split_initials(void **state)
{
    rm_text t;
    const char *s = "George W. Bush visited Kyiv. He left.";
    static const char *const want[] = {"George W. Bush visited Kyiv.", "He left."};
    (void)state;
    parse(&t, s, abbrev);
    assert_sentences(&t, s, want, 2);
    rm_text_free(&t);
}

/* initials that open a sentence, or follow another initial */
static void test_split_leading_initials(void **state)
{
    rm_text t;
    const char *s = "K. P. Sharma Oli flew to Beijing. He met Xi.";
    static const char *const want[] = {"K. P. Sharma Oli flew to Beijing.", "He met Xi."};
    (void)state;
    parse(&t, s, abbrev);
    assert_sentences(&t, s, want, 2);
    rm_text_free(&t);
}

static void test_split_lowercase_continuation(void **state)
{
    rm_text t;
    const char *s = "It cost approx. three million.";
    (void)state;
    parse(&t, s, NULL);
    assert_int_equal(t.nsents, 1);
    rm_text_free(&t);
}

static void test_split_blank_line(void **state)
{
    rm_text t;
    const char *s = "Arnor Arms Gondor\n\nThe deal was signed. More soon";
    static const char *const want[] = {"Arnor Arms Gondor", "The deal was signed.",
                                       "More soon"};
    size_t i;
    (void)state;
    parse(&t, s, abbrev);
    assert_sentences(&t, s, want, 3);
    i = t.sents[1].tok_start;
    assert_true(t.toks[i].flags & RM_TOK_PARA);
    assert_false(t.toks[i + 1].flags & RM_TOK_PARA);
    rm_text_free(&t);
}

static void test_single_newline_does_not_split(void **state)
{
    rm_text t;
    const char *s = "Arnor sent\nrifles to Gondor.";
    (void)state;
    parse(&t, s, abbrev);
    assert_int_equal(t.nsents, 1);
    rm_text_free(&t);
}

static void test_spans_and_begin_offset(void **state)
{
    rm_text t;
    const char *s = "date 2024-01-02\n\xE2\x80\x9C" "Arnor\xE2\x80\x9D said: no.";
    size_t begin = 16, i;
    (void)state;
    assert_int_equal(rm_text_parse(&t, s, strlen(s), begin, abbrev, NULL), 0);
    assert_true(t.ntoks > 0);
    assert_int_equal(t.toks[0].start, begin);
    assert_string_equal(rm_tok_fold(&t, 0), "\"");
    assert_string_equal(rm_tok_fold(&t, 1), "arnor");
    assert_memory_equal(s + t.toks[1].start, "Arnor", 5);
    for (i = 0; i < t.ntoks; i++) {
        char tmp[64];
        size_t n = rm_fold(s + t.toks[i].start, rm_tok_end(&t, i) - t.toks[i].start,
                           tmp, sizeof tmp);
        /* the folded form is what folding the original bytes gives */
        assert_int_equal(n, t.toks[i].nfold);
        assert_string_equal(tmp, rm_tok_fold(&t, i));
    }
    assert_int_equal(t.sents[0].start, begin);
    assert_int_equal(t.sents[t.nsents - 1].end, strlen(s));
    rm_text_free(&t);
}

static void test_empty(void **state)
{
    rm_text t;
    (void)state;
    assert_int_equal(rm_text_parse(&t, "", 0, 0, NULL, NULL), 0);
    assert_int_equal(t.ntoks, 0);
    assert_int_equal(t.nsents, 0);
    rm_text_free(&t);
    assert_int_equal(rm_text_parse(&t, "  \n\n \t", 6, 0, NULL, NULL), 0);
    assert_int_equal(t.ntoks, 0);
    assert_int_equal(t.nsents, 0);
    rm_text_free(&t);
}

static void test_not_nul_terminated(void **state)
{
    rm_text t;
    const char s[] = "Arnor wins.XXXX";
    (void)state;
    assert_int_equal(rm_text_parse(&t, s, 11, 0, NULL, NULL), 0);
    assert_int_equal(t.ntoks, 3);
    assert_int_equal(rm_tok_end(&t, 2), 11);
    rm_text_free(&t);
}

/* Tokens of 256 bytes or more keep their end outside the token
   (rm_token.len is one byte); words between them, and the sentences they
   end, are spanned as usual. */
static void test_long_tokens(void **state)
{
    rm_text t;
    char s[2000];
    size_t n = 0, k;
    (void)state;
    memcpy(s + n, "Ab ", 3), n += 3;
    for (k = 0; k < 300; k++) /* ASCII: the fast path stops at 255 bytes */
        s[n++] = 'x';
    memcpy(s + n, " cd ", 4), n += 4;
    for (k = 0; k < 200; k++) /* non-ASCII: the general path */
        memcpy(s + n, "\xC3\xA9", 2), n += 2;
    memcpy(s + n, " ef.", 4), n += 4;
    s[n] = '\0';
    parse(&t, s, NULL);
    assert_spans_point_into(&t, s);
    assert_int_equal(t.ntoks, 6);
    assert_int_equal(rm_tok_end(&t, 0), 2);
    assert_int_equal(t.toks[1].start, 3);
    assert_int_equal(rm_tok_end(&t, 1), 303);
    assert_int_equal(rm_tok_end(&t, 2), 306);
    assert_int_equal(t.toks[3].start, 307);
    assert_int_equal(rm_tok_end(&t, 3), 707);
    assert_int_equal(rm_tok_end(&t, 5), n);
    assert_int_equal(t.sents[t.nsents - 1].end, n);
    rm_text_free(&t);
}

static int abbrev_mr(const char *w, size_t n, const void *ctx)
{
    (void)ctx;
    return n == 2 && memcmp(w, "mr", 2) == 0;
}

/* Read a piece at a time (rm_text_start / _more / _drop), a text gives the
   tokens and sentences rm_text_parse gives, numbered from each piece. */
static void test_pieces_match_whole(void **state)
{
    static const char *const parts[] = {
        "Mr. Smith met U.S. envoys in Kyiv. ", "\"We will not yield,\" he said. ",
        "Russia's drones hit 1,000.5 targets... ", "Iran-backed groups didn't stop!\n\n",
        "Talks (in Doha) resumed? ", "T\xC3\xBCrkiye said so. "};
    rm_text whole, p;
    size_t n = 0, k, tok0 = 0, sent0 = 0, cap = 400000;
    char *s = malloc(cap);
    (void)state;
    assert_non_null(s);
    for (k = 0; n + 1000 < cap; k++) {
        const char *w = parts[k % 6];
        memcpy(s + n, w, strlen(w));
        n += strlen(w);
        if (k % 7 == 0) { /* a long word now and then, some left over by a piece */
            memset(s + n, (int)'z', 300);
            n += 300;
            s[n++] = ' ';
        }
    }
    assert_int_equal(rm_text_parse(&whole, s, n, 0, abbrev_mr, NULL), 0);
    assert_int_equal(rm_text_start(&p, s, n, 0, abbrev_mr, NULL), 0);
    for (;;) {
        assert_int_equal(rm_text_more(&p), 0);
        for (k = 0; k < p.nsents; k++) {
            const rm_sentence *a = &p.sents[k], *b = &whole.sents[sent0 + k];
            size_t i;
            assert_int_equal(a->start, b->start);
            assert_int_equal(a->end, b->end);
            assert_int_equal(a->tok_end - a->tok_start, b->tok_end - b->tok_start);
            for (i = 0; i < a->tok_end - a->tok_start; i++) {
                size_t x = a->tok_start + i, y = b->tok_start + i;
                assert_int_equal(p.toks[x].start, whole.toks[y].start);
                assert_int_equal(rm_tok_end(&p, x), rm_tok_end(&whole, y));
                assert_int_equal(p.toks[x].flags, whole.toks[y].flags);
                assert_int_equal(p.toks[x].type, whole.toks[y].type);
                assert_string_equal(rm_tok_fold(&p, x), rm_tok_fold(&whole, y));
            }
            tok0 += a->tok_end - a->tok_start;
        }
        sent0 += p.nsents;
        if (p.ts.done)
            break;
        rm_text_drop(&p);
    }
    assert_int_equal(sent0, whole.nsents);
    assert_int_equal(tok0, whole.ntoks);
    assert_true(whole.ntoks > 10 * 4096); /* many pieces */
    rm_text_free(&p);
    rm_text_free(&whole);
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dotted_abbreviation),
        cmocka_unit_test(test_abbreviation_hyphen),
        cmocka_unit_test(test_hyphen_with_spaces_is_not_joining),
        cmocka_unit_test(test_possessives),
        cmocka_unit_test(test_plural_possessive),
        cmocka_unit_test(test_negation_contraction),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_fold_accents),
        cmocka_unit_test(test_token_fold_accents),
        cmocka_unit_test(test_split_simple),
        cmocka_unit_test(test_split_abbreviations),
        cmocka_unit_test(test_split_abbreviations_reparse),
        cmocka_unit_test(test_split_abbreviations_need_callback),
        cmocka_unit_test(test_split_initials),
        cmocka_unit_test(test_split_leading_initials),
        cmocka_unit_test(test_split_lowercase_continuation),
        cmocka_unit_test(test_split_blank_line),
        cmocka_unit_test(test_single_newline_does_not_split),
        cmocka_unit_test(test_spans_and_begin_offset),
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_not_nul_terminated),
        cmocka_unit_test(test_long_tokens),
        cmocka_unit_test(test_pieces_match_whole),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
