/**
 * @file relmap/render.h
 * @brief Lay out and render DOT text in-process through Graphviz.
 *
 * Ownership: bytes written to @p out are the caller's (relmap_buf_dispose).
 * Thread safety: Graphviz is not thread-safe; calls are serialised
 * internally, so they may come from any thread, one at a time.
 */
#ifndef RELMAP_RENDER_H
#define RELMAP_RENDER_H

#include <stddef.h>
#include "common.h"

/**
 * Render @p dot (@p len bytes) to @p format: "svg", "png", "pdf" or "dot"
 * (the laid-out DOT). @p engine is "dot", "neato", ... or NULL for "dot".
 * Graphviz errors are reported through @p err; nothing is printed. On
 * success, @p err (when given) has code RELMAP_OK and its message holds
 * Graphviz's warnings ("Graphviz: Warning: ..."), or is empty.
 */
int relmap_render(const char *dot, size_t len, const char *format,
                  const char *engine, relmap_buf *out, relmap_error *err);

/** Release the process-wide Graphviz context (optional, at exit). */
void relmap_render_shutdown(void);

#endif
