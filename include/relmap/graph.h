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
 * Ownership: relmap_graph_new's result is the caller's. Not thread-safe:
 * one thread adds documents at a time.
 */
#ifndef RELMAP_GRAPH_H
#define RELMAP_GRAPH_H

#include <stddef.h>
#include "common.h"
#include "extract.h"

typedef struct relmap_graph relmap_graph;

#define RELMAP_DEFAULT_MAX_EVIDENCE 5

int relmap_graph_new(relmap_graph **out);
void relmap_graph_free(relmap_graph *g);

/** Keep at most @p n evidence sentences per edge (n >= 1). */
void relmap_graph_set_max_evidence(relmap_graph *g, size_t n);

/**
 * Merge one extracted document. @p doc_id names it in evidence; @p path is
 * recorded as given (may be NULL); @p text/@p len are the bytes that were
 * extracted (evidence text is copied from them).
 */
int relmap_graph_add_doc(relmap_graph *g, const char *doc_id,
                         const char *path, const char *text, size_t len,
                         const relmap_doc *d, relmap_error *err);

size_t relmap_graph_node_count(const relmap_graph *g);
size_t relmap_graph_edge_count(const relmap_graph *g);

#endif
