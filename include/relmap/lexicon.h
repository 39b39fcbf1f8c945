/**
 * @file relmap/lexicon.h
 * @brief Relation triggers, argument patterns and modality cues, as data.
 *
 * The built-in lexicon is compiled in; files given by the user (same JSON
 * format, documented in README.md under "Lexicon format") add triggers,
 * cues and word classes on top.
 *
 * Ownership: relmap_lexicon_new's result is the caller's (free with
 * relmap_lexicon_free).
 *
 * Thread safety: once loaded, a lexicon is read-only: extractors built on
 * it and relmap_lexicon_trigger_count may use it from several threads at
 * once. Loading (load_json, load_file) changes it and must not overlap any
 * other use of the same lexicon, nor the life of an extractor built on it.
 */
#ifndef RELMAP_LEXICON_H
#define RELMAP_LEXICON_H

#include <stddef.h>
#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct relmap_lexicon relmap_lexicon;

/** Create a lexicon with the built-in rules (or none if @p empty).
    Returns 0, or RELMAP_ENOMEM (then *@p out is NULL). */
int relmap_lexicon_new(relmap_lexicon **out, int empty, relmap_error *err);

/**
 * Merge rules from JSON text (@p len bytes); @p name labels errors.
 * Returns 0, RELMAP_EPARSE for a JSON syntax error (@p err gets @p name,
 * line and column), RELMAP_ECONFIG for invalid content (the message names
 * the entry: "triggers[2].relation: unknown relation \"suply\""),
 * RELMAP_EINVAL or RELMAP_ENOMEM. On a content error, the rules before the
 * faulty one may already have been merged.
 */
int relmap_lexicon_load_json(relmap_lexicon *lx, const char *json, size_t len,
                             const char *name, relmap_error *err);

/** Merge rules from a JSON file: relmap_lexicon_load_json with the path as
    name, or RELMAP_EIO when the file cannot be read. */
int relmap_lexicon_load_file(relmap_lexicon *lx, const char *path,
                             relmap_error *err);

/** Number of trigger rules. */
size_t relmap_lexicon_trigger_count(const relmap_lexicon *lx);

/** Free; NULL is a no-op. */
void relmap_lexicon_free(relmap_lexicon *lx);

#ifdef __cplusplus
}
#endif

#endif
