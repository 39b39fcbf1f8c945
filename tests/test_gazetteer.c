/* Gazetteer loading, merging, matching and errors (src/gazetteer.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include <relmap.h>

#include "gazetteer_int.h"
#include "text.h"

static const char *const middle_earth =
    "{\"entities\": [\n"
    " {\"id\": \"Arnor\", \"type\": \"country\", \"aliases\": [\"Kingdom of Arnor\"],\n"
    "  \"demonyms\": [\"Arnorian\", \"Arnorians\"], \"places\": [\"Annuminas\"],\n"
    "  \"people\": [\"Arvedui\", \"King Arvedui\"]},\n"
    " {\"id\": \"North Arnor\", \"type\": \"country\", \"places\": [\"Fornost\"]},\n"
    " {\"id\": \"Gondor\", \"aliases\": [\"US\", \"GDR\"],\n"
    "  \"demonyms\": [\"Gondorian\"], \"places\": [\"Minas Tirith\"],\n"
    "  \"people\": [\"Denethor\"]},\n"
    " {\"id\": \"Chad\", \"type\": \"country\"},\n"
    " {\"id\": \"White Company\", \"type\": \"organization\"},\n"
    " {\"id\": \"Free Peoples\", \"type\": \"bloc\"}\n"
    "]}\n";

/* North Arnor is listed before Arnor here, so the shorter pattern comes
   second when indexing. */
static const char *const reversed =
    "{\"entities\": [\n"
    " {\"id\": \"North Arnor\"},\n"
    " {\"id\": \"Arnor\"}\n"
    "]}\n";

static relmap_gazetteer *load(const char *json)
{
    relmap_gazetteer *g = NULL;
    relmap_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(relmap_gazetteer_new(&g, 1, &err), RELMAP_OK);
    assert_non_null(g);
    assert_int_equal(relmap_gazetteer_count(g), 0);
    if (relmap_gazetteer_load_json(g, json, strlen(json), "test.json", &err) != 0)
        fail_msg("load failed: %s", err.message);
    return g;
}

typedef struct match {
    size_t ntok;
    const char *id;
    rm_alias_kind kind;
} match;

/* Match at the token whose text starts at byte offset @p at in @p s. */
static match match_at(const relmap_gazetteer *g, const char *s, size_t at)
{
    rm_text t;
    match m = {0, NULL, RM_ALIAS_NAME};
    size_t i;
    int ent = -1;
    assert_int_equal(rm_text_parse(&t, s, strlen(s), 0, NULL, NULL), 0);
    for (i = 0; i < t.ntoks; i++)
        if (t.toks[i].start == at)
            break;
    assert_true(i < t.ntoks);
    m.ntok = rm_gaz_match(g, &t, i, t.ntoks, &ent, &m.kind);
    if (m.ntok) {
        assert_true(ent >= 0);
        m.id = rm_gaz_entity(g, ent)->id;
    }
    rm_text_free(&t);
    return m;
}

static size_t offset_of(const char *s, const char *word)
{
    const char *p = strstr(s, word);
    assert_non_null(p);
    return (size_t)(p - s);
}

static void expect(const relmap_gazetteer *g, const char *s, const char *word,
                   size_t ntok, const char *id)
{
    match m = match_at(g, s, offset_of(s, word));
    if (m.ntok != ntok || (id && (m.id == NULL || strcmp(m.id, id) != 0)))
        fail_msg("in \"%s\" at \"%s\": got %zu tokens -> %s, want %zu -> %s", s,
                 word, m.ntok, m.id ? m.id : "(none)", ntok, id ? id : "(none)");
}

static void test_entities_and_slugs(void **state)
{
    relmap_gazetteer *g = load(middle_earth);
    size_t i, found = 0;
    (void)state;
    assert_int_equal(relmap_gazetteer_count(g), 6);
    for (i = 0; i < relmap_gazetteer_count(g); i++) {
        const rm_entity *e = rm_gaz_entity(g, (int)i);
        if (strcmp(e->id, "north_arnor") == 0) {
            assert_string_equal(e->label, "North Arnor");
            assert_int_equal(e->type, RELMAP_ACTOR_COUNTRY);
            found++;
        } else if (strcmp(e->id, "white_company") == 0) {
            assert_int_equal(e->type, RELMAP_ACTOR_ORGANIZATION);
            found++;
        } else if (strcmp(e->id, "free_peoples") == 0) {
            assert_int_equal(e->type, RELMAP_ACTOR_BLOC);
            found++;
        } else if (strcmp(e->id, "gondor") == 0) {
            /* a missing type defaults to country */
            assert_int_equal(e->type, RELMAP_ACTOR_COUNTRY);
            found++;
        }
    }
    assert_int_equal(found, 4);
    relmap_gazetteer_free(g);
}

static void test_slug(void **state)
{
    char *s;
    (void)state;
    s = rm_slug("North Korea");
    assert_string_equal(s, "north_korea");
    free(s);
    s = rm_slug("  the  West ");
    assert_string_equal(s, "the_west");
    free(s);
    s = rm_slug("C\xC3\xB4te d'Ivoire");
    assert_string_equal(s, "cote_divoire");
    free(s);
}

static void test_longest_match(void **state)
{
    relmap_gazetteer *g = load(middle_earth);
    const char *s = "North Arnor and Arnor met in the Kingdom of Arnor.";
    (void)state;
    expect(g, s, "North", 2, "north_arnor");
    expect(g, s, "Arnor and", 1, "arnor");
    expect(g, s, "Kingdom", 3, "arnor");
    expect(g, s, "met", 0, NULL);
    relmap_gazetteer_free(g);

    /* the same when the shorter name is indexed after the longer one */
    g = load(reversed);
    expect(g, s, "North", 2, "north_arnor");
    expect(g, s, "Arnor and", 1, "arnor");
    relmap_gazetteer_free(g);
}

static void test_match_respects_end(void **state)
{
    relmap_gazetteer *g = load(middle_earth);
    rm_text t;
    const char *s = "North Arnor";
    int ent = -1;
    rm_alias_kind kind;
    (void)state;
    assert_int_equal(rm_text_parse(&t, s, strlen(s), 0, NULL, NULL), 0);
    /* "North" alone is no name; "Arnor" alone is */
    assert_int_equal(rm_gaz_match(g, &t, 0, 1, &ent, &kind), 0);
    assert_int_equal(rm_gaz_match(g, &t, 1, 2, &ent, &kind), 1);
    assert_string_equal(rm_gaz_entity(g, ent)->id, "arnor");
    assert_int_equal(rm_gaz_match(g, &t, 2, 2, &ent, &kind), 0);
    rm_text_free(&t);
    relmap_gazetteer_free(g);
}

static void test_alias_kinds(void **state)
{
    relmap_gazetteer *g = load(middle_earth);
    const char *s = "Arnorian envoys left Annuminas for Minas Tirith, "
                    "where Denethor and King Arvedui talked.";
    match m;
    (void)state;
    m = match_at(g, s, offset_of(s, "Arnorian"));
    assert_int_equal(m.ntok, 1);
    assert_int_equal(m.kind, RM_ALIAS_DEMONYM);
    m = match_at(g, s, offset_of(s, "Annuminas"));
    assert_int_equal(m.kind, RM_ALIAS_PLACE);
    assert_string_equal(m.id, "arnor");
    m = match_at(g, s, offset_of(s, "Minas"));
    assert_int_equal(m.ntok, 2);
    assert_int_equal(m.kind, RM_ALIAS_PLACE);
    assert_string_equal(m.id, "gondor");
    m = match_at(g, s, offset_of(s, "Denethor"));
    assert_int_equal(m.kind, RM_ALIAS_PERSON);
    assert_string_equal(m.id, "gondor");
    m = match_at(g, s, offset_of(s, "King"));
    assert_int_equal(m.ntok, 2);
    assert_int_equal(m.kind, RM_ALIAS_PERSON);
    assert_string_equal(m.id, "arnor");
    relmap_gazetteer_free(g);
}

static void test_case_rules(void **state)
{
    relmap_gazetteer *g = load(middle_earth);
    (void)state;
    /* an all-caps alias needs an all-caps (or dotted) token */
    expect(g, "Let us go.", "us", 0, NULL);
    expect(g, "Tell Us now.", "Us", 0, NULL);
    expect(g, "The US said no.", "US", 1, "gondor");
    expect(g, "The U.S. said no.", "U.S.", 1, "gondor");
    /* a capitalised alias needs a capitalised token */
    expect(g, "A hanging chad was found.", "chad", 0, NULL);
    expect(g, "Chad said no.", "Chad", 1, "chad");
    expect(g, "CHAD said no.", "CHAD", 1, "chad");
    /* accents and case of the text do not matter for mixed names */
    expect(g, "GONDOR said no.", "GONDOR", 1, "gondor");
    relmap_gazetteer_free(g);
}

/* An acronym listed in both spellings ("NATO", "Nato") takes both; listed in
   capitals only, it takes only capitals. */
static void test_case_of_two_spellings(void **state)
{
    static const char *const both =
        "{\"entities\": [\n"
        " {\"id\": \"ENTA\", \"type\": \"organization\", \"aliases\": [\"Enta\"]},\n"
        " {\"id\": \"ORCA\", \"type\": \"organization\"}\n"
        "]}\n";
    relmap_gazetteer *g = load(both);
    (void)state;
    expect(g, "The ENTA said no.", "ENTA", 1, "enta");
    expect(g, "The Enta said no.", "Enta", 1, "enta");
    expect(g, "The enta said no.", "enta", 0, NULL);
    expect(g, "The ORCA said no.", "ORCA", 1, "orca");
    expect(g, "The Orca said no.", "Orca", 0, NULL);
    relmap_gazetteer_free(g);
}

static void test_possessive_and_punctuation(void **state)
{
    relmap_gazetteer *g = load(middle_earth);
    const char *s = "Gondor\xE2\x80\x99s army and Arnor's.";
    (void)state;
    expect(g, s, "Gondor", 1, "gondor");
    expect(g, s, "Arnor", 1, "arnor");
    relmap_gazetteer_free(g);
}

static void test_merge_same_id(void **state)
{
    relmap_gazetteer *g = load(middle_earth);
    relmap_error err;
    const char *more =
        "{\"entities\": [\n"
        " {\"id\": \"ARNOR\", \"type\": \"country\", \"aliases\": [\"Elendil's Realm\"]},\n"
        " {\"id\": \"Gondor\", \"type\": \"country\", \"places\": [\"Fornost\"]},\n"
        " {\"id\": \"Rohan\", \"type\": \"country\"}\n"
        "]}";
    size_t i;
    (void)state;
    memset(&err, 0, sizeof err);
    assert_int_equal(relmap_gazetteer_load_json(g, more, strlen(more), "more.json", &err), 0);
    /* Arnor and Gondor merged, Rohan added */
    assert_int_equal(relmap_gazetteer_count(g), 7);
    for (i = 0; i < relmap_gazetteer_count(g); i++)
        if (strcmp(rm_gaz_entity(g, (int)i)->id, "arnor") == 0)
            assert_string_equal(rm_gaz_entity(g, (int)i)->label, "Arnor");
    expect(g, "Elendil's Realm grew.", "Elendil", 3, "arnor");
    /* old names of the merged entity still match */
    expect(g, "Annuminas grew.", "Annuminas", 1, "arnor");
    expect(g, "Arvedui spoke.", "Arvedui", 1, "arnor");
    /* a name claimed by a later file moves to that file's entity, and the
       move is reported */
    expect(g, "Fornost fell.", "Fornost", 1, "gondor");
    expect(g, "Rohan rode.", "Rohan", 1, "rohan");
    assert_int_equal(relmap_gazetteer_conflict_count(g), 1);
    assert_non_null(strstr(relmap_gazetteer_conflict(g, 0), "more.json"));
    assert_non_null(strstr(relmap_gazetteer_conflict(g, 0), "\"Fornost\" stood for north_arnor"));
    assert_non_null(strstr(relmap_gazetteer_conflict(g, 0), "now stands for gondor"));
    assert_null(relmap_gazetteer_conflict(g, 1));
    relmap_gazetteer_free(g);
}

/* Ids that differ only in punctuation make the same slug, the id the graph
   knows the actor by: they are one actor, not two that the graph would
   silently merge into one node. */
static void test_merge_same_slug(void **state)
{
    relmap_gazetteer *g = load(
        "{\"entities\": [\n"
        " {\"id\": \"Foo!\", \"type\": \"country\", \"aliases\": [\"Foo\"]},\n"
        " {\"id\": \"Foo?\", \"type\": \"bloc\", \"aliases\": [\"Fooland\"]},\n"
        " {\"id\": \"!!!\", \"aliases\": [\"Zorba\"]},\n"
        " {\"id\": \"???\", \"aliases\": [\"Quux\"]}\n"
        "]}");
    (void)state;
    assert_int_equal(relmap_gazetteer_count(g), 2);
    assert_string_equal(rm_gaz_entity(g, 0)->id, "foo");
    assert_string_equal(rm_gaz_entity(g, 0)->label, "Foo!");
    assert_int_equal(rm_gaz_entity(g, 0)->type, RELMAP_ACTOR_BLOC);
    assert_string_equal(rm_gaz_entity(g, 1)->id, "_");
    expect(g, "Foo met Fooland.", "Foo", 1, "foo");
    expect(g, "Foo met Fooland.", "Fooland", 1, "foo");
    expect(g, "Zorba met Quux.", "Quux", 1, "_");
    relmap_gazetteer_free(g);
}

/* Two entities of one file claiming a name: the later one, every time. */
static void test_claimed_twice(void **state)
{
    const char *json =
        "{\"entities\": [\n"
        " {\"id\": \"Acme\", \"type\": \"organization\", \"aliases\": [\"the Firm\"]},\n"
        " {\"id\": \"Zenith\", \"type\": \"organization\", \"aliases\": [\"the Firm\"]}\n"
        "]}";
    int k;
    (void)state;
    for (k = 0; k < 2; k++) {
        relmap_gazetteer *g = load(json);
        expect(g, "the Firm sold.", "the", 2, "zenith");
        assert_int_equal(relmap_gazetteer_conflict_count(g), 1);
        relmap_gazetteer_free(g);
    }
}

static void test_parse_error(void **state)
{
    relmap_gazetteer *g = NULL;
    relmap_error err;
    const char *bad = "{\"entities\": [\n"
                      "  {\"id\": \"Arnor\"},\n"
                      "  {\"id\": \"Gondor\",, }\n"
                      "]}\n";
    (void)state;
    memset(&err, 0, sizeof err);
    assert_int_equal(relmap_gazetteer_new(&g, 1, &err), 0);
    assert_int_equal(relmap_gazetteer_load_json(g, bad, strlen(bad), "my-actors.json", &err),
                     RELMAP_EPARSE);
    assert_int_equal(err.code, RELMAP_EPARSE);
    assert_int_equal(err.line, 3);
    assert_true(err.column > 0);
    assert_string_equal(err.source, "my-actors.json");
    assert_true(strlen(err.message) > 0);
    relmap_gazetteer_free(g);
}

static void test_unknown_type(void **state)
{
    relmap_gazetteer *g = NULL;
    relmap_error err;
    const char *bad = "{\"entities\": [{\"id\": \"Arnor\"},"
                      " {\"id\": \"Mordor\", \"type\": \"realm\"}]}";
    (void)state;
    memset(&err, 0, sizeof err);
    assert_int_equal(relmap_gazetteer_new(&g, 1, &err), 0);
    assert_int_equal(relmap_gazetteer_load_json(g, bad, strlen(bad), "types.json", &err),
                     RELMAP_ECONFIG);
    assert_int_equal(err.code, RELMAP_ECONFIG);
    assert_non_null(strstr(err.message, "entities[1].type"));
    assert_non_null(strstr(err.message, "realm"));
    assert_string_equal(err.source, "types.json");
    relmap_gazetteer_free(g);
}

static void test_other_config_errors(void **state)
{
    static const struct {
        const char *json, *needle;
    } cases[] = {
        {"[1, 2]", NULL},
        {"{\"actors\": []}", NULL},
        {"{\"entities\": [{\"type\": \"country\"}]}", "entities[0].id"},
        {"{\"entities\": [{\"id\": \"\"}]}", "entities[0].id"},
        {"{\"entities\": [{\"id\": \"A\", \"aliases\": \"B\"}]}", "entities[0].aliases"},
        {"{\"entities\": [{\"id\": \"A\"}, {\"id\": \"B\", \"people\": [1]}]}",
         "entities[1].people[0]"},
        {"{\"entities\": [\"Arnor\"]}", "entities[0]"},
        {"{\"entities\": [{\"id\": \"A\", \"called\": \"kingdom\"}]}", "entities[0].called"},
        {"{\"entities\": [{\"id\": \"A\", \"called\": [\"island state\"]}]}",
         "entities[0].called[0]"},
        {"{\"entities\": [{\"id\": \"A\", \"called\": [\"a\", \"b\", \"c\", \"d\", \"e\"]}]}",
         "entities[0].called"},
    };
    size_t i;
    (void)state;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        relmap_gazetteer *g = NULL;
        relmap_error err;
        int rc;
        memset(&err, 0, sizeof err);
        assert_int_equal(relmap_gazetteer_new(&g, 1, &err), 0);
        rc = relmap_gazetteer_load_json(g, cases[i].json, strlen(cases[i].json), "c.json",
                                        &err);
        if (rc != RELMAP_ECONFIG)
            fail_msg("%s: got %d (%s), want ECONFIG", cases[i].json, rc, err.message);
        if (cases[i].needle && strstr(err.message, cases[i].needle) == NULL)
            fail_msg("%s: message \"%s\" does not name %s", cases[i].json, err.message,
                     cases[i].needle);
        relmap_gazetteer_free(g);
    }
}

static void test_missing_file(void **state)
{
    relmap_gazetteer *g = NULL;
    relmap_error err;
    (void)state;
    memset(&err, 0, sizeof err);
    assert_int_equal(relmap_gazetteer_new(&g, 1, &err), 0);
    assert_int_equal(relmap_gazetteer_load_file(g, "/nonexistent/relmap/gaz.json", &err),
                     RELMAP_EIO);
    assert_non_null(strstr(err.source, "/nonexistent/relmap/gaz.json"));
    relmap_gazetteer_free(g);
}

static void test_builtin(void **state)
{
    relmap_gazetteer *g = NULL;
    relmap_error err;
    (void)state;
    memset(&err, 0, sizeof err);
    assert_int_equal(relmap_gazetteer_new(&g, 0, &err), 0);
    assert_true(relmap_gazetteer_count(g) > 0);
    /* every built-in name belongs to exactly one actor */
    assert_int_equal(relmap_gazetteer_conflict_count(g), 0);
    expect(g, "Russia and North Korea met.", "Russia", 1, "russia");
    expect(g, "Russia and North Korea met.", "North", 2, "north_korea");
    expect(g, "The U.S. said no.", "U.S.", 1, "united_states");
    relmap_gazetteer_free(g);
    relmap_gazetteer_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_entities_and_slugs),
        cmocka_unit_test(test_slug),
        cmocka_unit_test(test_longest_match),
        cmocka_unit_test(test_match_respects_end),
        cmocka_unit_test(test_alias_kinds),
        cmocka_unit_test(test_case_rules),
        cmocka_unit_test(test_case_of_two_spellings),
        cmocka_unit_test(test_possessive_and_punctuation),
        cmocka_unit_test(test_merge_same_id),
        cmocka_unit_test(test_merge_same_slug),
        cmocka_unit_test(test_claimed_twice),
        cmocka_unit_test(test_parse_error),
        cmocka_unit_test(test_unknown_type),
        cmocka_unit_test(test_other_config_errors),
        cmocka_unit_test(test_missing_file),
        cmocka_unit_test(test_builtin),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
