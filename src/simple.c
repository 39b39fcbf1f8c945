/* The simple interface: one text to one output, through the public API
 * only, the way the relmap command does it for standard input (so the two
 * give the same bytes). */
#include <string.h>

#include "internal.h"
#include "relmap.h"

static int one_of(const char *s, const char *const *set)
{
    for (; *set; set++)
        if (strcmp(s, *set) == 0)
            return 1;
    return 0;
}

static int check_options(const relmap_simple_options *o, const char *format,
                         relmap_error *err)
{
    static const char *const formats[] = {"svg", "png", "pdf", "dot", "json",
                                          "graphml", "csv", NULL};
    static const char *const layouts[] = {"auto", "dot", "neato", "sfdp", "circo",
                                          "twopi", "fdp", NULL};
    static const char *const rankdirs[] = {"LR", "RL", "TB", "BT", NULL};
    static const char *const themes[] = {"light", "dark", NULL};

    if (!one_of(format, formats))
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0,
                            "unknown format \"%s\" (expected svg, png, pdf, dot, "
                            "json, graphml or csv)", format);
    if (o->layout && !one_of(o->layout, layouts))
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0,
                            "unknown layout \"%s\" (expected auto, dot, neato, "
                            "sfdp, circo, twopi or fdp)", o->layout);
    if (o->rankdir && !one_of(o->rankdir, rankdirs))
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0,
                            "unknown rankdir \"%s\" (expected LR, RL, TB or BT)",
                            o->rankdir);
    if (o->theme && !one_of(o->theme, themes))
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0,
                            "unknown theme \"%s\" (expected light or dark)", o->theme);
    return 0;
}

/* Export (and for pictures, render) @p g as @p format. */
static int write_graph(const relmap_graph *g, const relmap_simple_options *o,
                       const char *format, relmap_buf *out, relmap_error *err)
{
    relmap_dot_options dopt = RELMAP_DOT_OPTIONS_INIT;
    relmap_buf dot = RELMAP_BUF_INIT;
    const char *engine;
    int rc;

    if (strcmp(format, "json") == 0) {
        relmap_json_options jo = RELMAP_JSON_OPTIONS_INIT;
        jo.compact = o->compact;
        return relmap_export_json(g, &jo, out, err);
    }
    if (strcmp(format, "graphml") == 0)
        return relmap_export_graphml(g, out, err);
    if (strcmp(format, "csv") == 0)
        return relmap_export_csv(g, out, err);

    dopt.title = o->title;
    dopt.legend = o->legend;
    dopt.rankdir = o->rankdir;
    dopt.layout = o->layout;
    dopt.theme = o->theme;
    /* as the relmap command: bitmap resolution only for PNG */
    dopt.dpi = strcmp(format, "png") == 0 ? 192 : 0;
    engine = o->layout && strcmp(o->layout, "auto") != 0
                 ? o->layout
                 : relmap_layout_auto(relmap_graph_node_count(g),
                                      relmap_graph_edge_count(g));
    rc = relmap_export_dot(g, &dopt, &dot, err);
    if (rc != 0 || strcmp(format, "dot") == 0) {
        *out = dot;
        return rc;
    }
    rc = relmap_render(dot.ptr, dot.len, format, engine, out, err);
    relmap_buf_dispose(&dot);
    return rc;
}

int relmap_text_render(const char *text, size_t len,
                       const relmap_simple_options *opts, relmap_buf *out,
                       relmap_error *err)
{
    relmap_simple_options defaults = RELMAP_SIMPLE_OPTIONS_INIT;
    const relmap_simple_options *o = opts ? opts : &defaults;
    const char *format = o->format ? o->format : "svg";
    relmap_gazetteer *gaz = NULL;
    relmap_lexicon *lex = NULL;
    relmap_extractor *x = NULL;
    relmap_doc *doc = NULL;
    relmap_graph *g = NULL;
    relmap_doc_meta meta;
    int rc;

    if (out == NULL)
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0, "no output buffer");
    out->ptr = NULL;
    out->len = 0;
    if (text == NULL && len > 0)
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0, "no text");
    if (text == NULL)
        text = "";
    if ((rc = check_options(o, format, err)) != 0)
        return rc;

    memset(&meta, 0, sizeof meta);
    meta.id = o->doc_id ? o->doc_id : "text";
    if ((rc = relmap_gazetteer_new(&gaz, 0, err)) != 0 ||
        (rc = relmap_lexicon_new(&lex, 0, err)) != 0 ||
        (rc = relmap_extractor_new(&x, gaz, lex, err)) != 0 ||
        (rc = relmap_extract(&doc, x, text, len, err)) != 0)
        goto cleanup;
    if ((rc = relmap_graph_new(&g)) != 0) {
        rc = rm_error_set(err, rc, "", 0, 0, "%s", relmap_strerror(rc));
        goto cleanup;
    }
    if ((rc = relmap_graph_add_doc_meta(g, &meta, text, len, doc, err)) != 0)
        goto cleanup;
    rc = write_graph(g, o, format, out, err);
cleanup:
    if (rc != 0)
        relmap_buf_dispose(out);
    relmap_graph_free(g);
    relmap_doc_free(doc);
    relmap_extractor_free(x);
    relmap_lexicon_free(lex);
    relmap_gazetteer_free(gaz);
    return rc;
}

/* relmap_text_render with the format fixed. */
static int render_as(const char *text, size_t len, const relmap_simple_options *opts,
                     const char *format, relmap_buf *out, relmap_error *err)
{
    relmap_simple_options o = RELMAP_SIMPLE_OPTIONS_INIT;
    if (opts)
        o = *opts;
    o.format = format;
    return relmap_text_render(text, len, &o, out, err);
}

int relmap_text_to_svg(const char *text, size_t len,
                       const relmap_simple_options *opts, relmap_buf *out,
                       relmap_error *err)
{
    return render_as(text, len, opts, "svg", out, err);
}

int relmap_text_to_json(const char *text, size_t len,
                        const relmap_simple_options *opts, relmap_buf *out,
                        relmap_error *err)
{
    return render_as(text, len, opts, "json", out, err);
}
