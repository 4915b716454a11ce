#!/usr/bin/env python3
"""Checks gold.jsonl against the articles and the indicator table of SCHEMA.md.

Usage: python3 validate_gold.py [GOLD.jsonl] [SCHEMA.md]
Exit status 0 when every line is valid, 1 otherwise.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "gold.jsonl")
# the shared folder sits next to the main checkout; worktrees may be one level deeper
SCHEMA_CANDIDATES = [os.path.join(REPO, *up, "shared", "gold", "SCHEMA.md") for up in ([".."], ["..", ".."])]
SCHEMA = sys.argv[2] if len(sys.argv) > 2 else next(
    (p for p in SCHEMA_CANDIDATES if os.path.exists(p)), SCHEMA_CANDIDATES[0])
FIELDS = {"doc", "region", "code", "indicator", "value", "unit", "period", "text", "approx", "note"}


def graded_units(schema_path):
    """indicator -> unit, read from the 'Indicators graded' table."""
    table = open(schema_path, encoding="utf-8").read().split("## Indicators graded", 1)[1]
    rows = re.findall(r"^\| `(\w+)` \|[^|]*\| (\w+) \|$", table, re.M)
    return dict(rows)


def problems(row, units, articles):
    doc = row.get("doc")
    if set(row) - FIELDS:
        yield f"unknown fields {sorted(set(row) - FIELDS)}"
    if doc not in articles:
        yield f"no article {doc}"
    elif row.get("text", "") not in articles[doc] or not row.get("text"):
        yield f"text not in article: {row.get('text')!r}"
    if units.get(row.get("indicator")) != row.get("unit"):
        yield f"indicator/unit {row.get('indicator')}/{row.get('unit')} not in SCHEMA table"
    if not isinstance(row.get("value"), (int, float)) or isinstance(row.get("value"), bool):
        yield "value is not a number"
    code = row.get("code")
    if code is not None and not re.fullmatch(r"\d{6}|\d{9}", code):
        yield f"bad code {code}"
    period = row.get("period", "missing")
    if period is not None and not re.fullmatch(r"\d{4}(-\d{2})?", str(period)):
        yield f"bad period {period}"
    if row.get("note") not in (None, "target", "expected"):
        yield f"bad note {row.get('note')}"


def main():
    if not os.path.exists(SCHEMA):
        sys.exit(f"SCHEMA.md not found at {SCHEMA}; pass its path as the second argument")
    units = graded_units(SCHEMA)
    if len(units) != 24:
        sys.exit(f"read {len(units)} indicators from {SCHEMA}, expected 24: table format changed?")
    art_dir = os.path.join(os.path.dirname(GOLD), "articles")
    articles = {f: open(os.path.join(art_dir, f), encoding="utf-8").read() for f in os.listdir(art_dir)}
    bad, seen, count = 0, set(), 0
    for n, line in enumerate(open(GOLD, encoding="utf-8"), 1):
        if not line.strip():
            continue
        count += 1
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            print(f"{GOLD}:{n}: not JSON: {e}")
            bad += 1
            continue
        issues = list(problems(row, units, articles))
        key = (row.get("doc"), row.get("region"), row.get("indicator"), row.get("value"), row.get("period"))
        if key in seen:
            issues.append("duplicate (doc, region, indicator, value, period)")
        seen.add(key)
        for issue in issues:
            print(f"{GOLD}:{n}: {issue}")
        bad += bool(issues)
    print(f"{count} lines, {bad} invalid, {len(articles)} articles")
    sys.exit(1 if bad else 0)


main()
