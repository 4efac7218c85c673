"""JSON Schema (draft 2020-12) of ``PressRelease.to_dict()``, schema version 1."""

from __future__ import annotations

from typing import Any

from svpress.model import SCHEMA_VERSION

_INT = {"type": "integer", "minimum": 0}
_STR_OR_NULL = {"type": ["string", "null"]}
_ISO_DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_MENTIONS = {"type": "array", "items": {"type": "array", "items": _INT, "minItems": 2, "maxItems": 2}}


def _obj(props: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": props,
        "required": required if required is not None else list(props),
        "additionalProperties": False,
    }


_FIELD = {
    "oneOf": [
        {"type": "null"},
        _obj({"value": {"type": "string"}, "raw": {"type": "string"}, "start": _INT, "end": _INT}),
    ]
}
_DATE = _obj(
    {
        "date": _ISO_DATE,
        "until": _ISO_DATE,
        "time": {"type": "string", "pattern": r"^\d{2}:\d{2}$"},
        "raw": {"type": "string"},
        "start": _INT,
        "end": _INT,
        "precision": {"enum": ["day", "month", "year"]},
        "relative": {"type": "boolean"},
    },
    required=["date", "raw", "start", "end", "precision", "relative"],
)
_PHONE = _obj(
    {
        "e164": {"type": "string", "pattern": r"^\+\d{6,15}$"},
        "raw": {"type": "string"},
        "type": {"type": "string"},
        "area": _STR_OR_NULL,
        "label": _STR_OR_NULL,
        "country": {"type": "string", "pattern": r"^[A-Z]{2}$"},
        "start": _INT,
        "end": _INT,
    }
)
_EMAIL = _obj(
    {
        "address": {"type": "string"},
        "raw": {"type": "string"},
        "obfuscated": {"type": "boolean"},
        "start": _INT,
        "end": _INT,
    }
)


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema of the release JSON as a dict."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://svpress.example/schema/release-v1.json",
        "title": "svpress press release",
        "description": "PressRelease.to_dict(): a parsed Swedish press release. Offsets index the original input.",
        **_obj(
            {
                "schema_version": {"const": SCHEMA_VERSION},
                "kind": _STR_OR_NULL,
                "title": _STR_OR_NULL,
                "published": {"oneOf": [{"type": "null"}, _ISO_DATE]},
                "header": _obj({"kind": _FIELD, "title": _FIELD, "published": {"oneOf": [{"type": "null"}, _DATE]}}),
                "body": {"type": "array", "items": _obj({"text": {"type": "string"}, "start": _INT, "end": _INT})},
                "quotes": {
                    "type": "array",
                    "items": _obj(
                        {
                            "text": {"type": "string"},
                            "speaker": _STR_OR_NULL,
                            "role": _STR_OR_NULL,
                            "organisation": _STR_OR_NULL,
                            "style": {"enum": ["dash", "quotation_marks", "guillemets"]},
                            "start": _INT,
                            "end": _INT,
                            "parts": _MENTIONS,
                        }
                    ),
                },
                "fact_boxes": {
                    "type": "array",
                    "items": _obj(
                        {"title": {"type": "string"}, "text": {"type": "string"}, "start": _INT, "end": _INT}
                    ),
                },
                "contacts": {
                    "type": "array",
                    "items": _obj(
                        {
                            "name": _STR_OR_NULL,
                            "role": _STR_OR_NULL,
                            "organisation": _STR_OR_NULL,
                            "phones": {"type": "array", "items": {"type": "string"}},
                            "emails": {"type": "array", "items": {"type": "string"}},
                            "start": _INT,
                            "end": _INT,
                        }
                    ),
                },
                "people": {
                    "type": "array",
                    "items": _obj(
                        {
                            "name": {"type": "string"},
                            "role": _STR_OR_NULL,
                            "organisation": _STR_OR_NULL,
                            "mentions": _MENTIONS,
                        }
                    ),
                },
                "organisations": {
                    "type": "array",
                    "items": _obj(
                        {
                            "name": {"type": "string"},
                            "aliases": {"type": "array", "items": {"type": "string"}},
                            "mentions": _MENTIONS,
                        }
                    ),
                },
                "phones": {"type": "array", "items": _PHONE},
                "emails": {"type": "array", "items": _EMAIL},
                "dates": {"type": "array", "items": _DATE},
                "other_dates": {"type": "array", "items": _DATE},
            }
        ),
    }
