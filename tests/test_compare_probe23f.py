"""Probe 23F: an OD consultant's comparing day (shape of clusters against a flat list).

Pairs read on the day: GDS's technologist career path (nine competencies in three groups, three
levels, six competencies left as headings with no statements; ``tests/data/corpus/``) against
Engineering Ladders' developer ladder (five axes, seven levels, none grouped); LMG's cloud
engineering roles (first person, British English) against Carvago's competencies ("you",
American English); the Waypoints ladder against the USDS sample competencies. The fixtures
below are my own words in their shapes.
"""

from __future__ import annotations

import itertools

import compkit
from compkit.compare.plots import plot_counts
from compkit.framework.build import from_dict

GROUPS = {"craft": ("Building", "Testing", "Shipping"), "people": ("Pairing", "Mentoring")}


def _clustered(fid: str = "clustered", *, empty: tuple[str, ...] = ()):
    """Five competencies in two groups at three levels; those in ``empty`` hold no statements."""
    levels = [{"id": f"l{k}", "name": f"Level {k}", "rank": k} for k in (1, 2, 3)]
    comps = []
    for group, names in GROUPS.items():
        for name in names:
            cid = name.lower()
            comp = {"id": cid, "name": name, "group": group, "indicators": []}
            if name in empty:
                comp["undefined"] = [
                    {"level": lv["id"], "note": "cell left blank"} for lv in levels
                ]
            else:
                comp["indicators"] = [
                    {
                        "id": f"{cid}-{lv['id']}",
                        "level": lv["id"],
                        "text": f"Takes on {name.lower()} work at {lv['name'].lower()}.",
                    }
                    for lv in levels
                ]
            comps.append(comp)
    return from_dict(
        {
            "schema_version": 2,
            "id": fid,
            "title": "Clustered career path",
            "organisation": "Harbour Works",
            "language": "en-GB",
            "cumulative": False,
            "levels": levels,
            "groups": [{"id": g, "name": g.title()} for g in GROUPS],
            "competencies": comps,
        }
    )


def _flat(fid: str = "flat", n_levels: int = 7):
    """Two ungrouped axes over ``n_levels`` levels, one statement a cell."""
    levels = [{"id": f"d{k}", "name": f"D{k}", "rank": k} for k in range(1, n_levels + 1)]
    comps = [
        {
            "id": axis,
            "name": axis.title(),
            "indicators": [
                {"id": f"{axis}-{lv['id']}", "level": lv["id"], "text": f"Grows {axis} at {k}."}
                for k, lv in enumerate(levels, 1)
            ],
        }
        for axis in ("system", "influence")
    ]
    return from_dict(
        {
            "schema_version": 1,
            "id": fid,
            "title": "Flat ladder",
            "organisation": "Dock Street",
            "language": "en-US",
            "cumulative": True,
            "levels": levels,
            "competencies": comps,
        }
    )


def _finding(a, b, aspect: str, measure_start: str = "") -> str:
    t = compkit.headline_differences(a, b)
    rows = t[(t["aspect"] == aspect) & t["measure"].str.startswith(measure_start)]
    return " ".join(rows["finding"])


def test_the_shape_finding_says_which_framework_groups_its_competencies():
    # GDS's nine competencies stand in three groups, Engineering Ladders' five axes in none:
    # the shape finding read "9 competencies × 3 levels", as if both were flat lists
    got = _finding(_clustered(), _flat(), "shape", "statements per")
    assert (
        got
        == "Harbour Works: 5 competencies (in 2 groups) × 3 levels; Dock Street: 2 competencies × 7 levels."
    )


def test_the_summary_says_which_framework_groups_its_competencies():
    from compkit.compare.report import report_markdown

    text = report_markdown(_clustered(), _flat())
    assert "arranges them in 5 competencies (in 2 groups) at 3 levels" in text
    assert "arranges them in 2 competencies at 7 levels" in text


def test_competencies_empty_at_every_level_are_no_lowest_level_gap():
    # GDS leaves six of its nine competencies empty at all three levels: "GDS's lowest level
    # describes 3 of its 9 competencies" read as if the levels above described more
    got = _finding(_clustered(empty=("Testing", "Mentoring")), _flat(), "growth")
    assert "lowest level describes" not in got
    assert "2 of Harbour Works' 5 competencies hold no statements at any level" in got


def test_a_lowest_level_describing_fewer_is_still_said():
    fw = _clustered()
    data = compkit.framework.to_dict(fw)
    shipping = next(c for c in data["competencies"] if c["id"] == "shipping")
    shipping["indicators"] = [i for i in shipping["indicators"] if i["level"] != "l1"]
    shipping["undefined"] = [{"level": "l1", "note": "cell left blank"}]
    data["schema_version"] = 2
    got = _finding(from_dict(data), _flat(), "growth")
    assert "Harbour Works' lowest level describes 4 of its 5 competencies" in got
    assert "at any level" not in got


#: Names of a ladder's per-level headings read as competencies, wrapped over up to three lines
#: (my own words in the shape of LMG's "I am ..." headings).
LONG_NAMES = tuple(
    f"I am {what} and I keep {how} in everything I deliver, {k}"
    for k, (what, how) in enumerate(
        [
            ("trusted to plan work", "quality"),
            ("learning the craft", "curiosity"),
            ("a steady pair of hands", "calm"),
        ]
        * 7,
        1,
    )
)


def _overlapping_names(fig) -> int:
    """How many of a panel's competency names, as drawn, run into the next one."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from compkit._plotting import style

    with style():
        FigureCanvasAgg(fig)
        fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    n = 0
    for ax in fig.axes:
        boxes = [t.get_window_extent(renderer) for t in ax.get_yticklabels() if t.get_text()]
        boxes.sort(key=lambda b: b.y0)
        n += sum(lower.y1 > upper.y0 + 0.5 for lower, upper in itertools.pairwise(boxes))
    return n


def test_names_of_three_lines_have_rows_tall_enough_in_the_counts_chart():
    # LMG's 21 headings of up to three lines beside Carvago's five: rows 0.37 inch as drawn
    # where three lines need 0.45, so each name ran into the next
    levels = [{"id": f"r{k}", "name": f"Cloud Engineer Grade {k}", "rank": k} for k in range(1, 7)]
    comps = [
        {
            "id": f"c{k}",
            "name": name,
            "indicators": [
                {"id": f"c{k}-1", "level": levels[k % 6]["id"], "text": "Keeps the lights on."}
            ],
        }
        for k, name in enumerate(LONG_NAMES)
    ]
    many = from_dict(
        {
            "schema_version": 1,
            "id": "many",
            "title": "Many headings",
            "organisation": "Quay Cloud",
            "levels": levels,
            "competencies": comps,
        }
    )
    fig = plot_counts(many, _flat())
    assert _overlapping_names(fig) == 0


def test_the_counts_colour_bar_counts_whole_statements():
    # Waypoints and the USDS sample hold one statement a cell: the colour bar read 0.0, 0.2,
    # 0.4 ... 1.0 statements
    fig = plot_counts(_flat("one"), _flat("other", 4))
    bar = fig.axes[-1]
    ticks = [t for t in bar.get_yticks() if 0 <= t <= 1]
    assert ticks == [0.0, 1.0]


def test_the_dashboard_says_in_words_when_a_framework_has_no_statements_on_a_theme():
    # GDS and Engineering Ladders on "Wellbeing and workload": each side showed a caption over
    # a table of headers and no rows, and links to download an empty sheet
    from compkit.compare.dashboard import dashboard

    board = dashboard({"clustered": _clustered(), "flat": _flat()})
    board.theme.value = "wellbeing"
    shown = board.statements.value
    assert "<b>Harbour Works: no statements on Wellbeing and workload, all levels</b>" in shown
    assert "<b>Dock Street: no statements on Wellbeing and workload, all levels</b>" in shown
    assert "<thead" not in shown
    assert board.download.value == ""
    board.theme.value = ""
    board.search.value = "Takes on"  # one side's statements, the other's said in words
    shown = board.statements.value
    assert shown.count("<thead") == 1 and "<b>Dock Street: no statements on" in shown
    assert board.download.value
