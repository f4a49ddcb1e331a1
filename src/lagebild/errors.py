"""Numbered errors and warnings, in one place.

Every message a user can see starts with its code (``LB1xx`` input,
``LB2xx`` knowledge base and settings, ``LB3xx`` pipeline, ``LB4xx`` eval,
``LB5xx`` store, ``LB6xx`` serve, ``LB7xx`` Dask, ``LBWxxx`` warnings) and says what to do about it.
"""

from __future__ import annotations

__all__ = ["CODES", "LagebildError", "error", "warning"]

CODES: dict[str, str] = {
    # input
    "LB101": "File not found: {path}. Check the path, or pass '-' to read standard input.",
    "LB102": "{path} is a directory. Pass files, or use 'lagebild ingest' for folders.",
    "LB103": "{path} is empty: there is nothing to analyse.",
    "LB104": "{path} looks binary ({why}), not text. Convert it to plain text or HTML first.",
    "LB105": "{path} is {size} bytes, over the limit of {limit} bytes. Split it, or raise 'max_bytes' in the settings.",
    "LB106": "{path}: the text encoding could not be determined. Save it as UTF-8.",
    "LB107": "{path} cannot be read: {why}.",
    "LB108": "Invalid date '{value}' for --published; use YYYY-MM-DD.",
    "LB109": "Unsupported language '{value}'; use one of: {choices}.",
    "LB110": "{path}: not a readable RSS or Atom feed ({why}). Check that the file is a complete feed document.",
    "LB111": "{path}:{line}: malformed JSON line ({why}); skipped it. Make each line one object with a 'text'.",
    "LB112": "{path}: not a readable Telegram export ({why}). Pass the result.json of a Telegram Desktop export.",
    "LB113": "{path}: symbolic link points outside {root}; skipped it. Pass its target explicitly to read it.",
    "LB114": "{path}: unsupported file ({why}); skipped it. Use .txt .md .html .xml .rss .atom .jsonl or .json.",
    "LB115": "{path}: folder nested deeper than {limit} levels; skipped it. Pass it directly to read it.",
    "LB116": "{path}: no readable text found in the HTML page. Save the article as plain text instead.",
    "LB117": "{path}: lone surrogate code point at index {index}: not valid Unicode. Decode with errors='replace'.",
    # knowledge base and settings
    "LB201": "{path}:{line}: invalid knowledge-base record {where}: {why}. Nothing was loaded from this file.",
    "LB202": "{path}:{line}: cannot parse YAML: {why}. Nothing was loaded from this file.",
    "LB203": "Knowledge-base id '{id}' is defined twice ({first} and {second}).",
    "LB204": "{path}: cannot parse settings: {why}.",
    "LB205": "Unknown knowledge-base id '{id}'. Try 'lagebild kb search NAME'.",
    "LB206": "{path}: invalid lexicon: {why}.",
    "LB207": "Invalid setting {key} = {value!r}; use one of: {choices}.",
    # pipeline
    "LB301": "Pipeline component '{name}' requires '{attr}', which no earlier component assigns. Reorder the pipeline.",
    "LB302": "Unknown pipeline component '{name}'. Known: {known}.",
    "LB303": "Component '{name}' failed on {doc}: {why}. Its annotations are missing from this report.",
    # eval
    "LB401": "Gold directory {path} not found or holds no *.json files.",
    "LB402": "Gold quote not found in {doc}: {quote!r}.",
    "LB403": "Eval gate: {metric} = {value} is below its floor {floor}. Fix the regression; floors only go up.",
    "LB404": "Refusing to lower floor {metric} from {old} to {new}; pass --allow-lower to do it on purpose.",
    # store
    "LB501": "PostgreSQL support is not installed ({url}); run: pip install 'lagebild[postgres]'.",
    "LB502": "Cannot open store {url}: {why}.",
    # serve (web UI and REST API)
    "LB600": "Internal error ({why}). This is a bug: please report it with the request that caused it.",
    "LB601": "Not found: {path}. Start from the overview at /.",
    "LB602": "No {what} with id '{id}' in this corpus.",
    "LB603": "Invalid review status '{value}'; use one of: {choices}.",
    "LB604": "A review needs the reviewer's name.",
    "LB605": "A 'corrected' review needs the corrected text.",
    "LB606": "This server needs a token for writes: send 'Authorization: Bearer TOKEN' or fill in the token field.",
    "LB607": "Request body over {limit} bytes; send a shorter text or raise serve.max_request_bytes.",
    "LB608": "Too many analyse requests ({limit} per minute); wait {retry} s and try again.",
    "LB609": "Invalid request: {why}.",
    "LB610": "Cross-site request refused (Origin {origin}); use the pages this server serves.",
    # scale-out (Dask)
    "LB701": "Dask is not installed ({why}); run: pip install 'lagebild[dask]'.",
    "LB702": "Invalid --dask address '{value}'; use 'local' or a scheduler address such as tcp://host:8786.",
    "LB703": "Dask scheduler {address} failed: {why}. Check that it runs and its workers can import lagebild.",
    # warnings
    "LBW01": "Language of {doc} not detected with confidence; assuming '{lang}'.",
    "LBW02": "Alias '{alias}' is shared by {ids}; resolved by rule '{rule}'.",
}


class LagebildError(Exception):
    """An error with a stable code and an actionable message."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        template = CODES.get(code, code)
        try:
            message = template.format(**params)
        except (KeyError, IndexError):
            message = template
        super().__init__(f"{code} {message}")

    @property
    def message(self) -> str:
        return str(self)


def error(code: str, **params: object) -> LagebildError:
    return LagebildError(code, **params)


def warning(code: str, **params: object) -> str:
    template = CODES.get(code, code)
    try:
        return f"{code} {template.format(**params)}"
    except (KeyError, IndexError):
        return f"{code} {template}"
