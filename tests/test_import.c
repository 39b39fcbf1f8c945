/* Reading relmap-graph JSON back (src/import_json.c) and writing the
 * imported graph as JSON, DOT, GraphML and CSV (src/export_*.c).
 *
 * tests/data/graph-small.json is written by hand in the exporter's exact
 * layout, so import -> export must give it back byte for byte. The DOT
 * exporter is compared with golden files in tests/golden/ (the DOT is
 * wholly relmap's, so these are regression checks on its look). */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <relmap.h>

#include "testutil.h"

#define FIXTURE RELMAP_TEST_DIR "/data/graph-small.json"
#define GOLDEN_DOT RELMAP_TEST_DIR "/golden/small.dot"
#define GOLDEN_DOT_DARK RELMAP_TEST_DIR "/golden/small-dark.dot"

static char *fixture;
static size_t fixture_len;

/* ---- helpers ---- */

static relmap_graph *import_str(const char *json, const char *name)
{
    relmap_graph *g = NULL;
    relmap_error err;
    memset(&err, 0, sizeof err);
    if (relmap_graph_import_json(&g, json, strlen(json), name, &err))
        fail_msg("import %s: %s:%d:%d: %s", name, err.source, err.line, err.column,
                 err.message);
    assert_non_null(g);
    return g;
}

static relmap_graph *import_fixture(void)
{
    relmap_graph *g = NULL;
    relmap_error err;
    memset(&err, 0, sizeof err);
    if (relmap_graph_import_json(&g, fixture, fixture_len, "graph-small.json", &err))
        fail_msg("import fixture: %s:%d:%d: %s", err.source, err.line, err.column,
                 err.message);
    assert_non_null(g);
    return g;
}

/* Compare two byte strings; on a difference, show where it starts. */
static void assert_same_bytes(const char *what, const char *want, size_t nwant,
                              const char *got, size_t ngot)
{
    size_t i, n = nwant < ngot ? nwant : ngot;
    for (i = 0; i < n; i++)
        if (want[i] != got[i])
            break;
    if (i == n && nwant == ngot)
        return;
    {
        size_t from = i > 40 ? i - 40 : 0;
        int lw = (int)((nwant - from) < 120 ? nwant - from : 120);
        int lg = (int)((ngot - from) < 120 ? ngot - from : 120);
        fail_msg("%s: differs at byte %zu (lengths %zu and %zu)\n  want: %.*s\n  got:  %.*s",
                 what, i, nwant, ngot, lw, want + from, lg, got + from);
    }
}

/* Import must fail with @p code, a message naming every needle, and
   leave *out NULL. Returns nothing; @p err is filled for further checks. */
static void expect_import_error(const char *json, int code, relmap_error *err,
                                const char *const *needles)
{
    relmap_graph *g = (relmap_graph *)(uintptr_t)1; /* must be reset */
    int rc;
    size_t i;
    memset(err, 0, sizeof *err);
    rc = relmap_graph_import_json(&g, json, strlen(json), "bad-graph.json", err);
    if (rc != code)
        fail_msg("import returned %d (%s), want %d; message: %s", rc, relmap_strerror(rc),
                 code, err->message);
    assert_null(g);
    assert_int_equal(err->code, code);
    assert_string_equal(err->source, "bad-graph.json");
    for (i = 0; needles && needles[i]; i++)
        if (strstr(err->message, needles[i]) == NULL)
            fail_msg("message \"%s\" does not contain \"%s\"", err->message, needles[i]);
}

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0;
    const char *p = hay;
    while ((p = strstr(p, needle)) != NULL) {
        n++;
        p += strlen(needle);
    }
    return n;
}

/* A minimal valid graph with nodes a and b; @p docs and @p edges are
   spliced in as the contents of the documents and edges arrays. */
#define GRAPH_WITH_FMT                                                        \
    "{\"format\": \"relmap-graph\", \"version\": 1,\n"                         \
    " \"documents\": [%s],\n"                                                  \
    " \"nodes\": [{\"id\": \"a\", \"label\": \"A\", \"type\": \"country\"},\n"      \
    "           {\"id\": \"b\", \"label\": \"B\", \"type\": \"organization\"}],\n" \
    " \"edges\": [%s]}\n"

static char *graph_with(const char *docs, const char *edges)
{
    size_t n = strlen(GRAPH_WITH_FMT) + strlen(docs) + strlen(edges) + 1;
    char *s = malloc(n);
    assert_non_null(s);
    assert_true(snprintf(s, n, GRAPH_WITH_FMT, docs, edges) > 0);
    return s;
}

/* ---- import -> export JSON is the identity ---- */

static void test_roundtrip_identity(void **state)
{
    relmap_graph *g = import_fixture();
    relmap_buf out = RELMAP_BUF_INIT;
    relmap_error err;
    (void)state;
    memset(&err, 0, sizeof err);
    assert_int_equal(relmap_graph_node_count(g), 6);
    assert_int_equal(relmap_graph_edge_count(g), 7);
    assert_int_equal(relmap_graph_has_explain(g), 0);
    if (relmap_export_json(g, NULL, &out, &err))
        fail_msg("export_json: %s", err.message);
    assert_same_bytes("import -> export JSON", fixture, fixture_len, out.ptr, out.len);
    relmap_buf_dispose(&out);
    relmap_graph_free(g);
}

/* The exporter sorts: nodes by id, edges by (source, target, relation,
   modality rank). An input in another order gives the fixture's order. */
static void test_roundtrip_sorts(void **state)
{
    static const char *const json =
        "{\"format\": \"relmap-graph\", \"version\": 1,\n"
        " \"documents\": [{\"id\": \"z\"}, {\"id\": \"m\", \"path\": \"m.txt\"}],\n"
        " \"nodes\": [{\"id\": \"b\", \"type\": \"country\"},\n"
        "           {\"id\": \"a\", \"label\": \"A\", \"type\": \"bloc\",\n"
        "            \"aliases\": [\"zed\", \"Alpha\"]}],\n"
        " \"edges\": [\n"
        "  {\"source\": \"b\", \"target\": \"a\", \"relation\": \"attacks\", \"modality\": \"asserted\"},\n"
        "  {\"source\": \"a\", \"target\": \"b\", \"relation\": \"supplies\", \"modality\": \"negated\"},\n"
        "  {\"source\": \"a\", \"target\": \"b\", \"relation\": \"supplies\", \"modality\": \"alleged\"},\n"
        "  {\"source\": \"a\", \"target\": \"b\", \"relation\": \"supplies\", \"modality\": \"asserted\"},\n"
        "  {\"source\": \"a\", \"target\": \"b\", \"relation\": \"accuses\", \"modality\": \"considered\"}]}\n";
    static const char *const want =
        "{\"format\":\"relmap-graph\",\"version\":1,"
        "\"documents\":[{\"id\":\"m\",\"path\":\"m.txt\",\"date\":null},"
        "{\"id\":\"z\",\"path\":null,\"date\":null}],"
        "\"nodes\":[{\"id\":\"a\",\"label\":\"A\",\"type\":\"bloc\","
        "\"aliases\":[\"Alpha\",\"zed\"],\"mentions\":0},"
        "{\"id\":\"b\",\"label\":\"b\",\"type\":\"country\",\"aliases\":[],\"mentions\":0}],"
        "\"edges\":["
        "{\"source\":\"a\",\"target\":\"b\",\"relation\":\"accuses\",\"modality\":\"considered\","
        "\"items\":[],\"weight\":1,\"evidence\":[]},"
        "{\"source\":\"a\",\"target\":\"b\",\"relation\":\"supplies\",\"modality\":\"asserted\","
        "\"items\":[],\"weight\":1,\"evidence\":[]},"
        "{\"source\":\"a\",\"target\":\"b\",\"relation\":\"supplies\",\"modality\":\"alleged\","
        "\"items\":[],\"weight\":1,\"evidence\":[]},"
        "{\"source\":\"a\",\"target\":\"b\",\"relation\":\"supplies\",\"modality\":\"negated\","
        "\"items\":[],\"weight\":1,\"evidence\":[]},"
        "{\"source\":\"b\",\"target\":\"a\",\"relation\":\"attacks\",\"modality\":\"asserted\","
        "\"items\":[],\"weight\":1,\"evidence\":[]}]}\n";
    relmap_graph *g = import_str(json, "unsorted.json");
    relmap_json_options o = RELMAP_JSON_OPTIONS_INIT;
    relmap_buf out = RELMAP_BUF_INIT;
    relmap_error err;
    (void)state;
    memset(&err, 0, sizeof err);
    o.compact = 1;
    if (relmap_export_json(g, &o, &out, &err))
        fail_msg("export_json: %s", err.message);
    assert_same_bytes("sorted export", want, strlen(want), out.ptr, out.len);
    relmap_buf_dispose(&out);
    relmap_graph_free(g);
}

/* trigger, cue and rule survive an import when present. */
static void test_roundtrip_explain(void **state)
{
    char *json = graph_with(
        "{\"id\": \"d\", \"path\": null, \"date\": null}",
        "{\"source\": \"a\", \"target\": \"b\", \"relation\": \"supplies\","
        " \"modality\": \"potential\", \"items\": [\"drones\"], \"weight\": 1,"
        " \"evidence\": [{\"document\": \"d\", \"start\": 0, \"end\": 21,"
        " \"text\": \"A may sell drones to B.\", \"trigger\": \"sell\","
        " \"cue\": \"may\", \"rule\": \"supply-verb\"}]}");
    relmap_graph *g = import_str(json, "explained.json");
    relmap_json_options o = RELMAP_JSON_OPTIONS_INIT;
    relmap_buf out = RELMAP_BUF_INIT;
    relmap_error err;
    (void)state;
    memset(&err, 0, sizeof err);
    assert_int_not_equal(relmap_graph_has_explain(g), 0);
    o.compact = 1;
    o.explain = 1;
    if (relmap_export_json(g, &o, &out, &err))
        fail_msg("export_json: %s", err.message);
    assert_non_null(strstr(out.ptr, "\"text\":\"A may sell drones to B.\",\"trigger\":\"sell\","
                                    "\"cue\":\"may\",\"rule\":\"supply-verb\""));
    relmap_buf_dispose(&out);
    relmap_graph_free(g);
    free(json);
}

/* ---- errors ---- */

static void test_error_syntax_line(void **state)
{
    /* the stray comma is on line 4 */
    static const char *const json =
        "{\n"
        "  \"format\": \"relmap-graph\",\n"
        "  \"version\": 1,\n"
        "  \"documents\": [,],\n"
        "  \"nodes\": [],\n"
        "  \"edges\": []\n"
        "}\n";
    relmap_error err;
    (void)state;
    expect_import_error(json, RELMAP_EPARSE, &err, NULL);
    assert_int_equal(err.line, 4);
    assert_true(err.column > 0);
}

static void test_error_unknown_relation(void **state)
{
    static const char *const needles[] = {"edges[1].relation", "suplies", NULL};
    char *json = graph_with("", "{\"source\": \"a\", \"target\": \"b\", \"relation\": \"supplies\","
                                " \"modality\": \"asserted\"},\n"
                                "{\"source\": \"a\", \"target\": \"b\", \"relation\": \"suplies\","
                                " \"modality\": \"asserted\"}");
    relmap_error err;
    (void)state;
    expect_import_error(json, RELMAP_ECONFIG, &err, needles);
    assert_non_null(strstr(err.message, "edges["));
    assert_non_null(strstr(err.message, ".relation"));
    free(json);
}

static void test_error_unknown_modality(void **state)
{
    static const char *const needles[] = {"edges[0].modality", "rumoured", NULL};
    char *json = graph_with("", "{\"source\": \"a\", \"target\": \"b\", \"relation\": \"attacks\","
                                " \"modality\": \"rumoured\"}");
    relmap_error err;
    (void)state;
    expect_import_error(json, RELMAP_ECONFIG, &err, needles);
    free(json);
}

static void test_error_no_node(void **state)
{
    static const char *const src[] = {"edges[0].source", "no node", "gondor", NULL};
    static const char *const dst[] = {"edges[0].target", "no node", "mordor", NULL};
    char *json = graph_with("", "{\"source\": \"gondor\", \"target\": \"b\", \"relation\": "
                                "\"attacks\", \"modality\": \"asserted\"}");
    relmap_error err;
    (void)state;
    expect_import_error(json, RELMAP_ECONFIG, &err, src);
    free(json);
    json = graph_with("", "{\"source\": \"a\", \"target\": \"mordor\", \"relation\": "
                          "\"attacks\", \"modality\": \"asserted\"}");
    expect_import_error(json, RELMAP_ECONFIG, &err, dst);
    free(json);
}

static void test_error_no_document(void **state)
{
    static const char *const needles[] = {"edges[0].evidence[1].document", "no document",
                                           "gamma", NULL};
    char *json = graph_with(
        "{\"id\": \"alpha\"}",
        "{\"source\": \"a\", \"target\": \"b\", \"relation\": \"attacks\","
        " \"modality\": \"asserted\", \"weight\": 2, \"evidence\": ["
        "{\"document\": \"alpha\", \"start\": 0, \"end\": 3, \"text\": \"one\"},"
        "{\"document\": \"gamma\", \"start\": 4, \"end\": 7, \"text\": \"two\"}]}");
    relmap_error err;
    (void)state;
    expect_import_error(json, RELMAP_ECONFIG, &err, needles);
    free(json);
}

static void test_error_duplicate_edge(void **state)
{
    static const char *const needles[] = {"edges[2]", "duplicate", NULL};
    /* same key as edges[0]; edges[1] differs only in modality and is fine */
    char *json = graph_with("", "{\"source\": \"a\", \"target\": \"b\", \"relation\": "
                                "\"attacks\", \"modality\": \"asserted\"},\n"
                                "{\"source\": \"a\", \"target\": \"b\", \"relation\": "
                                "\"attacks\", \"modality\": \"alleged\"},\n"
                                "{\"source\": \"a\", \"target\": \"b\", \"relation\": "
                                "\"attacks\", \"modality\": \"asserted\", \"weight\": 4}");
    relmap_error err;
    (void)state;
    expect_import_error(json, RELMAP_ECONFIG, &err, needles);
    free(json);
}

static void test_error_format(void **state)
{
    static const char *const needles[] = {"format", "relmap-graph", NULL};
    static const char *const wrong_name =
        "{\"format\": \"relmap-grpah\", \"version\": 1, \"documents\": [], "
        "\"nodes\": [], \"edges\": []}";
    static const char *const wrong_version =
        "{\"format\": \"relmap-graph\", \"version\": 2, \"documents\": [], "
        "\"nodes\": [], \"edges\": []}";
    static const char *const missing =
        "{\"documents\": [], \"nodes\": [], \"edges\": []}";
    static const char *const not_object = "[1, 2, 3]";
    relmap_error err;
    (void)state;
    expect_import_error(wrong_name, RELMAP_ECONFIG, &err, needles);
    expect_import_error(wrong_version, RELMAP_ECONFIG, &err, needles);
    expect_import_error(missing, RELMAP_ECONFIG, &err, needles);
    expect_import_error(not_object, RELMAP_ECONFIG, &err, NULL);
}

static void test_error_weight_below_evidence(void **state)
{
    static const char *const needles[] = {"edges[0].weight", NULL};
    char *json = graph_with(
        "{\"id\": \"alpha\"}",
        "{\"source\": \"a\", \"target\": \"b\", \"relation\": \"attacks\","
        " \"modality\": \"asserted\", \"weight\": 1, \"evidence\": ["
        "{\"document\": \"alpha\", \"start\": 0, \"end\": 3, \"text\": \"one\"},"
        "{\"document\": \"alpha\", \"start\": 4, \"end\": 7, \"text\": \"two\"}]}");
    relmap_error err;
    (void)state;
    expect_import_error(json, RELMAP_ECONFIG, &err, needles);
    free(json);
    /* equal is fine */
    json = graph_with(
        "{\"id\": \"alpha\"}",
        "{\"source\": \"a\", \"target\": \"b\", \"relation\": \"attacks\","
        " \"modality\": \"asserted\", \"weight\": 2, \"evidence\": ["
        "{\"document\": \"alpha\", \"start\": 0, \"end\": 3, \"text\": \"one\"},"
        "{\"document\": \"alpha\", \"start\": 4, \"end\": 7, \"text\": \"two\"}]}");
    relmap_graph_free(import_str(json, "ok.json"));
    free(json);
}

static void test_error_other_content(void **state)
{
    static const char *const type[] = {"nodes[0].type", "planet", NULL};
    static const char *const dupnode[] = {"nodes[1].id", "duplicate", NULL};
    static const char *const dupdoc[] = {"documents[1].id", "duplicate", NULL};
    static const char *const neg[] = {"edges[0].weight", NULL};
    relmap_error err;
    char *json;
    (void)state;
    expect_import_error("{\"format\": \"relmap-graph\", \"version\": 1, \"documents\": [],"
                        " \"nodes\": [{\"id\": \"x\", \"type\": \"planet\"}], \"edges\": []}",
                        RELMAP_ECONFIG, &err, type);
    expect_import_error("{\"format\": \"relmap-graph\", \"version\": 1, \"documents\": [],"
                        " \"nodes\": [{\"id\": \"x\", \"type\": \"bloc\"},"
                        " {\"id\": \"x\", \"type\": \"country\"}], \"edges\": []}",
                        RELMAP_ECONFIG, &err, dupnode);
    json = graph_with("{\"id\": \"d\"}, {\"id\": \"d\"}", "");
    expect_import_error(json, RELMAP_ECONFIG, &err, dupdoc);
    free(json);
    json = graph_with("", "{\"source\": \"a\", \"target\": \"b\", \"relation\": \"attacks\","
                          " \"modality\": \"asserted\", \"weight\": -1}");
    expect_import_error(json, RELMAP_ECONFIG, &err, neg);
    free(json);
}

/* ---- DOT: golden files ---- */

static void check_dot_golden(const relmap_dot_options *o, const char *golden_path)
{
    relmap_graph *g = import_fixture();
    relmap_buf dot = RELMAP_BUF_INIT, svg = RELMAP_BUF_INIT;
    relmap_error err;
    size_t glen = 0;
    char *golden = tu_read_file(golden_path, &glen);
    if (golden == NULL)
        fail_msg("cannot read %s", golden_path);
    memset(&err, 0, sizeof err);
    if (relmap_export_dot(g, o, &dot, &err))
        fail_msg("export_dot: %s", err.message);
    assert_same_bytes(golden_path, golden, glen, dot.ptr, dot.len);
    /* and the golden DOT is something Graphviz accepts */
    if (relmap_render(dot.ptr, dot.len, "svg", "dot", &svg, &err))
        fail_msg("render: %s", err.message);
    assert_non_null(strstr(svg.ptr, "</svg>"));
    relmap_buf_dispose(&svg);
    relmap_buf_dispose(&dot);
    relmap_graph_free(g);
    free(golden);
}

static void test_dot_golden_default(void **state)
{
    relmap_dot_options o = RELMAP_DOT_OPTIONS_INIT;
    (void)state;
    o.layout = "dot";
    check_dot_golden(&o, GOLDEN_DOT);
}

static void test_dot_golden_dark(void **state)
{
    relmap_dot_options o = RELMAP_DOT_OPTIONS_INIT;
    (void)state;
    o.layout = "dot";
    o.theme = "dark";
    o.link_base = "https://example.org/a/";
    o.title = "Test";
    check_dot_golden(&o, GOLDEN_DOT_DARK);
}

/* ---- GraphML ---- */

/* The official GraphML XSD (graphml.graphdrawing.org) is not available
   offline, so validity is checked structurally: well-formed (xmllint),
   the GraphML namespace, every key declared before the graph and every
   data element using a declared key, one node / edge element per node /
   edge, symmetric relations undirected. */
static void test_graphml(void **state)
{
    static const char *const keys[] = {"label", "type", "aliases", "mentions",
                                       "relation", "modality", "weight", "items",
                                       "documents", "evidence"};
    relmap_graph *g = import_fixture();
    relmap_buf out = RELMAP_BUF_INIT;
    relmap_error err;
    const char *graph_start, *p;
    size_t i, undirected = 0, edges = 0;
    (void)state;
    memset(&err, 0, sizeof err);
    if (relmap_export_graphml(g, &out, &err))
        fail_msg("export_graphml: %s", err.message);
    assert_non_null(out.ptr);
    assert_memory_equal(out.ptr, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 39);
    assert_non_null(strstr(out.ptr, "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""));
    graph_start = strstr(out.ptr, "<graph ");
    assert_non_null(graph_start);
    for (i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        char decl[80];
        const char *d;
        snprintf(decl, sizeof decl, "<key id=\"%s\" ", keys[i]);
        d = strstr(out.ptr, decl);
        if (d == NULL || d > graph_start)
            fail_msg("key %s not declared before <graph>", keys[i]);
    }
    /* every data element uses a declared key */
    for (p = out.ptr; (p = strstr(p, "<data key=\"")) != NULL; p++) {
        const char *k = p + 11, *q = strchr(k, '"');
        int known = 0;
        assert_non_null(q);
        for (i = 0; i < sizeof keys / sizeof keys[0]; i++)
            if ((size_t)(q - k) == strlen(keys[i]) && memcmp(k, keys[i], (size_t)(q - k)) == 0)
                known = 1;
        if (!known)
            fail_msg("data with undeclared key %.*s", (int)(q - k), k);
    }
    assert_int_equal(count(out.ptr, "<node "), 6);
    assert_int_equal(count(out.ptr, "</node>"), 6);
    assert_int_equal(count(out.ptr, "<edge "), 7);
    assert_int_equal(count(out.ptr, "</edge>"), 7);
    assert_non_null(strstr(out.ptr, "<node id=\"white_company\">"));
    assert_non_null(strstr(out.ptr, "<data key=\"type\">organization</data>"));
    assert_non_null(strstr(out.ptr, "<data key=\"type\">bloc</data>"));
    assert_non_null(strstr(out.ptr, "<data key=\"aliases\">Annúminas; Arnorian</data>"));
    /* directed="false" exactly on the symmetric relations */
    for (p = out.ptr; (p = strstr(p, "<edge ")) != NULL; p++) {
        const char *end = strstr(p, "</edge>"), *tag_end = strchr(p, '>');
        const char *rel = strstr(p, "<data key=\"relation\">");
        int sym, undirected_here;
        assert_non_null(end);
        assert_non_null(rel);
        assert_true(rel < end);
        rel += strlen("<data key=\"relation\">");
        sym = strncmp(rel, "cooperates_with<", 16) == 0 || strncmp(rel, "meets<", 6) == 0;
        undirected_here = strstr(p, "directed=\"false\"") != NULL &&
                          strstr(p, "directed=\"false\"") < tag_end;
        if (sym != undirected_here)
            fail_msg("edge %.*s: directed=\"false\" %s", (int)(tag_end - p + 1), p,
                     sym ? "missing" : "on a directed relation");
        undirected += (size_t)undirected_here;
        edges++;
    }
    assert_int_equal(edges, 7);
    assert_int_equal(undirected, 2);
    /* data values */
    assert_non_null(strstr(out.ptr, "<data key=\"weight\">3</data>"));
    assert_non_null(strstr(out.ptr, "<data key=\"modality\">negated</data>"));
    assert_non_null(strstr(out.ptr, "<data key=\"items\">ammunition; rifles</data>"));
    assert_non_null(strstr(out.ptr, "<data key=\"evidence\">Arnor sent rifles to Minas Tirith. | "
                                    "Arnorian ammunition reached Gondor by the ton.</data>"));
    assert_non_null(strstr(out.ptr, "Rohan said the &quot;White Company&quot;, a mercenary band"));
    assert_null(strstr(out.ptr, "\"White Company\""));

    relmap_buf_dispose(&out);
    relmap_graph_free(g);
}

static void test_graphml_well_formed(void **state)
{
    relmap_graph *g;
    relmap_buf out = RELMAP_BUF_INIT;
    relmap_error err;
    const char *tmp = getenv("TMPDIR");
    char path[512];
    char cmd[700];
    FILE *f;
    int fd, rc;
    (void)state;
    if (access("/usr/bin/xmllint", X_OK) != 0) {
        print_message("/usr/bin/xmllint not found: not checking well-formedness\n");
        skip();
    }
    snprintf(path, sizeof path, "%s/relmap-graphml-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    g = import_fixture();
    memset(&err, 0, sizeof err);
    if (relmap_export_graphml(g, &out, &err))
        fail_msg("export_graphml: %s", err.message);
    fd = mkstemp(path);
    assert_true(fd >= 0);
    f = fdopen(fd, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(out.ptr, 1, out.len, f), out.len);
    assert_int_equal(fclose(f), 0);
    snprintf(cmd, sizeof cmd, "/usr/bin/xmllint --noout --nonet '%s'", path);
    rc = system(cmd);
    unlink(path);
    assert_int_equal(rc, 0);
    relmap_buf_dispose(&out);
    relmap_graph_free(g);
}

/* ---- CSV ---- */

/* Split RFC 4180 text into records; returns the number of records and
   checks each has @p nfields fields. */
static size_t csv_records(const char *s, size_t len, size_t nfields)
{
    size_t i = 0, records = 0, fields = 1;
    int quoted = 0, at_start = 1;
    while (i < len) {
        char c = s[i];
        if (quoted) {
            if (c == '"' && i + 1 < len && s[i + 1] == '"')
                i += 2;
            else if (c == '"') {
                quoted = 0;
                i++;
                if (i < len && s[i] != ',' && s[i] != '\r')
                    fail_msg("text after a closing quote at byte %zu", i);
            } else
                i++;
            continue;
        }
        if (c == '"' && at_start) {
            quoted = 1;
            at_start = 0;
            i++;
        } else if (c == '"') {
            fail_msg("bare quote inside an unquoted field at byte %zu", i);
        } else if (c == ',') {
            fields++;
            at_start = 1;
            i++;
        } else if (c == '\r') {
            if (i + 1 >= len || s[i + 1] != '\n')
                fail_msg("CR without LF at byte %zu", i);
            if (fields != nfields)
                fail_msg("record %zu has %zu fields, want %zu", records, fields, nfields);
            records++;
            fields = 1;
            at_start = 1;
            i += 2;
        } else if (c == '\n') {
            fail_msg("bare LF at byte %zu", i);
        } else {
            at_start = 0;
            i++;
        }
    }
    assert_false(quoted);
    assert_true(at_start && fields == 1); /* ends with CRLF */
    return records;
}

static void test_csv(void **state)
{
    static const char *const header =
        "source,target,source_label,target_label,relation,modality,weight,"
        "items,documents,evidence\r\n";
    relmap_graph *g = import_fixture();
    relmap_buf out = RELMAP_BUF_INIT;
    relmap_error err;
    char *text;
    (void)state;
    memset(&err, 0, sizeof err);
    if (relmap_export_csv(g, &out, &err))
        fail_msg("export_csv: %s", err.message);
    assert_true(out.len > strlen(header));
    assert_memory_equal(out.ptr, header, strlen(header));
    assert_int_equal(csv_records(out.ptr, out.len, 10), 1 + 7);
    text = malloc(out.len + 1);
    assert_non_null(text);
    memcpy(text, out.ptr, out.len);
    text[out.len] = '\0';
    /* a field with a comma and quotes: quoted, quotes doubled */
    assert_non_null(strstr(text,
        "\r\nwhite_company,rohan,White Company,Rohan,attacks,alleged,2,,beta:100-178,"
        "\"Rohan said the \"\"White Company\"\", a mercenary band, attacked its villages.\"\r\n"));
    /* a label with a space is not quoted; several evidence entries joined */
    assert_non_null(strstr(text,
        "\r\narnor,gondor,Arnor,Gondor,supplies,asserted,3,ammunition; rifles,"
        "alpha:16-52; alpha:120-171,Arnor sent rifles to Minas Tirith. | "
        "Arnorian ammunition reached Gondor by the ton.\r\n"));
    /* rows in edge order: the asserted supplies row before the alleged one */
    assert_true(strstr(text, "supplies,asserted") < strstr(text, "supplies,alleged"));
    free(text);
    relmap_buf_dispose(&out);
    relmap_graph_free(g);
}

static int setup(void **state)
{
    (void)state;
    fixture = tu_read_file(FIXTURE, &fixture_len);
    return fixture ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    free(fixture);
    relmap_render_shutdown();
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_roundtrip_identity),
        cmocka_unit_test(test_roundtrip_sorts),
        cmocka_unit_test(test_roundtrip_explain),
        cmocka_unit_test(test_error_syntax_line),
        cmocka_unit_test(test_error_unknown_relation),
        cmocka_unit_test(test_error_unknown_modality),
        cmocka_unit_test(test_error_no_node),
        cmocka_unit_test(test_error_no_document),
        cmocka_unit_test(test_error_duplicate_edge),
        cmocka_unit_test(test_error_format),
        cmocka_unit_test(test_error_weight_below_evidence),
        cmocka_unit_test(test_error_other_content),
        cmocka_unit_test(test_dot_golden_default),
        cmocka_unit_test(test_dot_golden_dark),
        cmocka_unit_test(test_graphml),
        cmocka_unit_test(test_graphml_well_formed),
        cmocka_unit_test(test_csv),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
