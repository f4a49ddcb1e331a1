"""Generate the country and capital entities of the Lagebild knowledge base.

Country names come from babel (CLDR) in English, German, Russian and Ukrainian;
scripts/country_extras.yaml adds official and short forms, acronyms, adjectives,
demonyms and capitals. Capitals (and extra seats of government) become separate
place entities with ``metonym_of`` pointing at their country.

    python scripts/build_countries.py          # write kb/data/countries.yaml
    python scripts/build_countries.py --check  # exit 1 if that file is out of date

Needs babel and PyYAML.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import babel
import yaml
from babel import Locale

ROOT = Path(__file__).resolve().parents[1]
EXTRAS_PATH = ROOT / "scripts" / "country_extras.yaml"
OUTPUT_PATH = ROOT / "src" / "lagebild" / "kb" / "data" / "countries.yaml"
COMMAND = "python scripts/build_countries.py"

ALIAS_LANGS = ("de", "ru", "uk")
# CLDR territory codes that are not ISO 3166-1 alpha-2 countries (XK, Kosovo, is kept).
NOT_ISO = frozenset({"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"})
COUNTRY_FIELDS = frozenset({"name", "aliases", "adjectives", "demonyms", "capital", "seats"})
CAPITAL_FIELDS = frozenset({"slug", "name", "coords", "aliases", "metonym"})
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_LAT, MAX_LON = 90.0, 180.0
LATIN_ACCENTED = ("\u00c0", "\u024f")  # Latin-1 Supplement to Latin Extended-B
# Russian CLDR abbreviates "ostrova"/"ostrov" (islands/island) as "o-va"/"o-v".
RU_ABBREVIATIONS = (
    (
        re.compile(r"(?<!\w)\u043e-\u0432\u0430(?!\w)"),
        "\u043e\u0441\u0442\u0440\u043e\u0432\u0430",
    ),
    (re.compile(r"(?<!\w)\u043e-\u0432(?!\w)"), "\u043e\u0441\u0442\u0440\u043e\u0432"),
)
# Spelling variants: Russian yo is often written as ye; the Ukrainian modifier
# apostrophe (U+02BC) is often typed as an ASCII apostrophe.
YO_TO_YE = str.maketrans(
    "\N{CYRILLIC SMALL LETTER IO}\N{CYRILLIC CAPITAL LETTER IO}",
    "\N{CYRILLIC SMALL LETTER IE}\N{CYRILLIC CAPITAL LETTER IE}",
)
UK_APOSTROPHE = "\N{MODIFIER LETTER APOSTROPHE}"

Entity = dict[str, Any]


class BuildError(Exception):
    """The extras file is malformed or two entities claim the same surface form."""


@dataclass
class Form:
    """One surface form of an entity and where it came from."""

    text: str
    kind: str  # "aliases" | "adjectives" | "demonyms"
    curated: bool  # from country_extras.yaml (True) or CLDR (False)


@dataclass
class Draft:
    """An entity before alias de-duplication."""

    entity: Entity
    forms: list[Form] = field(default_factory=list)


def _fold(char: str) -> str:
    """Drop the accent of a Latin letter (the linker matches Erdoğan as Erdogan)."""
    if LATIN_ACCENTED[0] <= char <= LATIN_ACCENTED[1]:
        return unicodedata.normalize("NFD", char)[0]
    return char


def norm_key(text: str) -> str:
    """Comparison key of the linker: case-folded, Latin accents folded, punctuation
    and symbols as spaces."""
    chars = [" " if unicodedata.category(c)[0] in "PSZ" else _fold(c) for c in text.casefold()]
    return " ".join("".join(chars).split())


def clean_cldr(name: str) -> str:
    """Turn a CLDR display name into a form that occurs in running text."""
    name = re.sub(r"\s*\([^)]*\)", "", name)  # "Myanmar (Burma)" -> "Myanmar"
    name = name.replace(" & ", " and ")
    for pattern, replacement in RU_ABBREVIATIONS:
        name = pattern.sub(replacement, name)
    return " ".join(name.split())


def spelling_variants(text: str) -> list[str]:
    """The form itself plus its yo-less and ASCII-apostrophe spellings."""
    out = [text]
    if text.translate(YO_TO_YE) != text:
        out.append(text.translate(YO_TO_YE))
    if UK_APOSTROPHE in text:
        out.extend([variant.replace(UK_APOSTROPHE, "'") for variant in out])
    return out


def str_list(value: object, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise BuildError(f"{where}: expected a list of non-empty strings")
    return [v.strip() for v in value]


def territory_names() -> dict[str, dict[str, str]]:
    """{code: {lang: CLDR name}} for every ISO 3166-1 alpha-2 territory."""
    by_lang = {lang: Locale(lang).territories for lang in ("en", *ALIAS_LANGS)}
    codes = sorted(
        code
        for code in by_lang["en"]
        if isinstance(code, str) and re.fullmatch("[A-Z]{2}", code) and code not in NOT_ISO
    )
    return {code: {lang: names[code] for lang, names in by_lang.items() if code in names} for code in codes}


def place_draft(code: str, raw: object, where: str) -> Draft:
    if not isinstance(raw, dict):
        raise BuildError(f"{where}: expected a mapping")
    unknown = set(raw) - CAPITAL_FIELDS
    if unknown:
        raise BuildError(f"{where}: unknown fields {sorted(unknown)}")
    slug, name, coords = raw.get("slug"), raw.get("name"), raw.get("coords")
    if not isinstance(slug, str) or not SLUG_RE.match(slug):
        raise BuildError(f"{where}: bad slug {slug!r}")
    if not isinstance(name, str) or not name.strip():
        raise BuildError(f"{where}: missing name")
    if (
        not isinstance(coords, list)
        or len(coords) != len(("lat", "lon"))
        or not all(isinstance(c, int | float) for c in coords)
        or not (abs(coords[0]) <= MAX_LAT and abs(coords[1]) <= MAX_LON)
    ):
        raise BuildError(f"{where}: coords must be [lat, lon]")
    entity: Entity = {
        "id": f"place:{slug}",
        "type": "place",
        "name": name,
        "place_kind": "city",
        "country": code,
        "coords": [float(coords[0]), float(coords[1])],
    }
    if raw.get("metonym", True):
        entity["metonym_of"] = f"country:{code}"
    forms = [Form(a, "aliases", True) for a in str_list(raw.get("aliases"), where)]
    return Draft(entity, forms)


def build_drafts(extras: dict[str, Any]) -> list[Draft]:
    names = territory_names()
    countries = extras.get("countries") or {}
    if not isinstance(countries, dict):
        raise BuildError("countries: expected a mapping")
    unknown_codes = sorted(str(code) for code in countries if code not in names)
    if unknown_codes:
        raise BuildError(f"unknown country codes in extras: {unknown_codes}")
    dropped = {norm_key(a) for a in str_list(extras.get("drop_aliases"), "drop_aliases")}

    country_drafts: list[Draft] = []
    place_drafts: list[Draft] = []
    for code, cldr in names.items():
        extra = countries.get(code) or {}
        if not isinstance(extra, dict):
            raise BuildError(f"{code}: expected a mapping")
        unknown = set(extra) - COUNTRY_FIELDS
        if unknown:
            raise BuildError(f"{code}: unknown fields {sorted(unknown)}")
        cldr_names = [clean_cldr(cldr[lang]) for lang in ("en", *ALIAS_LANGS) if lang in cldr]
        name = str(extra.get("name") or cldr_names[0])
        entity: Entity = {
            "id": f"country:{code}",
            "type": "country",
            "name": name,
            "code": code,
        }
        forms = [Form(n, "aliases", False) for n in cldr_names if norm_key(n) not in dropped]
        for kind in ("aliases", "adjectives", "demonyms"):
            forms += [Form(t, kind, True) for t in str_list(extra.get(kind), f"{code}.{kind}")]
        country_drafts.append(Draft(entity, forms))
        if "capital" in extra:
            place_drafts.append(place_draft(code, extra["capital"], f"{code}.capital"))
        seats = extra.get("seats") or []
        if not isinstance(seats, list):
            raise BuildError(f"{code}.seats: expected a list")
        place_drafts += [place_draft(code, s, f"{code}.seats[{i}]") for i, s in enumerate(seats)]
    place_drafts.sort(key=lambda d: str(d.entity["id"]))
    return country_drafts + place_drafts


Claims = dict[str, dict[str, bool]]  # form key -> {entity id: curated?}


def claim_forms(drafts: list[Draft]) -> Claims:
    """Which entities claim each form; two curated claims on one form are an error."""
    owners: Claims = {}
    for draft in drafts:
        eid = str(draft.entity["id"])
        for form in [Form(str(draft.entity["name"]), "name", True), *draft.forms]:
            for text in spelling_variants(form.text):
                claims = owners.setdefault(norm_key(text), {})
                claims[eid] = claims.get(eid, False) or form.curated
    conflicts: list[str] = []
    for key, claims in sorted(owners.items()):
        if len(claims) > 1 and sum(claims.values()) > 1:
            conflicts.append(f"{key!r}: {sorted(claims)}")
        elif len(claims) > 1:
            print(f"note: dropping CLDR form {key!r} of {sorted(claims)}", file=sys.stderr)
    if conflicts:
        raise BuildError("forms claimed by several entities:\n  " + "\n  ".join(conflicts))
    return owners


def resolve_forms(drafts: list[Draft]) -> list[Entity]:
    """Attach de-duplicated forms to each entity.

    A curated form wins over a CLDR form of another entity; a CLDR form claimed by
    two entities is dropped from both.
    """
    owners = claim_forms(drafts)
    entities: list[Entity] = []
    for draft in drafts:
        eid = str(draft.entity["id"])
        seen = {norm_key(str(draft.entity["name"]))}
        lists: dict[str, list[str]] = {"aliases": [], "adjectives": [], "demonyms": []}
        for form in draft.forms:
            for text in spelling_variants(form.text):
                key = norm_key(text)
                if key in seen or (len(owners[key]) > 1 and not owners[key][eid]):
                    continue
                seen.add(key)
                lists[form.kind].append(text)
        entity = dict(draft.entity)
        entity.update({kind: values for kind, values in lists.items() if values})
        entities.append(entity)
    return entities


class _Dumper(yaml.SafeDumper):
    """Block style throughout, except flow style for coordinates."""


def _represent_list(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
    flow = bool(data) and all(isinstance(item, int | float) for item in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(list, _represent_list)


def render(entities: list[Entity]) -> str:
    header = (
        "# GENERATED FILE - do not edit by hand.\n"
        f"# Generated by: {COMMAND}   (babel {babel.__version__})\n"
        "# Sources: babel/CLDR territory names (en, de, ru, uk)\n"
        "#          + scripts/country_extras.yaml (edit that, then re-run).\n"
    )
    body = yaml.dump(
        {"schema": "lagebild/kb@1", "entities": entities},
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=100,
    )
    return header + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the output is stale")
    parser.add_argument("--output", type=Path, default=OUTPUT_PATH)
    args = parser.parse_args(argv)

    extras = yaml.safe_load(EXTRAS_PATH.read_text(encoding="utf-8")) or {}
    try:
        entities = resolve_forms(build_drafts(extras))
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    text = render(entities)
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date; run {COMMAND}", file=sys.stderr)
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    countries = sum(1 for e in entities if e["type"] == "country")
    capitals = len(entities) - countries
    print(f"wrote {args.output}: {countries} countries, {capitals} capitals")
    return 0


if __name__ == "__main__":
    sys.exit(main())
