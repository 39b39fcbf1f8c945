/* GraphML export (http://graphml.graphdrawing.org/xmlns). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph_int.h"
#include "relmap/export.h"

/* XML text: escape markup and drop characters XML 1.0 forbids. */
static void put_xml(rm_buf *b, const char *s)
{
    for (; s && *s; s++) {
        unsigned char ch = (unsigned char)*s;
        switch (ch) {
        case '&': rm_buf_puts(b, "&amp;"); break;
        case '<': rm_buf_puts(b, "&lt;"); break;
        case '>': rm_buf_puts(b, "&gt;"); break;
        case '"': rm_buf_puts(b, "&quot;"); break;
        case '\'': rm_buf_puts(b, "&apos;"); break;
        default:
            if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r')
                rm_buf_putc(b, ' ');
            else
                rm_buf_putc(b, (char)ch);
        }
    }
}

static void data(rm_buf *b, const char *key, const char *value)
{
    rm_buf_printf(b, "      <data key=\"%s\">", key);
    put_xml(b, value);
    rm_buf_puts(b, "</data>\n");
}

int relmap_export_graphml(const relmap_graph *g, relmap_buf *out, relmap_error *err)
{
    rm_buf b = {0};
    size_t *no, *eo, i, k;
    if (g == NULL || out == NULL)
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0, "missing argument");
    if (rm_graph_spilled(g))
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0,
                            "the graph has edges on disk (relmap_graph_unspill)");
    out->ptr = NULL;
    out->len = 0;
    no = rm_graph_node_order(g);
    eo = rm_graph_edge_order(g);
    if (no == NULL || eo == NULL) {
        free(no);
        free(eo);
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    }
    rm_buf_puts(&b,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
        "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
        "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
        "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
        "  <key id=\"aliases\" for=\"node\" attr.name=\"aliases\" attr.type=\"string\"/>\n"
        "  <key id=\"mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>\n"
        "  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
        "  <key id=\"modality\" for=\"edge\" attr.name=\"modality\" attr.type=\"string\"/>\n"
        "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n"
        "  <key id=\"items\" for=\"edge\" attr.name=\"items\" attr.type=\"string\"/>\n"
        "  <key id=\"documents\" for=\"edge\" attr.name=\"documents\" attr.type=\"string\"/>\n"
        "  <key id=\"evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>\n"
        "  <graph id=\"relmap\" edgedefault=\"directed\">\n");
    for (i = 0; i < g->nodes.n; i++) {
        const rm_gnode *n = &g->nodes.v[no[i]];
        rm_buf al = {0};
        char num[32];
        for (k = 0; k < n->aliases.n; k++) {
            if (k)
                rm_buf_puts(&al, "; ");
            rm_buf_puts(&al, n->aliases.v[k]);
        }
        rm_buf_puts(&b, "    <node id=\"");
        put_xml(&b, n->id);
        rm_buf_puts(&b, "\">\n");
        data(&b, "label", n->label);
        data(&b, "type", relmap_actor_type_name(n->type));
        data(&b, "aliases", al.ptr ? al.ptr : "");
        snprintf(num, sizeof num, "%zu", n->mentions);
        data(&b, "mentions", num);
        rm_buf_puts(&b, "    </node>\n");
        rm_buf_free(&al);
    }
    for (i = 0; i < g->edges.n; i++) {
        const rm_gedge *e = &g->edges.v[eo[i]];
        rm_buf items = {0}, docs = {0}, ev = {0};
        char num[32];
        rm_graph_edge_flat(e, &items, &docs, &ev);
        rm_buf_printf(&b, "    <edge id=\"e%zu\" source=\"", i);
        put_xml(&b, g->nodes.v[e->s].id);
        rm_buf_puts(&b, "\" target=\"");
        put_xml(&b, g->nodes.v[e->t].id);
        rm_buf_puts(&b, relmap_relation_is_symmetric(e->relation) ? "\" directed=\"false\">\n"
                                                                  : "\">\n");
        data(&b, "relation", relmap_relation_name(e->relation));
        data(&b, "modality", relmap_modality_name(e->modality));
        snprintf(num, sizeof num, "%zu", e->weight);
        data(&b, "weight", num);
        data(&b, "items", items.ptr ? items.ptr : "");
        data(&b, "documents", docs.ptr ? docs.ptr : "");
        data(&b, "evidence", ev.ptr ? ev.ptr : "");
        rm_buf_puts(&b, "    </edge>\n");
        rm_buf_free(&items);
        rm_buf_free(&docs);
        rm_buf_free(&ev);
    }
    rm_buf_puts(&b, "  </graph>\n</graphml>\n");
    free(no);
    free(eo);
    if (rm_buf_detach(&b, out))
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    return 0;
}
