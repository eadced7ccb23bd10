"""Bring a framework in from the document it was published in: Word, spreadsheet, CSV, PDF, text.

:func:`ingest` detects the layout (:data:`LAYOUTS`), reads every statement word for word into its
cell (competency and level) with its polarity, stem, numbering and location in the source, and
returns the framework document with an :class:`IngestReport` of every guess, repair, undefined
cell and unused piece of text. ``compkit ingest FILE`` does the same from the command line, and
:func:`wizard` in JupyterLab.

Examples
--------
>>> from compkit.ingest import ingest
>>> from compkit.framework import data_dir
>>> result = ingest(data_dir() / "raw" / "000_f041fda749b9a554.txt")
>>> result.framework.counts().sum().sum(), result.report.layout
(np.int64(62), 'level-columns')
"""

from .api import LAYOUTS, Ingested, ingest
from .limits import LIMITS, IngestError, check_file
from .report import IngestReport
from .wizard import Wizard, wizard

__all__ = [
    "LAYOUTS",
    "LIMITS",
    "IngestError",
    "IngestReport",
    "Ingested",
    "Wizard",
    "check_file",
    "ingest",
    "wizard",
]

# ``compkit.ingest`` is the function at the top level (``compkit.ingest(path)``, as the CLI's
# ``compkit ingest``); the package's other names are reachable through it as well, so that
# ``compkit.ingest.LIMITS`` and ``compkit.ingest.wizard(...)`` work as they read.
for _name in __all__:
    if _name != "ingest":
        setattr(ingest, _name, globals()[_name])
del _name
