"""The installed version of compkit, from the package metadata."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("compkit")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0+unknown"

__all__ = ["__version__"]
