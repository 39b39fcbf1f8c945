/* Cutting a graph down: relmap_graph_filter and relmap_filter (src/graph.c),
 * on the hand-written fixture tests/data/graph-small.json and on small
 * graphs written inline.
 *
 * The fixture, with weighted degrees (sum of the weights of an actor's
 * edges) in brackets:
 *   arnor [5]  gondor [7]  rohan [5]  white_company [4]  free_peoples [1]
 *   lindon [0] (no edges)
 *   arnor -supplies-> gondor        asserted    weight 3, 2 evidence (alpha)
 *   arnor -supplies-> gondor        alleged     weight 1 (beta)
 *   arnor -meets- rohan             considered  weight 1 (alpha)
 *   free_peoples -sanctions-> white_company  potential  weight 1 (beta)
 *   gondor -cooperates_with- rohan  asserted    weight 2 (alpha)
 *   gondor -accuses-> white_company negated     weight 1 (alpha)
 *   white_company -attacks-> rohan  alleged     weight 2 (beta)
 * so free_peoples - white_company - rohan is a chain. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <relmap.h>

#include "testutil.h"

#define FIXTURE RELMAP_TEST_DIR "/data/graph-small.json"

/* the fixture's edges, as edges_of() writes them, in export order */
#define E_SUP_AS "arnor-supplies-gondor/asserted"
#define E_SUP_AL "arnor-supplies-gondor/alleged"
#define E_MEETS "arnor-meets-rohan/considered"
#define E_SANC "free_peoples-sanctions-white_company/potential"
#define E_COOP "gondor-cooperates_with-rohan/asserted"
#define E_ACC "gondor-accuses-white_company/negated"
#define E_ATT "white_company-attacks-rohan/alleged"
#define ALL_EDGES E_SUP_AS " " E_SUP_AL " " E_MEETS " " E_SANC " " E_COOP " " E_ACC " " E_ATT
#define ALL_NODES "arnor free_peoples gondor lindon rohan white_company"

static relmap_graph *fixture;
static json_t *fixture_json;

/* ---- helpers ---- */

static relmap_graph *import_str(const char *json, const char *name)
{
    relmap_graph *g = NULL;
    relmap_error err;
    memset(&err, 0, sizeof err);
    if (relmap_graph_import_json(&g, json, strlen(json), name, &err))
        fail_msg("import %s: %s", name, err.message);
    assert_non_null(g);
    return g;
}

static json_t *to_json(const relmap_graph *g)
{
    relmap_buf b = RELMAP_BUF_INIT;
    relmap_error err;
    json_error_t jerr;
    json_t *root;
    memset(&err, 0, sizeof err);
    if (relmap_export_json(g, NULL, &b, &err))
        fail_msg("export_json: %s", err.message);
    root = json_loadb(b.ptr, b.len, 0, &jerr);
    if (root == NULL)
        fail_msg("exported JSON does not parse: %s", jerr.text);
    relmap_buf_dispose(&b);
    return root;
}

static relmap_graph *filter(const relmap_graph *g, const relmap_filter *f)
{
    relmap_graph *out = NULL;
    relmap_error err;
    memset(&err, 0, sizeof err);
    if (relmap_graph_filter(&out, g, f, &err))
        fail_msg("filter: %s", err.message);
    assert_non_null(out);
    return out;
}

/* Append @p s to the space-separated list in @p buf. */
static void add_word(char *buf, size_t cap, const char *s)
{
    size_t n = strlen(buf);
    int w = snprintf(buf + n, cap - n, "%s%s", n ? " " : "", s);
    assert_true(w > 0 && (size_t)w < cap - n);
}

/* Node ids, space-separated, in export order (by id). */
static void nodes_of(json_t *root, char *buf, size_t cap)
{
    size_t i;
    json_t *n;
    buf[0] = '\0';
    json_array_foreach(json_object_get(root, "nodes"), i, n)
        add_word(buf, cap, json_string_value(json_object_get(n, "id")));
}

/* Edges as source-relation-target/modality, space-separated, in export
   order. */
static void edges_of(json_t *root, char *buf, size_t cap)
{
    size_t i;
    json_t *e;
    buf[0] = '\0';
    json_array_foreach(json_object_get(root, "edges"), i, e) {
        char one[256];
        snprintf(one, sizeof one, "%s-%s-%s/%s",
                 json_string_value(json_object_get(e, "source")),
                 json_string_value(json_object_get(e, "relation")),
                 json_string_value(json_object_get(e, "target")),
                 json_string_value(json_object_get(e, "modality")));
        add_word(buf, cap, one);
    }
}

/* Filter @p g with @p f and check the nodes and edges left. */
static void expect_view(const relmap_graph *g, const relmap_filter *f, const char *nodes,
                        const char *edges)
{
    relmap_graph *v = filter(g, f);
    json_t *root = to_json(v);
    char got_n[2048], got_e[4096];
    nodes_of(root, got_n, sizeof got_n);
    edges_of(root, got_e, sizeof got_e);
    if (strcmp(got_n, nodes) != 0)
        fail_msg("nodes:\n  want: %s\n  got:  %s", nodes, got_n);
    if (strcmp(got_e, edges) != 0)
        fail_msg("edges:\n  want: %s\n  got:  %s", edges, got_e);
    assert_int_equal(relmap_graph_edge_count(v), json_array_size(json_object_get(root, "edges")));
    json_decref(root);
    relmap_graph_free(v);
}

/* A chain a - b - c - d (b -> a and c -> b point towards a: direction
   does not matter for the neighbourhood). */
static const char *const chain_json =
    "{\"format\": \"relmap-graph\", \"version\": 1, \"documents\": [],\n"
    " \"nodes\": [{\"id\": \"a\", \"type\": \"country\"}, {\"id\": \"b\", \"type\": \"country\"},\n"
    "           {\"id\": \"c\", \"type\": \"country\"}, {\"id\": \"d\", \"type\": \"country\"}],\n"
    " \"edges\": [\n"
    "  {\"source\": \"b\", \"target\": \"a\", \"relation\": \"attacks\", \"modality\": \"asserted\"},\n"
    "  {\"source\": \"c\", \"target\": \"b\", \"relation\": \"supplies\", \"modality\": \"asserted\"},\n"
    "  {\"source\": \"c\", \"target\": \"d\", \"relation\": \"meets\", \"modality\": \"asserted\"}]}\n";

/* ---- tests ---- */

static void test_no_filter_keeps_everything(void **state)
{
    relmap_filter f = RELMAP_FILTER_INIT;
    relmap_graph *v;
    json_t *root;
    (void)state;
    expect_view(fixture, &f, ALL_NODES, ALL_EDGES);
    /* whole graph, byte for byte the same (documents, aliases, evidence) */
    v = filter(fixture, &f);
    root = to_json(v);
    assert_true(json_equal(root, fixture_json));
    json_decref(root);
    relmap_graph_free(v);
    /* NULL options: the same */
    v = filter(fixture, NULL);
    root = to_json(v);
    assert_true(json_equal(root, fixture_json));
    json_decref(root);
    relmap_graph_free(v);
}

static void test_focus_by_id(void **state)
{
    relmap_filter f = RELMAP_FILTER_INIT;
    (void)state;
    f.focus = "free_peoples";
    expect_view(fixture, &f, "free_peoples white_company", E_SANC);
    f.focus = "lindon"; /* an actor without edges is alone */
    expect_view(fixture, &f, "lindon", "");
    f.focus = "GONDOR"; /* ids ignore case too */
    expect_view(fixture, &f, "arnor gondor rohan white_company",
                E_SUP_AS " " E_SUP_AL " " E_MEETS " " E_COOP " " E_ACC " " E_ATT);
}

static void test_focus_by_label(void **state)
{
    relmap_filter f = RELMAP_FILTER_INIT;
    (void)state;
    f.focus = "Free Peoples";
    expect_view(fixture, &f, "free_peoples white_company", E_SANC);
    f.focus = "fREE pEOPLES";
    expect_view(fixture, &f, "free_peoples white_company", E_SANC);
    f.focus = "white company";
    expect_view(fixture, &f, "free_peoples gondor rohan white_company",
                E_SANC " " E_COOP " " E_ACC " " E_ATT);
}

static void test_focus_by_alias(void **state)
{
    relmap_filter f = RELMAP_FILTER_INIT;
    (void)state;
    f.focus = "THE FREE PEOPLES";
    expect_view(fixture, &f, "free_peoples white_company", E_SANC);
    /* one hop from gondor: its neighbours and every edge among them */
    f.focus = "minas tirith";
    expect_view(fixture, &f, "arnor gondor rohan white_company",
                E_SUP_AS " " E_SUP_AL " " E_MEETS " " E_COOP " " E_ACC " " E_ATT);
    f.focus = "arnorian";
    expect_view(fixture, &f, "arnor gondor rohan",
                E_SUP_AS " " E_SUP_AL " " E_MEETS " " E_COOP);
}

static void test_focus_depth(void **state)
{
    relmap_filter f = RELMAP_FILTER_INIT;
    relmap_graph *chain = import_str(chain_json, "chain.json");
    (void)state;
    f.focus = "a";
    f.depth = 1;
    expect_view(chain, &f, "a b", "b-attacks-a/asserted");
    f.depth = 2;
    expect_view(chain, &f, "a b c", "b-attacks-a/asserted c-supplies-b/asserted");
    f.depth = 3;
    expect_view(chain, &f, "a b c d",
                "b-attacks-a/asserted c-supplies-b/asserted c-meets-d/asserted");
    f.focus = "b";
    f.depth = 1;
    expect_view(chain, &f, "a b c", "b-attacks-a/asserted c-supplies-b/asserted");
    relmap_graph_free(chain);

    /* on the fixture: the chain free_peoples - white_company - rohan */
    f.focus = "free_peoples";
    f.depth = 1;
    expect_view(fixture, &f, "free_peoples white_company", E_SANC);
    f.depth = 2;
    expect_view(fixture, &f, "free_peoples gondor rohan white_company",
                E_SANC " " E_COOP " " E_ACC " " E_ATT);
    f.depth = 3;
    expect_view(fixture, &f, "arnor free_peoples gondor rohan white_company", ALL_EDGES);
}

static void test_relations(void **state)
{
    relmap_filter f = RELMAP_FILTER_INIT;
    (void)state;
    f.relations = (1u << RELMAP_REL_SUPPLIES) | (1u << RELMAP_REL_ATTACKS);
    /* edge filters alone keep every actor */
    expect_view(fixture, &f, ALL_NODES, E_SUP_AS " " E_SUP_AL " " E_ATT);
    f.relations = 1u << RELMAP_REL_MEETS;
    expect_view(fixture, &f, ALL_NODES, E_MEETS);
    f.relations = 1u << RELMAP_REL_PART_OF;
    expect_view(fixture, &f, ALL_NODES, "");
}

static void test_modalities(void **state)
{
    relmap_filter f = RELMAP_FILTER_INIT;
    (void)state;
    f.modalities = 1u << RELMAP_MOD_ASSERTED;
    expect_view(fixture, &f, ALL_NODES, E_SUP_AS " " E_COOP);
    f.modalities = (1u << RELMAP_MOD_NEGATED) | (1u << RELMAP_MOD_POTENTIAL) |
                   (1u << RELMAP_MOD_CONSIDERED);
    expect_view(fixture, &f, ALL_NODES, E_MEETS " " E_SANC " " E_ACC);
}

static void test_min_weight(void **state)
{
    relmap_filter f = RELMAP_FILTER_INIT;
    (void)state;
    f.min_weight = 1;
    expect_view(fixture, &f, ALL_NODES, ALL_EDGES);
    f.min_weight = 2;
    expect_view(fixture, &f, ALL_NODES, E_SUP_AS " " E_COOP " " E_ATT);
    f.min_weight = 3;
    expect_view(fixture, &f, ALL_NODES, E_SUP_AS);
    f.min_weight = 4;
    expect_view(fixture, &f, ALL_NODES, "");
}

static void test_top(void **state)
{
    /* heavy has one edge of weight 5, busy three of weight 1: weighted
       degree, not edge count, decides; heavy and x tie at 5, heavy first */
    static const char *const weighted =
        "{\"format\": \"relmap-graph\", \"version\": 1, \"documents\": [],\n"
        " \"nodes\": [{\"id\": \"x\", \"type\": \"country\"}, {\"id\": \"busy\", \"type\": \"country\"},\n"
        "           {\"id\": \"y1\", \"type\": \"country\"}, {\"id\": \"y2\", \"type\": \"country\"},\n"
        "           {\"id\": \"y3\", \"type\": \"country\"}, {\"id\": \"heavy\", \"type\": \"bloc\"}],\n"
        " \"edges\": [\n"
        "  {\"source\": \"heavy\", \"target\": \"x\", \"relation\": \"supports\", \"modality\": \"asserted\", \"weight\": 5},\n"
        "  {\"source\": \"busy\", \"target\": \"y1\", \"relation\": \"supports\", \"modality\": \"asserted\"},\n"
        "  {\"source\": \"busy\", \"target\": \"y2\", \"relation\": \"supports\", \"modality\": \"asserted\"},\n"
        "  {\"source\": \"busy\", \"target\": \"y3\", \"relation\": \"supports\", \"modality\": \"asserted\"}]}\n";
    /* zeta comes first in the file but alpha first by id */
    static const char *const ties =
        "{\"format\": \"relmap-graph\", \"version\": 1, \"documents\": [],\n"
        " \"nodes\": [{\"id\": \"zeta\", \"type\": \"country\"}, {\"id\": \"mid\", \"type\": \"country\"},\n"
        "           {\"id\": \"alpha\", \"type\": \"country\"}],\n"
        " \"edges\": [\n"
        "  {\"source\": \"zeta\", \"target\": \"mid\", \"relation\": \"attacks\", \"modality\": \"asserted\"},\n"
        "  {\"source\": \"alpha\", \"target\": \"mid\", \"relation\": \"attacks\", \"modality\": \"asserted\"}]}\n";
    relmap_filter f = RELMAP_FILTER_INIT;
    relmap_graph *g;
    (void)state;
    f.top = 1;
    expect_view(fixture, &f, "gondor", "");
    /* arnor and rohan tie at 5: arnor by id */
    f.top = 2;
    expect_view(fixture, &f, "arnor gondor", E_SUP_AS " " E_SUP_AL);
    f.top = 3;
    expect_view(fixture, &f, "arnor gondor rohan", E_SUP_AS " " E_SUP_AL " " E_MEETS " " E_COOP);
    f.top = 4;
    expect_view(fixture, &f, "arnor gondor rohan white_company",
                E_SUP_AS " " E_SUP_AL " " E_MEETS " " E_COOP " " E_ACC " " E_ATT);
    f.top = 100;
    expect_view(fixture, &f, ALL_NODES, ALL_EDGES);

    g = import_str(weighted, "weighted.json");
    f.top = 1;
    expect_view(g, &f, "heavy", "");
    f.top = 2;
    expect_view(g, &f, "heavy x", "heavy-supports-x/asserted");
    f.top = 3;
    expect_view(g, &f, "busy heavy x", "heavy-supports-x/asserted");
    relmap_graph_free(g);

    g = import_str(ties, "ties.json");
    f.top = 2;
    expect_view(g, &f, "alpha mid", "alpha-attacks-mid/asserted");
    relmap_graph_free(g);
}

/* Top-N counts only the edges the edge filters kept. */
static void test_top_after_edge_filters(void **state)
{
    relmap_filter f = RELMAP_FILTER_INIT;
    (void)state;
    f.top = 1;
    f.relations = (1u << RELMAP_REL_ATTACKS) | (1u << RELMAP_REL_SANCTIONS);
    expect_view(fixture, &f, "white_company", "");
    f.top = 2;
    expect_view(fixture, &f, "rohan white_company", E_ATT);
}

static void test_hide_isolated(void **state)
{
    relmap_filter f = RELMAP_FILTER_INIT;
    (void)state;
    f.hide_isolated = 1;
    expect_view(fixture, &f, "arnor free_peoples gondor rohan white_company", ALL_EDGES);
    /* actors isolated by an edge filter go too */
    f.min_weight = 3;
    expect_view(fixture, &f, "arnor gondor", E_SUP_AS);
    f.min_weight = 0;
    f.relations = 1u << RELMAP_REL_PART_OF;
    expect_view(fixture, &f, "", "");
}

static void test_combination(void **state)
{
    relmap_filter f = RELMAP_FILTER_INIT;
    (void)state;
    /* edge filters first, then the neighbourhood: arnor is rohan's
       neighbour only through a considered meeting, which is filtered out */
    f.focus = "Rohan";
    f.modalities = (1u << RELMAP_MOD_ASSERTED) | (1u << RELMAP_MOD_ALLEGED);
    expect_view(fixture, &f, "gondor rohan white_company", E_COOP " " E_ATT);

    /* relations and hide_isolated */
    f = (relmap_filter)RELMAP_FILTER_INIT;
    f.relations = (1u << RELMAP_REL_SUPPLIES) | (1u << RELMAP_REL_MEETS);
    f.hide_isolated = 1;
    expect_view(fixture, &f, "arnor gondor rohan", E_SUP_AS " " E_SUP_AL " " E_MEETS);

    /* neighbourhood, then top-N within it: degrees over the edges among
       free_peoples 1, gondor 3, rohan 4, white_company 4 (over the whole
       graph gondor's 7 would win) */
    f = (relmap_filter)RELMAP_FILTER_INIT;
    f.focus = "white_company";
    f.top = 2;
    expect_view(fixture, &f, "rohan white_company", E_ATT);

    /* everything at once */
    f = (relmap_filter)RELMAP_FILTER_INIT;
    f.focus = "gondor";
    f.depth = 2;
    f.relations = ~(1u << RELMAP_REL_ACCUSES);
    f.min_weight = 2;
    f.top = 3;
    f.hide_isolated = 1;
    /* edges of weight >= 2 except accuses: supplies/asserted (3),
       cooperates_with (2), attacks (2); two hops from gondor reach arnor,
       rohan, white_company; degrees arnor 3, gondor 5, rohan 4,
       white_company 2 */
    expect_view(fixture, &f, "arnor gondor rohan", E_SUP_AS " " E_COOP);
}

static void test_unknown_focus(void **state)
{
    relmap_filter f = RELMAP_FILTER_INIT;
    relmap_graph *out = (relmap_graph *)(uintptr_t)1;
    relmap_error err;
    (void)state;
    memset(&err, 0, sizeof err);
    f.focus = "Mordor";
    assert_int_equal(relmap_graph_filter(&out, fixture, &f, &err), RELMAP_EINVAL);
    assert_null(out);
    assert_int_equal(err.code, RELMAP_EINVAL);
    assert_non_null(strstr(err.message, "Mordor"));
    /* part of a name is not a name */
    f.focus = "Minas";
    out = NULL;
    assert_int_equal(relmap_graph_filter(&out, fixture, &f, &err), RELMAP_EINVAL);
    assert_null(out);
}

static void test_documents_kept_whole(void **state)
{
    relmap_filter f = RELMAP_FILTER_INIT;
    relmap_graph *v;
    json_t *root;
    (void)state;
    /* only beta's evidence is left, but both documents stay */
    f.focus = "free_peoples";
    v = filter(fixture, &f);
    root = to_json(v);
    assert_true(json_equal(json_object_get(root, "documents"),
                           json_object_get(fixture_json, "documents")));
    json_decref(root);
    relmap_graph_free(v);
    /* nothing left at all */
    f = (relmap_filter)RELMAP_FILTER_INIT;
    f.relations = 1u << RELMAP_REL_PART_OF;
    f.hide_isolated = 1;
    v = filter(fixture, &f);
    assert_int_equal(relmap_graph_node_count(v), 0);
    root = to_json(v);
    assert_int_equal(json_array_size(json_object_get(root, "documents")), 2);
    assert_true(json_equal(json_object_get(root, "documents"),
                           json_object_get(fixture_json, "documents")));
    json_decref(root);
    relmap_graph_free(v);
}

/* What is kept is kept whole: nodes with their label, type, aliases and
   mentions; edges with items, weight and every evidence entry. */
static void test_kept_elements_unchanged(void **state)
{
    static const char *const keys[] = {"nodes", "edges"};
    relmap_filter f = RELMAP_FILTER_INIT;
    relmap_graph *v;
    json_t *root, *x, *y;
    size_t i, j, k;
    (void)state;
    f.focus = "gondor";
    f.modalities = ~(1u << RELMAP_MOD_ALLEGED);
    v = filter(fixture, &f);
    root = to_json(v);
    for (k = 0; k < 2; k++) {
        assert_true(json_array_size(json_object_get(root, keys[k])) > 0);
        json_array_foreach(json_object_get(root, keys[k]), i, x) {
            int found = 0;
            json_array_foreach(json_object_get(fixture_json, keys[k]), j, y)
                if (json_equal(x, y))
                    found = 1;
            if (!found) {
                char *s = json_dumps(x, JSON_COMPACT);
                fail_msg("%s entry changed by the filter: %s", keys[k], s ? s : "?");
            }
        }
    }
    /* the weight-3 edge with its two evidence entries */
    x = json_array_get(json_object_get(root, "edges"), 0);
    assert_string_equal(json_string_value(json_object_get(x, "modality")), "asserted");
    assert_int_equal(json_integer_value(json_object_get(x, "weight")), 3);
    assert_int_equal(json_array_size(json_object_get(x, "evidence")), 2);
    assert_string_equal(json_string_value(json_object_get(
                            json_array_get(json_object_get(x, "evidence"), 1), "text")),
                        "Arnorian ammunition reached Gondor by the ton.");
    json_decref(root);
    relmap_graph_free(v);
}

/* trigger, cue and rule of an explained graph survive filtering. */
static void test_explain_survives(void **state)
{
    static const char *const json =
        "{\"format\": \"relmap-graph\", \"version\": 1,\n"
        " \"documents\": [{\"id\": \"d\"}],\n"
        " \"nodes\": [{\"id\": \"a\", \"type\": \"country\"}, {\"id\": \"b\", \"type\": \"country\"},\n"
        "           {\"id\": \"c\", \"type\": \"country\"}],\n"
        " \"edges\": [{\"source\": \"a\", \"target\": \"b\", \"relation\": \"supplies\",\n"
        "   \"modality\": \"asserted\", \"evidence\": [{\"document\": \"d\", \"start\": 0,\n"
        "   \"end\": 9, \"text\": \"A armed B\", \"trigger\": \"armed\", \"cue\": null,\n"
        "   \"rule\": \"supply-verb\"}]}]}\n";
    relmap_graph *g = import_str(json, "explained.json");
    relmap_filter f = RELMAP_FILTER_INIT;
    relmap_graph *v;
    relmap_buf b = RELMAP_BUF_INIT;
    relmap_json_options o = RELMAP_JSON_OPTIONS_INIT;
    relmap_error err;
    (void)state;
    memset(&err, 0, sizeof err);
    f.hide_isolated = 1;
    v = filter(g, &f);
    assert_int_equal(relmap_graph_node_count(v), 2);
    assert_int_not_equal(relmap_graph_has_explain(v), 0);
    o.compact = 1;
    o.explain = 1;
    if (relmap_export_json(v, &o, &b, &err))
        fail_msg("export_json: %s", err.message);
    assert_non_null(strstr(b.ptr, "\"trigger\":\"armed\",\"cue\":null,\"rule\":\"supply-verb\""));
    relmap_buf_dispose(&b);
    relmap_graph_free(v);
    relmap_graph_free(g);
}

static int setup(void **state)
{
    size_t len = 0;
    char *data = tu_read_file(FIXTURE, &len);
    relmap_error err;
    json_error_t jerr;
    (void)state;
    if (data == NULL)
        return -1;
    memset(&err, 0, sizeof err);
    if (relmap_graph_import_json(&fixture, data, len, FIXTURE, &err)) {
        fprintf(stderr, "%s: %s\n", FIXTURE, err.message);
        free(data);
        return -1;
    }
    fixture_json = json_loadb(data, len, 0, &jerr);
    free(data);
    return fixture_json ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    relmap_graph_free(fixture);
    json_decref(fixture_json);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_no_filter_keeps_everything),
        cmocka_unit_test(test_focus_by_id),
        cmocka_unit_test(test_focus_by_label),
        cmocka_unit_test(test_focus_by_alias),
        cmocka_unit_test(test_focus_depth),
        cmocka_unit_test(test_relations),
        cmocka_unit_test(test_modalities),
        cmocka_unit_test(test_min_weight),
        cmocka_unit_test(test_top),
        cmocka_unit_test(test_top_after_edge_filters),
        cmocka_unit_test(test_hide_isolated),
        cmocka_unit_test(test_combination),
        cmocka_unit_test(test_unknown_focus),
        cmocka_unit_test(test_documents_kept_whole),
        cmocka_unit_test(test_kept_elements_unchanged),
        cmocka_unit_test(test_explain_survives),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
