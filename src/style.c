#include <stdio.h>

#include "style.h"

static const rm_rel_style rels[RELMAP_REL__COUNT] = {
    {"#D55E00", "supplies", "supply", "supplying", "normal"},
    {"#999999", "denies", "deny", "denying", "normal"},
    {"#0072B2", "cooperates with", "cooperate with", "cooperating with", "none"},
    {"#0072B2", "meets", "meet", "meeting", "none"},
    {"#56B4E9", "relies on", "rely on", "relying on", "normal"},
    {"#009E73", "sanctions", "sanction", "sanctioning", "normal"},
    {"#CC79A7", "attacks", "attack", "attacking", "normal"},
    {"#7F7F7F", "accuses", "accuse", "accusing", "normal"},
    {"#E69F00", "supports", "support", "supporting", "normal"},
    {"#555555", "part of", "be part of", "joining", "onormal"},
};

static const rm_mod_style mods[RELMAP_MOD__COUNT] = {
    {"solid"}, {"dashed"}, {"dotted"}, {"dotted"}, {"solid"}};

static const rm_type_style types[RELMAP_ACTOR__COUNT] = {
    {"box", "#E8EEF7", "#4A6FA5", "#24364F"},
    {"ellipse", "#FFF3D6", "#B8860B", "#4A3B12"},
    {"hexagon", "#EAF5EA", "#3C8D40", "#1F3D22"}};

const rm_rel_style *rm_style_relation(relmap_relation r)
{
    return &rels[(unsigned)r < RELMAP_REL__COUNT ? r : 0];
}

const rm_mod_style *rm_style_modality(relmap_modality m)
{
    return &mods[(unsigned)m < RELMAP_MOD__COUNT ? m : 0];
}

const rm_type_style *rm_style_type(relmap_actor_type t)
{
    return &types[(unsigned)t < RELMAP_ACTOR__COUNT ? t : 0];
}

void rm_style_phrase(relmap_relation r, relmap_modality m, char *buf, size_t cap)
{
    const rm_rel_style *s = rm_style_relation(r);
    if (r == RELMAP_REL_PART_OF) {
        static const char *const p[RELMAP_MOD__COUNT] = {
            "part of", "allegedly part of", "may join", "considered joining",
            "not part of"};
        snprintf(buf, cap, "%s", p[(unsigned)m < RELMAP_MOD__COUNT ? m : 0]);
        return;
    }
    switch (m) {
    case RELMAP_MOD_ALLEGED: snprintf(buf, cap, "allegedly %s", s->s3); break;
    case RELMAP_MOD_POTENTIAL: snprintf(buf, cap, "may %s", s->base); break;
    case RELMAP_MOD_CONSIDERED: snprintf(buf, cap, "considered %s", s->ing); break;
    case RELMAP_MOD_NEGATED: snprintf(buf, cap, "did not %s", s->base); break;
    default: snprintf(buf, cap, "%s", s->s3); break;
    }
}
