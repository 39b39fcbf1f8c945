/* relmap command-line tool: argv -> options, files, exit codes.
 * Uses only the public API (<relmap.h>). */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>
#if defined(__GLIBC__)
#include <malloc.h> /* mallopt */
#endif

#include <relmap.h>

#include "corpus.h"


#define MAX_FILES_OPT 64

typedef struct opts {
    const char *format, *output, *title, *layout, *rankdir, *link_base, *theme, *size;
    const char *gazetteers[MAX_FILES_OPT], *lexicons[MAX_FILES_OPT];
    int ngaz, nlex, legend, compact, explain, transparent, dpi, edge_labels;
    int jsonl, jobs, progress, format_from_default, max_evidence_given;
    long max_evidence;
    size_t max_memory; /* 0: no limit */
    relmap_filter filter;
} opts;

/* The default --max-memory. The graph gets half of it: the rest is for the
   extraction workers, the input queue, the allocator's slack and the
   document ids seen (11-21 bytes a document). With it, bound_allocator
   below keeps the allocator's slack small. */
#define DEFAULT_MAX_MEMORY ((size_t)64 << 20)

static void usage(FILE *f)
{
    fprintf(f,
"Usage: relmap [OPTIONS] [FILE|DIR...]\n"
"       relmap render [OPTIONS] GRAPH.json\n"
"       relmap merge [OPTIONS] GRAPH.json...\n"
"Read English news text, find actors and the relations between them, and\n"
"write the graph. FILE is a text file; a DIR is searched for *.txt files\n"
"(in sorted order); none or \"-\" reads standard input. A leading line\n"
"\"date YYYY-MM-DD\" dates a document.\n"
"\"relmap render\" draws a graph relmap wrote as JSON (perhaps edited by\n"
"hand) without extracting again. \"relmap merge\" combines graphs of\n"
"disjoint sets of documents into one (\"-\": graphs one per line on\n"
"standard input); the result is the graph of all the documents, written\n"
"as JSON unless -f or -o says otherwise.\n"
"\n"
"Corpus:\n"
"      --jsonl           inputs are JSON Lines: one document a line, an object\n"
"                        with \"id\" and \"text\" and optionally \"date\"\n"
"                        (YYYY-MM-DD) and \"url\"; a DIR is searched for\n"
"                        *.jsonl; a bad line is reported and skipped\n"
"  -j, --jobs N          worker threads (default: the number of cores)\n"
"      --since DATE      only documents dated DATE (YYYY-MM-DD) or later\n"
"      --until DATE      only documents dated DATE or earlier\n"
"      --progress        progress on standard error (default when it is a\n"
"                        terminal); --no-progress turns it off\n"
);
    fprintf(f,
"      --max-memory SIZE keep memory within about SIZE bytes (K, M, G\n"
"                        suffixes; default 64M; 0: no limit): once the graph\n"
"                        takes half of it, its edges go to sorted temporary\n"
"                        files in $TMPDIR, merged at the end into the same\n"
"                        output\n"
"\n"
"Input and output:\n"
"  -f, --format FMT      json, dot, svg, png, pdf, graphml or csv (default:\n"
"                        from the output file's extension; dot on standard\n"
"                        output)\n"
"  -o, --output PATH     write here (atomically) instead of standard output\n"
"  -g, --gazetteer FILE  extra actors (JSON), may be repeated\n"
"  -L, --lexicon FILE    extra triggers, cues and word classes (JSON), may be\n"
"                        repeated\n"
"      --max-evidence N  evidence sentences kept per edge (default 5)\n"
"      --max-input SIZE  refuse a file larger than SIZE bytes (K, M, G\n"
"                        suffixes) and skip a longer JSON Lines line (default:\n"
"                        files unlimited, standard input 1G)\n"
"      --compact         JSON on a single line\n"
"      --explain         print, on standard error, each edge with its evidence\n"
"                        sentences, the trigger, the cue that set the modality\n"
"                        and the rule that fired (JSON evidence gets them too)\n"
"\n"
"Cutting the graph down (every format, JSON included):\n"
"      --focus ACTOR     only ACTOR and its neighbourhood\n"
"      --depth N         hops around --focus (default 1)\n"
"      --relations LIST  comma-separated relations to keep (e.g. supplies,attacks)\n"
"      --modality LIST   comma-separated modalities to keep (e.g. asserted,alleged)\n"
"      --min-weight N    edges supported by at least N sentences\n"
"      --top N           the N actors with the highest weighted degree\n"
"      --hide-isolated   leave out actors without edges\n"
"\n"
"Drawing:\n"
"      --title TEXT      title drawn above the legend\n"
"      --no-legend       leave out the legend and the source line\n"
"      --layout ENGINE   auto (default: by size), dot, neato, sfdp, circo,\n"
"                        twopi or fdp\n"
"      --rankdir DIR     LR (default), RL, TB or BT for the dot layout\n"
"      --edge-labels     label edges even in force-directed layouts\n"
"      --no-edge-labels  no edge labels (tooltips keep the details)\n"
"      --link-base URL   nodes and edges link to URL followed by their id\n"
"      --theme THEME     light (default) or dark\n"
"      --transparent     no background fill\n"
"      --dpi N           PNG resolution (default 192)\n"
"      --size W,H        fit the drawing into W by H inches\n"
"\n"
"  -h, --help            show this help and exit\n"
"      --version         show the version and exit\n"
"\n"
"Exit status: 0 success, 1 usage error, 2 input error, 3 invalid gazetteer,\n"
"lexicon or graph JSON, 4 rendering error, 5 output error.\n");
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
    if (strcmp(dot, "graphml") == 0) return "graphml";
    if (strcmp(dot, "csv") == 0) return "csv";
    return NULL;
}

static int known_format(const char *f)
{
    return strcmp(f, "json") == 0 || strcmp(f, "dot") == 0 || strcmp(f, "svg") == 0 ||
           strcmp(f, "png") == 0 || strcmp(f, "pdf") == 0 || strcmp(f, "graphml") == 0 ||
           strcmp(f, "csv") == 0;
}

/* Output written atomically: a temporary file in the same folder, renamed
   over the target only when complete. Standard output is written as is. */
typedef struct outfile {
    const char *path; /* NULL: standard output */
    char *tmp;
    int fd, failed;
} outfile;

/* The temporary file being written, for the signal handler: interrupted,
   relmap removes it and leaves the target as it was. */
static char pending_tmp[4096];
static volatile sig_atomic_t have_pending;

static void on_signal(int sig)
{
    if (have_pending)
        unlink(pending_tmp);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void catch_signals(void)
{
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
    size_t i;
    for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_signal;
        sigemptyset(&sa.sa_mask);
        sigaction(sigs[i], &sa, NULL);
    }
    /* past a file size limit, write() fails with EFBIG and the error is
       reported like a full disk, instead of the process being killed */
    signal(SIGXFSZ, SIG_IGN);
}

static int out_open(outfile *f, const char *path)
{
    size_t n;
    mode_t um;
    struct stat st;
    memset(f, 0, sizeof *f);
    f->fd = -1;
    if (path == NULL || strcmp(path, "-") == 0)
        return 0;
    f->path = path;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
        /* a device or a FIFO (-o /dev/null, /dev/stdout) is written in
           place (f->tmp stays NULL): renaming a temporary file over it
           would replace the device with a regular file */
        f->fd = open(path, O_WRONLY);
        if (f->fd < 0) {
            fprintf(stderr, "%s: %s: cannot open: %s\n", prog, path, strerror(errno));
            return EXIT_OUTPUT;
        }
        return 0;
    }
    n = strlen(path) + 16;
    f->tmp = malloc(n);
    if (f->tmp == NULL) {
        fprintf(stderr, "%s: %s: out of memory\n", prog, path);
        return EXIT_OUTPUT;
    }
    snprintf(f->tmp, n, "%s.tmp.XXXXXX", path);
    f->fd = mkstemp(f->tmp);
    if (f->fd < 0) {
        fprintf(stderr, "%s: %s: cannot create file: %s\n", prog, path, strerror(errno));
        free(f->tmp);
        f->tmp = NULL;
        return EXIT_OUTPUT;
    }
    if (n <= sizeof pending_tmp) {
        memcpy(pending_tmp, f->tmp, n);
        have_pending = 1;
    }
    um = umask(0);
    umask(um);
    if (fchmod(f->fd, 0666 & ~um) != 0)
        (void)0;
    return 0;
}

/* relmap_write_fn: 0, or -1 after reporting the error once. */
static int out_write(void *ctx, const char *data, size_t len)
{
    outfile *f = ctx;
    size_t off = 0;
    if (f->failed)
        return -1;
    if (f->path == NULL) {
        if (fwrite(data, 1, len, stdout) != len) {
            fprintf(stderr, "%s: standard output: %s\n", prog, strerror(errno));
            f->failed = 1;
            return -1;
        }
        return 0;
    }
    while (off < len) {
        ssize_t w = write(f->fd, data + off, len - off);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            fprintf(stderr, "%s: %s: write error: %s\n", prog, f->path, strerror(errno));
            f->failed = 1;
            return -1;
        }
        off += (size_t)w;
    }
    return 0;
}

/* Leave the target as it was. */
static void out_abort(outfile *f)
{
    have_pending = 0;
    if (f->fd >= 0) {
        close(f->fd);
        if (f->tmp)
            unlink(f->tmp);
    }
    free(f->tmp);
    f->tmp = NULL;
    f->fd = -1;
}

static int out_commit(outfile *f)
{
    if (f->failed) {
        out_abort(f);
        return EXIT_OUTPUT;
    }
    if (f->path == NULL) {
        if (fflush(stdout) != 0) {
            fprintf(stderr, "%s: standard output: %s\n", prog, strerror(errno));
            return EXIT_OUTPUT;
        }
        return 0;
    }
    if (f->tmp == NULL) { /* written in place */
        if (close(f->fd) != 0) {
            fprintf(stderr, "%s: %s: write error: %s\n", prog, f->path, strerror(errno));
            return EXIT_OUTPUT;
        }
        return 0;
    }
    if (fsync(f->fd) != 0 && errno != EINVAL) {
        fprintf(stderr, "%s: %s: write error: %s\n", prog, f->path, strerror(errno));
        out_abort(f);
        return EXIT_OUTPUT;
    }
    if (close(f->fd) != 0 || rename(f->tmp, f->path) != 0) {
        fprintf(stderr, "%s: %s: cannot write: %s\n", prog, f->path, strerror(errno));
        f->fd = -1;
        unlink(f->tmp);
        have_pending = 0;
        free(f->tmp);
        return EXIT_OUTPUT;
    }
    have_pending = 0;
    free(f->tmp);
    return 0;
}

static int write_out(const char *path, const char *data, size_t len)
{
    outfile f;
    int rc = out_open(&f, path);
    if (rc)
        return rc;
    out_write(&f, data, len);
    return out_commit(&f);
}


static int parse_list(const char *arg, int (*from_name)(const char *), unsigned *out,
                      const char *opt)
{
    char buf[256];
    char *p, *q;
    *out = 0;
    if (strlen(arg) >= sizeof buf) {
        fprintf(stderr, "%s: %s: list too long\n", prog, opt);
        return -1;
    }
    memcpy(buf, arg, strlen(arg) + 1);
    for (p = buf; p && *p; p = q) {
        int v;
        q = strchr(p, ',');
        if (q)
            *q++ = '\0';
        v = from_name(p);
        if (v < 0) {
            fprintf(stderr, "%s: %s: unknown name \"%s\"\n", prog, opt, p);
            return -1;
        }
        *out |= 1u << v;
    }
    return 0;
}

static int parse_num(const char *arg, long lo, long hi, long *out, const char *opt)
{
    char *end;
    errno = 0;
    *out = strtol(arg, &end, 10);
    if (errno || *end || end == arg || *out < lo || *out > hi) {
        fprintf(stderr, "%s: %s: expected a number from %ld to %ld, got \"%s\"\n", prog,
                opt, lo, hi, arg);
        return -1;
    }
    return 0;
}

enum {
    O_TITLE = 256, O_NOLEGEND, O_LAYOUT, O_RANKDIR, O_MAXEV, O_COMPACT, O_EXPLAIN,
    O_VERSION, O_FOCUS, O_DEPTH, O_RELATIONS, O_MODALITY, O_MINW, O_TOP, O_HIDEISO,
    O_LINK, O_THEME, O_TRANSP, O_DPI, O_SIZE, O_LABELS, O_NOLABELS, O_JSONL, O_SINCE,
    O_UNTIL, O_PROGRESS, O_NOPROGRESS, O_MAXINPUT, O_MAXMEM
};

/* "1000000", "64K", "256M", "1G" (powers of 1024) */
static int parse_size(const char *arg, size_t *out, const char *opt)
{
    char *end;
    unsigned long long v;
    int shift = 0;
    errno = 0;
    v = strtoull(arg, &end, 10);
    if (end != arg && *end && end[1] == '\0') {
        switch (*end) {
        case 'k': case 'K': shift = 10; end++; break;
        case 'm': case 'M': shift = 20; end++; break;
        case 'g': case 'G': shift = 30; end++; break;
        default: break;
        }
    }
    if (errno || *end || end == arg || arg[0] == '-' || v == 0 ||
        v > (unsigned long long)(SIZE_MAX >> shift)) {
        fprintf(stderr, "%s: %s: expected a size in bytes (e.g. 1000000, 64K, 256M, 1G), "
                "got \"%s\"\n", prog, opt, arg);
        return -1;
    }
    *out = (size_t)(v << shift);
    return 0;
}

static int check_date(const char *arg, const char *opt)
{
    int ok = relmap_date_valid(arg);
    if (!ok)
        fprintf(stderr, "%s: %s: expected a date YYYY-MM-DD, got \"%s\"\n", prog, opt, arg);
    return ok ? 0 : -1;
}

/* Parse options; returns -1 to exit 0 (help/version), >0 exit code, 0 ok. */
static int parse_args(int argc, char **argv, opts *o)
{
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},
        {"output", required_argument, NULL, 'o'},
        {"gazetteer", required_argument, NULL, 'g'},
        {"lexicon", required_argument, NULL, 'L'},
        {"title", required_argument, NULL, O_TITLE},
        {"no-legend", no_argument, NULL, O_NOLEGEND},
        {"layout", required_argument, NULL, O_LAYOUT},
        {"rankdir", required_argument, NULL, O_RANKDIR},
        {"max-evidence", required_argument, NULL, O_MAXEV},
        {"max-input", required_argument, NULL, O_MAXINPUT},
        {"max-memory", required_argument, NULL, O_MAXMEM},
        {"compact", no_argument, NULL, O_COMPACT},
        {"explain", no_argument, NULL, O_EXPLAIN},
        {"focus", required_argument, NULL, O_FOCUS},
        {"depth", required_argument, NULL, O_DEPTH},
        {"relations", required_argument, NULL, O_RELATIONS},
        {"modality", required_argument, NULL, O_MODALITY},
        {"min-weight", required_argument, NULL, O_MINW},
        {"top", required_argument, NULL, O_TOP},
        {"hide-isolated", no_argument, NULL, O_HIDEISO},
        {"link-base", required_argument, NULL, O_LINK},
        {"theme", required_argument, NULL, O_THEME},
        {"transparent", no_argument, NULL, O_TRANSP},
        {"dpi", required_argument, NULL, O_DPI},
        {"size", required_argument, NULL, O_SIZE},
        {"edge-labels", no_argument, NULL, O_LABELS},
        {"no-edge-labels", no_argument, NULL, O_NOLABELS},
        {"jsonl", no_argument, NULL, O_JSONL},
        {"jobs", required_argument, NULL, 'j'},
        {"since", required_argument, NULL, O_SINCE},
        {"until", required_argument, NULL, O_UNTIL},
        {"progress", no_argument, NULL, O_PROGRESS},
        {"no-progress", no_argument, NULL, O_NOPROGRESS},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, O_VERSION},
        {NULL, 0, NULL, 0}};
    int ch;
    long v;
    opterr = 0;
    while ((ch = getopt_long(argc, argv, ":f:o:g:L:j:h", longopts, NULL)) != -1) {
        switch (ch) {
        case 'f': o->format = optarg; break;
        case 'o': o->output = optarg; break;
        case 'g':
            if (o->ngaz >= MAX_FILES_OPT) {
                fprintf(stderr, "%s: too many --gazetteer files (at most %d)\n", prog, MAX_FILES_OPT);
                return EXIT_USAGE;
            }
            o->gazetteers[o->ngaz++] = optarg;
            break;
        case 'L':
            if (o->nlex >= MAX_FILES_OPT) {
                fprintf(stderr, "%s: too many --lexicon files (at most %d)\n", prog, MAX_FILES_OPT);
                return EXIT_USAGE;
            }
            o->lexicons[o->nlex++] = optarg;
            break;
        case O_TITLE: o->title = optarg; break;
        case O_NOLEGEND: o->legend = 0; break;
        case O_LAYOUT: o->layout = optarg; break;
        case O_RANKDIR: o->rankdir = optarg; break;
        case O_COMPACT: o->compact = 1; break;
        case O_EXPLAIN: o->explain = 1; break;
        case O_MAXEV:
            if (parse_num(optarg, 1, 100000, &o->max_evidence, "--max-evidence"))
                return EXIT_USAGE;
            o->max_evidence_given = 1;
            break;
        case O_FOCUS: o->filter.focus = optarg; break;
        case O_DEPTH:
            if (parse_num(optarg, 1, 100, &v, "--depth"))
                return EXIT_USAGE;
            o->filter.depth = (int)v;
            break;
        case O_RELATIONS:
            if (parse_list(optarg, relmap_relation_from_name, &o->filter.relations, "--relations"))
                return EXIT_USAGE;
            break;
        case O_MODALITY:
            if (parse_list(optarg, relmap_modality_from_name, &o->filter.modalities, "--modality"))
                return EXIT_USAGE;
            break;
        case O_MINW:
            if (parse_num(optarg, 0, 1000000000L, &v, "--min-weight"))
                return EXIT_USAGE;
            o->filter.min_weight = (size_t)v;
            break;
        case O_TOP:
            if (parse_num(optarg, 1, 1000000000L, &v, "--top"))
                return EXIT_USAGE;
            o->filter.top = (size_t)v;
            break;
        case O_HIDEISO: o->filter.hide_isolated = 1; break;
        case O_LINK: o->link_base = optarg; break;
        case O_THEME:
            if (strcmp(optarg, "light") && strcmp(optarg, "dark")) {
                fprintf(stderr, "%s: --theme: expected light or dark, got \"%s\"\n", prog, optarg);
                return EXIT_USAGE;
            }
            o->theme = optarg;
            break;
        case O_TRANSP: o->transparent = 1; break;
        case O_DPI:
            if (parse_num(optarg, 36, 1200, &v, "--dpi"))
                return EXIT_USAGE;
            o->dpi = (int)v;
            break;
        case O_SIZE: {
            double w, hgt;
            char extra;
            if (sscanf(optarg, "%lf,%lf%c", &w, &hgt, &extra) != 2 || w <= 0 || hgt <= 0) {
                fprintf(stderr, "%s: --size: expected W,H in inches (e.g. 6.5,9), got \"%s\"\n",
                        prog, optarg);
                return EXIT_USAGE;
            }
            o->size = optarg;
            break;
        }
        case O_LABELS: o->edge_labels = 1; break;
        case O_JSONL: o->jsonl = 1; break;
        case O_MAXINPUT:
            if (parse_size(optarg, &max_input, "--max-input"))
                return EXIT_USAGE;
            break;
        case O_MAXMEM:
            if (strcmp(optarg, "0") == 0)
                o->max_memory = 0;
            else if (parse_size(optarg, &o->max_memory, "--max-memory"))
                return EXIT_USAGE;
            break;
        case 'j':
            if (parse_num(optarg, 1, 256, &v, "--jobs"))
                return EXIT_USAGE;
            o->jobs = (int)v;
            break;
        case O_SINCE:
            if (check_date(optarg, "--since"))
                return EXIT_USAGE;
            o->filter.since = optarg;
            break;
        case O_UNTIL:
            if (check_date(optarg, "--until"))
                return EXIT_USAGE;
            o->filter.until = optarg;
            break;
        case O_PROGRESS: o->progress = 1; break;
        case O_NOPROGRESS: o->progress = 0; break;
        case O_NOLABELS: o->edge_labels = 0; break;
        case 'h': usage(stdout); return -1;
        case O_VERSION: printf("relmap %s\n", relmap_version()); return -1;
        case ':':
            fprintf(stderr, "%s: option %s needs a value\nTry 'relmap --help'.\n", prog,
                    argv[optind - 1]);
            return EXIT_USAGE;
        default:
            fprintf(stderr, "%s: unknown option %s\nTry 'relmap --help'.\n", prog,
                    argv[optind - 1]);
            return EXIT_USAGE;
        }
    }
    if (o->format == NULL) {
        o->format = o->output ? ext_format(o->output) : "dot";
        o->format_from_default = o->output == NULL;
    }
    if (o->format == NULL) {
        fprintf(stderr, "%s: cannot tell the format from \"%s\"; use -f json|dot|svg|png|pdf|"
                        "graphml|csv\n", prog, o->output);
        return EXIT_USAGE;
    }
    if (!known_format(o->format)) {
        fprintf(stderr, "%s: unknown format \"%s\" (expected json, dot, svg, png, pdf, "
                        "graphml or csv)\n", prog, o->format);
        return EXIT_USAGE;
    }
    if (o->layout && strcmp(o->layout, "auto") && strcmp(o->layout, "dot") &&
        strcmp(o->layout, "neato") && strcmp(o->layout, "sfdp") && strcmp(o->layout, "circo") &&
        strcmp(o->layout, "twopi") && strcmp(o->layout, "fdp")) {
        fprintf(stderr, "%s: --layout: expected auto, dot, neato, sfdp, circo, twopi or fdp, "
                        "got \"%s\"\n", prog, o->layout);
        return EXIT_USAGE;
    }
    if (o->rankdir && strcmp(o->rankdir, "LR") && strcmp(o->rankdir, "RL") &&
        strcmp(o->rankdir, "TB") && strcmp(o->rankdir, "BT")) {
        fprintf(stderr, "%s: --rankdir: expected LR, RL, TB or BT, got \"%s\"\n", prog, o->rankdir);
        return EXIT_USAGE;
    }
    return 0;
}

/* Filter, export or render, and write. */
static int emit(const opts *o, relmap_graph *graph)
{
    relmap_error err;
    relmap_buf out = RELMAP_BUF_INIT;
    relmap_graph *view = NULL;
    int rc = 0;
    const relmap_graph *g = graph;

    memset(&err, 0, sizeof err);
    if (o->filter.focus || o->filter.relations || o->filter.modalities ||
        o->filter.min_weight || o->filter.top || o->filter.hide_isolated ||
        o->filter.since || o->filter.until || o->explain || strcmp(o->format, "json") != 0) {
        /* spilled edges are streamed into JSON; anything else needs the
           whole graph back in memory */
        if (relmap_graph_unspill(graph, &err)) {
            report("spilled edges", &err);
            return EXIT_OUTPUT;
        }
    }
    if (o->filter.focus || o->filter.relations || o->filter.modalities ||
        o->filter.min_weight || o->filter.top || o->filter.hide_isolated ||
        o->filter.since || o->filter.until) {
        if (relmap_graph_filter(&view, graph, &o->filter, &err)) {
            report("filter", &err);
            return err.code == RELMAP_EINVAL ? EXIT_USAGE : EXIT_OUTPUT;
        }
        g = view;
    }
    if (o->explain) {
        relmap_buf ex = RELMAP_BUF_INIT;
        if (relmap_export_explain(g, &ex, &err)) {
            report("explain", &err);
            rc = EXIT_OUTPUT;
            goto done;
        }
        fwrite(ex.ptr, 1, ex.len, stderr);
        relmap_buf_dispose(&ex);
    }
    if (strcmp(o->format, "json") == 0) {
        relmap_json_options jo = RELMAP_JSON_OPTIONS_INIT;
        jo.compact = o->compact;
        /* formatted on this thread: helper threads for the edges measured
           slower on two cores (the graph's strings sit in this core's
           cache; starting them cost 1-2 ms for a small graph) */
        jo.threads = 1;
        outfile f;
        jo.explain = o->explain || relmap_graph_has_explain(g);
        /* streamed: a large graph is not held twice in memory */
        if ((rc = out_open(&f, o->output)) != 0)
            goto done;
        if (relmap_export_json_stream(g, &jo, out_write, &f, &err)) {
            if (err.code != RELMAP_EIO)
                report("json", &err);
            out_abort(&f);
            rc = EXIT_OUTPUT;
            goto done;
        }
        rc = out_commit(&f);
        goto done;
    } else if (strcmp(o->format, "graphml") == 0 || strcmp(o->format, "csv") == 0) {
        if ((strcmp(o->format, "csv") == 0 ? relmap_export_csv(g, &out, &err)
                                           : relmap_export_graphml(g, &out, &err))) {
            report(o->format, &err);
            rc = EXIT_OUTPUT;
            goto done;
        }
    } else {
        relmap_dot_options dopt = RELMAP_DOT_OPTIONS_INIT;
        relmap_buf dot = RELMAP_BUF_INIT;
        const char *engine;
        dopt.title = o->title;
        dopt.legend = o->legend;
        dopt.rankdir = o->rankdir;
        dopt.layout = o->layout;
        dopt.link_base = o->link_base;
        dopt.theme = o->theme;
        dopt.transparent = o->transparent;
        dopt.size = o->size;
        dopt.edge_labels = o->edge_labels;
        /* bitmap resolution only for PNG: SVG and PDF are vector */
        dopt.dpi = strcmp(o->format, "png") == 0 ? (o->dpi ? o->dpi : 192) : 0;
        engine = o->layout && strcmp(o->layout, "auto") != 0
                     ? o->layout
                     : relmap_layout_auto(relmap_graph_node_count(g), relmap_graph_edge_count(g));
        if (relmap_export_dot(g, &dopt, &dot, &err)) {
            report("dot", &err);
            rc = EXIT_OUTPUT;
            goto done;
        }
        if (strcmp(o->format, "dot") == 0) {
            out = dot;
        } else {
            int r = relmap_render(dot.ptr, dot.len, o->format, engine, &out, &err);
            relmap_buf_dispose(&dot);
            if (r) {
                report(o->output ? o->output : "standard output", &err);
                rc = r == RELMAP_EINVAL ? EXIT_USAGE : EXIT_RENDER;
                goto done;
            }
            if (err.message[0])
                fprintf(stderr, "%s: warning: %s\n", prog, err.message);
        }
    }
    rc = write_out(o->output, out.ptr, out.len);
done:
    relmap_buf_dispose(&out);
    relmap_graph_free(view);
    return rc;
}

/* relmap render GRAPH.json */
static int cmd_render(const opts *o, int nfiles, const char **files)
{
    relmap_error err;
    relmap_graph *g = NULL;
    char *data = NULL;
    size_t len = 0;
    const char *shown;
    int rc;
    memset(&err, 0, sizeof err);
    if (nfiles != 1) {
        fprintf(stderr, "%s: render: expected one graph file (JSON written by relmap)\n", prog);
        return EXIT_USAGE;
    }
    shown = strcmp(files[0], "-") == 0 ? "standard input" : files[0];
    if (slurp(files[0], &data, &len) != 0) {
        fprintf(stderr, "%s: %s: %s\n", prog, shown, input_error(errno, files[0]));
        return EXIT_INPUT;
    }
    if (relmap_graph_import_json(&g, data, len, shown, &err)) {
        report(shown, &err);
        free(data);
        return err.code == RELMAP_ENOMEM ? EXIT_INPUT : EXIT_CONFIG;
    }
    free(data);
    rc = emit(o, g);
    relmap_graph_free(g);
    return rc;
}

/* Read one graph and merge it into *acc (created on first use). */
static int merge_one(const opts *o, relmap_graph **acc, const char *data, size_t len,
                     const char *shown, size_t lineno)
{
    relmap_error err;
    relmap_graph *g = NULL;
    memset(&err, 0, sizeof err);
    if (relmap_graph_import_json(&g, data, len, shown, &err)) {
        if (lineno && err.line > 0) /* one graph a line: the line is the input's */
            fprintf(stderr, "%s: %s:%zu:%d: %s\n", prog, shown, lineno, err.column,
                    err.message);
        else if (lineno)
            fprintf(stderr, "%s: %s:%zu: %s\n", prog, shown, lineno, err.message);
        else
            report(shown, &err);
        return err.code == RELMAP_ENOMEM ? EXIT_INPUT : EXIT_CONFIG;
    }
    if (*acc == NULL) {
        if (relmap_graph_new(acc)) {
            relmap_graph_free(g);
            fprintf(stderr, "%s: out of memory\n", prog);
            return EXIT_INPUT;
        }
        /* the mappers' cap, unless told otherwise */
        relmap_graph_set_max_evidence(*acc, o->max_evidence_given
                                                ? (size_t)o->max_evidence
                                                : relmap_graph_max_evidence(g));
        if (o->max_memory && relmap_graph_set_memory_limit(*acc, o->max_memory / 2, NULL)) {
            relmap_graph_free(g);
            fprintf(stderr, "%s: out of memory\n", prog);
            return EXIT_INPUT;
        }
    }
    if (relmap_graph_merge(*acc, g, &err)) {
        report(shown, &err);
        relmap_graph_free(g);
        return err.code == RELMAP_ENOMEM ? EXIT_INPUT
               : err.code == RELMAP_EIO  ? EXIT_OUTPUT : EXIT_CONFIG;
    }
    relmap_graph_free(g);
    return 0;
}

/* relmap merge GRAPH.json... ("-": graphs one per line on standard input) */
static int cmd_merge(const opts *o, int nfiles, const char **files)
{
    relmap_graph *acc = NULL;
    int i, rc = 0;
    for (i = 0; rc == 0 && i < nfiles; i++) {
        if (strcmp(files[i], "-") == 0) {
            char *line = NULL, shown[64];
            size_t cap = 0, lineno = 0, len;
            int too_long, r;
            while (rc == 0 && (r = read_line(stdin, &line, &cap, &len, input_limit("-"),
                                             &too_long)) == 0) {
                lineno++;
                if (too_long) {
                    fprintf(stderr, "%s: standard input:%zu: %s\n", prog, lineno,
                            input_error(EFBIG, "-"));
                    rc = EXIT_INPUT;
                    break;
                }
                while (len && (line[len - 1] == '\n' || line[len - 1] == '\r' ||
                               line[len - 1] == ' ' || line[len - 1] == '\t'))
                    len--;
                if (len == 0)
                    continue;
                snprintf(shown, sizeof shown, "standard input");
                rc = merge_one(o, &acc, line, len, shown, lineno);
            }
            if (rc == 0 && (r == -2 || ferror(stdin))) {
                fprintf(stderr, "%s: standard input: %s\n", prog,
                        strerror(r == -2 ? ENOMEM : EIO));
                rc = EXIT_INPUT;
            }
            free(line);
        } else {
            char *data = NULL;
            size_t len = 0;
            if (slurp(files[i], &data, &len) != 0) {
                fprintf(stderr, "%s: %s: %s\n", prog, files[i], input_error(errno, files[i]));
                rc = EXIT_INPUT;
                break;
            }
            rc = merge_one(o, &acc, data, len, files[i], 0);
            free(data);
        }
    }
    if (rc == 0 && acc == NULL && relmap_graph_new(&acc))
        rc = EXIT_INPUT;
    if (rc == 0)
        rc = emit(o, acc);
    relmap_graph_free(acc);
    return rc;
}

/* The JSON values of the built-in data, read at start-up and dropped once
   the gazetteer and the lexicon are built from them (neither keeps one):
   taken from 64 KB blocks and given back a block at a time. Their
   thousands of mallocs and frees were a third of the start-up, serial
   time before any worker runs. Set only while nothing else runs. */
typedef struct jblock {
    struct jblock *next;
    size_t used, cap;
} jblock;

static jblock *jarena;

#define JBLOCK_HEAD ((sizeof(jblock) + 15) & ~(size_t)15)

static void *jarena_malloc(size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (jarena == NULL || jarena->cap - jarena->used < n) {
        size_t cap = n > 65536 - JBLOCK_HEAD - 64 ? n : 65536 - JBLOCK_HEAD - 64;
        jblock *b = malloc(JBLOCK_HEAD + cap);
        if (b == NULL)
            return NULL;
        b->next = jarena;
        b->used = 0;
        b->cap = cap;
        jarena = b;
    }
    jarena->used += n;
    return (char *)jarena + JBLOCK_HEAD + jarena->used - n;
}

static void jarena_free(void *p)
{
    (void)p; /* all at once, in jarena_end */
}

static void jarena_begin(void)
{
    json_set_alloc_funcs(jarena_malloc, jarena_free);
}

static void jarena_end(void)
{
    json_set_alloc_funcs(malloc, free);
    while (jarena) {
        jblock *b = jarena;
        jarena = b->next;
        free(b);
    }
}

/* What cmd_extract leaves to the end of the process (see there). */
static void *volatile left_at_exit[4];

static int cmd_extract(const opts *o, int nfiles, const char **files)
{
    relmap_error err;
    relmap_gazetteer *gaz = NULL;
    relmap_lexicon *lex = NULL;
    relmap_extractor *x = NULL;
    relmap_graph *graph = NULL;
    corpus_opts co;
    int i, rc = 0;

    memset(&err, 0, sizeof err);
    memset(&co, 0, sizeof co);
    jarena_begin();
    rc = relmap_gazetteer_new(&gaz, 0, &err) || relmap_lexicon_new(&lex, 0, &err);
    jarena_end();
    if (rc) {
        report("built-in data", &err);
        rc = EXIT_CONFIG;
        goto done;
    }
    {
        size_t c = relmap_gazetteer_conflict_count(gaz);
        for (i = 0; i < o->ngaz; i++)
            if (relmap_gazetteer_load_file(gaz, o->gazetteers[i], &err)) {
                report(o->gazetteers[i], &err);
                rc = err.code == RELMAP_EIO ? EXIT_INPUT : EXIT_CONFIG;
                goto done;
            }
        for (; c < relmap_gazetteer_conflict_count(gaz); c++)
            fprintf(stderr, "%s: warning: %s\n", prog, relmap_gazetteer_conflict(gaz, c));
    }
    for (i = 0; i < o->nlex; i++)
        if (relmap_lexicon_load_file(lex, o->lexicons[i], &err)) {
            report(o->lexicons[i], &err);
            rc = err.code == RELMAP_EIO ? EXIT_INPUT : EXIT_CONFIG;
            goto done;
        }
    if (relmap_extractor_new(&x, gaz, lex, &err)) {
        report("setup", &err);
        rc = EXIT_CONFIG;
        goto done;
    }
    co.jsonl = o->jsonl;
    co.threads = o->jobs > 0 ? o->jobs : cpu_count();
    co.since = o->filter.since;
    co.until = o->filter.until;
    co.progress = o->progress;
    co.max_evidence = (size_t)o->max_evidence;
    co.max_memory = o->max_memory;
    rc = corpus_extract(&co, x, nfiles, files, &graph);
    if (rc)
        goto done;
    rc = emit(o, graph);
done:
    if (rc == 0) {
        /* the process ends now: the system takes the graph, the extractor
           and the built-in data back at once (freeing them piece by piece
           took 1-2 ms after the output was written, more for a large
           graph); still reachable, so memcheck reports no leak */
        left_at_exit[0] = graph;
        left_at_exit[1] = x;
        left_at_exit[2] = lex;
        left_at_exit[3] = gaz;
        return rc;
    }
    relmap_graph_free(graph);
    relmap_extractor_free(x);
    relmap_lexicon_free(lex);
    relmap_gazetteer_free(gaz);
    return rc;
}

/* With a memory limit, keep glibc's malloc from holding on to what the
   graph frees. A spilled edge table is freed whole, on the spill writer's
   thread, and the next one grows from nothing on whichever worker adds:
   with the default dynamic threshold, the first large block freed raises
   the mmap threshold (and the trim threshold to twice it) to megabytes, so
   the table's doubling vectors and hash maps land in the workers' arenas,
   which keep them once freed and only shrink from the top. Each arena
   ends up holding its own peak (1 GB corpus, -j 2: 93-98 MB RSS for
   about 60 MB of live heap). A fixed threshold keeps blocks of 256 KB and
   more in their own mappings (grown by mremap, given back when freed)
   and lets the arenas trim. */
static void bound_allocator(size_t max_memory)
{
#if defined(M_MMAP_THRESHOLD) && defined(M_TRIM_THRESHOLD)
    if (max_memory) {
        (void)mallopt(M_MMAP_THRESHOLD, 256 << 10);
        (void)mallopt(M_TRIM_THRESHOLD, 1 << 20);
    }
#else
    (void)max_memory;
#endif
}

int main(int argc, char **argv)
{
    opts o;
    relmap_filter fdef = RELMAP_FILTER_INIT;
    const char *stdin_only[] = {"-"};
    const char **files;
    int nfiles, rc, render = 0, merge = 0;

    catch_signals();
    memset(&o, 0, sizeof o);
    o.legend = 1;
    o.edge_labels = -1;
    o.max_evidence = RELMAP_DEFAULT_MAX_EVIDENCE;
    o.max_memory = DEFAULT_MAX_MEMORY;
    o.filter = fdef;
    o.progress = isatty(2);
    if (argc > 1 && (strcmp(argv[1], "render") == 0 || strcmp(argv[1], "merge") == 0)) {
        render = strcmp(argv[1], "render") == 0;
        merge = !render;
        argv[1] = argv[0];
        argv++;
        argc--;
    }
    rc = parse_args(argc, argv, &o);
    if (rc)
        return rc < 0 ? 0 : rc;
    bound_allocator(o.max_memory);
    if (optind < argc) {
        files = (const char **)(argv + optind);
        nfiles = argc - optind;
    } else {
        files = stdin_only;
        nfiles = 1;
    }
    if (merge && o.format_from_default && !o.output)
        o.format = "json";
    rc = render ? cmd_render(&o, nfiles, files)
         : merge ? cmd_merge(&o, nfiles, files) : cmd_extract(&o, nfiles, files);
    relmap_render_shutdown();
    return rc;
}
