/* DOT export: the styled graph that render_gvc.c lays out. Everything about
 * the look lives here and in style.c; the DOT we write is exactly what is
 * drawn, so a saved .dot reproduces the picture. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph_int.h"
#include "relmap/export.h"
#include "style.h"

/* DOT double-quoted string body: escape quotes and backslashes; newlines
   become \n (centred lines) so labels and tooltips stay on one line. */
static void put_q(rm_buf *b, const char *s)
{
    rm_buf_putc(b, '"');
    for (; s && *s; s++) {
        if (*s == '"' || *s == '\\')
            rm_buf_putc(b, '\\');
        if (*s == '\n') {
            rm_buf_puts(b, "\\n");
            continue;
        }
        if (*s == '\r' || *s == '\t') {
            rm_buf_putc(b, ' ');
            continue;
        }
        rm_buf_putc(b, *s);
    }
    rm_buf_putc(b, '"');
}

/* Text inside an HTML-like label. */
static void put_html(rm_buf *b, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&': rm_buf_puts(b, "&amp;"); break;
        case '<': rm_buf_puts(b, "&lt;"); break;
        case '>': rm_buf_puts(b, "&gt;"); break;
        case '"': rm_buf_puts(b, "&quot;"); break;
        default: rm_buf_putc(b, *s);
        }
    }
}

/* Relation colour for the theme: the dark greys of part_of and accuses
   would vanish on a dark page. */
static const char *rel_color(relmap_relation r, int dark)
{
    if (dark && r == RELMAP_REL_PART_OF)
        return "#B8B8B8";
    if (dark && r == RELMAP_REL_ACCUSES)
        return "#A8A8A8";
    return rm_style_relation(r)->color;
}

/* Shorten to at most n bytes without cutting a UTF-8 sequence. */
static void shorten(char *s, size_t n)
{
    size_t len = strlen(s);
    if (len <= n)
        return;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    if (n >= 3) {
        s[n - 3] = '.';
        s[n - 2] = '.';
        s[n - 1] = '.';
    }
    s[n] = '\0';
}

const char *relmap_layout_auto(size_t nodes, size_t edges)
{
    /* measured with Graphviz 2.42 (see README, Layout): dot is the most
       readable but blows up on dense or large graphs with labels */
    if (edges <= 400 && edges <= 2 * (nodes ? nodes : 1) && nodes <= 300)
        return "dot";
    if (nodes <= 1000)
        return "neato";
    return "sfdp";
}

/* Percent-encode an id for use in a URL. */
static void put_url_id(rm_buf *b, const char *s)
{
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
            ch == '_' || ch == '-' || ch == '.')
            rm_buf_putc(b, (char)ch);
        else
            rm_buf_printf(b, "%%%02X", ch);
    }
}

static void edge_label(const rm_gedge *e, char *buf, size_t cap)
{
    char phrase[64];
    size_t n;
    rm_style_phrase(e->relation, e->modality, phrase, sizeof phrase);
    n = (size_t)snprintf(buf, cap, "%s", phrase);
    if (e->items.n > 0 && n < cap) {
        char item[40];
        snprintf(item, sizeof item, "%s", e->items.v[0]);
        shorten(item, 24);
        n += (size_t)snprintf(buf + n, cap - n, "\n%s", item);
        if (e->items.n > 1 && n < cap)
            n += (size_t)snprintf(buf + n, cap - n, " +%zu", e->items.n - 1);
    }
    if (e->weight > 1 && n < cap)
        snprintf(buf + n, cap - n, " (%zu)", e->weight);
}

static void legend(rm_buf *b, const relmap_graph *g, const char *title,
                   const char *subtitle, int dark)
{
    const char *muted = dark ? "#B0B0B0" : "#555555";
    const char *ink = dark ? "#C8C8C8" : "#444444";
    int rel_seen[RELMAP_REL__COUNT] = {0}, mod_seen[RELMAP_MOD__COUNT] = {0};
    int type_seen[RELMAP_ACTOR__COUNT] = {0};
    size_t i;
    int r, m;
    for (i = 0; i < g->edges.n; i++) {
        rel_seen[g->edges.v[i].relation] = 1;
        mod_seen[g->edges.v[i].modality] = 1;
    }
    for (i = 0; i < g->nodes.n; i++)
        type_seen[g->nodes.v[i].type] = 1;
    (void)type_seen;
    rm_buf_puts(b, "  label=<<table border=\"0\" cellborder=\"0\" cellspacing=\"2\" "
                   "cellpadding=\"1\">\n");
    if (title && *title) {
        rm_buf_puts(b, "    <tr><td colspan=\"4\" align=\"left\"><font point-size=\"16\"><b>");
        put_html(b, title);
        rm_buf_puts(b, "</b></font></td></tr>\n");
    }
    if (subtitle && *subtitle) {
        rm_buf_printf(b, "    <tr><td colspan=\"4\" align=\"left\"><font point-size=\"10\" "
                         "color=\"%s\">", muted);
        put_html(b, subtitle);
        rm_buf_puts(b, "</font></td></tr>\n");
    }
    if (g->edges.n == 0) {
        rm_buf_puts(b, "    <tr><td colspan=\"4\" align=\"left\"><font point-size=\"10\">"
                       "no relations found</font></td></tr>\n");
        rm_buf_puts(b, "  </table>>\n");
        return;
    }
    /* relations and modalities side by side, as many rows as needed */
    {
        int rl[RELMAP_REL__COUNT], ml[RELMAP_MOD__COUNT], nr = 0, nm = 0, row;
        for (r = 0; r < RELMAP_REL__COUNT; r++)
            if (rel_seen[r])
                rl[nr++] = r;
        for (m = 0; m < RELMAP_MOD__COUNT; m++)
            if (mod_seen[m])
                ml[nm++] = m;
        for (row = 0; row < (nr > nm ? nr : nm); row++) {
            rm_buf_puts(b, "    <tr>");
            if (row < nr) {
                rm_buf_printf(b, "<td width=\"28\" height=\"8\" border=\"2\" sides=\"b\" "
                                 "color=\"%s\"></td><td align=\"left\"><font point-size=\"10\">"
                                 "%s</font></td>", rel_color((relmap_relation)rl[row], dark),
                              relmap_relation_name((relmap_relation)rl[row]));
            } else
                rm_buf_puts(b, "<td></td><td></td>");
            if (row < nm) {
                relmap_modality mm = (relmap_modality)ml[row];
                const char *label = relmap_modality_name(mm);
                if (mm == RELMAP_MOD_NEGATED)
                    rm_buf_printf(b, "<td width=\"28\" height=\"8\" align=\"right\">"
                                     "<font point-size=\"10\">&#8212;|</font></td>"
                                     "<td align=\"left\"><font point-size=\"10\">%s</font></td>",
                                  label);
                else
                    rm_buf_printf(b, "<td width=\"28\" height=\"8\" border=\"2\" sides=\"b\" "
                                     "style=\"%s\" color=\"%s\"></td><td align=\"left\">"
                                     "<font point-size=\"10\">%s</font></td>",
                                  rm_style_modality(mm)->style, ink, label);
            } else
                rm_buf_puts(b, "<td></td><td></td>");
            rm_buf_puts(b, "</tr>\n");
        }
    }
    rm_buf_puts(b, "  </table>>\n");
}

static void subtitle_of(const relmap_graph *g, rm_buf *s)
{
    size_t nd, *o = rm_graph_doc_order(g, &nd), i,
                total = g->doc_total > nd ? g->doc_total : nd;
    if (o == NULL)
        return;
    rm_buf_puts(s, total == 1 ? "Source: " : "Sources: ");
    for (i = 0; i < nd && i < 4; i++) {
        const rm_gdoc *d = &g->docs.v[o[i]];
        if (i)
            rm_buf_puts(s, ", ");
        rm_buf_puts(s, d->id);
        if (d->date)
            rm_buf_printf(s, " (%s)", d->date);
    }
    if (total > i)
        rm_buf_printf(s, " and %zu more", total - i);
    free(o);
}

int relmap_export_dot(const relmap_graph *g, const relmap_dot_options *opts,
                      relmap_buf *out, relmap_error *err)
{
    relmap_dot_options def = RELMAP_DOT_OPTIONS_INIT;
    rm_buf b = {0}, sub = {0};
    size_t *no, *eo, i, k;
    double *deg, maxdeg = 1.0;
    const char *layout;
    int force, labels, dark;

    if (g == NULL || out == NULL)
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0, "missing argument");
    if (rm_graph_spilled(g))
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0,
                            "the graph has edges on disk (relmap_graph_unspill)");
    out->ptr = NULL;
    out->len = 0;
    if (opts == NULL)
        opts = &def;
    no = rm_graph_node_order(g);
    eo = rm_graph_edge_order(g);
    deg = calloc(g->nodes.n + 1, sizeof *deg);
    if (no == NULL || eo == NULL || deg == NULL) {
        free(no);
        free(eo);
        free(deg);
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    }
    for (i = 0; i < g->edges.n; i++) {
        deg[g->edges.v[i].s] += (double)g->edges.v[i].weight;
        deg[g->edges.v[i].t] += (double)g->edges.v[i].weight;
    }
    for (i = 0; i < g->nodes.n; i++)
        if (deg[i] > maxdeg)
            maxdeg = deg[i];

    layout = opts->layout && strcmp(opts->layout, "auto") != 0
                 ? opts->layout : relmap_layout_auto(g->nodes.n, g->edges.n);
    force = strcmp(layout, "neato") == 0 || strcmp(layout, "sfdp") == 0 ||
            strcmp(layout, "fdp") == 0;
    labels = opts->edge_labels >= 0 ? opts->edge_labels : !force;
    dark = opts->theme && strcmp(opts->theme, "dark") == 0;
    rm_buf_puts(&b, "digraph relmap {\n");
    rm_buf_printf(&b, "  graph [layout=%s, pad=0.25, outputorder=edgesfirst, "
                      "fontname=\"Arial\", fontcolor=\"%s\", bgcolor=\"%s\", "
                      "labelloc=b, labeljust=l, id=\"relmap\", class=\"relmap\"",
                  layout, dark ? "#E0E0E0" : "#222222",
                  opts->transparent ? "transparent" : dark ? "#1E1E1E" : "white");
    if (strcmp(layout, "dot") == 0)
        rm_buf_printf(&b, ", rankdir=%s, nodesep=0.35, ranksep=0.9, splines=true, "
                          "forcelabels=true", opts->rankdir ? opts->rankdir : "LR");
    else if (strcmp(layout, "sfdp") == 0)
        rm_buf_puts(&b, ", overlap=prism, splines=false");
    else if (force)
        rm_buf_puts(&b, ", overlap=prism, splines=true, sep=\"+6\"");
    else
        rm_buf_puts(&b, ", overlap=false, splines=true");
    if (opts->dpi > 0)
        rm_buf_printf(&b, ", dpi=%d", opts->dpi);
    if (opts->size && *opts->size) {
        rm_buf_puts(&b, ", size=");
        put_q(&b, opts->size);
    }
    rm_buf_puts(&b, "];\n");
    rm_buf_printf(&b, "  node [fontname=\"Arial\", fontsize=11, fontcolor=\"%s\", "
                      "style=\"rounded,filled\", margin=\"0.12,0.06\", penwidth=1.2];\n",
                  dark ? "#F0F0F0" : "#111111");
    rm_buf_puts(&b, "  edge [fontname=\"Arial\", fontsize=9, penwidth=1.2, "
                    "arrowsize=0.8];\n");
    if (opts->legend || opts->title) {
        subtitle_of(g, &sub);
        legend(&b, g, opts->title, opts->legend ? sub.ptr : NULL, dark);
    }
    for (i = 0; i < g->nodes.n; i++) {
        const rm_gnode *n = &g->nodes.v[no[i]];
        const rm_type_style *ts = rm_style_type(n->type);
        double w = deg[no[i]] / maxdeg;
        rm_buf tip = {0};
        rm_buf_puts(&tip, n->label);
        rm_buf_printf(&tip, " (%s, %zu mention%s)", relmap_actor_type_name(n->type),
                      n->mentions, n->mentions == 1 ? "" : "s");
        if (n->aliases.n) {
            rm_buf_puts(&tip, "\nas: ");
            for (k = 0; k < n->aliases.n && k < 12; k++) {
                if (k)
                    rm_buf_puts(&tip, ", ");
                rm_buf_puts(&tip, n->aliases.v[k]);
            }
        }
        rm_buf_puts(&b, "  ");
        put_q(&b, n->id);
        rm_buf_puts(&b, " [label=");
        put_q(&b, n->label);
        rm_buf_printf(&b, ", shape=%s, fillcolor=\"%s\", color=\"%s\", penwidth=%.2f, "
                          "fontsize=%.1f, id=",
                      ts->shape, dark ? ts->fill_dark : ts->fill, ts->border,
                      1.0 + 1.5 * w, 11.0 + 3.0 * w);
        {
            rm_buf idb = {0};
            rm_buf_puts(&idb, "n_");
            rm_buf_puts(&idb, n->id);
            put_q(&b, idb.ptr ? idb.ptr : "");
            rm_buf_free(&idb);
        }
        rm_buf_printf(&b, ", class=\"%s\", tooltip=", relmap_actor_type_name(n->type));
        put_q(&b, tip.ptr ? tip.ptr : "");
        if (opts->link_base && *opts->link_base) {
            rm_buf url = {0};
            rm_buf_puts(&url, opts->link_base);
            put_url_id(&url, n->id);
            rm_buf_puts(&b, ", URL=");
            put_q(&b, url.ptr ? url.ptr : "");
            rm_buf_puts(&b, ", target=\"_top\"");
            rm_buf_free(&url);
        }
        rm_buf_puts(&b, "];\n");
        rm_buf_free(&tip);
    }
    for (i = 0; i < g->edges.n; i++) {
        const rm_gedge *e = &g->edges.v[eo[i]];
        const rm_rel_style *rs = rm_style_relation(e->relation);
        char label[160];
        rm_buf tip = {0};
        double pw = 1.2 + 0.6 * log2((double)(e->weight ? e->weight : 1));
        edge_label(e, label, sizeof label);
        rm_buf_puts(&tip, label);
        for (k = 0; k < e->ev.n; k++) {
            char sent[400];
            snprintf(sent, sizeof sent, "%s", e->ev.v[k].text ? e->ev.v[k].text : "");
            shorten(sent, 300);
            rm_buf_printf(&tip, "\n[%s] %s", e->ev.v[k].doc, sent);
        }
        rm_buf_puts(&b, "  ");
        put_q(&b, g->nodes.v[e->s].id);
        rm_buf_puts(&b, " -> ");
        put_q(&b, g->nodes.v[e->t].id);
        rm_buf_puts(&b, " [label=");
        put_q(&b, labels ? label : "");
        {
            const char *col = rel_color(e->relation, dark);
            rm_buf_printf(&b, ", color=\"%s\", fontcolor=\"%s\", style=%s, penwidth=%.2f",
                          col, col, rm_style_modality(e->modality)->style, pw);
        }
        if (e->modality == RELMAP_MOD_NEGATED)
            rm_buf_puts(&b, ", arrowhead=tee");
        else if (relmap_relation_is_symmetric(e->relation))
            rm_buf_puts(&b, ", dir=none");
        else if (strcmp(rs->arrow, "normal") != 0)
            rm_buf_printf(&b, ", arrowhead=%s", rs->arrow);
        if (relmap_relation_is_symmetric(e->relation) && e->modality == RELMAP_MOD_NEGATED)
            rm_buf_puts(&b, ", dir=both, arrowtail=tee");
        {
            rm_buf idb = {0};
            rm_buf_printf(&idb, "e_%s_%s_%s_%s", g->nodes.v[e->s].id, g->nodes.v[e->t].id,
                          relmap_relation_name(e->relation),
                          relmap_modality_name(e->modality));
            rm_buf_puts(&b, ", id=");
            put_q(&b, idb.ptr ? idb.ptr : "");
            rm_buf_free(&idb);
        }
        rm_buf_printf(&b, ", class=\"%s %s\", tooltip=",
                      relmap_relation_name(e->relation), relmap_modality_name(e->modality));
        put_q(&b, tip.ptr ? tip.ptr : "");
        rm_buf_puts(&b, ", labeltooltip=");
        put_q(&b, tip.ptr ? tip.ptr : "");
        if (opts->link_base && *opts->link_base) {
            rm_buf url = {0};
            rm_buf_puts(&url, opts->link_base);
            rm_buf_puts(&url, "e_");
            put_url_id(&url, g->nodes.v[e->s].id);
            rm_buf_putc(&url, '_');
            put_url_id(&url, g->nodes.v[e->t].id);
            rm_buf_printf(&url, "_%s_%s", relmap_relation_name(e->relation),
                          relmap_modality_name(e->modality));
            rm_buf_puts(&b, ", URL=");
            put_q(&b, url.ptr ? url.ptr : "");
            rm_buf_puts(&b, ", target=\"_top\"");
            rm_buf_free(&url);
        }
        rm_buf_puts(&b, "];\n");
        rm_buf_free(&tip);
    }
    rm_buf_puts(&b, "}\n");
    free(no);
    free(eo);
    free(deg);
    rm_buf_free(&sub);
    if (rm_buf_detach(&b, out))
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    return 0;
}
