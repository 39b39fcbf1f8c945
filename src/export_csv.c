/* CSV export, RFC 4180: one edge a row, CRLF line ends, a field quoted when
 * it holds a comma, a quote or a line break (quotes doubled). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph_int.h"
#include "relmap/export.h"

static void field(rm_buf *b, const char *s, int last)
{
    if (s == NULL)
        s = "";
    if (strpbrk(s, ",\"\r\n") != NULL) {
        rm_buf_putc(b, '"');
        for (; *s; s++) {
            if (*s == '"')
                rm_buf_putc(b, '"');
            rm_buf_putc(b, *s);
        }
        rm_buf_putc(b, '"');
    } else {
        rm_buf_puts(b, s);
    }
    rm_buf_puts(b, last ? "\r\n" : ",");
}

int relmap_export_csv(const relmap_graph *g, relmap_buf *out, relmap_error *err)
{
    rm_buf b = {0};
    size_t *eo, i;
    if (g == NULL || out == NULL)
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0, "missing argument");
    if (rm_graph_spilled(g))
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0,
                            "the graph has edges on disk (relmap_graph_unspill)");
    out->ptr = NULL;
    out->len = 0;
    eo = rm_graph_edge_order(g);
    if (eo == NULL)
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    rm_buf_puts(&b, "source,target,source_label,target_label,relation,modality,weight,"
                    "items,documents,evidence\r\n");
    for (i = 0; i < g->edges.n; i++) {
        const rm_gedge *e = &g->edges.v[eo[i]];
        rm_buf items = {0}, docs = {0}, ev = {0};
        char num[32];
        rm_graph_edge_flat(e, &items, &docs, &ev);
        snprintf(num, sizeof num, "%zu", e->weight);
        field(&b, g->nodes.v[e->s].id, 0);
        field(&b, g->nodes.v[e->t].id, 0);
        field(&b, g->nodes.v[e->s].label, 0);
        field(&b, g->nodes.v[e->t].label, 0);
        field(&b, relmap_relation_name(e->relation), 0);
        field(&b, relmap_modality_name(e->modality), 0);
        field(&b, num, 0);
        field(&b, items.ptr, 0);
        field(&b, docs.ptr, 0);
        field(&b, ev.ptr, 1);
        rm_buf_free(&items);
        rm_buf_free(&docs);
        rm_buf_free(&ev);
    }
    free(eo);
    if (rm_buf_detach(&b, out))
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    return 0;
}
