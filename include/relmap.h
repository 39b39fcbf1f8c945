/**
 * @file relmap.h
 * @brief relmap: actors and typed relations from news text, as a graph.
 *
 * Umbrella header. The flow is:
 *   gazetteer + lexicon -> extractor -> relmap_extract() -> relmap_doc (events)
 *   -> relmap_graph_add_doc() -> relmap_export_json/dot() -> relmap_render().
 *
 * Ownership rule for the whole API: whatever a function returns through an
 * `**out` parameter belongs to the caller and is released with the matching
 * `_free` (or relmap_buf_dispose for bytes); getters return borrowed pointers
 * that stay valid until their owner is changed or freed; inputs are copied.
 */
#ifndef RELMAP_H
#define RELMAP_H

#include "relmap/common.h"
#include "relmap/schema.h"
#include "relmap/gazetteer.h"
#include "relmap/lexicon.h"
#include "relmap/extract.h"
#include "relmap/graph.h"
#include "relmap/export.h"
#include "relmap/render.h"
#include "relmap/simple.h"

#endif
