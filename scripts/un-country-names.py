#!/usr/bin/env python3
"""Writes resources/vocabularies/country-names-un.json from the UN M49 tables in five languages.

The input is a directory holding the M49 CSV files exactly as the repository datasets/country-codes
committed them (commit SOURCE_COMMIT, files tmp/UNSD-{ar,cn,es,fr,ru}.csv), which that repository
downloaded from the UN Statistics Division (https://unstats.un.org/unsd/methodology/m49/overview/):

    git -C country-codes show SOURCE_COMMIT:tmp/UNSD-fr.csv > m49/UNSD-fr.csv   (and ar, cn, es, ru)
    scripts/un-country-names.py m49 /usr/share/iso-codes/json/iso_3166-1.json \
        > resources/vocabularies/country-names-un.json

Each name is the table's "Country or Area" value, unchanged. Codes of iso_3166-1.json that M49
does not list are named in "not_in_m49" (Casebook shows iso-codes' names for them).
"""

import csv
import json
import sys

SOURCE_REPOSITORY = "https://github.com/datasets/country-codes"
SOURCE_COMMIT = "25c1991e72a75b8ce494822b50cc6154bdc61a25"
# Casebook's language key (the iso-codes catalogue's) -> the file's language suffix.
LANGUAGES = {"ar": "ar", "es": "es", "fr": "fr", "ru": "ru", "zh_CN": "cn"}


def read_table(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return {row["ISO-alpha2 Code"]: row["Country or Area"] for row in csv.DictReader(f)
                if row["ISO-alpha2 Code"]}


def main(directory, iso_json):
    iso_codes = sorted(c["alpha_2"] for c in json.load(open(iso_json, encoding="utf-8"))["3166-1"])
    names = {}
    listed = set()
    for key, suffix in LANGUAGES.items():
        table = read_table(f"{directory}/UNSD-{suffix}.csv")
        names[key] = {code: table[code] for code in iso_codes if code in table}
        listed |= set(names[key])
    missing = [code for code in iso_codes if code not in listed]
    files = ", ".join(f"tmp/UNSD-{s}.csv" for s in LANGUAGES.values())
    document = {
        "format": "casebook-country-names-un",
        "version": 1,
        "source": {
            "publisher": "United Nations Statistics Division (UNSD)",
            "title": "Standard country or area codes for statistical use (M49), column 'Country or Area', "
                     "in Arabic, Chinese, French, Russian and Spanish",
            "url": "https://unstats.un.org/unsd/methodology/m49/overview/",
            "copy": f"{SOURCE_REPOSITORY} at commit {SOURCE_COMMIT} (2024-09-25, 'Adding the UNSD data'), "
                    f"files {files}; that repository's README at that commit says its preparation \"requires "
                    "manual process to download and rename 6 CSV files from "
                    "https://unstats.un.org/unsd/methodology/m49/overview/\". Its later commit 16582cca738ee25f3f6e6696ab74869b854c269b "
                    "adds a row for TW and edits English names; that is not UN data and is not used.",
            "licence_of_the_copy": "ODC-PDDL-1.0 (Open Data Commons Public Domain Dedication and License), "
                                   "as that repository's README and datapackage.json at that commit state",
            "generated_by": "scripts/un-country-names.py, names copied unchanged",
        },
        "note": "Names of ISO 3166-1 codes in the UN languages other than English, as the UN publishes "
                "them. The English names are in countries.json. A code that M49 does not list keeps "
                "the name and translations of Debian's iso-codes.",
        "not_in_m49": missing,
        "names": names,
    }
    json.dump(document, sys.stdout, ensure_ascii=False, indent=1, sort_keys=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: un-country-names.py M49_CSV_DIRECTORY ISO_3166-1_JSON")
    main(sys.argv[1], sys.argv[2])
