/* Arbitrary bytes as a news text, extracted, exported as DOT and parsed
 * back by Graphviz: whatever the text holds (quotes, backslashes, HTML,
 * invalid UTF-8), the DOT must parse and hold every node and edge. The
 * first byte picks the drawing options; the first line doubles as the
 * title. */
#include <graphviz/cgraph.h>

#include "fuzz_common.h"

/* Graphviz's messages, kept to show with a failing input. */
static char gv_msgs[4096];

static int collect(char *msg)
{
    size_t n = strlen(gv_msgs);
    snprintf(gv_msgs + n, sizeof gv_msgs - n, "%s", msg);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    relmap_doc *doc = NULL;
    relmap_graph *g = NULL;
    relmap_buf dot = RELMAP_BUF_INIT;
    relmap_dot_options o = RELMAP_DOT_OPTIONS_INIT;
    unsigned char bits = size ? data[0] : 0;
    char *title = NULL, *nl, *s;
    Agraph_t *ag;

    fuzz_init_builtin();
    if (relmap_extract(&doc, fuzz_x, text, size, NULL) != 0)
        return 0;
    FUZZ_CHECK(relmap_graph_new(&g) == 0);
    FUZZ_CHECK(relmap_graph_add_doc(g, "fuzz", NULL, text, size, doc, NULL) == 0);

    o.legend = bits & 1;
    o.theme = bits & 2 ? "dark" : "light";
    o.transparent = bits & 4;
    o.edge_labels = bits & 8 ? -1 : 1;
    o.link_base = bits & 16 ? "https://example.org/a?b=\"c\"&d=<e>#" : NULL;
    o.layout = bits & 32 ? "neato" : NULL;
    if (bits & 64) {
        title = fuzz_cstr(data, size < 200 ? size : 200);
        nl = strchr(title, '\n');
        if (nl)
            *nl = '\0';
        o.title = title;
    }
    FUZZ_CHECK(relmap_export_dot(g, &o, &dot, NULL) == 0);

    s = fuzz_cstr((const uint8_t *)dot.ptr, dot.len);
    FUZZ_CHECK(strlen(s) == dot.len); /* no NUL inside the DOT */
    gv_msgs[0] = '\0';
    agseterrf(collect);
    agreseterrors();
    ag = agmemread(s);
    if (ag == NULL || agerrors() > AGWARN) {
        fprintf(stderr, "Graphviz cannot parse the DOT (%s):\n%s\n", gv_msgs, s);
        FUZZ_CHECK(!"DOT parses");
    }
    FUZZ_CHECK((size_t)agnnodes(ag) >= relmap_graph_node_count(g));
    FUZZ_CHECK((size_t)agnedges(ag) >= relmap_graph_edge_count(g));
    agclose(ag);
    agreseterrors();

    free(s);
    free(title);
    relmap_buf_dispose(&dot);
    relmap_graph_free(g);
    relmap_doc_free(doc);
    return 0;
}
