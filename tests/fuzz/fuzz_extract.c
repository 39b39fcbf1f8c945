/* Arbitrary bytes as a news text: extraction with the built-in gazetteer
 * and lexicon, the document added to a graph, and the graph written as
 * JSON (which must read back to the same bytes), GraphML and CSV. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    relmap_doc *doc = NULL;
    relmap_graph *g = NULL;
    relmap_error e;
    size_t i, n;

    fuzz_init_builtin();
    memset(&e, 0, sizeof e);
    if (relmap_extract(&doc, fuzz_x, text, size, &e) != 0) {
        fuzz_check_error(&e);
        return 0;
    }
    /* Events point at actors of the document and at bytes of the text. */
    n = relmap_doc_actor_count(doc);
    for (i = 0; i < n; i++) {
        const relmap_actor_info *a = relmap_doc_actor(doc, i);
        FUZZ_CHECK(a != NULL && a->id != NULL && a->label != NULL);
    }
    for (i = 0; i < relmap_doc_event_count(doc); i++) {
        const relmap_event *ev = relmap_doc_event(doc, i);
        FUZZ_CHECK(ev->source < n && ev->target < n);
        FUZZ_CHECK(ev->start <= ev->end && ev->end <= size);
        FUZZ_CHECK(ev->trigger_start <= ev->trigger_end && ev->trigger_end <= size);
    }
    /* The date line is taken as written (2024-02-30 included); the graph
       decides whether it is a calendar date. */
    if (relmap_doc_date(doc) != NULL)
        FUZZ_CHECK(strlen(relmap_doc_date(doc)) == 10);

    FUZZ_CHECK(relmap_graph_new(&g) == 0);
    FUZZ_CHECK(relmap_graph_add_doc(g, "fuzz", "fuzz.txt", text, size, doc, &e) == 0);
    fuzz_exports(g);

    relmap_graph_free(g);
    relmap_doc_free(doc);
    return 0;
}
