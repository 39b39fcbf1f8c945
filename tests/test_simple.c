/* The simple interface (relmap/simple.h) and the version: one call from
 * text to SVG or JSON, equal to the full pipeline and to the relmap command
 * reading the same text from standard input.
 * Usage: test_simple PATH-TO-relmap SOURCE-DIR */
#define _POSIX_C_SOURCE 200809L
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

static const char *relmap_bin;
static const char *src_dir;

static const char sentence[] = "Iran supplied drones to Russia.";

static char *slurp_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *p = NULL;
    size_t cap = 0, n = 0, got;
    assert_non_null(f);
    do {
        if (n + 4096 + 1 > cap) {
            cap = cap ? cap * 2 : 8192;
            p = realloc(p, cap);
            assert_non_null(p);
        }
        got = fread(p + n, 1, cap - n - 1, f);
        n += got;
    } while (got > 0);
    assert_int_equal(fclose(f), 0);
    p[n] = '\0';
    *len = n;
    return p;
}

static char *read_seed(size_t *len)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/examples/seed.txt", src_dir);
    return slurp_file(path, len);
}

/* The output of a shell command (the relmap binary), all of it. */
static char *run_cmd(const char *cmd, size_t *len)
{
    FILE *p = popen(cmd, "r");
    char *s = NULL;
    size_t cap = 0, n = 0, got;
    assert_non_null(p);
    do {
        if (n + 4096 + 1 > cap) {
            cap = cap ? cap * 2 : 8192;
            s = realloc(s, cap);
            assert_non_null(s);
        }
        got = fread(s + n, 1, cap - n - 1, p);
        n += got;
    } while (got > 0);
    assert_int_equal(pclose(p), 0);
    s[n] = '\0';
    *len = n;
    return s;
}

static void test_version(void **state)
{
    char want[32];
    (void)state;
    assert_string_equal(relmap_version(), RELMAP_VERSION_STRING);
    snprintf(want, sizeof want, "%d.%d.%d", RELMAP_VERSION_MAJOR, RELMAP_VERSION_MINOR,
             RELMAP_VERSION_PATCH);
    assert_string_equal(want, RELMAP_VERSION_STRING);
    assert_int_equal(RELMAP_VERSION_NUMBER, RELMAP_VERSION_MAJOR * 10000 +
                                                RELMAP_VERSION_MINOR * 100 +
                                                RELMAP_VERSION_PATCH);
}

static void test_svg_defaults(void **state)
{
    relmap_buf svg = RELMAP_BUF_INIT;
    relmap_error err;
    (void)state;
    memset(&err, 0, sizeof err);
    if (relmap_text_to_svg(sentence, strlen(sentence), NULL, &svg, &err))
        fail_msg("text_to_svg: %s", err.message);
    assert_non_null(svg.ptr);
    assert_int_equal(strlen(svg.ptr), svg.len); /* NUL after the bytes */
    assert_non_null(strstr(svg.ptr, "<svg"));
    assert_non_null(strstr(svg.ptr, "</svg>"));
    assert_non_null(strstr(svg.ptr, ">Iran</text>"));
    assert_non_null(strstr(svg.ptr, ">Russia</text>"));
    assert_non_null(strstr(svg.ptr, "id=\"e_iran_russia_supplies_asserted\""));
    relmap_buf_dispose(&svg);
}

static void test_json_edge(void **state)
{
    relmap_buf js = RELMAP_BUF_INIT;
    relmap_simple_options o = RELMAP_SIMPLE_OPTIONS_INIT;
    json_t *root, *edges, *e;
    json_error_t jerr;
    (void)state;
    o.doc_id = "story";
    o.format = "svg"; /* ignored by relmap_text_to_json */
    assert_int_equal(relmap_text_to_json(sentence, strlen(sentence), &o, &js, NULL), 0);
    assert_true(js.len > 0 && js.ptr[js.len - 1] == '\n');
    root = json_loadb(js.ptr, js.len, 0, &jerr);
    assert_non_null(root);
    assert_string_equal(json_string_value(json_object_get(root, "format")), "relmap-graph");
    assert_string_equal(json_string_value(json_object_get(
                            json_array_get(json_object_get(root, "documents"), 0), "id")),
                        "story");
    edges = json_object_get(root, "edges");
    assert_int_equal(json_array_size(edges), 1);
    e = json_array_get(edges, 0);
    assert_string_equal(json_string_value(json_object_get(e, "source")), "iran");
    assert_string_equal(json_string_value(json_object_get(e, "target")), "russia");
    assert_string_equal(json_string_value(json_object_get(e, "relation")), "supplies");
    assert_string_equal(json_string_value(json_object_get(e, "modality")), "asserted");
    json_decref(root);
    relmap_buf_dispose(&js);
}

/* The same bytes as gazetteer + lexicon + extractor + graph + export. */
static void test_equals_full_api(void **state)
{
    relmap_gazetteer *g = NULL;
    relmap_lexicon *lx = NULL;
    relmap_extractor *x = NULL;
    relmap_doc *doc = NULL;
    relmap_graph *graph = NULL;
    relmap_doc_meta m;
    relmap_buf a = RELMAP_BUF_INIT, b = RELMAP_BUF_INIT, dot = RELMAP_BUF_INIT;
    relmap_buf sa = RELMAP_BUF_INIT, sb = RELMAP_BUF_INIT;
    relmap_simple_options o = RELMAP_SIMPLE_OPTIONS_INIT;
    relmap_dot_options dopt = RELMAP_DOT_OPTIONS_INIT;
    size_t len;
    char *text = read_seed(&len);
    (void)state;

    assert_int_equal(relmap_gazetteer_new(&g, 0, NULL), 0);
    assert_int_equal(relmap_lexicon_new(&lx, 0, NULL), 0);
    assert_int_equal(relmap_extractor_new(&x, g, lx, NULL), 0);
    assert_int_equal(relmap_extract(&doc, x, text, len, NULL), 0);
    assert_int_equal(relmap_graph_new(&graph), 0);
    memset(&m, 0, sizeof m);
    m.id = "seed";
    assert_int_equal(relmap_graph_add_doc_meta(graph, &m, text, len, doc, NULL), 0);
    assert_true(relmap_graph_edge_count(graph) > 5);
    assert_int_equal(relmap_export_json(graph, NULL, &a, NULL), 0);
    dopt.title = "Seed";
    assert_int_equal(relmap_export_dot(graph, &dopt, &dot, NULL), 0);
    assert_int_equal(relmap_render(dot.ptr, dot.len, "svg",
                                   relmap_layout_auto(relmap_graph_node_count(graph),
                                                      relmap_graph_edge_count(graph)),
                                   &sa, NULL), 0);

    o.doc_id = "seed";
    assert_int_equal(relmap_text_to_json(text, len, &o, &b, NULL), 0);
    assert_int_equal(a.len, b.len);
    assert_memory_equal(a.ptr, b.ptr, a.len);
    o.title = "Seed";
    assert_int_equal(relmap_text_to_svg(text, len, &o, &sb, NULL), 0);
    assert_int_equal(sa.len, sb.len);
    assert_memory_equal(sa.ptr, sb.ptr, sa.len);

    relmap_buf_dispose(&a);
    relmap_buf_dispose(&b);
    relmap_buf_dispose(&sa);
    relmap_buf_dispose(&sb);
    relmap_buf_dispose(&dot);
    relmap_graph_free(graph);
    relmap_doc_free(doc);
    relmap_extractor_free(x);
    relmap_lexicon_free(lx);
    relmap_gazetteer_free(g);
    free(text);
}

/* The relmap command on standard input gives the same bytes. */
static void test_equals_cli(void **state)
{
    static const struct {
        const char *args, *format, *layout, *theme, *title;
        int legend, compact;
    } cases[] = {
        {"-f json", "json", NULL, NULL, NULL, 1, 0},
        {"-f json --compact", "json", NULL, NULL, NULL, 1, 1},
        {"-f svg", "svg", NULL, NULL, NULL, 1, 0},
        {"-f svg --theme dark --title 'Seed story' --layout neato", "svg", "neato",
         "dark", "Seed story", 1, 0},
        {"-f dot --no-legend", "dot", NULL, NULL, NULL, 0, 0},
        {"-f png", "png", NULL, NULL, NULL, 1, 0},
        {"-f csv", "csv", NULL, NULL, NULL, 1, 0},
        {"-f graphml", "graphml", NULL, NULL, NULL, 1, 0},
    };
    size_t len, i;
    char *text = read_seed(&len);
    (void)state;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char cmd[2048];
        size_t n;
        char *want;
        relmap_buf got = RELMAP_BUF_INIT;
        relmap_simple_options o = RELMAP_SIMPLE_OPTIONS_INIT;
        snprintf(cmd, sizeof cmd, "'%s' %s < '%s/examples/seed.txt'", relmap_bin,
                 cases[i].args, src_dir);
        want = run_cmd(cmd, &n);
        o.format = cases[i].format;
        o.layout = cases[i].layout;
        o.theme = cases[i].theme;
        o.title = cases[i].title;
        o.legend = cases[i].legend;
        o.compact = cases[i].compact;
        o.doc_id = "stdin";
        assert_int_equal(relmap_text_render(text, len, &o, &got, NULL), 0);
        if (got.len != n || memcmp(got.ptr, want, n) != 0)
            fail_msg("relmap %s: the simple interface gave other bytes (%zu, not %zu)",
                     cases[i].args, got.len, n);
        relmap_buf_dispose(&got);
        free(want);
    }
    free(text);
}

static void test_options(void **state)
{
    relmap_buf light = RELMAP_BUF_INIT, dark = RELMAP_BUF_INIT, png = RELMAP_BUF_INIT;
    relmap_buf line = RELMAP_BUF_INIT;
    relmap_simple_options o = RELMAP_SIMPLE_OPTIONS_INIT;
    static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    (void)state;
    o.title = "Drones & more";
    assert_int_equal(relmap_text_to_svg(sentence, strlen(sentence), &o, &light, NULL), 0);
    assert_non_null(strstr(light.ptr, "Drones &amp; more"));
    o.theme = "dark";
    assert_int_equal(relmap_text_to_svg(sentence, strlen(sentence), &o, &dark, NULL), 0);
    assert_non_null(strstr(dark.ptr, "#1e1e1e"));
    assert_null(strstr(light.ptr, "#1e1e1e"));
    o.format = "png";
    assert_int_equal(relmap_text_render(sentence, strlen(sentence), &o, &png, NULL), 0);
    assert_true(png.len > 8);
    assert_memory_equal(png.ptr, sig, 8);
    o.compact = 1;
    assert_int_equal(relmap_text_to_json(sentence, strlen(sentence), &o, &line, NULL), 0);
    assert_ptr_equal(strchr(line.ptr, '\n'), line.ptr + line.len - 1);
    relmap_buf_dispose(&light);
    relmap_buf_dispose(&dark);
    relmap_buf_dispose(&png);
    relmap_buf_dispose(&line);
}

/* Text need not be NUL-terminated: only len bytes are read. */
static void test_length_bounds_text(void **state)
{
    static const char two[] = "Iran supplied drones to Russia. China attacked Japan.";
    relmap_buf js = RELMAP_BUF_INIT;
    (void)state;
    assert_int_equal(relmap_text_to_json(two, strlen(sentence), NULL, &js, NULL), 0);
    assert_non_null(strstr(js.ptr, "\"russia\""));
    assert_null(strstr(js.ptr, "\"japan\""));
    relmap_buf_dispose(&js);
    /* no text at all: an empty graph, still a valid drawing */
    assert_int_equal(relmap_text_to_svg(NULL, 0, NULL, &js, NULL), 0);
    assert_non_null(strstr(js.ptr, "</svg>"));
    assert_null(strstr(js.ptr, "class=\"edge"));
    relmap_buf_dispose(&js);
}

static void test_errors(void **state)
{
    relmap_buf out = RELMAP_BUF_INIT;
    relmap_simple_options o = RELMAP_SIMPLE_OPTIONS_INIT;
    relmap_error err;
    (void)state;
    memset(&err, 0, sizeof err);
    o.format = "gif";
    assert_int_equal(relmap_text_render(sentence, strlen(sentence), &o, &out, &err),
                     RELMAP_EINVAL);
    assert_int_equal(err.code, RELMAP_EINVAL);
    assert_non_null(strstr(err.message, "\"gif\""));
    assert_null(out.ptr);
    assert_int_equal(out.len, 0);

    o = (relmap_simple_options)RELMAP_SIMPLE_OPTIONS_INIT;
    o.layout = "spring";
    assert_int_equal(relmap_text_to_svg(sentence, strlen(sentence), &o, &out, &err),
                     RELMAP_EINVAL);
    assert_non_null(strstr(err.message, "\"spring\""));
    o.layout = NULL;
    o.theme = "sepia";
    assert_int_equal(relmap_text_to_svg(sentence, strlen(sentence), &o, &out, NULL),
                     RELMAP_EINVAL);
    o.theme = NULL;
    o.rankdir = "XY";
    assert_int_equal(relmap_text_to_svg(sentence, strlen(sentence), &o, &out, NULL),
                     RELMAP_EINVAL);
    assert_null(out.ptr);
    assert_int_equal(relmap_text_to_svg(NULL, 5, NULL, &out, &err), RELMAP_EINVAL);
    assert_int_equal(relmap_text_to_json(sentence, strlen(sentence), NULL, NULL, &err),
                     RELMAP_EINVAL);
    assert_string_equal(relmap_strerror(RELMAP_EINVAL), "invalid argument");
}

int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_version),
        cmocka_unit_test(test_svg_defaults),
        cmocka_unit_test(test_json_edge),
        cmocka_unit_test(test_equals_full_api),
        cmocka_unit_test(test_equals_cli),
        cmocka_unit_test(test_options),
        cmocka_unit_test(test_length_bounds_text),
        cmocka_unit_test(test_errors),
    };
    int rc;
    if (argc != 3) {
        fprintf(stderr, "usage: %s PATH-TO-relmap SOURCE-DIR\n", argv[0]);
        return 2;
    }
    relmap_bin = argv[1];
    src_dir = argv[2];
    rc = cmocka_run_group_tests(tests, NULL, NULL);
    relmap_render_shutdown();
    return rc;
}
