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
 * relmap_gazetteer_free). Thread safety: a loaded gazetteer is read-only
 * during extraction and may be shared by threads; loading is not.
 */
#ifndef RELMAP_GAZETTEER_H
#define RELMAP_GAZETTEER_H

#include <stddef.h>
#include "common.h"

typedef struct relmap_gazetteer relmap_gazetteer;

/** Create a gazetteer holding the built-in actors (or none if @p empty). */
int relmap_gazetteer_new(relmap_gazetteer **out, int empty, relmap_error *err);

/** Merge entities from JSON text; @p name labels errors (e.g. the path). */
int relmap_gazetteer_load_json(relmap_gazetteer *g, const char *json,
                               size_t len, const char *name,
                               relmap_error *err);

/** Merge entities from a JSON file. */
int relmap_gazetteer_load_file(relmap_gazetteer *g, const char *path,
                               relmap_error *err);

/** Number of names that were claimed by two entities while loading (the
 *  later claim wins); each is described by relmap_gazetteer_conflict. */
size_t relmap_gazetteer_conflict_count(const relmap_gazetteer *g);

/** The @p i th conflict as a message ("FILE: \"NAME\" stood for A and now
 *  stands for B ..."), borrowed; NULL when out of range. */
const char *relmap_gazetteer_conflict(const relmap_gazetteer *g, size_t i);

/** Number of actors. */
size_t relmap_gazetteer_count(const relmap_gazetteer *g);

/** Free; NULL is a no-op. */
void relmap_gazetteer_free(relmap_gazetteer *g);

#endif
