"""The framework model and what every other part reads.

Loading and validation (YAML against the published schema), the immutable
:class:`Framework`, tidy frames, the networkx graph and the analysts' exports (CSV, XLSX,
JSON, GraphML). Nothing here imports another compkit capability.

Examples
--------
>>> from compkit import framework
>>> fw = framework.load("wsx")
>>> framework.summary(fw).loc["indicators", "wsx"]
153
"""

from . import errorview as _errorview
from .across import combine, summary
from .build import from_dict
from .export import csv_text
from .graph import graph_summary, read_graphml, to_graph, write_graphml, write_node_link
from .io import bundled, data_dir, from_text, load, load_all, read_framework, to_dict, write_json
from .model import Framework
from .validate import validate_data

_errorview.register()  # in IPython or Jupyter, a CompkitError shows as its message

__all__ = [
    "Framework",
    "bundled",
    "combine",
    "csv_text",
    "data_dir",
    "from_dict",
    "from_text",
    "graph_summary",
    "load",
    "load_all",
    "read_framework",
    "read_graphml",
    "summary",
    "to_dict",
    "to_graph",
    "validate_data",
    "write_graphml",
    "write_json",
    "write_node_link",
]
