/* One table for the look of the graph: relation -> colour and wording,
   modality -> line style, actor type -> shape and fill. */
#ifndef RELMAP_STYLE_H
#define RELMAP_STYLE_H

#include "relmap/schema.h"

typedef struct rm_rel_style {
    const char *color;   /* Okabe-Ito, colour-blind safe */
    const char *s3;      /* "supplies" */
    const char *base;    /* "supply" */
    const char *ing;     /* "supplying" */
    const char *arrow;   /* arrowhead when asserted */
} rm_rel_style;

typedef struct rm_mod_style {
    const char *style; /* solid, dashed, dotted */
} rm_mod_style;

typedef struct rm_type_style {
    const char *shape, *fill, *border, *fill_dark;
} rm_type_style;

const rm_rel_style *rm_style_relation(relmap_relation r);
const rm_mod_style *rm_style_modality(relmap_modality m);
const rm_type_style *rm_style_type(relmap_actor_type t);

/* English edge label such as "allegedly supplies", "may supply",
   "considered supplying", "did not supply"; written to buf. */
void rm_style_phrase(relmap_relation r, relmap_modality m, char *buf,
                     size_t cap);

#endif
