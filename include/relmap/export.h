/**
 * @file relmap/export.h
 * @brief Write a graph as JSON (relmap-graph v1) or as styled DOT.
 *
 * Ownership: the bytes written to @p out are the caller's
 * (relmap_buf_dispose). Output is deterministic: nodes sorted by id, edges by
 * (source, target, relation, modality), no timestamps.
 *
 * Thread safety: exporters only read the graph: several may run at once,
 * on the same graph or on others, as long as no thread changes that graph
 * meanwhile (see graph.h). relmap_layout_auto is pure.
 */
#ifndef RELMAP_EXPORT_H
#define RELMAP_EXPORT_H

#include "common.h"
#include "graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Options for the DOT exporter. */
typedef struct relmap_dot_options {
    const char *title;     /**< graph title, or NULL for none */
    int legend;            /**< non-zero: a legend of what appears, and the
                                source documents with their dates */
    const char *rankdir;   /**< "LR" (default when NULL), "TB", ... */
    const char *layout;    /**< "dot", "neato", "sfdp", "circo", ... or NULL /
                                "auto" to choose by size (relmap_layout_auto) */
    const char *link_base; /**< URL prefix: nodes and edges link to it + id */
    const char *theme;     /**< "light" (default) or "dark" */
    int transparent;       /**< non-zero: no background fill */
    int dpi;               /**< bitmap resolution; 0 leaves Graphviz's 96 */
    const char *size;      /**< Graphviz size "W,H" in inches (fit), or NULL */
    int edge_labels;       /**< 1 on, 0 off, -1 auto (on unless the layout
                                is a force-directed one: neato, sfdp, fdp) */
} relmap_dot_options;

#define RELMAP_DOT_OPTIONS_INIT { NULL, 1, NULL, NULL, NULL, NULL, 0, 0, NULL, -1 }

/**
 * The layout engine relmap picks for a graph of this size: "dot" for report
 * graphs (at most 300 nodes, 400 edges and 2 edges per node), "neato" up to
 * 1,000 nodes, "sfdp" beyond. Static string.
 */
const char *relmap_layout_auto(size_t nodes, size_t edges);

/** Options for the JSON exporter. */
typedef struct relmap_json_options {
    int compact; /**< non-zero: the whole graph on one line */
    int explain; /**< non-zero: add trigger, cue and rule to evidence */
    int threads; /**< format edges on this many threads (0 or 1: the caller's) */
} relmap_json_options;

#define RELMAP_JSON_OPTIONS_INIT { 0, 0, 0 }

/** JSON text ending with a newline; @p opts may be NULL for defaults. */
int relmap_export_json(const relmap_graph *g, const relmap_json_options *opts,
                       relmap_buf *out, relmap_error *err);

/** Receives output in pieces; returns 0, or non-zero to stop. */
typedef int (*relmap_write_fn)(void *ctx, const char *data, size_t len);

/**
 * The same JSON as relmap_export_json, handed to @p write in pieces of
 * about 64 KiB, so a large graph is never held twice in memory. A non-zero
 * return from @p write stops the export with RELMAP_EIO.
 */
int relmap_export_json_stream(const relmap_graph *g, const relmap_json_options *opts,
                              relmap_write_fn write, void *ctx, relmap_error *err);

/** DOT text for Graphviz; @p opts may be NULL for defaults. */
int relmap_export_dot(const relmap_graph *g, const relmap_dot_options *opts,
                      relmap_buf *out, relmap_error *err);

/**
 * GraphML for Gephi, Cytoscape or yEd: nodes with label, type, aliases and
 * mentions; edges with relation, modality, weight, items and evidence as
 * data keys; symmetric relations undirected.
 */
int relmap_export_graphml(const relmap_graph *g, relmap_buf *out,
                          relmap_error *err);

/**
 * CSV (RFC 4180: CRLF line ends, fields quoted where needed), one edge a
 * row with its evidence.
 */
int relmap_export_csv(const relmap_graph *g, relmap_buf *out, relmap_error *err);

/**
 * A plain-text explanation of every edge: its evidence sentences, with the
 * trigger words, the cue that set the modality and the rule that fired.
 */
int relmap_export_explain(const relmap_graph *g, relmap_buf *out,
                          relmap_error *err);

#ifdef __cplusplus
}
#endif

#endif
