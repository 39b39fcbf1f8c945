/* Lexicon loading and errors, and a user rule changing extraction. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include <relmap.h>

#include "lexicon_int.h"
#include "testutil.h"

static const char *const realms =
    "{\"entities\": [\n"
    " {\"id\": \"Arnor\", \"demonyms\": [\"Arnorian\"]},\n"
    " {\"id\": \"Gondor\", \"demonyms\": [\"Gondorian\"]},\n"
    " {\"id\": \"Rohan\"}\n"
    "]}";

static const char *const zorb_lex =
    "{\"triggers\": [{\"relation\": \"supplies\", \"verbs\": [\"zorb\"],"
    " \"source\": [\"subject\"], \"target\": [\"to\"]}]}";

static relmap_lexicon *builtin(void)
{
    relmap_lexicon *lx = NULL;
    relmap_error err;
    memset(&err, 0, sizeof err);
    if (relmap_lexicon_new(&lx, 0, &err))
        fail_msg("built-in lexicon: %s", err.message);
    return lx;
}

static int load(relmap_lexicon *lx, const char *json, relmap_error *err)
{
    memset(err, 0, sizeof *err);
    return relmap_lexicon_load_json(lx, json, strlen(json), "user-lexicon.json", err);
}

static void test_builtin_loads(void **state)
{
    relmap_lexicon *lx = builtin(), *empty = NULL;
    relmap_error err;
    rm_text t;
    const char *s = "Gen. Smith";
    (void)state;
    assert_true(relmap_lexicon_trigger_count(lx) > 10);
    assert_int_equal(relmap_lexicon_new(&empty, 1, &err), 0);
    assert_int_equal(relmap_lexicon_trigger_count(empty), 0);
    /* word classes come from the data */
    assert_true(rm_lex_is(lx, RM_C_ABBREV, "gen", 3));
    assert_false(rm_lex_is(empty, RM_C_ABBREV, "gen", 3));
    assert_true(rm_lex_is(lx, RM_C_COORD, "and", 3));
    assert_false(rm_lex_is(lx, RM_C_COORD, "arnor", 5));
    /* (words under 8 bytes are looked up by a key of their bytes and
       length, longer ones by the map: a prefix or an extension is none) */
    assert_false(rm_lex_is(lx, RM_C_COORD, "an", 2));
    assert_false(rm_lex_is(lx, RM_C_COORD, "andx", 4));
    assert_false(rm_lex_is(lx, RM_C_COORD, "and\0", 4));
    assert_true(rm_lex_is(lx, RM_C_GOODS, "missile", 7));
    assert_true(rm_lex_is(lx, RM_C_GOODS, "missiles", 8));
    assert_true(rm_lex_is(lx, RM_C_GOODS, "munitions", 9));
    assert_false(rm_lex_is(lx, RM_C_GOODS, "missilesx", 9));
    assert_false(rm_lex_is(lx, RM_C_GOODS, "missil", 6));
    assert_int_equal(rm_text_parse(&t, s, strlen(s), 0, NULL, NULL), 0);
    assert_int_equal(rm_lex_class_at(lx, RM_C_ABBREV, &t, 0, t.ntoks), 1);
    rm_text_free(&t);
    relmap_lexicon_free(empty);
    relmap_lexicon_free(lx);
    relmap_lexicon_free(NULL);
}

static void test_trigger_lookup(void **state)
{
    relmap_lexicon *lx = builtin();
    rm_text t;
    rm_hit hits[8];
    const char *s = "Arnor supplied and shipped arms";
    size_t n;
    const rm_trigger *tr;
    (void)state;
    assert_int_equal(rm_text_parse(&t, s, strlen(s), 0, NULL, NULL), 0);
    n = rm_lex_triggers_at(lx, &t, 1, t.ntoks, hits, 8);
    assert_true(n >= 1);
    tr = rm_lex_trigger(lx, hits[0].value);
    assert_int_equal(tr->relation, RELMAP_REL_SUPPLIES);
    assert_int_equal(hits[0].form, RM_FORM_ED);
    /* irregular/doubled form from verb_forms */
    n = rm_lex_triggers_at(lx, &t, 3, t.ntoks, hits, 8);
    assert_true(n >= 1);
    assert_int_equal(rm_lex_trigger(lx, hits[0].value)->relation, RELMAP_REL_SUPPLIES);
    /* "Arnor" is no trigger */
    assert_int_equal(rm_lex_triggers_at(lx, &t, 0, t.ntoks, hits, 8), 0);
    rm_text_free(&t);
    relmap_lexicon_free(lx);
}

static void test_user_trigger_changes_extraction(void **state)
{
    tu_env before, after;
    relmap_doc *d;
    relmap_error err;
    const char *text = "Arnor zorbed rifles to Gondor.";
    const relmap_event *ev;
    size_t ntrig;
    (void)state;

    tu_env_init(&before, 1, realms, NULL);
    d = tu_extract(&before, text);
    assert_null(tu_find(d, "arnor", "supplies", "gondor", -1));
    relmap_doc_free(d);
    ntrig = relmap_lexicon_trigger_count(before.lex);

    tu_env_init(&after, 1, realms, zorb_lex);
    assert_int_equal(relmap_lexicon_trigger_count(after.lex), ntrig + 1);
    d = tu_extract(&after, text);
    ev = tu_find(d, "arnor", "supplies", "gondor", RELMAP_MOD_ASSERTED);
    if (ev == NULL) {
        tu_dump(d);
        fail_msg("no Arnor supplies Gondor after adding \"zorb\"");
    }
    /* the trigger span is the invented verb */
    assert_int_equal(ev->trigger_end - ev->trigger_start, strlen("zorbed"));
    assert_memory_equal(text + ev->trigger_start, "zorbed", 6);
    assert_int_equal(ev->start, 0);
    assert_int_equal(ev->end, strlen(text));
    assert_null(tu_find(d, "gondor", "supplies", "arnor", -1));
    relmap_doc_free(d);

    /* inflections are generated: present tense and -ing */
    d = tu_extract(&after, "Gondor zorbs grain to Rohan.");
    assert_non_null(tu_find(d, "gondor", "supplies", "rohan", RELMAP_MOD_ASSERTED));
    relmap_doc_free(d);

    /* a user cue with an invented word sets the modality */
    memset(&err, 0, sizeof err);
    assert_int_equal(load(after.lex, "{\"cues\": [{\"modality\": \"considered\","
                                     " \"scope\": \"clause\", \"words\": [\"mooting\"]}]}",
                          &err), 0);
    d = tu_extract(&after, "Arnor is mooting zorbing rifles to Gondor.");
    if (tu_find(d, "arnor", "supplies", "gondor", RELMAP_MOD_CONSIDERED) == NULL) {
        tu_dump(d);
        fail_msg("user cue \"mooting\" did not make the event considered");
    }
    assert_null(tu_find(d, "arnor", "supplies", "gondor", RELMAP_MOD_ASSERTED));
    relmap_doc_free(d);

    tu_env_free(&before);
    tu_env_free(&after);
}

static void test_bad_relation(void **state)
{
    relmap_lexicon *lx = builtin();
    relmap_error err;
    const char *bad = "{\"triggers\": [{\"relation\": \"hugs\", \"verbs\": [\"hug\"],"
                      " \"source\": [\"subject\"], \"target\": [\"object\"]}]}";
    (void)state;
    assert_int_equal(load(lx, bad, &err), RELMAP_ECONFIG);
    assert_int_equal(err.code, RELMAP_ECONFIG);
    assert_non_null(strstr(err.message, "triggers[0].relation"));
    assert_non_null(strstr(err.message, "hugs"));
    assert_string_equal(err.source, "user-lexicon.json");
    relmap_lexicon_free(lx);
}

static void test_bad_json(void **state)
{
    relmap_lexicon *lx = builtin();
    relmap_error err;
    const char *bad = "{\n  \"triggers\": [\n    {\"relation\": \"supplies\" \"verbs\": []}\n]}";
    (void)state;
    assert_int_equal(load(lx, bad, &err), RELMAP_EPARSE);
    assert_int_equal(err.line, 3);
    assert_true(err.column > 0);
    assert_string_equal(err.source, "user-lexicon.json");
    relmap_lexicon_free(lx);
}

static void test_unknown_role(void **state)
{
    relmap_lexicon *lx = builtin();
    relmap_error err;
    /* Note: a single unknown word is currently taken as a preposition role,
       so the unknown role here is one no preposition can be. */
    const char *bad = "{\"triggers\": [{\"relation\": \"supplies\", \"verbs\": [\"zorb\"],"
                      " \"source\": [\"subject\"], \"target\": [\"to\", \"far side\"]}]}";
    const char *empty = "{\"triggers\": [{\"relation\": \"supplies\", \"verbs\": [\"zorb\"],"
                        " \"source\": [\"\"], \"target\": [\"to\"]}]}";
    const char *notstr = "{\"triggers\": [{\"relation\": \"supplies\", \"verbs\": [\"zorb\"],"
                         " \"source\": [\"subject\", 7], \"target\": [\"to\"]}]}";
    (void)state;
    assert_int_equal(load(lx, bad, &err), RELMAP_ECONFIG);
    assert_non_null(strstr(err.message, "triggers[0].target[1]"));
    assert_non_null(strstr(err.message, "far side"));
    assert_int_equal(load(lx, empty, &err), RELMAP_ECONFIG);
    assert_non_null(strstr(err.message, "triggers[0].source[0]"));
    assert_int_equal(load(lx, notstr, &err), RELMAP_ECONFIG);
    assert_non_null(strstr(err.message, "triggers[0].source[1]"));
    relmap_lexicon_free(lx);
}

static void test_other_config_errors(void **state)
{
    static const struct {
        const char *json, *needle;
    } cases[] = {
        {"[]", NULL},
        {"{\"triggers\": {}}", "triggers"},
        {"{\"triggers\": [{\"relation\": \"meets\", \"source\": [\"subject\"],"
         " \"target\": [\"with\"]}]}", "triggers[0]"},
        {"{\"triggers\": [{\"relation\": \"meets\", \"verbs\": [\"gather\"],"
         " \"source\": [], \"target\": [\"with\"]}]}", "triggers[0].source"},
        {"{\"cues\": [{\"modality\": \"maybe\", \"scope\": \"clause\","
         " \"words\": [\"perhaps\"]}]}", "cues[0].modality"},
        {"{\"cues\": [{\"modality\": \"potential\", \"scope\": \"paragraph\","
         " \"words\": [\"perhaps\"]}]}", "cues[0].scope"},
        {"{\"cues\": [{\"modality\": \"potential\", \"scope\": \"clause\","
         " \"words\": [\"\"]}]}", "cues[0].words[0]"},
        {"{\"triggers\": [{\"relation\": \"meets\", \"verbs\": [\"gather\"],"
         " \"source\": [\"subject\"], \"target\": [\"with\"],"
         " \"unless_next\": [\"over there\"]}]}", "triggers[0].unless_next[0]"},
        {"{\"triggers\": [{\"relation\": \"meets\", \"verbs\": [\"gather\"],"
         " \"source\": [\"subject\"], \"target\": [\"with\"],"
         " \"context\": [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\"]}]}", "triggers[0].context"},
        {"{\"triggers\": [{\"relation\": \"meets\", \"nouns\": [\"gathering\"],"
         " \"source\": [\"left\"], \"target\": [\"with\"],"
         " \"unless_prev\": [7]}]}", "triggers[0].unless_prev[0]"},
        {"{\"cues\": [{\"modality\": \"alleged\", \"scope\": \"sentence\","
         " \"unless_next\": [\"the data\"], \"words\": [\"per\"]}]}", "cues[0].unless_next[0]"},
        {"{\"cues\": [{\"modality\": \"alleged\", \"scope\": \"sentence\","
         " \"unless_next\": \"data\", \"words\": [\"per\"]}]}", "cues[0].unless_next"},
        {"{\"classes\": {\"colours\": [\"red\"]}}", "classes.colours"},
        {"{\"trigers\": []}", "unknown key \"trigers\""},
        {"{\"format\": \"relmap-graph\", \"triggers\": []}", "relmap-lexicon"},
    };
    size_t i;
    (void)state;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        relmap_lexicon *lx = builtin();
        relmap_error err;
        int rc = load(lx, cases[i].json, &err);
        if (rc != RELMAP_ECONFIG)
            fail_msg("%s: got %d (%s), want ECONFIG", cases[i].json, rc, err.message);
        if (cases[i].needle && strstr(err.message, cases[i].needle) == NULL)
            fail_msg("%s: message \"%s\" does not name %s", cases[i].json, err.message,
                     cases[i].needle);
        relmap_lexicon_free(lx);
    }
}

static void test_missing_file(void **state)
{
    relmap_lexicon *lx = builtin();
    relmap_error err;
    (void)state;
    memset(&err, 0, sizeof err);
    assert_int_equal(relmap_lexicon_load_file(lx, "/nonexistent/relmap/lex.json", &err),
                     RELMAP_EIO);
    relmap_lexicon_free(lx);
}

static void test_user_class_extends_builtin(void **state)
{
    relmap_lexicon *lx = builtin();
    relmap_error err;
    (void)state;
    assert_false(rm_lex_is(lx, RM_C_GOODS, "mithril", 7));
    assert_int_equal(load(lx, "{\"classes\": {\"goods\": [\"mithril\"]}}", &err), 0);
    assert_true(rm_lex_is(lx, RM_C_GOODS, "mithril", 7));
    /* built-in members are kept */
    assert_true(rm_lex_is(lx, RM_C_GOODS, "drones", 6));
    relmap_lexicon_free(lx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_builtin_loads),
        cmocka_unit_test(test_trigger_lookup),
        cmocka_unit_test(test_user_trigger_changes_extraction),
        cmocka_unit_test(test_bad_relation),
        cmocka_unit_test(test_bad_json),
        cmocka_unit_test(test_unknown_role),
        cmocka_unit_test(test_other_config_errors),
        cmocka_unit_test(test_missing_file),
        cmocka_unit_test(test_user_class_extends_builtin),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
