/* Arbitrary bytes as a news text, extracted, exported as DOT and parsed
 * back by Graphviz: whatever the text holds (quotes, backslashes, HTML,
 * invalid UTF-8), the DOT must parse and hold every node and edge. The
 * first byte picks the drawing options; the first line doubles as the
 * title. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    relmap_doc *doc = NULL;
    relmap_graph *g = NULL;
    relmap_dot_options o = RELMAP_DOT_OPTIONS_INIT;
    unsigned char bits = size ? data[0] : 0;
    char *title = NULL, *nl;

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
    fuzz_dot_parses(g, &o);

    free(title);
    relmap_graph_free(g);
    relmap_doc_free(doc);
    return 0;
}
