"""The guided flow in a real browser: complete it, by keyboard, in Spanish, and leave it fast."""

from playwright.sync_api import expect
from pypdf import PdfReader

from tests.browser import flow_steps as s


def pdf_text(path) -> str:  # noqa: ANN001
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def test_an_adult_in_california_gets_both_letters_and_the_checklist(page, tmp_path):
    s.start(page), s.safety(page), s.place(page), s.what(page), s.where(page), s.who(page), s.confirm(page)
    expect(page.get_by_role("heading", name="Check your answers")).to_be_visible()
    page.get_by_role("button", name="Make my documents").click()
    expect(page.get_by_role("heading", name="ExampleBook: Removal request")).to_be_visible()
    texts = {}
    for name, label in [("book", "Download PDF — ExampleBook"), ("gram", "Download PDF — ExampleGram")]:
        with page.expect_download() as info:
            page.get_by_role("button", name=label).first.click()
        path = tmp_path / f"{name}.pdf"
        info.value.save_as(path)
        texts[name] = pdf_text(path)
    with page.expect_download() as info:
        page.get_by_role("button", name="Download PDF — checklist").click()
    info.value.save_as(tmp_path / "checklist.pdf")
    assert "Save the evidence before you report" in pdf_text(tmp_path / "checklist.pdf")
    book = texts["book"]
    for element in ("Alex Doe", "https://examplebook.com/p/1", "good-faith belief", "Email: alex@example.org",
                    "47 U.S.C. § 223a requires you to act within 48 hours"):
        assert element in book
    assert "https://examplegram.com/p/2" in texts["gram"] and "https://examplebook.com/p/1" not in texts["gram"]


def test_the_minors_path_puts_ncmec_first_and_never_asks_for_a_screenshot(page):
    s.start(page)
    s.safety(page, "Yes, under 18")
    expect(page.get_by_role("heading", name="Report it first")).to_be_visible()
    body = page.inner_text("main")
    assert body.index("CyberTipline") < body.index("removal letters")
    page.get_by_role("button", name="Continue to the removal letters").click()
    s.place(page), s.what(page), s.where(page), s.who(page), s.confirm(page)
    page.get_by_role("button", name="Make my documents").click()
    expect(page.get_by_role("heading", name="Your documents")).to_be_visible()
    text = page.inner_text("main").lower()
    assert "take a screenshot" not in text and "evidence log on your own device" not in text
    assert text.index("ncmec") < text.index("examplebook")


def tab_to(page, check: str, limit: int = 60) -> None:  # noqa: ANN001
    """Press Tab until the focused element satisfies the JavaScript expression `check` (on `el`)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(() => {{ const el = document.activeElement; return !!({check}); }})()"):
            return
    raise AssertionError(f"Tab never reached an element where {check}")


def button(label: str) -> str:
    return f"el.tagName === 'BUTTON' && el.textContent.trim() === {label!r}"


def test_the_whole_flow_works_by_keyboard_alone(page, tmp_path):
    page.goto("/")
    tab_to(page, button("Start"))
    page.keyboard.press("Enter")
    page.wait_for_selector("text=First, your safety")
    tab_to(page, "el.name === 'age'")
    page.keyboard.press("ArrowDown")  # from "Yes, under 18" to "No, 18 or older"
    assert page.is_checked("#id_age_1")
    tab_to(page, button("Continue"))
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Where does the person in the image live?")
    tab_to(page, "el.id === 'id_person_jurisdiction'")
    page.keyboard.type("California")
    assert page.input_value("#id_person_jurisdiction") == "us-ca"
    tab_to(page, button("Continue"))
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Is the image real")
    tab_to(page, "el.name === 'synthetic'")
    page.keyboard.press("Space")
    tab_to(page, button("Continue"))
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Web addresses (URLs)")
    tab_to(page, "el.id === 'id_urls'")
    page.keyboard.type("https://examplebook.com/p/1")
    tab_to(page, button("Continue"))
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Who are you?")
    tab_to(page, "el.name === 'relationship'")
    page.keyboard.press("Space")
    tab_to(page, "el.id === 'id_name'")
    page.keyboard.type("Alex Doe")
    tab_to(page, "el.id === 'id_email'")
    page.keyboard.type("alex@example.org")
    tab_to(page, button("Continue"))
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Your statements")
    for box in ("id_depicts", "id_not_consented", "id_good_faith"):
        tab_to(page, f"el.id === '{box}'")
        page.keyboard.press("Space")
    tab_to(page, "el.id === 'id_signature'")
    page.keyboard.type("Alex Doe")
    tab_to(page, button("Continue"))
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Check your answers")
    tab_to(page, button("Make my documents"))
    page.keyboard.press("Enter")
    page.wait_for_selector("text=ExampleBook: Removal request")
    tab_to(page, "el.tagName === 'BUTTON' && el.textContent.includes('Download PDF')")
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    info.value.save_as(tmp_path / "letter.pdf")
    assert "https://examplebook.com/p/1" in pdf_text(tmp_path / "letter.pdf")


def test_quick_exit_replaces_the_page_and_leaves_no_way_back(page):
    page.route("https://www.google.com/**", lambda route: route.fulfill(status=200, body="<p>neutral</p>",
                                                                          content_type="text/html"))
    s.start(page)
    s.safety(page)
    page.get_by_role("link", name="Quick exit").click()
    page.wait_for_url("https://www.google.com/**")
    assert "neutral" in page.content()
    page.go_back()  # the whole flow was one history entry, and Quick exit replaced it
    content = page.content()
    assert page.url == "about:blank" and "safety" not in content and "Recourse" not in content


def test_an_invalid_url_is_caught_and_the_other_answers_survive(page):
    s.start(page), s.safety(page), s.place(page), s.what(page)
    s.where(page, "https://examplebook.com/p/1\nfile:///etc/passwd")
    summary = page.locator("#error-summary")
    expect(summary).to_be_visible()
    assert "only http(s) URLs are accepted, not file:" in summary.inner_text()
    assert page.evaluate("document.activeElement.id") == "error-summary"
    assert "https://examplebook.com/p/1" in page.get_by_label(
        "Web addresses (URLs) where the image is, one per line").input_value()
    page.get_by_label("Web addresses (URLs) where the image is, one per line").fill("https://examplebook.com/p/1")
    page.get_by_role("button", name="Continue").click()
    s.who(page), s.confirm(page)
    expect(page.get_by_role("heading", name="Check your answers")).to_be_visible()
    review = page.inner_text("main")
    assert "California" in review and "2025-06-01" in review


def test_the_flow_in_spanish(page):
    page.goto("/")
    page.get_by_label("Language").select_option("es")
    page.get_by_role("button", name="Change").click()
    expect(page.get_by_role("link", name="Salida rápida")).to_be_visible()
    page.get_by_role("button", name="Empezar").click()
    expect(page.get_by_role("heading", name="Primero, tu seguridad")).to_be_visible()
    page.get_by_label("No, 18 o más").check()
    page.get_by_role("button", name="Continuar").click()
    expect(page.get_by_label("¿Dónde vive la persona de la imagen?")).to_be_visible()
    assert page.locator("html").get_attribute("lang") == "es"
