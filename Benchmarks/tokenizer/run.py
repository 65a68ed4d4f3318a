#!/usr/bin/env python3
"""Tokenizer + sentence splitter speed: Treffpunkt, a bare loop over ICU's break iterators,
PyICU and spaCy's blank German pipeline with its sentencizer, on the same text in one run.

Usage (from the project root, after `swift build -c release`):
  python3 Benchmarks/tokenizer/run.py [--mb 50] [--runs 4] [--peer-runs 2] [--no-peers] [--no-scaling]

Inputs come from ../shared/tools/bench/make_corpus.py (made into .build/bench/ when missing).
Peers run from the virtual environment .build/venv (python3 -m venv .build/venv;
.build/venv/bin/pip install spacy PyICU). Every figure is the best of its runs, timed in the
CPU time of the one thread doing the work, so that other processes on the machine add no noise.
Prints a Markdown report; the last line is a JSON summary.
"""
import argparse
import json
import os
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BENCH = os.path.join(ROOT, ".build", "release", "treffpunkt-bench")
CORPUS_DIR = os.path.join(ROOT, ".build", "bench")
MAKE_CORPUS = os.path.join(ROOT, "..", "shared", "tools", "bench", "make_corpus.py")
VENV_PYTHON = os.path.join(ROOT, ".build", "venv", "bin", "python")

PEER_SCRIPT = r'''
import json, sys, time
path, which, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
texts = [json.loads(l)["text"] for l in open(path, encoding="utf-8") if l.strip()]
mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
best, tokens, sentences = float("inf"), 0, 0
if which == "pyicu":
    import icu
    words = icu.BreakIterator.createWordInstance(icu.Locale("de"))
    sents = icu.BreakIterator.createSentenceInstance(icu.Locale("de"))
    for _ in range(runs):
        t0 = time.thread_time()
        count = 0
        for t in texts:
            u = icu.UnicodeString(t)
            words.setText(u)
            count += sum(1 for _ in words)
            sents.setText(u)
            sentences_here = sum(1 for _ in sents)
            count += sentences_here
        best = min(best, time.thread_time() - t0)
        tokens = count
    version = icu.ICU_VERSION
else:
    import spacy
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    for _ in range(runs):
        t0 = time.thread_time()
        tok = sen = 0
        for doc in nlp.pipe(texts, batch_size=256):
            tok += len(doc)
            sen += sum(1 for _ in doc.sents)
        best = min(best, time.thread_time() - t0)
        tokens, sentences = tok, sen
    version = spacy.__version__
print(json.dumps({"megabytes": mb, "seconds": best, "units": tokens, "sentences": sentences, "version": version}))
'''


def corpus(mb):
    jsonl = os.path.join(CORPUS_DIR, f"corpus_{mb}mb.jsonl")
    if not os.path.exists(jsonl):
        subprocess.run([sys.executable, MAKE_CORPUS, "--mb", str(mb), "--outdir", CORPUS_DIR], check=True)
    return jsonl


def bench(*args):
    out = subprocess.run([BENCH, "tokenize", *args], check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def peer(which, path, runs):
    out = subprocess.run([VENV_PYTHON, "-c", PEER_SCRIPT, path, which, str(runs)], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=50)
    ap.add_argument("--runs", type=int, default=4)
    ap.add_argument("--peer-runs", type=int, default=2)
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--no-scaling", action="store_true")
    args = ap.parse_args()
    if not os.path.exists(BENCH):
        sys.exit("build first: swift build -c release")
    path = corpus(args.mb)
    summary = {}

    own = bench("--input", path, "--runs", str(args.runs))
    summary["treffpunkt"] = own
    print(f"## Tokens and sentences, {own['megabytes']:.1f} MB ({own['documents']} documents), one thread\n")
    print("| system | MB/s | tokens/ms | note |")
    print("|---|---:|---:|---|")
    print(f"| Treffpunkt tokenizer + sentence splitter | {own['treffpunkt_mb_per_s']:.1f} | {own['tokens_per_ms']:.0f} | "
          f"{own['tokens']} tokens, {own['sentences']} sentences |")
    print(f"| bare C loop, ICU {own['icu_version']} word + sentence iterators | {own['icu_mb_per_s']:.1f} | – | "
          f"words only {own['icu_words_only_mb_per_s']:.1f} MB/s |")
    print(f"| Treffpunkt tokenizer alone | {own['tokenizer_only_mb_per_s']:.1f} | – | |")

    if not args.no_peers:
        if os.path.exists(VENV_PYTHON):
            for which, label in (("pyicu", "PyICU word + sentence iterators"),
                                 ("spacy", "spaCy blank('de') tokenizer + sentencizer")):
                try:
                    r = peer(which, path, args.peer_runs)
                except subprocess.CalledProcessError as e:
                    print(f"| {label} | failed: {e.stderr.strip()[-200:]} | | |")
                    continue
                summary[which] = r
                per_ms = r["units"] / (r["seconds"] * 1000)
                unit = "boundaries/ms" if which == "pyicu" else "tokens/ms"
                print(f"| {label} ({r['version']}) | {r['megabytes'] / r['seconds']:.1f} | {per_ms:.0f} | {unit} |")
        else:
            print("| peers | skipped: no .build/venv (pip install spacy PyICU) | | |")
    print(f"\nThroughput ratio Treffpunkt / bare ICU loop: **{own['throughput_ratio_to_icu']:.3f}**\n")

    if not args.no_scaling:
        print("## Growth with input size (one document, tokenizer + splitter, one run each)\n")
        print("| input | MB | seconds | MB/s | max RSS MB |")
        print("|---|---:|---:|---:|---:|")
        rows = []
        for mb in (1, 10, 50):
            txt = corpus(mb).replace(".jsonl", ".txt")
            r = bench("--text", txt, "--one-line", "--only", "treffpunkt", "--runs", "1")
            rows.append((f"corpus_{mb}mb.txt as one line", r))
        for n in (100_000, 1_000_000, 10_000_000):
            r = bench("--word-length", str(n), "--only", "treffpunkt", "--runs", "1")
            rows.append((f"one word of {n:,} letters", r))
        for label, r in rows:
            print(f"| {label} | {r['megabytes']:.1f} | {r['treffpunkt_seconds']:.3f} | {r['treffpunkt_mb_per_s']:.1f} | "
                  f"{r['max_rss_mb']:.0f} |")
        summary["scaling"] = [{"input": label, **r} for label, r in rows]
    print()
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
