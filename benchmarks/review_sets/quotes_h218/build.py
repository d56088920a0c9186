"""Build a quotes set's pages/, pages_held_out/, pages_fresh/ and their gold from its
articles.src and articles_fresh.src (this set's, or the set folder given: quotes_h236's
build.py runs this one).

articles.src holds each made-up article after a line ``=== ID LANG dev|held``
(articles_fresh.src: ``fresh``, written after the rules); a quoted
span is written ``[[text|S=speaker]]`` (attributed, speaker as printed), ``[[text|A]]``
(attributed, no speaker printed) or ``[[text|U]]`` (not attributed: a title or a scare
quote). Run: python build.py [SET_DIR]
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parent
ANNOTATION = re.compile(r"\[\[(.+?)\|(S=[^\]]*|A|U)\]\]", re.S)


FOLDERS = {"dev": "pages", "held": "pages_held_out", "fresh": "pages_fresh"}
GOLDS = {"dev": "gold.json", "held": "gold_held_out.json", "fresh": "gold_fresh.json"}


def main() -> None:
    text = (HERE / "articles.src").read_text() + (HERE / "articles_fresh.src").read_text()
    chunks = re.split(r"^=== (\S+) (\S+) (dev|held|fresh)\n", text, flags=re.M)
    golds = {"dev": {}, "held": {}, "fresh": {}}
    for folder in FOLDERS.values():
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
        (HERE / FOLDERS[part] / f"{name}.txt").write_text(out)
        golds[part][name] = {"language": language, "quotes": quotes}
    for part, gold in GOLDS.items():
        (HERE / gold).write_text(json.dumps(golds[part], ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
