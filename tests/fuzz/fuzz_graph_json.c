/* Arbitrary bytes as a graph JSON file, read as `relmap render` reads it.
 * A graph that loads must export in every format, and its JSON must read
 * back to the same bytes; a filter over it must work too. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    relmap_graph *g = NULL, *f = NULL;
    relmap_buf dot = RELMAP_BUF_INIT;
    relmap_filter filter = RELMAP_FILTER_INIT;
    relmap_error e;
    int rc;

    memset(&e, 0, sizeof e);
    rc = relmap_graph_import_json(&g, (const char *)data, size, "fuzz.json", &e);
    if (rc != 0) {
        FUZZ_CHECK(rc < 0 && g == NULL);
        fuzz_check_error(&e);
        return 0;
    }
    fuzz_exports(g);
    FUZZ_CHECK(relmap_export_dot(g, NULL, &dot, &e) == 0);
    relmap_buf_dispose(&dot);

    filter.top = 3;
    filter.hide_isolated = 1;
    FUZZ_CHECK(relmap_graph_filter(&f, g, &filter, &e) == 0);
    FUZZ_CHECK(relmap_graph_node_count(f) <= 3);
    fuzz_exports(f);
    relmap_graph_free(f);
    relmap_graph_free(g);
    return 0;
}
