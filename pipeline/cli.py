"""The `minutes` command line. The only module that prints or chooses exit codes.

Exit codes: 0 every document extracted, 1 some documents failed, 2 usage error.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Iterable, Optional

import typer

from .errors import MinutesError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Extract who promised what, to whom, by when — and who asked and answered what — "
                       "from council meeting minutes.")

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _parse_overrides(pairs: Iterable[str]) -> dict[str, Any]:
    overrides: dict[str, Any] = {}
    for pair in pairs:
        if "=" not in pair:
            raise typer.BadParameter(f"expected KEY=VALUE, got {pair!r}", param_hint="--set")
        key, raw = pair.split("=", 1)
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            value = raw
        overrides[key.strip()] = value
    return overrides


def journal_path_for(output: Path, fmt: str) -> Path:
    """Where the JSON Lines journal goes: the output itself for jsonl, else beside it
    (`archive.duckdb` -> `archive.jsonl`), since Parquet and DuckDB are built from it at the end."""
    if fmt == "jsonl":
        return output
    return output.with_suffix(".jsonl") if output.suffix in (".parquet", ".duckdb") else output.with_name(output.name + ".jsonl")


class Progress:
    """One self-rewriting line on a terminal: documents done, documents/s, ETA. Silent elsewhere."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        import time

        self.total, self.enabled, self.clock = total, enabled, time.monotonic
        self.began = self.clock()
        self.last = 0.0

    def update(self, done: int, failed: int, source: str) -> None:
        now = self.clock()
        if not self.enabled or (now - self.last < 0.5 and done != self.total):
            return
        self.last = now
        rate = done / max(now - self.began, 1e-9)
        of = f"/{self.total}" if self.total else ""
        eta = ""
        if self.total and rate > 0:
            left = int((self.total - done) / rate)
            eta = f"  ETA {left // 3600:d}:{left // 60 % 60:02d}:{left % 60:02d}"
        name = source if len(source) <= 40 else "…" + source[-39:]
        sys.stderr.write(f"\r[{done}{of}] {rate:5.2f} docs/s{eta}  {failed} failed  {name:<40}")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


@app.command()
def extract(
    inputs: list[str] = typer.Argument(..., help="Files (.txt .md .html .htm .pdf), directories (recursive), glob "
                                                 "patterns, and .zip/.tar/.tar.gz archives."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Records file (jsonl), Parquet folder or DuckDB file; errors go to "
                                               "NAME.errors.jsonl beside the records. Default: records to stdout."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, parquet (a folder of tables) or duckdb."),
    workers: int = typer.Option(1, "--workers", "-w", help="Parallel worker processes, each loading the models once."),
    engine: str = typer.Option("local", "--engine", help="local (this machine) or dask (a distributed cluster)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786."),
    batch_size: int = typer.Option(4, "--batch-size", help="Documents per task, run together through nlp.pipe."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run: documents already in the "
                                                        "output (by doc_id) or its errors file are skipped."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace existing output instead of refusing."),
    max_bytes: int = typer.Option(50 * 1024 * 1024, "--max-bytes", help="Refuse documents (files or archive "
                                                                       "members) larger than this many bytes."),
    max_chars: int = typer.Option(1_000_000, "--max-chars", help="Refuse documents whose text is longer than this."),
    max_archive_bytes: int = typer.Option(4 * 1024 ** 3, "--max-archive-bytes",
                                          help="Stop reading an archive that inflates past this many bytes."),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Pipeline .cfg (default: the packaged minutes.cfg)."),
    set_: list[str] = typer.Option([], "--set", help="Config override as dotted KEY=VALUE, repeatable."),
    table: bool = typer.Option(False, "--table", help="Also print a table of the commitments and questions found."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress line and no per-document error lines."),
) -> None:
    """Extract one meeting record per document, over single files or whole archives."""
    from .bulk.engines import EngineError
    from .bulk.journal import Journal, JournalError, errors_path_for, open_journal
    from .bulk.run import BulkRun
    from .bulk.sources import InputNotFoundError, Limits, count_documents, expand_inputs, iter_sources
    from .bulk.tables import FORMATS, export
    from .bulk.worker import Settings

    def usage(message: str) -> typer.Exit:
        typer.echo(f"error: {message}", err=True)
        return typer.Exit(EXIT_USAGE)

    if fmt not in FORMATS:
        raise usage(f"--format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    if output is None and (fmt != "jsonl" or resume):
        raise usage("--format parquet/duckdb and --resume need --output")
    try:
        paths = expand_inputs(inputs)
        limits = Limits(max_bytes=max_bytes, max_archive_bytes=max_archive_bytes)
    except (InputNotFoundError, ValueError) as err:
        raise usage(str(err)) from err
    if not paths:
        raise usage("no files found in the inputs")
    if max_chars < 1:
        raise usage("--max-chars must be positive")
    settings = Settings.make(str(config) if config else None, _parse_overrides(set_), limits=limits, max_chars=max_chars)
    try:
        if engine == "local":
            from .bulk.worker import forget_pipelines, pipeline_for
            from .nlp import PipelineConfigError
            try:   # a bad config fails here, once, not in every worker; one worker in-process reuses it
                pipeline_for(settings)
            except PipelineConfigError as err:
                raise usage(str(err)) from err
            if workers > 1:
                forget_pipelines()
        journal_path = journal_path_for(output, fmt) if output else None
        journal = open_journal(journal_path, resume=resume, overwrite=overwrite) if journal_path else Journal.to_stream(sys.stdout)
        run = BulkRun(iter_sources(paths, limits), journal, settings, engine=engine, workers=workers,
                      batch_size=batch_size, scheduler=scheduler)
    except (JournalError, EngineError) as err:
        raise usage(str(err)) from err

    progress = Progress(count_documents(paths), enabled=not quiet and sys.stderr.isatty())
    records = []
    try:
        with journal:
            for outcome in run.outcomes():
                if outcome.ok and table:
                    records.append(outcome.record)
                if not outcome.ok and not outcome.skipped and not quiet:
                    progress.close() if progress.enabled else None
                    typer.echo(f"error: {outcome.source}: {outcome.error}", err=True)
                progress.update(run.counts.seen, run.counts.failed, outcome.source)
    except (MinutesError, OSError) as err:
        progress.close()
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(EXIT_SOME_FAILED) from err
    progress.close()
    if table:
        typer.echo(render_table(records), err=output is None)
    where = ""
    if output:
        where = f"; records in {journal_path}, errors in {errors_path_for(journal_path)}"
        if fmt != "jsonl":
            try:
                rows = export(journal_path, fmt, output)
            except (MinutesError, OSError) as err:
                typer.echo(f"error: {err}", err=True)
                raise typer.Exit(EXIT_SOME_FAILED) from err
            where += f"; {fmt} tables in {output} (" + ", ".join(f"{t} {n}" for t, n in rows.items()) + ")"
    c = run.counts
    earlier = f", {c.skipped_failed} of them failed earlier" if c.skipped_failed else ""
    typer.echo(f"{c.extracted} extracted, {c.failed} failed, {c.skipped} skipped (already done{earlier}){where}", err=True)
    # a resumed run answers for the whole archive: documents that failed before still count
    raise typer.Exit(EXIT_SOME_FAILED if c.failed or c.skipped_failed else EXIT_OK)


@app.command()
def show(records: Path = typer.Argument(..., exists=True, dir_okay=False, help="A records .jsonl file.")) -> None:
    """Print a readable table of the commitments and questions in a records file."""
    typer.echo(render_table(_read_jsonl(records)))


@app.command()
def validate(records: Path = typer.Argument(..., exists=True, dir_okay=False, help="A records .jsonl file.")) -> None:
    """Check every record against the JSON Schema and the offset rules of the output contract."""
    from .records import validate_record

    bad = 0
    rows = _read_jsonl(records)
    for n, record in enumerate(rows, start=1):
        try:
            validate_record(record)
        except MinutesError as err:
            bad += 1
            typer.echo(f"line {n}: {err}", err=True)
    typer.echo(f"{len(rows)} records, {bad} invalid")
    raise typer.Exit(EXIT_SOME_FAILED if bad else EXIT_OK)


def _read_jsonl(path: Path) -> list[dict]:
    from .bulk.journal import JournalError, read_lines

    try:
        return list(read_lines(path))
    except JournalError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(EXIT_USAGE) from err


def render_table(records: list[dict]) -> str:
    from .report import render_records

    return render_records(records)



@app.command()
def evaluate(
    gold: Path = typer.Argument(Path("annotations/gold"), exists=True, file_okay=False,
                                help="Folder of gold .jsonl files (split.json beside it or inside)."),
    split: str = typer.Option("dev", "--split", help="Which documents: dev (the frozen dev split), train or all."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object with the metrics."),
    errors: Optional[Path] = typer.Option(None, "--errors", help="Write every error case (JSON Lines) here."),
    drafts: bool = typer.Option(False, "--include-drafts", help="Also score documents still marked pass 'draft'."),
    ablation: bool = typer.Option(False, "--ablation", help="Score rules-only, learned and combined settings side by side."),
    output: Optional[Path] = typer.Option(None, "--output", help="Also write the metrics (JSON) to this file."),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Pipeline .cfg."),
    set_: list[str] = typer.Option([], "--set", help="Config override as dotted KEY=VALUE, repeatable."),
) -> None:
    """Score the pipeline on gold: commitments, full records, questions, acts, speakers, deadlines, NER."""
    from .evaluation.gold_eval import evaluate_documents, gold_documents
    from .nlp import load_pipeline

    if ablation and set_:
        typer.echo("error: --ablation compares fixed settings; --set cannot be combined with it", err=True)
        raise typer.Exit(EXIT_USAGE)
    try:
        documents = gold_documents(gold, split, include_drafts=drafts)
        if not documents:
            raise MinutesError(f"no finished gold documents in the {split!r} split of {gold}")
        if ablation:
            from .evaluation.ablation import ablation_table, run_ablation

            results = run_ablation(documents, config_path=config)
        else:
            nlp = load_pipeline(config, overrides=_parse_overrides(set_))
            report = evaluate_documents(documents, nlp)
    except MinutesError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(EXIT_USAGE) from err
    if ablation:
        if output:
            output.write_text(json.dumps({"split": split, "documents": len(documents), "settings": results}, indent=1) + "\n",
                              encoding="utf-8")
        typer.echo(json.dumps(results) if as_json else ablation_table(results))
        return
    summary = report.summary()
    if output:
        output.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    if errors:
        with open(errors, "w", encoding="utf-8") as handle:
            for row in report.errors:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    if as_json:
        typer.echo(json.dumps(summary))
        return
    typer.echo(f"{summary['documents']} documents ({split})")
    for key in ("commitments", "records", "questions"):
        c = summary[key]
        typer.echo(f"{key:<12} P {c['p']:.3f}  R {c['r']:.3f}  F1 {c['f1']:.3f}   (tp {c['tp']}, fp {c['fp']}, fn {c['fn']})")
    typer.echo(f"records with 'what' F1 {summary['record_what_f1']:.3f}   question+asker F1 {summary['question_asker_f1']:.3f}   "
               f"deadline accuracy on matched {summary['deadline_acc']}")
    typer.echo(f"speaker accuracy {summary['speaker_acc']} on {summary['speakers_checked']} attributed sentences   "
               f"act accuracy {summary['act_accuracy']}   act macro-F1 {summary['act_macro_f1']}")
    for act, c in summary["acts"].items():
        typer.echo(f"  act {act:<11} P {c['p']:.3f}  R {c['r']:.3f}  F1 {c['f1']:.3f}")
    if summary["ner"]:
        for label, c in summary["ner"].items():
            typer.echo(f"  NER {label:<7} P {c['p']:.3f}  R {c['r']:.3f}  F1 {c['f1']:.3f}")


@app.command()
def train(
    what: str = typer.Argument("all", help="ner, acts, confidence or all (acts refits confidence too)."),
    gold: Path = typer.Option(Path("annotations/gold"), "--gold", exists=True, file_okay=False, help="Gold folder."),
    models: Path = typer.Option(Path("models"), "--models", help="Where models/ner and models/act-classifier go."),
    seeds: str = typer.Option("0,1,2", "--seeds", help="Comma-separated seeds for the act classifier (about 40 min each on "
                                                   "2 idle CPU cores with ~300 train meetings); the first is kept, "
                                                   "all are scored on dev (mean ± std)."),
    epochs: int = typer.Option(3, "--epochs", help="Act classifier epochs."),
    ner_steps: int = typer.Option(800, "--ner-steps", help="NER training steps."),
    folds: int = typer.Option(5, "--folds", help="Cross-fitted act classifiers the commitment confidence is fitted with "
                                                 "(one per fold, each as long as a seed; 0: fit on the shipped classifier's "
                                                 "calibration meetings only)."),
    crossfit_work: Path = typer.Option(Path("build/crossfit"), "--crossfit-work",
                                       help="Where the fold classifiers are kept (reused while their meetings match)."),
) -> None:
    """Reproduce the trained models from annotations/ (train split only; dev is for evaluation)."""
    from .training.confidence import train_confidence_model
    from .training.run import train_acts_models, train_ner_model

    try:
        seed_list = [int(s) for s in seeds.split(",") if s.strip()]
    except ValueError as err:
        raise typer.BadParameter(f"--seeds must be integers, got {seeds!r}") from err
    if what not in ("ner", "acts", "confidence", "all"):
        raise typer.BadParameter("expected ner, acts, confidence or all", param_hint="WHAT")
    if folds == 1 or folds < 0:
        raise typer.BadParameter("--folds must be 0 or at least 2", param_hint="--folds")
    try:
        if what in ("ner", "all"):
            typer.echo("training NER ...", err=True)
            result = train_ner_model(gold, models / "ner", steps=ner_steps)
            typer.echo(json.dumps({"ner": result["metrics"]}))
        if what in ("acts", "all"):
            typer.echo(f"training the act classifier with seeds {seed_list} ...", err=True)
            result = train_acts_models(gold, models / "act-classifier", seeds=seed_list, epochs=epochs,
                                       progress=lambda line: typer.echo(line, err=True))
            typer.echo(json.dumps({"acts": result["summary"]}))
        if what in ("acts", "confidence", "all"):   # the confidence model belongs to the classifier it was fitted with
            typer.echo("fitting the commitment-confidence model ...", err=True)
            result = train_confidence_model(gold, models / "commitment-confidence", classifier=models / "act-classifier",
                                            folds=folds, work=crossfit_work, seed=seed_list[0] if seed_list else 0,
                                            progress=lambda line: typer.echo(line, err=True))
            typer.echo(json.dumps({"confidence": result["metrics"]}))
    except MinutesError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(EXIT_USAGE) from err


@app.command()
def agreement(
    first: Path = typer.Argument(Path("annotations/gold"), exists=True, file_okay=False),
    second: Path = typer.Argument(Path("annotations/second-pass"), exists=True, file_okay=False),
) -> None:
    """Inter-annotator agreement of the blind second pass with the first (kappa for acts, F1 for the rest)."""
    from .evaluation.agreement import agreement as measure

    try:
        typer.echo(json.dumps(measure(first, second), indent=1))
    except MinutesError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(EXIT_USAGE) from err


annotate_app = typer.Typer(no_args_is_help=True, help="Make and check gold annotation files (annotations/gold).")
app.add_typer(annotate_app, name="annotate")


@annotate_app.command("draft")
def annotate_draft(
    docs: list[str] = typer.Argument(..., help="Corpus paths relative to --corpus, e.g. limerick/2019/x.md."),
    out: Path = typer.Option(..., "--out", help="Folder for the draft .jsonl files."),
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="Corpus root (default ../shared/corpus)."),
    ner: bool = typer.Option(False, "--ner", help="Also suggest PERSON/ROLE/ORG/DATE entities."),
) -> None:
    """Pre-annotate documents with the pipeline for an annotator to correct."""
    from .annotation.draft import draft_file
    from .annotation.gold import corpus_relative, gold_file_name, write_gold_file
    from .paths import default_corpus_root
    from .nlp import load_pipeline

    root = corpus or default_corpus_root()
    try:
        docs = [corpus_relative(doc, root) for doc in docs]
    except MinutesError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(EXIT_SOME_FAILED) from err
    out.mkdir(parents=True, exist_ok=True)
    nlp = load_pipeline()
    for doc in docs:
        try:
            draft = draft_file(str(root / doc), nlp, doc_path=doc, with_entities=ner)
        except MinutesError as err:
            typer.echo(f"error: {doc}: {err}", err=True)
            raise typer.Exit(EXIT_SOME_FAILED) from err
        target = out / gold_file_name(doc)
        write_gold_file(draft, target)
        typer.echo(f"{target}: {len(draft.sentences)} sentences, {len(draft.commitments)} commitments, "
                   f"{len(draft.questions)} questions")


@annotate_app.command("check")
def annotate_check(
    files: list[Path] = typer.Argument(..., exists=True, dir_okay=False, help="Gold .jsonl files."),
    finished: bool = typer.Option(False, "--finished", help="Also require no draft labels and pass != draft."),
    write: bool = typer.Option(True, "--write/--no-write", help="Write back offsets resolved from quotes."),
) -> None:
    """Resolve quote-only labels to offsets and validate gold files."""
    from .annotation.gold import load_gold_file, write_gold_file
    from .annotation.resolve import check_finished, resolve_quotes

    failed = 0
    for path in files:
        try:
            gold = load_gold_file(path, require_offsets=False)
            missing = resolve_quotes(gold)
            if write:
                write_gold_file(gold, path)
            if missing:
                raise MinutesError(f"{len(missing)} quotes not found, first: {missing[0][:80]!r}")
            gold = load_gold_file(path) if write else gold
            if finished:
                check_finished(gold)
        except MinutesError as err:
            failed += 1
            typer.echo(f"{path}: {err}", err=True)
            continue
        counts = {k: len(gold.of_type(k)) for k in ("sentence", "commitment", "question", "entity")}
        typer.echo(f"{path}: ok {counts}")
    if failed:
        raise typer.Exit(EXIT_SOME_FAILED)


@annotate_app.command("realign")
def annotate_realign(
    files: list[Path] = typer.Argument(..., exists=True, dir_okay=False, help="Gold .jsonl files."),
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="Corpus root of the files' docs (default ../shared/corpus)."),
    write: bool = typer.Option(False, "--write", help="Rewrite the files (default: only report)."),
    accept_changes: bool = typer.Option(False, "--accept-changes",
                                        help="Also write files where a label's words changed (after reading them)."),
) -> None:
    """Move gold labels onto today's reading of their source (after a reader change)."""
    from .annotation.gold import load_gold_file, write_gold_file
    from .annotation.realign import realign
    from .ingest import read_document
    from .paths import default_corpus_root

    root = corpus or default_corpus_root()
    failed = 0
    for path in files:
        try:
            gold = load_gold_file(path)
            text = read_document(root / gold.doc).text
        except MinutesError as err:
            failed += 1
            typer.echo(f"{path}: {err}", err=True)
            continue
        except OSError as err:   # the source is not where --corpus says
            failed += 1
            typer.echo(f"{path}: cannot read its source {root / gold.doc} ({err.strerror or err})", err=True)
            continue
        if text == gold.text:
            typer.echo(f"{path}: unchanged")
            continue
        result = realign(gold, text)
        for row in result.lost:
            typer.echo(f"  lost {row['type']}: {(row.get('quote') or row.get('text') or '')[:80]!r}")
        for change in result.changed:
            typer.echo(f"  changed {change['type']}: {change['old'][:70]!r} -> {change['new'][:70]!r}")
        # a label whose words changed may have moved onto a neighbour's words: a person reads it first
        writes = write and (accept_changes or not result.changed)
        typer.echo(f"{path}: {len(result.changed)} labels changed words, {len(result.lost)} lost"
                   + (", written" if writes else ", not written (--accept-changes once read)" if write else ""))
        if writes:
            write_gold_file(result.document, path)
        failed += bool(result.changed) and not writes
        # Sentences of page furniture the reader now drops may go; any other label must follow.
        failed += any(row["type"] != "sentence" for row in result.lost)
    if failed:
        raise typer.Exit(EXIT_SOME_FAILED)


def main() -> None:  # pragma: no cover - console entry point wrapper
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
