"""Every widget notebook works where users run it: in JupyterLab and as a Voilà app, in Chromium.

Each test opens a notebook in a real browser, runs all cells, checks the widgets rendered, then
changes a selection or clicks and checks the widget answered. Screenshots land in
build/screenshots/. The fixtures (servers, browser, ``run_notebook``) are in conftest.py.
"""

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

WIDGET_NOTEBOOKS = [
    "01-explore-frameworks.ipynb",
    "06-dashboard.ipynb",
    "07-bring-your-own-framework.ipynb",
]


def caption(scope) -> str:
    return scope.locator("caption").first.inner_text()


def test_explorer_notebook_renders_and_responds(run_notebook, screenshot):
    page = run_notebook("01-explore-frameworks.ipynb")
    explorer = page.locator(".compkit-explorer")
    explorer.wait_for()
    selects = explorer.locator("select")
    assert selects.count() == 3
    # The notebook's last cell set the explorer to WSX Managing Work at Supervisory, from code.
    assert caption(explorer) == "33 indicators, Managing Work, up to and including Supervisory"
    assert explorer.locator("th").all_inner_texts()[:3] == ["Competency", "Level", "Statement"]
    explorer.scroll_into_view_if_needed()
    screenshot(page, "01-explore-frameworks")

    selects.nth(0).select_option(label="CiS: Competencies – Senior Officer roles")
    page.wait_for_function(
        "() => document.querySelector('.compkit-explorer caption').textContent"
        ".includes('all competencies')"
    )
    selects.nth(2).select_option(label="Level 2")
    page.wait_for_function(
        "() => document.querySelector('.compkit-explorer caption').textContent"
        ".startsWith('32 indicators')"
    )
    assert caption(explorer) == "32 indicators, all competencies, up to and including Level 2"
    assert explorer.locator("tbody tr").count() == 32

    explorer.locator("input[type=checkbox]").click()  # untick "cumulative"
    page.wait_for_function(
        "() => document.querySelector('.compkit-explorer caption').textContent"
        ".startsWith('16 indicators')"
    )
    assert caption(explorer) == "16 indicators, all competencies, at Level 2"
    screenshot(page, "01-explore-frameworks-clicked")
    assert not [e for e in page.console_errors if "widget" in e.lower()]


def check_dashboard(page, screenshot, name: str) -> None:
    """The dashboard opens on a summary; filters, pages, downloads and tabs all answer."""
    board = page.locator(".compkit-dashboard")
    board.wait_for(timeout=120_000)
    page.wait_for_function(
        "() => document.querySelector('.compkit-dashboard').textContent"
        ".includes('153 statements against 62 in CiS')"
    )
    assert "key figures" in board.inner_text()
    screenshot(page, name)
    tabs = board.locator(".lm-TabBar-tab")
    assert [t.strip() for t in tabs.all_inner_texts()] == [
        "Summary",
        "Themes",
        "Scope",
        "Statements",
    ]
    for tab in tabs.all():  # every tab title is shown whole
        assert tab.evaluate("t => t.querySelector('.lm-TabBar-tabLabel').scrollWidth") <= (
            tab.evaluate("t => t.querySelector('.lm-TabBar-tabLabel').clientWidth")
        )

    tabs.filter(has_text="Statements").click()
    statements = board.locator(".compkit-statements")
    statements.wait_for()
    assert "Pick a theme or a level" in statements.inner_text()
    selects = board.locator("select")
    assert selects.count() == 4
    selects.nth(2).select_option(label="Technology and digital")
    page.wait_for_function(
        "() => document.querySelector('.compkit-statements').textContent"
        ".includes('CiS: 4 statements on Technology and digital')"
    )
    assert "WSX Mind: 1 statement on Technology and digital, all levels" in (
        statements.inner_text()
    )
    assert "Has good IT skills and uses email and the internet" in statements.inner_text()
    link = board.locator(".compkit-download a").first
    assert link.get_attribute("download") == "compkit-statements.csv"
    assert link.get_attribute("href").startswith("data:text/csv;base64,")
    selects.nth(3).select_option(label="4: CiS Level 4 | WSX Mind Management")
    page.wait_for_function(
        "() => document.querySelector('.compkit-statements').textContent"
        ".includes('CiS: 4 statements on Technology and digital, level 4')"
    )
    assert "technological foresight" in statements.inner_text()
    screenshot(page, f"{name}-statements")

    tabs.filter(has_text="Themes").click()
    image = board.locator("img").first
    image.wait_for(state="visible")
    assert image.evaluate("img => img.naturalWidth") > 300
    screenshot(page, f"{name}-themes-tab")

    selects.nth(1).select_option(label="CiS: Competencies – Senior Officer roles")
    page.wait_for_function(
        "() => document.querySelector('.compkit-dashboard').textContent"
        ".includes('Pick two different frameworks')"
    )
    assert "technological foresight" not in board.inner_text()  # nothing stale
    assert board.locator("img").first.evaluate("img => img.naturalWidth") == 0


def test_dashboard_notebook_in_jupyterlab(run_notebook, screenshot):
    page = run_notebook("06-dashboard.ipynb")
    check_dashboard(page, screenshot, "06-dashboard-lab")


def test_dashboard_as_voila_app(page, voila_app, screenshot):
    app = voila_app("06-dashboard.ipynb")
    blocked = []
    page.route(
        "**/*",
        lambda route: (
            route.continue_()
            if route.request.url.startswith(app.url)
            else (blocked.append(route.request.url), route.abort())
        ),
    )  # no network: only the app's own server answers
    page.goto(f"{app.url}/?token={app.token}")
    check_dashboard(page, screenshot, "06-dashboard-voila")
    assert page.title() == "Compare two competency frameworks"
    assert "import dashboard" not in page.inner_text("body")  # the app shows no code
    assert blocked == []  # compkit's Voila template links nothing beyond this machine
    assert not page.console_errors


def test_every_widget_notebook_has_a_browser_test():
    """A notebook with widgets must be opened in a browser by some test (its name in tests/)."""
    here = Path(__file__).resolve().parent
    root = here.parent / "notebooks"
    tests = "\n".join(p.read_text(encoding="utf-8") for p in here.glob("test_*.py"))
    with_widgets = sorted(
        p.name
        for p in root.glob("*.ipynb")
        if "application/vnd.jupyter.widget-view+json" in p.read_text(encoding="utf-8")
    )
    assert set(WIDGET_NOTEBOOKS) <= set(with_widgets)
    assert [name for name in with_widgets if f'"{name}"' not in tests] == []
