"""analysis.text.model_cache: py3langid's model kept decompressed in the cache folder,
ranking as py3langid's own loader does, a bad copy replaced, a read-only folder no error."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pytest
from py3langid import modelio
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from analysis.text import model_cache
from analysis.text.model_cache import CACHE_ENV, cache_folder, cached_identifier

SENTENCES = (
    "The council met on a wet Tuesday and argued about the price of bread.",
    "Der Rat traf sich an einem nassen Dienstag und stritt über den Brotpreis.",
    "Le conseil s'est réuni un mardi pluvieux pour débattre du prix du pain.",
    "El consejo se reunió un martes lluvioso y discutió el precio del pan.",
    "Совет собрался в дождливый вторник и спорил о цене хлеба.",
    "Rada zebrała się w deszczowy wtorek i kłóciła się o cenę chleba.",
    "Το συμβούλιο συνεδρίασε μια βροχερή Τρίτη για την τιμή του ψωμιού.",
    "評議会は雨の火曜日に集まり、パンの値段について議論した。",
    "المجلس اجتمع يوم الثلاثاء الممطر وناقش سعر الخبز.",
    "Meclis yağmurlu bir salı günü toplandı ve ekmeğin fiyatını tartıştı.",
    "",
    "12345 !!! ...",
)


def _texts(count: int = 60) -> list[str]:
    """The sentences, and made-up mixtures of their words and of random characters."""
    generator = random.Random(7)
    words = " ".join(SENTENCES).split()
    texts = list(SENTENCES)
    for _ in range(count):
        picked = generator.sample(words, generator.randint(1, 25))
        noise = "".join(chr(generator.randint(32, 0x4FF)) for _ in range(generator.randint(0, 40)))
        texts.append(" ".join(picked) + " " + noise)
    return texts


@pytest.fixture(scope="module")
def reference() -> LanguageIdentifier:
    """py3langid's classifier, loaded as py3langid loads it."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The model files py3langid's loader decompresses (the cache was not used)."""
    seen: list[Path] = []
    load = modelio.load_model

    def counted(path: Path) -> tuple:
        seen.append(Path(path))
        return load(path)

    monkeypatch.setattr(modelio, "load_model", counted)
    return seen


def _cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("py3langid-*.bin"))


def _same_rankings(found: LanguageIdentifier, reference: LanguageIdentifier) -> None:
    for text in _texts():
        assert found.rank(text) == reference.rank(text), text
        assert found.classify(text) == reference.classify(text), text


def test_the_copy_ranks_every_text_as_py3langid_does(folder, loads, reference):
    first = cached_identifier()  # no copy yet: decompressed, then written
    assert len(loads) == 1
    (written,) = _cache_files(folder)
    again = cached_identifier()  # read from the copy: nothing decompressed
    assert len(loads) == 1
    assert _cache_files(folder) == [written]
    _same_rankings(first, reference)
    _same_rankings(again, reference)
    assert again.nb_classes == reference.nb_classes
    assert list(again.tk_nextmove) == list(reference.tk_nextmove)
    assert list(again.tk_row) == list(reference.tk_row)
    assert again.tk_output == reference.tk_output


@pytest.mark.parametrize("damage", ["truncated", "altered", "header", "empty"])
def test_a_bad_copy_is_detected_and_replaced(folder, loads, reference, damage):
    cached_identifier()
    (path,) = _cache_files(folder)
    good = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(good[: len(good) // 2])
    elif damage == "altered":  # one byte inside the arrays
        middle = len(good) // 2
        path.write_bytes(good[:middle] + bytes([good[middle] ^ 0xFF]) + good[middle + 1 :])
    elif damage == "header":
        path.write_bytes(good.replace(b'"ptc"', b'"xyz"', 1))
    else:
        path.write_bytes(b"")
    found = cached_identifier()
    assert len(loads) == 2  # the bad copy was not used
    _same_rankings(found, reference)
    assert path.read_bytes() == good  # written again
    cached_identifier()
    assert len(loads) == 2


def test_a_folder_that_cannot_be_written_is_no_error(tmp_path, monkeypatch, loads, reference):
    in_the_way = tmp_path / "a file"
    in_the_way.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(in_the_way / "cache"))
    _same_rankings(cached_identifier(), reference)
    assert in_the_way.read_text(encoding="utf-8") == "not a folder"

    read_only = tmp_path / "read-only"
    read_only.mkdir()
    monkeypatch.setenv(CACHE_ENV, str(read_only))

    def refused(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    _same_rankings(cached_identifier(), reference)
    assert list(read_only.iterdir()) == []
    assert len(loads) == 2


def test_the_cache_folder_and_the_file_name(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "own"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_folder() == tmp_path / "own"
    monkeypatch.setenv(CACHE_ENV, "")
    assert cache_folder() == tmp_path / "xdg" / "newscompare"
    monkeypatch.delenv(CACHE_ENV)
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_folder() == tmp_path / "home" / ".cache" / "newscompare"

    model = tmp_path / "model.npz.xz"
    model.write_bytes(b"one model")
    name = model_cache.model_cache_path(model, "0.4.0")
    assert name.parent == cache_folder()
    assert model_cache.model_cache_path(model, "0.5.0") != name  # another version
    model.write_bytes(b"one modem")  # same size, other bytes
    assert model_cache.model_cache_path(model, "0.4.0") != name
    model.write_bytes(b"one model, retrained")
    assert model_cache.model_cache_path(model, "0.4.0") != name


def test_the_classifier_of_the_package_is_read_through_the_cache(folder, loads):
    from analysis.text.languages import language_identifier

    language_identifier.cache_clear()
    try:
        found = language_identifier()
        assert len(_cache_files(folder)) == 1
        assert found.classify(SENTENCES[1])[0] == "de"
    finally:
        language_identifier.cache_clear()  # the next caller loads it with the usual folder
