"""Synthetic people: a Persian name in both scripts, the transliterations sources use, and a life
of posts and alleged roles, each cited."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any, Protocol

from casearchive.bench.words import ENDINGS, ENGLISH, GIVEN, POSTS, PREFIXES, ROLES, ROOTS, VARIANTS


class Synth(Protocol):
    """What a person is made from: the archive being made (bench.synth.Synth)."""

    rng: random.Random

    def pick(self, kind: str) -> str:
        """The id of one record of `kind` made so far."""

    def citations(self, most: int = 2) -> list[dict[str, Any]]:
        """One to `most` citations of sources made so far."""

    def sentence(self, words: list[str], low: int = 8, high: int = 20) -> str:
        """Words in random order, as filler text."""

    def date(self, year: int, precision: float = 0.7) -> str:
        """A date in `year`, to the day, month or year, sometimes uncertain."""


@dataclass(frozen=True)
class Name:
    """A person's usual name, the name in Persian script and other spellings of it."""

    latin: str
    persian: str
    aliases: tuple[str, ...]


def surname(rng: random.Random) -> tuple[str, str, str | None]:
    """(usual spelling, Persian script, hyphenated spelling if the name has a prefix)."""
    root, root_fa = rng.choice(ROOTS)
    ending, ending_fa = rng.choice(ENDINGS)
    if rng.random() < 0.3:
        prefix, prefix_fa = rng.choice(PREFIXES)
        stem = root + "i"
        return prefix + stem.lower(), prefix_fa + root_fa + "ی", f"{prefix}-{stem}"
    return root + ending, root_fa + ending_fa, None


def spellings(name: str, rng: random.Random) -> list[str]:
    """Other transliterations of `name`, as different sources write it."""
    found = []
    for usual, variant in VARIANTS:
        if usual in name:
            found.append(name.replace(usual, variant, 1))
    rng.shuffle(found)
    return found


def person_name(rng: random.Random) -> Name:
    """A random name and up to three other spellings of it."""
    given, given_fa = rng.choice(GIVEN)
    family, family_fa, hyphenated = surname(rng)
    latin = f"{given} {family}"
    aliases = [f"{given} {hyphenated}"] if hyphenated else []
    aliases += spellings(latin, rng)
    unique = [a for a in dict.fromkeys(aliases) if a != latin][:3]
    return Name(latin, f"{given_fa} {family_fa}", tuple(unique))


def positions(synth: Synth) -> list[dict[str, Any]]:
    """Zero to three posts, each starting no earlier than the one before."""
    result = []
    year = synth.rng.randint(1979, 2005)
    for _ in range(synth.rng.randint(0, 3)):
        post: dict[str, Any] = {"title": synth.rng.choice(POSTS), "organisation_id": synth.pick("organisations"),
                                "place_id": synth.pick("places"), "start": str(year)}
        year += synth.rng.randint(0, 8)
        post.update(end=str(year), citations=synth.citations())
        result.append(post)
    return result


def person(synth: Synth, name: Name) -> dict[str, Any]:
    """One person's record."""
    rng = synth.rng
    record: dict[str, Any] = {"name": name.latin, "name_original": name.persian}
    if name.aliases:
        record["aliases"] = list(name.aliases)
    if rng.random() < 0.5:
        record["born"] = {"date": synth.date(rng.randint(1925, 1975), 0.3), "citations": synth.citations(1)}
    if rng.random() < 0.3:
        record["died"] = {"date": synth.date(rng.randint(1988, 2024), 0.8), "citations": synth.citations(1)}
    record["summary"] = synth.sentence(ENGLISH, 10, 25)
    record["positions"] = positions(synth)
    record["roles"] = [{"event_id": synth.pick("events"), "role": rng.choice(ROLES),
                        "citations": synth.citations()} for _ in range(rng.randint(0, 2))]
    record["citations"] = synth.citations()
    return {key: value for key, value in record.items() if value != []}
