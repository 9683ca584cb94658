"""Durations and sizes as a config file writes them ('30s', '10m', '2d'; '10MB'), read
and said back, with their upper bounds."""

from __future__ import annotations

import math
import re

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$")
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$", re.IGNORECASE)
_SIZE_UNITS = {"b": 1, "kb": 1024, "mb": 1024**2, "gb": 1024**3}

#: the longest duration any setting takes (ten years): beyond it, times overflow
MAX_DURATION = 3650 * 86400.0
#: the largest feed body accepted at most (the default is 10MB)
MAX_SIZE = 1024**3


def say_duration(seconds: float) -> str:
    """Seconds as the largest whole unit a config file would use ('30d', '1h', '90s')."""
    for unit, size in sorted(_UNITS.items(), key=lambda kv: -kv[1]):
        if seconds >= size and seconds % size == 0:
            return f"{seconds / size:.0f}{unit}"
    return f"{seconds:g}s"


def parse_duration(value: object, *, at_most: float = MAX_DURATION) -> float:
    """'90s', '10m', '6h', '2d', '1w' or a number of seconds -> seconds (> 0, finite,
    at most `at_most`)."""
    if isinstance(value, bool):
        raise ValueError("must be a duration such as '30s', '10m', '6h' or '2d'")
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str) and (m := _DURATION.match(value.lower())):
        seconds = float(m.group(1)) * _UNITS[m.group(2)]
    else:
        raise ValueError(f"{value!r} is not a duration such as '30s', '10m', '6h' or '2d'")
    if math.isnan(seconds):
        raise ValueError(f"{value!r} is not a duration such as '30s', '10m', '6h' or '2d'")
    if seconds <= 0:
        raise ValueError("must be longer than zero")
    if seconds > at_most:
        raise ValueError(f"{value!r} is too long: at most {say_duration(at_most)}")
    return seconds


def _say_size(size: int) -> str:
    for unit in ("gb", "mb", "kb"):
        if size % _SIZE_UNITS[unit] == 0:
            return f"{size // _SIZE_UNITS[unit]}{unit.upper()}"
    return f"{size}B"


def parse_size(value: object, *, at_most: int = MAX_SIZE) -> int:
    """'10MB', '512kb' or a number of bytes -> bytes (> 0, at most `at_most`)."""
    if isinstance(value, int) and not isinstance(value, bool):
        size: float = value
    elif isinstance(value, str) and (m := _SIZE.match(value)):
        size = float(m.group(1)) * _SIZE_UNITS[(m.group(2) or "b").lower()]
    else:
        raise ValueError(f"{value!r} is not a size such as '10MB'")
    if size > at_most:  # also a number too long for a float (inf)
        raise ValueError(f"{value!r} is too large: at most {_say_size(at_most)}")
    if int(size) <= 0:
        raise ValueError("must be larger than zero")
    return int(size)
