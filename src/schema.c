#include <string.h>

#include "internal.h"
#include "relmap/schema.h"

static const char *const actor_names[RELMAP_ACTOR__COUNT] = {
    "country", "organization", "bloc"};
static const char *const relation_names[RELMAP_REL__COUNT] = {
    "supplies", "denies", "cooperates_with", "meets", "relies_on",
    "sanctions", "attacks", "accuses", "supports", "part_of"};
static const char *const modality_names[RELMAP_MOD__COUNT] = {
    "asserted", "alleged", "potential", "considered", "negated"};

static int lookup(const char *const *names, int n, const char *s)
{
    int i;
    if (s == NULL)
        return -1;
    for (i = 0; i < n; i++)
        if (strcmp(names[i], s) == 0)
            return i;
    return -1;
}

const char *relmap_actor_type_name(relmap_actor_type t)
{
    return (unsigned)t < RELMAP_ACTOR__COUNT ? actor_names[t] : "unknown";
}

const char *relmap_relation_name(relmap_relation r)
{
    return (unsigned)r < RELMAP_REL__COUNT ? relation_names[r] : "unknown";
}

const char *relmap_modality_name(relmap_modality m)
{
    return (unsigned)m < RELMAP_MOD__COUNT ? modality_names[m] : "unknown";
}

int relmap_actor_type_from_name(const char *s)
{
    return lookup(actor_names, RELMAP_ACTOR__COUNT, s);
}

int relmap_relation_from_name(const char *s)
{
    return lookup(relation_names, RELMAP_REL__COUNT, s);
}

int relmap_modality_from_name(const char *s)
{
    return lookup(modality_names, RELMAP_MOD__COUNT, s);
}

#undef relmap_relation_is_symmetric /* (internal.h's inline) */
int relmap_relation_is_symmetric(relmap_relation r)
{
    return rm_relation_symmetric(r);
}
