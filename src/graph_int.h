/* Graph internals shared with the exporters. */
#ifndef RELMAP_GRAPH_INT_H
#define RELMAP_GRAPH_INT_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#include "internal.h"
#include "map.h"
#include "relmap/graph.h"

typedef struct rm_gdoc {
    char *id, *path, *url, *date;
    size_t refs; /* evidence entries citing it */
    size_t ord;  /* order of arrival in this graph: a bit in the cited-document
                    bitmaps of spill.c */
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

/* Rough heap cost of an edge (with its map entry and the evidence vector
   it nearly always gets), of one evidence entry and of a document: what
   relmap_graph_memory adds up and the memory limit is checked against. */
#define EDGE_BYTES (2 * sizeof(rm_gedge) + 96 + 8 * sizeof(rm_evidence) + 16)
#define EV_BYTES(x) ((x)->end - (x)->start + 24)

/* Edges written to disk (spill.c): one sorted run a file. */
typedef struct rm_run {
    int fd;     /* the file is unlinked as soon as it is made */
    char *path; /* its name, for messages */
    uint64_t edges_end, end; /* edge records in [0, edges_end), document
                                records (sorted by id) in [edges_end, end) */
} rm_run;

/* A spill being written in the background (spill.c). */
typedef struct rm_batch rm_batch;

typedef struct rm_spill {
    size_t limit; /* spill once the graph holds more bytes; 0: never */
    char *dir;    /* NULL: $TMPDIR, else /tmp */
    RM_VEC(rm_run) runs; /* the last may be the pending batch's, not yet
                            written: rm_spill_wait before reading them */
    /* At most one batch of detached edges is written by a thread of its
       own while the graph goes on taking documents; mu guards pending,
       th, failed and err (reading calls may wait from several threads). */
    pthread_mutex_t mu;
    rm_batch *pending;
    pthread_t th;
    _Atomic size_t inflight; /* bytes the pending batch still holds (the
                                writer frees edges as it writes them) */
    int failed;       /* a background write failed: every later call fails */
    relmap_error err; /* ... with this error */
} rm_spill;

/* Evidence floors (spill.c): for each edge a spilled run holds with the
   full max_evidence sentences, the last of them (the latest by document id
   and offset). Later evidence past it can never be among the earliest, so
   it is not copied again. An open-addressing table keyed by the edge. */
typedef struct rm_floor {
    uint64_t key;   /* 0: empty; else the edge key + 1 */
    char *doc;      /* owned */
    size_t start;
} rm_floor;

typedef struct rm_floors {
    rm_floor *v;
    size_t cap, n, bytes;
} rm_floors;

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
    size_t next_ord;  /* rm_gdoc.ord of the next document */
    size_t mem_edges, mem_docs; /* bytes held, roughly (relmap_graph_memory) */
    rm_spill *spill;  /* NULL until a memory limit is set */
    rm_floors floors; /* only once spilled */
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

/* Add evidence as given, strings copied (the document must be in the
   graph); unlike rm_graph_put_evidence it leaves has_explain alone. */
int rm_graph_add_evidence(relmap_graph *g, size_t edge, const rm_evidence *x);
/* Forget every edge (after they were spilled): documents are no longer
   cited, and past RM_DOC_LIST_MAX they are forgotten too. */
void rm_graph_clear_edges(relmap_graph *g);
/* Evidence order: by document id, then offset. */
int rm_ev_cmp(const rm_evidence *a, const char *doc, size_t start);
/* Where evidence (doc, start) belongs in e->ev, or -1 if it is there. */
long rm_ev_pos(const rm_gedge *e, const char *doc, size_t start);
/* Where s belongs in the sorted strings v[0..n), or -1 if it is there. */
long rm_str_pos(char *const *v, size_t n, const char *s);

/* ---- spilling (spill.c) ---- */

/* Does the graph have edges on disk? */
#define rm_graph_spilled(g) ((g)->spill != NULL && (g)->spill->runs.n > 0)
/* A new spill state (no limit, no runs); NULL on allocation failure. */
rm_spill *rm_spill_new(void);
/* Write the edges in memory as a new run and forget them. With
   @p background, past RM_DOC_LIST_MAX documents, the edges (and the
   documents, all forgotten after a spill anyway) are detached in O(1) and
   written by a thread of their own: the caller's lock is held only for
   the detaching. */
int rm_spill_now(relmap_graph *g, int background, relmap_error *err);
/* Wait for the run being written in the background, if any. Returns 0,
   or the error of a background write that failed (then for good). */
int rm_spill_wait(const relmap_graph *g, relmap_error *err);
/* Spill when over the limit (after adding a document or a graph). */
int rm_spill_check(relmap_graph *g, relmap_error *err);
void rm_spill_free(rm_spill *s);
/* Can evidence (doc, start) of edge (s, t, rel, mod) still be among the
   earliest? (No when a run holds max_evidence earlier ones.) */
int rm_floor_admits(const relmap_graph *g, size_t s, size_t t, relmap_relation rel,
                    relmap_modality mod, const char *doc, size_t start);
void rm_floors_free(rm_floors *f);

/* The merged edges of a spilled graph, in edge order (as
   rm_graph_edge_order sorts them): its runs, and with @p with_memory its
   edges in memory too, combined as relmap_graph_merge combines them.
   Reading only: several merges may run at once on one graph. */
typedef struct rm_merge rm_merge;
int rm_merge_open(rm_merge **out, const relmap_graph *g, int with_memory,
                  relmap_error *err);
/* The next edge (node indexes of g; strings borrowed until the next call)
   and, in @p ords, the rm_gdoc.ord of each evidence's document: 1, 0 at
   the end, or a negative status. */
int rm_merge_next(rm_merge *m, const rm_gedge **e, const size_t **ords,
                  relmap_error *err);
void rm_merge_close(rm_merge *m);

/* Mark in @p cited (g->next_ord bits) the documents the merged evidence
   cites. Returns the number of documents marked, or a negative status. */
long rm_merge_cited(const relmap_graph *g, int with_memory, unsigned char *cited,
                    relmap_error *err);

/* The documents of the runs (and with @p with_memory those in memory)
   whose bit is set in @p cited, sorted by id, each once. */
typedef struct rm_docrec {
    size_t ord;
    const char *id, *path, *url, *date;
} rm_docrec;
typedef int (*rm_doc_fn)(void *ctx, const rm_docrec *d);
int rm_merge_docs(const relmap_graph *g, int with_memory, const unsigned char *cited,
                  rm_doc_fn fn, void *ctx, relmap_error *err);

#endif
