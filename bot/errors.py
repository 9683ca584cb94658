"""The error tree. Everything claimwatch raises on purpose derives from ClaimwatchError.

    ClaimwatchError
    ├── ConfigError        a config file is unreadable or invalid (names file, key, problem)
    ├── StorageError       the database cannot be opened or migrated
    ├── FetchError         one feed could not be fetched or parsed (recorded, never fatal)
    └── DeliveryError      an alert could not be delivered (kept pending, retried)

Third-party exceptions are wrapped where they enter, with the cause chained.
"""

from __future__ import annotations


class ClaimwatchError(Exception):
    """Root of every error claimwatch raises on purpose."""


class ConfigError(ClaimwatchError):
    """A configuration file is unreadable or invalid."""

    def __init__(
        self,
        path: str,
        problems: list[tuple[str, str]],
        *,
        labels: dict[str, str] | None = None,
    ) -> None:
        #: the file the problems were found in
        self.path = path
        #: (key path, what is wrong) pairs, e.g. ("claims[2].require[0]", "must not be empty")
        self.problems = problems
        #: a claim's id or a feed's name by its place ("claims[2]" -> "hormuz-closed")
        self.labels = labels or {}
        super().__init__(self.describe())

    def describe(self) -> str:
        """Every problem on a line; a claim named by its id, a feed by its name:
        `claims[2] hormuz-closed: require[0]: must not be empty`."""
        lines = [f"{self.path}: invalid configuration"]
        for key, what in self.problems:
            lines.append(f"  {self._named(key)}: {what}" if key else f"  {what}")
        return "\n".join(lines)

    def _named(self, key: str) -> str:
        head, dot, rest = key.partition("].")
        entry = head + "]" if dot else key
        label = self.labels.get(entry)
        if label is None:
            return key
        return f"{entry} {label}" + (f": {rest}" if dot else "")


class StorageError(ClaimwatchError):
    """The database cannot be opened, migrated or written."""


class FetchError(ClaimwatchError):
    """A feed could not be fetched or parsed."""

    def __init__(
        self, message: str, *, kind: str = "error", retry_after: float | None = None
    ) -> None:
        #: short machine-readable kind: timeout, http_404, too_large, not_a_feed, ...
        self.kind = kind
        #: seconds the server asked us to wait (Retry-After), if any
        self.retry_after = retry_after
        super().__init__(message)


class DeliveryError(ClaimwatchError):
    """An alert could not be delivered."""
