/* Data-driven extraction tests: tests/cases/extract.cases.
 *
 * Format of a case file: cases separated by blank lines; '#' starts a
 * comment line. A case is
 *   text: <sentences>            (several text: lines are joined by a space)
 *   edge: <Source> <relation> <Target> <modality|any> [item=<substring>]
 *   none: <Source> <relation> <Target> [<modality>]
 * Actors are gazetteer labels or ids ("North Korea", "north_korea"), or "*"
 * for any actor. "edge" needs an event with that modality (and an item
 * containing the substring); "none" forbids it in any modality, or in the
 * given one. Symmetric relations match in either direction.
 *
 * The extractor is the built-in gazetteer and lexicon, plus the actors in
 * tests/data/extra_actors.json. Usage: test_extract [CASES-FILE...]. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <relmap.h>

#include "testutil.h"

#ifndef RELMAP_TEST_DIR
#define RELMAP_TEST_DIR "tests"
#endif

static const char *const *case_files;
static int ncase_files;

typedef struct expect {
    int positive; /* edge: 1, none: 0 */
    char src[96], dst[96], item[96];
    int rel, mod;  /* mod < 0: any */
    int line;
} expect;

typedef struct tcase {
    char text[4096];
    size_t ntext;
    expect ex[32];
    int nex;
    int line;
} tcase;

static int actor_is(const relmap_actor_info *a, const char *want)
{
    return strcmp(want, "*") == 0 || strcmp(a->id, want) == 0 ||
           strcmp(a->label, want) == 0;
}

static int event_matches(const relmap_doc *d, const relmap_event *ev, const expect *e,
                         int check_item)
{
    const relmap_actor_info *s = relmap_doc_actor(d, ev->source);
    const relmap_actor_info *t = relmap_doc_actor(d, ev->target);
    int dir;
    if ((int)ev->relation != e->rel || (e->mod >= 0 && (int)ev->modality != e->mod))
        return 0;
    dir = actor_is(s, e->src) && actor_is(t, e->dst);
    if (!dir && relmap_relation_is_symmetric(ev->relation))
        dir = actor_is(t, e->src) && actor_is(s, e->dst);
    if (!dir)
        return 0;
    if (check_item && e->item[0] && (ev->item == NULL || strstr(ev->item, e->item) == NULL))
        return 0;
    return 1;
}

static void trim(char *s)
{
    size_t n = strlen(s), a = 0;
    while (n > 0 && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
    while (s[a] && isspace((unsigned char)s[a]))
        a++;
    memmove(s, s + a, n - a + 1);
}

static int copy_str(char *dst, size_t cap, const char *src, size_t n)
{
    if (n >= cap)
        return -1;
    memcpy(dst, src, n);
    dst[n] = '\0';
    trim(dst);
    return dst[0] ? 0 : -1;
}

/* Parse "<Source> <relation> <Target> [<modality>] [item=...]". */
static int parse_expect(expect *e, const char *spec, int positive, int line)
{
    char buf[512];
    const char *p, *item, *rel_at = NULL, *rel_end = NULL, *tail;
    size_t n = strlen(spec);
    memset(e, 0, sizeof *e);
    e->positive = positive;
    e->line = line;
    e->mod = -1;
    if (n >= sizeof buf)
        return -1;
    memcpy(buf, spec, n + 1);
    item = strstr(buf, " item=");
    if (item) {
        if (!positive || copy_str(e->item, sizeof e->item, item + 6, strlen(item + 6)))
            return -1;
        buf[item - buf] = '\0';
    }
    /* the relation is the first word that names one */
    for (p = buf; *p;) {
        const char *w = p;
        char word[32];
        while (*p && *p != ' ')
            p++;
        if ((size_t)(p - w) < sizeof word) {
            memcpy(word, w, (size_t)(p - w));
            word[p - w] = '\0';
            if (w != buf && relmap_relation_from_name(word) >= 0) {
                e->rel = relmap_relation_from_name(word);
                rel_at = w;
                rel_end = p;
                break;
            }
        }
        while (*p == ' ')
            p++;
    }
    if (rel_at == NULL || copy_str(e->src, sizeof e->src, buf, (size_t)(rel_at - buf)))
        return -1;
    tail = rel_end;
    n = strlen(tail);
    {
        /* an optional modality as the last word */
        const char *last = strrchr(tail, ' ');
        int m = last ? relmap_modality_from_name(last + 1) : -1;
        if (last && (m >= 0 || strcmp(last + 1, "any") == 0)) {
            e->mod = m;
            n = (size_t)(last - tail);
        } else if (positive) {
            return -1; /* edge: needs a modality (or "any") */
        }
    }
    return copy_str(e->dst, sizeof e->dst, tail, n);
}

static void describe(const expect *e, char *out, size_t cap)
{
    snprintf(out, cap, "%s: %s %s %s %s%s%s", e->positive ? "edge" : "none", e->src,
             relmap_relation_name((relmap_relation)e->rel), e->dst,
             e->mod >= 0 ? relmap_modality_name((relmap_modality)e->mod) : "any",
             e->item[0] ? " item=" : "", e->item);
}

/* Run one case; returns the number of failed expectations. */
static int run_case(const tu_env *env, const tcase *c, const char *file)
{
    relmap_doc *d = tu_extract(env, c->text);
    int i, failed = 0;
    for (i = 0; i < c->nex; i++) {
        const expect *e = &c->ex[i];
        size_t k;
        int found = 0, found_no_item = 0;
        char what[400];
        for (k = 0; k < relmap_doc_event_count(d); k++) {
            const relmap_event *ev = relmap_doc_event(d, k);
            if (event_matches(d, ev, e, 1))
                found = 1;
            if (event_matches(d, ev, e, 0))
                found_no_item = 1;
        }
        if (found == e->positive)
            continue;
        describe(e, what, sizeof what);
        if (failed == 0)
            print_message("%s:%d: case failed\n  text: %s\n", file, c->line, c->text);
        print_message("  %s:%d: %s -- %s\n", file, e->line, what,
                      e->positive ? (found_no_item ? "found, but not with that item"
                                                   : "not found")
                                  : "unexpectedly found");
        failed++;
    }
    if (failed)
        tu_dump(d);
    relmap_doc_free(d);
    return failed;
}

/* Parse and run every case of a file. Returns failed cases; counts cases. */
static int run_file(const tu_env *env, const char *path, int *ncases)
{
    size_t len = 0;
    char *data = tu_read_file(path, &len);
    char *p, *end;
    tcase *c;
    int line = 0, in_case = 0, bad_cases = 0;
    if (data == NULL)
        fail_msg("cannot read %s", path);
    c = calloc(1, sizeof *c);
    assert_non_null(c);
    *ncases = 0;
    for (p = data; p <= data + len; p = end + 1) {
        char ln[1024];
        size_t n;
        end = memchr(p, '\n', (size_t)(data + len - p));
        if (end == NULL)
            end = data + len;
        line++;
        n = (size_t)(end - p);
        if (n >= sizeof ln)
            fail_msg("%s:%d: line too long", path, line);
        memcpy(ln, p, n);
        ln[n] = '\0';
        trim(ln);
        if (ln[0] == '#')
            continue;
        if (ln[0] == '\0') {
            if (in_case) {
                if (c->ntext == 0 || c->nex == 0)
                    fail_msg("%s:%d: a case needs text: and edge:/none: lines", path,
                             c->line);
                (*ncases)++;
                if (run_case(env, c, path))
                    bad_cases++;
                memset(c, 0, sizeof *c);
                in_case = 0;
            }
            if (end == data + len)
                break;
            continue;
        }
        if (!in_case) {
            in_case = 1;
            c->line = line;
        }
        if (strncmp(ln, "text:", 5) == 0) {
            const char *t = ln + 5;
            size_t tn;
            while (*t == ' ')
                t++;
            tn = strlen(t);
            if (c->ntext + tn + 2 > sizeof c->text)
                fail_msg("%s:%d: text too long", path, line);
            if (c->ntext)
                c->text[c->ntext++] = ' ';
            memcpy(c->text + c->ntext, t, tn + 1);
            c->ntext += tn;
        } else if (strncmp(ln, "edge:", 5) == 0 || strncmp(ln, "none:", 5) == 0) {
            if (c->nex >= (int)(sizeof c->ex / sizeof c->ex[0]))
                fail_msg("%s:%d: too many expectations", path, line);
            if (parse_expect(&c->ex[c->nex], ln + 5, ln[0] == 'e', line))
                fail_msg("%s:%d: cannot parse \"%s\"", path, line, ln);
            c->nex++;
        } else {
            fail_msg("%s:%d: unknown line \"%s\"", path, line, ln);
        }
        if (end == data + len) {
            /* last case without a trailing blank line */
            if (c->ntext == 0 || c->nex == 0)
                fail_msg("%s:%d: a case needs text: and edge:/none: lines", path, c->line);
            (*ncases)++;
            if (run_case(env, c, path))
                bad_cases++;
            break;
        }
    }
    free(c);
    free(data);
    return bad_cases;
}

static void test_cases(void **state)
{
    tu_env env;
    char *extra;
    int i, total = 0, bad = 0;
    (void)state;
    extra = tu_read_file(RELMAP_TEST_DIR "/data/extra_actors.json", NULL);
    assert_non_null(extra);
    tu_env_init(&env, 0, extra, NULL);
    free(extra);
    for (i = 0; i < ncase_files; i++) {
        int n = 0, b = run_file(&env, case_files[i], &n);
        print_message("%s: %d case(s), %d failed\n", case_files[i], n, b);
        if (n == 0)
            fail_msg("%s: no cases", case_files[i]);
        total += n;
        bad += b;
    }
    tu_env_free(&env);
    if (bad)
        fail_msg("%d of %d extraction case(s) failed", bad, total);
}

/* The parser of the case format itself: a bad line must not pass silently. */
static void test_case_parser(void **state)
{
    expect e;
    (void)state;
    assert_int_equal(parse_expect(&e, " North Korea supplies Wagner Group alleged item=arms",
                                  1, 1), 0);
    assert_string_equal(e.src, "North Korea");
    assert_string_equal(e.dst, "Wagner Group");
    assert_int_equal(e.rel, RELMAP_REL_SUPPLIES);
    assert_int_equal(e.mod, RELMAP_MOD_ALLEGED);
    assert_string_equal(e.item, "arms");
    assert_int_equal(parse_expect(&e, " Iran supplies Russia", 0, 1), 0);
    assert_int_equal(e.mod, -1);
    assert_string_equal(e.dst, "Russia");
    assert_int_equal(parse_expect(&e, " Iran supplies Russia negated", 0, 1), 0);
    assert_int_equal(e.mod, RELMAP_MOD_NEGATED);
    assert_int_equal(parse_expect(&e, " Iran supplies Russia", 1, 1), -1);
    assert_int_equal(parse_expect(&e, " Iran hugs Russia asserted", 1, 1), -1);
    assert_int_equal(parse_expect(&e, " supplies Russia asserted", 1, 1), -1);
}

int main(int argc, char **argv)
{
    static const char *const deflt[] = {RELMAP_TEST_DIR "/cases/extract.cases"};
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_case_parser),
        cmocka_unit_test(test_cases),
    };
    if (argc > 1) {
        case_files = (const char *const *)(argv + 1);
        ncase_files = argc - 1;
    } else {
        case_files = deflt;
        ncase_files = 1;
    }
    return cmocka_run_group_tests(tests, NULL, NULL);
}
