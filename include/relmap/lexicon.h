/**
 * @file relmap/lexicon.h
 * @brief Relation triggers, argument patterns and modality cues, as data.
 *
 * The built-in lexicon is compiled in; files given by the user (same JSON
 * format, documented in README.md under "Lexicon format") add triggers,
 * cues and word classes on top.
 *
 * Ownership: relmap_lexicon_new's result is the caller's. Thread safety: a
 * loaded lexicon is read-only during extraction and may be shared.
 */
#ifndef RELMAP_LEXICON_H
#define RELMAP_LEXICON_H

#include <stddef.h>
#include "common.h"

typedef struct relmap_lexicon relmap_lexicon;

/** Create a lexicon with the built-in rules (or none if @p empty). */
int relmap_lexicon_new(relmap_lexicon **out, int empty, relmap_error *err);

/** Merge rules from JSON text; @p name labels errors. */
int relmap_lexicon_load_json(relmap_lexicon *lx, const char *json, size_t len,
                             const char *name, relmap_error *err);

/** Merge rules from a JSON file. */
int relmap_lexicon_load_file(relmap_lexicon *lx, const char *path,
                             relmap_error *err);

/** Number of trigger rules. */
size_t relmap_lexicon_trigger_count(const relmap_lexicon *lx);

/** Free; NULL is a no-op. */
void relmap_lexicon_free(relmap_lexicon *lx);

#endif
