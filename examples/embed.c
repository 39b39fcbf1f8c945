/* embed: draw the relations in a piece of news text with the relmap
 * library, through its one-call interface.
 *
 * Build against an installed relmap:
 *     cc -o embed embed.c $(pkg-config --cflags --libs relmap)
 * or in CMake: find_package(relmap) and link relmap::relmap.
 *
 * Run:
 *     ./embed "Iran supplied drones to Russia." drones.svg
 *     ./embed "Iran supplied drones to Russia." - > drones.svg
 * (TEXT defaults to that sentence, OUTPUT to standard output.)
 */
#include <stdio.h>
#include <string.h>

#include <relmap.h>

int main(int argc, char **argv)
{
    const char *text = argc > 1 ? argv[1] : "Iran supplied drones to Russia.";
    const char *path = argc > 2 ? argv[2] : "-";
    relmap_simple_options opts = RELMAP_SIMPLE_OPTIONS_INIT;
    relmap_buf svg = RELMAP_BUF_INIT;
    relmap_error err;
    FILE *out;
    int ok;

    if (argc > 3) {
        fprintf(stderr, "usage: %s [TEXT [OUTPUT.svg|-]]\n", argv[0]);
        return 2;
    }
    opts.title = "Drawn by relmap " RELMAP_VERSION_STRING;
    if (relmap_text_to_svg(text, strlen(text), &opts, &svg, &err) != 0) {
        fprintf(stderr, "embed: %s (%s)\n", err.message, relmap_strerror(err.code));
        return 1;
    }
    out = strcmp(path, "-") == 0 ? stdout : fopen(path, "wb");
    if (out == NULL) {
        perror(path);
        relmap_buf_dispose(&svg);
        return 1;
    }
    ok = fwrite(svg.ptr, 1, svg.len, out) == svg.len;
    ok = (out == stdout ? fflush(out) : fclose(out)) == 0 && ok;
    relmap_buf_dispose(&svg);
    if (!ok) {
        perror(path);
        return 1;
    }
    return 0;
}
