"""The app's version and the licences of everything it runs on.

The runtime dependencies are found by walking the requirements of the
installed distributions, starting from the project's own (pyproject.toml in
a checkout, the installed metadata otherwise), with each requirement's
markers and extras evaluated for this interpreter. A licence is read from
the distribution's metadata: its License-Expression (PEP 639), else a short
License field, else its licence classifiers.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import metadata

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from app import paths

PROJECT = "hunan-trade-viewer"
UNKNOWN = "unknown"
MAX_LICENSE_FIELD = 80  # longer License fields hold the whole licence text


@dataclass(frozen=True)
class Dependency:
    """One installed distribution the app needs at run time."""

    name: str  # as its metadata spells it: PySide6_Essentials, jusText
    version: str
    license: str
    url: str  # its home page or source repository, or ""


def _project() -> tuple[str, list[str], str]:
    """(version, requirements, licence) of the app itself."""
    pyproject = paths.checkout_pyproject()
    if pyproject is not None:
        with pyproject.open("rb") as file:
            project = tomllib.load(file)["project"]
        licence = project.get("license", "")
        if isinstance(licence, dict):
            licence = licence.get("text", "")
        return project["version"], list(project.get("dependencies", [])), licence
    dist = metadata.distribution(PROJECT)
    return dist.version, list(dist.requires or []), license_of(dist)


def app_version() -> str:
    return _project()[0]


def app_license() -> str:
    return _project()[2]


def license_of(dist: metadata.Distribution) -> str:
    """The distribution's licence as its metadata states it."""
    meta = dist.metadata
    expression = (meta["License-Expression"] or "").strip()
    if expression:
        return expression
    field = (meta["License"] or "").strip()
    if field and "\n" not in field and len(field) <= MAX_LICENSE_FIELD and field.upper() != "UNKNOWN":
        return field
    classifiers = [
        c.split(" :: ")[-1]
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::") and c.count(" :: ") >= 2
    ]
    return "; ".join(classifiers) or UNKNOWN


def _home_page(dist: metadata.Distribution) -> str:
    urls: dict[str, str] = {}
    for entry in dist.metadata.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        urls[label.strip().lower().replace(" ", "")] = url.strip()
    for label in ("homepage", "source", "sourcecode", "repository", "documentation"):
        if urls.get(label, "").startswith(("https://", "http://")):
            return urls[label]
    home = (dist.metadata["Home-page"] or "").strip()
    return (
        home
        if home.startswith(("https://", "http://"))
        else next((url for url in urls.values() if url.startswith(("https://", "http://"))), "")
    )


def _applies(requirement: Requirement, extras: set[str]) -> bool:
    if requirement.marker is None:
        return True
    return any(requirement.marker.evaluate({"extra": extra}) for extra in extras | {""})


def runtime_dependencies() -> list[Dependency]:
    """Every distribution reachable from the app's requirements on this
    interpreter, sorted by name; one not installed has the version ''."""
    extras_of: dict[str, set[str]] = {}  # normalised names
    pending = [Requirement(text) for text in _project()[1]]
    while pending:
        requirement = pending.pop()
        name = str(canonicalize_name(requirement.name))
        wanted = {str(canonicalize_name(extra)) for extra in requirement.extras}
        if name in extras_of and wanted <= extras_of[name]:
            continue
        extras = extras_of.setdefault(name, set())
        extras |= wanted
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        for text in dist.requires or []:
            child = Requirement(text)
            if _applies(child, extras):
                pending.append(child)
    result = []
    for name in extras_of:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            result.append(Dependency(name, "", UNKNOWN, ""))
            continue
        result.append(Dependency(dist.metadata["Name"], dist.version, license_of(dist), _home_page(dist)))
    return sorted(result, key=lambda d: canonicalize_name(d.name))
