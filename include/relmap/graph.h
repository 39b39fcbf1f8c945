/**
 * @file relmap/graph.h
 * @brief The merged graph: actors as nodes, events merged into edges.
 *
 * Edges are keyed by (source, target, relation, modality); symmetric
 * relations are stored with the smaller id first. Weight is the number of
 * distinct supporting sentences; evidence is kept up to a cap, earliest by
 * (document id, offset), so the result does not depend on the order in
 * which documents are added.
 *
 * Ownership: relmap_graph_new's result is the caller's.
 *
 * Thread safety: a graph is not thread-safe. Calls that change it
 * (add_doc, add_doc_meta, merge, set_max_evidence, free) need the caller's
 * lock against every other call on the same graph; calls that only read it
 * (counts, filter, the exporters in export.h, merge's @p src) may run in
 * several threads at once while nothing changes it. Distinct graphs are
 * independent. (A graph with a memory limit may write a run of its edges
 * from a thread of its own; see relmap_graph_set_memory_limit. That needs
 * no lock from the caller.)
 */
#ifndef RELMAP_GRAPH_H
#define RELMAP_GRAPH_H

#include <stddef.h>
#include "common.h"
#include "extract.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct relmap_graph relmap_graph;

#define RELMAP_DEFAULT_MAX_EVIDENCE 5

/** Create an empty graph (evidence cap RELMAP_DEFAULT_MAX_EVIDENCE).
    Returns 0 or RELMAP_ENOMEM (then *@p out is NULL). */
int relmap_graph_new(relmap_graph **out);

/** Free; NULL is a no-op. */
void relmap_graph_free(relmap_graph *g);

/** Keep at most @p n evidence sentences per edge (n >= 1; 0 is ignored).
    Set it before adding documents. The JSON records a cap other than the
    default, and import restores it. */
void relmap_graph_set_max_evidence(relmap_graph *g, size_t n);

/** The evidence cap per edge. */
size_t relmap_graph_max_evidence(const relmap_graph *g);

/**
 * Merge one extracted document. @p doc_id names it in evidence; @p path is
 * recorded as given (may be NULL); @p text/@p len are the bytes that were
 * extracted (evidence text is copied from them).
 */
int relmap_graph_add_doc(relmap_graph *g, const char *doc_id,
                         const char *path, const char *text, size_t len,
                         const relmap_doc *d, relmap_error *err);

/** What a document is, beyond its text. */
typedef struct relmap_doc_meta {
    const char *id;   /**< required; a repeated id gets "-2", "-3", ... */
    const char *path; /**< the file it came from, or NULL */
    const char *url;  /**< where it was published, or NULL */
    const char *date; /**< YYYY-MM-DD; NULL takes the text's "date" line */
} relmap_doc_meta;

/** relmap_graph_add_doc with more about the document. Each edge keeps the
    first and last date of the documents that support it. */
int relmap_graph_add_doc_meta(relmap_graph *g, const relmap_doc_meta *m,
                              const char *text, size_t len, const relmap_doc *d,
                              relmap_error *err);

/**
 * Add everything in @p src to @p dst: documents, actors (mentions summed,
 * aliases united), edges (weights summed, items united, evidence re-capped
 * earliest by document id and offset, date range widened). The operation is
 * associative and commutative, so graphs of disjoint shards of a corpus
 * merge into the graph of the whole corpus. A document in both graphs is
 * RELMAP_EINVAL (shards must not overlap); @p dst is then unchanged.
 */
int relmap_graph_merge(relmap_graph *dst, const relmap_graph *src, relmap_error *err);

/**
 * Keep the graph within about @p bytes of memory (relmap_graph_memory):
 * once adding a document or merging a graph takes it past the limit, its
 * edges are written, sorted, to a temporary file (a "run") in @p dir
 * (NULL: $TMPDIR, else /tmp) and forgotten; actors and, up to a thousand,
 * documents stay. Each run file is deleted as soon as it is created and
 * lives on as an open descriptor, so nothing is left on disk however the
 * process ends. 0 turns spilling off (runs already written stay).
 *
 * relmap_export_json and relmap_export_json_stream write a spilled graph
 * by merging its runs as they go: the same bytes as without a limit, in
 * memory bounded by the limit and the number of runs (past 16 they are
 * merged into one). Everything else that reads edges (the other exporters,
 * relmap_graph_filter, merging it into another graph) fails with
 * RELMAP_EINVAL until relmap_graph_unspill brings them back, and
 * relmap_graph_edge_count counts only the edges in memory. Document ids
 * must be unique: a repeated id is renamed only when the first is still in
 * memory. Writing a run can fail with RELMAP_EIO (the disk is full; the
 * error's source names the file).
 *
 * Past a thousand documents, a run of a megabyte or more (its edges and
 * the documents, all forgotten after a spill) is handed in O(1) to a
 * thread the library starts, which
 * sorts and writes the run while the call returns: a caller's lock around
 * adding is held only for the handing over. One run is written at a time.
 * A background write that fails is reported by a later call that spills
 * or reads the runs (adding past the limit, exporting, unspilling,
 * merging runs) and by every one after it: the graph has lost that run's
 * edges and can only be freed. Up to a thousand documents, for smaller
 * runs and with relmap_graph_spill, the run is written before the call
 * returns and a failure leaves the graph as it was.
 * Returns 0, RELMAP_EINVAL or RELMAP_ENOMEM.
 */
int relmap_graph_set_memory_limit(relmap_graph *g, size_t bytes, const char *dir);

/** Bytes the graph holds in memory, roughly: its edges, their evidence,
    its documents and, once spilled, the evidence floor of each full edge
    on disk (at most a quarter of the limit); the actors, few, are not
    counted. */
size_t relmap_graph_memory(const relmap_graph *g);

/** Runs the graph has on disk (0: every edge is in memory). */
size_t relmap_graph_run_count(const relmap_graph *g);

/** Write the edges in memory as a run now, whatever the limit. Returns 0,
    RELMAP_EIO or RELMAP_ENOMEM. */
int relmap_graph_spill(relmap_graph *g, relmap_error *err);

/** Read every run back into memory, merged (the whole graph, as if no
    limit had been set), and close them. 0, RELMAP_EIO or RELMAP_ENOMEM;
    on failure the runs are kept and the graph is as it was. */
int relmap_graph_unspill(relmap_graph *g, relmap_error *err);

/** Number of actors (nodes) in the graph. */
size_t relmap_graph_node_count(const relmap_graph *g);

/** Number of edges in the graph. */
size_t relmap_graph_edge_count(const relmap_graph *g);

/** Non-zero when evidence carries trigger, cue and rule (an explained
    graph read back from JSON); relmap_export_json then keeps them. */
int relmap_graph_has_explain(const relmap_graph *g);

/**
 * Read a graph in the relmap-graph JSON format (as relmap_export_json writes
 * it, perhaps edited by hand). @p name labels errors; syntax errors carry a
 * line and column, content errors the field at fault
 * ("edges[3].relation: unknown relation \"suplies\"").
 */
int relmap_graph_import_json(relmap_graph **out, const char *json, size_t len,
                             const char *name, relmap_error *err);

/** What to keep of a graph. Zero fields keep everything. */
typedef struct relmap_filter {
    const char *focus;   /**< an actor (id, label or alias); NULL for all */
    int depth;           /**< hops around @p focus (default 1) */
    unsigned relations;  /**< bit (1u << relation) per relation kept; 0 = all */
    unsigned modalities; /**< bit (1u << modality) per modality kept; 0 = all */
    size_t min_weight;   /**< edges supported by at least this many sentences */
    size_t top;          /**< the N actors with the highest weighted degree */
    int hide_isolated;   /**< drop actors left without edges */
    const char *since;   /**< YYYY-MM-DD: edges last seen on or after it */
    const char *until;   /**< YYYY-MM-DD: edges first seen on or before it */
} relmap_filter;

#define RELMAP_FILTER_INIT { NULL, 1, 0, 0, 0, 0, 0, NULL, NULL }

/**
 * A new graph holding what @p f keeps of @p g (documents are kept whole).
 * With @p since or @p until, undated edges are dropped.
 * Edge filters apply first, then the focus neighbourhood, then top-N, then
 * isolated actors are dropped if asked. An unknown focus actor is
 * RELMAP_EINVAL.
 */
int relmap_graph_filter(relmap_graph **out, const relmap_graph *g,
                        const relmap_filter *f, relmap_error *err);

#ifdef __cplusplus
}
#endif

#endif
