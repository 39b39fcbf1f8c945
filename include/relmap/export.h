/**
 * @file relmap/export.h
 * @brief Write a graph as JSON (relmap-graph v1) or as styled DOT.
 *
 * Ownership: the bytes written to @p out are the caller's
 * (relmap_buf_dispose). Output is deterministic: nodes sorted by id, edges by
 * (source, target, relation, modality), no timestamps. Thread-safe for
 * distinct graphs.
 */
#ifndef RELMAP_EXPORT_H
#define RELMAP_EXPORT_H

#include "common.h"
#include "graph.h"

/** Options for the DOT exporter. */
typedef struct relmap_dot_options {
    const char *title;  /**< graph title, or NULL for none */
    int legend;         /**< non-zero: add a legend of what appears */
    const char *rankdir;/**< "LR" (default when NULL), "TB", ... */
} relmap_dot_options;

#define RELMAP_DOT_OPTIONS_INIT { NULL, 1, NULL }

/** Options for the JSON exporter. */
typedef struct relmap_json_options {
    int compact; /**< non-zero: the whole graph on one line */
    int explain; /**< non-zero: add trigger, cue and rule to evidence */
} relmap_json_options;

#define RELMAP_JSON_OPTIONS_INIT { 0, 0 }

/** JSON text ending with a newline; @p opts may be NULL for defaults. */
int relmap_export_json(const relmap_graph *g, const relmap_json_options *opts,
                       relmap_buf *out, relmap_error *err);

/** DOT text for Graphviz; @p opts may be NULL for defaults. */
int relmap_export_dot(const relmap_graph *g, const relmap_dot_options *opts,
                      relmap_buf *out, relmap_error *err);

/**
 * A plain-text explanation of every edge: its evidence sentences, with the
 * trigger words, the cue that set the modality and the rule that fired.
 */
int relmap_export_explain(const relmap_graph *g, relmap_buf *out,
                          relmap_error *err);

#endif
