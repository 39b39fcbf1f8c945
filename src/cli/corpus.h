/* Corpus input for the CLI: files, folders and JSON Lines read by one
 * thread and extracted by a pool of workers into one graph. Adding a
 * document to a graph is order-independent, so the result does not depend
 * on the number of workers. */
#ifndef RELMAP_CLI_CORPUS_H
#define RELMAP_CLI_CORPUS_H

#include <stddef.h>
#include <stdio.h>

#include <relmap.h>

enum {
    EXIT_USAGE = 1,  /* bad command line */
    EXIT_INPUT = 2,  /* an input file is missing or unreadable */
    EXIT_CONFIG = 3, /* a gazetteer, lexicon or graph file is invalid */
    EXIT_RENDER = 4, /* Graphviz failed */
    EXIT_OUTPUT = 5  /* the output could not be written */
};

extern const char *prog;

typedef struct corpus_opts {
    int jsonl;            /* inputs are JSON Lines */
    int threads;          /* workers; 1 extracts on the calling thread */
    const char *since;    /* YYYY-MM-DD or NULL: documents on or after */
    const char *until;    /* YYYY-MM-DD or NULL: documents on or before */
    int progress;         /* draw a progress bar on standard error */
    size_t max_evidence;
    size_t max_memory;    /* --max-memory (0: none); the graph gets half */
} corpus_opts;

/* Extract every document of files[0..n) into a new graph (*out).
   Returns 0 or an exit code (after printing the error). */
int corpus_extract(const corpus_opts *co, const relmap_extractor *x, int nfiles,
                   const char **files, relmap_graph **out);

/* Limits on one input: a whole file, standard input, or one line of JSON
   Lines. max_input is set by --max-input (0 = not given); without it,
   files are not limited and standard input stops at
   DEFAULT_MAX_STDIN. */
#define DEFAULT_MAX_STDIN ((size_t)1 << 30)
extern size_t max_input;
size_t input_limit(const char *path);
/* strerror(e), or for EFBIG, the input limit that was exceeded. */
const char *input_error(int e, const char *path);

/* Read a whole file ("-" = standard input), at most input_limit(path)
   bytes; errno set on failure (EFBIG: the input is larger). */
int slurp(const char *path, char **data, size_t *len);

/* Read one line (without its newline) into *buf (grown as needed; a NUL
   is added after it; NUL bytes inside are kept). A line longer than max
   is read to its end but not kept: *too_long is set and *len is 0.
   Returns 0; -1 at end of input or on a read error (ferror tells); -2
   when out of memory. */
int read_line(FILE *in, char **buf, size_t *cap, size_t *len, size_t max, int *too_long);

/* Print an error the library reported. */
void report(const char *what, const relmap_error *e);

/* Number of online processors (at least 1). */
int cpu_count(void);

#endif
