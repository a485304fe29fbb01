"""A synthetic, seeded, schema-valid archive of N records, for measuring the build at scale.

The mix is what a memorial archive looks like: mostly people, events and statements, a long tail of
sources where a few reports are cited by thousands of claims, names with Persian originals and
transliteration variants as aliases. The same (n, seed) always gives byte-identical files."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Any

import yaml

from casearchive.bench import people
from casearchive.bench.words import (
    BODIES,
    CITIES,
    ENGLISH,
    EVENT_TITLES,
    PERSIAN,
    PLACE_KINDS,
    PUBLISHERS,
    ROLES,
    TOPICS,
)
from casearchive.publish import files as site

Record = dict[str, Any]
SHARES = {"sources": 0.08, "places": 0.02, "organisations": 0.03, "events": 0.22,
          "statements": 0.2, "estimates": 0.02}
"""Share of each kind in the archive; persons take the rest (at least 40 %)."""
CASE_YEARS = [1988, 2019, 1981, 2022, 2009, 1999, 2017, 1983, 2018, 1992]


def counts(n: int) -> dict[str, int]:
    """How many records of each kind an archive of n records holds (n ≥ 20)."""
    if n < 20:
        raise ValueError(f"n={n}: a synthetic archive needs at least 20 records")
    result = {"cases": max(2, n // 1000)}
    result.update({kind: max(2, round(n * share)) for kind, share in SHARES.items()})
    result["persons"] = n - sum(result.values())
    return result


def slug(text: str) -> str:
    """Lowercase words joined by hyphens, e.g. 'Evin Prison' → 'evin-prison'."""
    words = "".join(c.lower() if c.isalnum() and c.isascii() else " " for c in text).split()
    return "-".join(words)


def place_name(index: int) -> tuple[str, str, str]:
    """(name, name in Persian, kind) of the index-th place: cities first, then their prisons,
    cemeteries and so on, numbered once the combinations run out."""
    city, city_fa = CITIES[index % len(CITIES)]
    kind, name, name_fa = PLACE_KINDS[(index // len(CITIES)) % len(PLACE_KINDS)]
    round_ = index // (len(CITIES) * len(PLACE_KINDS))
    return name.format(city=city) + (f" {round_ + 1}" if round_ else ""), name_fa.format(fa=city_fa), kind


@dataclass
class Ids:
    """The id of every record, decided before any record refers to another."""

    by_kind: dict[str, list[str]]

    def __getitem__(self, kind: str) -> list[str]:
        return self.by_kind[kind]


class Synth:
    """Generates one archive; every random choice comes from one seeded generator."""

    def __init__(self, n: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.count = counts(n)
        self.names = [people.person_name(self.rng) for _ in range(self.count["persons"])]
        self.ids = Ids(self._ids())
        weights = [1 / (rank + 1) ** 0.8 for rank in range(self.count["sources"])]
        self.source_weights = list(accumulate(weights))
        self.uncited = list(self.ids["sources"])  # each source is cited at least once

    def _ids(self) -> dict[str, list[str]]:
        c, rng = self.count, self.rng
        return {
            "sources": [f"{slug(PUBLISHERS[i % len(PUBLISHERS)][1])}-{i + 1}" for i in range(c["sources"])],
            "places": [f"place-{i + 1}" for i in range(c["places"])],
            "organisations": [f"organisation-{i + 1}" for i in range(c["organisations"])],
            "cases": [f"case-{CASE_YEARS[i % len(CASE_YEARS)]}-{i + 1}" for i in range(c["cases"])],
            "persons": [f"{slug(name.latin)}-{i + 1}" for i, name in enumerate(self.names)],
            "events": [f"event-{i + 1}-{rng.randrange(10_000)}" for i in range(c["events"])],
            "statements": [f"statement-{i + 1}" for i in range(c["statements"])],
            "estimates": [f"estimate-{i + 1}" for i in range(c["estimates"])],
        }

    def pick(self, kind: str) -> str:
        """A random id of a record of this kind."""
        return self.rng.choice(self.ids[kind])

    def sentence(self, words: list[str], low: int = 8, high: int = 20) -> str:
        """Words in random order, as filler text."""
        chosen = self.rng.choices(words, k=self.rng.randint(low, high))
        return " ".join(chosen).capitalize() + "."

    def date(self, year: int, precision: float = 0.7) -> str:
        """A date in `year`, to the day, month or year, sometimes uncertain."""
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        roll = self.rng.random()
        text = f"{year}-{month:02d}-{day:02d}" if roll < precision else \
            f"{year}-{month:02d}" if roll < 0.9 else str(year)
        return text + ("?" if self.rng.random() < 0.1 else "")

    def citations(self, most: int = 2) -> list[Record]:
        """One to `most` citations, a few sources cited far more often than the rest."""
        result = []
        for _ in range(self.rng.randint(1, most)):
            source = self.uncited.pop() if self.uncited else \
                self.rng.choices(self.ids["sources"], cum_weights=self.source_weights)[0]
            citation: Record = {"source_id": source, "locator": self._locator()}
            roll = self.rng.random()
            if roll < 0.3:
                citation["excerpt"] = self.sentence(ENGLISH, 5, 12)
            if roll > 0.95:
                citation.update(status="unverified", note="Not yet checked against the source.")
            result.append(citation)
        return result

    def _locator(self) -> str:
        kind = self.rng.choice(["p. {}", "para. {}", "section {}", "00:{:02d}:10"])
        return kind.format(self.rng.randint(1, 59))

    def source(self, index: int) -> Record:
        kind, publisher = PUBLISHERS[index % len(PUBLISHERS)]
        year = self.rng.randint(1989, 2025)
        record: Record = {
            "title": f"{self.rng.choice(TOPICS).capitalize()} in {self.rng.choice(CITIES)[0]}, "
                     f"report {index + 1}",
            "kind": kind, "publisher": publisher, "date": self.date(year, 0.9),
            "url": f"https://{slug(publisher)}.example.org/{year}/report-{index + 1}",
            "archive_urls": [f"https://web.archive.example.org/{year}/report-{index + 1}"],
            "language": self.rng.choice(["en", "en", "fa"]),
        }
        if kind == "advocacy":
            record["affiliation"] = "Outlet of a party to the events."
        return record

    def place(self, index: int) -> Record:
        name, name_fa, kind = place_name(index)
        record: Record = {"name": name, "name_original": name_fa, "kind": kind}
        if index >= len(CITIES):
            record["located_in_id"] = self.ids["places"][index % len(CITIES)]
        record["citations"] = self.citations()
        return record

    def organisation(self, index: int) -> Record:
        city = CITIES[index % len(CITIES)][0]
        kind, name = BODIES[(index // len(CITIES)) % len(BODIES)]
        round_ = index // (len(CITIES) * len(BODIES))
        record: Record = {"name": name.format(city=city) + (f" ({round_ + 1})" if round_ else ""),
                          "kind": kind, "place_id": self.pick("places"),
                          "summary": self.sentence(ENGLISH)}
        if index:
            record["parent_id"] = self.ids["organisations"][0]
        record["citations"] = self.citations()
        return record

    def case(self, index: int) -> Record:
        year = CASE_YEARS[index % len(CASE_YEARS)]
        return {"title": f"{self.rng.choice(TOPICS).capitalize()}, {year} ({index + 1})",
                "period": f"{year}-01/{year}-12", "place_ids": [self.pick("places")],
                "summary": self.sentence(ENGLISH, 20, 40), "citations": self.citations()}

    def person(self, index: int) -> Record:
        return people.person(self, self.names[index])

    def event(self, index: int) -> Record:
        case_index = self.rng.randrange(self.count["cases"])
        year = CASE_YEARS[case_index % len(CASE_YEARS)]
        place = self.rng.randrange(self.count["places"])
        record: Record = {
            "case_id": self.ids["cases"][case_index],
            "title": self.rng.choice(EVENT_TITLES).format(place=place_name(place)[0]),
            "date": self.date(year)}
        if self.rng.random() < 0.1:
            record["date_variants"] = [{"date": self.date(year), "citations": self.citations(1)}]
        record["place_ids"] = [self.ids["places"][place]]
        record["participants"] = [
            {"id": self.pick("persons"), "role": self.rng.choice(ROLES), "citations": self.citations()}
            for _ in range(self.rng.randint(0, 3))]
        record.update(summary=self.sentence(ENGLISH, 15, 40), citations=self.citations())
        return record

    def statement(self, index: int) -> Record:
        year = self.rng.choice(CASE_YEARS)
        record: Record = {"speaker_id": self.pick("persons"), "case_id": self.pick("cases")}
        if self.rng.random() < 0.5:
            record["event_id"] = self.pick("events")
        record.update(date=self.date(year), original={"text": self.sentence(PERSIAN), "language": "fa"},
                      translations=[{"text": self.sentence(ENGLISH), "language": "en",
                                     "translator": "archive editors", "citations": self.citations(1)}],
                      context=self.sentence(ENGLISH, 6, 14), citations=self.citations())
        return record

    def estimate(self, index: int) -> Record:
        values = []
        for _ in range(self.rng.randint(2, 4)):
            low = self.rng.randint(10, 5000)
            value: Record = {"low": low, "qualifier": self.rng.choice(["exactly", "about", "at_least"]),
                             "claimant": self.rng.choice(PUBLISHERS)[1], "citations": self.citations(1)}
            if self.rng.random() < 0.4:
                value.update(high=low + self.rng.randint(1, 3000), qualifier="exactly")
            values.append(value)
        return {"case_id": self.pick("cases"), "title": f"Number of people killed, estimate {index + 1}",
                "values": values, "citations": self.citations()}

    def records(self) -> dict[str, Record]:
        """Every record, keyed by its path under data/ (citations of sources come first)."""
        result = {}
        for kind in ("persons", "events", "statements", "estimates", "cases", "organisations",
                     "places", "sources"):
            make = getattr(self, kind.removesuffix("s"))
            for index, record_id in enumerate(self.ids[kind]):
                result[f"{kind}/{record_id}.yml"] = make(index)
        return result


class _Dumper(yaml.CSafeDumper):
    """Quotes text that starts like a number, as the strict loader asks editors to."""


def _text(dumper: yaml.CSafeDumper, value: str) -> yaml.ScalarNode:
    style = "'" if value[:1].isdigit() else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def search_target(n: int, seed: int = 1988) -> tuple[str, str, str]:
    """(id, name, alias) of the first person whose name and first alias no one else has, a
    hyphenated alias ('Pour-Mohammadi') preferred: the benchmark searches for the name and for the
    alias and expects this person's page among the results."""
    made = Synth(n, seed)
    spellings = Counter(s for name in made.names for s in (name.latin, *name.aliases))
    unique = [(record_id, name.latin, name.aliases[0])
              for record_id, name in zip(made.ids["persons"], made.names, strict=True)
              if name.aliases and spellings[name.latin] == 1 and spellings[name.aliases[0]] == 1]
    if not unique:
        raise LookupError(f"no person with a unique name and alias among {len(made.names)}")
    return next((found for found in unique if "-" in found[2]), unique[0])


def generate(n: int, seed: int = 1988) -> dict[str, str]:
    """The YAML text of every file of a synthetic archive of n records."""
    records = Synth(n, seed).records()
    return {path: yaml.dump(record, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
            for path, record in sorted(records.items())}


def write_archive(data_dir: Path, n: int, seed: int = 1988) -> int:
    """Make `data_dir` hold exactly a synthetic archive of n records; return files written."""
    written, _removed = site.write_tree(data_dir, generate(n, seed))
    return written
