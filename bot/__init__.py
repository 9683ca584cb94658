"""claimwatch: watch news feeds for updates to, and contradictions of, tracked claims."""

__version__ = "0.1.0"
