/*
 * relmap_bench: a deterministic synthetic news corpus, and the time relmap
 * takes to turn it into a graph.
 *
 * The corpus is made from sentence templates whose slots (actors, items,
 * times, reasons, sources, numbers) are filled by a splitmix64 generator, so
 * the same --size and --seed give the same bytes on every machine. Roughly
 * half the sentences carry a relation (every relation, in several tenses and
 * voices, under every modality cue); the rest is filler about the economy,
 * the weather, quotes and numbers.
 *
 * Timed: relmap_extract on every document, relmap_graph_add_doc into a graph
 * (one per thread), the merge of the per-thread graphs when the library has
 * relmap_graph_merge, and relmap_export_json of the final graph. Not timed:
 * generating the corpus and building the gazetteer, lexicon and extractor.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

#include <relmap.h>

#define MB_BYTES 1000000.0 /* MB here is 10^6 bytes, for --size and output */
#define MAX_THREADS 256

/* ------------------------------------------------------------------ */
/* PRNG: splitmix64 (Steele, Lea, Flood 2014). Small, fast, portable.  */

typedef struct rng {
    uint64_t s;
} rng;

static uint64_t rng_next(rng *r)
{
    uint64_t z = (r->s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* Uniform in [0, n); n > 0. The modulo bias is below 2^-40 for our n. */
static size_t rng_below(rng *r, size_t n)
{
    return (size_t)(rng_next(r) % (uint64_t)n);
}

/* Uniform in [lo, hi]. */
static int rng_range(rng *r, int lo, int hi)
{
    return lo + (int)rng_below(r, (size_t)(hi - lo + 1));
}

/* True with probability pct/100. */
static int rng_chance(rng *r, int pct)
{
    return (int)rng_below(r, 100) < pct;
}

#define PICK(r, arr) ((arr)[rng_below((r), sizeof(arr) / sizeof((arr)[0]))])
#define COUNT(arr) (sizeof(arr) / sizeof((arr)[0]))

/* ------------------------------------------------------------------ */
/* Actors: names the built-in gazetteer knows (src/data/gazetteer.json). */

enum {
    K_STATE = 1,   /* a country: may join a bloc */
    K_GROUP = 2,   /* armed group, company, alliance member that is not a state */
    K_JOINABLE = 4 /* an organisation or bloc a state can join */
};

typedef struct actor {
    unsigned kind;
    const char *demonym;  /* NULL when the gazetteer has none */
    const char *forms[5]; /* surface forms, NULL-terminated */
} actor;

static const actor ACTORS[] = {
    {K_STATE, "Russian", {"Russia", "Moscow", "the Kremlin", "Vladimir Putin", "Sergei Lavrov"}},
    {K_STATE, "Ukrainian", {"Ukraine", "Kyiv", "Volodymyr Zelensky", NULL}},
    {K_STATE, "Chinese", {"China", "Beijing", "Xi Jinping", "Wang Yi", NULL}},
    {K_STATE, "Iranian", {"Iran", "Tehran", "Ali Khamenei", "the IRGC", NULL}},
    {K_STATE, "North Korean", {"North Korea", "Pyongyang", "Kim Jong Un", NULL}},
    {K_STATE, "American", {"the United States", "Washington", "the Pentagon", "the White House", "Antony Blinken"}},
    {K_STATE, "French", {"France", "Paris", "Emmanuel Macron", NULL}},
    {K_STATE, "German", {"Germany", "Berlin", "Friedrich Merz", NULL}},
    {K_STATE, "British", {"Britain", "the United Kingdom", "London", "Keir Starmer", NULL}},
    {K_STATE, "Indian", {"India", "New Delhi", "Narendra Modi", NULL}},
    {K_STATE, "Turkish", {"Turkey", "Ankara", "T\xc3\xbcrkiye", "Recep Tayyip Erdogan", NULL}},
    {K_STATE, "Israeli", {"Israel", "Jerusalem", "Benjamin Netanyahu", "the IDF", NULL}},
    {K_STATE, "Japanese", {"Japan", "Tokyo", NULL}},
    {K_STATE, "South Korean", {"South Korea", "Seoul", NULL}},
    {K_STATE, "Syrian", {"Syria", "Damascus", NULL}},
    {K_STATE, "Belarusian", {"Belarus", "Minsk", "Alexander Lukashenko", NULL}},
    {K_STATE, "Saudi", {"Saudi Arabia", "Riyadh", "Mohammed bin Salman", NULL}},
    {K_STATE, "Pakistani", {"Pakistan", "Islamabad", NULL}},
    {K_STATE, "Polish", {"Poland", "Warsaw", "Donald Tusk", NULL}},
    {K_STATE, "Egyptian", {"Egypt", "Cairo", NULL}},
    {K_STATE, "Qatari", {"Qatar", "Doha", NULL}},
    {K_STATE, "Venezuelan", {"Venezuela", "Caracas", "Nicolas Maduro", NULL}},
    {K_STATE, "Cuban", {"Cuba", "Havana", NULL}},
    {K_STATE, "Taiwanese", {"Taiwan", "Taipei", NULL}},
    {K_STATE, "Iraqi", {"Iraq", "Baghdad", NULL}},
    {K_STATE, "Lebanese", {"Lebanon", "Beirut", NULL}},
    {K_STATE, "Yemeni", {"Yemen", NULL}},
    {K_STATE, "Australian", {"Australia", "Canberra", NULL}},
    {K_STATE, "Canadian", {"Canada", "Ottawa", NULL}},
    {K_STATE, "Italian", {"Italy", "Rome", "Giorgia Meloni", NULL}},
    {K_STATE, "Brazilian", {"Brazil", NULL}},
    {K_STATE, "South African", {"South Africa", "Pretoria", NULL}},
    {K_STATE, "Malian", {"Mali", "Bamako", NULL}},
    {K_STATE, "Sudanese", {"Sudan", "Khartoum", NULL}},
    {K_STATE, "Armenian", {"Armenia", "Yerevan", NULL}},
    {K_STATE, "Azerbaijani", {"Azerbaijan", "Baku", NULL}},
    {K_STATE, "Kazakh", {"Kazakhstan", "Astana", NULL}},
    {K_STATE, "Hungarian", {"Hungary", "Budapest", "Viktor Orban", NULL}},
    {K_STATE, "Serbian", {"Serbia", "Belgrade", NULL}},
    {K_STATE, "Vietnamese", {"Vietnam", "Hanoi", NULL}},
    {K_STATE, "Filipino", {"the Philippines", "Manila", NULL}},
    {K_STATE, "Nigerian", {"Nigeria", "Abuja", NULL}},
    {K_STATE, "Ethiopian", {"Ethiopia", "Addis Ababa", NULL}},
    {K_STATE, "Libyan", {"Libya", "Tripoli", NULL}},
    {K_STATE, "Jordanian", {"Jordan", "Amman", NULL}},
    {K_STATE, "Emirati", {"the United Arab Emirates", "the UAE", "Abu Dhabi", NULL}},
    {K_STATE, "Afghan", {"Afghanistan", "Kabul", NULL}},
    {K_GROUP, NULL, {"Hezbollah", "Hassan Nasrallah", NULL}},
    {K_GROUP, NULL, {"Hamas", "Yahya Sinwar", NULL}},
    {K_GROUP, "Houthi", {"the Houthis", "Houthi rebels", NULL}},
    {K_GROUP, NULL, {"the Wagner Group", "Wagner", NULL}},
    {K_GROUP, NULL, {"the Taliban", NULL}},
    {K_GROUP, NULL, {"Islamic State", "ISIS", NULL}},
    {K_GROUP, NULL, {"al-Qaeda", NULL}},
    {K_GROUP, NULL, {"al-Shabaab", NULL}},
    {K_GROUP, NULL, {"Lockheed Martin", NULL}},
    {K_GROUP, NULL, {"Rosatom", NULL}},
    {K_GROUP, NULL, {"Gazprom", NULL}},
    {K_GROUP, NULL, {"Airbus", NULL}},
    {K_GROUP, NULL, {"the IAEA", NULL}},
    {K_GROUP, "Western", {"the West", "Western countries", NULL}},
    {K_JOINABLE, NULL, {"NATO", "Mark Rutte", NULL}},
    {K_JOINABLE, NULL, {"the European Union", "the EU", "Brussels", "Ursula von der Leyen", NULL}},
    {K_JOINABLE, NULL, {"the United Nations", "the UN", NULL}},
    {K_JOINABLE, NULL, {"the African Union", NULL}},
    {K_JOINABLE, NULL, {"BRICS", NULL}},
    {K_JOINABLE, NULL, {"ASEAN", NULL}},
    {K_JOINABLE, NULL, {"OPEC", NULL}},
    {K_JOINABLE, NULL, {"the G7", NULL}},
    {K_JOINABLE, NULL, {"the Axis of Resistance", NULL}},
};

#define N_ACTORS COUNT(ACTORS)

/* ------------------------------------------------------------------ */
/* Slot vocabularies.                                                 */

static const char *const ITEMS[] = {
    "attack drones", "ballistic missiles", "artillery shells", "tanks",
    "fighter jets", "air defence systems", "ammunition", "rifles",
    "cruise missiles", "howitzers", "rocket launchers", "armoured vehicles",
    "spare parts", "microchips", "drone engines", "anti-tank missiles",
    "military advisers", "troops", "satellite imagery", "grain", "fuel",
    "fertiliser", "humanitarian aid", "medical supplies", "helicopters",
    "patrol boats", "radar systems", "night-vision goggles", "body armour",
    "Shahed drones", "Patriot batteries", "F-16 jets", "155mm shells",
};

static const char *const TIMES[] = {
    "", "", "", " on Monday", " on Tuesday", " on Wednesday", " on Thursday",
    " on Friday", " over the weekend", " last week", " last month",
    " earlier this year", " in recent weeks", " this spring", " in 2023",
    " since the start of the war", " for the first time",
};

static const char *const LEADS[] = {
    "On Monday", "On Tuesday", "Late on Wednesday", "Earlier this month",
    "Last year", "In a statement", "In recent months", "Over the weekend",
    "Since January", "For the second time this year",
};

static const char *const REASONS[] = {
    "", " over its nuclear programme", " over human rights abuses",
    " over the invasion", " over election interference",
    " over cyberattacks on hospitals", " over its ballistic missile tests",
    " for evading export controls", " over the crackdown on protesters",
};

static const char *const TOPICS[] = {
    " on energy", " on counter-terrorism", " on trade", " on cybersecurity",
    " on space research", " on grain exports", "", " on nuclear power",
    " on missile defence", " on shipbuilding",
};

static const char *const CRIMES[] = {
    "war crimes", "spreading disinformation", "meddling in its elections",
    "harbouring terrorists", "violating the ceasefire", "a cyberattack",
    "sabotage", "smuggling weapons", "espionage", "genocide",
};

static const char *const SOURCES[] = {
    "officials", "Western intelligence officials", "a senior diplomat",
    "two people familiar with the matter", "satellite images",
    "a leaked report", "analysts", "local media", "a government document",
    "customs records", "an unnamed official", "researchers",
};

static const char *const SPEAKERS[] = {
    "Officials", "A senior diplomat", "Analysts", "Two people familiar with the matter",
    "A defence official", "Local media", "Investigators", "An intelligence report",
};

static const char *const MONTHS[] = {
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
};

static const char *const DAYS[] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
};

static const char *const SECTORS[] = {
    "energy", "banking", "technology", "mining", "retail", "shipping",
    "construction", "airline", "car",
};

static const char *const TOWNS[] = {
    "the capital", "the port city", "the northern provinces", "the coastal region",
    "the border towns", "the industrial east", "the southern districts",
};

/*
 * Relation verb phrases. Slots: %B target actor, %C third actor, %I item,
 * %R reason, %Q cooperation topic, %X crime. Each row gives the phrase in
 * four forms: past (also used as the perfect participle, so only verbs whose
 * past and participle agree appear), 3rd person present, base, gerund.
 * The flag asks for a target the sentence makes sense with.
 */
enum { T_ANY = 0, T_JOIN = 1 };

typedef struct vp {
    int target;
    const char *f[4];
} vp;

enum { F_PAST = 0, F_PRES = 1, F_BASE = 2, F_GER = 3 };

static const vp VPS[] = {
    /* supplies */
    {T_ANY, {"supplied %I to %B", "supplies %I to %B", "supply %I to %B", "supplying %I to %B"}},
    {T_ANY, {"sent %I to %B", "sends %I to %B", "send %I to %B", "sending %I to %B"}},
    {T_ANY, {"delivered %I to %B", "delivers %I to %B", "deliver %I to %B", "delivering %I to %B"}},
    {T_ANY, {"shipped %I to %B", "ships %I to %B", "ship %I to %B", "shipping %I to %B"}},
    {T_ANY, {"sold %I to %B", "sells %I to %B", "sell %I to %B", "selling %I to %B"}},
    {T_ANY, {"provided %B with %I", "provides %B with %I", "provide %B with %I", "providing %B with %I"}},
    {T_ANY, {"transferred %I to %B", "transfers %I to %B", "transfer %I to %B", "transferring %I to %B"}},
    {T_ANY, {"bought %I from %B", "buys %I from %B", "buy %I from %B", "buying %I from %B"}},
    {T_ANY, {"received %I from %B", "receives %I from %B", "receive %I from %B", "receiving %I from %B"}},
    /* denies */
    {T_ANY, {"denied the accusations by %B", "denies the accusations by %B", "deny the accusations by %B", "denying the accusations by %B"}},
    {T_ANY, {"rejected claims by %B", "rejects claims by %B", "reject claims by %B", "rejecting claims by %B"}},
    /* cooperates_with */
    {T_ANY, {"cooperated with %B%Q", "cooperates with %B%Q", "cooperate with %B%Q", "cooperating with %B%Q"}},
    {T_ANY, {"signed a defence pact with %B", "signs a defence pact with %B", "sign a defence pact with %B", "signing a defence pact with %B"}},
    {T_ANY, {"teamed up with %B%Q", "teams up with %B%Q", "team up with %B%Q", "teaming up with %B%Q"}},
    {T_ANY, {"coordinated with %B%Q", "coordinates with %B%Q", "coordinate with %B%Q", "coordinating with %B%Q"}},
    /* meets */
    {T_ANY, {"met %B", "meets %B", "meet %B", "meeting %B"}},
    {T_ANY, {"held talks with %B%Q", "holds talks with %B%Q", "hold talks with %B%Q", "holding talks with %B%Q"}},
    {T_ANY, {"spoke with %B", "speaks with %B", "speak with %B", "speaking with %B"}},
    {T_ANY, {"hosted %B for talks%Q", "hosts %B for talks%Q", "host %B for talks%Q", "hosting %B for talks%Q"}},
    /* relies_on */
    {T_ANY, {"relied on %B for %I", "relies on %B for %I", "rely on %B for %I", "relying on %B for %I"}},
    {T_ANY, {"depended on %B for %I", "depends on %B for %I", "depend on %B for %I", "depending on %B for %I"}},
    {T_ANY, {"turned to %B for %I", "turns to %B for %I", "turn to %B for %I", "turning to %B for %I"}},
    /* sanctions */
    {T_ANY, {"sanctioned %B%R", "sanctions %B%R", "sanction %B%R", "sanctioning %B%R"}},
    {T_ANY, {"imposed sanctions on %B%R", "imposes sanctions on %B%R", "impose sanctions on %B%R", "imposing sanctions on %B%R"}},
    {T_ANY, {"blacklisted %B%R", "blacklists %B%R", "blacklist %B%R", "blacklisting %B%R"}},
    /* attacks */
    {T_ANY, {"attacked %B", "attacks %B", "attack %B", "attacking %B"}},
    {T_ANY, {"struck %B", "strikes %B", "strike %B", "striking %B"}},
    {T_ANY, {"launched strikes on %B", "launches strikes on %B", "launch strikes on %B", "launching strikes on %B"}},
    {T_ANY, {"shelled %B", "shells %B", "shell %B", "shelling %B"}},
    /* accuses */
    {T_ANY, {"accused %B of %X", "accuses %B of %X", "accuse %B of %X", "accusing %B of %X"}},
    {T_ANY, {"blamed %B for the attack", "blames %B for the attack", "blame %B for the attack", "blaming %B for the attack"}},
    {T_ANY, {"condemned %B", "condemns %B", "condemn %B", "condemning %B"}},
    /* supports */
    {T_ANY, {"supported %B", "supports %B", "support %B", "supporting %B"}},
    {T_ANY, {"backed %B", "backs %B", "back %B", "backing %B"}},
    {T_ANY, {"helped %B", "helps %B", "help %B", "helping %B"}},
    /* part_of */
    {T_JOIN, {"joined %B", "joins %B", "join %B", "joining %B"}},
    {T_JOIN, {"applied for membership in %B", "applies for membership in %B", "apply for membership in %B", "applying for membership in %B"}},
};

/*
 * Frames put a subject (%A, with an optional coordinated %C) in front of a
 * verb phrase. %0 past, %1 present, %2 base, %3 gerund; %T a time phrase
 * with its leading space, %L a sentence lead ("On Monday"), %S a source,
 * %P a speaker at the start of a sentence. The modality the frame is meant
 * to convey is noted; the extractor decides what it actually reads.
 */
static const char *const FRAMES[] = {
    /* asserted */
    "%A %0%T.", "%A %0%T.", "%A %1.", "%L, %A %0.", "%A and %C %0%T.",
    "%A has %0.", "%A %0%T, officials confirmed.",
    /* alleged */
    "%A reportedly %0%T.", "%A allegedly %0.", "According to %S, %A %0%T.",
    "%P said %A had %0%T.", "%A %0, %S said.", "%P claimed that %A %0.",
    /* potential */
    "%A may %2.", "%A could %2%T.", "%A plans to %2.", "%A is expected to %2.",
    "%A will %2 next year.", "%A might %2 if talks fail.",
    /* considered */
    "%A is considering %3.", "%A is weighing whether to %2.",
    "%P said %A was considering %3.",
    /* negated */
    "%A did not %2%T.", "There is no evidence that %A %0.",
    "%A refused to %2.", "%A has never %0.", "%A denied that it %0.",
};

/* Whole sentences in the passive (and a few other shapes): %A acts on %B. */
static const char *const PASSIVES[] = {
    "%B was supplied with %I by %A%T.",
    "%B was reportedly supplied with %I by %A.",
    "The %I were delivered to %B by %A%T.",
    "%B was attacked by %A%T.",
    "%B was sanctioned by %A%R.",
    "%B is backed by %A.",
    "%B was allegedly struck by %A%T.",
    "%B was accused by %A of %X.",
    "Sanctions on %B by %A%R took effect%T.",
    "Talks between %A and %B ended without agreement%T.",
    "The meeting between %A and %B lasted three hours.",
    "Deliveries of %I from %A to %B resumed%T.",
    "%A's support for %B has grown%T.",
    "%A's reliance on %B for %I worries analysts.",
    "%A and %B signed an agreement%Q%T.",
    "%A, a key supplier of %B, sent more %I%T.",
    "Is %A ready to send %I to %B?",
};

/* Filler: no relation. %Y a demonym, %N an integer, %F a decimal, %M a
   month, %D a weekday, %E a sector, %W a place, %A an actor mentioned alone. */
static const char *const FILLERS[] = {
    "Inflation rose to %F percent in %M, the statistics office said.",
    "The central bank kept its key interest rate at %F percent.",
    "Heavy rain is expected across %W on %D.",
    "Temperatures are forecast to reach %N degrees by the weekend.",
    "Shares in the %E sector fell %F percent in early trading.",
    "The %Y economy grew %F percent in the second quarter.",
    "Oil prices climbed to $%N a barrel on %D.",
    "More than %N people were displaced by the floods, aid groups said.",
    "The parliament is expected to vote on the budget in %M.",
    "Is the economy ready for another shock?",
    "Analysts warned that the outlook remains uncertain.",
    "Parts of %W have been without power for %N days.",
    "The currency traded at %F to the dollar.",
    "It was not immediately clear how many people were hurt.",
    "Officials did not respond to a request for comment.",
    "Wheat futures rose %F percent!",
    "\xe2\x80\x9cWe will not be intimidated,\xe2\x80\x9d the minister told reporters.",
    "\"The situation is under control,\" a spokesman said on %D.",
    "Unemployment fell to %F percent, the lowest level since %N.",
    "The %Y government announced a new budget of %N billion.",
    "Fuel prices in %W have risen for %N weeks.",
    "A heatwave pushed electricity demand to a record on %D.",
    "Snow closed several roads in %W.",
    "The port handled %N containers in %M, up %F percent.",
    "Elections are due in %M.",
    "The prime minister reshuffled the cabinet on %D.",
    "Tourism revenue reached %N million in %M.",
    "Doctors at the main hospital treated %N patients overnight.",
    "The festival drew %N visitors, organisers said.",
    "The %Y team won the match %N to nil.",
    "Officials in %A said the investigation was continuing.",
    "Markets in %A were closed for a public holiday.",
    "%A reported %N new cases of measles in %M.",
    "The %E index closed %F percent higher.",
    "Why did prices rise so fast?",
    "Bond yields edged up to %F percent.",
    "Construction of the bridge is %N percent complete.",
    "Farmers expect a smaller harvest after the drought.",
};

/* ------------------------------------------------------------------ */
/* Growable byte buffer.                                               */

typedef struct sbuf {
    char *p;
    size_t len, cap;
} sbuf;

static void die_oom(void)
{
    fputs("relmap_bench: out of memory\n", stderr);
    exit(1);
}

static void sb_reserve(sbuf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p)
        die_oom();
    b->p = p;
    b->cap = cap;
}

static void sb_addn(sbuf *b, const char *s, size_t n)
{
    sb_reserve(b, n);
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void sb_adds(sbuf *b, const char *s)
{
    sb_addn(b, s, strlen(s));
}

static void sb_printf(sbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    sb_reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

/* ------------------------------------------------------------------ */
/* Corpus generation.                                                  */

typedef struct doc {
    size_t off, len;    /* bytes in corpus.text, including the date line */
    size_t body;        /* offset of the text after the date line */
    size_t sentences;
    char id[32];        /* "doc-000001" */
    char date[40];      /* "YYYY-MM-DD" (sized for the compiler's worst case) */
} doc;

typedef struct corpus {
    sbuf text;
    doc *docs;
    size_t n_docs, cap_docs;
    size_t sentences;
    size_t relation_sentences;
} corpus;

/* The actors a sentence talks about. */
typedef struct cast {
    size_t a, b, c;
} cast;

static const char *actor_form(rng *r, size_t i)
{
    const actor *ac = &ACTORS[i];
    size_t n = 0;
    while (n < COUNT(ac->forms) && ac->forms[n])
        n++;
    /* The plain name half the time, another form otherwise. */
    if (n == 1 || rng_chance(r, 50))
        return ac->forms[0];
    return ac->forms[1 + rng_below(r, n - 1)];
}

static const char *demonym(rng *r, size_t hint)
{
    if (ACTORS[hint].demonym)
        return ACTORS[hint].demonym;
    for (;;) {
        const actor *ac = &ACTORS[rng_below(r, N_ACTORS)];
        if (ac->demonym)
            return ac->demonym;
    }
}

static void expand(sbuf *out, rng *r, const char *tpl, const cast *c,
                   const vp *v);

/* Append one slot's text. */
static void slot(sbuf *out, rng *r, char k, const cast *c, const vp *v)
{
    switch (k) {
    case 'A': sb_adds(out, actor_form(r, c->a)); break;
    case 'B': sb_adds(out, actor_form(r, c->b)); break;
    case 'C': sb_adds(out, actor_form(r, c->c)); break;
    case 'I': sb_adds(out, PICK(r, ITEMS)); break;
    case 'T': sb_adds(out, PICK(r, TIMES)); break;
    case 'L': sb_adds(out, PICK(r, LEADS)); break;
    case 'R': sb_adds(out, PICK(r, REASONS)); break;
    case 'Q': sb_adds(out, PICK(r, TOPICS)); break;
    case 'X': sb_adds(out, PICK(r, CRIMES)); break;
    case 'S': sb_adds(out, PICK(r, SOURCES)); break;
    case 'P': sb_adds(out, PICK(r, SPEAKERS)); break;
    case 'M': sb_adds(out, PICK(r, MONTHS)); break;
    case 'D': sb_adds(out, PICK(r, DAYS)); break;
    case 'E': sb_adds(out, PICK(r, SECTORS)); break;
    case 'W': sb_adds(out, PICK(r, TOWNS)); break;
    case 'Y': sb_adds(out, demonym(r, c->a)); break;
    case 'N': sb_printf(out, "%d", rng_range(r, 2, 2000)); break;
    case 'F': sb_printf(out, "%d.%d", rng_range(r, 0, 12), rng_range(r, 0, 9)); break;
    case '0': case '1': case '2': case '3':
        if (v)
            expand(out, r, v->f[k - '0'], c, NULL);
        break;
    default: sb_addn(out, &k, 1); break;
    }
}

static void expand(sbuf *out, rng *r, const char *tpl, const cast *c,
                   const vp *v)
{
    for (const char *p = tpl; *p; p++) {
        if (*p == '%' && p[1]) {
            slot(out, r, p[1], c, v);
            p++;
        } else {
            sb_addn(out, p, 1);
        }
    }
}

/*
 * Any actor, skewed towards the front of ACTORS (the ones in the news most):
 * index floor(N * u^2) for uniform u, so the first actor is drawn about
 * 2.5 times as often as an average one and the last about 0.3 times.
 */
static size_t popular_actor(rng *r)
{
    double u = (double)(rng_next(r) >> 11) / 9007199254740992.0; /* [0, 1) */
    size_t i = (size_t)(u * u * (double)N_ACTORS);
    return i < N_ACTORS ? i : N_ACTORS - 1;
}

/* An actor index: mostly from the document's cast, sometimes any. */
static size_t pick_actor(rng *r, const size_t *topic, size_t n_topic)
{
    if (rng_chance(r, 70))
        return topic[rng_below(r, n_topic)];
    return popular_actor(r);
}

static size_t pick_kind(rng *r, unsigned kind)
{
    for (;;) {
        size_t i = rng_below(r, N_ACTORS);
        if (ACTORS[i].kind & kind)
            return i;
    }
}

static void gen_sentence(sbuf *out, rng *r, const size_t *topic,
                         size_t n_topic, int *is_relation)
{
    cast c;
    c.a = pick_actor(r, topic, n_topic);
    do
        c.b = pick_actor(r, topic, n_topic);
    while (c.b == c.a);
    do
        c.c = rng_below(r, N_ACTORS);
    while (c.c == c.a || c.c == c.b);

    size_t start = out->len;
    int roll = (int)rng_below(r, 100);
    *is_relation = roll < 50;
    if (roll < 40) {
        const vp *v = &PICK(r, VPS);
        if (v->target == T_JOIN) {
            c.a = pick_kind(r, K_STATE);
            c.b = pick_kind(r, K_JOINABLE);
            if (c.c == c.a || c.c == c.b)
                c.c = c.a; /* only the coordinated frame uses %C */
        }
        expand(out, r, PICK(r, FRAMES), &c, v);
    } else if (roll < 50) {
        expand(out, r, PICK(r, PASSIVES), &c, NULL);
    } else {
        expand(out, r, PICK(r, FILLERS), &c, NULL);
    }
    /* Sentence case: templates may start with "the West", "al-Qaeda". */
    if (out->p[start] >= 'a' && out->p[start] <= 'z')
        out->p[start] = (char)(out->p[start] - 'a' + 'A');
}

static void corpus_add_doc(corpus *cp, rng *r)
{
    if (cp->n_docs == cp->cap_docs) {
        size_t cap = cp->cap_docs ? cp->cap_docs * 2 : 1024;
        doc *d = realloc(cp->docs, cap * sizeof *d);
        if (!d)
            die_oom();
        cp->docs = d;
        cp->cap_docs = cap;
    }
    doc *d = &cp->docs[cp->n_docs];
    memset(d, 0, sizeof *d);
    snprintf(d->id, sizeof d->id, "doc-%06zu", cp->n_docs + 1);

    static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int year = rng_range(r, 2022, 2025);
    int month = rng_range(r, 1, 12);
    int leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    int day = rng_range(r, 1, mdays[month - 1] + (month == 2 && leap));
    snprintf(d->date, sizeof d->date, "%04d-%02d-%02d", year, month, day);

    sbuf *t = &cp->text;
    d->off = t->len;
    sb_printf(t, "date %s\n", d->date);
    d->body = t->len;

    /* A handful of actors the story is about. */
    size_t topic[5];
    size_t n_topic = (size_t)rng_range(r, 2, 5);
    for (size_t i = 0; i < n_topic; i++)
        topic[i] = popular_actor(r);

    size_t n = (size_t)rng_range(r, 5, 40);
    size_t in_para = 0, para_len = (size_t)rng_range(r, 1, 4);
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            if (in_para >= para_len) {
                sb_adds(t, "\n\n");
                in_para = 0;
                para_len = (size_t)rng_range(r, 1, 4);
            } else {
                sb_adds(t, " ");
            }
        }
        int rel = 0;
        gen_sentence(t, r, topic, n_topic, &rel);
        cp->relation_sentences += (size_t)rel;
        in_para++;
    }
    sb_adds(t, "\n");
    d->len = t->len - d->off;
    d->sentences = n;
    cp->sentences += n;
    cp->n_docs++;
}

static void corpus_generate(corpus *cp, double size_mb, uint64_t seed)
{
    rng r = {seed};
    size_t target = (size_t)(size_mb * MB_BYTES);
    sb_reserve(&cp->text, target + 65536);
    while (cp->text.len < target)
        corpus_add_doc(cp, &r);
}

static void corpus_free(corpus *cp)
{
    free(cp->text.p);
    free(cp->docs);
}

/* ------------------------------------------------------------------ */
/* --write                                                              */

static void json_escape(sbuf *o, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        switch (ch) {
        case '"': sb_adds(o, "\\\""); break;
        case '\\': sb_adds(o, "\\\\"); break;
        case '\n': sb_adds(o, "\\n"); break;
        case '\r': sb_adds(o, "\\r"); break;
        case '\t': sb_adds(o, "\\t"); break;
        default:
            if (ch < 0x20)
                sb_printf(o, "\\u%04x", ch);
            else
                sb_addn(o, (const char *)&s[i], 1);
        }
    }
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int write_file(const char *path, const char *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "relmap_bench: cannot create %s: %s\n", path, strerror(errno));
        return -1;
    }
    int ok = fwrite(p, 1, n, f) == n;
    if (fclose(f) != 0)
        ok = 0;
    if (!ok) {
        fprintf(stderr, "relmap_bench: cannot write %s: %s\n", path, strerror(errno));
        return -1;
    }
    return 0;
}

/* JSON Lines: the date goes in its own field, the text without the date line. */
static int write_jsonl(const corpus *cp, const char *path)
{
    sbuf o = {0};
    for (size_t i = 0; i < cp->n_docs; i++) {
        const doc *d = &cp->docs[i];
        sb_printf(&o, "{\"id\":\"%s\",\"date\":\"%s\",\"text\":\"", d->id, d->date);
        json_escape(&o, cp->text.p + d->body, d->len - (d->body - d->off));
        sb_adds(&o, "\"}\n");
    }
    int rc = write_file(path, o.p, o.len);
    free(o.p);
    return rc;
}

/* A directory of doc-NNNNNN.txt files, each with its "date" line. */
static int write_dir(const corpus *cp, const char *dir)
{
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "relmap_bench: cannot create directory %s: %s\n", dir, strerror(errno));
        return -1;
    }
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        fprintf(stderr, "relmap_bench: %s is not a directory\n", dir);
        return -1;
    }
    sbuf path = {0};
    int rc = 0;
    for (size_t i = 0; i < cp->n_docs && rc == 0; i++) {
        const doc *d = &cp->docs[i];
        path.len = 0;
        sb_printf(&path, "%s/%s.txt", dir, d->id);
        rc = write_file(path.p, cp->text.p + d->off, d->len);
    }
    free(path.p);
    return rc;
}

/* ------------------------------------------------------------------ */
/* Benchmark.                                                           */

typedef struct shared {
    const corpus *cp;
    const relmap_extractor *x;
    atomic_size_t next;
    atomic_int failed;
} shared;

typedef struct worker {
    shared *sh;
    relmap_graph *g;
    size_t events;
    int rc;
    relmap_error err;
    pthread_t tid;
} worker;

static void *worker_run(void *arg)
{
    worker *w = arg;
    const corpus *cp = w->sh->cp;
    for (;;) {
        if (atomic_load(&w->sh->failed))
            break;
        size_t i = atomic_fetch_add(&w->sh->next, 1);
        if (i >= cp->n_docs)
            break;
        const doc *d = &cp->docs[i];
        const char *text = cp->text.p + d->off;
        relmap_doc *rd = NULL;
        w->rc = relmap_extract(&rd, w->sh->x, text, d->len, &w->err);
        if (w->rc == 0) {
            w->events += relmap_doc_event_count(rd);
            w->rc = relmap_graph_add_doc(w->g, d->id, NULL, text, d->len, rd, &w->err);
        }
        relmap_doc_free(rd);
        if (w->rc != 0) {
            atomic_store(&w->sh->failed, 1);
            break;
        }
    }
    return NULL;
}

typedef struct run_result {
    double seconds;
    double extract_s, merge_s, export_s; /* the phases of seconds */
    size_t nodes, edges, events, json_bytes;
    double rss_before_export_mb; /* peak RSS once the graph is built */
    int merged;
    relmap_buf json; /* the exported graph, kept for --verify */
} run_result;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void report_error(const char *what, int rc, const relmap_error *e)
{
    fprintf(stderr, "relmap_bench: %s failed: %s%s%s\n", what, relmap_strerror(rc),
            e->message[0] ? ": " : "", e->message);
}

static double peak_rss_mb(void)
{
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0)
        return 0.0;
    return (double)ru.ru_maxrss * 1024.0 / MB_BYTES; /* ru_maxrss is KiB on Linux */
}

static int run_once(const corpus *cp, const relmap_extractor *x, int threads,
                    run_result *res)
{
    worker w[MAX_THREADS];
    shared sh;
    int rc = 0, started = 0;
    memset(res, 0, sizeof *res);
    memset(w, 0, sizeof(w[0]) * (size_t)threads);
    sh.cp = cp;
    sh.x = x;
    atomic_init(&sh.next, 0);
    atomic_init(&sh.failed, 0);

    /* Empty graphs are made before the clock starts. */
    for (int i = 0; i < threads; i++) {
        w[i].sh = &sh;
        if (relmap_graph_new(&w[i].g) != 0) {
            fputs("relmap_bench: relmap_graph_new failed\n", stderr);
            rc = -1;
            goto cleanup;
        }
    }

    double t0 = now_s();
    if (threads == 1) {
        worker_run(&w[0]);
    } else {
        for (; started < threads; started++) {
            if (pthread_create(&w[started].tid, NULL, worker_run, &w[started]) != 0) {
                fputs("relmap_bench: pthread_create failed\n", stderr);
                atomic_store(&sh.failed, 1);
                rc = -1;
                break;
            }
        }
        for (int i = 0; i < started; i++)
            pthread_join(w[i].tid, NULL);
        if (rc != 0)
            goto cleanup;
    }
    for (int i = 0; i < threads; i++) {
        if (w[i].rc != 0) {
            report_error("extraction", w[i].rc, &w[i].err);
            rc = -1;
            goto cleanup;
        }
        res->events += w[i].events;
    }

    double t1 = now_s();
    relmap_graph *final = w[0].g;
    res->merged = threads == 1;
#ifdef RELMAP_BENCH_HAVE_MERGE
    for (int i = 1; i < threads; i++) {
        relmap_error err;
        memset(&err, 0, sizeof err);
        int mrc = relmap_graph_merge(final, w[i].g, &err);
        if (mrc != 0) {
            report_error("relmap_graph_merge", mrc, &err);
            rc = -1;
            goto cleanup;
        }
    }
    res->merged = 1;
#endif

    double t2 = now_s();
    res->rss_before_export_mb = peak_rss_mb();
    relmap_error err;
    memset(&err, 0, sizeof err);
    if (res->merged) {
        relmap_json_options jo = RELMAP_JSON_OPTIONS_INIT;
        jo.threads = threads; /* edges formatted on as many threads */
        int erc = relmap_export_json(final, &jo, &res->json, &err);
        if (erc != 0) {
            report_error("relmap_export_json", erc, &err);
            rc = -1;
            goto cleanup;
        }
        res->json_bytes = res->json.len;
    } else {
        /* No merge: export every per-thread graph, so the export work is
           still in the time; the byte count is their sum. */
        for (int i = 0; i < threads; i++) {
            relmap_buf b = RELMAP_BUF_INIT;
            int erc = relmap_export_json(w[i].g, NULL, &b, &err);
            if (erc != 0) {
                report_error("relmap_export_json", erc, &err);
                rc = -1;
                goto cleanup;
            }
            res->json_bytes += b.len;
            relmap_buf_dispose(&b);
        }
    }
    double t3 = now_s();
    res->seconds = t3 - t0;
    res->extract_s = t1 - t0;
    res->merge_s = t2 - t1;
    res->export_s = t3 - t2;

    for (int i = 0; i < (res->merged ? 1 : threads); i++) {
        res->nodes += relmap_graph_node_count(w[i].g);
        res->edges += relmap_graph_edge_count(w[i].g);
    }

cleanup:
    for (int i = 0; i < threads; i++)
        relmap_graph_free(w[i].g);
    return rc;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

/* ------------------------------------------------------------------ */
/* Command line.                                                        */

static void usage(FILE *f)
{
    fputs(
"Usage: relmap_bench [OPTIONS]\n"
"Generate a deterministic synthetic English news corpus and time relmap on it,\n"
"or write the corpus to disk so the relmap CLI can be timed on the same text.\n"
"\n"
"Corpus:\n"
"  --size MB        corpus size in MB (10^6 bytes of text, date lines\n"
"                   included; generation stops at the first document that\n"
"                   reaches it); may be fractional (default 50)\n"
"  --seed N         generator seed, an unsigned integer (default 1); the same\n"
"                   size and seed give the same bytes everywhere\n"
"  --write PATH     write the corpus instead of benchmarking: PATH ending in\n"
"                   .jsonl gets one JSON object per line\n"
"                   {\"id\":\"doc-000001\",\"date\":\"YYYY-MM-DD\",\"text\":\"...\"}\n"
"                   (text without the date line); any other PATH is a\n"
"                   directory (created if missing) of doc-NNNNNN.txt files,\n"
"                   each starting with its \"date YYYY-MM-DD\" line\n"
"\n"
"Benchmark (the default mode):\n"
"  --repeat K       time K runs (1-1000) and report the median (default 5)\n"
"  --threads N      N worker threads (1-256, default 1) take documents from an\n"
"                   atomic counter, each into its own graph; the graphs are\n"
"                   merged with relmap_graph_merge when the library has it\n"
"  --verify         with --threads > 1, also run once on one thread (not\n"
"                   timed) and check that both exports are byte-identical\n"
"  --json           print the results as one JSON line instead of text\n"
"  -h, --help       show this help and exit\n"
"\n"
"Timed per run: relmap_extract on every document, relmap_graph_add_doc, the\n"
"merge of the per-thread graphs, relmap_export_json of the final graph. Not\n"
"timed: corpus generation, loading the gazetteer and lexicon, building the\n"
"extractor, creating the empty graphs.\n"
"\n"
"Output: corpus MB, documents, sentences (counted by the generator: every\n"
"template emits exactly one sentence ending in '.', '!' or '?'; the date\n"
"line is not counted), relation sentences (those made from a relation\n"
"template), median seconds, MB/s, sentences/s, documents/s, the median of\n"
"each phase (extract+add, merge, export), events extracted, nodes and edges\n"
"of the final graph, and peak RSS in MB (getrusage ru_maxrss; it includes\n"
"the in-memory corpus, so the peak after generating the corpus and the peak\n"
"before the first export are shown too). Without relmap_graph_merge the\n"
"per-thread graphs are exported one by one and their counts are summed.\n"
"\n"
"Exit status: 0 success, 1 error (bad argument, write or extraction failure).\n",
        f);
}

static int bad_arg(const char *opt, const char *val, const char *why)
{
    fprintf(stderr, "relmap_bench: invalid value \"%s\" for %s: %s\n"
                    "Try 'relmap_bench --help'.\n", val, opt, why);
    return -1;
}

static int parse_u64(const char *opt, const char *s, uint64_t lo, uint64_t hi,
                     uint64_t *out)
{
    char *end;
    if (!*s || *s == '-' || *s == '+' || *s == ' ')
        return bad_arg(opt, s, "expected an unsigned integer");
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end)
        return bad_arg(opt, s, "expected an unsigned integer");
    if (v < lo || v > hi) {
        char why[96];
        snprintf(why, sizeof why, "must be between %llu and %llu",
                 (unsigned long long)lo, (unsigned long long)hi);
        return bad_arg(opt, s, why);
    }
    *out = (uint64_t)v;
    return 0;
}

typedef struct options {
    double size_mb;
    uint64_t seed;
    int repeat, threads, json, verify;
    const char *write;
} options;

static int parse_args(int argc, char **argv, options *o)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            exit(0);
        }
        if (!strcmp(a, "--json")) { o->json = 1; continue; }
        if (!strcmp(a, "--verify")) { o->verify = 1; continue; }

        /* Options with a value: "--opt V" or "--opt=V". */
        static const char *const with_value[] = {"--size", "--seed", "--repeat",
                                                 "--threads", "--write"};
        const char *name = NULL, *val = NULL;
        for (size_t k = 0; k < COUNT(with_value); k++) {
            size_t n = strlen(with_value[k]);
            if (!strncmp(a, with_value[k], n) && (a[n] == '\0' || a[n] == '=')) {
                name = with_value[k];
                if (a[n] == '=') {
                    val = a + n + 1;
                } else if (i + 1 < argc) {
                    val = argv[++i];
                } else {
                    fprintf(stderr, "relmap_bench: %s needs a value\n"
                                    "Try 'relmap_bench --help'.\n", name);
                    return -1;
                }
                break;
            }
        }
        if (!name) {
            fprintf(stderr, "relmap_bench: unknown %s \"%s\"\n"
                            "Try 'relmap_bench --help'.\n",
                    a[0] == '-' ? "option" : "argument", a);
            return -1;
        }
        uint64_t u;
        if (!strcmp(name, "--size")) {
            char *end;
            errno = 0;
            double v = strtod(val, &end);
            if (!*val || errno || *end || !(v > 0.0) || v > 100000.0)
                return bad_arg(name, val, "expected a number of MB above 0 and at most 100000");
            o->size_mb = v;
        } else if (!strcmp(name, "--seed")) {
            if (parse_u64(name, val, 0, UINT64_MAX, &u))
                return -1;
            o->seed = u;
        } else if (!strcmp(name, "--repeat")) {
            if (parse_u64(name, val, 1, 1000, &u))
                return -1;
            o->repeat = (int)u;
        } else if (!strcmp(name, "--threads")) {
            if (parse_u64(name, val, 1, MAX_THREADS, &u))
                return -1;
            o->threads = (int)u;
        } else {
            if (!*val) {
                fputs("relmap_bench: --write needs a non-empty path\n", stderr);
                return -1;
            }
            o->write = val;
        }
    }
    return 0;
}

/* ------------------------------------------------------------------ */

int main(int argc, char **argv)
{
    options o = {50.0, 1, 5, 1, 0, 0, NULL};
    if (parse_args(argc, argv, &o) != 0)
        return 1;

    corpus cp;
    memset(&cp, 0, sizeof cp);
    double g0 = now_s();
    corpus_generate(&cp, o.size_mb, o.seed);
    double gen_s = now_s() - g0;
    double mb = (double)cp.text.len / MB_BYTES;

    if (o.write) {
        int rc = ends_with(o.write, ".jsonl") ? write_jsonl(&cp, o.write)
                                              : write_dir(&cp, o.write);
        if (rc == 0)
            fprintf(stderr, "relmap_bench: wrote %zu documents, %zu sentences, "
                            "%.2f MB (seed %llu) to %s\n",
                    cp.n_docs, cp.sentences, mb, (unsigned long long)o.seed, o.write);
        corpus_free(&cp);
        return rc == 0 ? 0 : 1;
    }
    double rss_corpus = peak_rss_mb();

    relmap_gazetteer *gz = NULL;
    relmap_lexicon *lx = NULL;
    relmap_extractor *x = NULL;
    relmap_error err;
    memset(&err, 0, sizeof err);
    int rc;
    if ((rc = relmap_gazetteer_new(&gz, 0, &err)) != 0 ||
        (rc = relmap_lexicon_new(&lx, 0, &err)) != 0 ||
        (rc = relmap_extractor_new(&x, gz, lx, &err)) != 0) {
        report_error("setting up the extractor", rc, &err);
        relmap_lexicon_free(lx);
        relmap_gazetteer_free(gz);
        corpus_free(&cp);
        return 1;
    }

    /* Total, extract, merge and export seconds of every run. */
    double *times = calloc((size_t)o.repeat * 4, sizeof *times);
    if (!times)
        die_oom();
    double *t_extract = times + o.repeat, *t_merge = t_extract + o.repeat,
           *t_export = t_merge + o.repeat;
    run_result last;
    memset(&last, 0, sizeof last);
    int status = 0;
    double first_rss_before_export = 0.0;
    for (int k = 0; k < o.repeat && status == 0; k++) {
        relmap_buf_dispose(&last.json);
        if (run_once(&cp, x, o.threads, &last) != 0)
            status = 1;
        /* Peak RSS only grows: the first run's figure is the one free of
           any export. */
        if (k == 0)
            first_rss_before_export = last.rss_before_export_mb;
        times[k] = last.seconds;
        t_extract[k] = last.extract_s;
        t_merge[k] = last.merge_s;
        t_export[k] = last.export_s;
        if (!o.json && status == 0)
            fprintf(stderr, "run %d/%d: %.3f s\n", k + 1, o.repeat, last.seconds);
    }

    const char *verify = "not run";
    int verify_failed = 0;
    if (status == 0 && o.verify && o.threads > 1) {
        run_result one;
        if (!last.merged) {
            verify = "skipped (no merge)";
        } else if (run_once(&cp, x, 1, &one) != 0) {
            status = 1;
        } else {
            int same = one.json.len == last.json.len &&
                       memcmp(one.json.ptr, last.json.ptr, one.json.len) == 0;
            verify = same ? "identical" : "DIFFERENT";
            verify_failed = !same;
            relmap_buf_dispose(&one.json);
        }
    }

    if (status == 0) {
        double med = median(times, o.repeat);
        double med_extract = median(t_extract, o.repeat);
        double med_merge = median(t_merge, o.repeat);
        double med_export = median(t_export, o.repeat);
        double rss = peak_rss_mb();
#ifdef RELMAP_BENCH_HAVE_MERGE
        const char *merge = o.threads > 1 ? "relmap_graph_merge" : "not needed";
#else
        const char *merge = o.threads > 1 ? "unavailable (per-thread graphs not merged)"
                                          : "not needed";
#endif
        if (o.json) {
            printf("{\"corpus_mb\":%.3f,\"documents\":%zu,\"sentences\":%zu,"
                   "\"relation_sentences\":%zu,\"seed\":%llu,\"threads\":%d,"
                   "\"repeat\":%d,\"median_s\":%.6f,\"min_s\":%.6f,\"max_s\":%.6f,"
                   "\"mb_per_s\":%.3f,\"sentences_per_s\":%.1f,\"documents_per_s\":%.1f,"
                   "\"extract_median_s\":%.6f,\"merge_median_s\":%.6f,"
                   "\"export_median_s\":%.6f,\"events\":%zu,",
                   mb, cp.n_docs, cp.sentences, cp.relation_sentences,
                   (unsigned long long)o.seed, o.threads, o.repeat, med,
                   times[0], times[o.repeat - 1], mb / med,
                   (double)cp.sentences / med, (double)cp.n_docs / med,
                   med_extract, med_merge, med_export, last.events);
            if (last.merged)
                printf("\"nodes\":%zu,\"edges\":%zu,", last.nodes, last.edges);
            else
                printf("\"nodes\":null,\"edges\":null,\"per_thread_nodes_sum\":%zu,"
                       "\"per_thread_edges_sum\":%zu,", last.nodes, last.edges);
            printf("\"merged\":%s,\"json_bytes\":%zu,\"verify\":\"%s\","
                   "\"generate_s\":%.3f,\"rss_after_corpus_mb\":%.1f,"
                   "\"peak_rss_before_export_mb\":%.1f,"
                   "\"peak_rss_mb\":%.1f,\"relmap_version\":\"%s\"}\n",
                   last.merged ? "true" : "false", last.json_bytes, verify, gen_s,
                   rss_corpus, first_rss_before_export, rss, relmap_version());
        } else {
            printf("relmap %s benchmark (seed %llu)\n", relmap_version(),
                   (unsigned long long)o.seed);
            printf("corpus:          %.2f MB, %zu documents, %zu sentences "
                   "(%zu from relation templates; counted by the generator)\n",
                   mb, cp.n_docs, cp.sentences, cp.relation_sentences);
            printf("generated in:    %.2f s (not timed)\n", gen_s);
            printf("threads:         %d (merge: %s)\n", o.threads, merge);
            printf("runs:            %d, median %.3f s (min %.3f, max %.3f)\n",
                   o.repeat, med, times[0], times[o.repeat - 1]);
            printf("throughput:      %.2f MB/s, %.0f sentences/s, %.0f documents/s\n",
                   mb / med, (double)cp.sentences / med, (double)cp.n_docs / med);
            printf("phases (median): extract+add %.3f s, merge %.3f s, export %.3f s\n",
                   med_extract, med_merge, med_export);
            printf("events:          %zu extracted\n", last.events);
            if (last.merged)
                printf("graph:           %zu nodes, %zu edges, JSON %zu bytes\n",
                       last.nodes, last.edges, last.json_bytes);
            else
                printf("graph:           not merged; per-thread sums %zu nodes, "
                       "%zu edges, JSON %zu bytes\n",
                       last.nodes, last.edges, last.json_bytes);
            if (o.verify)
                printf("verify:          %s\n", verify);
            printf("peak RSS:        %.1f MB (%.1f MB after generating the corpus, "
                   "%.1f MB before the first export)\n",
                   rss, rss_corpus, first_rss_before_export);
        }
    }
    if (verify_failed) {
        fputs("relmap_bench: the merged multi-thread graph differs from the "
              "single-thread graph\n", stderr);
        status = 1;
    }

    relmap_buf_dispose(&last.json);
    free(times);
    relmap_extractor_free(x);
    relmap_lexicon_free(lx);
    relmap_gazetteer_free(gz);
    corpus_free(&cp);
    return status;
}
