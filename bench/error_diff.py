"""What a rule change fixed and broke: the error cases of two `--errors` files, keyed by type, document and quote.

Both files come from the same gold (`minutes evaluate --split train --errors A.jsonl` before the change,
`... --errors B.jsonl` after it; or `bench/synthetic_ontario.py --errors`). A case counts once per
(type, document, quote, gold, prediction): a speaker moving from one wrong person to another is one case fixed
and one new. Prints the counts by type, then the cases only in A (fixed) and only in B (new).

    .venv/bin/python bench/error_diff.py before.jsonl after.jsonl [--types wrong_speaker,missed_commitment] [--counts]
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path


def error_keys(path: Path) -> Counter:
    keys: Counter = Counter()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            error = json.loads(line)
            keys[(error["type"], error["doc"], error.get("quote", "")[:100], str(error.get("gold"))[:60],
                  str(error.get("pred"))[:60])] += 1
    return keys


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--types", help="comma-separated error types to list (all by default)")
    parser.add_argument("--counts", action="store_true", help="the counts by type only")
    args = parser.parse_args()
    before, after = error_keys(args.before), error_keys(args.after)
    fixed, new = before - after, after - before
    print("by type: fixed, new")
    for kind in sorted({k[0] for k in fixed} | {k[0] for k in new}):
        print(f"  {kind}: -{sum(n for k, n in fixed.items() if k[0] == kind)} "
              f"+{sum(n for k, n in new.items() if k[0] == kind)}")
    if args.counts:
        return
    wanted = set(args.types.split(",")) if args.types else None
    for label, cases in (("FIXED", fixed), ("NEW", new)):
        print(f"== {label}")
        for (kind, doc, quote, gold, pred), n in sorted(cases.items()):
            if wanted is None or kind in wanted:
                print(f"{n}x {kind} {doc} | {quote!r} | gold={gold} pred={pred}")


if __name__ == "__main__":
    main()
