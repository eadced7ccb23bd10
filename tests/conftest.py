"""Shared fixtures: the bundled frameworks and the purpose-made test frameworks in tests/data.

Also the browser-test fixtures (JupyterLab, Voilà, headless Chromium): see the section at the end.
"""

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

import compkit

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def cis():
    return compkit.load("cis")


@pytest.fixture(scope="session")
def wsx():
    return compkit.load("wsx")


@pytest.fixture(scope="session")
def clustered():
    return compkit.load(DATA / "clustered.yaml")


@pytest.fixture
def clustered_text():
    return (DATA / "clustered.yaml").read_text(encoding="utf-8")


# -- Browser tests: JupyterLab, Voilà and headless Chromium -------------------------------------
#
# Fixtures for tests that drive a real browser, as users do (tests/test_browser.py and
# tests/test_report.py use them; reuse them for any notebook with widgets):
#
# ``chromium``      a Playwright browser context on Debian's /usr/bin/chromium (module scope),
#                   headless, with a fresh profile directory.
# ``page``          a new tab per test; ``page.console_errors`` lists the console errors and
#                   uncaught page errors seen so far, ``page.requests`` every URL it requested.
# ``lab_server``    a JupyterLab server on 127.0.0.1 with a token (session scope), serving a
#                   temporary copy of notebooks/ (so the stored notebooks are never modified),
#                   with a temporary JUPYTER_CONFIG_DIR, runtime and settings directories, the
#                   news pop-up, update checks, autosave and notebook windowing switched off.
# ``voila_app``     ``voila_app(name)`` serves notebooks/<name> as a Voilà app on 127.0.0.1 with a
#                   token (session scope, one server per notebook) and returns its ``Server``;
#                   open ``f"{server.url}/?token={server.token}"``.
# ``run_notebook``  ``run_notebook(name)`` opens notebooks/<name> in ``lab_server`` on ``page``,
#                   waits for the kernel's websocket, clears outputs, runs all cells
#                   (``runmenu:run-all``, retried if the kernel dropped it) and waits until every
#                   code cell has run; returns the page. Fails with the cell's error if one raised.
# ``screenshot``    ``screenshot(target, name)`` saves a page or locator as
#                   build/screenshots/<name>.png and returns the path.
#
# Chromium or Playwright missing: the browser tests skip on a developer's machine and fail in CI
# (CI=true), where .ci/run installs chromium with apt.

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path(os.environ.get("COMPKIT_CHROMIUM", "/usr/bin/chromium"))
#: as `make app` serves the dashboard: compkit's template, which links nothing off this machine
VOILA_FLAGS = ["--template=compkit"]
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = ROOT / "build" / "screenshots"
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
    "@jupyterlab/docmanager-extension:plugin": {"autosave": False},
    "@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"},
    "@jupyterlab/extensionmanager-extension:plugin": {"enabled": False},
}


def _need_browser():
    """Skip (on a developer's machine) or fail (in CI) when Chromium or Playwright is missing."""
    problem = None
    if not CHROMIUM.exists():
        problem = f"{CHROMIUM} not found: apt-get install -y --no-install-recommends chromium"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            problem = "playwright is not installed: pip install -e '.[dev]'"
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests must run in CI: {problem}")
        pytest.skip(problem)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    """A local Jupyter server started for the tests: its base URL, token, root folder and log."""

    url: str
    token: str
    root: Path
    log: Path
    process: subprocess.Popen

    def api(self, path: str, method: str = "GET"):
        """Call the server's REST API (``/api/...``) and return the decoded JSON (or None)."""
        req = urllib.request.Request(
            f"{self.url}{path}", method=method, headers={"Authorization": f"token {self.token}"}
        )
        with urllib.request.urlopen(req, timeout=10) as resp:
            body = resp.read()
        return json.loads(body) if body else None

    def tail(self, n: int = 3000) -> str:
        """The end of the server's log, for failure messages."""
        return self.log.read_text(encoding="utf-8", errors="replace")[-n:]


def _jupyter_env(base: Path) -> dict:
    for name in ("config", "runtime", "data"):
        (base / name).mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(base / "config"),
        "JUPYTER_RUNTIME_DIR": str(base / "runtime"),
        "JUPYTER_DATA_DIR": str(base / "data"),
        "JUPYTER_PLATFORM_DIRS": "1",
        "JUPYTER_PATH": str(ROOT / "notebooks" / ".voila"),  # compkit's Voila template
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("JUPYTER_TOKEN", None)
    return env


def start_server(
    cmd: list[str], base: Path, root: Path, port: int, token: str, ready: str, *, lab: bool = True
):
    """Start a Jupyter server (``cmd``) and wait until ``ready`` (a path) answers with 200.

    ``lab``: a jupyter_server application, which refuses to run as root without --allow-root
    (Voilà has no such option and runs as root as it is).
    """
    if lab and hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd = [*cmd, "--allow-root"]
    log = base / "server.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            cmd, stdout=out, stderr=subprocess.STDOUT, env=_jupyter_env(base), cwd=root
        )
    server = Server(f"http://127.0.0.1:{port}", token, root, log, proc)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"server exited with status {proc.returncode}:\n{server.tail()}")
        try:
            req = urllib.request.Request(
                f"{server.url}{ready}", headers={"Authorization": f"token {token}"}
            )
            with urllib.request.urlopen(req, timeout=5) as resp:
                if resp.status == 200:
                    return server
        except OSError:
            time.sleep(0.3)
    stop_server(server)
    pytest.fail(f"server did not answer {ready} within 120 s:\n{server.tail()}")


def stop_server(server: Server) -> None:
    """Stop a server started by :func:`start_server` (this process only, by its id)."""
    server.process.terminate()
    try:
        server.process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait(timeout=10)


def copy_notebooks(dest: Path) -> Path:
    """Copy notebooks/ to ``dest/notebooks`` (with ``dest/build`` beside it) and return it."""
    target = dest / "notebooks"
    shutil.copytree(ROOT / "notebooks", target, ignore=shutil.ignore_patterns(".ipynb_*"))
    (dest / "build").mkdir(exist_ok=True)
    return target


@pytest.fixture(scope="session")
def lab_server(tmp_path_factory):
    _need_browser()
    base = tmp_path_factory.mktemp("lab")
    root = copy_notebooks(base)
    settings = base / "lab-settings"
    settings.mkdir()
    (settings / "overrides.json").write_text(json.dumps(LAB_SETTINGS, indent=1))
    port, token = free_port(), secrets.token_hex(16)
    cmd = [
        sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
        "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}", f"--LabApp.app_settings_dir={settings}",
        f"--LabApp.workspaces_dir={base / 'workspaces'}",
        f"--LabApp.user_settings_dir={base / 'user-settings'}",
    ]  # fmt: skip
    server = start_server(cmd, base, root, port, token, "/api/status")
    yield server
    stop_server(server)


@pytest.fixture(scope="session")
def voila_app(tmp_path_factory):
    servers: dict[str, Server] = {}

    def serve(name: str) -> Server:
        _need_browser()
        if name not in servers:
            base = tmp_path_factory.mktemp("voila")
            root = copy_notebooks(base)
            port, token = free_port(), secrets.token_hex(16)
            cmd = [
                sys.executable, "-m", "voila", str(root / name), "--no-browser",
                "--Voila.ip=127.0.0.1", f"--port={port}", f"--token={token}", *VOILA_FLAGS,
            ]  # fmt: skip
            servers[name] = start_server(
                cmd, base, root, port, token, "/voila/static/voila.js", lab=False
            )
        return servers[name]

    yield serve
    for server in servers.values():
        stop_server(server)


@pytest.fixture(scope="module")
def chromium(tmp_path_factory):
    _need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 1000},
        )
        context.set_default_timeout(60_000)
        yield context
        context.close()


@pytest.fixture
def page(chromium):
    tab = chromium.new_page()
    tab.console_errors = []
    tab.requests = []
    tab.on(
        "console",
        lambda msg: (
            tab.console_errors.append(f"console: {msg.text} ({msg.location.get('url', '')})")
            if msg.type == "error"
            else None
        ),
    )
    tab.on("pageerror", lambda exc: tab.console_errors.append(f"page error: {exc}"))
    tab.on("request", lambda req: tab.requests.append(req.url))
    yield tab
    tab.close()


@pytest.fixture
def screenshot():
    def save(target, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        target.screenshot(path=str(path))
        return path

    return save


# Every code cell has an execution count, and none is queued or running ([*]).
_ALL_RAN = """() => {
  const prompts = [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden)'
    + ' .jp-CodeCell .jp-InputPrompt')].map(p => p.textContent.trim());
  return prompts.length > 0 && prompts.every(t => /^\\[\\d+\\]:?$/.test(t));
}"""
# Some code cell was queued, is running or ran since the outputs were cleared.
_STARTED = """() => [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden)'
  + ' .jp-CodeCell .jp-InputPrompt')].some(p => /\\[(\\*|\\d+)\\]/.test(p.textContent))"""


def _menu(page, menu: str, command: str) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text=menu).first.click()
    page.locator(f'.lm-Menu-item[data-command="{command}"]').first.click()


@pytest.fixture
def run_notebook(page, lab_server):
    channels = []

    def on_websocket(ws):
        if "/api/kernels/" in ws.url and "/channels" in ws.url:
            entry = {"url": ws.url, "frames": 0, "closed": False}
            channels.append(entry)
            ws.on("framereceived", lambda _payload: entry.update(frames=entry["frames"] + 1))
            ws.on("close", lambda _ws: entry.update(closed=True))

    page.on("websocket", on_websocket)

    def run(name: str, *, timeout: float = 180) -> object:
        from playwright.sync_api import TimeoutError as PlaywrightTimeout

        workspace = secrets.token_hex(4)  # a fresh workspace: no notebook of an earlier test
        page.goto(
            f"{lab_server.url}/lab/workspaces/{workspace}/tree/{name}?token={lab_server.token}"
        )
        page.wait_for_selector(".jp-NotebookPanel .jp-CodeCell", timeout=timeout * 1000)
        # The toolbar says idle before the kernel's /channels websocket is open; a Run All sent
        # then is dropped. Wait for a frame from this notebook's kernel on an open channel.
        deadline = time.monotonic() + timeout
        kernel = None
        while True:
            if kernel is None:
                kernel = next(
                    (
                        s["kernel"]["id"]
                        for s in lab_server.api("/api/sessions")
                        if s["path"] == name
                    ),
                    None,
                )
            if kernel and any(
                kernel in c["url"] and c["frames"] and not c["closed"] for c in channels
            ):
                break
            dialog = page.locator(".jp-Dialog")
            if dialog.count() and "Select Kernel" in dialog.first.inner_text():
                dialog.locator(".jp-mod-accept").first.click()  # start the notebook's kernel
            if time.monotonic() > deadline:
                SCREENSHOTS.mkdir(parents=True, exist_ok=True)
                shot = SCREENSHOTS / f"{name}-no-kernel.png"
                page.screenshot(path=str(shot))
                shown = " | ".join(dialog.all_inner_texts())
                pytest.fail(
                    f"no kernel websocket for {name} (dialog: {shown or 'none'}; screenshot: "
                    f"{shot}; kernel: {kernel}; channels: {channels}):\n{lab_server.tail()}"
                )
            page.wait_for_timeout(200)
        page.wait_for_selector(
            '.jp-Notebook-ExecutionIndicator[data-status="idle"]', timeout=timeout * 1000
        )
        _menu(page, "Edit", "editmenu:clear-all")
        page.wait_for_function(f"() => !({_STARTED})()", timeout=30_000)
        for _attempt in range(4):
            _menu(page, "Run", "runmenu:run-all")
            try:
                page.wait_for_function(_STARTED, timeout=15_000)
                break
            except PlaywrightTimeout:  # the kernel dropped the request: send it again
                page.wait_for_timeout(1000)
        else:
            pytest.fail(f"Run All never started in {name}")
        page.wait_for_function(_ALL_RAN, timeout=timeout * 1000)
        errors = page.locator(
            '.jp-NotebookPanel:not(.lm-mod-hidden) [data-mime-type="application/vnd.jupyter.stderr"]'
        )
        tracebacks = [t for t in errors.all_inner_texts() if "Traceback" in t or "Error" in t]
        assert not tracebacks, f"{name} raised:\n" + "\n".join(tracebacks)[:3000]
        return page

    yield run
    for session in lab_server.api("/api/sessions") or []:
        lab_server.api(f"/api/sessions/{session['id']}", method="DELETE")
