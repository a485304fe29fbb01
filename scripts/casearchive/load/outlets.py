"""Outlets with a state or political tie, whichever side: a source published by one of them must
say so in its `affiliation`, so that a reader weighs it knowing who stands behind it. The table
names the outlets the archive cites or is likely to cite; a source on any of their hosts without
an affiliation gets a warning (`casearchive check`; the data's own check fails on warnings)."""

from __future__ import annotations

from urllib.parse import urlsplit

from casearchive.load.archive import Archive
from casearchive.load.problems import Problem
from casearchive.model.records import Source

_MEK = "Outlet close to the PMOI/MEK and its political umbrella, the NCRI, a party to the events."
_IRAN = "Iranian state or state-aligned outlet."
_USAGM = "Funded by the US government (through the US Agency for Global Media)."

TIES: dict[str, str] = {
    # the PMOI/MEK and the NCRI, a party to the events
    "mojahedin.org": _MEK, "ncr-iran.org": _MEK, "iran1988.org": _MEK, "iranfocus.com": _MEK,
    "irannewsupdate.com": _MEK, "iran-update.com": _MEK, "iranfreedom.org": _MEK,
    "defendashraf.org": _MEK, "iran-hrm.com": _MEK, "aairia.org": _MEK,
    # the Iranian state
    "presstv.ir": _IRAN, "presstv.com": _IRAN, "irna.ir": _IRAN, "mehrnews.com": _IRAN,
    "tasnimnews.com": _IRAN, "farsnews.ir": _IRAN, "kayhan.ir": _IRAN, "tehrantimes.com": _IRAN,
    "irandaily.ir": _IRAN, "ifpnews.com": _IRAN, "khamenei.ir": _IRAN, "leader.ir": _IRAN,
    "president.ir": _IRAN, "mfa.ir": _IRAN, "isna.ir": _IRAN, "yjc.ir": _IRAN,
    # other states and parties
    "rferl.org": _USAGM, "radiofarda.com": _USAGM, "voanews.com": _USAGM,
    "iranprimer.usip.org": "Published by the United States Institute of Peace, created and funded "
                           "by the US Congress.",
    "dw.com": "Germany's international broadcaster, funded by the German federal government.",
    "france24.com": "Owned by France Médias Monde, the French state's international broadcaster.",
    "rtp.pt": "Portugal's public broadcaster, owned by the Portuguese state.",
    "aljazeera.com": "Funded by the government of Qatar.",
    "aljazeera.net": "Funded by the government of Qatar.",
    "alarabiya.net": "Saudi-owned broadcaster (MBC Group).",
    "aawsat.com": "Saudi-owned daily (Saudi Research and Media Group).",
    "iranintl.com": "London-based broadcaster on Iran; its funding has been reported to have "
                    "Saudi links.",
    "rudaw.net": "Kurdish outlet based in Erbil, close to the Kurdistan Democratic Party (KDP).",
    "kurdistan24.net": "Kurdish outlet based in Erbil, close to the Kurdistan Democratic Party (KDP).",
    "sputniknews.com": "Owned by the Russian state.", "rt.com": "Owned by the Russian state.",
}
"""Host (and its subdomains) → an affiliation a source of that outlet can say, as an example."""


def tie_of(url: str) -> tuple[str, str] | None:
    """The outlet (host in TIES) a URL belongs to, and its example affiliation, or None.

    >>> tie_of("https://en.radiofarda.com/a/x.html")[0]
    'radiofarda.com'
    >>> tie_of("https://www.hrw.org/news") is None
    True
    """
    host = (urlsplit(url).hostname or "").lower()
    for outlet, example in TIES.items():
        if host == outlet or host.endswith("." + outlet):
            return outlet, example
    return None


def check_archive(archive: Archive) -> list[Problem]:
    """A warning for each source on the host of an outlet with a tie that has no `affiliation`."""
    problems = []
    for loaded in archive.records["sources"].values():
        source = loaded.as_(Source)
        tie = tie_of(str(source.url)) if source.url is not None else None
        if tie is not None and not source.affiliation:
            outlet, example = tie
            problems.append(Problem(
                loaded.path, loaded.line("url"), "affiliation",
                f"the source is published by {outlet}, an outlet with a state or political tie, "
                f"but does not say so; add an `affiliation`, e.g. affiliation: {example}",
                warning=True))
    return problems
