/* Reading a relmap-graph JSON file back: for re-rendering a graph without
 * re-extracting it, after editing it by hand, and for merging graphs.
 * Syntax errors carry jansson's line and column; content errors name the
 * field at fault. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph_int.h"

typedef struct jctx {
    const char *name;
    relmap_error *err;
} jctx;

static int bad(jctx *j, const char *fmt, const char *field, const char *detail)
{
    char msg[400];
    snprintf(msg, sizeof msg, fmt, field, detail ? detail : "");
    return rm_error_set(j->err, RELMAP_ECONFIG, j->name, 0, 0, "%s", msg);
}

static const char *get_str(json_t *o, const char *key, int required, const char *path,
                           jctx *j, int *rc)
{
    json_t *v = json_object_get(o, key);
    char field[200];
    snprintf(field, sizeof field, "%s.%s", path, key);
    if (v == NULL || json_is_null(v)) {
        if (required)
            *rc = bad(j, "%s: missing%s", field, "");
        return NULL;
    }
    if (!json_is_string(v)) {
        *rc = bad(j, "%s: expected a string%s", field, "");
        return NULL;
    }
    return json_string_value(v);
}

static int get_size(json_t *o, const char *key, size_t *out, const char *path, jctx *j)
{
    json_t *v = json_object_get(o, key);
    char field[200];
    snprintf(field, sizeof field, "%s.%s", path, key);
    if (!json_is_integer(v) || json_integer_value(v) < 0)
        return bad(j, "%s: expected a non-negative integer%s", field, "");
    *out = (size_t)json_integer_value(v);
    return 0;
}


static int read_docs(relmap_graph *g, json_t *arr, jctx *j)
{
    size_t i;
    json_t *d;
    if (!json_is_array(arr))
        return bad(j, "%s: expected an array%s", "documents", "");
    json_array_foreach(arr, i, d) {
        char path[64];
        int rc = 0;
        const char *id, *p, *url, *date;
        snprintf(path, sizeof path, "documents[%zu]", i);
        if (!json_is_object(d))
            return bad(j, "%s: expected an object%s", path, "");
        id = get_str(d, "id", 1, path, j, &rc);
        p = get_str(d, "path", 0, path, j, &rc);
        url = get_str(d, "url", 0, path, j, &rc);
        date = get_str(d, "date", 0, path, j, &rc);
        if (rc)
            return rc;
        if (date && !relmap_date_valid(date))
            return bad(j, "%s.date: expected a date YYYY-MM-DD%s", path, "");
        if (rm_graph_put_doc(g, id, p, url, date) < 0)
            return bad(j, "%s.id: duplicate document \"%s\"", path, id);
    }
    return 0;
}

static int read_nodes(relmap_graph *g, json_t *arr, jctx *j)
{
    size_t i, k;
    json_t *n, *a;
    if (!json_is_array(arr))
        return bad(j, "%s: expected an array%s", "nodes", "");
    json_array_foreach(arr, i, n) {
        char path[64];
        int rc = 0, type;
        const char *id, *label, *ts;
        size_t mentions = 0;
        long ni;
        json_t *al;
        snprintf(path, sizeof path, "nodes[%zu]", i);
        if (!json_is_object(n))
            return bad(j, "%s: expected an object%s", path, "");
        id = get_str(n, "id", 1, path, j, &rc);
        label = get_str(n, "label", 0, path, j, &rc);
        ts = get_str(n, "type", 1, path, j, &rc);
        if (rc)
            return rc;
        type = relmap_actor_type_from_name(ts);
        if (type < 0) {
            char field[80];
            snprintf(field, sizeof field, "%s.type", path);
            return bad(j, "%s: unknown actor type \"%s\" (expected country, "
                          "organization or bloc)", field, ts);
        }
        if (json_object_get(n, "mentions") && (rc = get_size(n, "mentions", &mentions, path, j)))
            return rc;
        ni = rm_graph_put_node(g, id, label ? label : id, (relmap_actor_type)type, mentions);
        if (ni < 0)
            return bad(j, "%s.id: duplicate node \"%s\"", path, id);
        al = json_object_get(n, "aliases");
        if (al && !json_is_array(al))
            return bad(j, "%s.aliases: expected an array of strings%s", path, "");
        json_array_foreach(al, k, a) {
            if (!json_is_string(a))
                return bad(j, "%s.aliases: expected an array of strings%s", path, "");
            if (rm_graph_put_alias(g, (size_t)ni, json_string_value(a)))
                return rm_error_set(j->err, RELMAP_ENOMEM, j->name, 0, 0, "out of memory");
        }
    }
    return 0;
}

static int read_edges(relmap_graph *g, json_t *arr, jctx *j)
{
    size_t i, k;
    json_t *e, *x;
    if (!json_is_array(arr))
        return bad(j, "%s: expected an array%s", "edges", "");
    json_array_foreach(arr, i, e) {
        char path[64], field[160];
        int rc = 0, rel, mod;
        const char *s, *t, *rs, *ms;
        long si, ti, ei;
        size_t weight = 1;
        json_t *items, *ev;
        snprintf(path, sizeof path, "edges[%zu]", i);
        if (!json_is_object(e))
            return bad(j, "%s: expected an object%s", path, "");
        s = get_str(e, "source", 1, path, j, &rc);
        t = get_str(e, "target", 1, path, j, &rc);
        rs = get_str(e, "relation", 1, path, j, &rc);
        ms = get_str(e, "modality", 1, path, j, &rc);
        if (rc)
            return rc;
        si = rm_map_get(&g->node_by_id, s, strlen(s));
        ti = rm_map_get(&g->node_by_id, t, strlen(t));
        if (si < 0) {
            snprintf(field, sizeof field, "%s.source", path);
            return bad(j, "%s: no node \"%s\"", field, s);
        }
        if (ti < 0) {
            snprintf(field, sizeof field, "%s.target", path);
            return bad(j, "%s: no node \"%s\"", field, t);
        }
        rel = relmap_relation_from_name(rs);
        if (rel < 0) {
            snprintf(field, sizeof field, "%s.relation", path);
            return bad(j, "%s: unknown relation \"%s\"", field, rs);
        }
        mod = relmap_modality_from_name(ms);
        if (mod < 0) {
            snprintf(field, sizeof field, "%s.modality", path);
            return bad(j, "%s: unknown modality \"%s\"", field, ms);
        }
        if (json_object_get(e, "weight") && (rc = get_size(e, "weight", &weight, path, j)))
            return rc;
        ei = rm_graph_put_edge(g, (size_t)si, (size_t)ti, (relmap_relation)rel,
                               (relmap_modality)mod, weight);
        if (ei < 0)
            return bad(j, "%s: duplicate edge (same source, target, relation and "
                          "modality)%s", path, "");
        {
            const char *fs = get_str(e, "first_seen", 0, path, j, &rc);
            const char *ls = get_str(e, "last_seen", 0, path, j, &rc);
            if (rc)
                return rc;
            if ((fs && !relmap_date_valid(fs)) || (ls && !relmap_date_valid(ls)))
                return bad(j, "%s.%s: expected a date YYYY-MM-DD", path,
                           fs && !relmap_date_valid(fs) ? "first_seen" : "last_seen");
            rm_graph_edge_see(&g->edges.v[ei], fs);
            rm_graph_edge_see(&g->edges.v[ei], ls);
        }
        items = json_object_get(e, "items");
        if (items && !json_is_array(items))
            return bad(j, "%s.items: expected an array of strings%s", path, "");
        json_array_foreach(items, k, x) {
            if (!json_is_string(x))
                return bad(j, "%s.items: expected an array of strings%s", path, "");
            if (rm_graph_put_item(g, (size_t)ei, json_string_value(x)))
                return rm_error_set(j->err, RELMAP_ENOMEM, j->name, 0, 0, "out of memory");
        }
        ev = json_object_get(e, "evidence");
        if (ev && !json_is_array(ev))
            return bad(j, "%s.evidence: expected an array%s", path, "");
        json_array_foreach(ev, k, x) {
            char epath[96];
            const char *doc, *text, *trig, *cue, *rule;
            size_t start = 0, end = 0;
            snprintf(epath, sizeof epath, "%s.evidence[%zu]", path, k);
            if (!json_is_object(x))
                return bad(j, "%s: expected an object%s", epath, "");
            doc = get_str(x, "document", 1, epath, j, &rc);
            text = get_str(x, "text", 0, epath, j, &rc);
            trig = get_str(x, "trigger", 0, epath, j, &rc);
            cue = get_str(x, "cue", 0, epath, j, &rc);
            rule = get_str(x, "rule", 0, epath, j, &rc);
            if (rc || (rc = get_size(x, "start", &start, epath, j)) ||
                (rc = get_size(x, "end", &end, epath, j)))
                return rc;
            if (end < start)
                return bad(j, "%s.end: before start%s", epath, "");
            if (rm_graph_put_evidence(g, (size_t)ei, doc, start, end, text, trig, cue, rule)) {
                snprintf(field, sizeof field, "%s.document", epath);
                return bad(j, "%s: no document \"%s\"", field, doc);
            }
        }
        if (weight < g->edges.v[ei].ev.n) {
            snprintf(field, sizeof field, "%s.weight", path);
            return bad(j, "%s: smaller than the number of evidence entries%s", field, "");
        }
    }
    return 0;
}

int relmap_graph_import_json(relmap_graph **out, const char *json, size_t len,
                             const char *name, relmap_error *err)
{
    json_error_t jerr;
    json_t *root;
    relmap_graph *g = NULL;
    jctx j;
    const char *fmt;
    int rc;

    if (out)
        *out = NULL;
    if (out == NULL || json == NULL)
        return rm_error_set(err, RELMAP_EINVAL, name, 0, 0, "missing argument");
    j.name = name ? name : "";
    j.err = err;
    root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &jerr);
    if (root == NULL)
        return rm_error_set(err, RELMAP_EPARSE, j.name, jerr.line, jerr.column, "%s",
                            jerr.text);
    if (!json_is_object(root)) {
        json_decref(root);
        return bad(&j, "%s: expected a JSON object%s", "(top level)", "");
    }
    fmt = json_string_value(json_object_get(root, "format"));
    if (fmt == NULL || strcmp(fmt, "relmap-graph") != 0 ||
        !json_is_integer(json_object_get(root, "version")) ||
        json_integer_value(json_object_get(root, "version")) != 1) {
        json_decref(root);
        return bad(&j, "%s: expected \"format\": \"relmap-graph\", \"version\": 1%s",
                   "format", "");
    }
    if (relmap_graph_new(&g)) {
        json_decref(root);
        return rm_error_set(err, RELMAP_ENOMEM, j.name, 0, 0, "out of memory");
    }
    if ((rc = read_docs(g, json_object_get(root, "documents"), &j)) ||
        (rc = read_nodes(g, json_object_get(root, "nodes"), &j)) ||
        (rc = read_edges(g, json_object_get(root, "edges"), &j))) {
        json_decref(root);
        relmap_graph_free(g);
        return rc;
    }
    g->doc_total = g->docs.n;
    if (json_object_get(root, "max_evidence")) {
        size_t n = 0;
        if ((rc = get_size(root, "max_evidence", &n, "(top level)", &j)) == 0 && n < 1)
            rc = bad(&j, "%s: must be at least 1%s", "max_evidence", "");
        if (rc) {
            json_decref(root);
            relmap_graph_free(g);
            return rc;
        }
        g->max_evidence = n;
    }
    if (json_object_get(root, "document_count")) {
        size_t n = 0;
        if ((rc = get_size(root, "document_count", &n, "(top level)", &j)) == 0 &&
            n < g->docs.n)
            rc = bad(&j, "%s: smaller than the number of documents listed%s",
                     "document_count", "");
        if (rc) {
            json_decref(root);
            relmap_graph_free(g);
            return rc;
        }
        g->doc_total = n;
    }
    json_decref(root);
    *out = g;
    return 0;
}
