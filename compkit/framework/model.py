"""The framework model: immutable records for levels, competencies, values, indicators and roles.

A :class:`Framework` is built once (by :func:`compkit.load`) and never changes; its tidy
DataFrames (``indicators``, ``competencies``, ``levels``, ``values``, ``roles``, ...) are computed
on first use and handed out as copies, so no caller can alter the framework through them.
Nothing here is specific to one organisation: competencies may be grouped into clusters or
domains, there may be any number of levels, a competency may be described at some levels only or
leave cells the publisher did not define, an indicator may be a negative ("ineffective") one
that mirrors an effective one, statements may complete a stem ("You can:"), and a role may need
a competency at no stated level.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .._words import plural, plural_form
from .lookup import find
from .naming import stated_organisation, titled
from .records import (
    Competency,
    Group,
    Indicator,
    Level,
    Passage,
    Repair,
    Role,
    SourceRef,
    Undefined,
    Value,
)
from .stems import side_stems

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "Competency",
    "Framework",
    "Group",
    "Indicator",
    "Level",
    "Passage",
    "Repair",
    "Role",
    "SourceRef",
    "Undefined",
    "Value",
    "stated_organisation",
    "titled",
]


#: The longest title :attr:`Framework.label` shows instead of the id.
_LABEL_TITLE = 40


@dataclass(frozen=True, eq=False)
class Framework:
    """A competency framework: metadata, levels, competencies, values, indicators and roles.

    Build one with :func:`compkit.load`; it is immutable. Tables are tidy DataFrames, one row per
    thing, with the column names defined in :mod:`compkit.framework.frames`: ``indicators``,
    ``competencies``, ``levels``, ``values``, ``roles``, ``groups``, ``competency_values`` and
    ``repairs``. The records behind them are in the ``*_records`` tuples.

    Examples
    --------
    >>> import compkit
    >>> fw = compkit.load("cis")
    >>> fw.id, len(fw.indicators), fw.level_ids
    ('cis', 62, ('l1', 'l2', 'l3', 'l4'))
    >>> fw.profile(role="senior-officer").groupby("competency_id", sort=False).size().to_dict()
    {'people': 5, 'brilliant': 6, 'creativity': 5, 'others': 10, 'sustainability': 4, 'equality': 5}
    """

    id: str
    title: str
    organisation: str
    level_records: tuple[Level, ...]
    competency_records: tuple[Competency, ...]
    indicator_records: tuple[Indicator, ...]
    value_records: tuple[Value, ...] = ()
    group_records: tuple[Group, ...] = ()
    role_records: tuple[Role, ...] = ()
    introduction: tuple[Passage, ...] = ()
    short_name: str = ""
    version: str = ""
    licence: str = ""
    notes: str = ""
    competency_term: str = "competency"
    cumulative: bool = True
    source_file: str = ""
    source_description: str = ""
    source_url: str = ""
    rules: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    path: Path | None = None
    language: str = "en-GB"
    stem: str = ""
    schema_version: int = 1
    #: The ineffective statements' stem when it is not ``stem`` ("" for none): see
    #: :func:`~compkit.framework.stems.side_stems`.
    ineffective_stem: str | None = None
    #: Ids of statements removed from the framework, never to be given to another statement;
    #: ``None`` when nothing keeps the record (a file without ``retired_ids``, a document built
    #: by hand), a tuple, perhaps empty, once compkit's edits keep it (see
    #: :func:`compkit.authoring.edits.remove_indicator`).
    retired_ids: tuple[str, ...] | None = None

    def __repr__(self) -> str:
        return (
            f"<Framework {self.id!r}: {titled(self)}; "
            f"{plural(len(self.level_records), 'level')}, "
            f"{plural(len(self.competency_records), self.competency_term)}, "
            f"{plural(len(self.indicator_records), 'indicator')}>"
        )

    def _repr_html_(self) -> str:
        """In a notebook: a card of the framework's shape and statements per cell, by name."""
        from .display import framework_html

        return framework_html(self)

    # -- names -------------------------------------------------------------------------------
    @property
    def label(self) -> str:
        """Short display name: the short name, else the organisation or title, else the id.

        What reports, workbooks and tables call the framework ("CiS"; an ingested framework
        with no short name by its organisation, "Dropbox", else its title, "L1 Software
        Engineer", when either is stated and at most 40 characters; never a placeholder such
        as "(organisation not stated)"). A longer one is called by the short form its source
        gives (:func:`~compkit.framework.shortnames.short_name`: "Snowflake" for "Snowflake -
        Medium engineering growth framework"), else by the whole of it; the id only when the
        file states neither.

        Examples
        --------
        >>> from dataclasses import replace
        >>> import compkit
        >>> cis = compkit.load("cis")
        >>> cis.label, replace(cis, short_name="").label
        ('CiS', 'Children in Scotland')
        >>> replace(cis, short_name="", organisation="(not stated)").label
        'Competencies – Senior Officer roles'
        >>> long = "Snowflake - Medium engineering growth framework"
        >>> replace(cis, short_name="", organisation="", title=long).label
        'Snowflake'
        >>> replace(cis, short_name="", organisation="", title="").label
        'cis'
        """
        from .shortnames import framework_texts, short_name

        if self.short_name:
            return self.short_name
        title = " ".join(str(self.title or "").split())
        for name in (stated_organisation(self), title):
            if 0 < len(name) <= _LABEL_TITLE:
                return name
        org = stated_organisation(self)
        return short_name(org) or short_name(title, texts=framework_texts(self)) or self.id

    @property
    def competency_term_plural(self) -> str:
        """The framework's own word for its competencies, in the plural."""
        return plural_form(self.competency_term)

    @property
    def level_ids(self) -> tuple[str, ...]:
        """Level ids from lowest to highest."""
        return tuple(lv.id for lv in self.level_records)

    @property
    def competency_ids(self) -> tuple[str, ...]:
        """Competency ids in framework order."""
        return tuple(c.id for c in self.competency_records)

    def stem_for(self, competency: str, level: str, polarity: str = "effective") -> str:
        """The stem a ``polarity`` statement of ``competency`` at ``level`` completes ("" if none).

        The most specific stem wins, both sides together: the competency's own, then the
        level's, then the framework's. A stem with a side per polarity may leave a side
        without one (:func:`~compkit.framework.stems.side_stems`).

        Examples
        --------
        >>> from dataclasses import replace
        >>> import compkit
        >>> fw = replace(compkit.load("cis"), stem="You can:", ineffective_stem="")
        >>> fw.stem_for("people", "l1"), fw.stem_for("people", "l1", "ineffective")
        ('You can:', '')
        """
        comp = self._index["competency"].get(competency)
        lv = self._index["level"].get(level)
        scope = next((x for x in (comp, lv) if x and any(side_stems(x))), self)
        return side_stems(scope)[polarity == "ineffective"]

    @cached_property
    def undefined_cells(self) -> frozenset[tuple[str, str]]:
        """The (competency id, level id) cells the publisher left undefined on every side.

        These are the cells listed under a competency's ``undefined`` and, for a competency
        described at some levels only (``levels``), the levels it is not described at. A cell
        undefined for one polarity only (say, no ineffective behaviours given) is not in
        this set; see ``Competency.undefined``.
        """
        explicit = {
            (c.id, u.level)
            for c in self.competency_records
            for u in c.undefined
            if u.polarity is None
        }
        outside = {
            (c.id, lv)
            for c in self.competency_records
            if c.levels
            for lv in self.level_ids
            if lv not in c.levels
        }
        return frozenset(explicit | outside)

    @cached_property
    def _index(self) -> dict[str, dict[str, object]]:
        return {
            "level": {lv.id: lv for lv in self.level_records},
            "competency": {c.id: c for c in self.competency_records},
            "role": {r.id: r for r in self.role_records},
            "value": {v.id: v for v in self.value_records},
            "indicator": {i.id: i for i in self.indicator_records},
        }

    def level(self, key: str | int) -> Level:
        """Find a level by id, name (any case) or rank.

        Raises
        ------
        compkit.UsageError
            When no level matches; the message lists the declared levels.
        """
        return self._find("level", key, self.level_records, lambda lv: (lv.name, lv.rank))

    def competency(self, key: str) -> Competency:
        """Find a competency by id or name (any case); a name two competencies bear is refused."""
        return self._find("competency", key, self.competency_records, lambda c: (c.name,))

    def role(self, key: str) -> Role:
        """Find a role by id or name (any case); a name two roles bear is refused."""
        return self._find("role", key, self.role_records, lambda r: (r.name,))

    def indicator(self, key: str) -> Indicator:
        """Find an indicator by id."""
        return self._find("indicator", key, self.indicator_records, lambda i: ())

    def _find(self, kind, key, items, aliases):
        return find(self, kind, key, items, aliases)

    def levels_up_to(self, level: str | int) -> tuple[str, ...]:
        """The level ids a holder of ``level`` must meet: all lower levels too when cumulative."""
        top = self.level(level)
        if not self.cumulative:
            return (top.id,)
        return tuple(lv.id for lv in self.level_records if lv.rank <= top.rank)

    # -- tables ------------------------------------------------------------------------------
    @cached_property
    def _frames(self) -> dict[str, pd.DataFrame]:
        from .frames import build_frames

        return build_frames(self)

    def _frame(self, name: str) -> pd.DataFrame:
        return self._frames[name].copy(deep=False)

    @property
    def indicators(self) -> pd.DataFrame:
        """One row per indicator (see :data:`compkit.framework.frames.INDICATOR_COLUMNS`)."""
        return self._frame("indicators")

    @property
    def competencies(self) -> pd.DataFrame:
        """One row per competency, with its group, values and indicator count."""
        return self._frame("competencies")

    @property
    def groups(self) -> pd.DataFrame:
        """One row per cluster or domain that groups competencies (empty when there are none)."""
        return self._frame("groups")

    @property
    def levels(self) -> pd.DataFrame:
        """One row per level, lowest first."""
        return self._frame("levels")

    @property
    def values(self) -> pd.DataFrame:
        """One row per declared value, with the competencies that express it."""
        return self._frame("values")

    @property
    def competency_values(self) -> pd.DataFrame:
        """One row per (competency, value) pair: which competency expresses which value."""
        return self._frame("competency_values")

    @property
    def roles(self) -> pd.DataFrame:
        """One row per (role, competency): the level the role requires."""
        return self._frame("roles")

    @property
    def repairs(self) -> pd.DataFrame:
        """One row per recorded repair of the source's structure."""
        return self._frame("repairs")

    def counts(self, *, polarity: str = "effective", names: bool = False) -> pd.DataFrame:
        """Statements per competency (rows) and level (columns), in framework order.

        Parameters
        ----------
        polarity : {"effective", "ineffective", "all"}
            Which statements to count: what a holder must show (default), the negative
            indicators, or both.
        names : bool, default False
            Label the rows and columns by the competencies' and levels' names, to read; by
            default they are the ids, which ``.loc`` and joins with ``indicators`` use.

        Returns
        -------
        pandas.DataFrame
            Counts; a cell the publisher left undefined holds ``<NA>``, not 0.

        Examples
        --------
        >>> import compkit
        >>> compkit.load("wsx").counts().loc["qualities"].tolist()
        [10, 7, 7, 5, 5]
        >>> compkit.load("cis").counts(names=True).iloc[:2, :2]
        Level                  Level 1  Level 2
        Competency
        Supporting our people        3        2
        Being brilliant              3        3
        """
        from .frames import counts

        return counts(self, polarity=polarity, names=names)

    def profile(
        self,
        *,
        level: str | int | None = None,
        role: str | None = None,
        competency: str | None = None,
        cumulative: bool | None = None,
        polarity: str = "effective",
    ) -> pd.DataFrame:
        """Everything a holder of ``level``, or of ``role``, must show, per competency.

        Parameters
        ----------
        level : str or int, optional
            A level id, name or rank; applies to every competency.
        role : str, optional
            A role id or name; each competency at the level the role requires (a competency the
            role needs at no stated level contributes no statements).
        competency : str, optional
            A competency id or name: its statements only (default: every competency).
        cumulative : bool, optional
            Include all lower levels (default: the framework's own ``cumulative`` flag).
        polarity : {"effective", "ineffective", "all"}
            Effective statements only (default: what a holder must show), the negative
            indicators, or both.

        Returns
        -------
        pandas.DataFrame
            The indicators rows, plus ``required_level``, in framework order.

        Raises
        ------
        compkit.UsageError
            When neither or both of ``level`` and ``role`` are given, or they (or
            ``competency``) are unknown.

        Examples
        --------
        >>> import compkit
        >>> wsx = compkit.load("wsx")
        >>> len(wsx.profile(level="Skilled")), len(wsx.profile(level="skilled", cumulative=False))
        (70, 26)
        >>> wsx.profile(level="Skilled", competency="Managing Work")["level_name"].value_counts()
        level_name
        Core       13
        Skilled     6
        Name: count, dtype: int64
        """
        from .frames import profile

        return profile(
            self,
            level=level,
            role=role,
            competency=competency,
            cumulative=cumulative,
            polarity=polarity,
        )
