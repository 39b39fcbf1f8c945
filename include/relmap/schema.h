/**
 * @file relmap/schema.h
 * @brief The closed sets: actor types, relations, modalities.
 */
#ifndef RELMAP_SCHEMA_H
#define RELMAP_SCHEMA_H

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

/** Lower-case schema name ("country", "supplies", "alleged"). */
const char *relmap_actor_type_name(relmap_actor_type t);
const char *relmap_relation_name(relmap_relation r);
const char *relmap_modality_name(relmap_modality m);

/** Parse a schema name; return the value, or -1 when unknown. */
int relmap_actor_type_from_name(const char *s);
int relmap_relation_from_name(const char *s);
int relmap_modality_from_name(const char *s);

/** Non-zero for relations without direction (cooperates_with, meets). */
int relmap_relation_is_symmetric(relmap_relation r);

#endif
