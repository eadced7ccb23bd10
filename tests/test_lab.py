"""`make lab` opens JupyterLab on notebooks/: start the same server and ask for /api/status.

The server gets the Makefile's ``LAB_FLAGS`` (no news pop-up, no update check), as `make lab`
gives them.
"""

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def lab_flags() -> list[str]:
    for line in (ROOT / "Makefile").read_text("utf-8").splitlines():
        if line.startswith("LAB_FLAGS :="):
            return line.split(":=", 1)[1].split()
    raise AssertionError("the Makefile defines no LAB_FLAGS")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_jupyterlab_serves_the_notebooks(tmp_path):
    port, token = free_port(), secrets.token_hex(16)
    cmd = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--ip=127.0.0.1",
        f"--port={port}",
        f"--IdentityProvider.token={token}",
        f"--notebook-dir={ROOT / 'notebooks'}",
        "--ServerApp.port_retries=0",
        *lab_flags(),
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path), "JUPYTER_CONFIG_DIR": str(tmp_path)}
    log = (tmp_path / "lab.log").open("w")
    with subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env) as server:
        try:
            status = None
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline and server.poll() is None:
                try:
                    req = urllib.request.Request(
                        f"http://127.0.0.1:{port}/api/status",
                        headers={"Authorization": f"token {token}"},
                    )
                    with urllib.request.urlopen(req, timeout=5) as resp:
                        status = json.load(resp)
                    break
                except OSError:
                    time.sleep(0.5)
            assert status is not None, (tmp_path / "lab.log").read_text()[-2000:]
            assert "started" in status
            req = urllib.request.Request(
                f"http://127.0.0.1:{port}/api/contents",
                headers={"Authorization": f"token {token}"},
            )
            with urllib.request.urlopen(req, timeout=10) as resp:
                names = {item["name"] for item in json.load(resp)["content"]}
            assert "01-explore-frameworks.ipynb" in names
            req = urllib.request.Request(
                f"http://127.0.0.1:{port}/lab", headers={"Authorization": f"token {token}"}
            )
            with urllib.request.urlopen(req, timeout=30) as resp:
                page = resp.read().decode("utf-8")
            marker = 'id="jupyter-config-data" type="application/json">'
            config = json.loads(page.split(marker, 1)[1].split("</script>", 1)[0])
            assert config["news"] == {"disabled": True}, "JupyterLab would ask about its news"
        finally:
            server.terminate()
            server.wait(timeout=30)
            log.close()
