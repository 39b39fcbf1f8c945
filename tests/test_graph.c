/* Merging documents into the graph: weights, evidence cap and order,
   symmetric relations (src/graph.c), observed through the JSON export. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <string.h>

#include <relmap.h>

#include "internal.h"
#include "testutil.h"

static const char *const realms =
    "{\"entities\": [\n"
    " {\"id\": \"Arnor\"}, {\"id\": \"Gondor\"}, {\"id\": \"Rohan\"},\n"
    " {\"id\": \"Mordor\", \"people\": [\"Sauron\"]}\n"
    "]}";

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

static void add(relmap_graph *g, const char *id, const char *text)
{
    relmap_doc *d = tu_extract(&env, text);
    relmap_error err;
    memset(&err, 0, sizeof err);
    if (relmap_graph_add_doc(g, id, NULL, text, strlen(text), d, &err))
        fail_msg("add_doc: %s", err.message);
    relmap_doc_free(d);
}

static json_t *export(const relmap_graph *g)
{
    relmap_buf b = RELMAP_BUF_INIT;
    relmap_error err;
    json_error_t jerr;
    json_t *root;
    memset(&err, 0, sizeof err);
    if (relmap_export_json(g, NULL, &b, &err))
        fail_msg("export: %s", err.message);
    root = json_loadb(b.ptr, b.len, 0, &jerr);
    if (root == NULL)
        fail_msg("export is not JSON: %s (line %d)", jerr.text, jerr.line);
    relmap_buf_dispose(&b);
    return root;
}

static json_t *find_edge(json_t *root, const char *s, const char *rel, const char *t,
                         const char *mod)
{
    json_t *edges = json_object_get(root, "edges"), *e;
    size_t i;
    json_array_foreach(edges, i, e) {
        if (strcmp(json_string_value(json_object_get(e, "source")), s) == 0 &&
            strcmp(json_string_value(json_object_get(e, "target")), t) == 0 &&
            strcmp(json_string_value(json_object_get(e, "relation")), rel) == 0 &&
            (mod == NULL ||
             strcmp(json_string_value(json_object_get(e, "modality")), mod) == 0))
            return e;
    }
    return NULL;
}

static json_int_t weight(json_t *e)
{
    return json_integer_value(json_object_get(e, "weight"));
}

static void test_empty_graph(void **state)
{
    relmap_graph *g = NULL;
    json_t *root;
    (void)state;
    assert_int_equal(relmap_graph_new(&g), 0);
    assert_int_equal(relmap_graph_node_count(g), 0);
    assert_int_equal(relmap_graph_edge_count(g), 0);
    root = export(g);
    assert_int_equal(json_array_size(json_object_get(root, "nodes")), 0);
    assert_int_equal(json_array_size(json_object_get(root, "edges")), 0);
    json_decref(root);
    relmap_graph_free(g);
    relmap_graph_free(NULL);
}

static void test_weight_counts_sentences(void **state)
{
    relmap_graph *g = NULL;
    json_t *root, *e;
    (void)state;
    assert_int_equal(relmap_graph_new(&g), 0);
    add(g, "d1", "Arnor sent rifles to Gondor. Arnor sold grain to Gondor. "
                 "Rohan praised the weather.");
    /* every actor seen is a node, with or without edges */
    assert_int_equal(relmap_graph_node_count(g), 3);
    assert_int_equal(relmap_graph_edge_count(g), 1);
    root = export(g);
    e = find_edge(root, "arnor", "supplies", "gondor", "asserted");
    assert_non_null(e);
    assert_int_equal(weight(e), 2);
    assert_int_equal(json_array_size(json_object_get(e, "evidence")), 2);
    /* items of both sentences, sorted */
    assert_int_equal(json_array_size(json_object_get(e, "items")), 2);
    assert_string_equal(json_string_value(json_array_get(json_object_get(e, "items"), 0)),
                        "grain");
    json_decref(root);
    relmap_graph_free(g);
}

static void test_one_sentence_weighs_one(void **state)
{
    relmap_graph *g = NULL;
    json_t *root, *e;
    (void)state;
    assert_int_equal(relmap_graph_new(&g), 0);
    /* two supply verbs towards Gondor in one sentence: one supporting
       sentence */
    add(g, "d1", "Arnor sent rifles to Gondor and Arnor shipped grain to Gondor.");
    root = export(g);
    e = find_edge(root, "arnor", "supplies", "gondor", "asserted");
    assert_non_null(e);
    assert_int_equal(weight(e), 1);
    assert_int_equal(json_array_size(json_object_get(e, "evidence")), 1);
    json_decref(root);
    relmap_graph_free(g);
}

static void test_same_text_two_docs(void **state)
{
    relmap_graph *g = NULL;
    json_t *root, *e, *docs;
    const char *text = "Arnor sent rifles to Gondor.";
    (void)state;
    assert_int_equal(relmap_graph_new(&g), 0);
    add(g, "first", text);
    add(g, "second", text);
    assert_int_equal(relmap_graph_edge_count(g), 1);
    root = export(g);
    docs = json_object_get(root, "documents");
    assert_int_equal(json_array_size(docs), 2);
    e = find_edge(root, "arnor", "supplies", "gondor", "asserted");
    assert_non_null(e);
    assert_int_equal(weight(e), 2);
    assert_int_equal(json_array_size(json_object_get(e, "evidence")), 2);
    assert_string_equal(json_string_value(json_object_get(
                            json_array_get(json_object_get(e, "evidence"), 0), "document")),
                        "first");
    /* a node's mentions add up over documents */
    assert_int_equal(json_integer_value(json_object_get(
                         json_array_get(json_object_get(root, "nodes"), 0), "mentions")),
                     2);
    json_decref(root);
    relmap_graph_free(g);
}

static void test_duplicate_doc_ids_stay_distinct(void **state)
{
    relmap_graph *g = NULL;
    json_t *root, *docs;
    const char *text = "Arnor sent rifles to Gondor.";
    (void)state;
    assert_int_equal(relmap_graph_new(&g), 0);
    add(g, "same", text);
    add(g, "same", text);
    root = export(g);
    docs = json_object_get(root, "documents");
    assert_int_equal(json_array_size(docs), 2);
    assert_string_not_equal(json_string_value(json_object_get(json_array_get(docs, 0), "id")),
                            json_string_value(json_object_get(json_array_get(docs, 1), "id")));
    assert_int_equal(weight(find_edge(root, "arnor", "supplies", "gondor", NULL)), 2);
    json_decref(root);
    relmap_graph_free(g);
}

static const char *const doc_a =
    "Gondor thanked its allies. Arnor sent rifles to Gondor. "
    "Arnor sold grain to Gondor. Arnor shipped horses to Gondor.";
static const char *const doc_b =
    "Arnor sent arrows to Gondor. Arnor delivered bread to Gondor. "
    "Arnor and Gondor met in Rohan.";

static relmap_buf graph_json(const char *first_id, const char *first,
                             const char *second_id, const char *second, size_t cap)
{
    relmap_graph *g = NULL;
    relmap_buf b = RELMAP_BUF_INIT;
    relmap_error err;
    assert_int_equal(relmap_graph_new(&g), 0);
    relmap_graph_set_max_evidence(g, cap);
    add(g, first_id, first);
    add(g, second_id, second);
    memset(&err, 0, sizeof err);
    assert_int_equal(relmap_export_json(g, NULL, &b, &err), 0);
    relmap_graph_free(g);
    return b;
}

static void test_evidence_cap_and_order(void **state)
{
    relmap_buf ab, ba;
    json_t *root, *e, *ev;
    json_error_t jerr;
    size_t i;
    (void)state;
    ab = graph_json("a", doc_a, "b", doc_b, 2);
    ba = graph_json("b", doc_b, "a", doc_a, 2);
    /* the result does not depend on the order of adding */
    assert_int_equal(ab.len, ba.len);
    assert_memory_equal(ab.ptr, ba.ptr, ab.len);

    root = json_loadb(ab.ptr, ab.len, 0, &jerr);
    assert_non_null(root);
    e = find_edge(root, "arnor", "supplies", "gondor", "asserted");
    assert_non_null(e);
    /* five supporting sentences, two kept: the earliest of document "a" */
    assert_int_equal(weight(e), 5);
    ev = json_object_get(e, "evidence");
    assert_int_equal(json_array_size(ev), 2);
    for (i = 0; i < 2; i++)
        assert_string_equal(json_string_value(json_object_get(json_array_get(ev, i),
                                                              "document")), "a");
    assert_true(json_integer_value(json_object_get(json_array_get(ev, 0), "start")) <
                json_integer_value(json_object_get(json_array_get(ev, 1), "start")));
    assert_string_equal(json_string_value(json_object_get(json_array_get(ev, 0), "text")),
                        "Arnor sent rifles to Gondor.");
    /* items are not capped with the evidence */
    assert_int_equal(json_array_size(json_object_get(e, "items")), 5);
    json_decref(root);
    relmap_buf_dispose(&ab);
    relmap_buf_dispose(&ba);
}

static void test_evidence_cap_one_weight_exact(void **state)
{
    relmap_buf b;
    json_t *root, *e;
    json_error_t jerr;
    (void)state;
    /* doc "b" sorts after "a": its sentences are not kept with cap 1, but
       each still counts once */
    b = graph_json("a", doc_a, "b",
                   "Arnor sent arrows to Gondor and shipped bread to Gondor.", 1);
    root = json_loadb(b.ptr, b.len, 0, &jerr);
    assert_non_null(root);
    e = find_edge(root, "arnor", "supplies", "gondor", "asserted");
    assert_non_null(e);
    assert_int_equal(json_array_size(json_object_get(e, "evidence")), 1);
    assert_int_equal(weight(e), 4);
    json_decref(root);
    relmap_buf_dispose(&b);
}

static void test_default_cap(void **state)
{
    relmap_graph *g = NULL;
    json_t *root, *e;
    (void)state;
    assert_int_equal(relmap_graph_new(&g), 0);
    add(g, "x", "Arnor sent rifles to Gondor. Arnor sent bows to Gondor. "
                "Arnor sent arrows to Gondor. Arnor sent horses to Gondor. "
                "Arnor sent bread to Gondor. Arnor sent grain to Gondor. "
                "Arnor sent wine to Gondor.");
    root = export(g);
    e = find_edge(root, "arnor", "supplies", "gondor", "asserted");
    assert_non_null(e);
    assert_int_equal(weight(e), 7);
    assert_int_equal(json_array_size(json_object_get(e, "evidence")),
                     RELMAP_DEFAULT_MAX_EVIDENCE);
    json_decref(root);
    relmap_graph_free(g);
}

static void test_symmetric_canonical(void **state)
{
    relmap_graph *g = NULL;
    json_t *root, *e;
    (void)state;
    assert_int_equal(relmap_graph_new(&g), 0);
    add(g, "x", "Rohan met Arnor.");
    add(g, "y", "Arnor met Rohan.");
    root = export(g);
    /* one edge, smaller id first, both sentences */
    assert_null(find_edge(root, "rohan", "meets", "arnor", NULL));
    e = find_edge(root, "arnor", "meets", "rohan", "asserted");
    assert_non_null(e);
    assert_int_equal(weight(e), 2);
    assert_int_equal(relmap_graph_edge_count(g), 1);
    json_decref(root);
    relmap_graph_free(g);
}

static void test_directed_not_merged(void **state)
{
    relmap_graph *g = NULL;
    json_t *root;
    (void)state;
    assert_int_equal(relmap_graph_new(&g), 0);
    add(g, "x", "Rohan sent horses to Arnor. Arnor sent grain to Rohan.");
    root = export(g);
    assert_non_null(find_edge(root, "rohan", "supplies", "arnor", "asserted"));
    assert_non_null(find_edge(root, "arnor", "supplies", "rohan", "asserted"));
    assert_int_equal(relmap_graph_edge_count(g), 2);
    json_decref(root);
    relmap_graph_free(g);
}

static void test_modalities_are_separate_edges(void **state)
{
    relmap_graph *g = NULL;
    json_t *root;
    (void)state;
    assert_int_equal(relmap_graph_new(&g), 0);
    add(g, "x", "Arnor sent rifles to Gondor. Arnor has not sent horses to Gondor.");
    root = export(g);
    assert_non_null(find_edge(root, "arnor", "supplies", "gondor", "asserted"));
    assert_non_null(find_edge(root, "arnor", "supplies", "gondor", "negated"));
    assert_int_equal(relmap_graph_edge_count(g), 2);
    json_decref(root);
    relmap_graph_free(g);
}

static void test_bad_arguments(void **state)
{
    relmap_graph *g = NULL;
    relmap_doc *d;
    relmap_error err;
    (void)state;
    assert_int_equal(relmap_graph_new(&g), 0);
    d = tu_extract(&env, "Arnor sent rifles to Gondor.");
    memset(&err, 0, sizeof err);
    assert_int_equal(relmap_graph_add_doc(g, NULL, NULL, "x", 1, d, &err), RELMAP_EINVAL);
    assert_int_equal(relmap_graph_add_doc(g, "x", NULL, "x", 1, NULL, &err), RELMAP_EINVAL);
    assert_int_equal(relmap_graph_node_count(g), 0);
    relmap_doc_free(d);
    relmap_graph_free(g);
}

/* rm_sort_keys (the sort of a document's events and of the exported
   edges): the order of (hi, lo, val), with few distinct keys, runs already
   in order and lengths around its insertion runs (the merge sort) and
   past SKEY_RADIX_MIN (the radix sort). */
static void test_sort_keys(void **state)
{
    static const size_t lens[] = {0, 1, 2, 15, 16, 17, 31, 33, 100, 1000, 4097};
    size_t t;
    unsigned long long seed = 12345;
    (void)state;
    for (t = 0; t < sizeof lens / sizeof *lens; t++) {
        size_t n = lens[t], i, sum = 0, sum2 = 0;
        rm_skey *v = malloc((n + 1) * sizeof *v);
        assert_non_null(v);
        for (i = 0; i < n; i++) {
            seed = seed * 6364136223846793005ull + 1442695040888963407ull;
            if (i < n / 3) { /* an ordered run first */
                v[i].hi = i / 7;
                v[i].lo = i % 3;
            } else {
                v[i].hi = (seed >> 33) % 4;
                v[i].lo = (seed >> 45) % 5;
            }
            v[i].val = (size_t)((seed >> 20) % 50);
            sum += v[i].val + 7 * (size_t)v[i].hi + 13 * (size_t)v[i].lo;
        }
        rm_sort_keys(v, n);
        for (i = 0; i < n; i++) {
            sum2 += v[i].val + 7 * (size_t)v[i].hi + 13 * (size_t)v[i].lo;
            if (i > 0) {
                const rm_skey *a = &v[i - 1], *b = &v[i];
                assert_true(a->hi < b->hi ||
                            (a->hi == b->hi && (a->lo < b->lo ||
                                                (a->lo == b->lo && a->val <= b->val))));
            }
        }
        assert_int_equal(sum, sum2);
        free(v);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_empty_graph),
        cmocka_unit_test(test_weight_counts_sentences),
        cmocka_unit_test(test_one_sentence_weighs_one),
        cmocka_unit_test(test_same_text_two_docs),
        cmocka_unit_test(test_duplicate_doc_ids_stay_distinct),
        cmocka_unit_test(test_evidence_cap_and_order),
        cmocka_unit_test(test_evidence_cap_one_weight_exact),
        cmocka_unit_test(test_default_cap),
        cmocka_unit_test(test_symmetric_canonical),
        cmocka_unit_test(test_directed_not_merged),
        cmocka_unit_test(test_modalities_are_separate_edges),
        cmocka_unit_test(test_bad_arguments),
        cmocka_unit_test(test_sort_keys),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
