#!/usr/bin/env python3
"""Writes a hard-wrapped copy of a gold tokens/sentences file, to score the sentence splitter on
text broken into lines of about WIDTH columns (as news agency texts and e-mails are).

Usage (from the project root):
  python3 Benchmarks/tokenizer/wrap_gold.py ../shared/corpora/ud_german_pud/dev.jsonl 72 .build/pud-w72.jsonl
  python3 ../shared/tools/score_tokens.py .build/pud-w72.jsonl

Every text is filled to WIDTH columns (Python's textwrap, never breaking a word or at a hyphen);
each line end replaces exactly one space, so every gold offset stays valid.
"""
import json
import sys
import textwrap


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    source, width, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(source, encoding="utf-8") as lines, open(target, "w", encoding="utf-8") as out:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            text = record["text"]
            wrapped = textwrap.fill(text, width, break_long_words=False, break_on_hyphens=False,
                                    replace_whitespace=False, drop_whitespace=True)
            if len(wrapped) != len(text) or any(a != b and not (a == "\n" and b == " ") for a, b in zip(wrapped, text)):
                sys.exit(f"{source}:{number}: record {record.get('id')} cannot be wrapped without moving offsets")
            record["text"] = wrapped
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
