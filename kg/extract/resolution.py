"""What resolving a mention gives: the actor (or topic), whether it is an actor, how, how sure."""

from __future__ import annotations

from dataclasses import dataclass

from kg.model import Actor


@dataclass(frozen=True, slots=True)
class Resolution:
    """How a mention was resolved: the actor, whether it is a real actor, how, how sure."""

    actor: Actor
    is_actor: bool
    via: str  # name, apposition, alias, office, collective, group, people, pair, pronoun,
    # speaker, spokesperson, topic
    confidence: float = 1.0
