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


def errors_path_for(output: Path) -> Path:
    """`records.jsonl` -> `records.errors.jsonl`, beside it."""
    name = output.name
    stem = name[: -len(".jsonl")] if name.endswith(".jsonl") else output.stem
    return output.with_name(f"{stem}.errors.jsonl")


@app.command()
def extract(
    inputs: list[str] = typer.Argument(..., help="Files (.txt .md .html .htm .pdf), directories or glob patterns."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Write records here (JSON Lines); errors go to NAME.errors.jsonl beside it. "
                                               "Default: records to stdout."),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Pipeline .cfg (default: the packaged minutes.cfg)."),
    set_: list[str] = typer.Option([], "--set", help="Config override as dotted KEY=VALUE, repeatable."),
    table: bool = typer.Option(False, "--table", help="Also print a table of the commitments and questions found."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress lines."),
) -> None:
    """Extract one meeting record per input document."""
    from .extraction import InputNotFoundError, expand_inputs, extract_many
    from .nlp import PipelineConfigError, load_pipeline

    try:
        paths = expand_inputs(inputs)
    except InputNotFoundError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(EXIT_USAGE) from err
    if not paths:
        typer.echo("error: no supported documents found in the inputs", err=True)
        raise typer.Exit(EXIT_USAGE)
    try:
        nlp = load_pipeline(config, overrides=_parse_overrides(set_))
    except PipelineConfigError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(EXIT_USAGE) from err

    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    errors_file = open(errors_path_for(output), "w", encoding="utf-8") if output else None
    ok = failed = 0
    records = []
    show_progress = not quiet and sys.stderr.isatty()
    try:
        for n, outcome in enumerate(extract_many(paths, nlp), start=1):
            if outcome.ok:
                ok += 1
                out.write(json.dumps(outcome.record, ensure_ascii=False) + "\n")
                out.flush()
                if table:
                    records.append(outcome.record)
            else:
                failed += 1
                typer.echo(f"error: {outcome.source}: {outcome.error}", err=True)
                if errors_file is not None:
                    errors_file.write(json.dumps({"source": outcome.source, "error": outcome.error},
                                                 ensure_ascii=False) + "\n")
                    errors_file.flush()
            if show_progress:
                typer.echo(f"[{n}/{len(paths)}] {outcome.source}", err=True)
    finally:
        if output:
            out.close()
        if errors_file is not None:
            errors_file.close()
    if table:
        typer.echo(render_table(records), err=output is None)
    typer.echo(f"{ok} extracted, {failed} failed" + (f"; records in {output}" if output else ""), err=True)
    raise typer.Exit(EXIT_SOME_FAILED if failed else EXIT_OK)


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
    rows = []
    with open(path, encoding="utf-8") as handle:
        for n, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as err:
                    typer.echo(f"error: {path}:{n}: not JSON ({err.msg})", err=True)
                    raise typer.Exit(EXIT_USAGE) from err
    return rows


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
    what: str = typer.Argument("all", help="ner, acts or all."),
    gold: Path = typer.Option(Path("annotations/gold"), "--gold", exists=True, file_okay=False, help="Gold folder."),
    models: Path = typer.Option(Path("models"), "--models", help="Where models/ner and models/act-classifier go."),
    seeds: str = typer.Option("0,1,2", "--seeds", help="Comma-separated seeds for the act classifier (about 20 min each on 2 CPU cores); the first is kept, "
                                                   "all are scored on dev (mean ± std)."),
    epochs: float = typer.Option(3.0, "--epochs", help="Act classifier epochs."),
    ner_steps: int = typer.Option(800, "--ner-steps", help="NER training steps."),
) -> None:
    """Reproduce the trained models from annotations/ (train split only; dev is for evaluation)."""
    from .training.run import train_acts_models, train_ner_model

    try:
        seed_list = [int(s) for s in seeds.split(",") if s.strip()]
    except ValueError as err:
        raise typer.BadParameter(f"--seeds must be integers, got {seeds!r}") from err
    if what not in ("ner", "acts", "all"):
        raise typer.BadParameter("expected ner, acts or all", param_hint="WHAT")
    try:
        if what in ("ner", "all"):
            typer.echo("training NER ...", err=True)
            result = train_ner_model(gold, models / "ner", steps=ner_steps)
            typer.echo(json.dumps({"ner": result["metrics"]}))
        if what in ("acts", "all"):
            typer.echo(f"training the act classifier with seeds {seed_list} ...", err=True)
            result = train_acts_models(gold, models / "act-classifier", seeds=seed_list, epochs=epochs)
            typer.echo(json.dumps({"acts": result["summary"]}))
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
    from .annotation.gold import gold_file_name, write_gold_file
    from .paths import default_corpus_root
    from .nlp import load_pipeline

    root = corpus or default_corpus_root()
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


def main() -> None:  # pragma: no cover - console entry point wrapper
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
