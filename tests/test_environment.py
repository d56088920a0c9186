"""The set-up files agree: environment.yml wraps pyproject.toml, pins are exact and locked."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from analysis import config

ROOT = config.PROJECT_ROOT


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _lock() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[_canonical(name)] = version
    return pins


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirements() -> list[str]:
    project = _pyproject()["project"]
    return project["dependencies"] + [
        req for group in project["optional-dependencies"].values() for req in group
    ]


def test_every_dependency_is_pinned_exactly() -> None:
    for requirement in _requirements():
        assert re.fullmatch(r"[A-Za-z0-9_.\-]+==[0-9][0-9A-Za-z.]*", requirement), requirement


@pytest.mark.parametrize("requirement", _requirements())
def test_lock_agrees_with_pyproject(requirement: str) -> None:
    name, _, version = requirement.partition("==")
    assert _lock().get(_canonical(name)) == version, f"{name}: pyproject {version}, lock differs"


def test_environment_yml_wraps_pyproject() -> None:
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    python = _pyproject()["project"]["requires-python"]
    minor = re.search(r">=3\.(\d+)", python).group(1)
    assert f"python=3.{minor}" in text
    assert re.search(r"^\s*- pip\s*$", text, re.M)
    assert "-e .[dev,dask]" in text
    assert "-c requirements.lock" in text
    # No package pinned in two places: the conda file lists only python and pip.
    dependencies = text.split("dependencies:", 1)[1]
    conda_deps = re.findall(r"^  - ([A-Za-z0-9_.\-]+)", dependencies, re.M)
    assert set(conda_deps) <= {"python", "pip"}, conda_deps


def test_textstat_pinned_to_an_offline_version() -> None:
    # textstat 0.7.9+ loads NLTK's cmudict, which downloads on first use.
    pins = dict(r.split("==") for r in _requirements())
    major, minor, patch = (int(p) for p in pins["textstat"].split("."))
    assert (major, minor, patch) <= (0, 7, 8)
    assert "cmudict" in pins


def test_seed_pages_are_unchanged_copies() -> None:
    seeds = config.SHARED_DIR / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not beside the project")
    for seed in sorted(seeds.glob("*.txt")):
        assert (config.RAW_DIR / seed.name).read_bytes() == seed.read_bytes(), seed.name


def test_no_path_outside_project_is_written_by_config() -> None:
    assert Path(config.RAW_DIR).is_relative_to(ROOT)
    assert Path(config.REPORTS_DIR).is_relative_to(ROOT)


def test_make_install_installs_every_extra() -> None:
    # CI has only what `make install` installs: an extra left out (dask) would skip its tests.
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    installed = re.search(r"-e '\.\[([a-z,]+)\]'", makefile).group(1).split(",")
    assert sorted(installed) == sorted(_pyproject()["project"]["optional-dependencies"])
