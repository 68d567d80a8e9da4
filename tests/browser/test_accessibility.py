"""axe-core on every step of the flow: no serious or critical violations."""

from axe_playwright_python.sync_playwright import Axe

from tests.browser import flow_steps as s

SERIOUS = {"serious", "critical"}


def serious(page, heading: str) -> list:  # noqa: ANN001
    page.get_by_role("heading", name=heading).first.wait_for()  # the page we mean to check is the one shown
    results = Axe().run(page)
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
            for v in results.response["violations"] if v["impact"] in SERIOUS]


def test_every_step_has_no_serious_accessibility_violations(page):
    page.goto("/")
    pages = {"start": serious(page, "Someone shared a sexual image of you without your consent?")}
    page.get_by_role("button", name="Start").click()
    pages["safety"] = serious(page, "First, your safety")
    s.safety(page)
    pages["place"] = serious(page, "Where you live")
    s.place(page)
    pages["what"] = serious(page, "What happened")
    s.what(page)
    pages["where"] = serious(page, "Where it is")
    s.where(page, "not a url at all\njavascript:alert(1)")
    pages["where with an error"] = serious(page, "Please check these answers")
    s.where(page)
    pages["who"] = serious(page, "Who is asking")
    s.who(page)
    pages["confirm"] = serious(page, "Your statements")
    s.confirm(page)
    pages["review"] = serious(page, "Check your answers")
    page.get_by_role("button", name="Make my documents").click()
    pages["documents"] = serious(page, "Your documents")
    page.goto("/laws/us-ca/")
    pages["law page"] = serious(page, "California")
    page.goto("/laws/us/us-take-it-down-removal/")
    pages["law detail"] = serious(page, "Notice and removal of nonconsensual intimate images by online platforms "
                                        "(TAKE IT DOWN Act)")
    page.goto("/evidence-log/")
    pages["evidence log"] = serious(page, "Evidence log, on your own device")
    assert {name: found for name, found in pages.items() if found} == {}


def test_the_checker_does_find_a_serious_violation_when_there_is_one(page):
    """Guards the test above: a page with an unlabelled input must fail the same check."""
    page.goto("/evidence-log/")
    page.evaluate("document.getElementById('evidence-url').previousElementSibling.remove()")
    assert any(rule == "label" for rule, _, _ in serious(page, "Evidence log, on your own device"))
