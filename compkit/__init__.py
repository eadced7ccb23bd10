"""compkit: staff competency frameworks as data you can analyse, compare, map and revise.

Load a bundled framework or your own YAML file, get tidy DataFrames and a networkx graph:

>>> import compkit
>>> cis = compkit.load("cis")
>>> cis.counts().sum().sum()
np.int64(62)
"""

from importlib.metadata import PackageNotFoundError, version

from .errors import CompkitError, FrameworkFileError, FrameworkNotFoundError, UsageError
from .frames import combine, summary
from .graph import graph_summary, read_graphml, to_graph, write_graphml, write_node_link
from .io import bundled, load, load_all, to_dict, write_json
from .model import Framework

try:
    __version__ = version("compkit")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0+unknown"

__all__ = [
    "CompkitError",
    "Framework",
    "FrameworkFileError",
    "FrameworkNotFoundError",
    "UsageError",
    "__version__",
    "bundled",
    "combine",
    "graph_summary",
    "load",
    "load_all",
    "read_graphml",
    "summary",
    "to_dict",
    "to_graph",
    "write_graphml",
    "write_json",
    "write_node_link",
]
