#!/usr/bin/env python3
"""Does copy finding survive the edits real republishers make? Per half of the fixed split.

    python scripts/eval_copy_robustness.py [--data ../shared/data] [--only NAME] [--compare]
                                           [--ntrex LANGS] [--compare-ntrex]

Takes one article per labelled story family of the copy corpora (census, spotify,
helsinki; the family's fullest text, read in place), makes a copy of it with one
deterministic (seeded) edit of the kind syndication makes — typography, whitespace,
casing, trimming, light rewriting, inserted page furniture, reordering, a new headline,
spelling, number style, an unrelated sidebar — and runs `tracer.dedup` (the library call
behind `tracer dedup`) over all originals plus all their copies at once. For each edit it
prints, per half (`scripts/_split.half(family id)`: 0 = tune, 1 = held back):

* det   — share of originals whose copy lands in their cluster;
* sim / cont — mean similarity / containment of the verified original–copy match (0 when
  none), as `dedup` reports them;
* raw   — mean exact shingle containment of the shorter side (what the verifier sees,
  matched or not), to show how near a miss was;
* false — pairs of articles of different families put into one cluster (the `none` row
  is the baseline: families of these corpora that already share text).

With `--compare` it also scores every original–copy pair with `tracer.compare` (the
pairwise same-story scorer) and an unrelated pair per original: share judged the same
story, and mean score. `--ntrex hi,ar` takes its originals from the NTREX translations in
those languages instead; `--compare-ntrex` scores the NTREX pairs with `tracer compare`
after each edit of their English side. Exits 0 with a note when the data is absent.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import html
import itertools
import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _split import half  # noqa: E402

CORPORA = ("census", "spotify", "helsinki")
MIN_WORDS = 60  # an original shorter than this is too short to trim and edit meaningfully

Doc = dict[str, object]  # {"id", "family", "paras": [str], "half"}


# -- the edits ---------------------------------------------------------------------------
def _paras(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


def _words(p: str) -> int:
    return len(re.findall(r"\w+", p))


def _body_start(paras: list[str]) -> int:
    """Index of the first paragraph that reads as body text (not a headline or a date line)."""
    for k, p in enumerate(paras):
        if _words(p) >= 20:
            return k
    return 0


def t_quotes(ps: list[str], r: random.Random) -> list[str]:
    """Curly quotes and apostrophes become straight, straight ones curly."""
    def one(p: str) -> str:
        if any(c in p for c in "’‘“”"):
            return p.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'}))
        p = re.sub(r"(?<=\w)'(?=\w)", "’", p)
        p = re.sub(r'"(?=\w)', "“", p)
        return re.sub(r'(?<=[\w.,!?])"', "”", p)
    return [one(p) for p in ps]


def t_dashes(ps: list[str], r: random.Random) -> list[str]:
    def one(p: str) -> str:
        p = re.sub(r" [—–] ", " -- ", p) if "—" in p or "–" in p else p.replace(" - ", " — ")
        return re.sub(r"(?<=\d)-(?=\d)", "–", p)
    return [one(p) for p in ps]


def t_spaces(ps: list[str], r: random.Random) -> list[str]:
    """NBSP after short words and inside numbers, thin spaces around dashes."""
    def one(p: str) -> str:
        p = re.sub(r"\b(\w{1,3}) ", lambda m: m.group(1) + ("\u00a0" if r.random() < 0.5 else " "), p)
        p = re.sub(r" ([—–-]) ", "\u2009\\1\u2009", p)
        return re.sub(r"(?<=\d),(?=\d{3})", "\u202f", p)
    return [one(p) for p in ps]


def _inside_words(ps: list[str], r: random.Random, chars: str, share: float, min_len: int) -> list[str]:
    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        if len(w) < min_len or r.random() >= share:
            return w
        k = r.randrange(2, len(w) - 1)
        return w[:k] + r.choice(chars) + w[k:]
    return [re.sub(r"[^\W\d_]+", word, p) for p in ps]


def t_soft_hyphens(ps: list[str], r: random.Random) -> list[str]:
    return _inside_words(ps, r, "\u00ad", 0.4, 7)


def t_zero_width(ps: list[str], r: random.Random) -> list[str]:
    return _inside_words(ps, r, "\u200b\u200d\u2060\ufeff", 0.15, 4)


def t_nfd(ps: list[str], r: random.Random) -> list[str]:
    """Decomposed accents; the original gets a few accented words so the edit shows (see `ORIGINAL_EDITS`)."""
    return [unicodedata.normalize("NFD", p) for p in ps]


def t_entities(ps: list[str], r: random.Random) -> list[str]:
    """HTML entities left in the text: &amp; &quot; &#39; &#8217; &nbsp; &mdash;."""
    def one(p: str) -> str:
        p = html.escape(p, quote=False)
        p = p.replace('"', "&quot;").replace("’", "&#8217;").replace("—", "&mdash;")
        p = re.sub(r"(?<=\w)'(?=\w)", "&#39;", p)
        return re.sub(r"(?<=\b\w\w) ", lambda m: "&nbsp;" if r.random() < 0.2 else " ", p)
    return [one(p) for p in ps]


def t_ligatures(ps: list[str], r: random.Random) -> list[str]:
    return [p.replace("ffi", "ﬃ").replace("fi", "ﬁ").replace("fl", "ﬂ").replace("ff", "ﬀ") for p in ps]


def t_fullwidth_digits(ps: list[str], r: random.Random) -> list[str]:
    return [p.translate({ord(c): 0xFF10 + ord(c) - 48 for c in "0123456789"}) for p in ps]


def t_merge_paras(ps: list[str], r: random.Random) -> list[str]:
    return [" ".join(ps)]


def t_split_paras(ps: list[str], r: random.Random) -> list[str]:
    return [s for p in ps for s in re.split(r"(?<=[.!?\"”]) (?=[A-Z“\"])", p)]


def t_hash_joins(ps: list[str], r: random.Random) -> list[str]:
    """Paragraphs joined with ' ### ' in pairs (a scraper's separator left in)."""
    return [" ### ".join(ps[k:k + 2]) for k in range(0, len(ps), 2)]


def t_caps_headline(ps: list[str], r: random.Random) -> list[str]:
    b = _body_start(ps)
    out = [p.upper() for p in ps[:max(1, b)]] + ps[max(1, b):]
    m = re.match(r"^([^—–-]{2,40}?) ([—–-]) ", out[b]) if b < len(out) else None
    if m:  # an all-caps dateline too
        out[b] = m.group(1).upper() + out[b][len(m.group(1)):]
    return out


def _keep(share: float) -> Callable[[list[str], random.Random], list[str]]:
    """The copy keeps the paragraphs from the top that hold `share` of the words (cut from the bottom)."""
    def trim(ps: list[str], r: random.Random) -> list[str]:
        total, out, n = sum(map(_words, ps)), [], 0
        for p in ps:
            if n >= share * total:
                break
            out.append(p)
            n += _words(p)
        return out
    return trim


def t_replace_words(ps: list[str], r: random.Random) -> list[str]:
    """One word in ten replaced (a sub-editor's synonyms: a different word, same slot)."""
    vocab = ["said", "told", "major", "new", "key", "top", "local", "recent", "large", "official",
             "report", "plan", "week", "city", "group", "people", "state", "leader", "move", "deal"]

    def word(m: re.Match[str]) -> str:
        return r.choice(vocab) if r.random() < 0.1 else m.group(0)
    return [re.sub(r"[A-Za-z]+", word, p) for p in ps]


_SUBJ = ["Officials", "Residents", "Analysts", "Lawmakers", "Critics", "Supporters", "Observers", "Experts",
         "Investors", "Campaigners", "Diplomats", "Voters"]
_VERB = ["weighed in on", "reacted to", "questioned", "welcomed", "raised concerns about", "debated",
         "took stock of", "pushed back against", "cautiously praised", "kept a close eye on"]
_OBJ = ["the latest turn", "the decision", "the announcement", "the new findings", "the proposal",
        "the long-awaited move", "the surprise outcome", "the developments", "the reports", "the ruling"]
_WHEN = ["on Tuesday", "late on Friday", "this week", "over the weekend", "in recent days", "on Monday morning",
         "earlier this month", "after a long day"]


def _invented(r: random.Random) -> str:
    """A sentence of a rewriting editor's own words, different from one copy to the next."""
    return f"{r.choice(_SUBJ)} {r.choice(_VERB)} {r.choice(_OBJ)} {r.choice(_WHEN)}, {r.choice(_SUBJ).lower()} " \
           f"{r.choice(_VERB)} {r.choice(_OBJ)}."


def t_lead_rewrite(ps: list[str], r: random.Random) -> list[str]:
    b = _body_start(ps)
    out = list(ps)
    rest = re.split(r"(?<=[.!?]) ", out[b], maxsplit=1)
    out[b] = _invented(r) + (" " + rest[1] if len(rest) > 1 else "")
    return out


def t_drop_middle(ps: list[str], r: random.Random) -> list[str]:
    if len(ps) < 3:
        return ps
    k = len(ps) // 2
    return ps[:k] + ps[k + 1:]


FURNITURE = ["ADVERTISEMENT", "Advertisement", "Related: {h}", "READ MORE: {h}", "Share this article",
             "Share on Facebook Share on Twitter Email", "Story continues below advertisement",
             "Sign up for our daily newsletter", "RELATED COVERAGE", "Continue reading the main story"]


def t_furniture(ps: list[str], r: random.Random, others: list[str] = ()) -> list[str]:
    out = []
    for k, p in enumerate(ps):
        out.append(p)
        if k % 3 == 2:
            h = r.choice(others) if others else "Another story of the day"
            out.append(r.choice(FURNITURE).format(h=h[:90]))
    return out


_NAMES = ["Jordan", "Alex", "Sam", "Robin", "Kim", "Taylor", "Morgan", "Casey", "Jamie", "Riley"]
_LAST = ["Example", "Sample", "Placeholder", "Testwood", "Mockley", "Fakeham", "Dummer", "Proto"]
_BEATS = ["politics", "courts", "the economy", "foreign affairs", "city hall", "elections", "technology", "health"]


def t_notes(ps: list[str], r: random.Random) -> list[str]:
    """An editor's note on top and the writer's bio at the bottom (names and beats vary per copy)."""
    top = f"Editor's note: This story was updated {r.choice(_WHEN)} with {r.choice(_OBJ)[4:]} and {r.choice(['reaction', 'comment', 'details'])}."
    who = f"{r.choice(_NAMES)} {r.choice(_LAST)}"
    bio = (f"{who} covers {r.choice(_BEATS)} for the {r.choice(_LAST)} {r.choice(['Post', 'Herald', 'Times', 'Gazette'])}. "
           f"Reach {who.split()[0]} at {who.split()[0].lower()}@example.org.")
    return [top, *ps, bio]


def t_site_footer(ps: list[str], r: random.Random) -> list[str]:
    """The same outlet footer on every copy (one site's template on many stories)."""
    return [*ps, "This article is republished from The Example Review, an independent nonprofit news "
                 "organisation, under a Creative Commons licence. Support our journalism: become a member today "
                 "and help keep local reporting free for everyone in the region."]


def t_reorder(ps: list[str], r: random.Random) -> list[str]:
    """Body paragraphs swapped in pairs past the lead (an editor moving blocks)."""
    b = _body_start(ps)
    out = ps[:b + 1]
    rest = ps[b + 1:]
    for k in range(0, len(rest) - 1, 2):
        out += [rest[k + 1], rest[k]]
    if len(rest) % 2:
        out.append(rest[-1])
    return out


def t_headline_dateline(ps: list[str], r: random.Random) -> list[str]:
    b = _body_start(ps)
    body = list(ps[b:])
    place = r.choice(["EXAMPLETON", "SAMPLE CITY", "NORTH MOCKLEY", "FAKEHAM", "PORT PROTO"])
    body[0] = f"{place} ({r.choice(_LAST)} Wire) — " + re.sub(r"^[A-Z ,.]{3,40}\([^)]{1,30}\) ?[—–-] ?", "",
                                                              body[0])
    return [f"{r.choice(_SUBJ)} {r.choice(_VERB)} {r.choice(_OBJ)}", *body]


UK = {"color": "colour", "favor": "favour", "honor": "honour", "labor": "labour", "center": "centre",
      "theater": "theatre", "defense": "defence", "offense": "offence", "program": "programme",
      "traveled": "travelled", "traveling": "travelling", "canceled": "cancelled", "license": "licence",
      "gray": "grey", "percent": "per cent", "neighbor": "neighbour", "behavior": "behaviour",
      "analyze": "analyse", "catalog": "catalogue", "fulfill": "fulfil", "judgment": "judgement"}


def t_uk_spelling(ps: list[str], r: random.Random) -> list[str]:
    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        lw = w.lower()
        for us, uk in UK.items():
            if lw.startswith(us):
                rep = uk + lw[len(us):]
                return rep.capitalize() if w[0].isupper() else rep
        if re.search(r"[a-z]{3}iz(e|es|ed|ing|ation|ations)$", lw):
            return re.sub(r"iz(e|es|ed|ing|ation|ations)$", r"is\1", w)
        return w
    return [re.sub(r"[A-Za-z]+", word, p) for p in ps]


NUM_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
             "eight": "8", "nine": "9", "ten": "10"}


def t_numbers(ps: list[str], r: random.Random) -> list[str]:
    """'5 percent' ↔ '5%', '$3 million' → '$3m', 'two' → '2', '1,200' → '1200'."""
    def one(p: str) -> str:
        if "%" in p:
            p = re.sub(r"(\d)\s?%", r"\1 percent", p)
        else:
            p = re.sub(r"(\d) per ?cent\b", r"\1%", p)
        p = re.sub(r"\$(\d+(?:\.\d+)?) (million|billion)", lambda m: f"${m.group(1)}{m.group(2)[0]}", p)
        p = re.sub(r"(?<=\d),(?=\d{3}\b)", "", p)
        return re.sub(r"\b(one|two|three|four|five|six|seven|eight|nine|ten)\b", lambda m: NUM_WORDS[m.group(1)], p)
    return [one(p) for p in ps]


def t_sidebar(ps: list[str], r: random.Random, others: list[str] = ()) -> list[str]:
    """The copy on a page with a long sidebar of other stories' headlines and teasers."""
    side = ["MOST READ"] + [t[:300] for t in others]
    return ps[:2] + side + ps[2:] if r.random() < 0.5 else ps + side


EDITS: dict[str, Callable[..., list[str]]] = {
    "none": lambda ps, r: list(ps),
    "quotes": t_quotes, "dashes": t_dashes, "nbsp/thin": t_spaces, "soft-hyphen": t_soft_hyphens,
    "zero-width": t_zero_width, "nfd": t_nfd, "entities": t_entities, "ligatures": t_ligatures,
    "fullwidth-digits": t_fullwidth_digits, "merge-paras": t_merge_paras, "split-paras": t_split_paras,
    "###-joins": t_hash_joins, "caps-headline": t_caps_headline, "keep-70%": _keep(0.7), "keep-50%": _keep(0.5),
    "keep-30%": _keep(0.3), "replace-1/10": t_replace_words, "lead-rewrite": t_lead_rewrite,
    "drop-middle": t_drop_middle, "furniture": t_furniture, "notes+bio": t_notes, "reorder": t_reorder,
    "headline+dateline": t_headline_dateline, "uk-spelling": t_uk_spelling, "numbers": t_numbers,
    "site-footer": t_site_footer, "sidebar": t_sidebar,
    "keep-50%+typo": lambda ps, r: _keep(0.5)(t_entities(t_soft_hyphens(t_quotes(ps, r), r), r), r),
    "keep-30%+typo": lambda ps, r: _keep(0.3)(t_entities(t_soft_hyphens(t_quotes(ps, r), r), r), r),
}
NEEDS_OTHERS = {"furniture": 1, "sidebar": 10}


def _original_for(name: str, ps: list[str], r: random.Random) -> list[str]:
    """For `nfd`, the original's capitalised words (names) carry accents (English news has few),
    so the decomposed copy differs from it."""
    if name != "nfd":
        return ps
    acc = str.maketrans({"e": "é", "o": "ö", "a": "á", "u": "ü"})
    return [re.sub(r"\b[A-Z][a-z]{3,}\b", lambda m: m.group(0).translate(acc), p) for p in ps]


# -- data ----------------------------------------------------------------------------------
def originals(root: Path) -> list[Doc]:
    """The fullest text of every labelled family (at least `MIN_WORDS` words of story text)."""
    from tracer.fingerprint import story_text

    csv.field_size_limit(1 << 30)
    out: list[Doc] = []
    for name in CORPORA:
        gold = {g["id"]: g["cluster"] for g in map(json.loads, open(root / f"{name}_clusters.jsonl"))}
        best: dict[str, tuple[int, str, str]] = {}
        with open(root / f"{name}_articles.csv", newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                fam = gold.get(row["id"])
                text = "\n".join(p.strip() for p in (row.get("text") or "").split(" ### "))
                if fam is None:
                    continue
                n = _words(story_text(text))  # a page of captions only is no story to copy
                if n >= MIN_WORDS and (fam not in best or n > best[fam][0]):
                    best[fam] = (n, row["id"], text)
        for fam, (_n, aid, text) in sorted(best.items()):
            out.append({"id": f"{name}:{aid}", "family": f"{name}:{fam}", "half": half(fam), "paras": _paras(text)})
    return out


def ntrex_originals(root: Path, langs: set[str]) -> list[Doc]:
    """The fullest translated text of every NTREX source document in `langs` (one family
    per document and language; the split key is the source document, as for `ntrex`)."""
    best: dict[tuple[str, str], str] = {}
    for x in map(json.loads, open(root / "ntrex" / "pairs.jsonl", encoding="utf-8")):
        lang, doc, text = x.get("b_lang"), x.get("doc_b"), x.get("b") or ""
        if lang in langs and doc and len(text) > len(best.get((lang, doc), "")):
            best[lang, doc] = text
    return [{"id": f"{lang}:{doc}", "family": f"{lang}:{doc}", "half": half(doc), "paras": _paras(text)}
            for (lang, doc), text in sorted(best.items()) if len(text.split()) >= MIN_WORDS // 2]


def _rng(*parts: object) -> random.Random:
    return random.Random(int.from_bytes(hashlib.sha1("|".join(map(str, parts)).encode()).digest()[:8], "big"))


def make_copies(docs: list[Doc], name: str) -> tuple[list[dict[str, str]], list[tuple[str, str, int]]]:
    """Records (originals and their edited copies) and the (original, copy, half) pairs."""
    recs, pairs = [], []
    for k, d in enumerate(docs):
        r = _rng(name, d["id"])
        ps = _original_for(name, d["paras"], r)
        fn = EDITS[name]
        if name in NEEDS_OTHERS:
            picks = r.sample([j for j in range(len(docs)) if j != k], NEEDS_OTHERS[name])
            others = [_headline_and_lead(docs[j]["paras"]) for j in picks]
            cp = fn(ps, r, others)
        else:
            cp = fn(ps, r)
        recs.append({"id": d["id"], "text": "\n".join(ps)})
        recs.append({"id": d["id"] + "#copy", "text": "\n".join(cp)})
        pairs.append((d["id"], d["id"] + "#copy", d["half"]))
    return recs, pairs


def _headline_and_lead(ps: list[str]) -> str:
    b = _body_start(ps)
    return (ps[0] + ". " if b > 0 else "") + ps[b]


# -- measuring -----------------------------------------------------------------------------
def measure(docs: list[Doc], name: str, with_compare: bool) -> dict[str, object]:
    import tracer
    from tracer.fingerprint import fingerprint
    from tracer.match import pair_stats

    recs, pairs = make_copies(docs, name)
    res = tracer.dedup(recs)
    where = {m: c.id for c in res.clusters for m in c.members}
    fam = {d["id"]: d["family"] for d in docs}
    fam.update({d["id"] + "#copy": d["family"] for d in docs})
    by_pair = {frozenset((m.a, m.b)): m for m in res.matches}
    text = {x["id"]: x["text"] for x in recs}
    rows: dict[int, list[tuple[bool, float, float, float]]] = {0: [], 1: []}
    for a, b, h in pairs:
        m = by_pair.get(frozenset((a, b)))
        fa, fb = fingerprint(text[a]), fingerprint(text[b])
        raw = pair_stats(fa.shingles, fa.narration, fb.shingles, fb.narration).containment
        rows[h].append((where.get(a) == where.get(b) and a in where, m.similarity if m else 0.0,
                        m.containment if m else 0.0, raw))
    false = {0: 0, 1: 0}
    members: dict[str, list[str]] = {}
    for i, c in where.items():
        members.setdefault(c, []).append(i)
    fam_half = {d["family"]: d["half"] for d in docs}
    for ms in members.values():
        for x, y in itertools.combinations(ms, 2):
            if fam[x] != fam[y]:
                false[fam_half[fam[x]]] += 1
    out: dict[str, object] = {"rows": rows, "false": false}
    if with_compare:
        from tracer.compare import compare
        cmp: dict[int, list[tuple[bool, float, bool, float]]] = {0: [], 1: []}
        for k, (a, b, h) in enumerate(pairs):
            c = compare(text[a], text[b])
            u = pairs[(k + len(pairs) // 2) % len(pairs)][0]  # an unrelated original
            cu = compare(text[b], text[u])
            cmp[h].append((c.same_story, c.score, cu.same_story, cu.score))
        out["compare"] = cmp
    return out


def compare_ntrex(data: Path, names: list[str]) -> None:
    """`tracer compare` on the NTREX pairs (English against translations and other stories)
    with each edit made to the English side: AUC and same-story accuracy per half (split
    key: the source document)."""
    from tracer.compare import SAME_STORY, compare_pairs

    pairs = [json.loads(line) for line in open(data / "ntrex" / "pairs.jsonl", encoding="utf-8")]
    print("compare on ntrex, the edit made to side a (English): per half AUC / same_story accuracy")
    for name in names:
        if name in NEEDS_OTHERS:
            continue
        lines = [json.dumps({"id": x["id"], "a": "\n".join(EDITS[name](_paras(x["a"]), _rng(name, x["id"]))),
                             "b": x["b"], "a_lang": x.get("a_lang"), "b_lang": x.get("b_lang")}) for x in pairs]
        score = {o["id"]: o["score"] for o in compare_pairs(lines)}
        line = f"{name:18s}"
        for h in (0, 1):
            sel = [x for x in pairs if half(x.get("doc_a") or x["id"]) == h]
            pos = [score[x["id"]] for x in sel if x["label"] == 1]
            neg = [score[x["id"]] for x in sel if x["label"] == 0]
            auc = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg) / max(1, len(pos) * len(neg))
            acc = sum((score[x["id"]] >= SAME_STORY) == (x["label"] == 1) for x in sel) / max(1, len(sel))
            line += f" | half {h}: AUC {auc:.3f} acc {acc:.3f}"
        print(line, flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[1] / ".." / "shared" / "data"))
    ap.add_argument("--only", action="append", help="run only these edits")
    ap.add_argument("--compare", action="store_true", help="also score the pairs with tracer.compare")
    ap.add_argument("--ntrex", metavar="LANGS", help="originals: NTREX translations in these languages "
                    "(comma-separated, e.g. hi,ar,ru) instead of the English copy corpora")
    ap.add_argument("--compare-ntrex", action="store_true", help="only: tracer compare on the NTREX pairs with "
                    "each edit made to the English side")
    args = ap.parse_args()
    if args.compare_ntrex:
        if (Path(args.data) / "ntrex").is_dir():
            compare_ntrex(Path(args.data), args.only or list(EDITS))
        return 0
    root = Path(args.data) / "corpora"
    if not root.is_dir():
        print(f"no evaluation data at {root}: nothing to measure")
        return 0
    docs = ntrex_originals(Path(args.data), set(args.ntrex.split(","))) if args.ntrex else originals(root)
    n = {h: sum(1 for d in docs if d["half"] == h) for h in (0, 1)}
    print(f"{len(docs)} originals (half 0: {n[0]}, half 1: {n[1]}); det = copy in the original's cluster")
    head = f"{'edit':18s} | {'half 0: det  sim  cont  raw false':33s} | {'half 1: det  sim  cont  raw false':33s}"
    if args.compare:
        head += " | compare h0: same score unrel-same | h1: same score unrel-same"
    print(head)
    for name in args.only or EDITS:
        got = measure(docs, name, args.compare)
        line = f"{name:18s}"
        for h in (0, 1):
            rs = got["rows"][h]
            k = max(1, len(rs))
            line += (f" |        {sum(x[0] for x in rs) / k:4.2f} {sum(x[1] for x in rs) / k:4.2f}"
                     f" {sum(x[2] for x in rs) / k:5.2f} {sum(x[3] for x in rs) / k:4.2f} {got['false'][h]:5d}")
        if args.compare:
            for h in (0, 1):
                cs = got["compare"][h]
                k = max(1, len(cs))
                line += (f" | {'h' + str(h)}: {sum(x[0] for x in cs) / k:4.2f} {sum(x[1] for x in cs) / k:4.2f}"
                         f" {sum(x[2] for x in cs):3d}")
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
