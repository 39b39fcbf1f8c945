/* Small helpers shared by the tests (header-only; include after cmocka.h). */
#ifndef RELMAP_TESTUTIL_H
#define RELMAP_TESTUTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <relmap.h>

/* An extractor with its gazetteer and lexicon. */
typedef struct tu_env {
    relmap_gazetteer *gaz;
    relmap_lexicon *lex;
    relmap_extractor *x;
} tu_env;

/* Build an environment. @p empty_gaz: start without the built-in actors;
   @p gaz_json / @p lex_json (may be NULL) are merged on top. */
static inline void tu_env_init(tu_env *e, int empty_gaz, const char *gaz_json,
                               const char *lex_json)
{
    relmap_error err;
    memset(e, 0, sizeof *e);
    memset(&err, 0, sizeof err);
    if (relmap_gazetteer_new(&e->gaz, empty_gaz, &err))
        fail_msg("gazetteer: %s", err.message);
    if (gaz_json &&
        relmap_gazetteer_load_json(e->gaz, gaz_json, strlen(gaz_json), "test-gaz", &err))
        fail_msg("gazetteer json: %s", err.message);
    if (relmap_lexicon_new(&e->lex, 0, &err))
        fail_msg("lexicon: %s", err.message);
    if (lex_json &&
        relmap_lexicon_load_json(e->lex, lex_json, strlen(lex_json), "test-lex", &err))
        fail_msg("lexicon json: %s", err.message);
    if (relmap_extractor_new(&e->x, e->gaz, e->lex, &err))
        fail_msg("extractor: %s", err.message);
}

static inline void tu_env_free(tu_env *e)
{
    relmap_extractor_free(e->x);
    relmap_lexicon_free(e->lex);
    relmap_gazetteer_free(e->gaz);
    memset(e, 0, sizeof *e);
}

static inline relmap_doc *tu_extract(const tu_env *e, const char *text)
{
    relmap_doc *d = NULL;
    relmap_error err;
    memset(&err, 0, sizeof err);
    if (relmap_extract(&d, e->x, text, strlen(text), &err))
        fail_msg("extract: %s", err.message);
    assert_non_null(d);
    return d;
}

/* Does the document hold an event src -rel-> dst (actor ids or labels)?
   @p mod < 0 means any modality. Returns the event or NULL. */
static inline const relmap_event *tu_find(const relmap_doc *d, const char *src,
                                          const char *rel, const char *dst, int mod)
{
    size_t i;
    int r = relmap_relation_from_name(rel);
    for (i = 0; i < relmap_doc_event_count(d); i++) {
        const relmap_event *ev = relmap_doc_event(d, i);
        const relmap_actor_info *s = relmap_doc_actor(d, ev->source);
        const relmap_actor_info *t = relmap_doc_actor(d, ev->target);
        if ((int)ev->relation != r)
            continue;
        if (mod >= 0 && (int)ev->modality != mod)
            continue;
        if ((strcmp(s->id, src) == 0 || strcmp(s->label, src) == 0) &&
            (strcmp(t->id, dst) == 0 || strcmp(t->label, dst) == 0))
            return ev;
    }
    return NULL;
}

/* Print the events of a document (for failure messages). */
static inline void tu_dump(const relmap_doc *d)
{
    size_t i;
    print_message("  events (%zu):\n", relmap_doc_event_count(d));
    for (i = 0; i < relmap_doc_event_count(d); i++) {
        const relmap_event *ev = relmap_doc_event(d, i);
        print_message("    %s %s %s %s item=%s rule=%s cue=%s\n",
                      relmap_doc_actor(d, ev->source)->label,
                      relmap_relation_name(ev->relation),
                      relmap_doc_actor(d, ev->target)->label,
                      relmap_modality_name(ev->modality), ev->item ? ev->item : "-",
                      ev->rule ? ev->rule : "-", ev->cue ? ev->cue : "-");
    }
}

/* Read a whole file into a NUL-terminated buffer; NULL if it can't. */
static inline char *tu_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t cap = 0, n = 0;
    if (f == NULL)
        return NULL;
    for (;;) {
        size_t r;
        if (n + 4096 + 1 > cap) {
            char *nb = realloc(buf, cap ? cap * 2 : 8192);
            if (nb == NULL) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = nb;
            cap = cap ? cap * 2 : 8192;
        }
        r = fread(buf + n, 1, cap - n - 1, f);
        n += r;
        if (r == 0)
            break;
    }
    fclose(f);
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

#endif
