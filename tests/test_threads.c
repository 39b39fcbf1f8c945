/* Thread safety as the headers promise it: one extractor serving several
 * threads at once, and renderings from two threads at once (serialised
 * inside the library), each giving the bytes a single thread gets. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <relmap.h>

#define NTEXTS 5
#define EXTRACT_THREADS 4
#define ROUNDS 3

static const char *const names[NTEXTS] = {"seed", "gallery-caucasus", "gallery-indo-pacific",
                                          "gallery-red-sea", "gallery-sahel"};
static char *texts[NTEXTS];
static size_t lens[NTEXTS];

static char *slurp_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *p = NULL;
    size_t cap = 0, n = 0, got;
    if (f == NULL)
        return NULL;
    do {
        if (n + 4096 + 1 > cap) {
            char *q;
            cap = cap ? cap * 2 : 8192;
            q = realloc(p, cap);
            if (q == NULL) {
                free(p);
                fclose(f);
                return NULL;
            }
            p = q;
        }
        got = fread(p + n, 1, cap - n - 1, f);
        n += got;
    } while (got > 0);
    fclose(f);
    p[n] = '\0';
    *len = n;
    return p;
}

/* Everything one document gives: its graph as JSON, explained (trigger, cue
   and rule of every event), so any difference in extraction shows. Returns
   NULL on failure. Safe to call from any thread. */
static char *doc_json(const relmap_extractor *x, size_t i)
{
    relmap_doc *doc = NULL;
    relmap_graph *g = NULL;
    relmap_buf out = RELMAP_BUF_INIT;
    relmap_json_options jo = RELMAP_JSON_OPTIONS_INIT;
    relmap_doc_meta m;
    char *s = NULL;
    memset(&m, 0, sizeof m);
    m.id = names[i];
    jo.explain = 1;
    if (relmap_extract(&doc, x, texts[i], lens[i], NULL) == 0 && relmap_graph_new(&g) == 0 &&
        relmap_graph_add_doc_meta(g, &m, texts[i], lens[i], doc, NULL) == 0 &&
        relmap_export_json(g, &jo, &out, NULL) == 0)
        s = out.ptr;
    else
        relmap_buf_dispose(&out);
    relmap_graph_free(g);
    relmap_doc_free(doc);
    return s;
}

/* A gate that lets the threads start together. */
typedef struct gate {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int waiting, total;
} gate;

static void gate_pass(gate *g)
{
    pthread_mutex_lock(&g->mu);
    if (++g->waiting == g->total)
        pthread_cond_broadcast(&g->cv);
    while (g->waiting < g->total)
        pthread_cond_wait(&g->cv, &g->mu);
    pthread_mutex_unlock(&g->mu);
}

typedef struct extract_job {
    const relmap_extractor *x;
    gate *start;
    int offset;
    char *got[ROUNDS][NTEXTS];
} extract_job;

static void *extract_worker(void *arg)
{
    extract_job *j = arg;
    int r, k;
    gate_pass(j->start);
    /* each thread walks the texts from its own offset, so different texts
       are extracted at the same moment */
    for (r = 0; r < ROUNDS; r++)
        for (k = 0; k < NTEXTS; k++) {
            size_t i = (size_t)(k + j->offset) % NTEXTS;
            j->got[r][i] = doc_json(j->x, i);
        }
    return NULL;
}

static void test_extract_shared_extractor(void **state)
{
    relmap_gazetteer *g = NULL;
    relmap_lexicon *lx = NULL;
    relmap_extractor *x = NULL;
    char *want[NTEXTS];
    extract_job jobs[EXTRACT_THREADS];
    pthread_t th[EXTRACT_THREADS];
    gate start = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, EXTRACT_THREADS};
    size_t i;
    int t, r;
    (void)state;

    assert_int_equal(relmap_gazetteer_new(&g, 0, NULL), 0);
    assert_int_equal(relmap_lexicon_new(&lx, 0, NULL), 0);
    assert_int_equal(relmap_extractor_new(&x, g, lx, NULL), 0);
    for (i = 0; i < NTEXTS; i++) {
        want[i] = doc_json(x, i);
        assert_non_null(want[i]);
        assert_non_null(strstr(want[i], "\"rule\"")); /* there are events */
    }
    for (t = 0; t < EXTRACT_THREADS; t++) {
        memset(&jobs[t], 0, sizeof jobs[t]);
        jobs[t].x = x;
        jobs[t].start = &start;
        jobs[t].offset = t;
        assert_int_equal(pthread_create(&th[t], NULL, extract_worker, &jobs[t]), 0);
    }
    for (t = 0; t < EXTRACT_THREADS; t++)
        assert_int_equal(pthread_join(th[t], NULL), 0);
    for (t = 0; t < EXTRACT_THREADS; t++)
        for (r = 0; r < ROUNDS; r++)
            for (i = 0; i < NTEXTS; i++) {
                if (jobs[t].got[r][i] == NULL)
                    fail_msg("thread %d, round %d: %s failed", t, r, names[i]);
                if (strcmp(jobs[t].got[r][i], want[i]) != 0)
                    fail_msg("thread %d, round %d: %s differs from one thread's result", t,
                             r, names[i]);
                free(jobs[t].got[r][i]);
            }
    for (i = 0; i < NTEXTS; i++)
        free(want[i]);
    relmap_extractor_free(x);
    relmap_lexicon_free(lx);
    relmap_gazetteer_free(g);
}

#define RENDER_THREADS 2
#define RENDERS 5

typedef struct render_job {
    const relmap_buf *dot;
    const char *format;
    gate *start;
    relmap_buf got[RENDERS];
    int rc[RENDERS];
    const char *text; /* simple interface: text to SVG */
    size_t len;
} render_job;

static void *render_worker(void *arg)
{
    render_job *j = arg;
    int k;
    gate_pass(j->start);
    for (k = 0; k < RENDERS; k++)
        j->rc[k] = j->text ? relmap_text_to_svg(j->text, j->len, NULL, &j->got[k], NULL)
                           : relmap_render(j->dot->ptr, j->dot->len, j->format, "dot",
                                           &j->got[k], NULL);
    return NULL;
}

/* Two threads render at once, @p format or (text != NULL) the simple
   interface; every result must equal @p want. */
static void render_pair(const relmap_buf *dot, const char *format, const char *text,
                        size_t len, const relmap_buf *want)
{
    render_job jobs[RENDER_THREADS];
    pthread_t th[RENDER_THREADS];
    gate start = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, RENDER_THREADS};
    int t, k;
    for (t = 0; t < RENDER_THREADS; t++) {
        memset(&jobs[t], 0, sizeof jobs[t]);
        jobs[t].dot = dot;
        jobs[t].format = format;
        jobs[t].start = &start;
        jobs[t].text = text;
        jobs[t].len = len;
        assert_int_equal(pthread_create(&th[t], NULL, render_worker, &jobs[t]), 0);
    }
    for (t = 0; t < RENDER_THREADS; t++)
        assert_int_equal(pthread_join(th[t], NULL), 0);
    for (t = 0; t < RENDER_THREADS; t++)
        for (k = 0; k < RENDERS; k++) {
            assert_int_equal(jobs[t].rc[k], 0);
            if (jobs[t].got[k].len != want->len ||
                memcmp(jobs[t].got[k].ptr, want->ptr, want->len) != 0)
                fail_msg("%s, thread %d, render %d: not the single-threaded bytes",
                         text ? "text_to_svg" : format, t, k);
            relmap_buf_dispose(&jobs[t].got[k]);
        }
}

static void test_render_two_threads(void **state)
{
    static const char *const formats[] = {"svg", "png"};
    relmap_gazetteer *g = NULL;
    relmap_lexicon *lx = NULL;
    relmap_extractor *x = NULL;
    relmap_doc *doc = NULL;
    relmap_graph *graph = NULL;
    relmap_buf dot = RELMAP_BUF_INIT, want = RELMAP_BUF_INIT;
    size_t f;
    (void)state;

    assert_int_equal(relmap_gazetteer_new(&g, 0, NULL), 0);
    assert_int_equal(relmap_lexicon_new(&lx, 0, NULL), 0);
    assert_int_equal(relmap_extractor_new(&x, g, lx, NULL), 0);
    assert_int_equal(relmap_extract(&doc, x, texts[0], lens[0], NULL), 0);
    assert_int_equal(relmap_graph_new(&graph), 0);
    assert_int_equal(relmap_graph_add_doc(graph, "seed", NULL, texts[0], lens[0], doc, NULL),
                     0);
    assert_int_equal(relmap_export_dot(graph, NULL, &dot, NULL), 0);
    for (f = 0; f < sizeof formats / sizeof formats[0]; f++) {
        assert_int_equal(relmap_render(dot.ptr, dot.len, formats[f], "dot", &want, NULL), 0);
        assert_true(want.len > 1000);
        render_pair(&dot, formats[f], NULL, 0, &want);
        relmap_buf_dispose(&want);
    }
    /* the simple interface: extraction in parallel, rendering serialised */
    assert_int_equal(relmap_text_to_svg(texts[3], lens[3], NULL, &want, NULL), 0);
    assert_non_null(strstr(want.ptr, "</svg>"));
    render_pair(NULL, NULL, texts[3], lens[3], &want);
    relmap_buf_dispose(&want);

    relmap_buf_dispose(&dot);
    relmap_graph_free(graph);
    relmap_doc_free(doc);
    relmap_extractor_free(x);
    relmap_lexicon_free(lx);
    relmap_gazetteer_free(g);
}

int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_extract_shared_extractor),
        cmocka_unit_test(test_render_two_threads),
    };
    size_t i;
    int rc;
    (void)argc;
    (void)argv;
    for (i = 0; i < NTEXTS; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/examples/%s.txt", RELMAP_SOURCE_DIR, names[i]);
        texts[i] = slurp_file(path, &lens[i]);
        if (texts[i] == NULL) {
            fprintf(stderr, "test_threads: cannot read %s\n", path);
            return 1;
        }
    }
    rc = cmocka_run_group_tests(tests, NULL, NULL);
    for (i = 0; i < NTEXTS; i++)
        free(texts[i]);
    relmap_render_shutdown();
    return rc;
}
