"""Whether the support of a sentence that states every figure of the claim outweighs
sentences that give other figures for it.

Sources differ on measured quantities (one gives an estimate as 40, another as 52), and
issue 14 calls two such accounts a disagreement, shown both ways. The verdict weighed each
side by the share of the claim's words it states, so a contradicting sentence that left
out only the claim's figure ("the Velmar basin holds 52 cubic kilometres of water over the
dry season") outweighed a supporting one that states that figure and every other but
rewords a word ("the basin's volume is about 40 cubic kilometres in the dry season"): a
true claim was called contradicted by the sentence that shares fewer of its facts. When a
supporting sentence states each figure and date of the claim, at least one a quantity, and
every contradicting sentence differs from the claim only in quantities and states fewer of
the claim's figures and dates, the verdict follows the whole account; the disagreement
stays set and lowers its confidence. A date, a name or a reversed relation in conflict is
no second estimate of a measure and still weighs as before.
"""
from __future__ import annotations

from ..types import FIGURE_KINDS, Stance

QUANTITIES = frozenset(("count", "percent", "amount"))


def whole_account(chosen: list, whole_rest: float) -> bool:
    """A supporting alignment among `chosen` states every figure and date of the claim (one
    a quantity at least) and at least `whole_rest` of its other words (all but a word or
    two: a sentence that shares the figure and a few words, "some 20,000 years ago" in a
    sentence on another event, is no account of the claim's), and each contradicting one
    conflicts only in quantities and states fewer of the claim's figures and dates."""
    against = [a for a in chosen if a.stance == Stance.CONTRADICTS]
    if not against:
        return False
    whole = max((len(figures_stated(a)) for a in chosen if a.stance == Stance.SUPPORTS
                 and a.rest >= whole_rest and states_every_figure(a)), default=0)
    return bool(whole) and all(
        a.conflicts and all(c.kind in FIGURE_KINDS for c in a.conflicts)
        and len(figures_stated(a)) < whole for a in against)


def states_every_figure(a) -> bool:
    """The sentence states each figure and date of the claim, a quantity among them."""
    found = a.found
    return not any(m.family != "name" for m in found.unstated) \
        and not any(m.family != "name" for m in found.absent) \
        and any(m.family in QUANTITIES for m in found.stated.values())


def figures_stated(a) -> list:
    """The claim's figures and dates the sentence states."""
    return [m for m in a.found.stated.values() if m.family != "name"]
