import signal
import subprocess
import sys
import time

import pytest

from compkit import _atomic


def test_write_replaces_whole_file(tmp_path):
    out = tmp_path / "a.txt"
    _atomic.write_text(out, "one")
    _atomic.write_text(out, "two")
    assert out.read_text() == "two"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_exception_keeps_previous_file(tmp_path):
    out = tmp_path / "a.txt"
    out.write_text("previous")

    def crash():
        with _atomic.atomic_path(out) as tmp:
            tmp.write_text("half")
            raise ValueError("crash")

    with pytest.raises(ValueError, match="crash"):
        crash()
    assert out.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_killed_process_leaves_previous_file_intact(tmp_path):
    out = tmp_path / "framework.yaml"
    out.write_text("previous version\n")
    script = (
        "import sys, time\n"
        "from compkit import _atomic\n"
        "with _atomic.atomic_path(sys.argv[1]) as tmp:\n"
        "    with open(tmp, 'w') as fh:\n"
        "        fh.write('half of the new ver'); fh.flush()\n"
        "        print('writing', flush=True)\n"
        "        time.sleep(60)\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", script, str(out)], stdout=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout.readline().strip() == "writing"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    time.sleep(0.05)
    assert out.read_text() == "previous version\n"
