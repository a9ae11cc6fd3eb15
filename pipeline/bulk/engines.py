"""Where the per-document work runs: in this process, in a pool of worker processes, or on a Dask
cluster. Every engine runs ``worker.process_batch`` and returns outcomes in input order, with a
bounded number of batches in flight, so memory does not grow with the archive.
"""
from __future__ import annotations

import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Iterable, Iterator, Sequence

from ..errors import MinutesError
from .sources import Source
from .worker import Outcome, Settings, process_batch

ENGINES = ("local", "dask")


class EngineError(MinutesError):
    """The engine cannot run (bad worker count, unreachable Dask scheduler, ...)."""


def batched(sources: Iterable[Source], size: int) -> Iterator[list[Source]]:
    it = iter(sources)
    while batch := list(islice(it, size)):
        yield batch


def _ordered(batches: Iterable[list[Source]], submit, resolve, in_flight: int) -> Iterator[Outcome]:
    pending: deque = deque()
    for batch in batches:
        pending.append((batch, submit(batch)))
        while len(pending) >= in_flight:
            yield from resolve(*pending.popleft())
    while pending:
        yield from resolve(*pending.popleft())


def threads_per_worker(workers: int) -> int:
    """Torch threads per process, so that N workers do not fight over the cores."""
    return max(1, (os.cpu_count() or 1) // workers)


# --- local: this process, or a pool of worker processes -------------------------------------------

_DONE: frozenset[str] = frozenset()


def _init_worker(done: frozenset[str]) -> None:
    global _DONE
    _DONE = done


def _pool_batch(batch: Sequence[Source], settings: Settings) -> list[Outcome]:
    return process_batch(batch, settings, _DONE)


def run_local(sources: Iterable[Source], settings: Settings, *, workers: int = 1, batch_size: int = 4,
              done: Iterable[str] = ()) -> Iterator[Outcome]:
    if workers < 1:
        raise EngineError(f"--workers must be at least 1, got {workers}")
    done = frozenset(done)
    if workers == 1:
        for batch in batched(sources, batch_size):
            yield from process_batch(batch, settings, done)
        return
    import multiprocessing

    # spawn, not fork: torch and tokenizers hold threads and locks that fork would copy half-made
    context = multiprocessing.get_context("spawn")

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(done,))

    pool = [new_pool()]

    def submit(batch):
        return pool[0].submit(_pool_batch, batch, settings)

    def restart() -> None:
        pool[0].shutdown(wait=False, cancel_futures=True)
        pool[0] = new_pool()

    def resolve(batch, future) -> list[Outcome]:
        try:
            return future.result()
        except BrokenProcessPool:
            pass
        # a worker died (killed, out of memory, a crash in native code): the pool is gone with every
        # batch in it; retry this batch one document at a time so only the culprit is lost
        restart()
        out = []
        for source in batch:
            try:
                out.extend(pool[0].submit(_pool_batch, [source], settings).result())
            except BrokenProcessPool:
                restart()
                out.append(Outcome(source.name, error="the worker process died while extracting this document "
                                                      "(out of memory or a crash in native code)"))
        return out

    try:
        yield from _ordered(batched(sources, batch_size), submit, resolve, in_flight=2 * workers)
    finally:
        pool[0].shutdown(wait=True, cancel_futures=True)


# --- dask: the same work on a distributed cluster --------------------------------------------------

def run_dask(sources: Iterable[Source], settings: Settings, *, scheduler: str | object, batch_size: int = 4,
             done: Iterable[str] = (), in_flight: int | None = None) -> Iterator[Outcome]:
    """``scheduler``: an address ("tcp://host:8786") or a running distributed.Client / LocalCluster."""
    try:
        from distributed import Client
    except ImportError as err:   # pragma: no cover - distributed is a dependency
        raise EngineError("the dask engine needs the 'distributed' package") from err
    own_client = isinstance(scheduler, str)
    try:
        client = Client(scheduler, timeout="30s") if own_client else (
            scheduler if isinstance(scheduler, Client) else Client(scheduler))
    except OSError as err:
        raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from err
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        # in a list: scatter would otherwise send a set's members one by one
        (done_future,) = client.scatter([frozenset(done)], broadcast=True)

        def submit(batch):
            return client.submit(process_batch, batch, settings, done_future, pure=False)

        def resolve(batch, future) -> list[Outcome]:
            try:
                return future.result()
            except Exception as err:  # noqa: BLE001  KilledWorker, CommClosedError...: the batch's documents are reported
                return [Outcome(s.name, error=f"Dask task failed ({type(err).__name__}: {err})") for s in batch]

        yield from _ordered(batched(sources, batch_size), submit, resolve, in_flight=in_flight or 2 * n_workers)
    finally:
        if own_client:
            client.close()
