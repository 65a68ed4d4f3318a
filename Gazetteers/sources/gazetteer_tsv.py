"""Shared helpers of the import scripts: reading the hand-written input files, making id slugs and
writing gazetteer lines in the format of Docs/gazetteers.md."""

import sys
import unicodedata

GERMAN_FOLDS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"}


def slug(name):
    """`Frankfurt am Main` -> `frankfurt-am-main`, `München` -> `muenchen` (German umlaut folding,
    other diacritics dropped, every run of other characters one hyphen)."""
    text = "".join(GERMAN_FOLDS.get(ch, ch) for ch in name)
    text = unicodedata.normalize("NFKD", text)
    out, hyphen = [], False
    for ch in text.lower():
        if unicodedata.combining(ch):
            continue
        if ("a" <= ch <= "z") or ("0" <= ch <= "9"):
            out.append(ch)
            hyphen = False
        elif not hyphen and out:
            out.append("-")
            hyphen = True
    return "".join(out).strip("-")


def ascii_fold(name):
    """`Warīsān` -> `Warisan`: drops combining marks (no German umlaut folding)."""
    text = unicodedata.normalize("NFKD", name)
    return unicodedata.normalize("NFC", "".join(ch for ch in text if not unicodedata.combining(ch)))


def read_rows(path, min_columns):
    """Yields (line number, columns) of a tab-separated input file, skipping comments and blank
    lines; exits with `FILE:LINE: message` when a line has too few columns."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            columns = line.split("\t")
            if len(columns) < min_columns:
                sys.exit(f"{path}:{number}: expected at least {min_columns} tab-separated columns")
            yield number, columns


def split_aliases(field):
    return [] if field.strip() in ("", "-") else [a.strip() for a in field.split("|") if a.strip()]


def parse_keys(columns, path, number):
    """KEY=VALUE columns as an ordered dict; a repeated key or a column without `=` is an error."""
    keys = {}
    for column in columns:
        if "=" not in column:
            sys.exit(f"{path}:{number}: expected KEY=VALUE, got {column!r}")
        key, value = column.split("=", 1)
        if key in keys:
            sys.exit(f"{path}:{number}: key {key} given twice")
        keys[key] = value
    return keys


def unique(names, exclude=()):
    """Names in first-seen order without repeats and without those in `exclude`."""
    seen, out = set(exclude), []
    for name in names:
        if name and name not in seen:
            seen.add(name)
            out.append(name)
    return out


def entry_line(entry_id, name, aliases, keys):
    """One gazetteer line: ID, NAME, ALIASES (or -), then KEY=VALUE columns."""
    for text in [name, *aliases, *keys.values()]:
        if "\t" in text or "\n" in text:
            raise ValueError(f"{entry_id}: tab or newline in {text!r}")
    columns = [entry_id, name, "|".join(aliases) if aliases else "-"]
    columns += [f"{key}={value}" for key, value in keys.items() if value]
    return "\t".join(columns)
