/**
 * @file relmap/gazetteer.h
 * @brief Known actors and the names that stand for them.
 *
 * A gazetteer maps surface forms (names, demonyms, capitals, institutions,
 * people) to actors. The built-in one is compiled in; user files in the
 * same JSON format are merged on top:
 *   {"entities": [{"id": "Arnor", "type": "country", "aliases": ["Annuminas"],
 *                  "demonyms": [...], "places": [...], "people": [...]}]}
 * An entity whose id has the slug of an existing one (ignoring case and
 * punctuation: "Foo!" is "foo") adds its names to it. When two entities
 * claim the same name, the later file wins.
 *
 * Ownership: relmap_gazetteer_new's result is the caller's (free with
 * relmap_gazetteer_free).
 *
 * Thread safety: once loaded, a gazetteer is read-only: extractors built on
 * it and relmap_gazetteer_count may use it from several threads at once.
 * Loading (load_json, load_file) changes it and must not overlap any other
 * use of the same gazetteer, nor the life of an extractor built on it.
 */
#ifndef RELMAP_GAZETTEER_H
#define RELMAP_GAZETTEER_H

#include <stddef.h>
#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct relmap_gazetteer relmap_gazetteer;

/** Create a gazetteer holding the built-in actors (or none if @p empty).
    Returns 0, or RELMAP_ENOMEM (then *@p out is NULL). */
int relmap_gazetteer_new(relmap_gazetteer **out, int empty, relmap_error *err);

/**
 * Merge entities from JSON text (@p len bytes); @p name labels errors (e.g.
 * the path). Returns 0, RELMAP_EPARSE for a JSON syntax error (@p err gets
 * @p name, line and column), RELMAP_ECONFIG for well-formed JSON with
 * invalid content (the message names the field: "entities[2].type: ..."),
 * RELMAP_EINVAL or RELMAP_ENOMEM. On a content error, the entities before
 * the faulty one may already have been merged.
 */
int relmap_gazetteer_load_json(relmap_gazetteer *g, const char *json,
                               size_t len, const char *name,
                               relmap_error *err);

/** Merge entities from a JSON file: relmap_gazetteer_load_json with the
    path as name, or RELMAP_EIO when the file cannot be read. */
int relmap_gazetteer_load_file(relmap_gazetteer *g, const char *path,
                               relmap_error *err);

/** Number of names that were claimed by two entities while loading (the
 *  later claim wins); each is described by relmap_gazetteer_conflict. */
size_t relmap_gazetteer_conflict_count(const relmap_gazetteer *g);

/** The @p i th conflict as a message ("FILE: \"NAME\" stood for A and now
 *  stands for B ..."), borrowed; NULL when out of range. */
const char *relmap_gazetteer_conflict(const relmap_gazetteer *g, size_t i);

/** Number of actors (0 for NULL). */
size_t relmap_gazetteer_count(const relmap_gazetteer *g);

/** Free; NULL is a no-op. */
void relmap_gazetteer_free(relmap_gazetteer *g);

#ifdef __cplusplus
}
#endif

#endif
