"""What the story index derives from an item's text, kept beside the item (pure).

Normalising a headline and tokenising a summary's lead is most of what building a story
index costs; `StoryIndex.features` hands it out as compact JSON, the storage layer keeps
it with the item, and `StoryIndex.load` takes it back, so a restart reads instead of
deriving. Stored features are trusted only when a sample of them derives to the same with
the code that runs (`trusted`): after an upgrade that changed the normalisation they are
derived again.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import NamedTuple, TypeVar

from bot.stories.titles import distinctive, normalise_title, summary_lead

__all__ = ["FEATURES_FORMAT", "FEATURE_SAMPLE", "Derived", "derive", "dump_features", "trusted"]

#: the layout of the JSON (stored features in another layout are not used)
FEATURES_FORMAT = 1
#: how many stored features are derived again and compared before any is used
FEATURE_SAMPLE = 16

Row = TypeVar("Row")


class Derived(NamedTuple):
    """What an index entry derives from its item's text."""

    title_norm: str
    #: distinctive tokens of the summary lead that are not in the headline, in order
    summary: tuple[str, ...]
    #: the summary lead as folded text
    summary_text: str


def derive(title: str, summary: str, outlet: str, lead_tokens: int) -> Derived:
    """The costly part of an entry: the item's text normalised and tokenised."""
    title_norm = normalise_title(title, outlet)
    title_set = set(distinctive(title_norm.split()))
    tokens, summary_text = summary_lead(summary, title_norm, lead_tokens)
    # words of the headline repeated in the summary are no second piece of evidence
    return Derived(title_norm, tuple(t for t in tokens if t not in title_set), summary_text)


def dump_features(derived: Derived) -> str:
    return json.dumps(
        [FEATURES_FORMAT, derived.title_norm, list(derived.summary), derived.summary_text],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def load_features(text: str) -> Derived | None:
    """Stored features back, or None when they are not in the current layout."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not (
        isinstance(data, list)
        and len(data) == 4
        and data[0] == FEATURES_FORMAT
        and isinstance(data[1], str)
        and isinstance(data[2], list)
        and all(isinstance(t, str) for t in data[2])
        and isinstance(data[3], str)
    ):
        return None
    return Derived(data[1], tuple(data[2]), data[3])


def trusted(
    stored: Mapping[str, tuple[Row, str]], derive_row: Callable[[Row], Derived]
) -> dict[str, Derived]:
    """The usable stored features (key -> (row, features)): all that parse, when a sample
    of them derives to the same; none when any differs (the code changed since)."""
    parsed = {}
    for key, (_, text) in stored.items():
        got = load_features(text)
        if got is not None:
            parsed[key] = got
    keys = list(parsed)
    for key in keys[:: max(1, len(keys) // FEATURE_SAMPLE)]:
        if derive_row(stored[key][0]) != parsed[key]:
            return {}
    return parsed
