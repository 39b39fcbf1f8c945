/**
 * @file relmap/simple.h
 * @brief One call from news text to a drawing or a JSON graph.
 *
 * The simple interface runs the whole pipeline -- the built-in gazetteer
 * and lexicon, extraction, one graph, export and rendering -- for a single
 * text, and hands back the bytes:
 *
 *     relmap_buf svg = RELMAP_BUF_INIT;
 *     if (relmap_text_to_svg(text, strlen(text), NULL, &svg, NULL) == 0)
 *         fwrite(svg.ptr, 1, svg.len, stdout);
 *     relmap_buf_dispose(&svg);
 *
 * The output is the same, byte for byte, as the relmap command's for the
 * same text read from standard input with the same options, when
 * relmap_simple_options.doc_id is "stdin". For user gazetteers or lexicons,
 * many documents, filters or streaming, use the full interface (relmap.h).
 * Each call builds and frees its own gazetteer, lexicon and extractor
 * (about 10 ms); a program that converts many texts should keep one
 * extractor instead.
 *
 * Ownership: the bytes written to @p out are the caller's
 * (relmap_buf_dispose); on failure @p out is left empty. Text formats are
 * followed by a NUL byte that @p out->len does not count.
 *
 * Thread safety: the functions keep no state between calls and may be
 * called from several threads at once; the Graphviz part of each call is
 * serialised internally (see render.h).
 */
#ifndef RELMAP_SIMPLE_H
#define RELMAP_SIMPLE_H

#include <stddef.h>
#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Options of the simple interface. Start from RELMAP_SIMPLE_OPTIONS_INIT. */
typedef struct relmap_simple_options {
    const char *format;  /**< relmap_text_render only: "svg" (NULL), "png",
                              "pdf", "dot", "json", "graphml" or "csv" */
    const char *layout;  /**< NULL or "auto" (by graph size), "dot", "neato",
                              "sfdp", "circo", "twopi" or "fdp" */
    const char *rankdir; /**< "LR" (NULL), "RL", "TB" or "BT" (dot layout) */
    const char *theme;   /**< "light" (NULL) or "dark" */
    const char *title;   /**< drawn above the legend; NULL for none */
    int legend;          /**< non-zero (default): legend and source line */
    int compact;         /**< JSON only: the whole graph on one line */
    const char *doc_id;  /**< the text's id in the graph; NULL for "text" */
} relmap_simple_options;

/** The defaults: SVG, automatic layout, light theme, legend, no title. */
#define RELMAP_SIMPLE_OPTIONS_INIT { NULL, NULL, NULL, NULL, NULL, 1, 0, NULL }

/**
 * Extract actors and relations from UTF-8 @p text (@p len bytes, need not
 * be NUL-terminated; a leading line "date YYYY-MM-DD" dates it) with the
 * built-in gazetteer and lexicon, and write the graph in
 * @p opts->format. @p opts may be NULL for the defaults; @p err may be NULL.
 *
 * Returns 0, or RELMAP_EINVAL (NULL @p text with a non-zero @p len, NULL
 * @p out, an unknown format, layout, rankdir or theme), RELMAP_ENOMEM,
 * RELMAP_ERENDER (Graphviz failed; its message is in @p err). On success,
 * for SVG, PNG and PDF, @p err (when given) holds what relmap_render left
 * in it: code RELMAP_OK and Graphviz's warnings, if any.
 */
int relmap_text_render(const char *text, size_t len,
                       const relmap_simple_options *opts, relmap_buf *out,
                       relmap_error *err);

/** relmap_text_render with the format set to "svg" (@p opts->format is
    ignored). */
int relmap_text_to_svg(const char *text, size_t len,
                       const relmap_simple_options *opts, relmap_buf *out,
                       relmap_error *err);

/** relmap_text_render with the format set to "json": the relmap-graph
    format, ending with a newline (@p opts->format is ignored). */
int relmap_text_to_json(const char *text, size_t len,
                        const relmap_simple_options *opts, relmap_buf *out,
                        relmap_error *err);

#ifdef __cplusplus
}
#endif

#endif
