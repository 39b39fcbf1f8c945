/* JSON export: the relmap-graph format, version 1 (documented in README). */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "graph_int.h"
#include "text.h"
#include "relmap/export.h"

/* A streaming writer: the graph can be large, so no document tree is
 * built. The layout is jansson's (JSON_INDENT(2) or JSON_COMPACT), which
 * the format was first written with. */
typedef struct jw {
    rm_buf *b;
    int compact, depth;
    unsigned char first[16];
    relmap_write_fn write; /* NULL: everything stays in b */
    void *ctx;
    int stopped;
} jw;

/* Hand what has piled up to the writer. */
static void jw_flush(jw *w, size_t at_least)
{
    if (w->write == NULL || w->b->len < at_least || w->b->failed || w->stopped)
        return;
    if (w->write(w->ctx, w->b->ptr, w->b->len))
        w->stopped = 1;
    w->b->len = 0;
}

static const char jw_indent[] = "\n                                ";

/* Room for extra more bytes (and the NUL) in the buffer: where to write
   them, or NULL once an allocation failed. Inline: nearly always there is
   room, and the exporters write a few bytes at a time. */
static inline char *jw_room(jw *w, size_t extra)
{
    rm_buf *b = w->b;
    if (b->failed || extra >= b->cap - b->len) {
        if (rm_buf_grow(b, extra))
            return NULL;
    }
    return b->ptr + b->len;
}

/* Write the separator before a value (a comma after the first, and the
   indentation) at d, which has room for JW_SEP_MAX bytes; returns how
   many it wrote. The indentation is copied whole, then cut: one copy of
   a constant size, not a call. */
#define JW_SEP_MAX (1 + sizeof jw_indent)
static inline size_t jw_sep_at(jw *w, char *d)
{
    size_t n = 0;
    if (!w->first[w->depth])
        d[n++] = ',';
    w->first[w->depth] = 0;
    if (!w->compact) {
        /* (depth stays below 16: 1 + 2 * depth bytes of jw_indent) */
        memcpy(d + n, jw_indent, sizeof jw_indent - 1);
        n += 1 + 2 * (size_t)w->depth;
    }
    return n;
}

static void jw_sep(jw *w)
{
    char *d = jw_room(w, JW_SEP_MAX);
    if (d == NULL)
        return;
    w->b->len += jw_sep_at(w, d);
    w->b->ptr[w->b->len] = '\0';
}

static void jw_open(jw *w, char c)
{
    rm_buf_putc(w->b, c);
    w->depth++;
    w->first[w->depth] = 1;
}

static void jw_close(jw *w, char c)
{
    int empty = w->first[w->depth];
    w->depth--;
    if (!empty && !w->compact)
        rm_buf_put(w->b, jw_indent, 1 + 2 * (size_t)w->depth);
    rm_buf_putc(w->b, c);
}

/* 0: copied as is; 1: escaped (control, quote, backslash, NUL ends);
   2: part of a UTF-8 sequence */
static const unsigned char jw_cls[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
};

/* How many of the n bytes at s are copied as they are (jw_cls 0), 8 at a
   time: a word is flagged when it may hold a byte below 0x20, '"', '\\' or
   one of 0x80 or above (a borrow can flag a plain byte above a true one,
   never a word without one); the bytes loop finishes a flagged word. */
static size_t jw_plain(const unsigned char *s, size_t n)
{
    const unsigned long long ones = 0x0101010101010101ull, high = ones * 0x80;
    size_t i = 0;
#if defined(__SSE2__)
    /* 16 at a time where SSE2 is there (every x86-64): as signed bytes,
       those below 0x20 and those of 0x80 and above are below 0x20; the
       first flagged byte is the answer, with no byte loop after */
    {
        const __m128i sp = _mm_set1_epi8(0x20), qu = _mm_set1_epi8('"'),
                      bs = _mm_set1_epi8('\\');
        for (; i + 16 <= n; i += 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            int m = _mm_movemask_epi8(_mm_or_si128(
                _mm_cmplt_epi8(v, sp), _mm_or_si128(_mm_cmpeq_epi8(v, qu), _mm_cmpeq_epi8(v, bs))));
            if (m)
                return i + (size_t)__builtin_ctz((unsigned)m);
        }
        if (i < n && n >= 16) {
            /* the tail: the last 16 bytes, those already read masked off */
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + n - 16));
            unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
                _mm_cmplt_epi8(v, sp), _mm_or_si128(_mm_cmpeq_epi8(v, qu), _mm_cmpeq_epi8(v, bs))));
            m &= ~0u << (i - (n - 16));
            return m ? n - 16 + (size_t)__builtin_ctz(m) : n;
        }
    }
#endif
    for (; i + 8 <= n; i += 8) {
        unsigned long long v, q, b;
        memcpy(&v, s + i, 8);
        q = v ^ (ones * '"');
        b = v ^ (ones * '\\');
        if ((((v - ones * 0x20) & ~v) | ((q - ones) & ~q) | ((b - ones) & ~b) | v) & high)
            break;
    }
    while (i < n && jw_cls[s[i]] == 0)
        i++;
    return i;
}

static void jw_str(jw *w, const char *s)
{
    const unsigned char *p = (const unsigned char *)s, *run, *end;
    size_t at;
    if (s == NULL) {
        rm_buf_puts(w->b, "null");
        return;
    }
    end = p + strlen(s);
    p += jw_plain(p, (size_t)(end - p));
    if (*p == '\0') { /* the common case: nothing to escape or check */
        size_t n = (size_t)(p - (const unsigned char *)s);
        char *d = jw_room(w, n + 2);
        if (d != NULL) {
            d[0] = '"';
            memcpy(d + 1, s, n);
            d[n + 1] = '"';
            d[n + 2] = '\0';
            w->b->len += n + 2;
        }
        return;
    }
    /* one pass that copies, escapes and checks the UTF-8 as it goes; an
       invalid sequence takes back what was written */
    at = w->b->len;
    rm_buf_putc(w->b, '"');
    for (run = (const unsigned char *)s; *p;) {
        unsigned char c = *p;
        const char *esc = NULL;
        char u[8];
        if (jw_cls[c] == 0) {
            p += jw_plain(p, (size_t)(end - p));
            continue;
        }
        if (jw_cls[c] == 2) {
            /* the string's NUL fails the test of a continuation byte, so a
               sequence cut short is read no further than that */
            unsigned cp;
            size_t used = rm_utf8_decode(p, 4, &cp);
            if (cp == 0xFFFD && used == 1) {
                /* jansson refuses such strings: "" as it wrote them */
                if (!w->b->failed) {
                    w->b->len = at;
                    w->b->ptr[at] = '\0';
                }
                rm_buf_puts(w->b, "\"\"");
                return;
            }
            p += used;
            continue;
        }
        rm_buf_put(w->b, (const char *)run, (size_t)(p - run));
        switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        default:
            snprintf(u, sizeof u, "\\u%04X", c);
            esc = u;
        }
        rm_buf_puts(w->b, esc);
        run = ++p;
    }
    rm_buf_put(w->b, (const char *)run, (size_t)(p - run));
    rm_buf_putc(w->b, '"');
}

/* A member's key, with the separator before it: every key is a literal
   of plain ASCII ("source", "evidence"), which jw_str would copy as it
   is, so it is copied without the scan, its length known where it is
   written (jw_key takes the literal). A key is written for every value. */
#define jw_key(w, k) jw_key_((w), "" k, sizeof(k) - 1)
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline void jw_key_(jw *w, const char *k, size_t n)
{
    char *d = jw_room(w, JW_SEP_MAX + n + 4);
    if (d == NULL)
        return;
    d += jw_sep_at(w, d);
    d[0] = '"';
    memcpy(d + 1, k, n);
    d[n + 1] = '"';
    d[n + 2] = ':';
    d[n + 3] = ' ';
    w->b->len = (size_t)(d - w->b->ptr) + n + (w->compact ? 3 : 4);
    w->b->ptr[w->b->len] = '\0';
}

#define jw_kstr(w, k, v) jw_kstr_((w), "" k, sizeof(k) - 1, (v))
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline void jw_kstr_(jw *w, const char *k, size_t n, const char *v)
{
    jw_key_(w, k, n);
    jw_str(w, v);
}

/* A member holding an array of n strings. */
#define jw_kstrs(w, k, v, n) jw_kstrs_((w), "" k, sizeof(k) - 1, (v), (n))
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline void jw_kstrs_(jw *w, const char *k, size_t kn, const char *const *v, size_t n)
{
    size_t i;
    jw_key_(w, k, kn);
    jw_open(w, '[');
    for (i = 0; i < n; i++) {
        jw_sep(w);
        jw_str(w, v[i]);
    }
    jw_close(w, ']');
}

#define jw_kint(w, k, v) jw_kint_((w), "" k, sizeof(k) - 1, (v))
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline void jw_kint_(jw *w, const char *k, size_t kn, size_t v)
{
    char d[24];
    size_t n = sizeof d;
    jw_key_(w, k, kn);
    do {
        d[--n] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    rm_buf_put(w->b, d + n, sizeof d - n);
}

static void edge_json(jw *w, const relmap_graph *g, const relmap_json_options *o,
                      const rm_gedge *e)
{
    size_t k;
    jw_sep(w);
    jw_open(w, '{');
    jw_kstr(w, "source", g->nodes.v[e->s].id);
    jw_kstr(w, "target", g->nodes.v[e->t].id);
    jw_kstr(w, "relation", relmap_relation_name(e->relation));
    jw_kstr(w, "modality", relmap_modality_name(e->modality));
    jw_kstrs(w, "items", (const char *const *)e->items.v, e->items.n);
    jw_kint(w, "weight", e->weight);
    if (e->first[0]) {
        jw_kstr(w, "first_seen", e->first);
        jw_kstr(w, "last_seen", e->last);
    }
    jw_key(w, "evidence");
    jw_open(w, '[');
    for (k = 0; k < e->ev.n; k++) {
        const rm_evidence *x = &e->ev.v[k];
        jw_sep(w);
        jw_open(w, '{');
        jw_kstr(w, "document", x->doc);
        jw_kint(w, "start", x->start);
        jw_kint(w, "end", x->end);
        jw_kstr(w, "text", x->text ? x->text : "");
        if (o && o->explain) {
            jw_kstr(w, "trigger", x->trigger);
            jw_kstr(w, "cue", x->cue_copy);
            jw_kstr(w, "rule", x->rule);
        }
        jw_close(w, '}');
    }
    jw_close(w, ']');
    jw_close(w, '}');
}

/* Edges are formatted in batches; with o->threads > 1 each batch is split
   among threads writing into their own buffers, joined in order. */
#define EDGE_BATCH 4096
#define MAX_JSON_THREADS 16

typedef struct edge_part {
    jw w; /* a copy of the writer's state, into its own buffer */
    rm_buf buf;
    const relmap_graph *g;
    const relmap_json_options *o;
    const size_t *eo;     /* edges g->edges.v[eo[i]], or */
    const rm_gedge *arr;  /* arr[i] */
    size_t from, to;
} edge_part;

static void *edge_part_run(void *arg)
{
    edge_part *p = arg;
    size_t i;
    for (i = p->from; i < p->to; i++)
        edge_json(&p->w, p->g, p->o, p->arr ? &p->arr[i] : &p->g->edges.v[p->eo[i]]);
    return NULL;
}

static int json_threads(const relmap_json_options *o)
{
    return o && o->threads > 1 ? (o->threads < MAX_JSON_THREADS ? o->threads
                                                                : MAX_JSON_THREADS)
                               : 1;
}

/* The n edges g->edges.v[eo[i]] (or arr[i]), in that order. */
static int write_edges(const relmap_graph *g, const relmap_json_options *o,
                       const size_t *eo, const rm_gedge *arr, size_t n, jw *w)
{
    int nt = json_threads(o);
    size_t start, i;
    if (nt == 1 || n < 2 * (size_t)nt) {
        for (i = 0; i < n; i++) {
            edge_json(w, g, o, arr ? &arr[i] : &g->edges.v[eo[i]]);
            jw_flush(w, 65536);
        }
        return 0;
    }
    for (start = 0; start < n; start += EDGE_BATCH) {
        edge_part part[MAX_JSON_THREADS];
        pthread_t th[MAX_JSON_THREADS];
        int started[MAX_JSON_THREADS] = {0}, t, failed = 0;
        size_t end = start + EDGE_BATCH < n ? start + EDGE_BATCH : n;
        size_t per = (end - start + (size_t)nt - 1) / (size_t)nt;
        for (t = 0; t < nt; t++) {
            edge_part *p = &part[t];
            memset(&p->buf, 0, sizeof p->buf);
            p->w = *w;
            p->w.b = &p->buf;
            p->w.write = NULL;
            /* every part but the very first starts after an edge */
            p->w.first[p->w.depth] = (start == 0 && t == 0) ? w->first[w->depth] : 0;
            p->g = g;
            p->o = o;
            p->eo = eo;
            p->arr = arr;
            p->from = start + (size_t)t * per < end ? start + (size_t)t * per : end;
            p->to = p->from + per < end ? p->from + per : end;
            if (t > 0 && pthread_create(&th[t], NULL, edge_part_run, p) == 0)
                started[t] = 1;
        }
        for (t = 0; t < nt; t++)
            if (!started[t])
                edge_part_run(&part[t]); /* part 0, or a thread that did not start */
        for (t = 1; t < nt; t++)
            if (started[t])
                pthread_join(th[t], NULL);
        for (t = 0; t < nt; t++) {
            if (part[t].buf.failed)
                failed = 1;
            else if (part[t].buf.len)
                rm_buf_put(w->b, part[t].buf.ptr, part[t].buf.len);
            rm_buf_free(&part[t].buf);
            jw_flush(w, 65536);
        }
        if (failed)
            return -1;
        if (end > 0)
            w->first[w->depth] = 0;
    }
    return 0;
}

/* The graph's opening members, up to the opened "documents" array, for a
   graph listing nd documents (past RM_DOC_LIST_MAX only the cited ones,
   with the whole count beside them). */
static void write_head(jw *w, const relmap_graph *g, size_t nd)
{
    jw_open(w, '{');
    jw_kstr(w, "format", "relmap-graph");
    jw_kint(w, "version", 1);
    if (g->doc_total > nd)
        jw_kint(w, "document_count", g->doc_total);
    if (g->max_evidence != RELMAP_DEFAULT_MAX_EVIDENCE)
        jw_kint(w, "max_evidence", g->max_evidence);
    jw_key(w, "documents");
    jw_open(w, '[');
}

/* The "nodes" member, in the order no. */
static void write_nodes(jw *w, const relmap_graph *g, const size_t *no)
{
    size_t i;
    jw_key(w, "nodes");
    jw_open(w, '[');
    for (i = 0; i < g->nodes.n; i++) {
        const rm_gnode *n = &g->nodes.v[no[i]];
        jw_sep(w);
        jw_open(w, '{');
        jw_kstr(w, "id", n->id);
        jw_kstr(w, "label", n->label);
        jw_kstr(w, "type", relmap_actor_type_name(n->type));
        jw_kstrs(w, "aliases", (const char *const *)n->aliases.v, n->aliases.n);
        jw_kint(w, "mentions", n->mentions);
        jw_close(w, '}');
    }
    jw_close(w, ']');
}

static void doc_json(jw *w, const char *id, const char *path, const char *url,
                     const char *date)
{
    jw_sep(w);
    jw_open(w, '{');
    jw_kstr(w, "id", id);
    jw_kstr(w, "path", path);
    if (url)
        jw_kstr(w, "url", url);
    jw_kstr(w, "date", date);
    jw_close(w, '}');
}

static int doc_json_fn(void *ctx, const rm_docrec *d)
{
    jw *w = ctx;
    doc_json(w, d->id, d->path, d->url, d->date);
    jw_flush(w, 65536);
    return w->b->failed ? RELMAP_ENOMEM : w->stopped ? RELMAP_EIO : 0;
}

/* Merged edges copied out of the merge (whose strings last only until its
   next edge), so that a batch of them can be formatted by several threads:
   strings are offsets into one arena until the batch is complete. */
typedef struct ebatch {
    rm_buf arena;
    RM_VEC(rm_gedge) e;
    RM_VEC(size_t) item_at, ev_at; /* each edge's first item / evidence */
    RM_VEC(char *) items;
    RM_VEC(rm_evidence) ev;
} ebatch;

/* The offset of a copy of s, plus one (0: NULL), as a pointer-sized value. */
static char *arena_str(rm_buf *a, const char *s)
{
    size_t at;
    if (s == NULL)
        return NULL;
    at = a->len;
    rm_buf_put(a, s, strlen(s) + 1);
    return (char *)(uintptr_t)(at + 1);
}

static char *arena_fix(const rm_buf *a, char *off)
{
    return off ? a->ptr + ((uintptr_t)off - 1) : NULL;
}

static int ebatch_add(ebatch *b, const rm_gedge *e)
{
    rm_gedge c = *e;
    size_t k;
    if (rm_vec_push(&b->item_at, b->items.n) || rm_vec_push(&b->ev_at, b->ev.n))
        return -1;
    for (k = 0; k < e->items.n; k++)
        if (rm_vec_push(&b->items, arena_str(&b->arena, e->items.v[k])))
            return -1;
    for (k = 0; k < e->ev.n; k++) {
        rm_evidence x = e->ev.v[k];
        x.doc = arena_str(&b->arena, x.doc);
        x.text = arena_str(&b->arena, x.text);
        x.trigger = arena_str(&b->arena, x.trigger);
        x.cue_copy = arena_str(&b->arena, x.cue_copy);
        x.rule = arena_str(&b->arena, x.rule);
        if (rm_vec_push(&b->ev, x))
            return -1;
    }
    memset(&c.items, 0, sizeof c.items);
    memset(&c.ev, 0, sizeof c.ev);
    c.items.n = e->items.n;
    c.ev.n = e->ev.n;
    return rm_vec_push(&b->e, c) || b->arena.failed ? -1 : 0;
}

/* Turn offsets into pointers, once the batch is complete. */
static void ebatch_fix(ebatch *b)
{
    size_t i;
    for (i = 0; i < b->items.n; i++)
        b->items.v[i] = arena_fix(&b->arena, b->items.v[i]);
    for (i = 0; i < b->ev.n; i++) {
        rm_evidence *x = &b->ev.v[i];
        x->doc = arena_fix(&b->arena, (char *)x->doc);
        x->text = arena_fix(&b->arena, x->text);
        x->trigger = arena_fix(&b->arena, (char *)x->trigger);
        x->cue_copy = arena_fix(&b->arena, (char *)x->cue_copy);
        x->rule = arena_fix(&b->arena, (char *)x->rule);
    }
    for (i = 0; i < b->e.n; i++) {
        rm_gedge *e = &b->e.v[i];
        e->items.v = b->items.v ? b->items.v + b->item_at.v[i] : NULL;
        e->ev.v = b->ev.v ? b->ev.v + b->ev_at.v[i] : NULL;
    }
}

static void ebatch_clear(ebatch *b)
{
    b->arena.len = 0;
    b->e.n = b->item_at.n = b->ev_at.n = b->items.n = b->ev.n = 0;
}

static void ebatch_free(ebatch *b)
{
    rm_buf_free(&b->arena);
    rm_vec_free(&b->e);
    rm_vec_free(&b->item_at);
    rm_vec_free(&b->ev_at);
    rm_vec_free(&b->items);
    rm_vec_free(&b->ev);
}

/* A spilled graph: documents and edges merged from its runs as they are
   written. Past RM_DOC_LIST_MAX documents, the ones to list are those the
   merged evidence cites, so a first pass over the runs finds them. */
static int build_spilled(const relmap_graph *g, const relmap_json_options *o, rm_buf *b,
                         relmap_write_fn write, void *ctx, relmap_error *err)
{
    size_t *no = rm_graph_node_order(g), *dord = NULL, i, nd = 0;
    unsigned char *cited = NULL;
    rm_merge *m = NULL;
    const rm_gedge *e;
    const size_t *ords;
    jw w;
    ebatch eb;
    int rc = 0, all = g->doc_total <= RM_DOC_LIST_MAX;

    memset(&eb, 0, sizeof eb);
    memset(&w, 0, sizeof w);
    w.b = b;
    w.compact = o && o->compact;
    w.write = write;
    w.ctx = ctx;
    if (all)
        dord = rm_graph_doc_order(g, &nd);
    else
        cited = calloc(g->next_ord / 8 + 1, 1);
    if (no == NULL || (all ? dord == NULL : cited == NULL)) {
        rc = rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
        goto done;
    }
    if (!all) {
        long n = rm_merge_cited(g, 1, cited, err);
        if (n < 0) {
            rc = (int)n;
            goto done;
        }
        nd = (size_t)n;
    }
    write_head(&w, g, nd);
    if (all) {
        for (i = 0; i < nd; i++) {
            const rm_gdoc *d = &g->docs.v[dord[i]];
            doc_json(&w, d->id, d->path, d->url, d->date);
        }
    } else if ((rc = rm_merge_docs(g, 1, cited, doc_json_fn, &w, err)) != 0) {
        goto done;
    }
    jw_close(&w, ']');
    write_nodes(&w, g, no);
    jw_key(&w, "edges");
    jw_open(&w, '[');
    if ((rc = rm_merge_open(&m, g, 1, err)) != 0)
        goto done;
    if (json_threads(o) == 1) {
        while ((rc = rm_merge_next(m, &e, &ords, err)) == 1 && !w.stopped && !b->failed) {
            edge_json(&w, g, o, e);
            jw_flush(&w, 65536);
        }
    } else {
        /* merging is one thread's work; formatting, most of the time,
           is shared out batch by batch */
        for (;;) {
            while (eb.e.n < EDGE_BATCH && (rc = rm_merge_next(m, &e, &ords, err)) == 1)
                if (ebatch_add(&eb, e)) {
                    rc = rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
                    break;
                }
            if (rc < 0 || eb.e.n == 0)
                break;
            ebatch_fix(&eb);
            if (write_edges(g, o, NULL, eb.e.v, eb.e.n, &w)) {
                rc = rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
                break;
            }
            if (w.stopped || b->failed)
                break;
            ebatch_clear(&eb);
            if (rc == 0)
                break;
        }
    }
    if (rc < 0)
        goto done;
    rc = 0;
    jw_close(&w, ']');
    jw_close(&w, '}');
    rm_buf_putc(b, '\n');
    jw_flush(&w, 0);
done:
    if (rc == 0 && b->failed)
        rc = rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    else if ((rc == 0 || rc == RELMAP_EIO) && w.stopped)
        rc = rm_error_set(err, RELMAP_EIO, "", 0, 0, "write failed");
    rm_merge_close(m);
    ebatch_free(&eb);
    free(no);
    free(dord);
    free(cited);
    return rc;
}

static int build(const relmap_graph *g, const relmap_json_options *o, rm_buf *b,
                 relmap_write_fn write, void *ctx)
{
    size_t *no = rm_graph_node_order(g), *eo = rm_graph_edge_order(g), *dord, i,
           nd = 0;
    jw w;
    int rc = 0;

    memset(&w, 0, sizeof w);
    w.b = b;
    w.compact = o && o->compact;
    w.write = write;
    w.ctx = ctx;
    dord = rm_graph_doc_order(g, &nd);
    if (!no || !eo || !dord) {
        rc = -1;
        goto done;
    }
    write_head(&w, g, nd);
    for (i = 0; i < nd; i++) {
        const rm_gdoc *d = &g->docs.v[dord[i]];
        jw_sep(&w);
        jw_open(&w, '{');
        jw_kstr(&w, "id", d->id);
        jw_kstr(&w, "path", d->path);
        if (d->url)
            jw_kstr(&w, "url", d->url);
        jw_kstr(&w, "date", d->date);
        jw_close(&w, '}');
    }
    jw_close(&w, ']');
    write_nodes(&w, g, no);
    jw_key(&w, "edges");
    jw_open(&w, '[');
    if (write_edges(g, o, eo, NULL, g->edges.n, &w))
        rc = -1;
    jw_close(&w, ']');
    jw_close(&w, '}');
    rm_buf_putc(b, '\n');
    jw_flush(&w, 0);
    if (b->failed)
        rc = -1;
    else if (w.stopped)
        rc = -2;
done:
    free(no);
    free(eo);
    free(dord);
    return rc;
}

int relmap_export_json(const relmap_graph *g, const relmap_json_options *o,
                       relmap_buf *out, relmap_error *err)
{
    rm_buf b = {0};
    if (g == NULL || out == NULL)
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0, "missing argument");
    out->ptr = NULL;
    out->len = 0;
    if (rm_graph_spilled(g)) {
        int rc = build_spilled(g, o, &b, NULL, NULL, err);
        if (rc == 0 && rm_buf_detach(&b, out))
            rc = rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
        rm_buf_free(&b);
        return rc;
    }
    if (build(g, o, &b, NULL, NULL) || rm_buf_detach(&b, out)) {
        rm_buf_free(&b);
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    }
    return 0;
}

int relmap_export_json_stream(const relmap_graph *g, const relmap_json_options *o,
                              relmap_write_fn write, void *ctx, relmap_error *err)
{
    rm_buf b = {0};
    int rc;
    if (g == NULL || write == NULL)
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0, "missing argument");
    if (rm_graph_spilled(g)) {
        rc = build_spilled(g, o, &b, write, ctx, err);
        rm_buf_free(&b);
        return rc;
    }
    rc = build(g, o, &b, write, ctx);
    rm_buf_free(&b);
    if (rc == -2)
        return rm_error_set(err, RELMAP_EIO, "", 0, 0, "write failed");
    if (rc)
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    return 0;
}

int relmap_export_explain(const relmap_graph *g, relmap_buf *out,
                          relmap_error *err)
{
    rm_buf b = {0};
    size_t *eo, i, k;
    if (g == NULL || out == NULL)
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0, "missing argument");
    out->ptr = NULL;
    out->len = 0;
    if (rm_graph_spilled(g))
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0,
                            "the graph has edges on disk (relmap_graph_unspill)");
    eo = rm_graph_edge_order(g);
    if (eo == NULL)
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    for (i = 0; i < g->edges.n; i++) {
        const rm_gedge *e = &g->edges.v[eo[i]];
        rm_buf_printf(&b, "%s -> %s  %s (%s)  weight %zu", g->nodes.v[e->s].id,
                      g->nodes.v[e->t].id, relmap_relation_name(e->relation),
                      relmap_modality_name(e->modality), e->weight);
        for (k = 0; k < e->items.n; k++)
            rm_buf_printf(&b, "%s%s", k ? ", " : "  items: ", e->items.v[k]);
        rm_buf_putc(&b, '\n');
        for (k = 0; k < e->ev.n; k++) {
            const rm_evidence *x = &e->ev.v[k];
            rm_buf_printf(&b, "  [%s %zu-%zu] rule %s, trigger \"%s\", cue %s%s%s\n",
                          x->doc, x->start, x->end, x->rule ? x->rule : "-",
                          x->trigger ? x->trigger : "", x->cue_copy ? "\"" : "",
                          x->cue_copy ? x->cue_copy : "none (asserted)",
                          x->cue_copy ? "\"" : "");
            rm_buf_printf(&b, "    %s\n", x->text ? x->text : "");
        }
    }
    free(eo);
    if (rm_buf_detach(&b, out))
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    return 0;
}
