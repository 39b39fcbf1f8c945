/* Corpus input for the CLI: files, folders and JSON Lines read by one
 * thread and extracted by a pool of workers into one graph. Adding a
 * document to a graph is order-independent, so the result does not depend
 * on the number of workers. */
#ifndef RELMAP_CLI_CORPUS_H
#define RELMAP_CLI_CORPUS_H

#include <stddef.h>

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
} corpus_opts;

/* Extract every document of files[0..n) into a new graph (*out).
   Returns 0 or an exit code (after printing the error). */
int corpus_extract(const corpus_opts *co, const relmap_extractor *x, int nfiles,
                   const char **files, relmap_graph **out);

/* Read a whole file ("-" = standard input); errno set on failure. */
int slurp(const char *path, char **data, size_t *len);

/* Print an error the library reported. */
void report(const char *what, const relmap_error *e);

/* Number of online processors (at least 1). */
int cpu_count(void);

#endif
