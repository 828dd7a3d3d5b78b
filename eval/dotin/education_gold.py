#!/usr/bin/env python3
"""Education and contact gold for the dotin TRAINING part, derived from its hand-labelled spans.

Usage: eval/dotin/education_gold.py OUT_DIR [--dev]

Writes OUT_DIR/cv_NNN.gold.json for every training-part CV (number not a multiple of five; with --dev
only the dev fold, numbers = 1 mod 5): the corpus gold (roles, skills) plus, in score_extra.py's format,
candidate {name: the first "Name" span, emails: the distinct "Email Address" spans} and education
[{institution, degree}]: each "Degree" span paired with the nearest unpaired "College Name" span within
400 characters (one after it preferred: a name before counts 1.5 times its distance), then every
unpaired college with degree null; an entry labelled twice (the same words) is kept once. Held-out CVs
(multiples of five) are never read. Score with:

    ./vitae eval --gold OUT_DIR --docs ../shared/corpora/dotin-train/docs --worst 0

The labels are incomplete (certifications are sometimes labelled "Degree", schools often not labelled at
all): read recall, and precision as a lower bound.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "corpora", "dotin-train"))


def clean(s):
    return " ".join(s.replace("\\n", " ").split()).strip(" ,;-–")


def key(s):
    return re.sub(r"[^a-z0-9]", "", (s or "").lower())


def education(spans):
    degrees = [s for s in spans if s["type"] == "Degree"]
    colleges = [s for s in spans if s["type"] == "College Name"]
    used, out = set(), []
    for d in degrees:
        best = None
        for i, c in enumerate(colleges):
            if i in used:
                continue
            dist = c["start"] - d["end"] if c["start"] >= d["end"] else (d["start"] - c["end"]) * 1.5
            dist = max(dist, 0)
            if dist <= 400 and (best is None or dist < best[0]):
                best = (dist, i)
        inst = None
        if best:
            used.add(best[1])
            inst = clean(colleges[best[1]]["text"])
        out.append({"institution": inst, "degree": clean(d["text"])})
    out += [{"institution": clean(c["text"]), "degree": None} for i, c in enumerate(colleges) if i not in used]
    seen, kept = set(), []
    for e in out:
        k = (key(e["institution"]), key(e["degree"]))
        if k not in seen:
            seen.add(k)
            kept.append(e)
    return kept


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):  # no OUT_DIR, or -h/--help: say how, never write into a folder named "--help"
        print(__doc__.strip(), file=sys.stderr if args and args[0] not in ("-h", "--help") else sys.stdout)
        sys.exit(0 if args and args[0] in ("-h", "--help") else 2)
    out_dir, dev = args[0], "--dev" in args[1:]
    os.makedirs(out_dir, exist_ok=True)
    written = 0
    for name in sorted(os.listdir(os.path.join(CORPUS, "spans"))):
        num = int(re.search(r"\d+", name).group())
        if num % 5 == 0 or (dev and num % 5 != 1):
            continue  # the held-out part is never read
        with open(os.path.join(CORPUS, "spans", name), encoding="utf-8") as f:
            spans = sorted(json.load(f), key=lambda s: s["start"])
        with open(os.path.join(CORPUS, "gold", f"cv_{num:03d}.gold.json"), encoding="utf-8") as f:
            gold = json.load(f)
        names = [clean(s["text"]) for s in spans if s["type"] == "Name"]
        emails = []
        for s in spans:
            e = clean(s["text"]) if s["type"] == "Email Address" else ""
            if e and e.lower() not in (x.lower() for x in emails):
                emails.append(e)
        gold["candidate"] = {"name": names[0] if names else None, "emails": emails}
        gold["education"] = education(spans)
        with open(os.path.join(out_dir, f"cv_{num:03d}.gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=1, ensure_ascii=False)
        written += 1
    print(f"{written} gold files written to {out_dir}")


if __name__ == "__main__":
    main()
