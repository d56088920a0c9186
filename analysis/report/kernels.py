"""A notebook kernel kept warm by a batch worker: several notebooks in turn, one start.

Starting a kernel and importing pandas, pyarrow, matplotlib and the report modules in it
costs a few CPU seconds, more than most report notebooks spend on their own work. A
batch worker (:mod:`analysis.report.pool`) therefore keeps one :class:`WarmKernel` and
runs its notebooks in it one after the other, through papermill as before (same
parameters cell, same metadata, same error handling), with papermill's client attached
to the running kernel instead of starting one.

Isolation: before each notebook the kernel is given a fresh kernel's namespace and
settings (:func:`analysis.report.kernel_state.reset_for_next_notebook`: empty user
namespace and history, execution count 1, the notebook's working folder, display
formatters, warning filters, matplotlib and pandas settings as after start). A kernel
whose notebook failed in any way (a cell raised, timed out, the kernel died) is shut
down and the next notebook gets a new one, so a failure never leaks into another report.
"""

from __future__ import annotations

import contextlib
import logging
import tempfile
from pathlib import Path
from typing import Any

import nbformat

#: Modules a kernel imports when it starts (what the report notebooks import): their
#: import-time settings are part of the state each notebook starts from.
PRELOADED_MODULES = ("analysis.report.charts", "analysis.report.params", "analysis.report.views")
#: Code run (silently, binding no name) right after a kernel starts, and before each notebook.
_RECORD_CODE = (
    "__import__('analysis.report.kernel_state', fromlist=['_'])"
    f".record_fresh_state({PRELOADED_MODULES!r})"
)
_RESET_CODE = (
    "__import__('analysis.report.kernel_state', fromlist=['_']).reset_for_next_notebook({folder!r})"
)
#: Seconds to wait for a kernel to start, and for the reset before a notebook.
START_TIMEOUT_SECONDS = 60
RESET_TIMEOUT_SECONDS = 120
#: Papermill's name for the engine that runs a notebook in a :class:`WarmKernel`.
ENGINE_NAME = "newscompare-warm-kernel"


class WarmKernel:
    """One kernel reused for several notebooks, started on first use.

    Parameters
    ----------
    kernel_name : str
        The kernelspec to start (``python3``: this environment's, see
        :func:`analysis.report.runner.set_kernel_environment`).
    """

    def __init__(self, kernel_name: str) -> None:
        self.kernel_name = kernel_name
        self.manager: Any = None
        self.client: Any = None
        self.notebooks_run = 0
        self._log_folder = tempfile.TemporaryDirectory(prefix="newscompare-kernel-")
        self.log_path = Path(self._log_folder.name) / "kernel.log"
        self.log_path.touch()

    @property
    def running(self) -> bool:
        """A kernel was started and not shut down."""
        return self.client is not None

    def start(self, cwd: Path) -> None:
        """Start the kernel in ``cwd`` (its stderr into :attr:`log_path`) and record its state.

        Parameters
        ----------
        cwd : Path
            The kernel process's working folder.

        Raises
        ------
        RuntimeError
            The kernel died before replying to ``kernel_info`` (see
            :data:`analysis.report.runner.KERNEL_START_FAILURE`).
        """
        from nbclient import NotebookClient

        starter = NotebookClient(
            nbformat.v4.new_notebook(),
            kernel_name=self.kernel_name,
            startup_timeout=START_TIMEOUT_SECONDS,
        )
        starter.km = starter.create_kernel_manager()
        with self.log_path.open("ab") as log:
            starter.start_new_kernel(cwd=str(cwd), stderr=log)
        starter.start_new_kernel_client()  # waits for kernel_info; cleans up on failure
        self.manager, self.client = starter.km, starter.kc
        self.notebooks_run = 0
        self._run_silently(_RECORD_CODE)

    def prepare(self, folder: Path) -> None:
        """Start the kernel if needed, then reset it for a notebook run in ``folder``.

        Parameters
        ----------
        folder : Path
            Where the notebook runs; the kernel is started there if it is not running.
        """
        if not self.running:
            self.start(folder)
        self._run_silently(_RESET_CODE.format(folder=str(folder)))

    def log_size(self) -> int:
        """Bytes in the kernel's log so far (to take what one notebook added).

        Returns
        -------
        int
            0 when the log does not exist yet.
        """
        return self.log_path.stat().st_size if self.log_path.is_file() else 0

    def log_since(self, offset: int) -> bytes:
        """What the kernel wrote to its log from ``offset`` on.

        Parameters
        ----------
        offset : int
            A byte position, as :meth:`log_size` gave it before the notebook ran.

        Returns
        -------
        bytes
            The bytes after ``offset``, as written (no decoding).
        """
        with self.log_path.open("rb") as log:
            log.seek(offset)
            return log.read()

    def _run_silently(self, code: str) -> None:
        """Run ``code`` without output or history; raise RuntimeError if it fails."""
        from jupyter_core.utils import run_sync

        msg_id = self.client.execute(code, silent=True, store_history=False)
        while True:
            reply = run_sync(self.client.get_shell_msg)(timeout=RESET_TIMEOUT_SECONDS)
            if reply["parent_header"].get("msg_id") == msg_id:
                break
        content = reply["content"]
        if content.get("status") != "ok":
            raise RuntimeError(
                f"preparing the kernel failed: {content.get('ename')}: {content.get('evalue')}"
            )

    def shutdown(self) -> None:
        """Stop the kernel (immediately) and its client; the next use starts a new one."""
        from jupyter_core.utils import run_sync

        manager, client = self.manager, self.client
        self.manager = self.client = None
        if client is not None:
            _cancel_pending_tasks()
        if client is not None:
            with contextlib.suppress(Exception):
                client.stop_channels()
        if manager is not None:
            with contextlib.suppress(Exception):
                run_sync(manager.shutdown_kernel)(now=True)
            with contextlib.suppress(Exception):
                run_sync(manager.cleanup_resources)()

    def close(self) -> None:
        """Shut the kernel down and remove its log."""
        self.shutdown()
        self._log_folder.cleanup()


def _cancel_pending_tasks() -> None:
    """Cancel what an interrupted notebook left running on this thread's event loop.

    After Ctrl-C in the middle of a cell, nbclient's tasks waiting for the kernel's
    messages are still pending; shutting the kernel down would make them fail with
    ``DeadKernelError`` and asyncio print each one as "never retrieved".
    """
    import asyncio

    from jupyter_core.utils import ensure_event_loop

    loop = ensure_event_loop()
    # A task the Ctrl-C met keeps its KeyboardInterrupt, and a task awaiting it re-raises
    # that while being cancelled, which stops the loop before the others are done: the
    # interruption is already handled (workers ignore SIGINT while they stop), so it is
    # no new one; the tasks left are cancelled in another round.
    for _ in range(_CANCEL_ROUNDS):
        pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
        if not pending:
            return
        for task in pending:
            task.cancel()
        with contextlib.suppress(Exception, KeyboardInterrupt):
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))


# Rounds of cancelling: each round ends at least one task the interrupt left waiting.
_CANCEL_ROUNDS = 8


def register_engine() -> None:
    """Make papermill know :data:`ENGINE_NAME` (idempotent)."""
    from papermill.engines import papermill_engines

    papermill_engines.register(ENGINE_NAME, _warm_kernel_engine())


def _warm_kernel_engine() -> type:
    """Papermill's nbclient engine, attached to a running :class:`WarmKernel`."""
    from papermill.clientwrap import PapermillNotebookClient
    from papermill.engines import NBClientEngine

    class WarmKernelEngine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(
            cls,
            nb_man: Any,
            kernel_name: str,
            warm_kernel: WarmKernel,
            log_output: bool = False,
            start_timeout: int = START_TIMEOUT_SECONDS,
            execution_timeout: int | None = None,
            **kwargs: Any,
        ) -> Any:
            client = PapermillNotebookClient(
                nb_man,
                km=warm_kernel.manager,  # not owned: the client leaves the kernel running
                timeout=execution_timeout,
                startup_timeout=start_timeout,
                kernel_name=kernel_name,
                log=logging.getLogger("papermill"),
                log_output=log_output,
            )
            client.kc = warm_kernel.client
            client.kc.allow_stdin = False
            return client.execute()

    return WarmKernelEngine
