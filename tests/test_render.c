/* In-process Graphviz rendering (src/render_gvc.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include <relmap.h>

static const char *const small_dot =
    "digraph G {\n"
    "  rankdir=LR;\n"
    "  a [label=\"Arnor\", shape=box];\n"
    "  b [label=\"Gondor \\\"the\\\" realm\"];\n"
    "  a -> b [label=\"supplies\", color=\"#cc3300\"];\n"
    "  b -> a [style=dashed];\n"
    "}\n";

static relmap_buf render_ok(const char *dot, const char *fmt, const char *engine)
{
    relmap_buf b = RELMAP_BUF_INIT;
    relmap_error err;
    memset(&err, 0, sizeof err);
    if (relmap_render(dot, strlen(dot), fmt, engine, &b, &err))
        fail_msg("render %s: %s", fmt, err.message);
    assert_non_null(b.ptr);
    assert_true(b.len > 0);
    return b;
}

static void test_svg(void **state)
{
    relmap_buf b = render_ok(small_dot, "svg", NULL);
    (void)state;
    assert_true(b.len > 5);
    assert_memory_equal(b.ptr, "<?xml", 5);
    assert_non_null(strstr(b.ptr, "<svg"));
    assert_non_null(strstr(b.ptr, "Arnor"));
    assert_non_null(strstr(b.ptr, "</svg>"));
    relmap_buf_dispose(&b);
    assert_null(b.ptr);
    assert_int_equal(b.len, 0);
}

static void test_png(void **state)
{
    static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    relmap_buf b = render_ok(small_dot, "png", NULL);
    (void)state;
    assert_true(b.len > 8);
    assert_memory_equal(b.ptr, sig, 8);
    relmap_buf_dispose(&b);
}

static void test_pdf(void **state)
{
    relmap_buf b = render_ok(small_dot, "pdf", NULL);
    (void)state;
    assert_true(b.len > 5);
    assert_memory_equal(b.ptr, "%PDF-", 5);
    relmap_buf_dispose(&b);
}

static void test_laid_out_dot(void **state)
{
    relmap_buf b = render_ok(small_dot, "dot", NULL);
    (void)state;
    /* the layout adds positions */
    assert_non_null(strstr(b.ptr, "pos="));
    relmap_buf_dispose(&b);
}

static void test_deterministic(void **state)
{
    static const char *const fmts[] = {"svg", "png", "pdf"};
    size_t i;
    (void)state;
    for (i = 0; i < 3; i++) {
        relmap_buf a = render_ok(small_dot, fmts[i], NULL);
        relmap_buf b = render_ok(small_dot, fmts[i], NULL);
        if (a.len != b.len || memcmp(a.ptr, b.ptr, a.len) != 0)
            fail_msg("two %s renders of the same DOT differ", fmts[i]);
        relmap_buf_dispose(&a);
        relmap_buf_dispose(&b);
    }
}

static void test_other_engine(void **state)
{
    relmap_buf b = render_ok(small_dot, "svg", "neato");
    (void)state;
    assert_non_null(strstr(b.ptr, "<svg"));
    relmap_buf_dispose(&b);
}

static void test_not_nul_terminated(void **state)
{
    relmap_buf b = RELMAP_BUF_INIT;
    relmap_error err;
    char buf[256];
    size_t n = strlen(small_dot);
    (void)state;
    memcpy(buf, small_dot, n);
    memset(buf + n, '}', sizeof buf - n); /* trailing junk beyond len */
    memset(&err, 0, sizeof err);
    assert_int_equal(relmap_render(buf, n, "svg", NULL, &b, &err), 0);
    relmap_buf_dispose(&b);
}

static void test_malformed(void **state)
{
    static const char *const bad[] = {
        "digraph G { a -> ; }",
        "digraph G { a [label=\"unterminated] }",
        "this is not dot at all {{{",
    };
    size_t i;
    (void)state;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        relmap_buf b = RELMAP_BUF_INIT;
        relmap_error err;
        int rc;
        memset(&err, 0, sizeof err);
        rc = relmap_render(bad[i], strlen(bad[i]), "svg", NULL, &b, &err);
        if (rc != RELMAP_ERENDER)
            fail_msg("\"%s\": got %d, want ERENDER", bad[i], rc);
        assert_int_equal(err.code, RELMAP_ERENDER);
        assert_true(strlen(err.message) > 0);
        assert_null(b.ptr);
    }
    /* a failure leaves Graphviz usable */
    {
        relmap_buf ok = render_ok(small_dot, "svg", NULL);
        relmap_buf_dispose(&ok);
    }
}

/* Graphviz warnings do not fail a render; they come back in err, and a
   clean render leaves err's message empty even if it held text before. */
static void test_warnings(void **state)
{
    static const char *const warn_dot =
        "digraph G { a [color=\"notacolor\"]; a -> b; }";
    relmap_buf b = RELMAP_BUF_INIT;
    relmap_error err;
    (void)state;
    memset(&err, 0, sizeof err);
    assert_int_equal(relmap_render(warn_dot, strlen(warn_dot), "svg", NULL, &b, &err),
                     RELMAP_OK);
    assert_non_null(b.ptr);
    assert_int_equal(err.code, RELMAP_OK);
    assert_non_null(strstr(err.message, "notacolor"));
    relmap_buf_dispose(&b);
    strcpy(err.message, "stale");
    assert_int_equal(relmap_render(small_dot, strlen(small_dot), "svg", NULL, &b, &err),
                     RELMAP_OK);
    assert_string_equal(err.message, "");
    relmap_buf_dispose(&b);
}

static void test_unknown_engine(void **state)
{
    relmap_buf b = RELMAP_BUF_INIT;
    relmap_error err;
    int rc;
    (void)state;
    memset(&err, 0, sizeof err);
    rc = relmap_render(small_dot, strlen(small_dot), "svg", "no-such-engine", &b, &err);
    assert_true(rc == RELMAP_ERENDER || rc == RELMAP_EINVAL);
    assert_true(strlen(err.message) > 0);
    relmap_buf_dispose(&b);
}

static void test_unknown_format(void **state)
{
    relmap_buf b = RELMAP_BUF_INIT;
    relmap_error err;
    (void)state;
    memset(&err, 0, sizeof err);
    assert_int_equal(relmap_render(small_dot, strlen(small_dot), "bmp", NULL, &b, &err),
                     RELMAP_EINVAL);
    assert_int_equal(err.code, RELMAP_EINVAL);
    assert_non_null(strstr(err.message, "bmp"));
    assert_null(b.ptr);
    assert_int_equal(relmap_render(small_dot, strlen(small_dot), NULL, NULL, &b, &err),
                     RELMAP_EINVAL);
    assert_int_equal(relmap_render(NULL, 0, "svg", NULL, &b, &err), RELMAP_EINVAL);
}

static int teardown(void **state)
{
    (void)state;
    relmap_render_shutdown();
    relmap_render_shutdown(); /* twice is fine */
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_svg),
        cmocka_unit_test(test_png),
        cmocka_unit_test(test_pdf),
        cmocka_unit_test(test_laid_out_dot),
        cmocka_unit_test(test_deterministic),
        cmocka_unit_test(test_other_engine),
        cmocka_unit_test(test_not_nul_terminated),
        cmocka_unit_test(test_malformed),
        cmocka_unit_test(test_warnings),
        cmocka_unit_test(test_unknown_engine),
        cmocka_unit_test(test_unknown_format),
    };
    return cmocka_run_group_tests(tests, NULL, teardown);
}
