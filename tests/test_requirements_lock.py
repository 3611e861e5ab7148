"""The lock files pin versions the ranges in requirements*.txt allow, and every dependency."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==(\S+)$")


def requirement_lines(path: Path) -> list[str]:
    """The requirement lines of a file, following `-r` includes."""
    lines: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("-r "):
            lines += requirement_lines(path.parent / line[3:].strip())
        elif line:
            lines.append(line)
    return lines


def pins(lock: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in requirement_lines(ROOT / lock):
        match = PIN.match(line)
        assert match, f"{lock}: not a pin: {line!r}"
        found[canonicalize_name(match[1])] = match[2]
    return found


@pytest.mark.parametrize(
    ("ranges", "lock"),
    [("requirements.txt", "requirements.lock"), ("requirements-dev.txt", "requirements-dev.lock")],
)
def test_lock_pins_a_version_each_range_allows(ranges: str, lock: str):
    pinned = pins(lock)
    for line in requirement_lines(ROOT / ranges):
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{lock} does not pin {requirement.name} ({ranges})"
        assert requirement.specifier.contains(pinned[name], prereleases=True), (
            f"{lock} pins {requirement.name}=={pinned[name]}, outside {ranges}'s {line!r}"
        )


@pytest.mark.parametrize("lock", ["requirements.lock", "requirements-dev.lock"])
def test_lock_pins_every_dependency_of_what_it_pins(lock: str):
    pinned = pins(lock)
    environment = {**default_environment(), "extra": ""}
    for name in pinned:
        for text in metadata.requires(name) or []:
            requirement = Requirement(text)
            if requirement.marker and not requirement.marker.evaluate(environment):
                continue  # an optional extra, or another platform's dependency
            dependency = canonicalize_name(requirement.name)
            assert dependency in pinned, f"{lock}: {name} needs {requirement.name}, not pinned"
            assert requirement.specifier.contains(pinned[dependency], prereleases=True), (
                f"{lock}: {name} needs {text}, lock pins {pinned[dependency]}"
            )


def test_runtime_lock_is_part_of_the_dev_lock():
    runtime, dev = pins("requirements.lock"), pins("requirements-dev.lock")
    assert runtime.items() <= dev.items()
