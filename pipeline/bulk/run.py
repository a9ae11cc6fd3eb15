"""A bulk run: sources in, every outcome written to the journal as it arrives, counts kept.

The caller (the CLI) iterates ``BulkRun.outcomes()`` to show progress; nothing here prints.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterable, Iterator

from .engines import ENGINES, EngineError, run_dask, run_local, threads_per_worker
from .journal import Journal
from .sources import Source
from .worker import Outcome, Settings


@dataclass
class Counts:
    extracted: int = 0
    failed: int = 0
    skipped: int = 0
    skipped_failed: int = 0     # of the skipped, those in the errors file of the run being resumed
    words: int = 0

    @property
    def seen(self) -> int:
        return self.extracted + self.failed + self.skipped


@dataclass
class BulkRun:
    sources: Iterable[Source]
    journal: Journal
    settings: Settings = field(default_factory=Settings)
    engine: str = "local"
    workers: int = 1
    batch_size: int = 4
    scheduler: object | None = None
    counts: Counts = field(default_factory=Counts)

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise EngineError(f"unknown engine {self.engine!r} (expected one of {', '.join(ENGINES)})")
        if self.engine == "dask" and self.scheduler is None:
            raise EngineError("the dask engine needs --scheduler ADDRESS (for example tcp://10.0.0.5:8786)")
        if self.batch_size < 1:
            raise EngineError(f"--batch-size must be at least 1, got {self.batch_size}")
        if self.engine == "local" and self.workers > 1 and not self.settings.threads:
            self.settings = replace(self.settings, threads=threads_per_worker(self.workers))

    def _pending_sources(self) -> Iterator[Source | Outcome]:
        for source in self.sources:
            if source.name in self.journal.failed_sources:   # failed in the run being resumed: reported once
                self.counts.skipped_failed += 1
                yield Outcome(source.name, skipped=True)
            else:
                yield source

    def outcomes(self) -> Iterator[Outcome]:
        """Run, writing each outcome to the journal before it is yielded."""
        already: list[Outcome] = []

        def sources() -> Iterator[Source]:
            for item in self._pending_sources():
                if isinstance(item, Outcome):
                    already.append(item)
                else:
                    yield item

        done = frozenset(self.journal.done_ids)
        if self.engine == "dask":
            stream = run_dask(sources(), self.settings, scheduler=self.scheduler, batch_size=self.batch_size, done=done)
        else:
            stream = run_local(sources(), self.settings, workers=self.workers, batch_size=self.batch_size, done=done)
        for outcome in stream:
            while already:
                yield self._count(already.pop(0))
            if outcome.ok:
                self.journal.write_record(outcome.record)
            elif not outcome.skipped:
                self.journal.write_error(outcome.source, outcome.error or "unknown error", outcome.doc_id)
            yield self._count(outcome)
        while already:
            yield self._count(already.pop(0))
        self.journal.sync()

    def _count(self, outcome: Outcome) -> Outcome:
        if outcome.skipped:
            self.counts.skipped += 1
        elif outcome.ok:
            self.counts.extracted += 1
            self.counts.words += outcome.words
        else:
            self.counts.failed += 1
        return outcome
