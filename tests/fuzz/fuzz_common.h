/* Shared by the fuzz targets: the built-in gazetteer and lexicon, built
 * once per process, and a check that aborts (so both libFuzzer and the
 * replay driver report the input) when a property does not hold. */
#ifndef RELMAP_FUZZ_COMMON_H
#define RELMAP_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <graphviz/cgraph.h>
#include <relmap.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(cond)                                                     \
    do {                                                                     \
        if (!(cond)) {                                                       \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, \
                    #cond);                                                  \
            abort();                                                         \
        }                                                                    \
    } while (0)

static relmap_gazetteer *fuzz_gaz;
static relmap_lexicon *fuzz_lex;
static relmap_extractor *fuzz_x;

/* The built-in data never fails to load; if it does, nothing can be
   fuzzed. */
static inline void fuzz_init_builtin(void)
{
    if (fuzz_x != NULL)
        return;
    FUZZ_CHECK(relmap_gazetteer_new(&fuzz_gaz, 0, NULL) == 0);
    FUZZ_CHECK(relmap_lexicon_new(&fuzz_lex, 0, NULL) == 0);
    FUZZ_CHECK(relmap_extractor_new(&fuzz_x, fuzz_gaz, fuzz_lex, NULL) == 0);
}

/* A NUL-terminated copy, so that the input may be used as a C string. */
static inline char *fuzz_cstr(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    FUZZ_CHECK(s != NULL);
    if (size)
        memcpy(s, data, size);
    s[size] = '\0';
    return s;
}

/* The error struct is always left NUL-terminated, whatever went wrong. */
static inline void fuzz_check_error(const relmap_error *e)
{
    FUZZ_CHECK(memchr(e->message, '\0', sizeof e->message) != NULL);
    FUZZ_CHECK(memchr(e->source, '\0', sizeof e->source) != NULL);
}

/* Every export of a graph succeeds; the JSON reads back into a graph that
   writes the same JSON (relmap render g.json -f json reproduces g.json). */
static inline void fuzz_exports(const relmap_graph *g)
{
    relmap_buf json = RELMAP_BUF_INIT, again = RELMAP_BUF_INIT;
    relmap_buf other = RELMAP_BUF_INIT;
    relmap_graph *back = NULL;
    relmap_error e;

    memset(&e, 0, sizeof e);
    FUZZ_CHECK(relmap_export_json(g, NULL, &json, &e) == 0);
    FUZZ_CHECK(json.len > 0 && json.ptr[json.len - 1] == '\n');
    if (relmap_graph_import_json(&back, json.ptr, json.len, "export", &e) != 0) {
        fprintf(stderr, "exported JSON does not read back: %s:%d:%d: %s\n",
                e.source, e.line, e.column, e.message);
        FUZZ_CHECK(!"exported JSON reads back");
    }
    FUZZ_CHECK(relmap_export_json(back, NULL, &again, &e) == 0);
    FUZZ_CHECK(again.len == json.len && memcmp(again.ptr, json.ptr, json.len) == 0);
    FUZZ_CHECK(relmap_graph_node_count(back) == relmap_graph_node_count(g));
    FUZZ_CHECK(relmap_graph_edge_count(back) == relmap_graph_edge_count(g));

    FUZZ_CHECK(relmap_export_graphml(g, &other, &e) == 0);
    relmap_buf_dispose(&other);
    FUZZ_CHECK(relmap_export_csv(g, &other, &e) == 0);
    relmap_buf_dispose(&other);

    relmap_graph_free(back);
    relmap_buf_dispose(&json);
    relmap_buf_dispose(&again);
}

/* Graphviz's messages, kept to show with a failing input. */
static char gv_msgs[4096];

static inline int collect(char *msg)
{
    size_t n = strlen(gv_msgs);
    snprintf(gv_msgs + n, sizeof gv_msgs - n, "%s", msg);
    return 0;
}

/* The DOT export of a graph parses in Graphviz and holds every node and
   edge, whatever the names, labels and evidence hold. */
static inline void fuzz_dot_parses(const relmap_graph *g, const relmap_dot_options *o)
{
    relmap_buf dot = RELMAP_BUF_INIT;
    Agraph_t *ag;
    char *s;

    FUZZ_CHECK(relmap_export_dot(g, o, &dot, NULL) == 0);
    s = fuzz_cstr((const uint8_t *)dot.ptr, dot.len);
    FUZZ_CHECK(strlen(s) == dot.len); /* no NUL inside the DOT */
    gv_msgs[0] = '\0';
    agseterrf(collect);
    agreseterrors();
    ag = agmemread(s);
    if (ag == NULL || agerrors() > AGWARN) {
        fprintf(stderr, "Graphviz cannot parse the DOT (%s):\n%s\n", gv_msgs, s);
        FUZZ_CHECK(!"DOT parses");
    }
    FUZZ_CHECK((size_t)agnnodes(ag) >= relmap_graph_node_count(g));
    FUZZ_CHECK((size_t)agnedges(ag) >= relmap_graph_edge_count(g));
    agclose(ag);
    agreseterrors();
    free(s);
    relmap_buf_dispose(&dot);
}

#endif
