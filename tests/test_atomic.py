import os
import signal
import subprocess
import sys
import time

import pytest

import compkit
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


def test_a_symlink_target_is_followed_and_kept(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("old")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    _atomic.write_text(link, "new")
    assert link.is_symlink()
    assert real.read_text() == "new"


def test_folders_pipes_and_devices_are_refused(tmp_path):
    (tmp_path / "x.html").mkdir()
    with pytest.raises(
        compkit.UsageError, match=r"x\.html: is a folder; expected the path of a file"
    ):
        _atomic.write_text(tmp_path / "x.html", "text")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(compkit.UsageError, match="not a regular file"):
        _atomic.write_text(fifo, "text")
    with pytest.raises(compkit.UsageError, match="not a regular file"):
        _atomic.write_text("/dev/null", "text")


def test_errors_name_the_users_path_not_the_temporary_file(tmp_path):
    out = tmp_path / "out.txt"

    def failing(tmp):
        raise OSError(28, "No space left on device", str(tmp))

    with pytest.raises(OSError, match="No space left on device") as info:
        _atomic.write_with(out, failing)
    assert info.value.filename == str(out)
    assert [p.name for p in tmp_path.iterdir()] == []


def test_stale_temporary_files_of_ours_are_cleaned(tmp_path):
    stale = tmp_path / ".out.txt.abc123.tmp"
    stale.write_text("left by a killed write")
    fresh = tmp_path / ".out.txt.def456.tmp"
    fresh.write_text("a write under way")
    other = tmp_path / ".notes.tmp"
    other.write_text("not ours")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    _atomic.write_text(tmp_path / "out.txt", "new")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".notes.tmp",
        ".out.txt.def456.tmp",
        "out.txt",
    ]


def test_a_folder_output_is_swapped_in_whole(tmp_path):
    out = tmp_path / "tables"
    with _atomic.atomic_dir(out) as tmp:
        (tmp / "a.csv").write_text("first")

    def killed():
        with _atomic.atomic_dir(out) as tmp:
            (tmp / "a.csv").write_text("second, half")
            raise RuntimeError("killed")

    with pytest.raises(RuntimeError, match="killed"):
        killed()
    assert [p.name for p in tmp_path.iterdir()] == ["tables"]
    assert (out / "a.csv").read_text() == "first"
    with _atomic.atomic_dir(out) as tmp:
        (tmp / "b.csv").write_text("third")
    assert sorted(p.name for p in out.iterdir()) == ["b.csv"]


def test_a_path_from_home_is_read_as_a_shell_reads_it(tmp_path, monkeypatch):
    # was: render(cis, "~/x/cis.docx") made a folder literally named "~" in the working folder
    from compkit.authoring import render

    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    cis = compkit.load("cis")
    render(cis, "~/reports/cis.md")
    assert (tmp_path / "home" / "reports" / "cis.md").is_file()
    assert not (tmp_path / "~").exists()
    back = compkit.ingest("~/reports/cis.md")
    assert len(back.framework.indicators) == len(cis.indicators)
