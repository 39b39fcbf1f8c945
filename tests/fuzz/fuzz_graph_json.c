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

    /* Merging into an empty graph keeps every node and edge, and is
       stable: merging the result again changes nothing. (It may reorder
       and re-cap evidence that a hand-edited file lists out of order.) */
    {
        relmap_graph *m1 = NULL, *m2 = NULL;
        relmap_buf a = RELMAP_BUF_INIT, b = RELMAP_BUF_INIT;
        FUZZ_CHECK(relmap_graph_new(&m1) == 0 && relmap_graph_new(&m2) == 0);
        relmap_graph_set_max_evidence(m1, relmap_graph_max_evidence(g));
        relmap_graph_set_max_evidence(m2, relmap_graph_max_evidence(g));
        FUZZ_CHECK(relmap_graph_merge(m1, g, &e) == 0);
        FUZZ_CHECK(relmap_graph_merge(m2, m1, &e) == 0);
        FUZZ_CHECK(relmap_graph_node_count(m1) == relmap_graph_node_count(g));
        FUZZ_CHECK(relmap_graph_edge_count(m1) == relmap_graph_edge_count(g));
        FUZZ_CHECK(relmap_export_json(m1, NULL, &a, &e) == 0);
        FUZZ_CHECK(relmap_export_json(m2, NULL, &b, &e) == 0);
        if (a.len != b.len || memcmp(a.ptr, b.ptr, a.len) != 0) {
            fprintf(stderr, "merged once:\n%.*s\nmerged twice:\n%.*s\n", (int)a.len,
                    a.ptr, (int)b.len, b.ptr);
            FUZZ_CHECK(!"merging is stable");
        }
        fuzz_exports(m1);
        relmap_buf_dispose(&a);
        relmap_buf_dispose(&b);
        relmap_graph_free(m1);
        relmap_graph_free(m2);
    }

    filter.top = 3;
    filter.hide_isolated = 1;
    FUZZ_CHECK(relmap_graph_filter(&f, g, &filter, &e) == 0);
    FUZZ_CHECK(relmap_graph_node_count(f) <= 3);
    fuzz_exports(f);
    relmap_graph_free(f);
    relmap_graph_free(g);
    return 0;
}
