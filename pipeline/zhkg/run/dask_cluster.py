"""Reaching an existing Dask cluster for ``engine="dask"`` (:mod:`zhkg.run.corpus`): the scheduler's address
checked before any work (:func:`check_scheduler`: listening, answering, a host that resolves), a client that is
closed whatever happens (:func:`_dask_client`), and a task's result with one clear error when a worker fails.
Moved from :mod:`zhkg.run.corpus` by tidy156 (pure moves); :mod:`zhkg.run.corpus` still exports
:func:`check_scheduler`.

Caveats
-------
* ``distributed`` is imported only when a cluster is used (``pip install .[dask]``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from zhkg.errors import ConfigError, WorkerError, ZhkgError

__all__ = ["check_scheduler", "_dask_client", "_client", "CONNECT_TIMEOUT", "_check_listening", "_check_answers", "_check_host", "_dask_result"]


def check_scheduler(address: str) -> str:
    """``address`` if a Dask client can be given it (``tcp://HOST:PORT``, ``HOST:PORT``), else :class:`ConfigError`.

    Checked before anything is read: Dask's own refusal (``missing port number``) came as a traceback
    once the inputs were read. Whether a scheduler answers there is found when the run connects.

    >>> check_scheduler("tcp://10.0.0.5:8786")
    'tcp://10.0.0.5:8786'
    >>> check_scheduler("tcp://10.0.0.5")
    Traceback (most recent call last):
    ...
    zhkg.errors.ConfigError: not a Dask scheduler address: 'tcp://10.0.0.5' (missing port number in address '10.0.0.5'); expected tcp://HOST:PORT
    >>> check_scheduler("tcp://:8786")
    Traceback (most recent call last):
    ...
    zhkg.errors.ConfigError: not a Dask scheduler address: 'tcp://:8786' (no host); expected tcp://HOST:PORT
    """
    try:
        from distributed.comm.addressing import get_address_host_port, parse_address
    except ImportError:  # the run says which extra to install
        return address
    try:
        if parse_address(address)[0] == "inproc":  # a cluster in this process (LocalCluster(processes=False))
            return address
        host, port = get_address_host_port(address)
        if not host:  # tcp://:8786 is where a scheduler listens on every interface, not one to connect to
            raise ValueError("no host")
        if not 0 < port < 65536:
            raise ValueError(f"port {port} out of range")
    except (ValueError, TypeError) as exc:
        raise ConfigError(f"not a Dask scheduler address: {address!r} ({exc}); expected tcp://HOST:PORT") from None
    return address


@contextmanager
def _dask_client(scheduler) -> Iterator[Any]:
    """A client of ``scheduler`` (:func:`_client`) for one run, closed at its end.

    While it lives, what Dask's client logs of a lost scheduler is kept off stderr: a scheduler lost during the run
    is the run's one ``Error:`` line (:func:`_dask_result`), and the client logs "Failed to reconnect to
    scheduler…", or the traceback of its reconnecting cancelled, when the run closes it.
    """
    import asyncio
    import logging

    client = _client(scheduler)
    logger = logging.getLogger("distributed.client")

    def quiet(record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], asyncio.CancelledError):
            return False
        return not record.getMessage().startswith("Failed to reconnect to scheduler")

    logger.addFilter(quiet)
    try:
        yield client
    finally:
        try:
            client.close()
        finally:
            logger.removeFilter(quiet)


def _client(scheduler):
    """A Dask client of ``scheduler`` (an address, or a cluster object).

    A malformed address, or a host name that does not resolve, is a :class:`ConfigError` at once (the client
    tried it for 30 s); a port that refuses the connection is a :class:`WorkerError` at once, one whose host does
    not connect within :data:`CONNECT_TIMEOUT` or that does not answer Dask's handshake a :class:`WorkerError`
    saying so.
    """
    from dask.distributed import Client

    if isinstance(scheduler, str):
        check_scheduler(scheduler)
        _check_host(scheduler)
        _check_listening(scheduler)
        _check_answers(scheduler)
    try:
        return Client(scheduler)
    except OSError as exc:  # distributed's connect timeout; a refused connection is retried until then
        where = scheduler if isinstance(scheduler, str) else "the Dask cluster"
        first = str(exc).strip().split("\n")[0]
        raise WorkerError(f"no Dask scheduler answered at {where} ({first}); is it running?") from None


#: Seconds a scheduler's host has to accept a TCP connection before a run gives up on it (or Dask's own connection
#: timeout, ``distributed.comm.timeouts.connect``, when that is shorter). A refused connection fails at once: Dask's
#: client retried it for its 30 s. Dask's handshake, once the connection is accepted, keeps Dask's timeout, so a
#: slow scheduler on a reachable host is waited for as before.
CONNECT_TIMEOUT = 10.0


def _check_listening(address: str) -> None:
    """:class:`WorkerError` at once when nothing listens at a ``tcp://`` or ``tls://`` ``address`` (the connection
    is refused), or when its host does not accept a TCP connection within :data:`CONNECT_TIMEOUT` seconds."""
    import socket

    import dask.config
    from dask.utils import parse_timedelta
    from distributed.comm.addressing import get_address_host_port, parse_address

    if parse_address(address)[0] not in ("tcp", "tls"):
        return
    host, port = get_address_host_port(address)
    timeout = min(CONNECT_TIMEOUT,
                  parse_timedelta(dask.config.get("distributed.comm.timeouts.connect"), default="seconds"))
    try:
        socket.create_connection((host, port), timeout=timeout).close()
    except TimeoutError:
        raise WorkerError(f"no Dask scheduler answered at {address} (no TCP connection within {timeout:g} s); "
                          "is it running?") from None
    except OSError as exc:
        reason = exc.strerror or str(exc) or type(exc).__name__
        raise WorkerError(f"no Dask scheduler answered at {address} ({reason}); is it running?") from None


def _check_answers(address: str) -> None:
    """:class:`WorkerError` unless a Dask scheduler at the ``tcp://`` ``address`` answers Dask's handshake within
    Dask's connection timeout (``distributed.comm.timeouts.connect``, 30 s) and 5 s more.

    ``Client(address)`` bounds only the TCP connection: a port where something accepts and never answers (another
    service, a hung scheduler) kept it waiting for the handshake for ever.
    """
    import asyncio

    import dask.config
    from dask.utils import parse_timedelta
    from distributed.comm import connect
    from distributed.comm.addressing import parse_address

    if parse_address(address)[0] != "tcp":
        return  # tls:// needs the client's security settings: left to the client
    # distributed bounds the TCP connection by its own timeout (and says so): the handshake gets a few seconds more
    timeout = parse_timedelta(dask.config.get("distributed.comm.timeouts.connect"), default="seconds")
    limit = timeout + 5

    async def handshake() -> None:
        comm = await asyncio.wait_for(connect(address, timeout=timeout), limit)
        await comm.close()

    failed: list[BaseException] = []

    def probe() -> None:  # a thread of its own: a notebook's kernel already runs an event loop in this one
        try:
            asyncio.run(handshake())
        except BaseException as exc:  # noqa: BLE001 - raised again in the calling thread
            failed.append(exc)

    thread = threading.Thread(target=probe, name="zhkg-dask-handshake", daemon=True)
    thread.start()
    thread.join()
    try:
        if failed:
            raise failed[0]
    except asyncio.TimeoutError:
        raise WorkerError(f"no Dask scheduler answered at {address} (nothing answered Dask's handshake within "
                          f"{limit:g} s); is it running?") from None
    except OSError as exc:  # distributed's connect timeout; a refused connection is retried until then
        first = str(exc).strip().split("\n")[0]
        raise WorkerError(f"no Dask scheduler answered at {address} ({first}); is it running?") from None


def _check_host(address: str) -> None:
    """:class:`ConfigError` when the host of a ``tcp://`` scheduler address does not resolve.

    >>> _check_host("tcp://127.0.0.1:8786")
    >>> _check_host("tcp://no-such-host.invalid:8786")
    Traceback (most recent call last):
    ...
    zhkg.errors.ConfigError: cannot find the Dask scheduler's host 'no-such-host.invalid' (tcp://no-such-host.invalid:8786)
    """
    import socket

    from distributed.comm.addressing import get_address_host_port, parse_address

    if parse_address(address)[0] not in ("tcp", "tls"):
        return
    host, port = get_address_host_port(address)
    try:
        socket.getaddrinfo(host, port)
    except socket.gaierror:
        raise ConfigError(f"cannot find the Dask scheduler's host {host!r} ({address})") from None


def _dask_result(future, scheduler: object):
    """The result of a Dask task; a task that failed on the cluster is a :class:`~zhkg.errors.WorkerError` naming
    the scheduler and the worker's error in one line (a worker the cluster gave up on, a worker without zhkg), as a
    dead local worker is; zhkg's own errors stay as they are."""
    try:
        return future.result()
    except ZhkgError:
        raise
    except Exception as exc:  # noqa: BLE001 - whatever the worker raised comes back here as itself
        where = scheduler if isinstance(scheduler, str) else "the Dask cluster"
        first = str(exc).strip().split("\n")[0]
        if type(exc).__name__ == "KilledWorker":
            raise WorkerError(f"Dask workers of {where} died running a task of this run, each time it was tried "
                              "(killed: out of memory?)") from None
        # a scheduler lost mid-run: the result's connection closes, or the client cancels every task ("a task
        # failed … cancelled" said otherwise)
        if type(exc).__name__ == "CommClosedError" or (
                type(exc).__name__ in ("FutureCancelledError", "CancelledError") and (
                    getattr(exc, "reason", "") == "scheduler-connection-lost"
                    or getattr(getattr(future, "client", None), "status", "running") != "running")):
            raise WorkerError(f"lost the Dask scheduler {where} during the run; is it still running?") from None
        raise WorkerError(f"a task failed on the Dask cluster {where}: {type(exc).__name__}"
                          + (f": {first}" if first else "")) from None
