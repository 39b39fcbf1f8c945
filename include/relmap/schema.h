/**
 * @file relmap/schema.h
 * @brief The closed sets: actor types, relations, modalities.
 *
 * Thread safety: every function here is pure and may be called from any
 * thread.
 */
#ifndef RELMAP_SCHEMA_H
#define RELMAP_SCHEMA_H

#ifdef __cplusplus
extern "C" {
#endif

typedef enum relmap_actor_type {
    RELMAP_ACTOR_COUNTRY = 0,
    RELMAP_ACTOR_ORGANIZATION,
    RELMAP_ACTOR_BLOC,
    RELMAP_ACTOR__COUNT
} relmap_actor_type;

typedef enum relmap_relation {
    RELMAP_REL_SUPPLIES = 0,
    RELMAP_REL_DENIES,
    RELMAP_REL_COOPERATES_WITH,
    RELMAP_REL_MEETS,
    RELMAP_REL_RELIES_ON,
    RELMAP_REL_SANCTIONS,
    RELMAP_REL_ATTACKS,
    RELMAP_REL_ACCUSES,
    RELMAP_REL_SUPPORTS,
    RELMAP_REL_PART_OF,
    RELMAP_REL__COUNT
} relmap_relation;

/** Ordered by precedence: a higher value wins when several cues apply. */
typedef enum relmap_modality {
    RELMAP_MOD_ASSERTED = 0,
    RELMAP_MOD_ALLEGED,
    RELMAP_MOD_POTENTIAL,
    RELMAP_MOD_CONSIDERED,
    RELMAP_MOD_NEGATED,
    RELMAP_MOD__COUNT
} relmap_modality;

/** Lower-case schema name of an actor type ("country"; static string,
    "unknown" when out of range). */
const char *relmap_actor_type_name(relmap_actor_type t);

/** Lower-case schema name of a relation ("supplies"; static string,
    "unknown" when out of range). */
const char *relmap_relation_name(relmap_relation r);

/** Lower-case schema name of a modality ("alleged"; static string,
    "unknown" when out of range). */
const char *relmap_modality_name(relmap_modality m);

/** Parse an actor type name; the value, or -1 when unknown. */
int relmap_actor_type_from_name(const char *s);

/** Parse a relation name; the value, or -1 when unknown. */
int relmap_relation_from_name(const char *s);

/** Parse a modality name; the value, or -1 when unknown. */
int relmap_modality_from_name(const char *s);

/** Non-zero for relations without direction (cooperates_with, meets). */
int relmap_relation_is_symmetric(relmap_relation r);

#ifdef __cplusplus
}
#endif

#endif
