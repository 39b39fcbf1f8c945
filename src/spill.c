/* Spilling: a graph over its memory limit writes its edges, sorted by the
 * key the exporters sort by, to a temporary file (a "run") and forgets
 * them. Exporting merges the runs, as relmap_graph_merge would merge the
 * graphs they were: weights summed, items united, evidence the earliest by
 * (document id, offset), dates widened. So the output is the same, byte
 * for byte, while memory holds one edge per run.
 *
 * Run files are made without a name (O_TMPFILE), or, where the file
 * system cannot, unlinked as soon as they are made: whatever way the
 * process ends, nothing is left behind. They are read with pread, so
 * several exports may read one graph's runs at once. A run is a sequence
 * of records, each a 64-bit length and the bytes: numbers are native
 * 64-bit integers and strings a length, the bytes and a NUL, so a record
 * read into memory is used in place. Past RM_SPILL_FANIN runs, they are
 * merged into one, so the number of open files and buffers stays bounded
 * whatever the size of the corpus. */
#define _GNU_SOURCE /* O_TMPFILE */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "graph_int.h"

#define RM_SPILL_FANIN 16
/* Smaller runs (a tiny limit) are written at once: a thread of their own
   would cost more than it saves. */
#define RM_SPILL_ASYNC_MIN ((size_t)1 << 20)
#define NOSTR UINT64_MAX
#define RD_BUF 65536
#define WR_BUF 65536

/* ---- writing ---- */

typedef struct wr {
    rm_run *run;
    rm_buf b;
    uint64_t off; /* bytes written to the file */
} wr;

static int io_error(relmap_error *err, const rm_run *r, const char *what, int e)
{
    return rm_error_set(err, RELMAP_EIO, r->path, 0, 0,
                        "%s temporary file of spilled edges: %s", what, strerror(e));
}

static int wr_flush(wr *w, relmap_error *err)
{
    size_t off = 0;
    if (w->b.failed)
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    while (off < w->b.len) {
        ssize_t n = write(w->run->fd, w->b.ptr + off, w->b.len - off);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return io_error(err, w->run, "cannot write the", errno);
        }
        off += (size_t)n;
    }
    w->off += w->b.len;
    w->b.len = 0;
    return 0;
}

static void put64(rm_buf *b, uint64_t v)
{
    rm_buf_put(b, (const char *)&v, sizeof v);
}

static void putstr(rm_buf *b, const char *s)
{
    size_t n;
    if (s == NULL) {
        put64(b, NOSTR);
        return;
    }
    n = strlen(s);
    put64(b, (uint64_t)n);
    rm_buf_put(b, s, n + 1);
}

/* A record: its length, then what put_fn wrote. */
static size_t rec_begin(rm_buf *b)
{
    size_t at = b->len;
    put64(b, 0);
    return at;
}

static void rec_end(rm_buf *b, size_t at)
{
    uint64_t n = (uint64_t)(b->len - at - sizeof n);
    if (!b->failed)
        memcpy(b->ptr + at, &n, sizeof n);
}

static void put_edge(rm_buf *b, const rm_gedge *e, const size_t *ords)
{
    size_t at = rec_begin(b), k;
    put64(b, e->s);
    put64(b, e->t);
    put64(b, (uint64_t)e->relation);
    put64(b, (uint64_t)e->modality);
    put64(b, e->weight);
    putstr(b, e->first);
    putstr(b, e->last);
    put64(b, e->items.n);
    for (k = 0; k < e->items.n; k++)
        putstr(b, e->items.v[k]);
    put64(b, e->ev.n);
    for (k = 0; k < e->ev.n; k++) {
        const rm_evidence *x = &e->ev.v[k];
        put64(b, ords[k]);
        put64(b, x->start);
        put64(b, x->end);
        putstr(b, x->doc);
        putstr(b, x->text ? x->text : "");
        putstr(b, x->trigger);
        putstr(b, x->cue_copy);
        putstr(b, x->rule);
    }
    rec_end(b, at);
}

static void put_doc(rm_buf *b, const rm_docrec *d)
{
    size_t at = rec_begin(b);
    put64(b, d->ord);
    putstr(b, d->id);
    putstr(b, d->path);
    putstr(b, d->url);
    putstr(b, d->date);
    rec_end(b, at);
}

/* A new, already unlinked, run file in @p dir (NULL: $TMPDIR, else /tmp). */
static int run_create(const char *dir, rm_run *r, relmap_error *err)
{
    if (dir == NULL)
        dir = getenv("TMPDIR");
    size_t n;
    memset(r, 0, sizeof *r);
    r->fd = -1;
    if (dir == NULL || dir[0] == '\0')
        dir = "/tmp";
    n = strlen(dir) + 32;
    r->path = malloc(n);
    if (r->path == NULL)
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
#ifdef O_TMPFILE
    /* a file with no name at all: nothing to leave behind, even when the
       process is killed at this very moment */
    snprintf(r->path, n, "%s/relmap-run-(unnamed)", dir);
    r->fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (r->fd >= 0)
        return 0;
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL) {
        int e = errno;
        return io_error(err, r, "cannot create a", e);
    }
#endif
    /* (a file system without unnamed files: named for an instant) */
    snprintf(r->path, n, "%s/relmap-run-XXXXXX", dir);
    r->fd = mkstemp(r->path);
    if (r->fd < 0) {
        int e = errno;
        return io_error(err, r, "cannot create a", e);
    }
    unlink(r->path);
    return 0;
}

static void run_close(rm_run *r)
{
    if (r->fd >= 0)
        close(r->fd);
    free(r->path);
    r->fd = -1;
    r->path = NULL;
}

rm_spill *rm_spill_new(void)
{
    rm_spill *s = calloc(1, sizeof *s);
    if (s && pthread_mutex_init(&s->mu, NULL) != 0) {
        free(s);
        s = NULL;
    }
    return s;
}

static void batch_free(rm_batch *b);

void rm_spill_free(rm_spill *s)
{
    size_t i;
    if (s == NULL)
        return;
    if (s->pending) {
        pthread_join(s->th, NULL);
        batch_free(s->pending);
    }
    pthread_mutex_destroy(&s->mu);
    for (i = 0; i < s->runs.n; i++)
        run_close(&s->runs.v[i]);
    rm_vec_free(&s->runs);
    free(s->dir);
    free(s);
}

/* ---- reading ---- */

typedef struct rd {
    const rm_run *run;
    uint64_t pos, end; /* next file offset to read; end of the section */
    char *buf;
    size_t cap, at, len; /* buf[at, len): read, not yet used */
} rd;

static int corrupt(relmap_error *err, const rm_run *r)
{
    return rm_error_set(err, RELMAP_EIO, r->path, 0, 0,
                        "temporary file of spilled edges is damaged");
}

/* Make @p n bytes available at buf + at. */
static int rd_fill(rd *r, size_t n, relmap_error *err)
{
    if (r->len - r->at >= n)
        return 0;
    if (r->at > 0) {
        memmove(r->buf, r->buf + r->at, r->len - r->at);
        r->len -= r->at;
        r->at = 0;
    }
    if (n > r->cap) {
        size_t nc = r->cap ? r->cap : RD_BUF;
        char *nb;
        while (nc < n)
            nc *= 2;
        nb = realloc(r->buf, nc);
        if (nb == NULL)
            return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
        r->buf = nb;
        r->cap = nc;
    }
    while (r->len < n) {
        size_t want = r->cap - r->len;
        ssize_t got;
        if (want > r->end - r->pos)
            want = (size_t)(r->end - r->pos);
        if (want == 0)
            return corrupt(err, r->run);
        got = pread(r->run->fd, r->buf + r->len, want, (off_t)r->pos);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return io_error(err, r->run, "cannot read the", errno);
        if (got == 0)
            return corrupt(err, r->run);
        r->len += (size_t)got;
        r->pos += (uint64_t)got;
    }
    return 0;
}

/* The next record of the section: 1, 0 at its end, or a negative status.
   *rec stays valid until the next call. */
static int rd_next(rd *r, const char **rec, size_t *n, relmap_error *err)
{
    uint64_t len;
    int rc;
    if (r->at == r->len && r->pos >= r->end)
        return 0;
    if ((rc = rd_fill(r, sizeof len, err)) != 0)
        return rc;
    memcpy(&len, r->buf + r->at, sizeof len);
    r->at += sizeof len;
    if (len > SIZE_MAX / 2)
        return corrupt(err, r->run);
    if ((rc = rd_fill(r, (size_t)len, err)) != 0)
        return rc;
    *rec = r->buf + r->at;
    *n = (size_t)len;
    r->at += (size_t)len;
    return 1;
}

/* Decoding a record in place. */
typedef struct cur {
    const char *p, *end;
    int bad;
} cur;

static uint64_t get64(cur *c)
{
    uint64_t v = 0;
    if (c->end - c->p < (long)sizeof v) {
        c->bad = 1;
        return 0;
    }
    memcpy(&v, c->p, sizeof v);
    c->p += sizeof v;
    return v;
}

static const char *getstr(cur *c)
{
    uint64_t n = get64(c);
    const char *s = c->p;
    if (n == NOSTR || c->bad)
        return NULL;
    if ((uint64_t)(c->end - c->p) < n + 1 || s[n] != '\0') {
        c->bad = 1;
        return NULL;
    }
    c->p += n + 1;
    return s;
}

/* ---- merging edges ---- */

typedef struct msrc {
    rd r;                     /* a run, or */
    const size_t *order;      /* the edges in memory, in edge order */
    size_t i, n;
    int live, took;
    uint64_t key;
    const rm_gedge *e;
    rm_gedge dec;             /* a decoded run edge: vectors owned, strings borrowed */
    RM_VEC(size_t) ords;
} msrc;

struct rm_merge {
    const relmap_graph *g;
    uint64_t *rank;           /* node index -> position by id */
    uint64_t rel_rank[RELMAP_REL__COUNT];
    msrc *src;
    size_t nsrc;
    rm_gedge out;             /* vectors owned, strings borrowed */
    RM_VEC(size_t) ords;
    int started;
    int cited_only; /* rm_merge_cited: only the evidence is merged */
};

static uint64_t edge_key(const rm_merge *m, const rm_gedge *e)
{
    return m->rank[e->s] << 40 | m->rank[e->t] << 16 | m->rel_rank[e->relation] << 8 |
           (uint64_t)e->modality;
}

static int rel_name_cmp(const void *x, const void *y)
{
    return strcmp(relmap_relation_name(*(const relmap_relation *)x),
                  relmap_relation_name(*(const relmap_relation *)y));
}

/* Each relation's position in name order (the exporters' edge order). */
static void rel_ranks(uint64_t *rank)
{
    relmap_relation rels[RELMAP_REL__COUNT];
    size_t i;
    for (i = 0; i < RELMAP_REL__COUNT; i++)
        rels[i] = (relmap_relation)i;
    qsort(rels, RELMAP_REL__COUNT, sizeof rels[0], rel_name_cmp);
    for (i = 0; i < RELMAP_REL__COUNT; i++)
        rank[rels[i]] = i;
}

static int decode_edge(const relmap_graph *g, msrc *s, const char *rec, size_t n,
                       relmap_error *err)
{
    cur c = {rec, rec + n, 0};
    rm_gedge *e = &s->dec;
    const char *first, *last;
    uint64_t k, ni, nev, rel, mod;
    e->s = (size_t)get64(&c);
    e->t = (size_t)get64(&c);
    rel = get64(&c);
    mod = get64(&c);
    e->weight = (size_t)get64(&c);
    first = getstr(&c);
    last = getstr(&c);
    ni = get64(&c);
    if (c.bad || e->s >= g->nodes.n || e->t >= g->nodes.n || rel >= RELMAP_REL__COUNT ||
        mod >= RELMAP_MOD__COUNT || !first || !last || strlen(first) > 10 ||
        strlen(last) > 10 || ni > n)
        return corrupt(err, s->r.run);
    e->relation = (relmap_relation)rel;
    e->modality = (relmap_modality)mod;
    memcpy(e->first, first, strlen(first) + 1);
    memcpy(e->last, last, strlen(last) + 1);
    e->items.n = 0;
    if (rm_vec_reserve_((void **)&e->items.v, &e->items.cap, (size_t)ni, sizeof(char *)))
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    for (k = 0; k < ni; k++)
        e->items.v[e->items.n++] = (char *)getstr(&c);
    nev = get64(&c);
    if (c.bad || nev > n)
        return corrupt(err, s->r.run);
    e->ev.n = 0;
    s->ords.n = 0;
    if (rm_vec_reserve_((void **)&e->ev.v, &e->ev.cap, (size_t)nev, sizeof(rm_evidence)) ||
        rm_vec_reserve_((void **)&s->ords.v, &s->ords.cap, (size_t)nev, sizeof(size_t)))
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    for (k = 0; k < nev; k++) {
        rm_evidence *x = &e->ev.v[e->ev.n++];
        s->ords.v[s->ords.n++] = (size_t)get64(&c);
        x->start = (size_t)get64(&c);
        x->end = (size_t)get64(&c);
        x->doc = getstr(&c);
        x->text = (char *)getstr(&c);
        x->trigger = getstr(&c);
        x->cue_copy = getstr(&c);
        x->rule = getstr(&c);
        if (x->doc == NULL)
            c.bad = 1;
    }
    for (k = 0; k < ni; k++)
        if (e->items.v[k] == NULL)
            c.bad = 1;
    if (c.bad || c.p != c.end)
        return corrupt(err, s->r.run);
    return 0;
}

/* Move a source to its next edge. */
static int advance(rm_merge *m, msrc *s, relmap_error *err)
{
    const relmap_graph *g = m->g;
    s->live = 0;
    if (s->order) {
        const rm_gedge *e;
        size_t k;
        if (s->i >= s->n)
            return 0;
        e = &g->edges.v[s->order[s->i++]];
        s->ords.n = 0;
        if (rm_vec_reserve_((void **)&s->ords.v, &s->ords.cap, e->ev.n + 1, sizeof(size_t)))
            return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
        for (k = 0; k < e->ev.n; k++) {
            long di = rm_map_get(&g->doc_by_id, e->ev.v[k].doc, strlen(e->ev.v[k].doc));
            s->ords.v[s->ords.n++] = di >= 0 ? g->docs.v[di].ord : 0;
        }
        s->e = e;
    } else {
        const char *rec;
        size_t n;
        int rc = rd_next(&s->r, &rec, &n, err);
        if (rc <= 0)
            return rc;
        if ((rc = decode_edge(g, s, rec, n, err)) != 0)
            return rc;
        s->e = &s->dec;
    }
    s->key = edge_key(m, s->e);
    s->live = 1;
    return 0;
}

void rm_merge_close(rm_merge *m)
{
    size_t i;
    if (m == NULL)
        return;
    for (i = 0; i < m->nsrc; i++) {
        msrc *s = &m->src[i];
        free(s->r.buf);
        free((void *)s->order);
        rm_vec_free(&s->dec.items);
        rm_vec_free(&s->dec.ev);
        rm_vec_free(&s->ords);
    }
    free(m->src);
    free(m->rank);
    rm_vec_free(&m->out.items);
    rm_vec_free(&m->out.ev);
    rm_vec_free(&m->ords);
    free(m);
}

int rm_merge_open(rm_merge **out, const relmap_graph *g, int with_memory,
                  relmap_error *err)
{
    rm_merge *m = calloc(1, sizeof *m);
    size_t *no = NULL, i, nruns;
    int rc;
    *out = NULL;
    if (m == NULL)
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    if ((rc = rm_spill_wait(g, err)) != 0) {
        free(m);
        return rc;
    }
    nruns = g->spill ? g->spill->runs.n : 0;
    m->g = g;
    if (g->nodes.n >= ((size_t)1 << 24))
        rc = rm_error_set(err, RELMAP_EINVAL, "", 0, 0, "too many actors to spill");
    m->rank = malloc((g->nodes.n + 1) * sizeof *m->rank);
    no = rm_graph_node_order(g);
    m->src = calloc(nruns + 2, sizeof *m->src);
    if (rc == 0 && (m->rank == NULL || no == NULL || m->src == NULL))
        rc = rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    if (rc) {
        free(no);
        rm_merge_close(m);
        return rc;
    }
    for (i = 0; i < g->nodes.n; i++)
        m->rank[no[i]] = i;
    free(no);
    rel_ranks(m->rel_rank);
    for (i = 0; i < nruns; i++) {
        msrc *s = &m->src[m->nsrc++];
        s->r.run = &g->spill->runs.v[i];
        s->r.end = s->r.run->edges_end;
    }
    if (with_memory && g->edges.n > 0) {
        msrc *s = &m->src[m->nsrc++];
        s->order = rm_graph_edge_order(g);
        s->n = g->edges.n;
        if (s->order == NULL)
            rc = rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    }
    for (i = 0; rc == 0 && i < m->nsrc; i++)
        rc = advance(m, &m->src[i], err);
    if (rc) {
        rm_merge_close(m);
        return rc;
    }
    *out = m;
    return 0;
}

/* Add a source's edge to m->out, as relmap_graph_merge adds an edge. */
static int combine(rm_merge *m, const rm_gedge *e, const size_t *ords)
{
    rm_gedge *o = &m->out;
    size_t k, cap = m->g->max_evidence;
    o->weight += e->weight;
    if (!m->cited_only)
        rm_graph_edge_see(o, e->first[0] ? e->first : NULL);
    if (!m->cited_only)
        rm_graph_edge_see(o, e->last[0] ? e->last : NULL);
    for (k = 0; k < e->items.n && !m->cited_only; k++) {
        /* sorted, unique, the smallest RM_MAX_ITEMS */
        long pos = rm_str_pos(o->items.v, o->items.n, e->items.v[k]);
        size_t lo;
        if (pos < 0 || (size_t)pos >= RM_MAX_ITEMS)
            continue;
        lo = (size_t)pos;
        if (rm_vec_reserve_((void **)&o->items.v, &o->items.cap, o->items.n + 1,
                            sizeof(char *)))
            return -1;
        memmove(o->items.v + lo + 1, o->items.v + lo, (o->items.n - lo) * sizeof(char *));
        o->items.v[lo] = e->items.v[k];
        if (++o->items.n > RM_MAX_ITEMS)
            o->items.n--;
    }
    for (k = 0; k < e->ev.n; k++) {
        const rm_evidence *x = &e->ev.v[k];
        size_t lo;
        long pos = rm_ev_pos(o, x->doc, x->start);
        if (pos < 0 || (size_t)pos >= cap)
            continue;
        lo = (size_t)pos;
        if (rm_vec_reserve_((void **)&o->ev.v, &o->ev.cap, o->ev.n + 1, sizeof *x) ||
            rm_vec_reserve_((void **)&m->ords.v, &m->ords.cap, o->ev.n + 1, sizeof(size_t)))
            return -1;
        memmove(o->ev.v + lo + 1, o->ev.v + lo, (o->ev.n - lo) * sizeof *x);
        memmove(m->ords.v + lo + 1, m->ords.v + lo, (o->ev.n - lo) * sizeof(size_t));
        o->ev.v[lo] = *x;
        m->ords.v[lo] = ords[k];
        if (++o->ev.n > cap)
            o->ev.n--;
        m->ords.n = o->ev.n;
    }
    return 0;
}

int rm_merge_next(rm_merge *m, const rm_gedge **e, const size_t **ords,
                  relmap_error *err)
{
    size_t i;
    uint64_t min = UINT64_MAX;
    int any = 0, rc;
    if (m->started)
        for (i = 0; i < m->nsrc; i++)
            if (m->src[i].took && (rc = advance(m, &m->src[i], err)) != 0)
                return rc;
    m->started = 1;
    for (i = 0; i < m->nsrc; i++) {
        m->src[i].took = 0;
        if (m->src[i].live && (!any || m->src[i].key < min)) {
            min = m->src[i].key;
            any = 1;
        }
    }
    if (!any)
        return 0;
    m->out.weight = 0;
    m->out.first[0] = m->out.last[0] = '\0';
    m->out.items.n = 0;
    m->out.ev.n = 0;
    m->ords.n = 0;
    for (i = 0; i < m->nsrc; i++) {
        msrc *s = &m->src[i];
        if (!s->live || s->key != min)
            continue;
        s->took = 1;
        m->out.s = s->e->s;
        m->out.t = s->e->t;
        m->out.relation = s->e->relation;
        m->out.modality = s->e->modality;
        if (combine(m, s->e, s->ords.v))
            return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    }
    *e = &m->out;
    *ords = m->ords.v;
    return 1;
}

long rm_merge_cited(const relmap_graph *g, int with_memory, unsigned char *cited,
                    relmap_error *err)
{
    rm_merge *m;
    const rm_gedge *e;
    const size_t *ords;
    long n = 0;
    int rc = rm_merge_open(&m, g, with_memory, err);
    if (rc)
        return rc;
    /* which documents the kept evidence cites depends on the evidence
       alone: items and dates need not be merged */
    m->cited_only = 1;
    while ((rc = rm_merge_next(m, &e, &ords, err)) == 1) {
        size_t k;
        for (k = 0; k < e->ev.n; k++) {
            size_t o = ords[k];
            if (o < g->next_ord && !(cited[o / 8] & (1u << (o % 8)))) {
                cited[o / 8] |= (unsigned char)(1u << (o % 8));
                n++;
            }
        }
    }
    rm_merge_close(m);
    return rc < 0 ? rc : n;
}

/* ---- merging documents ---- */

typedef struct dsrc {
    rd r;
    const size_t *order; /* documents in memory, by id */
    size_t i, n;
    int live;
    rm_docrec d;
} dsrc;

static int doc_advance(const relmap_graph *g, dsrc *s, relmap_error *err)
{
    s->live = 0;
    if (s->order) {
        const rm_gdoc *d;
        if (s->i >= s->n)
            return 0;
        d = &g->docs.v[s->order[s->i++]];
        s->d.ord = d->ord;
        s->d.id = d->id;
        s->d.path = d->path;
        s->d.url = d->url;
        s->d.date = d->date;
    } else {
        const char *rec;
        size_t n;
        cur c;
        int rc = rd_next(&s->r, &rec, &n, err);
        if (rc <= 0)
            return rc;
        c.p = rec;
        c.end = rec + n;
        c.bad = 0;
        s->d.ord = (size_t)get64(&c);
        s->d.id = getstr(&c);
        s->d.path = getstr(&c);
        s->d.url = getstr(&c);
        s->d.date = getstr(&c);
        if (c.bad || c.p != c.end || s->d.id == NULL)
            return corrupt(err, s->r.run);
    }
    s->live = 1;
    return 0;
}

typedef struct doc_key {
    const char *id;
    size_t idx;
} doc_key;

static int doc_key_cmp(const void *x, const void *y)
{
    return strcmp(((const doc_key *)x)->id, ((const doc_key *)y)->id);
}

/* Indexes of the documents in memory (all, or with @p cited_only those
   evidence in memory cites), sorted by id; their number in *n. */
static size_t *docs_by_id(const relmap_graph *g, int cited_only, size_t *n)
{
    doc_key *k = malloc((g->docs.n + 1) * sizeof *k);
    size_t *o = malloc((g->docs.n + 1) * sizeof *o), i;
    *n = 0;
    if (k == NULL || o == NULL) {
        free(k);
        free(o);
        return NULL;
    }
    for (i = 0; i < g->docs.n; i++)
        if (!cited_only || g->docs.v[i].refs > 0) {
            k[*n].id = g->docs.v[i].id;
            k[(*n)++].idx = i;
        }
    qsort(k, *n, sizeof *k, doc_key_cmp);
    for (i = 0; i < *n; i++)
        o[i] = k[i].idx;
    free(k);
    return o;
}

int rm_merge_docs(const relmap_graph *g, int with_memory, const unsigned char *cited,
                  rm_doc_fn fn, void *ctx, relmap_error *err)
{
    size_t nruns, ns = 0, i;
    dsrc *src;
    int rc = rm_spill_wait(g, err);
    if (rc)
        return rc;
    nruns = g->spill ? g->spill->runs.n : 0;
    src = calloc(nruns + 2, sizeof *src);
    if (src == NULL)
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    for (i = 0; i < nruns; i++) {
        dsrc *s = &src[ns++];
        s->r.run = &g->spill->runs.v[i];
        s->r.pos = s->r.run->edges_end;
        s->r.end = s->r.run->end;
    }
    if (with_memory && g->docs.n > 0) {
        /* every document in memory, by id */
        dsrc *s = &src[ns++];
        s->order = docs_by_id(g, 0, &s->n);
        if (s->order == NULL)
            rc = rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    }
    for (i = 0; rc == 0 && i < ns; i++)
        rc = doc_advance(g, &src[i], err);
    while (rc == 0) {
        dsrc *best = NULL;
        for (i = 0; i < ns; i++)
            if (src[i].live && (best == NULL || strcmp(src[i].d.id, best->d.id) < 0))
                best = &src[i];
        if (best == NULL)
            break;
        if (best->d.ord < g->next_ord && (cited[best->d.ord / 8] & (1u << (best->d.ord % 8))) &&
            (rc = fn(ctx, &best->d)) != 0)
            break;
        /* the same document in several places (in memory and in a run):
           once */
        for (i = 0; rc == 0 && i < ns; i++)
            if (&src[i] != best && src[i].live && strcmp(src[i].d.id, best->d.id) == 0)
                rc = doc_advance(g, &src[i], err);
        if (rc == 0)
            rc = doc_advance(g, best, err);
    }
    for (i = 0; i < ns; i++) {
        free(src[i].r.buf);
        free((void *)src[i].order);
    }
    free(src);
    return rc;
}

/* ---- writing runs ---- */

typedef struct doc_out {
    wr *w;
    relmap_error *err;
} doc_out;

static int doc_write(void *ctx, const rm_docrec *d)
{
    doc_out *o = ctx;
    put_doc(&o->w->b, d);
    return o->w->b.len >= WR_BUF ? wr_flush(o->w, o->err) : 0;
}

/* Merge every run into one. */
static int merge_runs(relmap_graph *g, relmap_error *err)
{
    rm_spill *sp = g->spill;
    rm_run run;
    wr w;
    rm_merge *m = NULL;
    const rm_gedge *e;
    const size_t *ords;
    unsigned char *cited = calloc(g->next_ord / 8 + 1, 1);
    doc_out dout;
    size_t i;
    int rc;
    memset(&w, 0, sizeof w);
    if (cited == NULL)
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    if ((rc = run_create(g->spill->dir, &run, err)) != 0) {
        free(cited);
        run_close(&run);
        return rc;
    }
    w.run = &run;
    if ((rc = rm_merge_open(&m, g, 0, err)) != 0)
        goto done;
    while ((rc = rm_merge_next(m, &e, &ords, err)) == 1) {
        size_t k;
        for (k = 0; k < e->ev.n; k++)
            if (ords[k] < g->next_ord)
                cited[ords[k] / 8] |= (unsigned char)(1u << (ords[k] % 8));
        put_edge(&w.b, e, ords);
        if (w.b.len >= WR_BUF && (rc = wr_flush(&w, err)) != 0)
            break;
    }
    if (rc < 0 || (rc = wr_flush(&w, err)) != 0)
        goto done;
    run.edges_end = w.off;
    dout.w = &w;
    dout.err = err;
    if ((rc = rm_merge_docs(g, 0, cited, doc_write, &dout, err)) != 0 ||
        (rc = wr_flush(&w, err)) != 0)
        goto done;
    run.end = w.off;
    for (i = 0; i < sp->runs.n; i++)
        run_close(&sp->runs.v[i]);
    sp->runs.v[0] = run;
    sp->runs.n = 1;
    run.fd = -1;
    run.path = NULL;
done:
    rm_merge_close(m);
    rm_buf_free(&w.b);
    free(cited);
    run_close(&run);
    return rc;
}

/* ---- evidence floors ---- */

static uint64_t floor_key(size_t s, size_t t, relmap_relation rel, relmap_modality mod)
{
    return ((uint64_t)s | (uint64_t)t << 24 | (uint64_t)rel << 48 | (uint64_t)mod << 56) + 1;
}

static size_t floor_hash(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    return (size_t)k;
}

static rm_floor *floor_slot(const rm_floors *f, uint64_t key)
{
    size_t i = floor_hash(key) & (f->cap - 1);
    while (f->v[i].key != 0 && f->v[i].key != key)
        i = (i + 1) & (f->cap - 1);
    return &f->v[i];
}

void rm_floors_free(rm_floors *f)
{
    size_t i;
    for (i = 0; i < f->cap; i++)
        free(f->v[i].doc);
    free(f->v);
    memset(f, 0, sizeof *f);
}

int rm_floor_admits(const relmap_graph *g, size_t s, size_t t, relmap_relation rel,
                    relmap_modality mod, const char *doc, size_t start)
{
    const rm_floor *x;
    int c;
    if (g->floors.n == 0)
        return 1;
    x = floor_slot(&g->floors, floor_key(s, t, rel, mod));
    if (x->key == 0)
        return 1;
    c = strcmp(doc, x->doc);
    return c < 0 || (c == 0 && start < x->start);
}

/* Lower the floors with the edges about to be spilled (an edge whose
   evidence is full). The table uses at most a quarter of the limit; past
   that, floors are only lowered, not added (they only save work). */
static void floors_update(relmap_graph *g)
{
    rm_floors *f = &g->floors;
    size_t i, budget = g->spill->limit / 4, me = g->max_evidence;
    for (i = 0; i < g->edges.n; i++) {
        const rm_gedge *e = &g->edges.v[i];
        const rm_evidence *last;
        rm_floor *x;
        uint64_t key;
        if (e->ev.n < me)
            continue;
        last = &e->ev.v[me - 1];
        key = floor_key(e->s, e->t, e->relation, e->modality);
        if (2 * (f->n + 1) > f->cap) {
            size_t nc = f->cap ? 2 * f->cap : 1024, k;
            rm_floor *nv;
            if (f->bytes + nc * sizeof *nv > budget)
                continue;
            nv = calloc(nc, sizeof *nv);
            if (nv == NULL)
                return;
            for (k = 0; k < f->cap; k++)
                if (f->v[k].key) {
                    rm_floors t = {nv, nc, 0, 0};
                    *floor_slot(&t, f->v[k].key) = f->v[k];
                }
            f->bytes += (nc - f->cap) * sizeof *nv;
            free(f->v);
            f->v = nv;
            f->cap = nc;
        }
        x = floor_slot(f, key);
        if (x->key == 0) {
            char *d;
            if (f->bytes + strlen(last->doc) + 32 > budget || (d = rm_strdup(last->doc)) == NULL)
                continue;
            x->key = key;
            x->doc = d;
            x->start = last->start;
            f->n++;
            f->bytes += strlen(d) + 32;
        } else if (rm_ev_cmp(last, x->doc, x->start) < 0) {
            size_t n = strlen(last->doc);
            char *d = rm_strdup(last->doc);
            if (d == NULL)
                continue;
            f->bytes = f->bytes - strlen(x->doc) + n;
            free(x->doc);
            x->doc = d;
            x->start = last->start;
        }
    }
}

/* What a run is written from: edges, the documents their evidence may
   cite and the actors' ids. Detached from the graph (owned), it is
   written by a thread of its own; borrowed, by the caller. */
struct rm_batch {
    rm_gedge *edges;
    size_t ne;
    rm_map edge_by_key;        /* owned: only freed */
    rm_gdoc *docs;             /* rm_gdoc.refs: evidence citing it */
    size_t nd;
    const rm_map *doc_by_id;   /* into docs */
    rm_map own_doc_by_id;
    int owned;                 /* edges, docs and maps are the batch's */
    const char **node_id;      /* by node index (the graph keeps the strings) */
    size_t nn;
    char *dir;
    rm_spill *sp;              /* detached: whose inflight to lower */
    size_t slot;               /* its place in rm_spill.runs */
    rm_run run;
    int rc;
    relmap_error err;
};

typedef struct ekey {
    uint64_t key;
    size_t idx;
} ekey;

static int ekey_cmp(const void *x, const void *y)
{
    const ekey *a = x, *b = y;
    return a->key < b->key ? -1 : a->key > b->key;
}

typedef struct nkey {
    const char *id;
    size_t idx;
} nkey;

static int nkey_cmp(const void *x, const void *y)
{
    return strcmp(((const nkey *)x)->id, ((const nkey *)y)->id);
}

/* Write the batch's edges, in edge order, and the documents they cite, by
   id, to a new run (b->run). */
static int batch_write(rm_batch *b, relmap_error *err)
{
    wr w;
    uint64_t rel_rank[RELMAP_REL__COUNT], *rank = NULL;
    nkey *nk = NULL;
    ekey *ek = NULL;
    size_t i, nc = 0, freed = 0;
    RM_VEC(size_t) ords = {0};
    int rc;
    memset(&w, 0, sizeof w);
    if ((rc = run_create(b->dir, &b->run, err)) != 0)
        return rc;
    w.run = &b->run;
    /* sort keys as rm_merge compares them: actors' ranks by id, the
       relation's by name, the modality */
    rank = malloc((b->nn + 1) * sizeof *rank);
    nk = malloc((b->nn > b->nd ? b->nn + 1 : b->nd + 1) * sizeof *nk);
    ek = malloc((b->ne + 1) * sizeof *ek);
    if (rank == NULL || nk == NULL || ek == NULL) {
        rc = rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
        goto done;
    }
    for (i = 0; i < b->nn; i++) {
        nk[i].id = b->node_id[i];
        nk[i].idx = i;
    }
    qsort(nk, b->nn, sizeof *nk, nkey_cmp);
    for (i = 0; i < b->nn; i++)
        rank[nk[i].idx] = i;
    rel_ranks(rel_rank);
    for (i = 0; i < b->ne; i++) {
        const rm_gedge *e = &b->edges[i];
        ek[i].key = rank[e->s] << 40 | rank[e->t] << 16 | rel_rank[e->relation] << 8 |
                    (uint64_t)e->modality;
        ek[i].idx = i;
    }
    qsort(ek, b->ne, sizeof *ek, ekey_cmp);
    for (i = 0; i < b->ne; i++) {
        const rm_gedge *e = &b->edges[ek[i].idx];
        size_t k;
        ords.n = 0;
        if (rm_vec_reserve_((void **)&ords.v, &ords.cap, e->ev.n + 1, sizeof(size_t))) {
            rc = rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
            goto done;
        }
        for (k = 0; k < e->ev.n; k++) {
            long di = rm_map_get(b->doc_by_id, e->ev.v[k].doc, strlen(e->ev.v[k].doc));
            ords.v[ords.n++] = di >= 0 ? b->docs[di].ord : 0;
        }
        put_edge(&w.b, e, ords.v);
        if (b->owned) {
            /* written: its memory goes back at once (the graph is filling
               up again meanwhile) */
            rm_gedge *f = &b->edges[ek[i].idx];
            size_t bytes = EDGE_BYTES;
            for (k = 0; k < f->items.n; k++)
                free(f->items.v[k]);
            for (k = 0; k < f->ev.n; k++) {
                bytes += EV_BYTES(&f->ev.v[k]);
                free(f->ev.v[k].text);
            }
            rm_vec_free(&f->items);
            rm_vec_free(&f->ev);
            freed += bytes;
            if (freed >= 65536) {
                atomic_fetch_sub(&b->sp->inflight, freed);
                freed = 0;
            }
        }
        if (w.b.len >= WR_BUF && (rc = wr_flush(&w, err)) != 0)
            goto done;
    }
    if (freed)
        atomic_fetch_sub(&b->sp->inflight, freed);
    if ((rc = wr_flush(&w, err)) != 0)
        goto done;
    b->run.edges_end = w.off;
    for (i = 0; i < b->nd; i++)
        if (b->docs[i].refs > 0) {
            nk[nc].id = b->docs[i].id;
            nk[nc++].idx = i;
        }
    qsort(nk, nc, sizeof *nk, nkey_cmp);
    for (i = 0; i < nc; i++) {
        const rm_gdoc *d = &b->docs[nk[i].idx];
        rm_docrec r;
        r.ord = d->ord;
        r.id = d->id;
        r.path = d->path;
        r.url = d->url;
        r.date = d->date;
        put_doc(&w.b, &r);
        if (w.b.len >= WR_BUF && (rc = wr_flush(&w, err)) != 0)
            goto done;
    }
    if ((rc = wr_flush(&w, err)) != 0)
        goto done;
    b->run.end = w.off;
done:
    free(rank);
    free(nk);
    free(ek);
    rm_vec_free(&ords);
    rm_buf_free(&w.b);
    if (rc)
        run_close(&b->run);
    return rc;
}

/* Free what the batch owns (its edges and documents when detached). */
static void batch_release(rm_batch *b)
{
    size_t i, k;
    if (!b->owned)
        return;
    for (i = 0; i < b->ne; i++) {
        rm_gedge *e = &b->edges[i];
        for (k = 0; k < e->items.n; k++)
            free(e->items.v[k]);
        for (k = 0; k < e->ev.n; k++)
            free(e->ev.v[k].text);
        rm_vec_free(&e->items);
        rm_vec_free(&e->ev);
    }
    free(b->edges);
    rm_map_free(&b->edge_by_key);
    for (i = 0; i < b->nd; i++) {
        free(b->docs[i].id);
        free(b->docs[i].path);
        free(b->docs[i].url);
        free(b->docs[i].date);
    }
    free(b->docs);
    rm_map_free(&b->own_doc_by_id);
    b->owned = 0;
    b->edges = NULL;
    b->docs = NULL;
    b->ne = b->nd = 0;
}

static void batch_free(rm_batch *b)
{
    if (b == NULL)
        return;
    batch_release(b);
    run_close(&b->run);
    free(b->node_id);
    free(b->dir);
    free(b);
}

static void *batch_main(void *arg)
{
    rm_batch *b = arg;
    memset(&b->err, 0, sizeof b->err);
    b->rc = batch_write(b, &b->err);
    batch_release(b); /* the memory goes back as soon as the run is out */
    atomic_store(&b->sp->inflight, 0);
    return NULL;
}

/* Put a written batch's run in its place, or, if it failed, drop its
   place and remember the error for good. Under sp->mu or alone. */
static void batch_finish(rm_spill *sp, rm_batch *b)
{
    if (b->rc == 0) {
        sp->runs.v[b->slot] = b->run;
        b->run.fd = -1;
        b->run.path = NULL;
        return;
    }
    memmove(sp->runs.v + b->slot, sp->runs.v + b->slot + 1,
            (sp->runs.n - b->slot - 1) * sizeof *sp->runs.v);
    sp->runs.n--;
    sp->failed = b->rc;
    sp->err = b->err;
}

int rm_spill_wait(const relmap_graph *g, relmap_error *err)
{
    rm_spill *sp = g ? g->spill : NULL;
    int rc;
    if (sp == NULL)
        return 0;
    pthread_mutex_lock(&sp->mu);
    if (sp->pending) {
        pthread_join(sp->th, NULL);
        batch_finish(sp, sp->pending);
        batch_free(sp->pending);
        sp->pending = NULL;
    }
    rc = sp->failed;
    if (rc && err)
        *err = sp->err;
    pthread_mutex_unlock(&sp->mu);
    return rc;
}

int rm_spill_now(relmap_graph *g, int background, relmap_error *err)
{
    rm_spill *sp;
    rm_batch *b;
    rm_run slot;
    size_t i;
    int rc;
    if (g->spill == NULL && (g->spill = rm_spill_new()) == NULL)
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    sp = g->spill;
    /* one batch at a time: the previous one is nearly always written by
       now (a run takes far less time than filling the graph again) */
    if ((rc = rm_spill_wait(g, err)) != 0)
        return rc;
    if (sp->runs.n >= RM_SPILL_FANIN && (rc = merge_runs(g, err)) != 0)
        return rc;
    if (g->edges.n == 0)
        return 0;
    if (g->nodes.n >= ((size_t)1 << 24))
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0, "too many actors to spill");
    if (sp->limit > 0)
        floors_update(g);
    memset(&slot, 0, sizeof slot);
    slot.fd = -1;
    b = calloc(1, sizeof *b);
    if (b == NULL || (b->node_id = malloc((g->nodes.n + 1) * sizeof *b->node_id)) == NULL ||
        (sp->dir && (b->dir = rm_strdup(sp->dir)) == NULL) || rm_vec_push(&sp->runs, slot)) {
        if (b)
            batch_free(b);
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    }
    b->run.fd = -1;
    b->slot = sp->runs.n - 1;
    b->nn = g->nodes.n;
    for (i = 0; i < g->nodes.n; i++)
        b->node_id[i] = g->nodes.v[i].id;
    /* Up to RM_DOC_LIST_MAX documents, every one is listed and stays in
       the graph: the run is written here, from the graph, which is as it
       was should that fail (so are small runs). Past it, every document is
       forgotten after a spill: they go with the edges, in O(1), and a
       thread of its own writes them while the caller goes on. */
    if (!background || g->doc_total <= RM_DOC_LIST_MAX ||
        g->mem_edges + g->mem_docs < RM_SPILL_ASYNC_MIN) {
        b->edges = g->edges.v;
        b->ne = g->edges.n;
        b->docs = g->docs.v;
        b->nd = g->docs.n;
        b->doc_by_id = &g->doc_by_id;
        rc = batch_write(b, err);
        if (rc == 0) {
            sp->runs.v[b->slot] = b->run;
            b->run.fd = -1;
            b->run.path = NULL;
            rm_graph_clear_edges(g);
        } else {
            sp->runs.n--;
        }
        batch_free(b);
        return rc;
    }
    b->owned = 1;
    b->edges = g->edges.v;
    b->ne = g->edges.n;
    b->edge_by_key = g->edge_by_key;
    b->docs = g->docs.v;
    b->nd = g->docs.n;
    b->own_doc_by_id = g->doc_by_id;
    b->doc_by_id = &b->own_doc_by_id;
    memset(&g->edges, 0, sizeof g->edges);
    memset(&g->edge_by_key, 0, sizeof g->edge_by_key);
    memset(&g->docs, 0, sizeof g->docs);
    memset(&g->doc_by_id, 0, sizeof g->doc_by_id);
    /* The next table fills to about as many edges: sized now, its vector
       and map are not regrown (each doubling of the map had allocated,
       rehashed and faulted in a fresh table, under the graph's lock). A
       failure here only leaves them to grow. */
    (void)rm_vec_reserve_((void **)&g->edges.v, &g->edges.cap, b->ne, sizeof *g->edges.v);
    (void)rm_map_reserve(&g->edge_by_key, b->ne);
    b->sp = sp;
    atomic_store(&sp->inflight, g->mem_edges + g->mem_docs);
    g->mem_edges = 0;
    g->mem_docs = 0;
    g->compact_at = 1024; /* as compact_docs leaves it with none left */
    pthread_mutex_lock(&sp->mu);
    if (pthread_create(&sp->th, NULL, batch_main, b) == 0) {
        sp->pending = b;
        pthread_mutex_unlock(&sp->mu);
        return 0;
    }
    /* no thread: write it here */
    batch_main(b);
    batch_finish(sp, b);
    pthread_mutex_unlock(&sp->mu);
    rc = b->rc;
    if (rc && err)
        *err = b->err;
    batch_free(b);
    return rc;
}

int rm_spill_check(relmap_graph *g, relmap_error *err)
{
    rm_spill *sp = g->spill;
    int rc;
    if (sp == NULL || sp->limit == 0 ||
        g->mem_edges + g->mem_docs + g->floors.bytes + atomic_load(&sp->inflight) <=
            sp->limit)
        return 0;
    /* the batch being written counts until it is freed: past the limit
       with it, wait for it (it is nearly always done by then) */
    if (sp->pending && (rc = rm_spill_wait(g, err)) != 0)
        return rc;
    if (g->mem_edges + g->mem_docs + g->floors.bytes <= sp->limit)
        return 0;
    return rm_spill_now(g, 1, err);
}

int relmap_graph_spill(relmap_graph *g, relmap_error *err)
{
    if (g == NULL)
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0, "missing argument");
    return rm_spill_now(g, 0, err);
}

/* ---- back into memory ---- */

static int doc_put(void *ctx, const rm_docrec *d)
{
    relmap_graph *g = ctx;
    if (rm_map_get(&g->doc_by_id, d->id, strlen(d->id)) >= 0)
        return 0;
    return rm_graph_put_doc(g, d->id, d->path, d->url, d->date) < 0 ? RELMAP_ENOMEM : 0;
}

int relmap_graph_unspill(relmap_graph *g, relmap_error *err)
{
    rm_merge *m = NULL;
    const rm_gedge *e;
    const size_t *ords;
    unsigned char *cited = NULL;
    size_t i;
    int rc;
    if (g == NULL)
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0, "missing argument");
    if (!rm_graph_spilled(g))
        return 0;
    /* everything on disk, then read back merged */
    if ((rc = rm_spill_now(g, 0, err)) != 0)
        return rc;
    if (g->doc_total > RM_DOC_LIST_MAX) {
        /* the cited documents were forgotten: read them back first */
        cited = calloc(g->next_ord / 8 + 1, 1);
        if (cited == NULL)
            return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
        rc = (int)rm_merge_cited(g, 0, cited, err);
        if (rc >= 0 && (rc = rm_merge_docs(g, 0, cited, doc_put, g, err)) == RELMAP_ENOMEM)
            rc = rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
        free(cited);
        if (rc < 0)
            return rc;
    }
    if ((rc = rm_merge_open(&m, g, 0, err)) != 0)
        return rc;
    while ((rc = rm_merge_next(m, &e, &ords, err)) == 1) {
        long ei = rm_graph_put_edge(g, e->s, e->t, e->relation, e->modality, e->weight);
        size_t k;
        if (ei < 0)
            goto oom;
        memcpy(g->edges.v[ei].first, e->first, sizeof e->first);
        memcpy(g->edges.v[ei].last, e->last, sizeof e->last);
        for (k = 0; k < e->items.n; k++)
            if (rm_graph_put_item(g, (size_t)ei, e->items.v[k]))
                goto oom;
        for (k = 0; k < e->ev.n; k++)
            if (rm_graph_add_evidence(g, (size_t)ei, &e->ev.v[k]))
                goto oom;
    }
    rm_merge_close(m);
    if (rc < 0) {
        rm_graph_clear_edges(g); /* the runs still hold them */
        return rc;
    }
    for (i = 0; i < g->spill->runs.n; i++)
        run_close(&g->spill->runs.v[i]);
    g->spill->runs.n = 0;
    return 0;
oom:
    rm_merge_close(m);
    rm_graph_clear_edges(g);
    return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
}
