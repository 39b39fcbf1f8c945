/**
 * @file relmap/extract.h
 * @brief From one document's text to actors and relation events.
 *
 * Ownership: results returned through **out are the caller's (free with
 * relmap_extractor_free / relmap_doc_free). Accessors return borrowed
 * pointers valid until the owning relmap_doc is freed. The text is copied
 * where needed; offsets are bytes into the text that was passed in.
 *
 * Thread safety: an extractor is read-only once built; relmap_extract may be
 * called from several threads at once with the same extractor (and with
 * the same gazetteer and lexicon under it). A relmap_doc is read-only once
 * returned: its accessors may be called from any number of threads.
 * Building or freeing an extractor must not overlap its use.
 */
#ifndef RELMAP_EXTRACT_H
#define RELMAP_EXTRACT_H

#include <stddef.h>
#include "common.h"
#include "schema.h"
#include "gazetteer.h"
#include "lexicon.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct relmap_extractor relmap_extractor;
typedef struct relmap_doc relmap_doc;

/** An actor seen in a document. */
typedef struct relmap_actor_info {
    const char *id;            /**< stable slug, e.g. "north_korea" */
    const char *label;         /**< display name, e.g. "North Korea" */
    relmap_actor_type type;
    size_t mentions;           /**< resolved mentions in the document */
    size_t n_aliases;          /**< distinct surface forms seen */
    const char *const *aliases;
} relmap_actor_info;

/** One relation found in one sentence. */
typedef struct relmap_event {
    size_t source, target;     /**< indexes into the document's actors */
    relmap_relation relation;
    relmap_modality modality;
    const char *item;          /**< supplied item ("attack drones") or NULL */
    size_t start, end;         /**< evidence sentence, [start, end) bytes */
    size_t trigger_start, trigger_end; /**< the trigger word(s) */
    const char *cue;           /**< cue that set the modality, or NULL */
    const char *rule;          /**< name of the rule that fired */
} relmap_event;

/** Build an extractor over a gazetteer and a lexicon; both must outlive it. */
int relmap_extractor_new(relmap_extractor **out, const relmap_gazetteer *g,
                         const relmap_lexicon *lx, relmap_error *err);

/** Free; NULL is a no-op. */
void relmap_extractor_free(relmap_extractor *x);

/**
 * Extract actors and events from UTF-8 @p text of @p len bytes (need not be
 * NUL-terminated). A leading line "date YYYY-MM-DD" sets the document date.
 */
int relmap_extract(relmap_doc **out, const relmap_extractor *x,
                   const char *text, size_t len, relmap_error *err);

/** Free; NULL is a no-op. */
void relmap_doc_free(relmap_doc *d);

/** The document date "YYYY-MM-DD" from its first line, or NULL. */
const char *relmap_doc_date(const relmap_doc *d);

/** Number of actors the document mentions (0 for NULL). */
size_t relmap_doc_actor_count(const relmap_doc *d);

/** Actor @p i, in order of first mention (borrowed); NULL when @p i is out
    of range. Events refer to actors by this index. */
const relmap_actor_info *relmap_doc_actor(const relmap_doc *d, size_t i);

/** Number of events found in the document (0 for NULL). */
size_t relmap_doc_event_count(const relmap_doc *d);

/** Event @p i, in text order (borrowed); NULL when @p i is out of range. */
const relmap_event *relmap_doc_event(const relmap_doc *d, size_t i);

#ifdef __cplusplus
}
#endif

#endif
