"""sqlite-utils, imported without numpy: import Database and Migrations from here.

sqlite-utils imports numpy whenever it is installed (matplotlib brings it in) only to map
numpy scalar types to column types when inserting them, which claimwatch never does. That
import costs every process opening the database about 11 MB and 0.1 s, the poller included.
When numpy is already loaded (a report drawing charts), sqlite-utils gets it as usual.
"""

from __future__ import annotations

import sys

_hide_numpy = "numpy" not in sys.modules
if _hide_numpy:
    sys.modules["numpy"] = None  # type: ignore[assignment]  # "import numpy" -> ImportError
try:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations
finally:
    if _hide_numpy:
        del sys.modules["numpy"]

__all__ = ["Database", "Migrations"]
