/* Graph: merges per-document events into edges keyed by
 * (source, target, relation, modality). Weight counts distinct supporting
 * sentences; evidence is capped and kept earliest-first by (document id,
 * offset), so merging is order-independent. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph_int.h"

int relmap_graph_new(relmap_graph **out)
{
    relmap_graph *g = calloc(1, sizeof *g);
    *out = g;
    if (g == NULL)
        return RELMAP_ENOMEM;
    g->max_evidence = RELMAP_DEFAULT_MAX_EVIDENCE;
    return 0;
}

static void ev_free(rm_evidence *e)
{
    free(e->text);
}

/* EDGE_BYTES, EV_BYTES: graph_int.h */

static size_t doc_bytes(const rm_gdoc *d)
{
    return sizeof *d + 96 + strlen(d->id) + (d->path ? strlen(d->path) + 24 : 0) +
           (d->url ? strlen(d->url) + 24 : 0) + (d->date ? 32 : 0);
}

/* The pooled copy of s (NULL stays NULL); NULL on allocation failure. */
static const char *intern(relmap_graph *g, const char *s, int *failed)
{
    long i;
    char *c;
    if (s == NULL)
        return NULL;
    i = rm_map_get(&g->str_by_val, s, strlen(s));
    if (i >= 0)
        return g->strs.v[i];
    c = rm_strdup(s);
    if (c == NULL || rm_vec_push(&g->strs, c) ||
        rm_map_put(&g->str_by_val, c, strlen(c), (long)g->strs.n - 1)) {
        free(c);
        *failed = 1;
        return NULL;
    }
    return c;
}


/* Frees every edge's contents (not the array). */
static void free_edges(relmap_graph *g)
{
    size_t i, k;
    for (i = 0; i < g->edges.n; i++) {
        rm_gedge *e = &g->edges.v[i];
        for (k = 0; k < e->items.n; k++)
            free(e->items.v[k]);
        for (k = 0; k < e->ev.n; k++)
            ev_free(&e->ev.v[k]);
        rm_vec_free(&e->items);
        rm_vec_free(&e->ev);
    }
}

void relmap_graph_free(relmap_graph *g)
{
    size_t i, k;
    if (g == NULL)
        return;
    for (i = 0; i < g->docs.n; i++) {
        free(g->docs.v[i].id);
        free(g->docs.v[i].path);
        free(g->docs.v[i].url);
        free(g->docs.v[i].date);
    }
    for (i = 0; i < g->nodes.n; i++) {
        rm_gnode *n = &g->nodes.v[i];
        free(n->id);
        free(n->label);
        for (k = 0; k < n->aliases.n; k++)
            free(n->aliases.v[k]);
        rm_vec_free(&n->aliases);
    }
    free_edges(g);
    rm_vec_free(&g->docs);
    rm_vec_free(&g->nodes);
    rm_vec_free(&g->edges);
    rm_map_free(&g->node_by_id);
    rm_map_free(&g->edge_by_key);
    rm_map_free(&g->doc_by_id);
    rm_map_free(&g->str_by_val);
    for (i = 0; i < g->strs.n; i++)
        free(g->strs.v[i]);
    rm_vec_free(&g->strs);
    rm_spill_free(g->spill);
    rm_floors_free(&g->floors);
    free(g);
}

void relmap_graph_set_max_evidence(relmap_graph *g, size_t n)
{
    if (g && n >= 1)
        g->max_evidence = n;
}

size_t relmap_graph_max_evidence(const relmap_graph *g)
{
    return g ? g->max_evidence : RELMAP_DEFAULT_MAX_EVIDENCE;
}

size_t relmap_graph_node_count(const relmap_graph *g)
{
    return g ? g->nodes.n : 0;
}

size_t relmap_graph_edge_count(const relmap_graph *g)
{
    return g ? g->edges.n : 0;
}

int relmap_graph_has_explain(const relmap_graph *g)
{
    return g ? g->has_explain : 0;
}

/* ASCII case-insensitive comparison (locale-independent). */
static int strcasecmp_ascii(const char *a, const char *b)
{
    for (;; a++, b++) {
        int x = (unsigned char)*a, y = (unsigned char)*b;
        if (x >= 'A' && x <= 'Z')
            x += 32;
        if (y >= 'A' && y <= 'Z')
            y += 32;
        if (x != y || x == 0)
            return x - y;
    }
}

long rm_str_pos(char *const *v, size_t n, const char *s)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(v[mid], s);
        if (c == 0)
            return -1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (long)lo;
}

/* Insert s into a sorted unique string vector (copying it). */
static int sorted_insert(char ***v, size_t *n, size_t *cap, const char *s,
                         size_t max)
{
    long pos = rm_str_pos(*v, *n, s);
    size_t lo;
    char *copy;
    if (pos < 0)
        return 0;
    lo = (size_t)pos;
    /* when full, the smallest strings stay: the result is independent of
       the order of insertion */
    if (lo >= max)
        return 0;
    if (rm_vec_reserve_((void **)v, cap, *n + 1, sizeof(char *)))
        return -1;
    copy = rm_strdup(s);
    if (copy == NULL)
        return -1;
    memmove(*v + lo + 1, *v + lo, (*n - lo) * sizeof(char *));
    (*v)[lo] = copy;
    (*n)++;
    if (*n > max) {
        free((*v)[*n - 1]);
        (*n)--;
    }
    return 0;
}

/* Should one id come with two labels or types, the smaller wins: the
   result does not depend on which document came first. */
static int keep_smaller_label(rm_gnode *n, const char *label, relmap_actor_type type)
{
    if (type < n->type)
        n->type = type;
    if (label && strcmp(label, n->label) < 0) {
        char *l = rm_strdup(label);
        if (l == NULL)
            return -1;
        free(n->label);
        n->label = l;
    }
    return 0;
}

static long get_node(relmap_graph *g, const relmap_actor_info *a)
{
    long i = rm_map_get(&g->node_by_id, a->id, strlen(a->id));
    if (i >= 0)
        return keep_smaller_label(&g->nodes.v[i], a->label, a->type) ? -1 : i;
    return rm_graph_put_node(g, a->id, a->label, a->type, 0);
}

int rm_ev_cmp(const rm_evidence *a, const char *doc, size_t start)
{
    int c = strcmp(a->doc, doc);
    if (c)
        return c;
    return a->start < start ? -1 : a->start > start;
}

long rm_ev_pos(const rm_gedge *e, const char *doc, size_t start)
{
    size_t lo = 0, hi = e->ev.n;
    /* documents mostly come in id order: after the last is the common case */
    if (hi > 0) {
        int c = rm_ev_cmp(&e->ev.v[hi - 1], doc, start);
        if (c < 0)
            return (long)hi;
        if (c == 0)
            return -1;
        hi--;
    }
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = rm_ev_cmp(&e->ev.v[mid], doc, start);
        if (c == 0)
            return -1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (long)lo;
}

static void doc_ref(relmap_graph *g, const char *doc, int delta)
{
    long di = rm_map_get(&g->doc_by_id, doc, strlen(doc));
    if (di >= 0)
        g->docs.v[di].refs += (size_t)(long)delta;
}

/* Insert x (owned) at pos, keeping at most g->max_evidence; frees x if it
   falls off. */
static int ev_insert(relmap_graph *g, rm_gedge *e, size_t pos, rm_evidence *x)
{
    if (pos >= g->max_evidence) {
        ev_free(x);
        return 0;
    }
    if (rm_vec_reserve_((void **)&e->ev.v, &e->ev.cap, e->ev.n + 1, sizeof *x)) {
        ev_free(x);
        return -1;
    }
    memmove(e->ev.v + pos + 1, e->ev.v + pos, (e->ev.n - pos) * sizeof *x);
    e->ev.v[pos] = *x;
    e->ev.n++;
    doc_ref(g, x->doc, 1);
    g->mem_edges += EV_BYTES(x);
    if (e->ev.n > g->max_evidence) {
        g->mem_edges -= EV_BYTES(&e->ev.v[e->ev.n - 1]);
        doc_ref(g, e->ev.v[e->ev.n - 1].doc, -1);
        ev_free(&e->ev.v[e->ev.n - 1]);
        e->ev.n--;
    }
    return 0;
}

static int doc_listed(const relmap_graph *g, const rm_gdoc *d)
{
    return g->doc_total <= RM_DOC_LIST_MAX || d->refs > 0;
}

/* Forget documents no evidence cites once there are too many to list
   (with @p now, whatever their number). Evidence keeps pointing at the
   same id strings. */
static int compact_docs(relmap_graph *g, int now)
{
    size_t i, j = 0;
    if (g->doc_total <= RM_DOC_LIST_MAX || (!now && g->docs.n < g->compact_at))
        return 0;
    rm_map_free(&g->doc_by_id);
    memset(&g->doc_by_id, 0, sizeof g->doc_by_id);
    for (i = 0; i < g->docs.n; i++) {
        rm_gdoc *d = &g->docs.v[i];
        if (d->refs == 0) {
            free(d->id);
            free(d->path);
            free(d->url);
            free(d->date);
            continue;
        }
        g->docs.v[j++] = *d;
    }
    g->docs.n = j;
    g->mem_docs = 0;
    for (i = 0; i < j; i++)
        g->mem_docs += doc_bytes(&g->docs.v[i]);
    for (i = 0; i < j; i++)
        if (rm_map_put(&g->doc_by_id, g->docs.v[i].id, strlen(g->docs.v[i].id), (long)i))
            return -1;
    g->compact_at = 2 * j + 1024;
    return 0;
}

void rm_graph_edge_see(rm_gedge *e, const char *date)
{
    if (date == NULL || strlen(date) != 10)
        return;
    if (e->first[0] == '\0' || strcmp(date, e->first) < 0)
        memcpy(e->first, date, 11);
    if (e->last[0] == '\0' || strcmp(date, e->last) > 0)
        memcpy(e->last, date, 11);
}

/* One new supporting sentence (the caller has checked it is new). */
static int add_evidence(relmap_graph *g, rm_gedge *e, const char *doc,
                        const char *text, size_t len, const relmap_event *ev)
{
    long pos = rm_ev_pos(e, doc, ev->start);
    rm_evidence x;
    int failed = 0;
    e->weight++;
    if (pos < 0 || (size_t)pos >= g->max_evidence ||
        !rm_floor_admits(g, e->s, e->t, e->relation, e->modality, doc, ev->start))
        return 0;
    memset(&x, 0, sizeof x);
    x.doc = doc;
    x.start = ev->start;
    x.end = ev->end;
    if (ev->end <= len && ev->start <= ev->end)
        x.text = rm_strndup(text + ev->start, ev->end - ev->start);
    if (ev->trigger_end <= len && ev->trigger_start <= ev->trigger_end) {
        char tbuf[128];
        size_t tn = ev->trigger_end - ev->trigger_start;
        char *t = tn < sizeof tbuf ? tbuf : rm_strndup(text + ev->trigger_start, tn);
        if (t == tbuf) {
            memcpy(tbuf, text + ev->trigger_start, tn);
            tbuf[tn] = '\0';
        }
        x.trigger = t ? intern(g, t, &failed) : NULL;
        if (t != tbuf)
            free(t);
    }
    x.cue_copy = intern(g, ev->cue, &failed);
    x.rule = intern(g, ev->rule ? ev->rule : "", &failed);
    if (x.text == NULL || x.trigger == NULL || failed) {
        ev_free(&x);
        return -1;
    }
    return ev_insert(g, e, (size_t)pos, &x);
}


/* The edge for (s, t, rel, mod), created if new; -1 on allocation failure. */
/* Edge map key: node indexes, relation and modality as bytes (node indexes
   are stable within a graph). */
typedef struct edge_key {
    unsigned char b[2 * sizeof(size_t) + 2];
} edge_key;

static edge_key make_key(size_t s, size_t t, relmap_relation rel, relmap_modality mod)
{
    edge_key k;
    memcpy(k.b, &s, sizeof s);
    memcpy(k.b + sizeof s, &t, sizeof t);
    k.b[2 * sizeof s] = (unsigned char)rel;
    k.b[2 * sizeof s + 1] = (unsigned char)mod;
    return k;
}

static void order_pair(const relmap_graph *g, size_t *s, size_t *t, relmap_relation rel)
{
    if (relmap_relation_is_symmetric(rel) && strcmp(g->nodes.v[*s].id, g->nodes.v[*t].id) > 0) {
        size_t tmp = *s;
        *s = *t;
        *t = tmp;
    }
}

/* The edge for (s, t, rel, mod), created if new; -1 on allocation failure. */
static long get_edge(relmap_graph *g, size_t s, size_t t, relmap_relation rel,
                     relmap_modality mod)
{
    edge_key key;
    long ei;
    order_pair(g, &s, &t, rel);
    key = make_key(s, t, rel, mod);
    ei = rm_map_get(&g->edge_by_key, (const char *)key.b, sizeof key.b);
    if (ei < 0) {
        rm_gedge ne;
        memset(&ne, 0, sizeof ne);
        ne.s = s;
        ne.t = t;
        ne.relation = rel;
        ne.modality = mod;
        if (rm_vec_push(&g->edges, ne) ||
            rm_map_put(&g->edge_by_key, (const char *)key.b, sizeof key.b,
                       (long)g->edges.n - 1))
            ei = -1;
        else
            ei = (long)g->edges.n - 1;
        g->mem_edges += EDGE_BYTES;
    }
    return ei;
}

int relmap_graph_add_doc(relmap_graph *g, const char *doc_id,
                         const char *path, const char *text, size_t len,
                         const relmap_doc *d, relmap_error *err)
{
    relmap_doc_meta m;
    memset(&m, 0, sizeof m);
    m.id = doc_id;
    m.path = path;
    return relmap_graph_add_doc_meta(g, &m, text, len, d, err);
}

/* Sort *v[0, n) stably by hi, every hi in [base, base + range); *v is
   replaced by a new array. */
static int sort_by_edge(rm_skey **v, size_t n, size_t base, size_t range)
{
    size_t *at = calloc(range + 1, sizeof *at), i, sum = 0;
    rm_skey *o = malloc(n * sizeof *o);
    if (at == NULL || o == NULL) {
        free(at);
        free(o);
        return -1;
    }
    for (i = 0; i < n; i++)
        at[(*v)[i].hi - base]++;
    for (i = 0; i < range; i++) {
        size_t c = at[i];
        at[i] = sum;
        sum += c;
    }
    for (i = 0; i < n; i++)
        o[at[(*v)[i].hi - base]++] = (*v)[i];
    free(at);
    free(*v);
    *v = o;
    return 0;
}

int relmap_graph_add_doc_meta(relmap_graph *g, const relmap_doc_meta *m,
                              const char *text, size_t len, const relmap_doc *d,
                              relmap_error *err)
{
    size_t i, k, na, ne;
    long *node_of = NULL, di;
    rm_skey *refs = NULL; /* (edge, start, event) */
    const char *date, *did;
    rm_buf idb = {0};
    int see, in_order = 1;
    unsigned long long lo_e = ~0ull, hi_e = 0;
    /* the document's events name the same few edges over and over: each
       (source, target, relation, modality) of its own looked up once */
    struct { size_t s, t; long ei; int rel, mod; } *ecache = NULL;
    size_t ecap = 16;

    if (g == NULL || d == NULL || m == NULL || m->id == NULL)
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0, "missing argument");
    date = m->date ? m->date : relmap_doc_date(d);
    if (m->date == NULL && date && !relmap_date_valid(date))
        date = NULL; /* "date 2024-99-99" in the text: not a date */
    if (date && !relmap_date_valid(date))
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0,
                            "document \"%s\": date \"%s\" is not YYYY-MM-DD", m->id, date);
    /* unique document ids: a repeated id gets "-2", "-3", ... */
    rm_buf_puts(&idb, m->id);
    for (k = 2; !idb.failed && rm_map_get(&g->doc_by_id, idb.ptr, idb.len) >= 0; k++) {
        idb.len = 0;
        rm_buf_printf(&idb, "%s-%zu", m->id, k);
    }
    di = idb.failed ? -1 : rm_graph_put_doc(g, idb.ptr, m->path, m->url, date);
    rm_buf_free(&idb);
    if (di < 0)
        goto oom;
    g->doc_total++;
    did = g->docs.v[di].id;
    date = g->docs.v[di].date;
    see = date != NULL && strlen(date) == 10; /* (rm_graph_edge_see's test) */
    na = relmap_doc_actor_count(d);
    ne = relmap_doc_event_count(d);
    node_of = malloc((na + 1) * sizeof *node_of);
    refs = malloc((ne + 1) * sizeof *refs);
    if (node_of == NULL || refs == NULL)
        goto oom;
    for (i = 0; i < na; i++) {
        const relmap_actor_info *a = relmap_doc_actor(d, i);
        rm_gnode *n;
        long ni = get_node(g, a);
        if (ni < 0)
            goto oom;
        node_of[i] = ni;
        n = &g->nodes.v[ni];
        n->mentions += a->mentions;
        for (k = 0; k < a->n_aliases; k++)
            if (sorted_insert(&n->aliases.v, &n->aliases.n, &n->aliases.cap,
                              a->aliases[k], RM_MAX_ALIASES))
                goto oom;
    }
    while (ecap < 2 * ne)
        ecap *= 2;
    ecache = malloc(ecap * sizeof *ecache); /* (none: no cache) */
    for (i = 0; ecache && i < ecap; i++)
        ecache[i].ei = -1;
    for (i = 0; i < ne; i++) {
        const relmap_event *ev = relmap_doc_event(d, i);
        long ei = -1;
        size_t h = 0;
        rm_gedge *e;
        if (ecache) {
            h = ((ev->source * 0x9E3779B97F4A7C15ull) ^ (ev->target * 0xC2B2AE3D27D4EB4Full) ^
                 ((unsigned long long)ev->relation << 8) ^ (unsigned long long)ev->modality) *
                0xFF51AFD7ED558CCDull >> 32;
            for (h &= ecap - 1; ecache[h].ei >= 0; h = (h + 1) & (ecap - 1))
                if (ecache[h].s == ev->source && ecache[h].t == ev->target &&
                    ecache[h].rel == (int)ev->relation && ecache[h].mod == (int)ev->modality) {
                    ei = ecache[h].ei;
                    break;
                }
        }
        if (ei < 0) {
            ei = get_edge(g, (size_t)node_of[ev->source], (size_t)node_of[ev->target],
                          ev->relation, ev->modality);
            if (ei >= 0 && ecache) {
                ecache[h].s = ev->source;
                ecache[h].t = ev->target;
                ecache[h].rel = (int)ev->relation;
                ecache[h].mod = (int)ev->modality;
                ecache[h].ei = ei;
            }
        }
        if (ei < 0)
            goto oom;
        e = &g->edges.v[ei];
        if (ev->item && sorted_insert(&e->items.v, &e->items.n, &e->items.cap,
                                      ev->item, RM_MAX_ITEMS))
            goto oom;
        /* (seen on this date already: nothing to change) */
        if (see && !(e->first[0] && memcmp(date, e->first, 11) == 0 &&
                     memcmp(date, e->last, 11) == 0))
            rm_graph_edge_see(e, date);
        refs[i].hi = (unsigned long long)ei;
        refs[i].lo = ev->start;
        refs[i].val = i;
        if (i > 0 && ev->start < refs[i - 1].lo)
            in_order = 0;
        if ((unsigned long long)ei < lo_e)
            lo_e = (unsigned long long)ei;
        if ((unsigned long long)ei > hi_e)
            hi_e = (unsigned long long)ei;
    }
    /* one supporting sentence counts once per edge, whatever the order in
       which documents arrive; the first event of a sentence gives its
       evidence */
    if (in_order && ne > 1 && hi_e - lo_e < 4 * (unsigned long long)ne) {
        /* (events in text order, as extraction gives them: the (edge,
           start, event) order is that of a stable counting sort by edge) */
        if (sort_by_edge(&refs, ne, (size_t)lo_e, (size_t)(hi_e - lo_e + 1)))
            goto oom;
    } else
        rm_sort_keys(refs, ne);
    for (i = 0; i < ne; i++) {
        if (i > 0 && refs[i].hi == refs[i - 1].hi && refs[i].lo == refs[i - 1].lo)
            continue;
        if (add_evidence(g, &g->edges.v[refs[i].hi], did, text, len,
                         relmap_doc_event(d, refs[i].val)))
            goto oom;
    }
    free(node_of);
    free(refs);
    free(ecache);
    if (compact_docs(g, 0))
        goto oom2;
    return rm_spill_check(g, err);
oom:
    free(node_of);
    free(refs);
    free(ecache);
oom2:
    return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
}

/* Sort keys carry their strings so the comparators need no context
   (qsort has none in C11) and ordering stays thread-safe. */
typedef struct sort_key {
    const char *a, *b, *c;
    int m;
    size_t idx;
} sort_key;

static int key_cmp(const void *x, const void *y)
{
    const sort_key *p = x, *q = y;
    int c = strcmp(p->a, q->a);
    if (c)
        return c;
    if (p->b && q->b && (c = strcmp(p->b, q->b)) != 0)
        return c;
    if (p->c && q->c && (c = strcmp(p->c, q->c)) != 0)
        return c;
    if (p->m != q->m)
        return p->m < q->m ? -1 : 1;
    return p->idx < q->idx ? -1 : p->idx > q->idx;
}

static size_t *finish(sort_key *k, size_t n)
{
    size_t *o, i;
    if (k == NULL)
        return NULL;
    qsort(k, n, sizeof *k, key_cmp);
    o = malloc((n + 1) * sizeof *o);
    for (i = 0; o && i < n; i++)
        o[i] = k[i].idx;
    free(k);
    return o;
}

size_t *rm_graph_node_order(const relmap_graph *g)
{
    sort_key *k = calloc(g->nodes.n + 1, sizeof *k);
    size_t i;
    for (i = 0; k && i < g->nodes.n; i++) {
        k[i].a = g->nodes.v[i].id;
        k[i].idx = i;
    }
    return finish(k, g->nodes.n);
}

/* Edges by source id, target id, relation name, modality (and index), as
   key_cmp would order them, but on numbers: the ranks of the node ids
   (unique, so strcmp never finds two equal) and of the relation names.
   A graph has far fewer nodes than edges, and the string compares of
   qsort's calls through a pointer were most of the cost of exporting. */
size_t *rm_graph_edge_order(const relmap_graph *g)
{
    size_t *no = rm_graph_node_order(g), *rank = NULL, *o = NULL, i, r;
    unsigned rel_rank[RELMAP_REL__COUNT + 1];
    rm_skey *k = NULL;
    if (g->nodes.n > 0xFFFFFFFFu) { /* (ranks take 32 bits) */
        sort_key *sk = calloc(g->edges.n + 1, sizeof *sk);
        free(no);
        for (i = 0; sk && i < g->edges.n; i++) {
            const rm_gedge *e = &g->edges.v[i];
            sk[i].a = g->nodes.v[e->s].id;
            sk[i].b = g->nodes.v[e->t].id;
            sk[i].c = relmap_relation_name(e->relation);
            sk[i].m = (int)e->modality;
            sk[i].idx = i;
        }
        return finish(sk, g->edges.n);
    }
    if (no == NULL)
        return NULL;
    rank = malloc((g->nodes.n + 1) * sizeof *rank);
    k = malloc((g->edges.n + 1) * sizeof *k);
    o = malloc((g->edges.n + 1) * sizeof *o);
    if (rank == NULL || k == NULL || o == NULL) {
        free(o);
        o = NULL;
        goto done;
    }
    for (i = 0; i < g->nodes.n; i++)
        rank[no[i]] = i;
    /* (index RELMAP_REL__COUNT: "unknown", the name of any other value) */
    for (r = 0; r <= RELMAP_REL__COUNT; r++) {
        const char *nm = relmap_relation_name((relmap_relation)r);
        size_t q;
        rel_rank[r] = 0;
        for (q = 0; q <= RELMAP_REL__COUNT; q++)
            rel_rank[r] += strcmp(relmap_relation_name((relmap_relation)q), nm) < 0;
    }
    for (i = 0; i < g->edges.n; i++) {
        const rm_gedge *e = &g->edges.v[i];
        unsigned rr = rel_rank[(unsigned)e->relation < RELMAP_REL__COUNT
                                   ? (unsigned)e->relation
                                   : RELMAP_REL__COUNT];
        k[i].hi = ((unsigned long long)rank[e->s] << 32) | rank[e->t];
        /* (the modality as key_cmp compares it: an int) */
        k[i].lo = ((unsigned long long)rr << 32) | ((unsigned)(int)e->modality ^ 0x80000000u);
        k[i].val = i;
    }
    rm_sort_keys(k, g->edges.n);
    for (i = 0; i < g->edges.n; i++)
        o[i] = k[i].val;
done:
    free(no);
    free(rank);
    free(k);
    return o;
}

size_t *rm_graph_doc_order(const relmap_graph *g, size_t *n)
{
    sort_key *k = calloc(g->docs.n + 1, sizeof *k);
    size_t i;
    *n = 0;
    for (i = 0; k && i < g->docs.n; i++) {
        if (!doc_listed(g, &g->docs.v[i]))
            continue;
        k[*n].a = g->docs.v[i].id;
        k[*n].idx = i;
        (*n)++;
    }
    return finish(k, *n);
}

/* ---- building blocks for import and filter ---- */

long rm_graph_put_doc(relmap_graph *g, const char *id, const char *path,
                      const char *url, const char *date)
{
    rm_gdoc d;
    if (rm_map_get(&g->doc_by_id, id, strlen(id)) >= 0)
        return -1;
    memset(&d, 0, sizeof d);
    d.id = rm_strdup(id);
    d.path = path ? rm_strdup(path) : NULL;
    d.url = url ? rm_strdup(url) : NULL;
    d.date = date ? rm_strdup(date) : NULL;
    if (d.id == NULL || (path && !d.path) || (url && !d.url) || (date && !d.date) ||
        rm_vec_push(&g->docs, d)) {
        free(d.id);
        free(d.path);
        free(d.url);
        free(d.date);
        return -1;
    }
    if (rm_map_put(&g->doc_by_id, d.id, strlen(d.id), (long)g->docs.n - 1)) {
        g->docs.n--;
        free(d.id);
        free(d.path);
        free(d.url);
        free(d.date);
        return -1;
    }
    g->docs.v[g->docs.n - 1].ord = g->next_ord++;
    g->mem_docs += doc_bytes(&d);
    return (long)g->docs.n - 1;
}

long rm_graph_put_node(relmap_graph *g, const char *id, const char *label,
                       relmap_actor_type type, size_t mentions)
{
    rm_gnode n;
    if (rm_map_get(&g->node_by_id, id, strlen(id)) >= 0)
        return -1;
    memset(&n, 0, sizeof n);
    n.id = rm_strdup(id);
    n.label = rm_strdup(label);
    n.type = type;
    n.mentions = mentions;
    if (n.id == NULL || n.label == NULL || rm_vec_push(&g->nodes, n) ||
        rm_map_put(&g->node_by_id, n.id, strlen(n.id), (long)g->nodes.n - 1)) {
        free(n.id);
        free(n.label);
        return -1;
    }
    return (long)g->nodes.n - 1;
}

int rm_graph_put_alias(relmap_graph *g, size_t node, const char *alias)
{
    rm_gnode *n = &g->nodes.v[node];
    return sorted_insert(&n->aliases.v, &n->aliases.n, &n->aliases.cap, alias, (size_t)-1);
}

long rm_graph_put_edge(relmap_graph *g, size_t s, size_t t,
                       relmap_relation rel, relmap_modality mod, size_t weight)
{
    edge_key key;
    rm_gedge e;
    /* symmetric relations are kept with the smaller id first */
    order_pair(g, &s, &t, rel);
    key = make_key(s, t, rel, mod);
    if (rm_map_get(&g->edge_by_key, (const char *)key.b, sizeof key.b) >= 0)
        return -1;
    memset(&e, 0, sizeof e);
    e.s = s;
    e.t = t;
    e.relation = rel;
    e.modality = mod;
    e.weight = weight;
    if (rm_vec_push(&g->edges, e) ||
        rm_map_put(&g->edge_by_key, (const char *)key.b, sizeof key.b, (long)g->edges.n - 1))
        return -1;
    g->mem_edges += EDGE_BYTES;
    return (long)g->edges.n - 1;
}

int rm_graph_put_item(relmap_graph *g, size_t edge, const char *item)
{
    rm_gedge *e = &g->edges.v[edge];
    return sorted_insert(&e->items.v, &e->items.n, &e->items.cap, item, (size_t)-1);
}

int rm_graph_put_evidence(relmap_graph *g, size_t edge, const char *doc,
                          size_t start, size_t end, const char *text,
                          const char *trigger, const char *cue, const char *rule)
{
    rm_gedge *e = &g->edges.v[edge];
    rm_evidence x;
    long di = rm_map_get(&g->doc_by_id, doc, strlen(doc));
    int failed = 0;
    memset(&x, 0, sizeof x);
    if (di < 0)
        return -1;
    x.doc = g->docs.v[di].id;
    g->docs.v[di].refs++;
    x.start = start;
    x.end = end;
    x.text = rm_strdup(text ? text : "");
    x.trigger = intern(g, trigger, &failed);
    x.cue_copy = intern(g, cue, &failed);
    x.rule = intern(g, rule, &failed);
    if (trigger || cue || rule)
        g->has_explain = 1;
    if (x.text == NULL || failed || rm_vec_push(&e->ev, x)) {
        ev_free(&x);
        return -1;
    }
    g->mem_edges += EV_BYTES(&x);
    return 0;
}

int rm_graph_add_evidence(relmap_graph *g, size_t edge, const rm_evidence *x)
{
    rm_gedge *e = &g->edges.v[edge];
    rm_evidence y;
    long di = rm_map_get(&g->doc_by_id, x->doc, strlen(x->doc));
    int failed = 0;
    if (di < 0)
        return -1;
    memset(&y, 0, sizeof y);
    y.doc = g->docs.v[di].id;
    y.start = x->start;
    y.end = x->end;
    y.text = rm_strdup(x->text ? x->text : "");
    y.trigger = intern(g, x->trigger, &failed);
    y.cue_copy = intern(g, x->cue_copy, &failed);
    y.rule = intern(g, x->rule, &failed);
    if (y.text == NULL || failed || rm_vec_push(&e->ev, y)) {
        ev_free(&y);
        return -1;
    }
    g->docs.v[di].refs++;
    g->mem_edges += EV_BYTES(&y);
    return 0;
}

void rm_graph_clear_edges(relmap_graph *g)
{
    size_t i;
    free_edges(g);
    rm_vec_free(&g->edges);
    rm_map_free(&g->edge_by_key);
    memset(&g->edge_by_key, 0, sizeof g->edge_by_key);
    g->mem_edges = 0;
    for (i = 0; i < g->docs.n; i++)
        g->docs.v[i].refs = 0;
    /* on failure the documents stay: more memory, the same output */
    (void)compact_docs(g, 1);
}

/* ---- memory ---- */

int relmap_graph_set_memory_limit(relmap_graph *g, size_t bytes, const char *dir)
{
    char *d = NULL;
    if (g == NULL)
        return RELMAP_EINVAL;
    if (g->spill == NULL && (g->spill = rm_spill_new()) == NULL)
        return RELMAP_ENOMEM;
    if (dir && (d = rm_strdup(dir)) == NULL)
        return RELMAP_ENOMEM;
    free(g->spill->dir);
    g->spill->dir = d;
    g->spill->limit = bytes;
    return 0;
}

size_t relmap_graph_memory(const relmap_graph *g)
{
    return g ? g->mem_edges + g->mem_docs + g->floors.bytes : 0;
}

size_t relmap_graph_run_count(const relmap_graph *g)
{
    if (g == NULL || g->spill == NULL)
        return 0;
    (void)rm_spill_wait(g, NULL); /* a run written in the background counts */
    return g->spill->runs.n;
}

/* ---- filters ---- */

static int copy_edge(relmap_graph *dst, const relmap_graph *g, const rm_gedge *e,
                     const long *node_map)
{
    long ne = rm_graph_put_edge(dst, (size_t)node_map[e->s], (size_t)node_map[e->t],
                                e->relation, e->modality, e->weight);
    size_t k;
    (void)g;
    if (ne < 0)
        return -1;
    memcpy(dst->edges.v[ne].first, e->first, sizeof e->first);
    memcpy(dst->edges.v[ne].last, e->last, sizeof e->last);
    for (k = 0; k < e->items.n; k++)
        if (rm_graph_put_item(dst, (size_t)ne, e->items.v[k]))
            return -1;
    for (k = 0; k < e->ev.n; k++) {
        const rm_evidence *x = &e->ev.v[k];
        if (rm_graph_put_evidence(dst, (size_t)ne, x->doc, x->start, x->end, x->text,
                                  x->trigger, x->cue_copy, x->rule))
            return -1;
    }
    return 0;
}

/* Find an actor by id, label or alias, ignoring case. */
static long find_actor(const relmap_graph *g, const char *name)
{
    size_t i, k;
    for (i = 0; i < g->nodes.n; i++) {
        const rm_gnode *n = &g->nodes.v[i];
        if (strcasecmp_ascii(n->id, name) == 0 || strcasecmp_ascii(n->label, name) == 0)
            return (long)i;
    }
    for (i = 0; i < g->nodes.n; i++)
        for (k = 0; k < g->nodes.v[i].aliases.n; k++)
            if (strcasecmp_ascii(g->nodes.v[i].aliases.v[k], name) == 0)
                return (long)i;
    return -1;
}

int relmap_graph_filter(relmap_graph **out, const relmap_graph *g,
                        const relmap_filter *f, relmap_error *err)
{
    relmap_filter def = RELMAP_FILTER_INIT;
    relmap_graph *dst = NULL;
    unsigned char *keep_e = NULL, *keep_n = NULL;
    long *node_map = NULL;
    double *deg = NULL;
    size_t i, ne = g ? g->edges.n : 0, nn = g ? g->nodes.n : 0;
    int rc = 0;

    if (out)
        *out = NULL;
    if (g == NULL || out == NULL)
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0, "missing argument");
    if (rm_graph_spilled(g))
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0,
                            "the graph has edges on disk (relmap_graph_unspill)");
    if (f == NULL)
        f = &def;
    keep_e = calloc(ne + 1, 1);
    keep_n = calloc(nn + 1, 1);
    node_map = malloc((nn + 1) * sizeof *node_map);
    deg = calloc(nn + 1, sizeof *deg);
    if (!keep_e || !keep_n || !node_map || !deg || relmap_graph_new(&dst)) {
        rc = rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
        goto done;
    }
    dst->max_evidence = g->max_evidence;
    for (i = 0; i < ne; i++) {
        const rm_gedge *e = &g->edges.v[i];
        keep_e[i] = (!f->relations || (f->relations & (1u << e->relation))) &&
                    (!f->modalities || (f->modalities & (1u << e->modality))) &&
                    e->weight >= f->min_weight &&
                    (!f->since || (e->last[0] && strcmp(e->last, f->since) >= 0)) &&
                    (!f->until || (e->first[0] && strcmp(e->first, f->until) <= 0));
    }
    for (i = 0; i < nn; i++)
        keep_n[i] = 1;
    if (f->focus) {
        long start = find_actor(g, f->focus);
        int d, depth = f->depth > 0 ? f->depth : 1;
        if (start < 0) {
            rc = rm_error_set(err, RELMAP_EINVAL, "", 0, 0,
                              "no actor \"%s\" in the graph to focus on", f->focus);
            goto done;
        }
        memset(keep_n, 0, nn);
        keep_n[start] = 2; /* 2 = reached in this round */
        for (d = 0; d < depth; d++) {
            for (i = 0; i < ne; i++) {
                const rm_gedge *e = &g->edges.v[i];
                if (!keep_e[i])
                    continue;
                if (keep_n[e->s] && keep_n[e->s] <= 2 && !keep_n[e->t])
                    keep_n[e->t] = 3;
                if (keep_n[e->t] && keep_n[e->t] <= 2 && !keep_n[e->s])
                    keep_n[e->s] = 3;
            }
            for (i = 0; i < nn; i++)
                keep_n[i] = keep_n[i] == 3 ? 2 : keep_n[i] == 2 ? 1 : keep_n[i];
        }
    }
    if (f->top > 0 && f->top < nn) {
        /* weighted degree over the edges still kept; ties by id */
        size_t *order = rm_graph_node_order(g), kept = 0, j;
        if (order == NULL) {
            rc = rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
            goto done;
        }
        for (i = 0; i < ne; i++)
            if (keep_e[i] && keep_n[g->edges.v[i].s] && keep_n[g->edges.v[i].t]) {
                deg[g->edges.v[i].s] += (double)g->edges.v[i].weight;
                deg[g->edges.v[i].t] += (double)g->edges.v[i].weight;
            }
        /* selection: repeatedly take the best remaining (n is small) */
        {
            unsigned char *chosen = calloc(nn + 1, 1);
            if (chosen == NULL) {
                free(order);
                rc = rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
                goto done;
            }
            while (kept < f->top) {
                long best = -1;
                for (j = 0; j < nn; j++) {
                    size_t n = order[j];
                    if (!keep_n[n] || chosen[n])
                        continue;
                    if (best < 0 || deg[n] > deg[best])
                        best = (long)n;
                }
                if (best < 0)
                    break;
                chosen[best] = 1;
                kept++;
            }
            for (j = 0; j < nn; j++)
                keep_n[j] = keep_n[j] && chosen[j];
            free(chosen);
        }
        free(order);
    }
    for (i = 0; i < ne; i++)
        if (keep_e[i] && !(keep_n[g->edges.v[i].s] && keep_n[g->edges.v[i].t]))
            keep_e[i] = 0;
    if (f->hide_isolated) {
        unsigned char *used = calloc(nn + 1, 1);
        if (used == NULL) {
            rc = rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
            goto done;
        }
        for (i = 0; i < ne; i++)
            if (keep_e[i])
                used[g->edges.v[i].s] = used[g->edges.v[i].t] = 1;
        for (i = 0; i < nn; i++)
            keep_n[i] = keep_n[i] && used[i];
        free(used);
    }
    for (i = 0; i < g->docs.n; i++)
        if (rm_graph_put_doc(dst, g->docs.v[i].id, g->docs.v[i].path, g->docs.v[i].url,
                             g->docs.v[i].date) < 0)
            goto oom;
    for (i = 0; i < nn; i++) {
        const rm_gnode *n = &g->nodes.v[i];
        size_t k;
        node_map[i] = -1;
        if (!keep_n[i])
            continue;
        node_map[i] = rm_graph_put_node(dst, n->id, n->label, n->type, n->mentions);
        if (node_map[i] < 0)
            goto oom;
        for (k = 0; k < n->aliases.n; k++)
            if (rm_graph_put_alias(dst, (size_t)node_map[i], n->aliases.v[k]))
                goto oom;
    }
    for (i = 0; i < ne; i++)
        if (keep_e[i] && copy_edge(dst, g, &g->edges.v[i], node_map))
            goto oom;
    dst->has_explain = g->has_explain;
    dst->doc_total = g->doc_total;
    goto done;
oom:
    rc = rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
done:
    free(keep_e);
    free(keep_n);
    free(node_map);
    free(deg);
    if (rc) {
        relmap_graph_free(dst);
        return rc;
    }
    *out = dst;
    return 0;
}

/* ---- merging ---- */

static int merge_evidence(relmap_graph *dst, rm_gedge *e, const rm_evidence *x)
{
    long pos = rm_ev_pos(e, x->doc, x->start), di;
    rm_evidence y;
    int failed = 0;
    if (pos < 0 || (size_t)pos >= dst->max_evidence)
        return 0;
    di = rm_map_get(&dst->doc_by_id, x->doc, strlen(x->doc));
    if (di < 0)
        return -1;
    memset(&y, 0, sizeof y);
    y.doc = dst->docs.v[di].id;
    y.start = x->start;
    y.end = x->end;
    y.text = rm_strdup(x->text ? x->text : "");
    y.trigger = intern(dst, x->trigger, &failed);
    y.cue_copy = intern(dst, x->cue_copy, &failed);
    y.rule = intern(dst, x->rule, &failed);
    if (y.text == NULL || failed) {
        ev_free(&y);
        return -1;
    }
    return ev_insert(dst, e, (size_t)pos, &y);
}

int relmap_graph_merge(relmap_graph *dst, const relmap_graph *src, relmap_error *err)
{
    long *node_map = NULL;
    size_t i, k;
    if (dst == NULL || src == NULL || dst == src)
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0, "missing argument");
    if (rm_graph_spilled(src))
        return rm_error_set(err, RELMAP_EINVAL, "", 0, 0,
                            "the graph to add has edges on disk (relmap_graph_unspill)");
    for (i = 0; i < src->docs.n; i++)
        if (rm_map_get(&dst->doc_by_id, src->docs.v[i].id, strlen(src->docs.v[i].id)) >= 0)
            return rm_error_set(err, RELMAP_EINVAL, "", 0, 0,
                                "document \"%s\" is in both graphs", src->docs.v[i].id);
    for (i = 0; i < src->docs.n; i++) {
        const rm_gdoc *d = &src->docs.v[i];
        if (rm_graph_put_doc(dst, d->id, d->path, d->url, d->date) < 0)
            goto oom;
    }
    node_map = malloc((src->nodes.n + 1) * sizeof *node_map);
    if (node_map == NULL)
        goto oom;
    for (i = 0; i < src->nodes.n; i++) {
        const rm_gnode *n = &src->nodes.v[i];
        long ni = rm_map_get(&dst->node_by_id, n->id, strlen(n->id));
        rm_gnode *m;
        if (ni < 0 && (ni = rm_graph_put_node(dst, n->id, n->label, n->type, 0)) < 0)
            goto oom;
        if (keep_smaller_label(&dst->nodes.v[ni], n->label, n->type))
            goto oom;
        node_map[i] = ni;
        m = &dst->nodes.v[ni];
        m->mentions += n->mentions;
        for (k = 0; k < n->aliases.n; k++)
            if (sorted_insert(&m->aliases.v, &m->aliases.n, &m->aliases.cap,
                              n->aliases.v[k], RM_MAX_ALIASES))
                goto oom;
    }
    for (i = 0; i < src->edges.n; i++) {
        const rm_gedge *e = &src->edges.v[i];
        long ei = get_edge(dst, (size_t)node_map[e->s], (size_t)node_map[e->t],
                           e->relation, e->modality);
        rm_gedge *f;
        if (ei < 0)
            goto oom;
        f = &dst->edges.v[ei];
        f->weight += e->weight;
        rm_graph_edge_see(f, e->first[0] ? e->first : NULL);
        rm_graph_edge_see(f, e->last[0] ? e->last : NULL);
        for (k = 0; k < e->items.n; k++)
            if (sorted_insert(&f->items.v, &f->items.n, &f->items.cap, e->items.v[k],
                              RM_MAX_ITEMS))
                goto oom;
        for (k = 0; k < e->ev.n; k++)
            if (merge_evidence(dst, f, &e->ev.v[k]))
                goto oom;
    }
    dst->has_explain |= src->has_explain;
    dst->doc_total += src->doc_total;
    free(node_map);
    if (compact_docs(dst, 0))
        return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
    return rm_spill_check(dst, err);
oom:
    free(node_map);
    return rm_error_set(err, RELMAP_ENOMEM, "", 0, 0, "out of memory");
}

void rm_graph_edge_flat(const rm_gedge *e, rm_buf *items, rm_buf *docs, rm_buf *ev)
{
    size_t k;
    for (k = 0; k < e->items.n; k++) {
        if (k)
            rm_buf_puts(items, "; ");
        rm_buf_puts(items, e->items.v[k]);
    }
    for (k = 0; k < e->ev.n; k++) {
        if (k) {
            rm_buf_puts(docs, "; ");
            rm_buf_puts(ev, " | ");
        }
        rm_buf_printf(docs, "%s:%zu-%zu", e->ev.v[k].doc, e->ev.v[k].start, e->ev.v[k].end);
        rm_buf_puts(ev, e->ev.v[k].text ? e->ev.v[k].text : "");
    }
}
