/* Graph internals shared with the exporters. */
#ifndef RELMAP_GRAPH_INT_H
#define RELMAP_GRAPH_INT_H

#include "internal.h"
#include "map.h"
#include "relmap/graph.h"

typedef struct rm_gdoc {
    char *id, *path, *url, *date;
    size_t refs; /* evidence entries citing it */
} rm_gdoc;

/* Up to this many documents, all are listed; beyond it, only those cited
   as evidence (the graph forgets the others, so memory stays bounded). */
#define RM_DOC_LIST_MAX 1000

typedef struct rm_gnode {
    char *id, *label;
    relmap_actor_type type;
    RM_VEC(char *) aliases; /* sorted, unique */
    size_t mentions;
} rm_gnode;

typedef struct rm_evidence {
    const char *doc; /* borrowed from rm_gdoc.id */
    size_t start, end;
    char *text;
    /* trigger words as written, cue and rule: interned in the graph's
       string pool (few distinct values, many evidence entries) */
    const char *trigger, *cue_copy, *rule;
} rm_evidence;

typedef struct rm_gedge {
    size_t s, t; /* node indexes */
    relmap_relation relation;
    relmap_modality modality;
    RM_VEC(char *) items; /* sorted, unique */
    size_t weight;
    RM_VEC(rm_evidence) ev; /* sorted by (doc, start), capped */
    char first[11], last[11]; /* YYYY-MM-DD dates seen; "" when none */
} rm_gedge;

struct relmap_graph {
    RM_VEC(rm_gdoc) docs;
    RM_VEC(rm_gnode) nodes;
    RM_VEC(rm_gedge) edges;
    rm_map node_by_id, edge_by_key, doc_by_id, str_by_val;
    RM_VEC(char *) strs; /* the string pool */
    size_t max_evidence;
    size_t doc_total;  /* documents read, listed or not */
    size_t compact_at; /* forget uncited documents when docs.n reaches it */
    int has_explain; /* some evidence carries trigger/cue/rule */
};

/* Building blocks for importing and filtering. Each returns the new
   element's index, or -1 on allocation failure or a duplicate. */
long rm_graph_put_doc(relmap_graph *g, const char *id, const char *path,
                      const char *url, const char *date);
/* Widen an edge's first/last dates to include @p date (YYYY-MM-DD). */
void rm_graph_edge_see(rm_gedge *e, const char *date);
/* Aliases and items kept per node / edge: the smallest by byte order. */
#define RM_MAX_ALIASES 64
#define RM_MAX_ITEMS 8
long rm_graph_put_node(relmap_graph *g, const char *id, const char *label,
                       relmap_actor_type type, size_t mentions);
int rm_graph_put_alias(relmap_graph *g, size_t node, const char *alias);
long rm_graph_put_edge(relmap_graph *g, size_t s, size_t t,
                       relmap_relation rel, relmap_modality mod, size_t weight);
int rm_graph_put_item(relmap_graph *g, size_t edge, const char *item);
/* Evidence appended as given (the caller keeps the order). */
int rm_graph_put_evidence(relmap_graph *g, size_t edge, const char *doc,
                          size_t start, size_t end, const char *text,
                          const char *trigger, const char *cue, const char *rule);

/* An edge's items ("a; b"), evidence places ("doc:start-end; ...") and
   sentences ("... | ...") as flat text, for the tabular exports. */
void rm_graph_edge_flat(const rm_gedge *e, rm_buf *items, rm_buf *docs, rm_buf *ev);

/* Node and edge orders for output: indexes sorted by id / by key. Caller
   frees the arrays. NULL on allocation failure (or for empty graphs with
   n == 0, a non-NULL dummy). */
size_t *rm_graph_node_order(const relmap_graph *g);
size_t *rm_graph_edge_order(const relmap_graph *g);
/* Documents to list (all, or the cited ones past RM_DOC_LIST_MAX), sorted
   by id; their number in *n. */
size_t *rm_graph_doc_order(const relmap_graph *g, size_t *n);

#endif
