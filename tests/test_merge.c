/* Merging graphs (relmap_graph_merge), document metadata and dates
   (relmap_graph_add_doc_meta, relmap_date_valid) and the streaming JSON
   export, through the public API. Merging must be associative and
   commutative and equal to adding every document to one graph. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include <relmap.h>

#include "testutil.h"

static const char *const realms =
    "{\"entities\": [\n"
    " {\"id\": \"Arnor\"}, {\"id\": \"Gondor\"}, {\"id\": \"Rohan\"},\n"
    " {\"id\": \"Mordor\", \"people\": [\"Sauron\"]}\n"
    "]}";

/* Documents with repeated edges so that the evidence cap and the item
   cap are exercised. */
static const char *const texts[] = {
    "Arnor sent rifles to Gondor. Mordor attacked Rohan.",
    "Gondor accused Mordor of attacking Rohan. Arnor sent horses to Gondor. "
    "Arnor sent arrows to Gondor.",
    "Arnor sent shields to Gondor. Arnor sent bows to Gondor. Rohan met Gondor.",
    "Mordor reportedly attacked Gondor. Arnor sent spears to Gondor.",
    "Arnor sent boats to Gondor. Arnor sent carts to Gondor. Rohan met Gondor.",
    "Arnor sent wagons to Gondor. Mordor attacked Rohan again.",
};
static const char *const dates[] = {"2024-03-01", "2024-01-15", NULL,
                                    "2024-02-10", "2023-12-31", "2024-05-05"};
#define NDOCS (sizeof texts / sizeof texts[0])

static tu_env env;

static int setup(void **state)
{
    (void)state;
    tu_env_init(&env, 1, realms, NULL);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    tu_env_free(&env);
    return 0;
}

static void add(relmap_graph *g, size_t i)
{
    relmap_doc *d = tu_extract(&env, texts[i]);
    relmap_doc_meta m;
    relmap_error err;
    char id[16];
    memset(&err, 0, sizeof err);
    memset(&m, 0, sizeof m);
    snprintf(id, sizeof id, "doc%zu", i);
    m.id = id;
    m.date = dates[i];
    if (relmap_graph_add_doc_meta(g, &m, texts[i], strlen(texts[i]), d, &err))
        fail_msg("add_doc_meta: %s", err.message);
    relmap_doc_free(d);
}

static relmap_graph *graph_of(const size_t *docs, size_t n, size_t cap)
{
    relmap_graph *g = NULL;
    size_t i;
    assert_int_equal(relmap_graph_new(&g), 0);
    relmap_graph_set_max_evidence(g, cap);
    for (i = 0; i < n; i++)
        add(g, docs[i]);
    return g;
}

static char *json_of(const relmap_graph *g)
{
    relmap_buf b = RELMAP_BUF_INIT;
    relmap_json_options o = RELMAP_JSON_OPTIONS_INIT;
    relmap_error err;
    char *s;
    memset(&err, 0, sizeof err);
    o.compact = 1;
    if (relmap_export_json(g, &o, &b, &err))
        fail_msg("export: %s", err.message);
    s = test_malloc(b.len + 1);
    memcpy(s, b.ptr, b.len + 1);
    relmap_buf_dispose(&b);
    return s;
}

static void merge_into(relmap_graph *dst, const relmap_graph *src)
{
    relmap_error err;
    memset(&err, 0, sizeof err);
    if (relmap_graph_merge(dst, src, &err))
        fail_msg("merge: %s", err.message);
}

/* All documents in one graph == shards merged, in any order and grouping. */
static void check_shards(size_t cap)
{
    static const size_t all[] = {0, 1, 2, 3, 4, 5}, rev[] = {5, 4, 3, 2, 1, 0};
    static const size_t a[] = {0, 3}, b[] = {5, 1}, c[] = {4, 2};
    relmap_graph *one = graph_of(all, NDOCS, cap), *back = graph_of(rev, NDOCS, cap);
    relmap_graph *ga = graph_of(a, 2, cap), *gb = graph_of(b, 2, cap), *gc = graph_of(c, 2, cap);
    relmap_graph *left = graph_of(NULL, 0, cap), *right = graph_of(NULL, 0, cap), *bc;
    char *want = json_of(one), *got;

    got = json_of(back); /* order of documents */
    assert_string_equal(want, got);
    test_free(got);

    merge_into(left, ga); /* (a + b) + c */
    merge_into(left, gb);
    merge_into(left, gc);
    got = json_of(left);
    assert_string_equal(want, got);
    test_free(got);

    bc = graph_of(NULL, 0, cap); /* c + (b + a), as a reduce tree */
    merge_into(bc, gb);
    merge_into(bc, ga);
    merge_into(right, gc);
    merge_into(right, bc);
    got = json_of(right);
    assert_string_equal(want, got);
    test_free(got);

    test_free(want);
    relmap_graph_free(one);
    relmap_graph_free(back);
    relmap_graph_free(ga);
    relmap_graph_free(gb);
    relmap_graph_free(gc);
    relmap_graph_free(left);
    relmap_graph_free(right);
    relmap_graph_free(bc);
}

static void test_merge_equals_one_run(void **state)
{
    (void)state;
    check_shards(5);
    check_shards(2); /* evictions */
    check_shards(1);
}

static void test_merge_overlap_is_an_error(void **state)
{
    static const size_t a[] = {0, 1}, b[] = {1, 2};
    relmap_graph *ga = graph_of(a, 2, 5), *gb = graph_of(b, 2, 5);
    relmap_error err;
    char *before = json_of(ga), *after;
    (void)state;
    memset(&err, 0, sizeof err);
    assert_int_equal(relmap_graph_merge(ga, gb, &err), RELMAP_EINVAL);
    assert_non_null(strstr(err.message, "doc1"));
    after = json_of(ga); /* unchanged */
    assert_string_equal(before, after);
    assert_int_equal(relmap_graph_merge(ga, ga, &err), RELMAP_EINVAL);
    test_free(before);
    test_free(after);
    relmap_graph_free(ga);
    relmap_graph_free(gb);
}

static void test_dates_on_edges(void **state)
{
    static const size_t all[] = {0, 1, 2, 3, 4, 5};
    relmap_graph *g = graph_of(all, NDOCS, 5);
    char *s = json_of(g);
    (void)state;
    /* Arnor supplies Gondor in documents dated 2023-12-31 .. 2024-05-05
       (doc2 is undated and does not widen the range) */
    assert_non_null(strstr(s, "\"source\":\"arnor\",\"target\":\"gondor\""));
    assert_non_null(strstr(s, "\"first_seen\":\"2023-12-31\",\"last_seen\":\"2024-05-05\""));
    /* nine items seen, the eight smallest kept */
    assert_non_null(strstr(s, "\"items\":[\"arrows\",\"boats\",\"bows\",\"carts\",\"horses\",\"rifles\",\"shields\",\"spears\"]"));
    test_free(s);
    relmap_graph_free(g);
}

static void test_bad_date_rejected(void **state)
{
    relmap_graph *g = NULL;
    relmap_doc *d = tu_extract(&env, texts[0]);
    relmap_doc_meta m;
    relmap_error err;
    (void)state;
    memset(&m, 0, sizeof m);
    memset(&err, 0, sizeof err);
    assert_int_equal(relmap_graph_new(&g), 0);
    m.id = "x";
    m.date = "2024-02-30";
    assert_int_equal(relmap_graph_add_doc_meta(g, &m, texts[0], strlen(texts[0]), d, &err),
                     RELMAP_EINVAL);
    assert_non_null(strstr(err.message, "2024-02-30"));
    relmap_doc_free(d);
    relmap_graph_free(g);
}

static void test_date_valid(void **state)
{
    (void)state;
    assert_true(relmap_date_valid("2024-02-29"));
    assert_true(relmap_date_valid("2000-02-29"));
    assert_true(relmap_date_valid("1999-12-31"));
    assert_false(relmap_date_valid("2023-02-29"));
    assert_false(relmap_date_valid("1900-02-29"));
    assert_false(relmap_date_valid("2024-04-31"));
    assert_false(relmap_date_valid("2024-13-01"));
    assert_false(relmap_date_valid("2024-00-10"));
    assert_false(relmap_date_valid("2024-1-10"));
    assert_false(relmap_date_valid("2024/01/10"));
    assert_false(relmap_date_valid(""));
    assert_false(relmap_date_valid(NULL));
}

typedef struct sink {
    char *data;
    size_t len, calls, fail_after;
} sink;

static int sink_write(void *ctx, const char *data, size_t len)
{
    sink *s = ctx;
    if (s->fail_after && s->calls >= s->fail_after)
        return -1;
    s->calls++;
    s->data = test_realloc(s->data, s->len + len + 1);
    memcpy(s->data + s->len, data, len);
    s->len += len;
    s->data[s->len] = '\0';
    return 0;
}

/* The streamed JSON is the buffered JSON, in pieces; a failing writer
   stops the export with RELMAP_EIO. */
static void test_stream_export(void **state)
{
    size_t all[NDOCS * 40], i;
    relmap_graph *g;
    relmap_buf b = RELMAP_BUF_INIT;
    relmap_error err;
    sink s;
    (void)state;
    memset(&err, 0, sizeof err);
    memset(&s, 0, sizeof s);
    g = graph_of(NULL, 0, 100000);
    /* enough documents and evidence for several 64 KiB pieces */
    for (i = 0; i < sizeof all / sizeof all[0]; i++) {
        relmap_doc *d = tu_extract(&env, texts[i % NDOCS]);
        char id[16];
        snprintf(id, sizeof id, "d%03zu", i);
        if (relmap_graph_add_doc(g, id, NULL, texts[i % NDOCS], strlen(texts[i % NDOCS]), d,
                                 &err))
            fail_msg("add: %s", err.message);
        relmap_doc_free(d);
    }
    assert_int_equal(relmap_export_json(g, NULL, &b, &err), 0);
    assert_int_equal(relmap_export_json_stream(g, NULL, sink_write, &s, &err), 0);
    assert_true(s.calls >= 1);
    assert_int_equal(s.len, b.len);
    assert_memory_equal(s.data, b.ptr, b.len);
    assert_true(b.len > 70000);
    assert_true(s.calls >= 2);
    test_free(s.data);
    memset(&s, 0, sizeof s);
    s.fail_after = 1;
    assert_int_equal(relmap_export_json_stream(g, NULL, sink_write, &s, &err), RELMAP_EIO);
    test_free(s.data);
    relmap_buf_dispose(&b);
    relmap_graph_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_merge_equals_one_run),
        cmocka_unit_test(test_merge_overlap_is_an_error),
        cmocka_unit_test(test_dates_on_edges),
        cmocka_unit_test(test_bad_date_rejected),
        cmocka_unit_test(test_date_valid),
        cmocka_unit_test(test_stream_export),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
