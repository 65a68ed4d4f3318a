#!/usr/bin/env python3
"""Gazetteer scale: Treffpunkt next to pyahocorasick and spaCy on the same text, one core.

  python3 ../shared/tools/bench/make_gazetteer.py --n 100 10000 100000 1000000 --outdir .build/bench
  python3 ../shared/tools/bench/make_corpus.py --mb 10 --outdir .build/bench
  swift build -c release
  .build/venv/bin/python Benchmarks/gazetteer/run.py [--sizes 100 10k 100k 1m] [--spacy-max 100k]

For each gazetteer size: Treffpunkt's compile time (sources to compiled form), load time from the
cache, memory per entry (compiled arrays, and resident memory of a fresh process loading from the
cache), and matching throughput over the corpus (after tokenization, like the peers' figures count
only matching) next to the built-in gazetteers alone; pyahocorasick's build time, memory and
throughput (word-bounded matches over the same text); spaCy's (blank German + sentencizer +
EntityRuler) build time and throughput over the first --spacy-mb megabytes. Prints a Markdown table.

All times are CPU seconds of the measuring thread (Treffpunkt: CLOCK_THREAD_CPUTIME_ID; Python:
time.thread_time), so that other work on a shared machine does not distort the comparison.
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BENCH = os.path.join(ROOT, ".build", "bench")
BIN = os.path.join(ROOT, ".build", "release", "treffpunkt-bench")
SIZES = {"100": 100, "10k": 10_000, "100k": 100_000, "1m": 1_000_000}


def rss_bytes():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def corpus_texts(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def treffpunkt(size, corpus, repeats):
    gaz = os.path.join(BENCH, f"gaz_{size}.tsv")
    env = dict(os.environ, TREFFPUNKT_CACHE=os.path.join(BENCH, "cache"))
    run = lambda *args: json.loads(subprocess.run([BIN, "gazetteer", "--gazetteer", gaz, "--data", os.path.join(ROOT, "Gazetteers"), *args],
                                                  env=env, check=True, capture_output=True, text=True).stdout)
    result = run("--corpus", corpus, "--repeats", str(repeats))
    result.update({k: v for k, v in run("--load-only").items() if k in ("rss_bytes_per_entry",)})
    return result


def load_names(size):
    with open(os.path.join(BENCH, f"gaz_{size}.tsv"), encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]


def ahocorasick_run(size, texts, repeats):
    import ahocorasick
    rows = load_names(size)
    before = rss_bytes()
    t = time.thread_time()
    a = ahocorasick.Automaton()
    for eid, label, name in rows:
        a.add_word(name, (eid, label, len(name)))
    a.make_automaton()
    build = time.thread_time() - t
    memory = (rss_bytes() - before) / len(rows)
    nbytes = sum(len(x.encode("utf-8")) for x in texts)
    best = float("inf")
    for _ in range(repeats):
        t = time.thread_time()
        found = 0
        for text in texts:
            n = len(text)
            for end, (eid, label, length) in a.iter(text):
                start = end - length + 1
                if (start == 0 or not text[start - 1].isalnum()) and (end + 1 == n or not text[end + 1].isalnum()):
                    found += 1
        best = min(best, time.thread_time() - t)
    return {"build_s": build, "bytes_per_entry": memory, "mbps": nbytes / 1e6 / best, "matches": found}


def spacy_run(size, texts, mb):
    import spacy
    rows = load_names(size)
    budget = mb * 1e6
    chosen, used = [], 0
    for text in texts:
        if used >= budget:
            break
        chosen.append(text)
        used += len(text.encode("utf-8"))
    before = rss_bytes()
    t = time.thread_time()
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": label, "pattern": name, "id": eid} for eid, label, name in rows])
    build = time.thread_time() - t
    memory = (rss_bytes() - before) / len(rows)
    t = time.thread_time()
    found = sum(len(doc.ents) for doc in nlp.pipe(chosen))
    seconds = time.thread_time() - t
    return {"build_s": build, "bytes_per_entry": memory, "mbps": used / 1e6 / seconds, "matches": found, "mb": used / 1e6}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", nargs="+", default=["100", "10k", "100k", "1m"])
    ap.add_argument("--corpus", default=os.path.join(BENCH, "corpus_10mb.jsonl"))
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--spacy-max", default="100k", help="largest size spaCy is run on (1m needs ~8 GB and minutes)")
    ap.add_argument("--spacy-mb", type=float, default=1.0, help="megabytes of the corpus spaCy processes")
    args = ap.parse_args()
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    texts = corpus_texts(args.corpus)
    rows = []
    for size in args.sizes:
        tp = treffpunkt(size, args.corpus, args.repeats)
        print(f"treffpunkt {size}: {json.dumps(tp)}", file=sys.stderr)
        try:
            ac = ahocorasick_run(size, texts, args.repeats)
        except ImportError:
            ac = None
        print(f"pyahocorasick {size}: {ac}", file=sys.stderr)
        sp = None
        if SIZES[size] <= SIZES[args.spacy_max]:
            try:
                sp = spacy_run(size, texts, args.spacy_mb)
            except ImportError:
                pass
        print(f"spacy {size}: {sp}", file=sys.stderr)
        rows.append((size, tp, ac, sp))
    print("| entries | Treffpunkt compile s | load s (cache) | bytes/entry (arrays / RSS) | match MB/s (built-in alone) "
          "| pyahocorasick build s / bytes/entry / MB/s | spaCy build s / MB/s |")
    print("|---|---|---|---|---|---|---|")
    for size, tp, ac, sp in rows:
        acs = f"{ac['build_s']:.2f} / {ac['bytes_per_entry']:.0f} / {ac['mbps']:.1f}" if ac else "n/a"
        sps = f"{sp['build_s']:.1f} / {sp['mbps']:.2f}" if sp else "not run"
        print(f"| {size} | {tp['compile_s']:.2f} | {tp['load_s']:.3f} | {tp['array_bytes_per_entry']:.0f} / {tp.get('rss_bytes_per_entry', 0):.0f} "
              f"| {tp['match_mbps']:.1f} ({tp['builtin_match_mbps']:.1f}) | {acs} | {sps} |")


if __name__ == "__main__":
    main()
