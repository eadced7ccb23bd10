"""``python -m compkit``: the same as the ``compkit`` command."""

import sys

from .cli import main

sys.exit(main())
