/* Arbitrary bytes as a gazetteer file, merged into an empty gazetteer.
 * When it loads, the JSON text itself is run through an extractor built
 * on it, so the names it defines are matched against text that holds
 * them; the actors found (whatever their names: empty slugs, quotes,
 * markup) go into a graph that must export, read back and parse as DOT. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    relmap_gazetteer *g = NULL;
    relmap_extractor *x = NULL;
    relmap_doc *doc = NULL;
    relmap_error e;
    int rc;

    fuzz_init_builtin();
    memset(&e, 0, sizeof e);
    FUZZ_CHECK(relmap_gazetteer_new(&g, 1, NULL) == 0);
    rc = relmap_gazetteer_load_json(g, (const char *)data, size, "fuzz.json", &e);
    if (rc != 0) {
        FUZZ_CHECK(rc < 0);
        fuzz_check_error(&e);
    } else {
        /* Loading the same file twice merges it into what is there. */
        size_t n = relmap_gazetteer_count(g);
        FUZZ_CHECK(relmap_gazetteer_load_json(g, (const char *)data, size,
                                              "fuzz.json", &e) == 0);
        FUZZ_CHECK(relmap_gazetteer_count(g) == n);
        FUZZ_CHECK(relmap_extractor_new(&x, g, fuzz_lex, &e) == 0);
        if (relmap_extract(&doc, x, (const char *)data, size, &e) == 0) {
            relmap_graph *gr = NULL;
            FUZZ_CHECK(relmap_graph_new(&gr) == 0);
            FUZZ_CHECK(relmap_graph_add_doc(gr, "fuzz", NULL, (const char *)data,
                                            size, doc, &e) == 0);
            fuzz_exports(gr);
            fuzz_dot_parses(gr, NULL);
            relmap_graph_free(gr);
            relmap_doc_free(doc);
        }
        relmap_extractor_free(x);
    }
    relmap_gazetteer_free(g);
    return 0;
}
