/* Arbitrary bytes as a lexicon file, merged into an empty lexicon. When
 * it loads, the JSON text itself is run through an extractor built on it
 * and the built-in gazetteer. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    relmap_lexicon *lx = NULL;
    relmap_extractor *x = NULL;
    relmap_doc *doc = NULL;
    relmap_error e;
    int rc;

    fuzz_init_builtin();
    memset(&e, 0, sizeof e);
    FUZZ_CHECK(relmap_lexicon_new(&lx, 1, NULL) == 0);
    rc = relmap_lexicon_load_json(lx, (const char *)data, size, "fuzz.json", &e);
    if (rc != 0) {
        FUZZ_CHECK(rc < 0);
        fuzz_check_error(&e);
    } else {
        FUZZ_CHECK(relmap_extractor_new(&x, fuzz_gaz, lx, &e) == 0);
        if (relmap_extract(&doc, x, (const char *)data, size, &e) == 0)
            relmap_doc_free(doc);
        relmap_extractor_free(x);
    }
    relmap_lexicon_free(lx);
    return 0;
}
