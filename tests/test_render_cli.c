/* End-to-end tests of `relmap render GRAPH.json`: re-drawing a graph relmap
 * wrote as JSON, with the filter and drawing options.
 * Usage: test_render_cli PATH-TO-relmap SOURCE-DIR */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <fcntl.h>
#include <jansson.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "testutil.h"

#include "cliutil.h"

static char seed[1024];
static char graph[600];     /* the seed's graph, extracted once */
static char graph_x[600];   /* the same with --explain */

/* Run relmap with @p args, expect success and nothing on standard output;
   return the bytes of work file @p name (which the args write). */
static char *run_to_file(const char *const *args, const char *name, size_t *len)
{
    char path[600];
    run_result r = run(args, NULL);
    char *data;
    expect_status(&r, 0);
    assert_int_equal(r.nout, 0); /* everything went to the file */
    run_free(&r);
    data = tu_read_file(wpath(path, sizeof path, name), len);
    if (data == NULL)
        fail_msg("no output file %s", path);
    return data;
}

/* `relmap render GRAPH [extra...] -o NAME`; returns NAME's bytes. Up to
   16 extra arguments, NULL-terminated. */
static char *render_to(const char *in, const char *name, size_t *len,
                       const char *const *extra)
{
    char out[600];
    const char *args[24];
    int n = 0, i;
    args[n++] = "render";
    for (i = 0; extra && extra[i]; i++) {
        assert_true(i < 16);
        args[n++] = extra[i];
    }
    args[n++] = "-o";
    args[n++] = wpath(out, sizeof out, name);
    args[n++] = in;
    args[n] = NULL;
    return run_to_file(args, name, len);
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

/* Check work file @p name with xmllint; without xmllint, skip the test
   when @p skip_without, else check nothing. */
static void expect_well_formed(const char *name, int skip_without)
{
    char path[600], cmd[1400];
    if (access("/usr/bin/xmllint", X_OK) != 0) {
        if (!skip_without)
            return;
        print_message("/usr/bin/xmllint not found: not checking well-formedness\n");
        skip();
    }
    wpath(path, sizeof path, name);
    snprintf(cmd, sizeof cmd, "/usr/bin/xmllint --noout --nonet '%s'", path);
    if (system(cmd) != 0)
        fail_msg("%s is not well-formed XML", path);
}

static json_t *load_json(const char *data, size_t len)
{
    json_error_t jerr;
    json_t *root = json_loadb(data, len, 0, &jerr);
    if (root == NULL)
        fail_msg("not JSON: %s (line %d)", jerr.text, jerr.line);
    return root;
}

/* Width of a PNG, from its IHDR chunk. */
static unsigned long png_width(const char *data, size_t len)
{
    static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    const unsigned char *p = (const unsigned char *)data;
    assert_true(len > 24);
    assert_memory_equal(p, sig, 8);
    assert_memory_equal(p + 12, "IHDR", 4);
    return ((unsigned long)p[16] << 24) | ((unsigned long)p[17] << 16) |
           ((unsigned long)p[18] << 8) | (unsigned long)p[19];
}

/* ---- tests ---- */

/* extract -> JSON -> render -f json gives the same bytes */
static void test_json_identity(void **state)
{
    static const char *const to_json[] = {"-f", "json", NULL};
    const char *stdout_args[] = {"render", "-f", "json", graph, NULL};
    size_t l1 = 0, l2 = 0;
    char *a = tu_read_file(graph, &l1), *b;
    run_result r;
    (void)state;
    assert_non_null(a);
    assert_memory_equal(a, "{\n  \"format\": \"relmap-graph\"", 28);
    b = render_to(graph, "again.json", &l2, to_json);
    if (l1 != l2 || memcmp(a, b, l1) != 0)
        fail_msg("render -f json changed the graph (%zu -> %zu bytes)", l1, l2);
    free(b);
    /* on standard output too */
    r = run(stdout_args, NULL);
    expect_status(&r, 0);
    assert_int_equal(r.nout, l1);
    assert_memory_equal(r.out, a, l1);
    run_free(&r);
    free(a);
}

/* an explained graph keeps trigger, cue and rule through render */
static void test_json_identity_explain(void **state)
{
    static const char *const to_json[] = {"-f", "json", NULL};
    size_t l1 = 0, l2 = 0;
    char *a = tu_read_file(graph_x, &l1), *b;
    (void)state;
    assert_non_null(a);
    assert_non_null(strstr(a, "\"trigger\": "));
    assert_non_null(strstr(a, "\"cue\": \"no evidence\""));
    assert_non_null(strstr(a, "\"rule\": "));
    b = render_to(graph_x, "again-x.json", &l2, to_json);
    if (l1 != l2 || memcmp(a, b, l1) != 0)
        fail_msg("render -f json changed the explained graph (%zu -> %zu bytes)", l1, l2);
    free(a);
    free(b);
}

static void test_svg(void **state)
{
    size_t len = 0;
    char *svg = render_to(graph, "g.svg", &len, NULL);
    (void)state;
    assert_memory_equal(svg, "<?xml", 5);
    assert_non_null(strstr(svg, "</svg>"));
    assert_non_null(strstr(svg, "<g id=\"n_russia\" class=\"node country\">"));
    assert_non_null(strstr(svg, "<g id=\"e_iran_russia_supplies_asserted\" "
                                "class=\"edge supplies asserted\">"));
    assert_non_null(strstr(svg, "class=\"edge part_of "));
    /* the default theme is light */
    assert_null(strstr(svg, "#1e1e1e"));
    assert_null(strstr(svg, "#1E1E1E"));
    assert_null(strstr(svg, "href="));
    free(svg);
}

static void test_svg_well_formed(void **state)
{
    size_t len = 0;
    char *svg = render_to(graph, "wf.svg", &len, NULL);
    (void)state;
    free(svg);
    expect_well_formed("wf.svg", 1);
}

/* --focus russia --depth 1: russia, its neighbours, nothing else */
static void test_focus(void **state)
{
    static const char *const extra[] = {"--focus", "russia", "--depth", "1", "-f", "json", NULL};
    size_t l1 = 0, l2 = 0, i, j;
    char *a = tu_read_file(graph, &l1), *b = render_to(graph, "focus.json", &l2, extra);
    json_t *full = load_json(a, l1), *view = load_json(b, l2), *e, *n;
    size_t neighbours = 0;
    (void)state;
    /* every node of the view is russia or adjacent to it in the full graph */
    json_array_foreach(json_object_get(view, "nodes"), i, n) {
        const char *id = json_string_value(json_object_get(n, "id"));
        int adjacent = strcmp(id, "russia") == 0;
        json_array_foreach(json_object_get(full, "edges"), j, e) {
            const char *s = json_string_value(json_object_get(e, "source"));
            const char *t = json_string_value(json_object_get(e, "target"));
            if ((strcmp(s, "russia") == 0 && strcmp(t, id) == 0) ||
                (strcmp(t, "russia") == 0 && strcmp(s, id) == 0))
                adjacent = 1;
        }
        if (!adjacent)
            fail_msg("%s is not a neighbour of russia", id);
    }
    /* and every neighbour is there */
    json_array_foreach(json_object_get(full, "edges"), j, e) {
        const char *s = json_string_value(json_object_get(e, "source"));
        const char *t = json_string_value(json_object_get(e, "target"));
        const char *other = strcmp(s, "russia") == 0 ? t : strcmp(t, "russia") == 0 ? s : NULL;
        int found = 0;
        if (other == NULL)
            continue;
        neighbours++;
        json_array_foreach(json_object_get(view, "nodes"), i, n)
            if (strcmp(json_string_value(json_object_get(n, "id")), other) == 0)
                found = 1;
        if (!found)
            fail_msg("neighbour %s of russia is missing", other);
    }
    assert_true(neighbours > 0);
    /* the seed has actors that are not russia's neighbours */
    assert_true(json_array_size(json_object_get(view, "nodes")) <
                json_array_size(json_object_get(full, "nodes")));
    /* edges only among the kept nodes; documents whole */
    json_array_foreach(json_object_get(view, "edges"), j, e) {
        int s_in = 0, t_in = 0;
        json_array_foreach(json_object_get(view, "nodes"), i, n) {
            const char *id = json_string_value(json_object_get(n, "id"));
            s_in |= strcmp(id, json_string_value(json_object_get(e, "source"))) == 0;
            t_in |= strcmp(id, json_string_value(json_object_get(e, "target"))) == 0;
        }
        assert_true(s_in && t_in);
    }
    assert_true(json_equal(json_object_get(view, "documents"),
                           json_object_get(full, "documents")));
    json_decref(full);
    json_decref(view);
    free(a);
    free(b);
}

static void test_focus_unknown(void **state)
{
    const char *args[] = {"render", "--focus", "Mordor", "-f", "json", graph, NULL};
    run_result r;
    (void)state;
    r = run(args, NULL);
    expect_status(&r, 1);
    assert_non_null(strstr(r.err, "Mordor"));
    assert_int_equal(r.nout, 0);
    run_free(&r);
}

/* a JSON syntax error names the file, line and column; exit 3 */
static void test_syntax_error(void **state)
{
    char bad[600], out[600], needle[700];
    const char *args[] = {"render", "-o", NULL, NULL, NULL};
    run_result r;
    struct stat st;
    (void)state;
    wpath(bad, sizeof bad, "bad.json");
    wpath(out, sizeof out, "bad.svg");
    write_file(bad, "{\"format\": \"relmap-graph\", \"version\": 1,\n"
                    "  \"documents\": [] \"nodes\": [],\n"
                    "  \"edges\": []}\n");
    args[2] = out;
    args[3] = bad;
    r = run(args, NULL);
    expect_status(&r, 3);
    snprintf(needle, sizeof needle, "bad.json:2:");
    if (strstr(r.err, needle) == NULL)
        fail_msg("stderr does not contain \"%s\": %s", needle, r.err);
    assert_memory_equal(r.err, "relmap: ", 8);
    run_free(&r);
    assert_int_not_equal(stat(out, &st), 0); /* no output written */
}

/* content errors name the field; exit 3 */
static void test_unknown_relation(void **state)
{
    char bad[600];
    const char *args[] = {"render", "-f", "json", NULL, NULL};
    run_result r;
    (void)state;
    wpath(bad, sizeof bad, "badrel.json");
    write_file(bad, "{\"format\": \"relmap-graph\", \"version\": 1, \"documents\": [],\n"
                    " \"nodes\": [{\"id\": \"a\", \"type\": \"country\"},\n"
                    "           {\"id\": \"b\", \"type\": \"country\"}],\n"
                    " \"edges\": [{\"source\": \"a\", \"target\": \"b\",\n"
                    "            \"relation\": \"hugs\", \"modality\": \"asserted\"}]}\n");
    args[3] = bad;
    r = run(args, NULL);
    expect_status(&r, 3);
    assert_non_null(strstr(r.err, "edges[0].relation"));
    assert_non_null(strstr(r.err, "hugs"));
    assert_non_null(strstr(r.err, "badrel.json"));
    assert_int_equal(r.nout, 0);
    run_free(&r);
}

static void test_input_errors(void **state)
{
    char missing[600];
    const char *none[] = {"render", "-f", "json", NULL, NULL};
    const char *two[] = {"render", "-f", "json", graph, graph, NULL};
    run_result r;
    (void)state;
    none[3] = wpath(missing, sizeof missing, "no-such-graph.json");
    r = run(none, NULL);
    expect_status(&r, 2);
    assert_non_null(strstr(r.err, "no-such-graph.json"));
    run_free(&r);
    r = run(two, NULL);
    expect_status(&r, 1);
    run_free(&r);
}

static void test_theme_dark(void **state)
{
    static const char *const extra[] = {"--theme", "dark", NULL};
    size_t len = 0;
    char *svg = render_to(graph, "dark.svg", &len, extra);
    (void)state;
    /* the background polygon; Graphviz may write the colour in lower case */
    if (strstr(svg, "fill=\"#1E1E1E\"") == NULL && strstr(svg, "fill=\"#1e1e1e\"") == NULL)
        fail_msg("no dark background (#1E1E1E) in the SVG");
    free(svg);
}

static void test_link_base(void **state)
{
    static const char *const extra[] = {"--link-base", "https://example.org/a/", NULL};
    size_t len = 0;
    char *svg = render_to(graph, "links.svg", &len, extra);
    (void)state;
    /* href= also matches xlink:href= (Graphviz versions write one or both) */
    assert_non_null(strstr(svg, "href=\"https://example.org/a/russia\""));
    assert_non_null(strstr(svg, "href=\"https://example.org/a/e_iran_russia_supplies_asserted\""));
    assert_non_null(strstr(svg, "target=\"_top\""));
    free(svg);
    expect_well_formed("links.svg", 0);
}

/* PNG defaults to 192 dpi: about twice as wide as at --dpi 96 */
static void test_dpi(void **state)
{
    static const char *const dpi96[] = {"--dpi", "96", NULL};
    size_t l1 = 0, l2 = 0;
    char *def = render_to(graph, "default.png", &l1, NULL);
    char *low = render_to(graph, "dpi96.png", &l2, dpi96);
    unsigned long w_def = png_width(def, l1), w_low = png_width(low, l2);
    (void)state;
    if (w_def * 100 < w_low * 190 || w_def * 100 > w_low * 210)
        fail_msg("default PNG %lu px wide, at --dpi 96 %lu px: want about twice", w_def,
                 w_low);
    free(def);
    free(low);
}

static void test_graphml_csv(void **state)
{
    static const char *const csv_fmt[] = {"-f", "csv", NULL};
    size_t lj = 0, lg = 0, lc = 0, nedges;
    char *j = tu_read_file(graph, &lj);
    json_t *root = load_json(j, lj);
    char *gm, *csv;
    (void)state;
    nedges = json_array_size(json_object_get(root, "edges"));
    assert_true(nedges > 0);
    /* format from the extension */
    gm = render_to(graph, "g.graphml", &lg, NULL);
    assert_memory_equal(gm, "<?xml", 5);
    assert_non_null(strstr(gm, "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""));
    assert_int_equal(count(gm, "<edge "), nedges);
    assert_int_equal(count(gm, "<node "), json_array_size(json_object_get(root, "nodes")));
    expect_well_formed("g.graphml", 0);
    csv = render_to(graph, "g.out", &lc, csv_fmt);
    assert_true(lc > 2);
    assert_non_null(strstr(csv, "source,target,source_label,target_label,relation,"
                                "modality,weight,items,documents,evidence\r\n"));
    assert_memory_equal(csv, "source,", 7);
    assert_memory_equal(csv + lc - 2, "\r\n", 2);
    assert_non_null(strstr(csv, "\r\niran,russia,Iran,Russia,supplies,asserted,"));
    json_decref(root);
    free(j);
    free(gm);
    free(csv);
}

static void test_layouts(void **state)
{
    static const char *const engines[] = {"neato", "sfdp"};
    size_t i;
    (void)state;
    for (i = 0; i < 2; i++) {
        const char *svg_args[] = {"--layout", engines[i], NULL};
        const char *dot_args[] = {"--layout", engines[i], "-f", "dot", NULL};
        char name[32], want[32];
        size_t len;
        char *svg, *dot;
        snprintf(name, sizeof name, "%s.svg", engines[i]);
        svg = render_to(graph, name, &len, svg_args);
        assert_memory_equal(svg, "<?xml", 5);
        assert_non_null(strstr(svg, "</svg>"));
        assert_non_null(strstr(svg, "id=\"n_russia\""));
        free(svg);
        snprintf(name, sizeof name, "%s.dot", engines[i]);
        dot = render_to(graph, name, &len, dot_args);
        snprintf(want, sizeof want, "layout=%s,", engines[i]);
        assert_non_null(strstr(dot, want));
        free(dot);
    }
}

/* A graph far beyond a report's size renders with the default (auto)
   layout. No timing here: the ctest TIMEOUT bounds it. The sanitizer
   build sets RELMAP_TEST_NODES lower (above 1,000, where auto still picks
   sfdp): it checks memory, not scale, and a 5,000-node layout takes
   minutes there. */
static void test_large_graph(void **state)
{
    enum { PER_NODE = 3 };
    const char *env = getenv("RELMAP_TEST_NODES");
    const unsigned NODES = env && atoi(env) > 1000 && atoi(env) <= 9999 ? (unsigned)atoi(env) : 5000;
    char last[32];
    static const unsigned offsets[PER_NODE] = {1, 38, 149};
    static const char *const rel[] = {"supplies", "attacks", "cooperates_with", "sanctions"};
    static const char *const mod[] = {"asserted", "alleged", "potential"};
    static const char *const dot_fmt[] = {"-f", "dot", NULL};
    char path[600];
    FILE *f;
    unsigned i, k;
    size_t len = 0;
    char *svg, *dot;
    (void)state;
    wpath(path, sizeof path, "large.json");
    f = fopen(path, "wb");
    assert_non_null(f);
    fprintf(f, "{\"format\": \"relmap-graph\", \"version\": 1,\n"
               " \"documents\": [{\"id\": \"bulk\", \"path\": null, \"date\": null}],\n"
               " \"nodes\": [\n");
    for (i = 0; i < NODES; i++)
        fprintf(f, "  {\"id\": \"n%04u\", \"label\": \"Actor %u\", \"type\": \"%s\","
                   " \"aliases\": [], \"mentions\": %u}%s\n",
                i, i, i % 10 == 0 ? "organization" : "country", 1 + i % 7,
                i + 1 < NODES ? "," : "");
    fprintf(f, " ],\n \"edges\": [\n");
    /* n_i -> n_(i+offset): distinct offsets, so no two edges share a key;
       cooperates_with is symmetric, so keep its source the smaller id */
    for (k = 0; k < PER_NODE; k++)
        for (i = 0; i < NODES; i++) {
            unsigned t = (i + offsets[k]) % NODES, s = i;
            unsigned r = (i + k) % 4;
            if (r == 2 && t < s) {
                r = 0;
            }
            fprintf(f, "  {\"source\": \"n%04u\", \"target\": \"n%04u\", \"relation\": \"%s\","
                       " \"modality\": \"%s\", \"items\": [], \"weight\": %u, \"evidence\":"
                       " [{\"document\": \"bulk\", \"start\": %u, \"end\": %u,"
                       " \"text\": \"Actor %u and Actor %u.\"}]}%s\n",
                    s, t, rel[r], mod[(i / 4 + k) % 3], 1 + (i + k) % 3, i * 10, i * 10 + 9,
                    s, t, k + 1 < PER_NODE || i + 1 < NODES ? "," : "");
        }
    fprintf(f, " ]}\n");
    assert_int_equal(fclose(f), 0);

    /* auto picks a force-directed engine for this size */
    dot = render_to(path, "large.dot", &len, dot_fmt);
    assert_null(strstr(dot, "layout=dot,"));
    assert_int_equal(count(dot, " -> "), NODES * PER_NODE);
    free(dot);

    svg = render_to(path, "large.svg", &len, NULL);
    assert_memory_equal(svg, "<?xml", 5);
    assert_non_null(strstr(svg, "</svg>"));
    snprintf(last, sizeof last, "id=\"n_n%04u\"", NODES - 1);
    assert_non_null(strstr(svg, last));
    assert_int_equal(count(svg, "class=\"edge "), NODES * PER_NODE);
    free(svg);
}

/* Extract the seed once into g.json and (with --explain) gx.json. */
static int extract_seed(const char *out, int explain)
{
    const char *args[] = {"-f", "json", "-o", out, seed, NULL, NULL};
    posix_spawn_file_actions_t fa;
    const char *argv[8];
    pid_t pid;
    int st = 0, i;
    if (explain) {
        args[4] = "--explain";
        args[5] = seed;
    }
    argv[0] = relmap_bin;
    for (i = 0; args[i]; i++)
        argv[i + 1] = args[i];
    argv[i + 1] = NULL;
    if (posix_spawn_file_actions_init(&fa) != 0)
        return -1;
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    if (posix_spawn(&pid, relmap_bin, &fa, NULL, (char *const *)argv, environ) != 0) {
        posix_spawn_file_actions_destroy(&fa);
        return -1;
    }
    posix_spawn_file_actions_destroy(&fa);
    if (waitpid(pid, &st, 0) != pid || !WIFEXITED(st) || WEXITSTATUS(st) != 0)
        return -1;
    return access(out, R_OK);
}

static int setup(void **state)
{
    const char *tmp = getenv("TMPDIR");
    (void)state;
    snprintf(workdir, sizeof workdir, "%s/relmap-render-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (mkdtemp(workdir) == NULL)
        return -1;
    snprintf(seed, sizeof seed, "%s/examples/seed.txt", src_dir);
    if (access(seed, R_OK) != 0 || access(relmap_bin, X_OK) != 0)
        return -1;
    snprintf(graph, sizeof graph, "%s/g.json", workdir);
    snprintf(graph_x, sizeof graph_x, "%s/gx.json", workdir);
    if (extract_seed(graph, 0) != 0 || extract_seed(graph_x, 1) != 0) {
        fprintf(stderr, "cannot extract %s with %s\n", seed, relmap_bin);
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    remove_tree(workdir);
    return 0;
}

int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_json_identity),
        cmocka_unit_test(test_json_identity_explain),
        cmocka_unit_test(test_svg),
        cmocka_unit_test(test_svg_well_formed),
        cmocka_unit_test(test_focus),
        cmocka_unit_test(test_focus_unknown),
        cmocka_unit_test(test_syntax_error),
        cmocka_unit_test(test_unknown_relation),
        cmocka_unit_test(test_input_errors),
        cmocka_unit_test(test_theme_dark),
        cmocka_unit_test(test_link_base),
        cmocka_unit_test(test_dpi),
        cmocka_unit_test(test_graphml_csv),
        cmocka_unit_test(test_layouts),
        cmocka_unit_test(test_large_graph),
    };
    if (argc != 3) {
        fprintf(stderr, "usage: %s PATH-TO-relmap SOURCE-DIR\n", argv[0]);
        return 2;
    }
    relmap_bin = argv[1];
    src_dir = argv[2];
    return cmocka_run_group_tests(tests, setup, teardown);
}
