"""``python -m compkit.cli``: the same as the ``compkit`` command."""

import sys

from . import main

sys.exit(main())
