/**
 * @file relmap/render.h
 * @brief Lay out and render DOT text in-process through Graphviz.
 *
 * Ownership: bytes written to @p out are the caller's (relmap_buf_dispose).
 * Thread safety: Graphviz is not thread-safe (global error state, plugin
 * lists, one context). Both functions take one process-wide mutex around
 * every Graphviz call, so they may be called from any number of threads at
 * once: the renderings then run one after another, each giving the bytes
 * it would give alone. Only what happens outside Graphviz (copying the
 * result) runs in parallel.
 */
#ifndef RELMAP_RENDER_H
#define RELMAP_RENDER_H

#include <stddef.h>
#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Render @p dot (@p len bytes) to @p format: "svg", "png", "pdf" or "dot"
 * (the laid-out DOT). @p engine is "dot", "neato", ... or NULL for "dot".
 * Graphviz errors are reported through @p err; nothing is printed. On
 * success, @p err (when given) has code RELMAP_OK and its message holds
 * Graphviz's warnings ("Graphviz: Warning: ..."), or is empty.
 */
int relmap_render(const char *dot, size_t len, const char *format,
                  const char *engine, relmap_buf *out, relmap_error *err);

/** Release the process-wide Graphviz context (optional, at exit; a later
    relmap_render creates a new one). */
void relmap_render_shutdown(void);

#ifdef __cplusplus
}
#endif

#endif
