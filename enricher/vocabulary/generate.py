#!/usr/bin/env python3
"""Regenerates skills-generated.tsv, the generated part of Vitae's skill vocabulary.

Usage (see README.md beside this file; generate.sh installs the pinned npm inputs first):
  generate.py --npm NODE_MODULES --corpus DOTIN_DIR --held-out HELD_OUT_TXT \
              --curated skills.tsv --rules curation.tsv --out skills-generated.tsv

Sources, merged by a folded key (lower case, letters, digits, '+' and '#' only):
  1. the dotin training part's "Tech Tools" span labels (held-out files skipped), version
     suffixes stripped ("Oracle 10g" -> "Oracle"), noisy labels dropped;
  2. GitHub Linguist's programming and markup languages (and single-token data formats);
  3. Simple Icons' product titles and their "aka" aliases (Devicon's slugs confirm which are
     developer technologies).
The curated file wins: a name it already spells is not repeated, and a generated spelling of a
curated skill is written under the curated canonical name. Single English words (word-list)
become ambiguous ('!': counted only in a skills section or a list), short acronyms also
case-sensitive ('='). The output is sorted, so the same inputs give the same file byte for byte.
"""
import argparse
import collections
import json
import os
import re
import sys

PINNED = {"linguist-languages": "9.5.0", "simple-icons": "16.37.0", "word-list": "4.1.0", "devicon": "2.17.0"}
SOURCE_RANK = {"dotin": 0, "linguist": 1, "simple-icons": 2}

# A version written after a name: "10g", "4.5", "v3", "2008 R2", "/98/NT 4.0/2000/XP", "4x", "SP1".
VERSION_TOKEN = r"(?:v(?:er(?:sion)?)?\.?\s?)?\d+(?:\.\d+)*(?:\.?x|[a-z]{1,2})?|XP|NT|Vista|ME|R2|SP\d|LTS|CS\d"
VERSION_TAIL = re.compile(r"^(?P<base>.*?[A-Za-z+#)])(?:(?:[\s\-/]+|(?<=[A-Za-z])(?=v?\d+(?:\.\d|[gicx]\b)))(?:" + VERSION_TOKEN + r"))+$",
                          re.IGNORECASE)
VENDORS = ("MS", "Microsoft", "Adobe", "Apache", "IBM", "Oracle", "HP", "Google", "Amazon", "AWS", "Mercury",
           "Rational", "Autodesk", "SAP")
VENDOR_PREFIX = re.compile(r"^(?:(?:" + "|".join(VENDORS) + r")[\s\-]+)+(?=\S)", re.IGNORECASE)


def key(s):
    return re.sub(r"[^0-9a-z+#]", "", s.lower())


def strip_version(label):
    m = VERSION_TAIL.match(label)
    return m.group("base").strip(" -/") if m else label


def read_rules(path):
    """curation.tsv: 'drop|NAME', 'ambiguous|NAME', 'exact|NAME' (case-sensitive), 'category|NAME|CAT'."""
    rules = collections.defaultdict(dict)
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("|")
        if f[0] not in ("drop", "ambiguous", "exact", "category") or len(f) < 2:
            sys.exit(f"{path}:{n}: unknown rule: {line}")
        rules[f[0]][key(f[1])] = f[2] if len(f) > 2 else True
    return rules


def read_curated(path):
    """Folded key of every curated canonical name and alias -> canonical name; the spellings
    (lower case) the curated file already matches."""
    out, spelled = {}, set()
    for line in open(path, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        canonical, _, aliases = line.rstrip("\n").split("|")
        for a in [x for x in aliases.split(";") if x] or [canonical]:
            out.setdefault(key(a.lstrip("!=")), canonical)
            spelled.add(a.lstrip("!=").lower())
        out.setdefault(key(canonical), canonical)
    return out, spelled


def check_versions(npm):
    for name, version in PINNED.items():
        with open(os.path.join(npm, name, "package.json"), encoding="utf-8") as f:
            got = json.load(f)["version"]
        if got != version:
            sys.exit(f"{name} is {got}; this recipe is pinned to {version} (see generate.sh)")


def dotin_labels(corpus, held_out, names):
    """Per folded key: written forms (document frequency) of Tech Tools labels, and how often the
    same text was labelled as some other entity type (a skill label that is usually a company,
    a soft skill or a job duty is noise)."""
    forms = collections.defaultdict(collections.Counter)
    other = collections.Counter()
    tech = collections.Counter()
    spans = os.path.join(corpus, "spans")
    for name in sorted(os.listdir(spans)):
        doc = name.split(".")[0]
        if doc in held_out:
            continue
        with open(os.path.join(spans, name), encoding="utf-8") as f:
            seen = set()
            for s in json.load(f):
                text = re.sub(r"\s+", " ", s["text"]).strip(" .,;:-•*")
                if s["type"] != "Tech Tools":
                    other[key(text)] += 1
                    continue
                tech[key(text)] += 1
                for form in label_forms(text, names):
                    if (key(form), form) not in seen:
                        seen.add((key(form), form))
                        forms[key(form)][form] += 1
    return forms, tech, other


def label_forms(text, names):
    """'Oracle Data Integrator (ODI)' -> the name and, when it is the initials, the acronym."""
    m = re.match(r"^(.*?)\s*\(\s*([^()]*)\s*\)$", text)
    out = []
    if m:
        outside, inside = m.group(1).strip(), m.group(2).strip()
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z][A-Za-z0-9]*", outside)).lower()
        out.append(outside)
        if inside and re.fullmatch(r"[A-Za-z0-9]+", inside) and inside.lower() == initials:
            out.append(inside)
        text = outside
    else:
        out.append(text)
    # a name with a number in it ("Route 53", "Log4j") keeps it; others lose their version
    return [f if f.lower() in names else strip_version(f) for f in out if f]


GENERIC_HEADS = {"testing", "tests", "test", "scripting", "scripts", "script", "tool", "tools", "framework",
                 "frameworks", "services", "service", "programming", "development", "design", "database",
                 "databases", "management", "analysis", "modeling", "modelling", "applications", "application",
                 "technologies", "technology", "skills", "software", "systems", "system", "platform", "concepts",
                 "environment", "language", "languages", "packages", "suite", "automation", "marketing",
                 "queries", "query", "apis", "api", "client", "programs", "projects", "knowledge", "coding",
                 "basics", "concepts", "databases", "scripts", "os"}


def plausible_name(form, words):
    """A tool's name, not a phrase: short, no sentence punctuation, not 'generic head' phrases."""
    if len(form) < 2 or len(form) > 40 or not re.search(r"[A-Za-z]", form):
        return False
    if re.search(r"[,;:!?\"]|\band\b|\bor\b|\s&\s", form, re.IGNORECASE):
        return False
    toks = form.split()
    if len(toks) > 4:
        return False
    if len(toks) > 1 and all(t.lower() in words for t in toks):
        if toks[-1].lower() in GENERIC_HEADS:
            return False
        if not all(t[0].isupper() or not t[0].isalpha() for t in toks):
            return False  # "batch scripting", "web services": a phrase, not a product
    return True


def linguist(npm):
    out = []
    data = os.path.join(npm, "linguist-languages", "data")
    for name in sorted(os.listdir(data)):
        if not name.endswith(".js"):
            continue
        src = open(os.path.join(data, name), encoding="utf-8").read()
        title = re.search(r"^  name: (['\"])(.*?)\1,$", src, re.M).group(2)
        kind = re.search(r"^  type: '(\w+)'", src, re.M).group(1)
        m = re.search(r"^  aliases: \[(.*?)\]", src, re.M | re.S)
        aliases = re.findall(r"(['\"])(.*?)\1", m.group(1)) if m else []
        if kind in ("programming", "markup") or (kind == "data" and " " not in title):
            out.append((title, "language" if kind != "data" else "format", [a for _, a in aliases]))
    return out


def simple_icons(npm):
    with open(os.path.join(npm, "simple-icons", "data", "simple-icons.json"), encoding="utf-8") as f:
        data = json.load(f)
    icons = data if isinstance(data, list) else data["icons"]
    return [(i["title"], "tool", (i.get("aliases") or {}).get("aka", [])) for i in icons]


def devicon(npm):
    """Devicon's technology slugs ("backbonejs", "teamcity"): confirmation that a brand is a
    developer technology, not a name source (slugs have no spaces or capitals)."""
    with open(os.path.join(npm, "devicon", "devicon.json"), encoding="utf-8") as f:
        return {key(n) for i in json.load(f) for n in [i["name"]] + i.get("altnames", [])}


def main():
    ap = argparse.ArgumentParser()
    for a in ("npm", "corpus", "held-out", "curated", "rules", "out"):
        ap.add_argument("--" + a, required=True)
    ap.add_argument("--without", default="", help="sources to leave out, e.g. simple-icons (for measuring)")
    ap.add_argument("--common-words", default="", help="also write the common-words list here (SkillListReader)")
    ap.add_argument("--without-dev-fold", action="store_true",
                    help="also leave out the dev fold (cv numbers = 1 mod 5), for an honest estimate on it")
    ap.add_argument("--without-fold", type=int, choices=(1, 2, 3, 4), default=None,
                    help="also leave out training fold K (cv numbers = K mod 5; 1 is the dev fold), for a "
                         "cross-validated estimate over the four training folds")
    a = ap.parse_args()
    check_versions(a.npm)
    words = set(open(os.path.join(a.npm, "word-list", "words.txt"), encoding="utf-8").read().split())
    rules = read_rules(a.rules)
    curated, spelled = read_curated(a.curated)
    held_out = {l.strip() for l in open(a.held_out, encoding="utf-8") if l.strip() and not l.startswith("#")}
    if a.without_dev_fold:
        held_out |= fold(a.corpus, 1)
    if a.without_fold:
        held_out |= fold(a.corpus, a.without_fold)

    # entries: key -> {"forms": Counter(written form -> weight), "category", "source", "official"}
    entries = {}

    def add(form, category, source, weight=1, official=False):
        k = key(form)
        if not k or k in rules["drop"]:
            return
        e = entries.setdefault(k, {"forms": collections.Counter(), "category": category, "source": source,
                                   "official": None})
        e["forms"][form] += weight
        e.setdefault("sources", set()).add(source)
        if SOURCE_RANK[source] < SOURCE_RANK[e["source"]]:
            e["source"], e["category"] = source, category
        if official and e["official"] is None:
            e["official"] = form

    langs = [] if "linguist" in a.without else linguist(a.npm)
    icons = [] if "simple-icons" in a.without else simple_icons(a.npm)
    names = spelled | {t.lower() for t, _, _ in langs + icons}
    official = {key(t) for t, _, _ in langs + icons}
    technologies = devicon(a.npm)
    forms, tech, other = dotin_labels(a.corpus, held_out, names)
    prefixed = collections.defaultdict(collections.Counter)
    for k, counter in sorted(forms.items()):
        if other[k] > tech[k]:
            continue  # more often a company, duty or soft skill than a tool
        for form, n in sorted(counter.items()):
            rest = VENDOR_PREFIX.sub("", form)
            if rest != form and (key(rest) in forms or key(rest) in curated or rest.lower() in names):
                # "MS Visio", "Adobe Photoshop": the matcher folds vendor prefixes itself; the
                # prefixed spelling may still be the usual name ("Oracle ADF")
                prefixed[key(rest)][form] += n
                form = rest
            bare = re.match(r"^(.*[A-Za-z]{3})\d{1,2}$", form)
            if bare and form.lower() not in names and (key(bare.group(1)) in forms or key(bare.group(1)) in curated):
                form = bare.group(1)  # "PHP5": the matcher folds an attached version too
            parts = re.split(r"\s*/\s*", form)
            if len(parts) > 1 and all(key(x) in forms or key(x) in curated for x in parts):
                continue  # "Java/J2EE": two skills, each found on its own
            head = form.rsplit(" ", 1)
            if len(head) == 2 and head[1].lower() in GENERIC_HEADS and (key(head[0]) in forms or key(head[0]) in curated):
                continue  # "SQL queries", "JUnit tests": a skill and a generic noun
            if " " not in form and form.lower() in words and sum(counter.values()) < 2 and key(form) not in official:
                continue  # a common word labelled a tool once, and no other source names it: noise
            if plausible_name(form, words):
                add(form, "tool", "dotin", n)

    for title, category, aliases in langs:
        add(title, category, "linguist", official=True)  # its aliases are file-type names ("rake", "inc")

    for title, category, aliases in icons:
        if other[key(title)] > tech[key(title)]:
            continue  # an employer, a place or a college in the training labels
        if not plausible_name(title, words):
            continue
        add(title, category, "simple-icons", official=True)
        for al in aliases:
            if key(title) in entries and key(al) != key(title) and plausible_name(al, words) and key(al) not in rules["drop"]:
                entries[key(title)].setdefault("extra", []).append(al)

    rows = collections.defaultdict(lambda: {"category": None, "aliases": []})
    taken = set(spelled)  # spellings (lower case) already matched
    for k in sorted(entries):
        e = entries[k]
        spellings = [f for f, _ in sorted(e["forms"].items(), key=lambda x: (-x[1], not has_mixed_case(x[0]), x[0]))]
        names = spellings + e.get("extra", [])
        if k in curated:
            canonical, category = curated[k], None
        else:
            canonical = spellings[0] if e["source"] == "dotin" else e["official"] or spellings[0]
            top = prefixed[k].most_common(1)
            if top and top[0][1] > e["forms"][spellings[0]]:
                canonical = top[0][0]  # "Oracle ADF" named so more often than "ADF"
            category = rules["category"].get(k, e["category"])
        for n in names:
            nk = key(n)
            if n.lower() in taken or (nk != k and (nk in entries or nk in curated)):
                continue  # already spelled, or the other spelling is an entry of its own
            taken.add(n.lower())
            rows[canonical]["category"] = rows[canonical]["category"] or category
            alias = flag(n, words, rules, e["sources"] | ({"devicon"} if k in technologies else set()))
            if alias:
                rows[canonical]["aliases"].append(alias)

    lines = []
    for canonical in sorted(rows, key=lambda c: (c.lower(), c)):
        r = rows[canonical]
        aliases = sorted(dict.fromkeys(r["aliases"]), key=lambda x: (x.lstrip("!=").lower(), x))
        if not aliases:
            continue
        lines.append(f"{canonical}|{r['category'] or '-'}|{';'.join(aliases)}")
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("# GENERATED by enricher/vocabulary/generate.py — do not edit; curate skills.tsv or\n"
                "# enricher/vocabulary/curation.tsv and regenerate (enricher/vocabulary/README.md).\n"
                "# Format as skills.tsv; category '-' means: the curated entry of that name decides.\n")
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} entries written to {a.out}", file=sys.stderr)
    if a.common_words:
        write_common_words(a.common_words, a.corpus, held_out, words)


def fold(corpus, k):
    """Training fold k: cv numbers that are k modulo 5 (fold 1 is the dev fold, as
    NameFinderTraining.inDevFold; 0 is the held-out part)."""
    out = set()
    for name in os.listdir(os.path.join(corpus, "docs")):
        digits = re.sub(r"\D", "", name.split(".")[0])
        if digits and int(digits) % 5 == k:
            out.add(name.split(".")[0])
    return out


def write_common_words(out, corpus, held_out, words):
    """English words (word-list) that at least two training documents write in lower case, as
    running text does: what a résumé uses as an ordinary word ("retail", "testing", "box"). An item
    of a skills list made only of such words is a phrase, not a product (SkillListReader); a
    product name is rarely written in lower case, so "Nexus" or "Octopus" stay out of the list."""
    docs = collections.Counter()
    for name in sorted(os.listdir(os.path.join(corpus, "docs"))):
        if name.split(".")[0] in held_out:
            continue
        with open(os.path.join(corpus, "docs", name), encoding="utf-8", errors="replace") as f:
            text = f.read()
        docs.update({w for w in re.findall(r"(?<![A-Za-z\\])[a-z]{2,}(?![A-Za-z])", text) if w in words})
    common = sorted(w for w, n in docs.items() if n >= 2)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# GENERATED by enricher/vocabulary/generate.py — do not edit (enricher/vocabulary/README.md).\n"
                "# English words the training documents write in lower case: ordinary words, not product names.\n")
        f.write("\n".join(common) + "\n")
    print(f"{len(common)} common words written to {out}", file=sys.stderr)


def has_mixed_case(s):
    return s != s.upper() and s != s.lower()


def flag(name, words, rules, sources):
    """The alias as written in the file: '!' when ambiguous, '=' when case-sensitive; None to leave
    it out. A single English word is a skill only when the training labels call it one ("Access",
    "Rally"), and then only with context; a Simple Icons brand no other source confirms is counted
    only with context too (many brands are employers or consumer products; Devicon's list of
    developer technologies confirms one); one- and two-letter
    names only from the labels, with context, as written."""
    k = key(name)
    from_labels = "dotin" in sources
    word = " " not in name and name.lower() in words
    if (word or len(k) <= 2) and not from_labels and k not in rules["ambiguous"]:
        return None
    if len(k) < 2:
        return None
    ambiguous = word or len(k) <= 2 or k in rules["ambiguous"] or sources == {"simple-icons"}
    letters = re.sub(r"[^A-Za-z]", "", name)
    exact = k in rules["exact"] or (len(k) <= 3 and letters.isupper())  # "SAS", "QC": only as written
    name = name.replace("|", "/").replace(";", ",")
    return ("!" if ambiguous else "") + ("=" if exact else "") + name


if __name__ == "__main__":
    main()
