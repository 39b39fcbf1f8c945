/* JSON export: the relmap-graph format, version 1 (documented in README). */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "graph_int.h"
#include "relmap/export.h"

static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

static json_t *build(const relmap_graph *g, const relmap_json_options *o)
{
    json_t *root = json_object(), *docs = json_array(), *nodes = json_array(),
           *edges = json_array();
    size_t *no = rm_graph_node_order(g), *eo = rm_graph_edge_order(g),
           *dord, i, k, nd = 0;
    int ok;

    dord = rm_graph_doc_order(g, &nd);
    ok = root && docs && nodes && edges && no && eo && dord;
    if (ok) {
        json_object_set_new(root, "format", json_string("relmap-graph"));
        json_object_set_new(root, "version", json_integer(1));
        /* past RM_DOC_LIST_MAX documents only the cited ones are listed */
        if (g->doc_total > nd)
            json_object_set_new(root, "document_count", json_integer((json_int_t)g->doc_total));
    }
    for (i = 0; ok && i < nd; i++) {
        const rm_gdoc *d = &g->docs.v[dord[i]];
        json_t *jd = json_object();
        ok = jd != NULL;
        if (!ok)
            break;
        json_object_set_new(jd, "id", json_string(d->id));
        json_object_set_new(jd, "path", str_or_null(d->path));
        if (d->url)
            json_object_set_new(jd, "url", json_string(d->url));
        json_object_set_new(jd, "date", str_or_null(d->date));
        json_array_append_new(docs, jd);
    }
    for (i = 0; ok && i < g->nodes.n; i++) {
        const rm_gnode *n = &g->nodes.v[no[i]];
        json_t *jn = json_object(), *al = json_array();
        ok = jn && al;
        if (!ok) {
            json_decref(jn);
            json_decref(al);
            break;
        }
        json_object_set_new(jn, "id", json_string(n->id));
        json_object_set_new(jn, "label", json_string(n->label));
        json_object_set_new(jn, "type", json_string(relmap_actor_type_name(n->type)));
        for (k = 0; k < n->aliases.n; k++)
            json_array_append_new(al, json_string(n->aliases.v[k]));
        json_object_set_new(jn, "aliases", al);
        json_object_set_new(jn, "mentions", json_integer((json_int_t)n->mentions));
        json_array_append_new(nodes, jn);
    }
    for (i = 0; ok && i < g->edges.n; i++) {
        const rm_gedge *e = &g->edges.v[eo[i]];
        json_t *je = json_object(), *items = json_array(), *ev = json_array();
        ok = je && items && ev;
        if (!ok) {
            json_decref(je);
            json_decref(items);
            json_decref(ev);
            break;
        }
        json_object_set_new(je, "source", json_string(g->nodes.v[e->s].id));
        json_object_set_new(je, "target", json_string(g->nodes.v[e->t].id));
        json_object_set_new(je, "relation", json_string(relmap_relation_name(e->relation)));
        json_object_set_new(je, "modality", json_string(relmap_modality_name(e->modality)));
        for (k = 0; k < e->items.n; k++)
            json_array_append_new(items, json_string(e->items.v[k]));
        json_object_set_new(je, "items", items);
        json_object_set_new(je, "weight", json_integer((json_int_t)e->weight));
        if (e->first[0]) {
            json_object_set_new(je, "first_seen", json_string(e->first));
            json_object_set_new(je, "last_seen", json_string(e->last));
        }
        for (k = 0; k < e->ev.n; k++) {
            const rm_evidence *x = &e->ev.v[k];
            json_t *jx = json_object();
            if (jx == NULL) {
                ok = 0;
                break;
            }
            json_object_set_new(jx, "document", json_string(x->doc));
            json_object_set_new(jx, "start", json_integer((json_int_t)x->start));
            json_object_set_new(jx, "end", json_integer((json_int_t)x->end));
            /* invalid UTF-8 in the source would make json_string fail */
            {
                json_t *txt = json_string(x->text ? x->text : "");
                json_object_set_new(jx, "text", txt ? txt : json_string(""));
            }
            if (o && o->explain) {
                json_object_set_new(jx, "trigger", str_or_null(x->trigger));
                json_object_set_new(jx, "cue", str_or_null(x->cue_copy));
                json_object_set_new(jx, "rule", str_or_null(x->rule));
            }
            json_array_append_new(ev, jx);
        }
        json_object_set_new(je, "evidence", ev);
        json_array_append_new(edges, je);
    }
    free(no);
    free(eo);
    free(dord);
    if (!ok) {
        json_decref(root);
        json_decref(docs);
        json_decref(nodes);
        json_decref(edges);
        return NULL;
    }
    json_object_set_new(root, "documents", docs);
    json_object_set_new(root, "nodes", nodes);
    json_object_set_new(root, "edges", edges);
    return root;
}

int relmap_export_json(const relmap_graph *g, const relmap_json_options *o,
                       relmap_buf *out, relmap_error *err)
{
    json_t *root;
    char *s;
    size_t flags = 0;
    if (g == NULL || out == NULL)
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0, "missing argument");
    out->ptr = NULL;
    out->len = 0;
    root = build(g, o);
    if (root == NULL)
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    flags |= (o && o->compact) ? JSON_COMPACT : JSON_INDENT(2);
    s = json_dumps(root, flags);
    json_decref(root);
    if (s == NULL)
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    {
        size_t n = strlen(s);
        char *p = realloc(s, n + 2);
        if (p == NULL) {
            free(s);
            return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
        }
        p[n] = '\n';
        p[n + 1] = '\0';
        out->ptr = p;
        out->len = n + 1;
    }
    return 0;
}

int relmap_export_explain(const relmap_graph *g, relmap_buf *out,
                          relmap_error *err)
{
    rm_buf b = {0};
    size_t *eo, i, k;
    if (g == NULL || out == NULL)
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0, "missing argument");
    out->ptr = NULL;
    out->len = 0;
    eo = rm_graph_edge_order(g);
    if (eo == NULL)
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    for (i = 0; i < g->edges.n; i++) {
        const rm_gedge *e = &g->edges.v[eo[i]];
        rm_buf_printf(&b, "%s -> %s  %s (%s)  weight %zu", g->nodes.v[e->s].id,
                      g->nodes.v[e->t].id, relmap_relation_name(e->relation),
                      relmap_modality_name(e->modality), e->weight);
        for (k = 0; k < e->items.n; k++)
            rm_buf_printf(&b, "%s%s", k ? ", " : "  items: ", e->items.v[k]);
        rm_buf_putc(&b, '\n');
        for (k = 0; k < e->ev.n; k++) {
            const rm_evidence *x = &e->ev.v[k];
            rm_buf_printf(&b, "  [%s %zu-%zu] rule %s, trigger \"%s\", cue %s%s%s\n",
                          x->doc, x->start, x->end, x->rule ? x->rule : "-",
                          x->trigger ? x->trigger : "", x->cue_copy ? "\"" : "",
                          x->cue_copy ? x->cue_copy : "none (asserted)",
                          x->cue_copy ? "\"" : "");
            rm_buf_printf(&b, "    %s\n", x->text ? x->text : "");
        }
    }
    free(eo);
    if (rm_buf_detach(&b, out))
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    return 0;
}
