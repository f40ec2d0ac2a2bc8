"""Run the dashboard on a free local port and drive it offline: shared by the browser test and
``scripts/screenshot.py``.

``running_app(paths)`` starts Streamlit on 127.0.0.1 with ``EVENTS_DASHBOARD_DATA`` set and yields its URL;
``is_local(url)`` tells the requests a page may make when every request leaving this machine is aborted.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO
from urllib.parse import urlparse
from urllib.request import urlopen

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def is_local(url: str) -> bool:
    """Whether a request stays on this machine (the app's own server, or data/blob/about URLs)."""
    return url.startswith(("data:", "blob:", "about:")) or urlparse(url).hostname in ("127.0.0.1", "localhost")


def _healthy(url: str, timeout: float) -> bool:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urlopen(url + "/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return True
        except OSError:
            time.sleep(0.5)
    return False


@contextmanager
def running_app(data_paths: Sequence[Path], log: IO[str] | None = None, timeout: float = 60.0) -> Iterator[str]:
    """The dashboard on the given articles, served at the yielded URL; stopped on exit.
    Raises :class:`RuntimeError` when it does not answer within ``timeout`` seconds."""
    port = free_port()
    env = dict(os.environ, EVENTS_DASHBOARD_DATA=os.pathsep.join(str(p) for p in data_paths))
    out = log if log is not None else subprocess.DEVNULL
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"), "--server.headless", "true",
                             "--server.port", str(port), "--server.address", "127.0.0.1"], cwd=ROOT, env=env,
                            stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        if not _healthy(url, timeout):
            raise RuntimeError(f"the dashboard did not answer at {url} within {timeout:.0f} s")
        yield url
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
