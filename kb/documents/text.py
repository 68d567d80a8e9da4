"""Plain text from our own letter HTML, for pasting into a web form: one wording, two formats."""

from html.parser import HTMLParser

BLOCKS = {"p", "h1", "h2", "h3", "section", "header", "footer", "ul", "ol", "div", "br", "table", "tr"}
SKIP = {"style", "title", "head", "script"}


class _TextWriter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skipping = 0
        self.lists: list[list[int]] = []  # counters for ordered lists, None-like [-1] for unordered

    def _newline(self, count: int = 1) -> None:
        text = "".join(self.out)
        trailing = len(text) - len(text.rstrip("\n"))
        if text and trailing < count:
            self.out.append("\n" * (count - trailing))

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in SKIP:
            self.skipping += 1
        elif tag in ("ul", "ol"):
            self._newline()
            self.lists.append([0 if tag == "ol" else -1])
        elif tag == "li":
            self._newline()
            counter = self.lists[-1] if self.lists else [-1]
            if counter[0] >= 0:
                counter[0] += 1
                self.out.append(f"{counter[0]}. ")
            else:
                self.out.append("- ")
        elif tag in ("h1", "h2", "h3"):
            self._newline(2)
        elif tag in BLOCKS:
            self._newline(2 if tag == "p" else 1)

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self.skipping -= 1
        elif tag in ("ul", "ol"):
            if self.lists:
                self.lists.pop()
            self._newline(2)
        elif tag in ("h1", "h2", "h3", "p"):
            self._newline(2 if tag != "h2" else 1)

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        collapsed = " ".join(data.split())
        if not collapsed:
            return
        if data[:1].isspace() and self.out and not self.out[-1].endswith(("\n", " ")):
            self.out.append(" ")
        self.out.append(collapsed)
        if data[-1:].isspace():
            self.out.append(" ")


def html_to_text(html: str) -> str:
    writer = _TextWriter()
    writer.feed(html)
    writer.close()
    lines = [line.rstrip() for line in "".join(writer.out).splitlines()]
    text = "\n".join(lines).strip()
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text + "\n"
