"""The distributed engine: a stage's chunks of work on a dask.distributed cluster.

``newscompare clean|metrics|report --engine dask [--scheduler ADDRESS]`` runs the
clean partitions (chunks of pages), the metrics partitions (chunks of articles), the
shared-copy search (LSH bands, then candidate pairs) and the report notebooks as
tasks on a Dask cluster. The scheduler is ``--scheduler ADDRESS`` (``tcp://host:8786``),
else the standard environment variable ``DASK_SCHEDULER_ADDRESS`` (Dask's own
``scheduler-address`` setting); with neither, a cluster is started on this machine
(one single-threaded worker process per core, listening on 127.0.0.1 only).

The workers need what the local pool needs: this package installed at the same
version (``pip install -e .[dask]``) and the same paths (the raw pages, the processed
tables and the reports folder on a shared file system), since tasks read pages and
write notebooks where the command says. A worker whose code is another commit or version
than this process's is refused before any chunk is sent (:meth:`DaskEngine.check_workers`).
Results come back to this process in input order and are written here, so the tables are
the same bytes as with the local engine (tests/test_dask_engine.py checks it on a
LocalCluster).

dask and distributed are an optional extra: they are imported only when the engine is
asked for, and a missing install is one clear error (:class:`EngineError`).
"""

from __future__ import annotations

import logging
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from analysis import provenance
from analysis.errors import AnalysisError
from analysis.parallel import available_cores

Chunk = TypeVar("Chunk")  # one unit of work: a list of items, or what a stage packs
Result = TypeVar("Result")

#: The environment variable Dask reads for the scheduler's address.
SCHEDULER_ENV = "DASK_SCHEDULER_ADDRESS"
#: Seconds to wait for the scheduler before giving up with an error.
CONNECT_TIMEOUT_SECONDS = 30
#: Seconds to wait for a first worker of a scheduler that has none before saying so (a
#: worker started with the scheduler registers within a second or two).
NO_WORKER_GRACE_SECONDS = 5
#: Seconds a stage waits with no worker on the cluster, its chunks waiting, before it
#: stops (:meth:`DaskEngine.result`): a nanny restarts a killed worker within a second or
#: two (h369: ``kill -9``), a worker started again by hand or by a batch queue takes
#: longer; a minute with none is a cluster that stopped, not one that restarts.
WORKERS_GONE_SECONDS = 60
#: Seconds between two looks at the cluster while a chunk's result is awaited.
POLL_SECONDS = 1.0
#: Chunks in flight per worker thread (submitted and not yet consumed); the local pool
#: keeps 4 per process (analysis.parallel.CHUNKS_IN_FLIGHT_PER_JOB).
IN_FLIGHT_PER_THREAD = 2

logger = logging.getLogger(__name__)


class EngineError(AnalysisError):
    """The Dask engine cannot be used: not installed, or the scheduler is unreachable."""


class StageStoppedError(EngineError):
    """The cluster stopped a stage midway. The chunks done before are kept where the
    stage keeps them, so running the command again resumes."""


class LostWorkerError(StageStoppedError):
    """The workers running one chunk died, each while running it, as often as the
    scheduler allows (its ``allowed-failures``): killed, or out of memory; or every
    worker left the cluster while chunks waited (:data:`WORKERS_GONE_SECONDS`)."""


class WorkersGoneError(LostWorkerError):
    """Every worker left the cluster while a stage's tasks waited, and none joined
    within :data:`WORKERS_GONE_SECONDS`: the cluster stopped, not one task's run."""


class JoinedWorkerError(StageStoppedError):
    """A worker that joined the cluster during a stage runs other code than the command
    (:meth:`DaskEngine.check_workers`): the stage stops before a result it may have
    computed is kept."""


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as err:
        raise EngineError(
            "--engine dask needs the optional dependencies dask and distributed: "
            "pip install -e '.[dask]' (make install installs them)"
        ) from err
    return distributed


class DaskEngine:
    """Runs chunks as tasks on a dask.distributed cluster, results in input order.

    Parameters
    ----------
    client : distributed.Client
        A connected client; :meth:`close` closes it (and a cluster started for it).
    cluster : object, optional
        A cluster this engine started (closed with it).
    """

    distributed = True

    def __init__(self, client: Any, cluster: Any = None) -> None:
        self.client = client
        self._cluster = cluster
        self._checked: set[str] = set()  # workers whose code was compared with this one's

    @classmethod
    def connect(cls, address: str | None = None) -> DaskEngine:
        """Connect to ``address``, else ``DASK_SCHEDULER_ADDRESS``, else a local cluster.

        Parameters
        ----------
        address : str, optional
            A scheduler address such as ``tcp://host:8786``; None or ``""`` falls back.

        Returns
        -------
        DaskEngine
            Connected; a local cluster it started is closed with it.

        Raises
        ------
        EngineError
            When dask is not installed or the scheduler cannot be reached.
        """
        distributed = _import_distributed()
        address = address or os.environ.get(SCHEDULER_ENV) or None
        if address is None:
            cluster = distributed.LocalCluster(
                n_workers=available_cores(),
                threads_per_worker=1,
                host="127.0.0.1",
                dashboard_address=None,
            )
            return cls(distributed.Client(cluster), cluster)
        try:
            client = distributed.Client(address, timeout=CONNECT_TIMEOUT_SECONDS)
        except (OSError, TimeoutError, ValueError) as err:
            raise EngineError(f"cannot reach the Dask scheduler at {address}: {err}") from err
        _say_when_no_worker(client, address)
        engine = cls(client)
        try:
            engine.check_workers()
        except EngineError:
            client.close()
            raise
        return engine

    @property
    def threads(self) -> int:
        """Worker threads of the cluster now (at least 1)."""
        return max(1, sum(self.client.nthreads().values()))

    def sized_for(self, n_chunks: int) -> DaskEngine:
        """The same engine: the cluster is shared, its size is the cluster's.

        Parameters
        ----------
        n_chunks : int
            Unused: a cluster is not resized per run.

        Returns
        -------
        DaskEngine
            ``self``.
        """
        return self

    def map_chunks(
        self, function: Callable[[Chunk], Result], chunks: Iterable[Chunk], in_flight: int = 0
    ) -> Iterator[Result]:
        """Yield ``function(chunk)`` for each chunk, in the order of ``chunks``.

        At most :data:`IN_FLIGHT_PER_THREAD` chunks per worker thread (or
        ``in_flight``, if more) are on the cluster at once, so this process holds a
        bounded number of results. A task's
        exception is raised here, for its chunk, in order; when the caller stops early
        the chunks not yet consumed are cancelled.

        Parameters
        ----------
        function : callable
            A picklable module-level function run on the workers.
        chunks : iterable
            The work, read lazily as the window frees up.
        in_flight : int, optional
            At least this many chunks on the cluster at once (0: the default number).

        Yields
        ------
        object
            Each chunk's result.
        """
        self.check_workers()
        window = max(IN_FLIGHT_PER_THREAD * self.threads, in_flight)
        pending: deque[Any] = deque()
        try:
            for chunk in chunks:
                pending.append(self.client.submit(function, chunk, pure=False))
                if len(pending) >= window:
                    yield self.result(pending.popleft())
            while pending:
                yield self.result(pending.popleft())
        finally:
            for future in pending:
                future.cancel()

    def result(self, future: Any) -> Any:
        """The future's result, once the cluster's workers are checked again; its task's
        exception is raised as it was raised there.

        While the result is awaited, the cluster is looked at every
        :data:`POLL_SECONDS`: a worker that joined is checked
        (:meth:`check_workers`), and so is any before the result is returned, so no
        result a worker running other code may have computed is kept; a cluster left
        with no worker for :data:`WORKERS_GONE_SECONDS` stops the stage (the tasks would
        wait on the scheduler without a word).

        Parameters
        ----------
        future : distributed.Future
            A chunk's task (released here).

        Returns
        -------
        object
            Its result.

        Raises
        ------
        LostWorkerError
            When the workers that ran the task died (distributed's ``KilledWorker``): a
            cluster's failure, not the chunk's, said in one line.
        WorkersGoneError
            When no worker was left on the cluster for :data:`WORKERS_GONE_SECONDS` (a
            :class:`LostWorkerError`).
        JoinedWorkerError
            When a worker that joined runs other code than this command.
        """
        timeout_error = _import_distributed().TimeoutError
        gone_since: float | None = None
        try:
            while True:
                try:
                    found = _result(future, POLL_SECONDS)
                    break
                except timeout_error:
                    pass
                self._check_joined()
                if self.client.nthreads():
                    gone_since = None
                elif gone_since is None:
                    gone_since = time.monotonic()
                elif time.monotonic() - gone_since >= WORKERS_GONE_SECONDS:
                    raise WorkersGoneError(
                        "every Dask worker left the cluster while this stage's work "
                        f"waited, and none joined in {WORKERS_GONE_SECONDS} s (killed, out "
                        "of memory, or stopped: see the workers' logs); start workers "
                        "against the scheduler"
                    )
            self._check_joined()
            return found
        finally:
            future.release()

    def _check_joined(self) -> None:
        """:meth:`check_workers` during a stage: a joined worker's other code stops it."""
        try:
            self.check_workers()
        except JoinedWorkerError:
            raise
        except EngineError as err:
            raise JoinedWorkerError(
                f"a Dask worker joined the cluster during the stage: {err}"
            ) from err

    def submit(self, function: Callable[..., Result], *args: Any) -> Any:
        """Start ``function(*args)`` on the cluster; a ``distributed.Future``.

        Parameters
        ----------
        function : callable
            Picklable; run once (``pure=False``: never taken from a cache).
        *args
            Its arguments.

        Returns
        -------
        distributed.Future
            With ``result()`` and ``cancel()``.
        """
        self.check_workers()
        return self.client.submit(function, *args, pure=False)

    def check_workers(self) -> None:
        """Stop when a worker runs other code than this process (another commit or version).

        Each worker not yet checked reports its :func:`analysis.provenance.code_version`;
        the package, its version and the commit must be this process's. Whether a clone
        is modified, and where it lives, are not compared: the same commit on a worker
        and here is the same code. A worker or this process outside a git clone (commit
        unknown) cannot be compared by commit: a warning says so, the work goes on.

        Raises
        ------
        EngineError
            Naming each worker whose code differs (or that cannot run this package), its
            code and this process's, and how to fix it.
        """
        new = [address for address in self.client.nthreads() if address not in self._checked]
        if not new:
            return
        reports = self.client.run(_worker_code_version, workers=new, on_error="return")
        here = provenance.code_version()
        differ, unknown = [], []
        for address in sorted(reports):
            record = reports[address]
            if isinstance(record, BaseException):
                differ.append(f"{address} (cannot run this package: {record!r})")
            elif _differs(record, here):
                differ.append(f"{address} ({provenance.describe(record)})")
            elif not (record.get("commit") and here.get("commit")):
                unknown.append(address)
        if differ:
            raise EngineError(
                f"the Dask workers {', '.join(differ)} run other code than this command "
                f"({provenance.describe(here)}): their chunks would be computed by other rules "
                "and the tables would mix two codes. Install the same checkout on the workers "
                "(git checkout of the same commit, pip install -e '.[dask]' in their "
                "environment) and restart them (docs/scaling.md)"
            )
        if unknown:
            logger.warning(
                "cannot tell whether the Dask workers %s run this command's code (%s): "
                "a commit is unknown (not a git clone); install the same checkout on them",
                ", ".join(unknown),
                provenance.describe(here),
            )
        self._checked.update(reports)

    def close(self) -> None:
        """Close the client, and the cluster if this engine started it."""
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


#: The fields of a code record that say which code it is (not whether a clone is modified).
_CODE_FIELDS = ("package", "version", "commit")


def _worker_code_version() -> dict[str, str | bool | None]:
    """This worker's :func:`analysis.provenance.code_version` (run on each worker)."""
    return provenance.code_version()


def _differs(record: Any, here: dict[str, str | bool | None]) -> bool:
    """Whether a worker's code record names other code than ``here``.

    A commit is compared only when both are known; the package and version always.
    """
    if not isinstance(record, dict):
        return True
    for field in _CODE_FIELDS:
        theirs, ours = record.get(field), here.get(field)
        if field == "commit" and not (theirs and ours):
            continue
        if theirs != ours:
            return True
    return False


def _say_when_no_worker(client: Any, address: str) -> None:
    """Warn when the scheduler has no worker after :data:`NO_WORKER_GRACE_SECONDS`.

    The tasks then wait on the scheduler until a worker connects, which may be meant (a
    cluster that starts its workers on demand) or not (none was started, or they were
    started against another address): without a word the command would seem to hang.
    """
    if client.nthreads():
        return
    try:
        client.wait_for_workers(1, timeout=NO_WORKER_GRACE_SECONDS)
    except TimeoutError:
        logger.warning(
            "the Dask scheduler at %s has no worker: the work waits until one connects "
            "(start one with: dask worker %s; docs/scaling.md); Ctrl-C stops it",
            address,
            address,
        )


def _result(future: Any, timeout: float) -> Any:
    """The future's result within ``timeout`` seconds (else distributed's
    ``TimeoutError``); its task's exception is raised as it was raised there.

    Raises
    ------
    LostWorkerError
        When the workers that ran the task died (distributed's ``KilledWorker``): a
        cluster's failure, not the chunk's, said in one line.
    """
    try:
        return future.result(timeout=timeout)
    except Exception as err:
        if not isinstance(err, _import_distributed().KilledWorker):
            raise
        raise LostWorkerError(
            "the Dask workers running one chunk of pages or articles died while running it "
            "(killed, or out of memory: see the workers' logs): " + str(err).split(". ", 1)[0]
        ) from err
