"""The steps of the guided flow as a person does them in the browser."""

URLS = "https://examplebook.com/p/1\nhttps://examplegram.com/p/2"


def start(page) -> None:  # noqa: ANN001
    page.goto("/")
    page.get_by_role("button", name="Start").click()


def safety(page, age: str = "No, 18 or older") -> None:  # noqa: ANN001
    page.get_by_label(age).check()
    page.get_by_role("button", name="Continue").click()


def place(page, code: str = "us-ca") -> None:  # noqa: ANN001
    page.get_by_label("Where does the person in the image live?").select_option(code)
    page.get_by_role("button", name="Continue").click()


def what(page) -> None:  # noqa: ANN001
    page.get_by_label("Faked or changed (a deepfake)").check()
    page.get_by_label("When was it made or shared? (if you know)").fill("2025-06-01")
    page.get_by_role("button", name="Continue").click()


def where(page, urls: str = URLS) -> None:  # noqa: ANN001
    page.get_by_label("Web addresses (URLs) where the image is, one per line").fill(urls)
    page.get_by_role("button", name="Continue").click()


def who(page) -> None:  # noqa: ANN001
    page.get_by_label("I am the person in the image").check()
    page.get_by_label("Your name").fill("Alex Doe")
    page.get_by_label("Your email address").fill("alex@example.org")
    page.get_by_role("button", name="Continue").click()


def confirm(page) -> None:  # noqa: ANN001
    page.get_by_label("The image shows me (or the person I act for).").check()
    page.get_by_label("They did not agree to this image being made or shared.").check()
    page.get_by_label("What I have said is true, to the best of my knowledge.").check()
    page.get_by_label("Type your full name to sign").fill("Alex Doe")
    page.get_by_role("button", name="Continue").click()
