#!/usr/bin/env python3
"""Speed of `treffpunkt extract` next to spaCy on the same text, in one run.

  python3 Benchmarks/extract/run.py [--mb 50] [--repeats 3]

Needs: `swift build -c release` (treffpunkt-bench), spaCy in .build/venv
(`python3 -m venv .build/venv && .build/venv/bin/pip install spacy`), and the corpus from
`python3 ../shared/tools/bench/make_corpus.py --mb 50 --outdir .build/bench` (made when missing).

Treffpunkt: every stage (tokenizer, sentences, gazetteers, names, coreference, times, meetings)
and the contract JSON, one core, then all cores through the BatchRunner of `extract --jsonl`.
spaCy: `spacy.blank("de")` + sentencizer + an EntityRuler with 100 name patterns from the
benchmark's entity universe, one process, over the same texts. Prints MB/s of document text
(10^6 bytes of UTF-8) and the ratio.
"""
import argparse, json, os, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED_BENCH = os.path.join(ROOT, "..", "shared", "tools", "bench")


def corpus(mb):
    path = os.path.join(ROOT, ".build", "bench", f"corpus_{mb:g}mb.jsonl")
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(SHARED_BENCH, "make_corpus.py"), "--mb", str(mb),
                        "--outdir", os.path.join(ROOT, ".build", "bench")], check=True)
    return path


def treffpunkt(path, threads, repeats):
    exe = os.path.join(ROOT, ".build", "release", "treffpunkt-bench")
    out = subprocess.run([exe, "extract", "--input", path, "--threads", str(threads), "--repeats", str(repeats),
                          "--data", os.path.join(ROOT, "Gazetteers")], check=True, capture_output=True, text=True).stdout
    print("treffpunkt " + out.strip())
    return float(out.split(" MB/s")[0].rsplit(" ", 1)[1])


def spacy_run(path, repeats):
    python = os.path.join(ROOT, ".build", "venv", "bin", "python")
    code = r'''
import json, sys, time
sys.path.insert(0, sys.argv[2])
import spacy
from entities import first_n
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
nlp = spacy.blank("de")
nlp.add_pipe("sentencizer")
ruler = nlp.add_pipe("entity_ruler")
ruler.add_patterns([{"label": e[0], "pattern": e[1]} for e in first_n(100)])
best = 1e9
for _ in range(int(sys.argv[3])):
    t = time.perf_counter()
    n = sum(len(d.ents) for d in nlp.pipe(texts, batch_size=256))
    best = min(best, time.perf_counter() - t)
print(f"spacy {spacy.__version__} blank(de)+sentencizer+EntityRuler(100): {mb:.1f} MB, {best:.2f} s, {mb / best:.2f} MB/s, {n} entities")
'''
    out = subprocess.run([python, "-c", code, path, SHARED_BENCH, str(repeats)], check=True, capture_output=True, text=True).stdout
    print(out.strip())
    return float(out.split(" MB/s")[0].rsplit(" ", 1)[1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--repeats", type=int, default=1)
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    args = ap.parse_args()
    path = corpus(args.mb)
    one = treffpunkt(path, 1, args.repeats)
    many = treffpunkt(path, args.threads, args.repeats)
    peer = spacy_run(path, args.repeats)
    print(f"one core: treffpunkt {one:.1f} MB/s = {one / peer:.1f} x spaCy ({peer:.2f} MB/s); "
          f"{args.threads} threads: {many:.1f} MB/s")


if __name__ == "__main__":
    main()
