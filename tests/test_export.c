/* JSON (relmap-graph v1) and DOT export (src/export_json.c, export_dot.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <string.h>

#include <relmap.h>

#include "testutil.h"

static const char *const realms =
    "{\"entities\": [\n"
    " {\"id\": \"Arnor\", \"demonyms\": [\"Arnorian\"], \"places\": [\"Annuminas\"]},\n"
    " {\"id\": \"Gondor\", \"places\": [\"Minas Tirith\"]},\n"
    " {\"id\": \"Rohan\"},\n"
    " {\"id\": \"White Company\", \"type\": \"organization\"},\n"
    " {\"id\": \"Free Peoples\", \"type\": \"bloc\"},\n"
    " {\"id\": \"Say \\\"Hi\\\" \\\\ Land\", \"aliases\": [\"Quoteland\"]}\n"
    "]}";

/* Texts with a date line and non-ASCII bytes before the evidence. */
static const char *const text_one =
    "date 2024-03-01\n"
    "\xE2\x80\x9CWe are ready,\xE2\x80\x9D an envoy said. Arnor sent rifles to Gondor. "
    "Gondor and Rohan met in Annuminas. Quoteland sent grain to Rohan.";
static const char *const text_two =
    "Minas Tirith accused Arnor of attacking Rohan. White Company "
    "sold bows to Gondor.";

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
    relmap_render_shutdown();
    return 0;
}

static relmap_graph *build(void)
{
    relmap_graph *g = NULL;
    relmap_error err;
    const char *texts[2] = {text_one, text_two};
    const char *ids[2] = {"one", "two"};
    const char *paths[2] = {"news/one.txt", NULL};
    size_t i;
    assert_int_equal(relmap_graph_new(&g), 0);
    for (i = 0; i < 2; i++) {
        relmap_doc *d = tu_extract(&env, texts[i]);
        memset(&err, 0, sizeof err);
        if (relmap_graph_add_doc(g, ids[i], paths[i], texts[i], strlen(texts[i]), d, &err))
            fail_msg("add_doc: %s", err.message);
        relmap_doc_free(d);
    }
    return g;
}

static relmap_buf json_of(const relmap_graph *g, int compact, int explain)
{
    relmap_buf b = RELMAP_BUF_INIT;
    relmap_error err;
    relmap_json_options o = RELMAP_JSON_OPTIONS_INIT;
    o.compact = compact;
    o.explain = explain;
    memset(&err, 0, sizeof err);
    if (relmap_export_json(g, &o, &b, &err))
        fail_msg("export_json: %s", err.message);
    assert_non_null(b.ptr);
    return b;
}

static const char *sget(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    if (!json_is_string(v))
        fail_msg("\"%s\" is not a string", k);
    return json_string_value(v);
}

static void test_json_format(void **state)
{
    relmap_graph *g = build();
    relmap_buf b = json_of(g, 0, 0);
    json_error_t jerr;
    json_t *root, *docs, *nodes, *edges, *x;
    size_t i;
    (void)state;
    assert_true(b.len > 0);
    assert_int_equal(b.ptr[b.len - 1], '\n');
    root = json_loadb(b.ptr, b.len, JSON_REJECT_DUPLICATES, &jerr);
    if (root == NULL)
        fail_msg("not JSON: %s at %d:%d", jerr.text, jerr.line, jerr.column);
    assert_string_equal(sget(root, "format"), "relmap-graph");
    assert_true(json_is_integer(json_object_get(root, "version")));
    assert_int_equal(json_integer_value(json_object_get(root, "version")), 1);

    docs = json_object_get(root, "documents");
    assert_int_equal(json_array_size(docs), 2);
    x = json_array_get(docs, 0);
    assert_string_equal(sget(x, "id"), "one");
    assert_string_equal(sget(x, "path"), "news/one.txt");
    assert_string_equal(sget(x, "date"), "2024-03-01");
    x = json_array_get(docs, 1);
    assert_string_equal(sget(x, "id"), "two");
    assert_true(json_is_null(json_object_get(x, "path")));
    assert_true(json_is_null(json_object_get(x, "date")));

    nodes = json_object_get(root, "nodes");
    assert_true(json_array_size(nodes) >= 5);
    json_array_foreach(nodes, i, x) {
        json_t *al = json_object_get(x, "aliases"), *a;
        size_t k;
        assert_int_equal(json_object_size(x), 5);
        sget(x, "label");
        assert_true(json_is_array(al));
        assert_true(json_array_size(al) >= 1);
        json_array_foreach(al, k, a) {
            assert_true(json_is_string(a));
            if (k > 0)
                assert_true(strcmp(json_string_value(json_array_get(al, k - 1)),
                                   json_string_value(a)) < 0);
        }
        assert_true(json_integer_value(json_object_get(x, "mentions")) >= 1);
        if (i > 0)
            assert_true(strcmp(sget(json_array_get(nodes, i - 1), "id"), sget(x, "id")) < 0);
        if (strcmp(sget(x, "id"), "white_company") == 0)
            assert_string_equal(sget(x, "type"), "organization");
        else
            assert_string_equal(sget(x, "type"), "country");
        if (strcmp(sget(x, "id"), "gondor") == 0) {
            /* "Minas Tirith" was seen as a surface form of Gondor */
            int seen = 0;
            json_array_foreach(al, k, a)
                if (strcmp(json_string_value(a), "Minas Tirith") == 0)
                    seen = 1;
            assert_true(seen);
        }
    }

    edges = json_object_get(root, "edges");
    assert_true(json_array_size(edges) >= 4);
    json_array_foreach(edges, i, x) {
        json_t *ev = json_object_get(x, "evidence"), *e;
        size_t k;
        /* 7 fields, plus first_seen and last_seen when documents are dated */
        if (json_object_get(x, "first_seen")) {
            assert_int_equal(json_object_size(x), 9);
            assert_true(strcmp(sget(x, "first_seen"), sget(x, "last_seen")) <= 0);
        } else {
            assert_int_equal(json_object_size(x), 7);
        }
        assert_true(relmap_relation_from_name(sget(x, "relation")) >= 0);
        assert_true(relmap_modality_from_name(sget(x, "modality")) >= 0);
        assert_true(json_is_array(json_object_get(x, "items")));
        assert_true(json_integer_value(json_object_get(x, "weight")) >= 1);
        assert_true(json_array_size(ev) >= 1);
        if (i > 0) {
            json_t *p = json_array_get(edges, i - 1);
            int c = strcmp(sget(p, "source"), sget(x, "source"));
            if (c == 0)
                c = strcmp(sget(p, "target"), sget(x, "target"));
            if (c == 0)
                c = strcmp(sget(p, "relation"), sget(x, "relation"));
            if (c == 0)
                c = relmap_modality_from_name(sget(p, "modality")) -
                    relmap_modality_from_name(sget(x, "modality"));
            assert_true(c < 0);
        }
        json_array_foreach(ev, k, e) {
            const char *doc = sget(e, "document");
            const char *src = strcmp(doc, "one") == 0 ? text_one : text_two;
            json_int_t s = json_integer_value(json_object_get(e, "start"));
            json_int_t t = json_integer_value(json_object_get(e, "end"));
            assert_int_equal(json_object_size(e), 4);
            assert_true(s >= 0 && s < t && (size_t)t <= strlen(src));
            /* the evidence text is exactly the input bytes [start, end) */
            assert_int_equal(strlen(sget(e, "text")), (size_t)(t - s));
            assert_memory_equal(sget(e, "text"), src + s, (size_t)(t - s));
        }
    }
    /* a few expected edges */
    {
        int supplies = 0, meets = 0, accuses = 0;
        json_array_foreach(edges, i, x) {
            const char *s = sget(x, "source"), *t = sget(x, "target"), *r = sget(x, "relation");
            if (strcmp(s, "arnor") == 0 && strcmp(t, "gondor") == 0 &&
                strcmp(r, "supplies") == 0) {
                supplies = 1;
                assert_string_equal(json_string_value(json_array_get(json_object_get(x, "items"), 0)),
                                    "rifles");
                assert_string_equal(sget(json_array_get(json_object_get(x, "evidence"), 0),
                                         "text"),
                                    "Arnor sent rifles to Gondor.");
            }
            if (strcmp(s, "gondor") == 0 && strcmp(t, "rohan") == 0 && strcmp(r, "meets") == 0)
                meets = 1;
            if (strcmp(s, "gondor") == 0 && strcmp(t, "arnor") == 0 &&
                strcmp(r, "accuses") == 0)
                accuses = 1;
        }
        assert_true(supplies);
        assert_true(meets);
        assert_true(accuses);
    }
    json_decref(root);
    relmap_buf_dispose(&b);
    relmap_graph_free(g);
}

static void test_json_compact_and_explain(void **state)
{
    relmap_graph *g = build();
    relmap_buf pretty = json_of(g, 0, 0), compact = json_of(g, 1, 0), ex = json_of(g, 0, 1);
    json_t *a, *b, *c, *ev;
    json_error_t jerr;
    (void)state;
    /* one line, ending with a newline */
    assert_int_equal(compact.ptr[compact.len - 1], '\n');
    assert_null(memchr(compact.ptr, '\n', compact.len - 1));
    assert_true(compact.len < pretty.len);
    assert_non_null(memchr(pretty.ptr, '\n', pretty.len - 1));
    a = json_loadb(pretty.ptr, pretty.len, 0, &jerr);
    b = json_loadb(compact.ptr, compact.len, 0, &jerr);
    assert_non_null(a);
    assert_non_null(b);
    assert_true(json_equal(a, b));
    /* explain adds trigger, cue and rule to each evidence */
    c = json_loadb(ex.ptr, ex.len, 0, &jerr);
    assert_non_null(c);
    ev = json_array_get(json_object_get(json_array_get(json_object_get(c, "edges"), 0),
                                        "evidence"), 0);
    assert_non_null(json_object_get(ev, "trigger"));
    assert_non_null(json_object_get(ev, "cue"));
    assert_true(json_is_string(json_object_get(ev, "rule")));
    assert_null(json_object_get(json_array_get(json_object_get(json_array_get(
                                    json_object_get(a, "edges"), 0), "evidence"), 0),
                                "rule"));
    json_decref(a);
    json_decref(b);
    json_decref(c);
    relmap_buf_dispose(&pretty);
    relmap_buf_dispose(&compact);
    relmap_buf_dispose(&ex);
    relmap_graph_free(g);
}

static void test_json_deterministic(void **state)
{
    relmap_graph *g1 = build(), *g2 = build();
    relmap_buf a = json_of(g1, 0, 0), b = json_of(g2, 0, 0), c = json_of(g1, 0, 0);
    (void)state;
    assert_int_equal(a.len, b.len);
    assert_memory_equal(a.ptr, b.ptr, a.len);
    assert_int_equal(a.len, c.len);
    assert_memory_equal(a.ptr, c.ptr, a.len);
    relmap_buf_dispose(&a);
    relmap_buf_dispose(&b);
    relmap_buf_dispose(&c);
    relmap_graph_free(g1);
    relmap_graph_free(g2);
}

static relmap_buf dot_of(const relmap_graph *g, const relmap_dot_options *o)
{
    relmap_buf b = RELMAP_BUF_INIT;
    relmap_error err;
    memset(&err, 0, sizeof err);
    if (relmap_export_dot(g, o, &b, &err))
        fail_msg("export_dot: %s", err.message);
    assert_non_null(b.ptr);
    return b;
}

static void test_dot_quotes_and_backslashes(void **state)
{
    relmap_graph *g = build();
    relmap_dot_options o = RELMAP_DOT_OPTIONS_INIT;
    relmap_buf d1, d2, svg = RELMAP_BUF_INIT;
    relmap_error err;
    json_t *root;
    json_error_t jerr;
    relmap_buf js;
    size_t i;
    int found = 0;
    json_t *n;
    (void)state;
    /* the awkward label made it into the graph */
    js = json_of(g, 0, 0);
    root = json_loadb(js.ptr, js.len, 0, &jerr);
    assert_non_null(root);
    json_array_foreach(json_object_get(root, "nodes"), i, n)
        if (strcmp(sget(n, "label"), "Say \"Hi\" \\ Land") == 0)
            found = 1;
    assert_true(found);
    json_decref(root);
    relmap_buf_dispose(&js);

    o.title = "Title with \"quotes\" and \\ backslash";
    d1 = dot_of(g, &o);
    d2 = dot_of(g, &o);
    assert_int_equal(d1.len, d2.len);
    assert_memory_equal(d1.ptr, d2.ptr, d1.len);
    assert_memory_equal(d1.ptr, "digraph", 7);
    assert_non_null(strstr(d1.ptr, "id=\"n_arnor\""));
    /* Graphviz prefixes "edge " itself in SVG; the DOT names the relation */
    assert_non_null(strstr(d1.ptr, "class=\"supplies"));
    /* Graphviz accepts it */
    memset(&err, 0, sizeof err);
    if (relmap_render(d1.ptr, d1.len, "svg", NULL, &svg, &err))
        fail_msg("render: %s", err.message);
    assert_non_null(strstr(svg.ptr, "<svg"));
    /* the label comes out of the SVG with its quote escaped as XML */
    assert_non_null(strstr(svg.ptr, "Say &quot;Hi&quot; \\ Land"));
    relmap_buf_dispose(&svg);
    relmap_buf_dispose(&d1);
    relmap_buf_dispose(&d2);
    relmap_graph_free(g);
}

static void test_dot_options(void **state)
{
    relmap_graph *g = build();
    relmap_dot_options o = RELMAP_DOT_OPTIONS_INIT;
    relmap_buf with, without, tb;
    (void)state;
    with = dot_of(g, NULL);
    o.legend = 0;
    without = dot_of(g, &o);
    assert_true(with.len != without.len);
    o.rankdir = "TB";
    tb = dot_of(g, &o);
    assert_non_null(strstr(tb.ptr, "rankdir=TB") ? tb.ptr : strstr(tb.ptr, "rankdir=\"TB\""));
    assert_non_null(strstr(with.ptr, "LR"));
    relmap_buf_dispose(&with);
    relmap_buf_dispose(&without);
    relmap_buf_dispose(&tb);
    relmap_graph_free(g);
}

static void test_empty_graph_dot_renders(void **state)
{
    relmap_graph *g = NULL;
    relmap_buf d, svg = RELMAP_BUF_INIT;
    relmap_error err;
    (void)state;
    assert_int_equal(relmap_graph_new(&g), 0);
    d = dot_of(g, NULL);
    memset(&err, 0, sizeof err);
    if (relmap_render(d.ptr, d.len, "svg", NULL, &svg, &err))
        fail_msg("render: %s", err.message);
    relmap_buf_dispose(&svg);
    relmap_buf_dispose(&d);
    relmap_graph_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_json_format),
        cmocka_unit_test(test_json_compact_and_explain),
        cmocka_unit_test(test_json_deterministic),
        cmocka_unit_test(test_dot_quotes_and_backslashes),
        cmocka_unit_test(test_dot_options),
        cmocka_unit_test(test_empty_graph_dot_renders),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
