"""Planning a delivery pass (pure): which alerts go out together, as one message each or
as digests. The delivery loop (bot.slack.deliver) sends the units it returns."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.slack.render import DIGEST_MAX
from bot.store import PendingAlert


@dataclass(frozen=True, slots=True)
class Unit:
    """One message's worth of alerts: a single alert, or a digest of several."""

    #: pacing key: the configured channel, or the one channel of a webhook
    dest: str
    claim_id: str
    alerts: tuple[PendingAlert, ...]
    digest: bool = False

    @property
    def channel(self) -> str:
        return self.alerts[0].channel

    @property
    def has_contradiction(self) -> bool:
        return any(a.stance == "contradiction" for a in self.alerts)


def plan(alerts: Sequence[PendingAlert], *, digest_after: int, one_channel: bool) -> list[Unit]:
    """Group due alerts into messages (pure).

    Per claim and destination, in the order of the oldest alert: more than `digest_after`
    alerts become digests of at most DIGEST_MAX each, fewer go one by one.
    """
    groups: dict[tuple[str, str], list[PendingAlert]] = {}
    for a in sorted(alerts, key=lambda a: a.id):
        dest = "(webhook)" if one_channel else a.channel
        groups.setdefault((dest, a.claim_id), []).append(a)
    units: list[Unit] = []
    for (dest, claim_id), group in groups.items():
        if len(group) > digest_after:
            for start in range(0, len(group), DIGEST_MAX):
                chunk = tuple(group[start : start + DIGEST_MAX])
                units.append(Unit(dest, claim_id, chunk, digest=len(chunk) > 1))
        else:
            units.extend(Unit(dest, claim_id, (a,)) for a in group)
    return units
