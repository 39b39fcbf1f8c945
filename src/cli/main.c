/* relmap command-line tool: argv -> options, files, exit codes.
 * Uses only the public API (<relmap.h>). */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <relmap.h>

enum {
    EXIT_USAGE = 1,  /* bad command line */
    EXIT_INPUT = 2,  /* an input file is missing or unreadable */
    EXIT_CONFIG = 3, /* a gazetteer or lexicon file is invalid */
    EXIT_RENDER = 4, /* Graphviz failed */
    EXIT_OUTPUT = 5  /* the output could not be written */
};

#define MAX_FILES_OPT 64

typedef struct opts {
    const char *format, *output, *title, *layout, *rankdir;
    const char *gazetteers[MAX_FILES_OPT], *lexicons[MAX_FILES_OPT];
    int ngaz, nlex, legend, compact, explain;
    long max_evidence;
} opts;

static const char *prog = "relmap";

static void usage(FILE *f)
{
    fprintf(f,
"Usage: relmap [OPTIONS] [FILE...]\n"
"Read English news text, find actors and the relations between them, and\n"
"write the graph. FILE is a text file; none or \"-\" reads standard input.\n"
"\n"
"Options:\n"
"  -f, --format FMT      json, dot, svg, png or pdf (default: from the\n"
"                        output file's extension; dot on standard output)\n"
"  -o, --output PATH     write here (atomically) instead of standard output\n"
"  -g, --gazetteer FILE  extra actors (JSON), may be repeated\n"
"  -L, --lexicon FILE    extra triggers, cues and word classes (JSON), may be\n"
"                        repeated\n"
"      --title TEXT      title drawn above the legend\n"
"      --no-legend       leave out the legend and subtitle\n"
"      --layout ENGINE   Graphviz layout engine: dot (default), neato, sfdp,\n"
"                        circo, twopi, fdp\n"
"      --rankdir DIR     LR (default), RL, TB or BT for the dot layout\n"
"      --max-evidence N  evidence sentences kept per edge (default 5)\n"
"      --compact         JSON on a single line\n"
"      --explain         print, on standard error, each edge with its evidence\n"
"                        sentences, the trigger, the cue that set the modality\n"
"                        and the rule that fired (JSON evidence gets them too)\n"
"  -h, --help            show this help and exit\n"
"      --version         show the version and exit\n"
"\n"
"Exit status: 0 success, 1 usage error, 2 input error, 3 invalid gazetteer\n"
"or lexicon, 4 rendering error, 5 output error.\n");
}

static void report(const char *what, const relmap_error *e)
{
    if (e->source[0] && e->line > 0)
        fprintf(stderr, "%s: %s:%d:%d: %s\n", prog, e->source, e->line, e->column,
                e->message);
    else if (e->source[0])
        fprintf(stderr, "%s: %s: %s\n", prog, e->source, e->message);
    else
        fprintf(stderr, "%s: %s: %s\n", prog, what, e->message);
}

static const char *ext_format(const char *path)
{
    const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');
    if (dot == NULL || (slash && dot < slash))
        return NULL;
    dot++;
    if (strcmp(dot, "json") == 0) return "json";
    if (strcmp(dot, "dot") == 0 || strcmp(dot, "gv") == 0) return "dot";
    if (strcmp(dot, "svg") == 0) return "svg";
    if (strcmp(dot, "png") == 0) return "png";
    if (strcmp(dot, "pdf") == 0) return "pdf";
    return NULL;
}

static int known_format(const char *f)
{
    return strcmp(f, "json") == 0 || strcmp(f, "dot") == 0 || strcmp(f, "svg") == 0 ||
           strcmp(f, "png") == 0 || strcmp(f, "pdf") == 0;
}

/* Read a file (or stdin for "-"). */
static int slurp(const char *path, char **data, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : NULL;
    size_t cap = 65536, n = 0;
    char *buf;
    struct stat st;
    if (f == NULL) {
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            errno = EISDIR;
            return -1;
        }
        f = fopen(path, "rb");
        if (f == NULL)
            return -1;
    }
    buf = malloc(cap);
    if (buf == NULL) {
        if (f != stdin)
            fclose(f);
        errno = ENOMEM;
        return -1;
    }
    for (;;) {
        size_t r;
        if (n == cap) {
            char *nb = cap > ((size_t)-1) / 2 ? NULL : realloc(buf, cap * 2);
            if (nb == NULL) {
                free(buf);
                if (f != stdin)
                    fclose(f);
                errno = ENOMEM;
                return -1;
            }
            buf = nb;
            cap *= 2;
        }
        r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (r == 0)
            break;
    }
    if (ferror(f)) {
        int e = errno;
        free(buf);
        if (f != stdin)
            fclose(f);
        errno = e ? e : EIO;
        return -1;
    }
    if (f != stdin)
        fclose(f);
    *data = buf;
    *len = n;
    return 0;
}

/* Replace NUL bytes and invalid UTF-8 with '?' in place (offsets keep
   their meaning). Returns the number of bytes replaced. */
static size_t sanitize(char *s, size_t n)
{
    size_t i = 0, bad = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        size_t need = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2
                    : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
        size_t k;
        int ok = need > 0 && i + need <= n;
        for (k = 1; ok && k < need; k++)
            if (((unsigned char)s[i + k] & 0xC0) != 0x80)
                ok = 0;
        if (ok && need == 3) {
            unsigned char c1 = (unsigned char)s[i + 1];
            if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0))
                ok = 0;
        }
        if (ok && need == 4) {
            unsigned char c1 = (unsigned char)s[i + 1];
            if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90))
                ok = 0;
        }
        if (c == 0)
            ok = 0;
        if (!ok) {
            s[i] = '?';
            bad++;
            i++;
            continue;
        }
        i += need;
    }
    return bad;
}

static char *doc_id_of(const char *path)
{
    const char *base = strrchr(path, '/');
    const char *dot;
    size_t n;
    char *id;
    if (strcmp(path, "-") == 0)
        return strdup("stdin");
    base = base ? base + 1 : path;
    dot = strrchr(base, '.');
    n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    id = malloc(n + 1);
    if (id) {
        memcpy(id, base, n);
        id[n] = '\0';
    }
    return id;
}

/* Write atomically: a temporary file in the same folder, then rename. */
static int write_out(const char *path, const char *data, size_t len)
{
    char *tmp;
    size_t n;
    int fd;
    mode_t um;
    if (path == NULL || strcmp(path, "-") == 0) {
        if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
            fprintf(stderr, "%s: standard output: %s\n", prog, strerror(errno));
            return EXIT_OUTPUT;
        }
        return 0;
    }
    n = strlen(path) + 16;
    tmp = malloc(n);
    if (tmp == NULL) {
        fprintf(stderr, "%s: %s: out of memory\n", prog, path);
        return EXIT_OUTPUT;
    }
    snprintf(tmp, n, "%s.tmp.XXXXXX", path);
    fd = mkstemp(tmp);
    if (fd < 0) {
        fprintf(stderr, "%s: %s: cannot create file: %s\n", prog, path, strerror(errno));
        free(tmp);
        return EXIT_OUTPUT;
    }
    um = umask(0);
    umask(um);
    if (fchmod(fd, 0666 & ~um) != 0)
        (void)0;
    {
        size_t off = 0;
        while (off < len) {
            ssize_t w = write(fd, data + off, len - off);
            if (w < 0) {
                if (errno == EINTR)
                    continue;
                fprintf(stderr, "%s: %s: write error: %s\n", prog, path, strerror(errno));
                close(fd);
                unlink(tmp);
                free(tmp);
                return EXIT_OUTPUT;
            }
            off += (size_t)w;
        }
    }
    if (fsync(fd) != 0 && errno != EINVAL) {
        fprintf(stderr, "%s: %s: write error: %s\n", prog, path, strerror(errno));
        close(fd);
        unlink(tmp);
        free(tmp);
        return EXIT_OUTPUT;
    }
    if (close(fd) != 0 || rename(tmp, path) != 0) {
        fprintf(stderr, "%s: %s: cannot write: %s\n", prog, path, strerror(errno));
        unlink(tmp);
        free(tmp);
        return EXIT_OUTPUT;
    }
    free(tmp);
    return 0;
}

int main(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},
        {"output", required_argument, NULL, 'o'},
        {"gazetteer", required_argument, NULL, 'g'},
        {"lexicon", required_argument, NULL, 'L'},
        {"title", required_argument, NULL, 't'},
        {"no-legend", no_argument, NULL, 'N'},
        {"layout", required_argument, NULL, 'l'},
        {"rankdir", required_argument, NULL, 'r'},
        {"max-evidence", required_argument, NULL, 'm'},
        {"compact", no_argument, NULL, 'c'},
        {"explain", no_argument, NULL, 'x'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0}};
    opts o;
    relmap_error err;
    relmap_gazetteer *gaz = NULL;
    relmap_lexicon *lex = NULL;
    relmap_extractor *x = NULL;
    relmap_graph *graph = NULL;
    relmap_buf out = RELMAP_BUF_INIT;
    const char *stdin_only[] = {"-"};
    const char **files;
    int nfiles, ch, i, rc = 0;

    memset(&o, 0, sizeof o);
    memset(&err, 0, sizeof err);
    o.legend = 1;
    o.max_evidence = RELMAP_DEFAULT_MAX_EVIDENCE;
    opterr = 0;
    while ((ch = getopt_long(argc, argv, ":f:o:g:L:h", longopts, NULL)) != -1) {
        switch (ch) {
        case 'f': o.format = optarg; break;
        case 'o': o.output = optarg; break;
        case 'g':
            if (o.ngaz >= MAX_FILES_OPT) {
                fprintf(stderr, "%s: too many --gazetteer files (at most %d)\n", prog, MAX_FILES_OPT);
                return EXIT_USAGE;
            }
            o.gazetteers[o.ngaz++] = optarg;
            break;
        case 'L':
            if (o.nlex >= MAX_FILES_OPT) {
                fprintf(stderr, "%s: too many --lexicon files (at most %d)\n", prog, MAX_FILES_OPT);
                return EXIT_USAGE;
            }
            o.lexicons[o.nlex++] = optarg;
            break;
        case 't': o.title = optarg; break;
        case 'N': o.legend = 0; break;
        case 'l': o.layout = optarg; break;
        case 'r': o.rankdir = optarg; break;
        case 'c': o.compact = 1; break;
        case 'x': o.explain = 1; break;
        case 'm': {
            char *end;
            errno = 0;
            o.max_evidence = strtol(optarg, &end, 10);
            if (errno || *end || o.max_evidence < 1 || o.max_evidence > 100000) {
                fprintf(stderr, "%s: --max-evidence: expected a number from 1 to 100000, got \"%s\"\n",
                        prog, optarg);
                return EXIT_USAGE;
            }
            break;
        }
        case 'h': usage(stdout); return 0;
        case 'V': printf("relmap %s\n", relmap_version()); return 0;
        case ':':
            fprintf(stderr, "%s: option %s needs a value\n", prog, argv[optind - 1]);
            fprintf(stderr, "Try 'relmap --help'.\n");
            return EXIT_USAGE;
        default:
            fprintf(stderr, "%s: unknown option %s\n", prog, argv[optind - 1]);
            fprintf(stderr, "Try 'relmap --help'.\n");
            return EXIT_USAGE;
        }
    }
    if (o.format == NULL)
        o.format = o.output ? ext_format(o.output) : "dot";
    if (o.format == NULL) {
        fprintf(stderr, "%s: cannot tell the format from \"%s\"; use -f json|dot|svg|png|pdf\n",
                prog, o.output);
        return EXIT_USAGE;
    }
    if (!known_format(o.format)) {
        fprintf(stderr, "%s: unknown format \"%s\" (expected json, dot, svg, png or pdf)\n",
                prog, o.format);
        return EXIT_USAGE;
    }
    if (o.layout && strcmp(o.layout, "dot") && strcmp(o.layout, "neato") &&
        strcmp(o.layout, "sfdp") && strcmp(o.layout, "circo") &&
        strcmp(o.layout, "twopi") && strcmp(o.layout, "fdp")) {
        fprintf(stderr, "%s: --layout: expected dot, neato, sfdp, circo, twopi or fdp, got \"%s\"\n",
                prog, o.layout);
        return EXIT_USAGE;
    }
    if (o.rankdir && strcmp(o.rankdir, "LR") && strcmp(o.rankdir, "RL") &&
        strcmp(o.rankdir, "TB") && strcmp(o.rankdir, "BT")) {
        fprintf(stderr, "%s: --rankdir: expected LR, RL, TB or BT, got \"%s\"\n", prog, o.rankdir);
        return EXIT_USAGE;
    }
    if (optind < argc) {
        files = (const char **)(argv + optind);
        nfiles = argc - optind;
    } else {
        files = stdin_only;
        nfiles = 1;
    }

    if (relmap_gazetteer_new(&gaz, 0, &err) || relmap_lexicon_new(&lex, 0, &err)) {
        report("built-in data", &err);
        rc = EXIT_CONFIG;
        goto done;
    }
    for (i = 0; i < o.ngaz; i++)
        if (relmap_gazetteer_load_file(gaz, o.gazetteers[i], &err)) {
            report(o.gazetteers[i], &err);
            rc = err.code == RELMAP_EIO ? EXIT_INPUT : EXIT_CONFIG;
            goto done;
        }
    for (i = 0; i < o.nlex; i++)
        if (relmap_lexicon_load_file(lex, o.lexicons[i], &err)) {
            report(o.lexicons[i], &err);
            rc = err.code == RELMAP_EIO ? EXIT_INPUT : EXIT_CONFIG;
            goto done;
        }
    if (relmap_extractor_new(&x, gaz, lex, &err) || relmap_graph_new(&graph)) {
        report("setup", &err);
        rc = EXIT_CONFIG;
        goto done;
    }
    relmap_graph_set_max_evidence(graph, (size_t)o.max_evidence);

    for (i = 0; i < nfiles; i++) {
        char *data = NULL, *id;
        size_t len = 0, bad;
        relmap_doc *doc = NULL;
        const char *shown = strcmp(files[i], "-") == 0 ? "standard input" : files[i];
        if (slurp(files[i], &data, &len) != 0) {
            fprintf(stderr, "%s: %s: %s\n", prog, shown, strerror(errno));
            rc = EXIT_INPUT;
            goto done;
        }
        bad = sanitize(data, len);
        if (bad)
            fprintf(stderr, "%s: %s: warning: %zu invalid UTF-8 or NUL byte%s replaced by '?'\n",
                    prog, shown, bad, bad == 1 ? "" : "s");
        id = doc_id_of(files[i]);
        if (id == NULL || relmap_extract(&doc, x, data, len, &err) ||
            relmap_graph_add_doc(graph, id, strcmp(files[i], "-") == 0 ? NULL : files[i],
                                 data, len, doc, &err)) {
            report(shown, &err);
            free(id);
            free(data);
            relmap_doc_free(doc);
            rc = EXIT_INPUT;
            goto done;
        }
        free(id);
        free(data);
        relmap_doc_free(doc);
    }

    if (o.explain) {
        relmap_buf ex = RELMAP_BUF_INIT;
        if (relmap_export_explain(graph, &ex, &err)) {
            report("explain", &err);
            rc = EXIT_OUTPUT;
            goto done;
        }
        fwrite(ex.ptr, 1, ex.len, stderr);
        relmap_buf_dispose(&ex);
    }
    if (strcmp(o.format, "json") == 0) {
        relmap_json_options jo = RELMAP_JSON_OPTIONS_INIT;
        jo.compact = o.compact;
        jo.explain = o.explain;
        if (relmap_export_json(graph, &jo, &out, &err)) {
            report("json", &err);
            rc = EXIT_OUTPUT;
            goto done;
        }
    }
    if (strcmp(o.format, "json") != 0) {
        relmap_dot_options dopt = RELMAP_DOT_OPTIONS_INIT;
        relmap_buf dot = RELMAP_BUF_INIT;
        dopt.title = o.title;
        dopt.legend = o.legend;
        dopt.rankdir = o.rankdir;
        if (relmap_export_dot(graph, &dopt, &dot, &err)) {
            report("dot", &err);
            rc = EXIT_OUTPUT;
            goto done;
        }
        if (strcmp(o.format, "dot") == 0) {
            out = dot;
        } else {
            int r = relmap_render(dot.ptr, dot.len, o.format, o.layout, &out, &err);
            relmap_buf_dispose(&dot);
            if (r) {
                report(o.output ? o.output : "standard output", &err);
                rc = r == RELMAP_EINVAL ? EXIT_USAGE : EXIT_RENDER;
                goto done;
            }
        }
    }
    rc = write_out(o.output, out.ptr, out.len);

done:
    relmap_buf_dispose(&out);
    relmap_graph_free(graph);
    relmap_extractor_free(x);
    relmap_lexicon_free(lex);
    relmap_gazetteer_free(gaz);
    relmap_render_shutdown();
    return rc;
}
