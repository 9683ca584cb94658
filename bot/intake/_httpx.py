"""httpx, imported without its command-line client: import httpx from here.

httpx imports its command-line client whenever that client's dependencies are installed
(rich and pygments are, for claimwatch's own commands), only to offer ``httpx.main``,
which claimwatch never calls. That costs every polling process about 6 MB. When httpx is
already loaded, it is used as it is.
"""

from __future__ import annotations

import sys

_hide_cli = "httpx" not in sys.modules
if _hide_cli:
    sys.modules["httpx._main"] = None  # type: ignore[assignment]  # -> ImportError, a stub main
try:
    import httpx
finally:
    if _hide_cli:
        del sys.modules["httpx._main"]

__all__ = ["httpx"]
