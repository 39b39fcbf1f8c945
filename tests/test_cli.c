/* End-to-end tests of the relmap command-line tool.
 * Usage: test_cli PATH-TO-relmap SOURCE-DIR */
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

static char *render_seed(const char *name, const char *fmt, size_t *len)
{
    char out[600];
    const char *args[8];
    run_result r;
    char *data;
    int n = 0;
    wpath(out, sizeof out, name);
    if (fmt) {
        args[n++] = "-f";
        args[n++] = fmt;
    }
    args[n++] = "-o";
    args[n++] = out;
    args[n++] = seed;
    args[n] = NULL;
    r = run(args, NULL);
    expect_status(&r, 0);
    assert_int_equal(r.nout, 0); /* everything went to the file */
    run_free(&r);
    data = tu_read_file(out, len);
    assert_non_null(data);
    return data;
}

static int has_node(json_t *root, const char *id)
{
    json_t *n;
    size_t i;
    json_array_foreach(json_object_get(root, "nodes"), i, n)
        if (strcmp(json_string_value(json_object_get(n, "id")), id) == 0)
            return 1;
    return 0;
}

/* An edge s -rel-> t with modality @p mod (NULL: any); returns it. */
static json_t *edge(json_t *root, const char *s, const char *rel, const char *t,
                    const char *mod)
{
    json_t *e;
    size_t i;
    json_array_foreach(json_object_get(root, "edges"), i, e) {
        const char *es = json_string_value(json_object_get(e, "source"));
        const char *et = json_string_value(json_object_get(e, "target"));
        if ((s == NULL || strcmp(es, s) == 0) && (t == NULL || strcmp(et, t) == 0) &&
            strcmp(json_string_value(json_object_get(e, "relation")), rel) == 0 &&
            (mod == NULL ||
             strcmp(json_string_value(json_object_get(e, "modality")), mod) == 0))
            return e;
    }
    return NULL;
}

static void test_seed_json(void **state)
{
    static const char *const nodes[] = {"russia", "north_korea", "iran", "china",
                                        "wagner_group", "united_states", "ukraine"};
    size_t len, i;
    char *data = render_seed("seed.json", "json", &len);
    json_error_t jerr;
    json_t *root = json_loadb(data, len, 0, &jerr), *e, *it;
    int drones = 0;
    (void)state;
    if (root == NULL)
        fail_msg("not JSON: %s", jerr.text);
    assert_string_equal(json_string_value(json_object_get(root, "format")), "relmap-graph");
    assert_string_equal(json_string_value(json_object_get(
                            json_array_get(json_object_get(root, "documents"), 0), "date")),
                        "2023-11-10");
    for (i = 0; i < sizeof nodes / sizeof nodes[0]; i++)
        if (!has_node(root, nodes[i]))
            fail_msg("no node %s", nodes[i]);

    e = edge(root, "iran", "supplies", "russia", "asserted");
    if (e == NULL)
        fail_msg("no iran -> russia supplies asserted");
    json_array_foreach(json_object_get(e, "items"), i, it)
        if (strstr(json_string_value(it), "drones"))
            drones = 1;
    assert_true(drones);
    assert_non_null(edge(root, "north_korea", "supplies", "russia", NULL));
    assert_non_null(edge(root, "north_korea", "supplies", "wagner_group", NULL));
    assert_non_null(edge(root, "china", "supplies", "russia", "considered"));
    assert_null(edge(root, "china", "supplies", "russia", "asserted"));
    assert_non_null(edge(root, "russia", "denies", NULL, NULL));
    assert_non_null(edge(root, "north_korea", "denies", NULL, NULL));
    assert_non_null(edge(root, "wagner_group", "part_of", "russia", NULL));
    json_decref(root);
    free(data);
}

static void test_seed_svg(void **state)
{
    size_t len;
    char *data = render_seed("seed.svg", NULL, &len); /* format from the extension */
    (void)state;
    assert_memory_equal(data, "<?xml", 5);
    assert_non_null(strstr(data, "id=\"n_russia\""));
    assert_non_null(strstr(data, "class=\"edge supplies"));
    free(data);
}

static void test_seed_svg_well_formed(void **state)
{
    char out[600], cmd[1400];
    size_t len;
    char *data;
    (void)state;
    if (access("/usr/bin/xmllint", X_OK) != 0) {
        print_message("/usr/bin/xmllint not found: not checking well-formedness\n");
        skip();
    }
    data = render_seed("wf.svg", "svg", &len);
    free(data);
    wpath(out, sizeof out, "wf.svg");
    snprintf(cmd, sizeof cmd, "/usr/bin/xmllint --noout --nonet '%s'", out);
    assert_int_equal(system(cmd), 0);
}

static void test_seed_png_pdf(void **state)
{
    static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    size_t len;
    char *data;
    (void)state;
    data = render_seed("seed.png", NULL, &len);
    assert_true(len > 8);
    assert_memory_equal(data, sig, 8);
    free(data);
    data = render_seed("seed.pdf", NULL, &len);
    assert_true(len > 5);
    assert_memory_equal(data, "%PDF-", 5);
    free(data);
}

static void test_deterministic(void **state)
{
    static const char *const fmts[] = {"json", "dot", "svg", "png", "pdf"};
    size_t i;
    (void)state;
    for (i = 0; i < sizeof fmts / sizeof fmts[0]; i++) {
        char n1[32], n2[32];
        size_t l1, l2;
        char *a, *b;
        snprintf(n1, sizeof n1, "det1.%s", fmts[i]);
        snprintf(n2, sizeof n2, "det2.%s", fmts[i]);
        a = render_seed(n1, fmts[i], &l1);
        b = render_seed(n2, fmts[i], &l2);
        if (l1 != l2 || memcmp(a, b, l1) != 0)
            fail_msg("two runs give different %s output", fmts[i]);
        free(a);
        free(b);
    }
}

static void test_stdout_and_stdin(void **state)
{
    static const char *const dot_args[] = {NULL};
    static const char *const json_args[] = {"-f", "json", "--compact", "-", NULL};
    run_result r;
    json_t *root;
    json_error_t jerr;
    (void)state;
    /* no file: standard input, DOT on standard output */
    r = run(dot_args, seed);
    expect_status(&r, 0);
    assert_true(r.nout > 7);
    assert_memory_equal(r.out, "digraph", 7);
    run_free(&r);
    r = run(json_args, seed);
    expect_status(&r, 0);
    assert_null(memchr(r.out, '\n', r.nout - 1));
    root = json_loadb(r.out, r.nout, 0, &jerr);
    assert_non_null(root);
    assert_string_equal(json_string_value(json_object_get(
                            json_array_get(json_object_get(root, "documents"), 0), "id")),
                        "stdin");
    assert_non_null(edge(root, "wagner_group", "part_of", "russia", NULL));
    json_decref(root);
    run_free(&r);
}

static void test_user_gazetteer_and_lexicon(void **state)
{
    char gaz[600], lex[600], text[600];
    const char *args[] = {"-f", "json", "-g", NULL, "-L", NULL, NULL, NULL};
    run_result r;
    json_t *root;
    json_error_t jerr;
    (void)state;
    wpath(gaz, sizeof gaz, "realms.json");
    wpath(lex, sizeof lex, "zorb.json");
    wpath(text, sizeof text, "realms.txt");
    write_file(gaz, "{\"entities\": [{\"id\": \"Arnor\"}, {\"id\": \"Gondor\"}]}\n");
    write_file(lex, "{\"triggers\": [{\"relation\": \"supplies\", \"verbs\": [\"zorb\"],"
                    " \"source\": [\"subject\"], \"target\": [\"to\"]}]}\n");
    write_file(text, "Arnor zorbed rifles to Gondor.\n");
    args[3] = gaz;
    args[5] = lex;
    args[6] = text;
    r = run(args, NULL);
    expect_status(&r, 0);
    root = json_loadb(r.out, r.nout, 0, &jerr);
    assert_non_null(root);
    assert_non_null(edge(root, "arnor", "supplies", "gondor", "asserted"));
    json_decref(root);
    run_free(&r);
}

static void test_missing_input(void **state)
{
    char missing[600];
    const char *args[] = {"-f", "json", NULL, NULL};
    run_result r;
    (void)state;
    wpath(missing, sizeof missing, "no-such-article.txt");
    args[2] = missing;
    r = run(args, NULL);
    expect_status(&r, 2);
    assert_non_null(strstr(r.err, missing));
    assert_int_equal(r.nout, 0);
    run_free(&r);
}

static void test_malformed_gazetteer(void **state)
{
    char gaz[600], needle[700];
    const char *args[] = {"-g", NULL, "-f", "json", NULL, NULL};
    run_result r;
    (void)state;
    wpath(gaz, sizeof gaz, "broken-gaz.json");
    write_file(gaz, "{\"entities\": [\n  {\"id\": \"Arnor\"},\n  {\"id\": \"Gondor\" \"type\": 1}\n]}\n");
    args[1] = gaz;
    args[4] = seed;
    r = run(args, NULL);
    expect_status(&r, 3);
    snprintf(needle, sizeof needle, "%s:3:", gaz);
    if (strstr(r.err, needle) == NULL)
        fail_msg("stderr does not contain \"%s\": %s", needle, r.err);
    run_free(&r);
}

static void test_invalid_lexicon(void **state)
{
    char lex[600];
    const char *args[] = {"-L", NULL, "-f", "json", NULL, NULL};
    run_result r;
    (void)state;
    wpath(lex, sizeof lex, "bad-lex.json");
    write_file(lex, "{\"triggers\": [{\"relation\": \"hugs\", \"verbs\": [\"hug\"],"
                    " \"source\": [\"subject\"], \"target\": [\"object\"]}]}\n");
    args[1] = lex;
    args[4] = seed;
    r = run(args, NULL);
    expect_status(&r, 3);
    assert_non_null(strstr(r.err, "triggers[0].relation"));
    run_free(&r);
}

static void test_usage_errors(void **state)
{
    static const char *const bmp[] = {"-f", "bmp", NULL, NULL};
    static const char *const opt[] = {"--no-such-option", NULL};
    static const char *const noval[] = {"-f", NULL};
    static const char *const maxev[] = {"--max-evidence", "0", NULL};
    static const char *const ext[] = {"-o", "out.bmp", NULL};
    static const char *const rankdir[] = {"--rankdir", "XY", NULL};
    const char *a[4];
    run_result r;
    (void)state;
    memcpy(a, bmp, sizeof a);
    a[2] = seed;
    r = run(a, NULL);
    expect_status(&r, 1);
    assert_non_null(strstr(r.err, "bmp"));
    run_free(&r);
    r = run(opt, NULL);
    expect_status(&r, 1);
    run_free(&r);
    r = run(noval, NULL);
    expect_status(&r, 1);
    run_free(&r);
    r = run(maxev, NULL);
    expect_status(&r, 1);
    run_free(&r);
    r = run(ext, NULL);
    expect_status(&r, 1);
    run_free(&r);
    r = run(rankdir, NULL);
    expect_status(&r, 1);
    run_free(&r);
}

static int count_tmp_files(void)
{
    DIR *d = opendir(workdir);
    struct dirent *de;
    int n = 0;
    assert_non_null(d);
    while ((de = readdir(d)) != NULL)
        if (strstr(de->d_name, ".tmp.") != NULL)
            n++;
    closedir(d);
    return n;
}

static void test_failed_run_keeps_output(void **state)
{
    char out[600], missing[600], gaz[600];
    const char *args[] = {"-o", NULL, NULL, NULL};
    const char *args_gaz[] = {"-g", NULL, "-o", NULL, NULL, NULL};
    const char *args_bad_engine[] = {"--layout", "no-such-engine", "-o", NULL, NULL, NULL};
    run_result r;
    char *data;
    (void)state;
    wpath(out, sizeof out, "keep.svg");
    wpath(missing, sizeof missing, "missing-input.txt");
    write_file(out, "KEEP");
    args[1] = out;
    args[2] = missing;
    r = run(args, NULL);
    expect_status(&r, 2);
    run_free(&r);
    data = tu_read_file(out, NULL);
    assert_non_null(data);
    assert_string_equal(data, "KEEP");
    free(data);

    /* an invalid gazetteer does not touch it either */
    wpath(gaz, sizeof gaz, "broken2.json");
    write_file(gaz, "{\"entities\": [{\"id\": \"X\", \"type\": \"planet\"}]}");
    args_gaz[1] = gaz;
    args_gaz[3] = out;
    args_gaz[4] = seed;
    r = run(args_gaz, NULL);
    expect_status(&r, 3);
    assert_non_null(strstr(r.err, "entities[0].type"));
    run_free(&r);

    /* nor does a rendering failure */
    args_bad_engine[3] = out;
    args_bad_engine[4] = seed;
    r = run(args_bad_engine, NULL);
    assert_true(r.status != 0);
    run_free(&r);

    data = tu_read_file(out, NULL);
    assert_non_null(data);
    assert_string_equal(data, "KEEP");
    free(data);
    assert_int_equal(count_tmp_files(), 0);
}

static void test_success_replaces_output(void **state)
{
    char out[600];
    const char *args[] = {"-o", NULL, NULL, NULL};
    run_result r;
    char *data;
    (void)state;
    wpath(out, sizeof out, "replace.json");
    write_file(out, "OLD");
    args[1] = out;
    args[2] = seed;
    r = run(args, NULL);
    expect_status(&r, 0);
    run_free(&r);
    data = tu_read_file(out, NULL);
    assert_non_null(data);
    assert_int_equal(data[0], '{');
    free(data);
    assert_int_equal(count_tmp_files(), 0);
}

static void test_output_missing_dir(void **state)
{
    char out[600];
    const char *args[] = {"-f", "json", "-o", NULL, NULL, NULL};
    run_result r;
    struct stat st;
    (void)state;
    wpath(out, sizeof out, "no/such/dir/out.json");
    args[3] = out;
    args[4] = seed;
    r = run(args, NULL);
    expect_status(&r, 5);
    assert_true(r.nerr > 0);
    run_free(&r);
    assert_int_not_equal(stat(out, &st), 0);
}

static void test_help_version(void **state)
{
    static const char *const help[] = {"--help", NULL};
    static const char *const h[] = {"-h", NULL};
    static const char *const version[] = {"--version", NULL};
    run_result r;
    (void)state;
    r = run(help, NULL);
    expect_status(&r, 0);
    assert_non_null(strstr(r.out, "Usage"));
    run_free(&r);
    r = run(h, NULL);
    expect_status(&r, 0);
    assert_non_null(strstr(r.out, "Usage"));
    run_free(&r);
    r = run(version, NULL);
    expect_status(&r, 0);
    assert_memory_equal(r.out, "relmap ", 7);
    assert_non_null(strstr(r.out, relmap_version()));
    run_free(&r);
}

/* --explain accounts for every edge on standard error: its rule, trigger
   and cue; the JSON evidence carries the same fields. */
static void test_explain(void **state)
{
    const char *args[] = {"-f", "json", "--explain", seed, NULL};
    run_result r;
    json_error_t jerr;
    json_t *root, *e, *ev;
    (void)state;
    r = run(args, NULL);
    expect_status(&r, 0);
    assert_non_null(strstr(r.err, "iran -> russia  supplies (asserted)"));
    assert_non_null(strstr(r.err, "rule supply-noun, trigger \"provider\""));
    assert_non_null(strstr(r.err, "cue \"no evidence\""));
    root = json_loadb(r.out, r.nout, 0, &jerr);
    assert_non_null(root);
    e = edge(root, "china", "supplies", "russia", "negated");
    assert_non_null(e);
    ev = json_array_get(json_object_get(e, "evidence"), 0);
    assert_string_equal(json_string_value(json_object_get(ev, "cue")), "no evidence");
    assert_non_null(json_string_value(json_object_get(ev, "rule")));
    assert_non_null(json_string_value(json_object_get(ev, "trigger")));
    json_decref(root);
    run_free(&r);
}

static int setup(void **state)
{
    const char *tmp = getenv("TMPDIR");
    (void)state;
    snprintf(workdir, sizeof workdir, "%s/relmap-cli-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (mkdtemp(workdir) == NULL)
        return -1;
    snprintf(seed, sizeof seed, "%s/examples/seed.txt", src_dir);
    return access(seed, R_OK) == 0 && access(relmap_bin, X_OK) == 0 ? 0 : -1;
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
        cmocka_unit_test(test_seed_json),
        cmocka_unit_test(test_seed_svg),
        cmocka_unit_test(test_seed_svg_well_formed),
        cmocka_unit_test(test_seed_png_pdf),
        cmocka_unit_test(test_deterministic),
        cmocka_unit_test(test_stdout_and_stdin),
        cmocka_unit_test(test_user_gazetteer_and_lexicon),
        cmocka_unit_test(test_missing_input),
        cmocka_unit_test(test_malformed_gazetteer),
        cmocka_unit_test(test_invalid_lexicon),
        cmocka_unit_test(test_usage_errors),
        cmocka_unit_test(test_failed_run_keeps_output),
        cmocka_unit_test(test_success_replaces_output),
        cmocka_unit_test(test_output_missing_dir),
        cmocka_unit_test(test_help_version),
        cmocka_unit_test(test_explain),
    };
    if (argc != 3) {
        fprintf(stderr, "usage: %s PATH-TO-relmap SOURCE-DIR\n", argv[0]);
        return 2;
    }
    relmap_bin = argv[1];
    src_dir = argv[2];
    return cmocka_run_group_tests(tests, setup, teardown);
}
