"""Build pages/, pages_held_out/, gold.json and gold_held_out.json from articles.src.

articles.src holds each made-up article after a line ``=== ID LANG dev|held``; a quoted
span is written ``[[text|S=speaker]]`` (attributed, speaker as printed), ``[[text|A]]``
(attributed, no speaker printed) or ``[[text|U]]`` (not attributed: a title or a scare
quote). Run: python build.py
"""

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANNOTATION = re.compile(r"\[\[(.+?)\|(S=[^\]]*|A|U)\]\]", re.S)


def main() -> None:
    chunks = re.split(
        r"^=== (\S+) (\S+) (dev|held)\n", (HERE / "articles.src").read_text(), flags=re.M
    )
    golds = {"dev": {}, "held": {}}
    for folder in ("pages", "pages_held_out"):
        (HERE / folder).mkdir(exist_ok=True)
        for old in (HERE / folder).glob("*.txt"):
            old.unlink()
    for i in range(1, len(chunks), 4):
        name, language, part, text = chunks[i : i + 4]
        quotes, at = [], 0
        out = ""
        for m in ANNOTATION.finditer(text):
            out += text[at : m.start()]
            tag = m[2]
            quotes.append(
                {
                    "start": len(out),
                    "end": len(out) + len(m[1]),
                    "text": m[1],
                    "attributed": tag != "U",
                    "speaker": tag[2:] if tag.startswith("S=") else None,
                }
            )
            out += m[1]
            at = m.end()
        out += text[at:]
        out = out.rstrip("\n") + "\n"
        folder = "pages" if part == "dev" else "pages_held_out"
        (HERE / folder / f"{name}.txt").write_text(out)
        golds[part][name] = {"language": language, "quotes": quotes}
    (HERE / "gold.json").write_text(json.dumps(golds["dev"], ensure_ascii=False, indent=1) + "\n")
    (HERE / "gold_held_out.json").write_text(
        json.dumps(golds["held"], ensure_ascii=False, indent=1) + "\n"
    )


if __name__ == "__main__":
    main()
