/* Corpus input: walking folders, reading JSON Lines, a bounded queue of
 * documents feeding worker threads, and the progress bar. */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE /* d_type's DT_ values, where the C library has them */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <jansson.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "corpus.h"

const char *prog = "relmap";

/* Documents waiting for a worker: at most this many, and at most this many
   bytes (one larger document is always let through). */
#define QUEUE_DOCS 256
#define QUEUE_BYTES (32u << 20)

void report(const char *what, const relmap_error *e)
{
    if (e->source[0] && e->line > 0)
        fprintf(stderr, "%s: %s:%d:%d: %s\n", prog, e->source, e->line, e->column,
                e->message);
    else if (e->source[0])
        fprintf(stderr, "%s: %s: %s\n", prog, e->source, e->message);
    else
        fprintf(stderr, "%s: %s: %s\n", prog, what, e->message);
}

int cpu_count(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 256 ? 256 : (int)n;
}

size_t max_input;

size_t input_limit(const char *path)
{
    if (max_input)
        return max_input;
    return strcmp(path, "-") == 0 ? DEFAULT_MAX_STDIN : SIZE_MAX;
}

const char *input_error(int e, const char *path)
{
    static char msg[96];
    if (e != EFBIG)
        return strerror(e);
    snprintf(msg, sizeof msg, "larger than the input limit of %zu bytes (--max-input)",
             input_limit(path));
    return msg;
}

int read_line(FILE *in, char **buf, size_t *cap, size_t *len, size_t max, int *too_long)
{
    size_t n = 0;
    int ch = EOF, got = 0;
    *too_long = 0;
    flockfile(in);
    while ((ch = getc_unlocked(in)) != EOF) {
        got = 1;
        if (ch == '\n')
            break;
        if (*too_long)
            continue; /* read to the end of the line, keeping nothing */
        if (n >= max) {
            *too_long = 1;
            n = 0;
            continue;
        }
        if (n + 2 > *cap) {
            size_t nc = *cap ? *cap * 2 : 65536;
            char *nb = realloc(*buf, nc);
            if (nb == NULL) {
                funlockfile(in);
                errno = ENOMEM;
                return -2;
            }
            *buf = nb;
            *cap = nc;
        }
        (*buf)[n++] = (char)ch;
    }
    funlockfile(in);
    if (!got)
        return -1;
    if (*buf == NULL) {
        *buf = malloc(1);
        if (*buf == NULL) {
            errno = ENOMEM;
            return -2;
        }
        *cap = 1;
    }
    (*buf)[n] = '\0';
    *len = n;
    return 0;
}

static int slurp_stdio(const char *path, char **data, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : NULL;
    size_t cap = 65536, n = 0, max = input_limit(path);
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
        if (fstat(fileno(f), &st) == 0 && st.st_size > 0 &&
            (uintmax_t)st.st_size > max) {
            fclose(f);
            errno = EFBIG;
            return -1;
        }
        if (fstat(fileno(f), &st) == 0 && st.st_size > 0 &&
            (uintmax_t)st.st_size < SIZE_MAX / 2)
            cap = (size_t)st.st_size + 1;
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
        if (n > max) {
            free(buf);
            if (f != stdin)
                fclose(f);
            errno = EFBIG;
            return -1;
        }
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

/* malloc(n); a buffer of 2 MB or more is aligned to 2 MB and asks for
   transparent huge pages, so that reading a big file into it takes a few
   page faults, not one per 4 KB page. free() releases it as any other. */
static char *big_buffer(size_t n)
{
#if defined(MADV_HUGEPAGE)
    enum { HUGE = 2 << 20 };
    if (n >= HUGE) {
        void *p;
        if (posix_memalign(&p, HUGE, n) != 0)
            return NULL;
        (void)madvise(p, n & ~(size_t)(HUGE - 1), MADV_HUGEPAGE);
        return p;
    }
#endif
    return malloc(n);
}

/* A file by open(2), one fstat(2) and read(2) calls: a folder of articles
   is thousands of small files, and stdio's stat calls, buffer and FILE
   for each were most of the reader thread's system calls. Fails as
   slurp_stdio would, a folder with EISDIR. */
int slurp(const char *path, char **data, size_t *len)
{
    size_t cap = 65536, n = 0, max = input_limit(path);
    struct stat st;
    char *buf;
    int fd;
    if (strcmp(path, "-") == 0)
        return slurp_stdio(path, data, len);
    fd = open(path, O_RDONLY);
    if (fd < 0) {
        int e = errno;
        errno = stat(path, &st) == 0 && S_ISDIR(st.st_mode) ? EISDIR : e;
        return -1;
    }
    if (fstat(fd, &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            close(fd);
            errno = EISDIR;
            return -1;
        }
        if (st.st_size > 0 && (uintmax_t)st.st_size > max) {
            close(fd);
            errno = EFBIG;
            return -1;
        }
        if (st.st_size > 0 && (uintmax_t)st.st_size < SIZE_MAX / 2)
            cap = (size_t)st.st_size + 1;
    }
    buf = big_buffer(cap);
    if (buf == NULL) {
        close(fd);
        errno = ENOMEM;
        return -1;
    }
    for (;;) {
        ssize_t r;
        if (n == cap) {
            char *nb = cap > ((size_t)-1) / 2 ? NULL : realloc(buf, cap * 2);
            if (nb == NULL) {
                free(buf);
                close(fd);
                errno = ENOMEM;
                return -1;
            }
            buf = nb;
            cap *= 2;
        }
        r = read(fd, buf + n, cap - n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            int e = errno;
            free(buf);
            close(fd);
            errno = e ? e : EIO;
            return -1;
        }
        if (r == 0)
            break;
        n += (size_t)r;
        if (n > max) {
            free(buf);
            close(fd);
            errno = EFBIG;
            return -1;
        }
    }
    close(fd);
    *data = buf;
    *len = n;
    return 0;
}

/* Length of the valid UTF-8 sequence of two or more bytes at s (n bytes
   available), or 0. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    size_t need = (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3
                : (c >= 0xF0 && c <= 0xF4) ? 4 : 0, k;
    if (need == 0 || n < need)
        return 0;
    for (k = 1; k < need; k++)
        if ((s[k] & 0xC0) != 0x80)
            return 0;
    if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0) ||
        (c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90))
        return 0;
    return need;
}

/* Replace NUL bytes and invalid UTF-8 with '?' in place (offsets keep
   their meaning). Returns the number of bytes replaced. */
static size_t sanitize(char *s, size_t n)
{
    size_t i = 0, bad = 0;
    while (i < n) {
        unsigned char c;
        size_t need;
        /* news text is nearly all ASCII: skip eight bytes at a time while
           none has its high bit set and none is NUL (sixteen with SSE2,
           on to the first such byte) */
#if defined(__SSE2__)
        while (n - i >= 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            int m = _mm_movemask_epi8(v) |
                    _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128()));
            if (m) {
                i += (size_t)__builtin_ctz((unsigned)m);
                break;
            }
            i += 16;
        }
#endif
        while (n - i >= 8) {
            uint64_t w, m;
            memcpy(&w, s + i, 8);
            m = (w | ((w - 0x0101010101010101u) & ~w)) & 0x8080808080808080u;
            if (m) {
#if defined(__GNUC__)
                /* on to that byte (the lowest flag is never a false one),
                   not a byte at a time with this word read again for each */
                static const union { uint16_t u; unsigned char c[2]; } le = {1};
                if (le.c[0])
                    i += (size_t)__builtin_ctzll(m) / 8;
#endif
                break;
            }
            i += 8;
        }
        if (i >= n)
            break;
        c = (unsigned char)s[i];
        if (c >= 0x01 && c < 0x80) {
            i++;
            continue;
        }
        need = c ? utf8_seq((const unsigned char *)s + i, n - i) : 0;
        if (need == 0) {
            s[i] = '?';
            bad++;
            i++;
            continue;
        }
        i += need;
    }
    return bad;
}

/* ---- document ids: unique across the run ----
 * A set of 64-bit hashes of the ids seen, open addressing, grown when 3/4
 * full (11-21 bytes a document: 8 MB for the 757,111 of the 1 GB corpus,
 * where growing at 1/2 took 16 MB; linear probing at 3/4 reads a few more
 * slots of one or two cache lines); a collision would only rename a
 * document. */

typedef struct idset {
    uint64_t *slot; /* 0 = empty */
    size_t cap, n;
} idset;

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h ? h : 1;
}

static int idset_has(const idset *s, uint64_t h)
{
    size_t i;
    if (s->cap == 0)
        return 0;
    for (i = (size_t)h & (s->cap - 1); s->slot[i]; i = (i + 1) & (s->cap - 1))
        if (s->slot[i] == h)
            return 1;
    return 0;
}

static void idset_put(uint64_t *slot, size_t cap, uint64_t h)
{
    size_t i;
    for (i = (size_t)h & (cap - 1); slot[i]; i = (i + 1) & (cap - 1))
        ;
    slot[i] = h;
}

static int idset_add(idset *s, uint64_t h)
{
    if (4 * (s->n + 1) > 3 * s->cap) { /* at most 3/4 full */
        size_t nc = s->cap ? s->cap * 2 : 1024, k;
        uint64_t *ns = calloc(nc, sizeof *ns);
        if (ns == NULL)
            return -1;
        for (k = 0; k < s->cap; k++)
            if (s->slot[k])
                idset_put(ns, nc, s->slot[k]);
        free(s->slot);
        s->slot = ns;
        s->cap = nc;
    }
    idset_put(s->slot, s->cap, h);
    s->n++;
    return 0;
}

static void idset_free(idset *s)
{
    free(s->slot);
}

/* An id not used before in this run: id, id-2, id-3, ... (malloc'd). */
static char *unique_id(idset *s, const char *id)
{
    size_t n = strlen(id) + 24, k;
    char *out = malloc(n);
    if (out == NULL)
        return NULL;
    memcpy(out, id, n - 23); /* (and its NUL; snprintf per document showed) */
    for (k = 2; idset_has(s, hash_str(out)); k++)
        snprintf(out, n, "%s-%zu", id, k);
    if (idset_add(s, hash_str(out))) {
        free(out);
        return NULL;
    }
    return out;
}

/* ---- the queue and the workers ---- */

typedef struct job {
    char *id, *path, *url, *date, *text, *shown;
    size_t len;
    size_t src_len; /* bytes of input it came from (progress) */
} job;

static void job_free(job *j)
{
    free(j->id);
    free(j->path);
    free(j->url);
    free(j->date);
    free(j->text);
    free(j->shown);
}

typedef struct pool {
    pthread_mutex_t mu, graph_mu; /* graph_mu guards the shared graph */
    relmap_graph *g;
    pthread_cond_t not_empty, not_full;
    job q[QUEUE_DOCS];
    size_t head, n, bytes;
    int closed, failed;
    int idle, feeder_waiting; /* threads asleep on not_empty / not_full */
    const relmap_extractor *x;
    const corpus_opts *co;
    /* progress */
    size_t docs_done, bytes_done, out_of_range, total_bytes;
    struct timespec t0, last_draw;
    int drawn;
} pool;

/* A worker that finds the graph locked (another is adding, or waiting
   for a spilled run to be written) keeps its document and extracts the
   next: up to PEND_DOCS documents of PEND_BYTES of text in all (more
   raised the peak memory of the 1 GB corpus with -j 2 from ~87 to ~99 MB). */
#define PEND_DOCS 64
#define PEND_BYTES (256u << 10)

typedef struct pending {
    job j;
    relmap_doc *doc;
} pending;

typedef struct worker {
    pool *p;
    pthread_t th;
    pending pend[PEND_DOCS];
    size_t npend, pend_bytes;
} worker;

static double secs(const struct timespec *a, const struct timespec *b)
{
    return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

/* Extract one document (*doc NULL: dated outside --since/--until).
   Extraction runs in parallel. Returns 0 or an exit code. */
static int extract_job(pool *p, job *j, relmap_doc **doc)
{
    relmap_error err;
    const char *date;
    size_t bad = sanitize(j->text, j->len);
    memset(&err, 0, sizeof err);
    *doc = NULL;
    if (bad)
        fprintf(stderr, "%s: %s: warning: %zu invalid UTF-8 or NUL byte%s replaced by '?'\n",
                prog, j->shown, bad, bad == 1 ? "" : "s");
    if (relmap_extract(doc, p->x, j->text, j->len, &err)) {
        report(j->shown, &err);
        return EXIT_INPUT;
    }
    date = j->date ? j->date : relmap_doc_date(*doc);
    if (date && !relmap_date_valid(date))
        date = NULL;
    if ((p->co->since || p->co->until) &&
        (date == NULL || (p->co->since && strcmp(date, p->co->since) < 0) ||
         (p->co->until && strcmp(date, p->co->until) > 0))) {
        pthread_mutex_lock(&p->mu);
        p->out_of_range++;
        pthread_mutex_unlock(&p->mu);
        relmap_doc_free(*doc);
        *doc = NULL;
    }
    return 0;
}

/* Add an extracted document to the graph, graph_mu held; frees doc.
   Adding is serialised and does not depend on the order. Returns 0 or an
   exit code. */
static int add_job(pool *p, job *j, relmap_doc *doc)
{
    relmap_error err;
    relmap_doc_meta m;
    int rc = 0;
    memset(&err, 0, sizeof err);
    memset(&m, 0, sizeof m);
    m.id = j->id;
    m.path = j->path;
    m.url = j->url;
    m.date = j->date;
    if (relmap_graph_add_doc_meta(p->g, &m, j->text, j->len, doc, &err))
        rc = err.code == RELMAP_ENOMEM || err.code == RELMAP_EIO ? EXIT_OUTPUT : EXIT_INPUT;
    if (rc)
        report(j->shown, &err);
    relmap_doc_free(doc);
    return rc;
}

/* Extract one document into the graph. Returns 0 or an exit code. */
static int process(pool *p, job *j)
{
    relmap_doc *doc;
    int rc = extract_job(p, j, &doc);
    if (rc || doc == NULL)
        return rc;
    pthread_mutex_lock(&p->graph_mu);
    rc = add_job(p, j, doc);
    pthread_mutex_unlock(&p->graph_mu);
    return rc;
}

static void draw_progress(pool *p, int final)
{
    struct timespec now;
    double t, mb, total, rate;
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (!final && p->drawn && secs(&p->last_draw, &now) < 0.2)
        return;
    p->last_draw = now;
    p->drawn = 1;
    t = secs(&p->t0, &now);
    mb = (double)p->bytes_done / 1e6;
    total = (double)p->total_bytes / 1e6;
    rate = t > 0 ? mb / t : 0;
    fprintf(stderr, "\r%s: %zu documents, %.1f", prog, p->docs_done, mb);
    if (total > 0)
        fprintf(stderr, "/%.1f", total);
    fprintf(stderr, " MB, %.1f MB/s", rate);
    if (!final && total > mb && rate > 0)
        fprintf(stderr, ", ETA %.0f s   ", (total - mb) / rate);
    else
        fprintf(stderr, "%s", final ? "            \n" : "   ");
    fflush(stderr);
}

/* Add the worker's kept documents (graph_mu held); after a failure
   (failed), only free them. Returns 0 or an exit code. */
static int add_pending(worker *w, int failed)
{
    size_t i;
    int rc = 0;
    for (i = 0; i < w->npend; i++) {
        pending *q = &w->pend[i];
        if (failed || rc)
            relmap_doc_free(q->doc);
        else
            rc = add_job(w->p, &q->j, q->doc);
        job_free(&q->j);
    }
    w->npend = 0;
    w->pend_bytes = 0;
    return rc;
}

/* Extract a document and add it, or keep it while the graph is locked. */
static int work_on(worker *w, job *j)
{
    pool *p = w->p;
    relmap_doc *doc;
    int rc = extract_job(p, j, &doc);
    if (rc || doc == NULL)
        return rc;
    if (pthread_mutex_trylock(&p->graph_mu) != 0) {
        if (w->npend < PEND_DOCS && w->pend_bytes + j->len <= PEND_BYTES) {
            w->pend[w->npend].j = *j;
            w->pend[w->npend].doc = doc;
            w->npend++;
            w->pend_bytes += j->len;
            memset(j, 0, sizeof *j); /* kept: the caller frees nothing */
            return 0;
        }
        pthread_mutex_lock(&p->graph_mu);
    }
    rc = add_pending(w, 0);
    if (rc == 0)
        rc = add_job(p, j, doc);
    else
        relmap_doc_free(doc);
    pthread_mutex_unlock(&p->graph_mu);
    return rc;
}

static void *work(void *arg)
{
    worker *w = arg;
    pool *p = w->p;
    for (;;) {
        job j;
        size_t src_len;
        int rc;
        pthread_mutex_lock(&p->mu);
        while (p->n == 0 && !p->closed) {
            p->idle++;
            pthread_cond_wait(&p->not_empty, &p->mu);
            p->idle--;
        }
        if (p->n == 0) {
            pthread_mutex_unlock(&p->mu);
            break;
        }
        j = p->q[p->head];
        p->head = (p->head + 1) % QUEUE_DOCS;
        p->n--;
        p->bytes -= j.len;
        rc = p->failed; /* after a failure, drain the queue */
        /* wake the reader once the queue is half empty, not at every
           document: fewer context switches */
        if (p->feeder_waiting && p->n <= QUEUE_DOCS / 2)
            pthread_cond_signal(&p->not_full);
        pthread_mutex_unlock(&p->mu);
        src_len = j.src_len;
        rc = rc ? 0 : work_on(w, &j);
        pthread_mutex_lock(&p->mu);
        p->docs_done++;
        p->bytes_done += src_len;
        if (rc && !p->failed) {
            p->failed = rc;
            pthread_cond_broadcast(&p->not_full); /* the reader stops */
        }
        pthread_mutex_unlock(&p->mu);
        job_free(&j);
    }
    if (w->npend) {
        int rc, failed;
        pthread_mutex_lock(&p->mu);
        failed = p->failed;
        pthread_mutex_unlock(&p->mu);
        pthread_mutex_lock(&p->graph_mu);
        rc = add_pending(w, failed);
        pthread_mutex_unlock(&p->graph_mu);
        pthread_mutex_lock(&p->mu);
        if (rc && !p->failed)
            p->failed = rc;
        pthread_mutex_unlock(&p->mu);
    }
    return NULL;
}

typedef struct feeder {
    pool *p;
    worker *w; /* NULL: no threads, extract here */
    idset ids;
} feeder;

/* Hand a job over (ownership passes). Returns 0 or an exit code. */
static int feed(feeder *f, job *j)
{
    pool *p = f->p;
    int rc;
    if (f->w == NULL) {
        rc = process(p, j);
        p->docs_done++;
        p->bytes_done += j->src_len;
        job_free(j);
        if (p->co->progress)
            draw_progress(p, 0);
        return rc;
    }
    pthread_mutex_lock(&p->mu);
    if (!p->failed && (p->n == QUEUE_DOCS || (p->n > 0 && p->bytes + j->len > QUEUE_BYTES))) {
        /* full: sleep until it is half empty (or, for bytes, empty enough) */
        p->feeder_waiting = 1;
        while (!p->failed && (p->n > QUEUE_DOCS / 2 ||
                              (p->n > 0 && p->bytes + j->len > QUEUE_BYTES)))
            pthread_cond_wait(&p->not_full, &p->mu);
        p->feeder_waiting = 0;
    }
    rc = p->failed;
    if (!rc) {
        p->q[(p->head + p->n) % QUEUE_DOCS] = *j;
        p->n++;
        p->bytes += j->len;
        if (p->idle)
            pthread_cond_signal(&p->not_empty);
    }
    if (p->co->progress)
        draw_progress(p, 0);
    pthread_mutex_unlock(&p->mu);
    if (rc)
        job_free(j);
    return rc;
}

/* ---- inputs ---- */

static int has_suffix(const char *s, const char *suf)
{
    size_t n = strlen(s), k = strlen(suf);
    return n > k && strcmp(s + n - k, suf) == 0;
}

typedef struct pathlist {
    char **v;
    size_t n, cap;
} pathlist;

static int pl_push(pathlist *l, char *s)
{
    if (s == NULL)
        return -1;
    if (l->n == l->cap) {
        size_t nc = l->cap ? l->cap * 2 : 64;
        char **nv = realloc(l->v, nc * sizeof *nv);
        if (nv == NULL) {
            free(s);
            return -1;
        }
        l->v = nv;
        l->cap = nc;
    }
    l->v[l->n++] = s;
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Files under dir ending in suffix, recursively; hidden entries and
   symbolic links to folders are skipped. */
static int walk(const char *dir, const char *suffix, pathlist *out)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    if (d == NULL) {
        fprintf(stderr, "%s: %s: %s\n", prog, dir, strerror(errno));
        return EXIT_INPUT;
    }
    while ((e = readdir(d)) != NULL) {
        size_t n = strlen(dir) + strlen(e->d_name) + 2;
        char *p;
        struct stat st;
        int reg = 0; /* a regular file by its entry's type: no lstat */
        if (e->d_name[0] == '.')
            continue;
#ifdef DT_REG
        if (e->d_type == DT_REG) {
            if (!has_suffix(e->d_name, suffix))
                continue;
            reg = 1;
        }
#endif
        p = malloc(n);
        if (p == NULL)
            goto oom;
        snprintf(p, n, "%s%s%s", dir, has_suffix(dir, "/") ? "" : "/", e->d_name);
        if (reg) {
            if (pl_push(out, p))
                goto oom;
            continue;
        }
        if (lstat(p, &st) != 0) {
            free(p);
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            int rc = walk(p, suffix, out);
            free(p);
            if (rc) {
                closedir(d);
                return rc;
            }
        } else if (has_suffix(e->d_name, suffix) &&
                   (S_ISREG(st.st_mode) ||
                    (S_ISLNK(st.st_mode) && stat(p, &st) == 0 && S_ISREG(st.st_mode)))) {
            if (pl_push(out, p))
                goto oom;
        } else {
            free(p);
        }
    }
    closedir(d);
    return 0;
oom:
    closedir(d);
    fprintf(stderr, "%s: %s: out of memory\n", prog, dir);
    return EXIT_INPUT;
}

/* Document id of a text file: its path below the walked folder (or its
   base name), without the extension. */
static char *id_of(const char *path, const char *root)
{
    const char *base = path, *dot;
    size_t n;
    char *id;
    if (strcmp(path, "-") == 0)
        return strdup("stdin");
    if (root) {
        size_t r = strlen(root);
        base = path + r;
        while (*base == '/')
            base++;
    } else {
        const char *slash = strrchr(path, '/');
        base = slash ? slash + 1 : path;
    }
    dot = strrchr(base, '.');
    n = dot && dot != base && !strchr(dot, '/') ? (size_t)(dot - base) : strlen(base);
    id = malloc(n + 1);
    if (id) {
        memcpy(id, base, n);
        id[n] = '\0';
    }
    return id;
}

static int feed_text_file(feeder *f, const char *path, const char *root)
{
    job j;
    char *id;
    const char *shown = strcmp(path, "-") == 0 ? "standard input" : path;
    memset(&j, 0, sizeof j);
    if (slurp(path, &j.text, &j.len) != 0) {
        fprintf(stderr, "%s: %s: %s\n", prog, shown, input_error(errno, path));
        return EXIT_INPUT;
    }
    j.src_len = j.len;
    id = id_of(path, root);
    j.id = id ? unique_id(&f->ids, id) : NULL;
    free(id);
    j.path = strcmp(path, "-") == 0 ? NULL : strdup(path);
    j.shown = strdup(shown);
    if (j.id == NULL || j.shown == NULL || (strcmp(path, "-") && j.path == NULL)) {
        job_free(&j);
        fprintf(stderr, "%s: %s: out of memory\n", prog, shown);
        return EXIT_INPUT;
    }
    return feed(f, &j);
}


/* ---- JSON Lines: a fast path for the common record ----
 * An object whose keys are among id, text, date and url (each at most
 * once) with string values (or null for date and url). Anything else --
 * another key or value, \u0000, a lone surrogate, invalid UTF-8, trailing
 * bytes -- is left to jansson, so what is accepted and every error message
 * stay jansson's. */

static const char *jl_ws(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
        p++;
    return p;
}

static int jl_hex4(const char *p, const char *end, unsigned *out)
{
    int i;
    *out = 0;
    if (end - p < 4)
        return -1;
    for (i = 0; i < 4; i++) {
        char c = p[i];
        unsigned d = c >= '0' && c <= '9' ? (unsigned)(c - '0')
                   : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
                   : c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10) : 16u;
        if (d > 15)
            return -1;
        *out = *out * 16 + d;
    }
    return 0;
}

#define JL_ONES 0x0101010101010101ull
#define JL_HIGH 0x8080808080808080ull

/* The high bit of each byte of v that is zero (a true flag for the
   lowest; used only as "any"). */
static inline uint64_t jl_zero8(uint64_t v)
{
    return (v - JL_ONES) & ~v & JL_HIGH;
}

/* Whether the 8 bytes at p hold a quote or a backslash. */
static inline int jl_quote_or_escape8(const char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return (jl_zero8(v ^ (JL_ONES * '"')) | jl_zero8(v ^ (JL_ONES * '\\'))) != 0;
}

/* Whether the 8 bytes at p are all printable ASCII other than a quote
   or a backslash: copied as they are. */
static inline int jl_plain8(const char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return ((v & JL_HIGH) | ((v - JL_ONES * 0x20) & ~v & JL_HIGH) |
            jl_zero8(v ^ (JL_ONES * '"')) | jl_zero8(v ^ (JL_ONES * '\\'))) == 0;
}

#if defined(__SSE2__)
/* The 16-byte forms, where SSE2 is there (every x86-64): a bit per byte
   of the 16 at p that is a quote or a backslash (jl_qe16), or that is
   not copied as it is (jl_special16: those too, and, as signed bytes,
   those below 0x20 and those of 0x80 and above). A document's text is
   most of a line and nearly all plain: half the rounds of the 8-byte
   loops. */
static inline int jl_qe16(const char *p)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    return _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                          _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
}

static inline int jl_special16(const char *p)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    return _mm_movemask_epi8(_mm_or_si128(
        _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                     _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')))));
}
#endif

/* A string starting after its opening quote; *p ends after the closing
   one. NULL: not for the fast path (or out of memory). Text is read 8
   bytes at a time while no byte needs a look of its own. */
static char *jl_string(const char **pp, const char *end, size_t *len)
{
    const char *p = *pp, *q;
    char *out, *o;
    for (q = p; q < end && *q != '"'; q++) {
#if defined(__SSE2__)
        while (end - q >= 16) {
            int m = jl_qe16(q);
            if (m) {
                q += __builtin_ctz((unsigned)m); /* (on to that byte) */
                break;
            }
            q += 16;
        }
#endif
        while (end - q >= 8 && !jl_quote_or_escape8(q))
            q += 8;
        if (q >= end || *q == '"')
            break;
        if (*q == '\\')
            q++;
    }
    if (q >= end)
        return NULL;
    out = malloc((size_t)(q - p) + 1);
    if (out == NULL)
        return NULL;
    for (o = out; p < end && *p != '"';) {
        unsigned char c;
#if defined(__SSE2__)
        /* (whole blocks only: out has room up to the closing quote) */
        while (end - p >= 16 && jl_special16(p) == 0) {
            memcpy(o, p, 16);
            o += 16;
            p += 16;
        }
#endif
        while (end - p >= 8 && jl_plain8(p)) {
            memcpy(o, p, 8);
            o += 8;
            p += 8;
        }
        if (p >= end || *p == '"')
            break;
        c = (unsigned char)*p;
        if (c < 0x20)
            goto no;
        if (c == '\\') {
            unsigned u, lo;
            if (++p >= end)
                goto no;
            switch (*p) {
            case '"': *o++ = '"'; break;
            case '\\': *o++ = '\\'; break;
            case '/': *o++ = '/'; break;
            case 'b': *o++ = '\b'; break;
            case 'f': *o++ = '\f'; break;
            case 'n': *o++ = '\n'; break;
            case 'r': *o++ = '\r'; break;
            case 't': *o++ = '\t'; break;
            case 'u':
                if (jl_hex4(p + 1, end, &u) || u == 0 || (u >= 0xDC00 && u <= 0xDFFF))
                    goto no;
                p += 4;
                if (u >= 0xD800 && u <= 0xDBFF) {
                    if (end - p < 7 || p[1] != '\\' || p[2] != 'u' ||
                        jl_hex4(p + 3, end, &lo) || lo < 0xDC00 || lo > 0xDFFF)
                        goto no;
                    u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                    p += 6;
                }
                /* never longer than the escape: 6 bytes give at most 3,
                   a surrogate pair's 12 give 4 */
                if (u < 0x80) {
                    *o++ = (char)u;
                } else if (u < 0x800) {
                    *o++ = (char)(0xC0 | (u >> 6));
                    *o++ = (char)(0x80 | (u & 0x3F));
                } else if (u < 0x10000) {
                    *o++ = (char)(0xE0 | (u >> 12));
                    *o++ = (char)(0x80 | ((u >> 6) & 0x3F));
                    *o++ = (char)(0x80 | (u & 0x3F));
                } else {
                    *o++ = (char)(0xF0 | (u >> 18));
                    *o++ = (char)(0x80 | ((u >> 12) & 0x3F));
                    *o++ = (char)(0x80 | ((u >> 6) & 0x3F));
                    *o++ = (char)(0x80 | (u & 0x3F));
                }
                break;
            default:
                goto no;
            }
            p++;
            continue;
        }
        if (c >= 0x80) { /* one whole, valid UTF-8 sequence */
            size_t need = utf8_seq((const unsigned char *)p, (size_t)(end - p));
            if (need == 0)
                goto no;
            memcpy(o, p, need);
            o += need;
            p += need;
            continue;
        }
        *o++ = (char)c;
        p++;
    }
    if (p >= end)
        goto no;
    *o = '\0';
    *len = (size_t)(o - out);
    *pp = p + 1;
    return out;
no:
    free(out);
    return NULL;
}

/* 0: parsed into j (id, text, date, url set); -1: leave it to jansson. */
static int jl_fast(const char *line, size_t n, job *j)
{
    static const char *const keys[] = {"id", "text", "date", "url"};
    const char *p = line, *end = line + n;
    char *val[4] = {NULL, NULL, NULL, NULL};
    int seen[4] = {0, 0, 0, 0}, k;
    size_t vlen[4] = {0, 0, 0, 0};
    p = jl_ws(p, end);
    if (p >= end || *p++ != '{')
        return -1;
    p = jl_ws(p, end);
    for (;;) {
        const char *ks;
        size_t kn;
        if (p >= end || *p != '"')
            goto no;
        ks = ++p;
        while (p < end && *p != '"' && *p != '\\')
            p++;
        if (p >= end || *p != '"')
            goto no;
        kn = (size_t)(p - ks);
        p++;
        for (k = 0; k < 4; k++)
            if (strlen(keys[k]) == kn && memcmp(keys[k], ks, kn) == 0)
                break;
        if (k == 4 || seen[k])
            goto no;
        seen[k] = 1;
        p = jl_ws(p, end);
        if (p >= end || *p++ != ':')
            goto no;
        p = jl_ws(p, end);
        if (p < end && *p == '"') {
            p++;
            if ((val[k] = jl_string(&p, end, &vlen[k])) == NULL)
                goto no;
        } else if (k >= 2 && end - p >= 4 && memcmp(p, "null", 4) == 0) {
            p += 4;
        } else {
            goto no;
        }
        p = jl_ws(p, end);
        if (p < end && *p == ',') {
            p = jl_ws(p + 1, end);
            continue;
        }
        if (p < end && *p == '}')
            break;
        goto no;
    }
    p = jl_ws(p + 1, end);
    if (p != end || !val[0] || !val[1] || (val[2] && !relmap_date_valid(val[2])))
        goto no;
    j->id = val[0];
    j->text = val[1];
    j->len = vlen[1];
    j->date = val[2];
    j->url = val[3];
    return 0;
no:
    for (k = 0; k < 4; k++)
        free(val[k]);
    return -1;
}

static char *shown_at(const char *shown, size_t lineno)
{
    /* "FILE:LINE", once per line read: written by hand, as snprintf
       would */
    size_t n = strlen(shown), k = 0;
    char d[24], *at = malloc(n + 32);
    do {
        d[k++] = (char)('0' + lineno % 10);
        lineno /= 10;
    } while (lineno);
    if (at) {
        memcpy(at, shown, n);
        at[n++] = ':';
        while (k)
            at[n++] = d[--k];
        at[n] = '\0';
    }
    return at;
}

/* One JSON Lines record to a job. Returns 0, or -1 after printing why the
   line is skipped. */
static int parse_line(const char *shown, size_t lineno, const char *line, size_t len,
                      job *j)
{
    json_error_t jerr;
    json_t *o, *v;
    const char *why = NULL;
    memset(j, 0, sizeof *j);
    if (jl_fast(line, len, j) == 0) {
        j->shown = shown_at(shown, lineno);
        return 0;
    }
    o = json_loadb(line, len, JSON_REJECT_DUPLICATES, &jerr);
    if (o == NULL) {
        fprintf(stderr, "%s: %s:%zu:%d: %s; line skipped\n", prog, shown, lineno,
                jerr.column, jerr.text);
        return -1;
    }
    if (!json_is_object(o))
        why = "expected a JSON object";
    else if (!json_is_string(json_object_get(o, "id")))
        why = "\"id\" must be a string";
    else if (!json_is_string(json_object_get(o, "text")))
        why = "\"text\" must be a string";
    else if ((v = json_object_get(o, "date")) && !json_is_null(v) &&
             (!json_is_string(v) || !relmap_date_valid(json_string_value(v))))
        why = "\"date\" must be YYYY-MM-DD";
    else if ((v = json_object_get(o, "url")) && !json_is_null(v) && !json_is_string(v))
        why = "\"url\" must be a string";
    if (why) {
        fprintf(stderr, "%s: %s:%zu: %s; line skipped\n", prog, shown, lineno, why);
        json_decref(o);
        return -1;
    }
    v = json_object_get(o, "text");
    j->len = json_string_length(v);
    j->text = malloc(j->len + 1);
    if (j->text)
        memcpy(j->text, json_string_value(v), j->len + 1);
    j->id = strdup(json_string_value(json_object_get(o, "id")));
    if ((v = json_object_get(o, "date")) && json_is_string(v))
        j->date = strdup(json_string_value(v));
    if ((v = json_object_get(o, "url")) && json_is_string(v))
        j->url = strdup(json_string_value(v));
    j->shown = shown_at(shown, lineno);
    json_decref(o);
    return 0;
}

/* Lines of a JSON Lines file, read a block at a time: read_line's getc
   per byte was most of the reader thread's time. */
typedef struct lines {
    FILE *in;
    char *buf;
    size_t cap, beg, end; /* buf[beg, end) is read and not yet returned */
    int eof;
} lines;

#define LINES_BLOCK (1u << 20)

/* The next line, without its newline and NUL-terminated, in *line (valid
   until the next call); as read_line: lines longer than max are skipped
   (*too_long set, *len 0). Returns 0, -1 at the end of the input, or -2
   when out of memory (errno set). */
static int next_line(lines *L, size_t max, char **line, size_t *len, int *too_long)
{
    size_t scanned = 0; /* bytes after beg known to hold no newline */
    *too_long = 0;
    for (;;) {
        char *nl = L->end > L->beg + scanned
                       ? memchr(L->buf + L->beg + scanned, '\n', L->end - L->beg - scanned)
                       : NULL;
        size_t r;
        if (nl != NULL || (L->eof && L->end > L->beg)) {
            size_t n = nl ? (size_t)(nl - L->buf) - L->beg : L->end - L->beg;
            *line = L->buf + L->beg;
            (*line)[n] = '\0'; /* the newline, or the byte kept free after the end */
            L->beg = nl ? L->beg + n + 1 : L->end;
            *len = *too_long || n > max ? 0 : n;
            if (n > max)
                *too_long = 1;
            return 0;
        }
        if (L->eof)
            return *too_long ? (*len = 0, *line = L->buf, 0) : -1;
        scanned = L->end - L->beg;
        if (scanned > max) {
            /* too long: keep nothing of it, read on to its newline */
            *too_long = 1;
            L->beg = L->end = scanned = 0;
        }
        if (L->beg > 0) {
            memmove(L->buf, L->buf + L->beg, L->end - L->beg);
            L->end -= L->beg;
            L->beg = 0;
        }
        if (L->cap - L->end < LINES_BLOCK / 2 + 1) {
            size_t nc = L->cap ? L->cap * 2 : LINES_BLOCK;
            char *nb = nc < L->cap ? NULL : realloc(L->buf, nc);
            if (nb == NULL) {
                errno = ENOMEM;
                return -2;
            }
            L->buf = nb;
            L->cap = nc;
        }
        r = fread(L->buf + L->end, 1, L->cap - L->end - 1, L->in);
        L->end += r;
        if (r == 0)
            L->eof = 1;
    }
}

static int feed_jsonl_file(feeder *f, const char *path, size_t *skipped)
{
    FILE *in = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    const char *shown = in == stdin ? "standard input" : path;
    char *line = NULL;
    lines L;
    size_t lineno = 0, len, max = input_limit(path);
    int rc = 0, too_long, r = 0;
    if (in == NULL) {
        fprintf(stderr, "%s: %s: %s\n", prog, shown, strerror(errno));
        return EXIT_INPUT;
    }
    memset(&L, 0, sizeof L);
    L.in = in;
    while (rc == 0 && (r = next_line(&L, max, &line, &len, &too_long)) == 0) {
        size_t got = len + 1, k; /* with its newline, for the progress count */
        job j;
        char *uid;
        lineno++;
        if (too_long) {
            fprintf(stderr, "%s: %s:%zu: %s; line skipped\n", prog, shown, lineno,
                    input_error(EFBIG, path));
            (*skipped)++;
            continue;
        }
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            len--;
        for (k = 0; k < len && (line[k] == ' ' || line[k] == '\t'); k++)
            ;
        if (k == len)
            continue; /* blank line */
        if (parse_line(shown, lineno, line, len, &j)) {
            (*skipped)++;
            continue;
        }
        j.src_len = got;
        uid = j.id ? unique_id(&f->ids, j.id) : NULL;
        free(j.id);
        j.id = uid;
        if (j.id == NULL || j.text == NULL || j.shown == NULL) {
            job_free(&j);
            fprintf(stderr, "%s: %s:%zu: out of memory\n", prog, shown, lineno);
            rc = EXIT_INPUT;
            break;
        }
        rc = feed(f, &j);
    }
    if (rc == 0 && (ferror(in) || r == -2)) {
        fprintf(stderr, "%s: %s: %s\n", prog, shown, strerror(r == -2 ? ENOMEM : EIO));
        rc = EXIT_INPUT;
    }
    free(L.buf);
    if (in != stdin)
        fclose(in);
    return rc;
}

static size_t size_of(const char *path)
{
    struct stat st;
    if (strcmp(path, "-") == 0 || stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return 0;
    return (size_t)st.st_size;
}

/* Feed one command-line argument: a file, "-" or a folder. */
static int feed_arg(feeder *f, const char *arg, size_t *skipped)
{
    struct stat st;
    if (strcmp(arg, "-") != 0 && stat(arg, &st) == 0 && S_ISDIR(st.st_mode)) {
        pathlist l = {0};
        size_t i;
        int rc = walk(arg, f->p->co->jsonl ? ".jsonl" : ".txt", &l);
        if (rc == 0 && l.n == 0)
            fprintf(stderr, "%s: %s: warning: no %s files in this folder\n", prog, arg,
                    f->p->co->jsonl ? ".jsonl" : ".txt");
        if (l.n)
            qsort(l.v, l.n, sizeof *l.v, cmp_str);
        for (i = 0; rc == 0 && i < l.n; i++)
            rc = f->p->co->jsonl ? feed_jsonl_file(f, l.v[i], skipped)
                                 : feed_text_file(f, l.v[i], arg);
        for (i = 0; i < l.n; i++)
            free(l.v[i]);
        free(l.v);
        return rc;
    }
    return f->p->co->jsonl ? feed_jsonl_file(f, arg, skipped) : feed_text_file(f, arg, NULL);
}

int corpus_extract(const corpus_opts *co, const relmap_extractor *x, int nfiles,
                   const char **files, relmap_graph **out)
{
    pool p;
    feeder f;
    worker *w = NULL;
    int i, nw = co->threads > 1 ? co->threads : 0, started = 0, rc = 0;
    size_t skipped = 0;
    struct stat st;

    /* one text file is one document: workers would only hand it over (and
       make every malloc take a lock), so it is extracted here */
    if (nw && !co->jsonl && nfiles == 1 &&
        (strcmp(files[0], "-") == 0 || (stat(files[0], &st) == 0 && !S_ISDIR(st.st_mode))))
        nw = 0;

    *out = NULL;
    memset(&p, 0, sizeof p);
    memset(&f, 0, sizeof f);
    p.x = x;
    p.co = co;
    clock_gettime(CLOCK_MONOTONIC, &p.t0);
    if (co->progress)
        for (i = 0; i < nfiles; i++)
            p.total_bytes += size_of(files[i]);
    pthread_mutex_init(&p.mu, NULL);
    pthread_mutex_init(&p.graph_mu, NULL);
    pthread_cond_init(&p.not_empty, NULL);
    pthread_cond_init(&p.not_full, NULL);
    f.p = &p;
    if (relmap_graph_new(&p.g)) {
        fprintf(stderr, "%s: out of memory\n", prog);
        rc = EXIT_INPUT;
        goto done;
    }
    relmap_graph_set_max_evidence(p.g, co->max_evidence);
    if (co->max_memory && relmap_graph_set_memory_limit(p.g, co->max_memory / 2, NULL)) {
        fprintf(stderr, "%s: out of memory\n", prog);
        rc = EXIT_INPUT;
        goto done;
    }
    if (nw) {
        w = calloc((size_t)nw, sizeof *w);
        if (w == NULL) {
            fprintf(stderr, "%s: out of memory\n", prog);
            rc = EXIT_INPUT;
            goto done;
        }
        for (i = 0; i < nw; i++)
            w[i].p = &p;
        for (i = 0; i < nw; i++, started++)
            if (pthread_create(&w[i].th, NULL, work, &w[i]) != 0) {
                fprintf(stderr, "%s: cannot start worker threads\n", prog);
                rc = EXIT_INPUT;
                goto done;
            }
        f.w = w;
    }
    for (i = 0; rc == 0 && i < nfiles; i++)
        rc = feed_arg(&f, files[i], &skipped);
done:
    pthread_mutex_lock(&p.mu);
    p.closed = 1;
    if (rc && !p.failed)
        p.failed = rc;
    pthread_cond_broadcast(&p.not_empty);
    pthread_mutex_unlock(&p.mu);
    for (i = 0; i < started; i++)
        pthread_join(w[i].th, NULL);
    rc = p.failed;
    free(w);
    if (co->progress && p.drawn)
        draw_progress(&p, 1);
    if (skipped)
        fprintf(stderr, "%s: warning: %zu JSON Lines record%s skipped (see above)\n", prog,
                skipped, skipped == 1 ? "" : "s");
    if (p.out_of_range && rc == 0 && p.docs_done == p.out_of_range)
        fprintf(stderr, "%s: warning: no document dated within --since/--until\n", prog);
    idset_free(&f.ids);
    pthread_cond_destroy(&p.not_full);
    pthread_cond_destroy(&p.not_empty);
    pthread_mutex_destroy(&p.mu);
    pthread_mutex_destroy(&p.graph_mu);
    if (rc) {
        relmap_graph_free(p.g);
        return rc;
    }
    *out = p.g;
    return 0;
}
