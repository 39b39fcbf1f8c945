/* Reading JSON into jansson values (gazetteer and lexicon files). */
#ifndef RELMAP_JSON_READ_H
#define RELMAP_JSON_READ_H

#include <stddef.h>
#include <jansson.h>

/* json_loadb(s, n, JSON_REJECT_DUPLICATES, err): the same value or, for
   a document it does not take (any error, a duplicate key, a number other
   than a small integer, \u0000, deep nesting), jansson's own result and
   error. The caller owns the value. */
json_t *rm_json_loadb(const char *s, size_t n, json_error_t *err);

#endif
