"""Run the rules on a framework: :func:`check`, the checker's one verb."""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import FrameworkFileError, Problem, UsageError
from ..framework.argument import framework_argument

# importing the family modules registers their rules
from . import (  # noqa: F401
    cumulation,
    misspelling,
    overlap,
    progression,
    ranks,
    spelling,
    structure,
    text_quality,
    typography,
    values,
)
from .context import Context, as_written
from .registry import RULES, Finding, resolve, sorted_rules
from .report import Report
from .tongues import held_back, skipped_note


def check(
    framework,
    *,
    select: Iterable[str] | str | None = None,
    ignore: Iterable[str] | str | None = None,
) -> Report:
    """Check a framework against every consistency rule and return all findings.

    Parameters
    ----------
    framework : Framework, bundled id or path
        The framework to check.
    select : codes or prefixes, optional
        Run only these rules (``["C", "T005"]``); default every rule but the opt-in ones
        (``docs/rules.md`` marks them), which run only when selected.
    ignore : codes or prefixes, optional
        Skip these rules. The framework's own ``rules: {ignore: [...]}`` are skipped too.
        On a framework not written in English (its ``language``), the rules that read English
        (:mod:`compkit.checks.tongues`) run only when ``select`` names them; the report's
        ``notes`` say which were left out.

    Returns
    -------
    Report
        Every finding, in rule order.

    Raises
    ------
    compkit.UsageError
        For a ``framework`` that is none (its message opens ``framework:``), an unknown rule
        code or prefix (``select:``, ``ignore:``), or an empty ``select``.
    compkit.FrameworkFileError
        For an unknown code in the framework's own ``rules: {ignore: [...]}``.

    Examples
    --------
    >>> import compkit
    >>> report = compkit.check("wsx", select="T005")
    >>> report.to_frame()[["indicator_id", "message"]].values.tolist()
    [['partnerships-supervisory-8', "'Wiling' looks misspelt; did you mean 'willing'?"]]
    """
    fw = framework_argument(framework, "framework")
    if select is None:
        codes = {c for c, r in RULES.items() if r.default}
    elif not (codes := resolve(select, argument="select")):
        raise UsageError("select is empty; give rule codes or prefixes, or leave it out for all")
    codes -= resolve(ignore, argument="ignore")
    ignored = list(fw.rules.get("ignore", ()))
    try:
        codes -= resolve(ignored)
    except UsageError as exc:
        where = fw.path or f"<framework {fw.id}>"
        line = _ignore_line(fw, ignored)
        raise FrameworkFileError(where, [Problem("rules.ignore", str(exc), line)]) from None
    skipped = held_back(fw.language, codes, select)
    codes -= set(skipped)
    ctx = Context(fw)
    where = ctx.indicators.drop_duplicates("indicator_id").set_index("indicator_id")
    located = where[["competency_id", "level", "source_lines"]].to_dict("index")
    # the rules read curly marks straight; a message quotes words with the marks as written
    curly = where[where["written"] != where["text"]]["written"].to_dict()
    findings = []
    for r in sorted_rules():
        if r.code not in codes:
            continue
        for item in r.func(ctx):
            # a finding about a statement is located by the statement
            place = located.get(item.get("indicator_id", ""), {})
            item = {**{k: str(v) for k, v in place.items()}, **item}
            if curly:
                item = _as_written(item, curly)
            findings.append(
                Finding(code=r.code, name=r.name, severity=r.severity, framework=fw.id, **item)
            )
    notes = (note,) if (note := skipped_note(fw.language, skipped)) else ()
    return Report(tuple(findings), (fw.id,), notes)


def _as_written(item: dict, curly: dict[str, str]) -> dict:
    """A finding's subject and message quoting its statements' words with their marks as written."""
    texts = [curly.get(item.get(k, "")) for k in ("indicator_id", "related_id")]
    for written in filter(None, texts):
        for key in ("subject", "message"):
            if item.get(key):
                item = {**item, key: as_written(item[key], written)}
    return item


def _ignore_line(fw, ignored: list) -> int | None:
    """The line of the first code in the file's ``rules: {ignore: [...]}`` no rule answers to.

    None when the framework has no file (built in Python) or the file cannot be read again.
    """
    from .filelines import parsed_file

    parsed = parsed_file(fw)
    if parsed is None:
        return None
    linemap = parsed[1]
    for k, code in enumerate(ignored):
        try:
            resolve([code])
        except UsageError:
            return linemap.line(["rules", "ignore", k])
    return linemap.line(["rules", "ignore"])
