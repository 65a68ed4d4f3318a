#!/usr/bin/env python3
"""Temporal expressions: Treffpunkt's tagger next to dateparser (a PyPI date finder with German).

Speed: both tag the same documents of a JSON Lines corpus on one thread; Treffpunkt's time is the
thread CPU time of `treffpunkt-bench time`, dateparser's the process CPU time of `search_dates`.
Accuracy: the rows of Tests/TreffpunktTests/Time/expressions.tsv whose value is a full day
(YYYY-MM-DD) and that have a publication date; a row counts for dateparser when one of the dates it
finds in the sentence, with the publication date as its base, is that day.

Usage (from the checkout, after `python3 -m venv .build/venv && .build/venv/bin/pip install dateparser`
and `swift build -c release --product treffpunkt-bench`):
    .build/venv/bin/python Benchmarks/time_peer.py .build/bench/corpus_10mb.jsonl --docs 300
"""
import argparse, datetime, json, re, subprocess, sys, time

import dateparser
from dateparser.search import search_dates


def peer_speed(path, docs):
    texts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line)["text"])
            if len(texts) == docs:
                break
    size = sum(len(t.encode()) for t in texts) / 1e6
    search_dates("Am Mittwoch traf er ihn.", languages=["de"])  # load the language data first
    start = time.process_time()
    found = 0
    for t in texts:
        found += len(search_dates(t, languages=["de"]) or [])
    seconds = time.process_time() - start
    return len(texts), size, found, seconds


def peer_accuracy(table):
    rows = ok = 0
    for line in open(table, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        date, text, expression, value = line.rstrip("\n").split("\t")
        if date == "-" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            continue
        rows += 1
        base = datetime.datetime.fromisoformat(date)
        found = search_dates(text, languages=["de"], settings={"RELATIVE_BASE": base}) or []
        if any(d.date().isoformat() == value for _, d in found):
            ok += 1
    return rows, ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--table", default="Tests/TreffpunktTests/Time/expressions.tsv")
    a = ap.parse_args()
    head = f".build/bench/time_peer_{a.docs}.jsonl"
    with open(a.corpus, encoding="utf-8") as f, open(head, "w", encoding="utf-8") as out:
        for i, line in enumerate(f):
            if i == a.docs:
                break
            out.write(line)
    ours = subprocess.run([".build/release/treffpunkt-bench", "time", head, "--runs", "3"],
                          capture_output=True, text=True, check=True).stdout.strip()
    print("treffpunkt", ours)
    n, size, found, seconds = peer_speed(head, a.docs)
    print(f"dateparser {dateparser.__version__} search_dates: {n} docs, {size:.2f} MB, {found} dates, "
          f"CPU {seconds:.3f} s = {size / seconds:.3f} MB/s")
    rows, ok = peer_accuracy(a.table)
    print(f"dateparser on the table's {rows} dated day rows: {ok} right ({100 * ok / rows:.1f} %)")


if __name__ == "__main__":
    sys.exit(main())
