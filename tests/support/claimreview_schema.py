"""A JSON Schema for the ClaimReview objects the workbench publishes: the fields Google's fact-check markup
lists (url, author, claimReviewed, reviewRating, itemReviewed) and the ones issue 15 asks for (the Claim's
author, date, first appearance and appearances, the citations, the audit head as an identifier), the rating
held to the settings' scale."""

from __future__ import annotations

from typing import Any

from workbench.settings import Scale

_TEXT = {"type": "string", "minLength": 1}
_HTTP = {"type": "string", "pattern": "^https?://"}
_DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}"}
_SHA256 = {"type": "string", "pattern": "^[0-9a-f]{64}$"}
_PARTY = {
    "type": "object",
    "required": ["@type", "name"],
    "properties": {"@type": {"enum": ["Person", "Organization"]}, "name": _TEXT},
}
_WORK = {
    "type": "object",
    "required": ["@type", "identifier", "name"],
    "properties": {
        "@type": {"const": "CreativeWork"},
        "identifier": _TEXT,
        "name": {"type": "string"},
        "url": _HTTP,
        "publisher": {
            "type": "object",
            "required": ["@type", "name"],
            "properties": {"@type": {"const": "Organization"}},
        },
        "datePublished": _DATE,
        "author": _PARTY,
    },
}


def claimreview_schema(scale: Scale, base_url: str) -> dict[str, Any]:
    """The schema every published ClaimReview must meet, for this scale and review base URL."""
    ordered = [
        {
            "properties": {"alternateName": {"const": name}, "ratingValue": {"const": len(scale.ordered) - i}},
            "required": ["ratingValue"],
        }
        for i, name in enumerate(scale.ordered)
    ]
    other = [
        {"properties": {"alternateName": {"const": name}}, "not": {"required": ["ratingValue"]}} for name in scale.other
    ]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "required": [
            "@context",
            "@type",
            "url",
            "identifier",
            "claimReviewed",
            "reviewRating",
            "itemReviewed",
            "author",
            "datePublished",
        ],
        "properties": {
            "@context": {"const": "https://schema.org"},
            "@type": {"const": "ClaimReview"},
            "url": {"type": "string", "pattern": "^" + base_url.replace(".", r"\.") + r"\d+$"},
            "identifier": {
                "type": "array",
                "prefixItems": [
                    {
                        "properties": {
                            "@type": {"const": "PropertyValue"},
                            "propertyID": {"const": "claim"},
                            "value": {"type": "string", "pattern": r"^\d+$"},
                        }
                    },
                    {
                        "properties": {
                            "@type": {"const": "PropertyValue"},
                            "propertyID": {"const": "audit_head"},
                            "value": _SHA256,
                        }
                    },
                ],
                "minItems": 2,
            },
            "claimReviewed": _TEXT,
            "datePublished": _DATE,
            "author": {
                "type": "object",
                "required": ["@type", "name", "url"],
                "properties": {"@type": {"const": "Organization"}, "name": _TEXT, "url": _HTTP},
            },
            "reviewRating": {
                "type": "object",
                "required": ["@type", "alternateName", "bestRating", "worstRating"],
                "properties": {
                    "@type": {"const": "Rating"},
                    "bestRating": {"const": len(scale.ordered)},
                    "worstRating": {"const": 1},
                },
                "oneOf": ordered + other,
            },
            "itemReviewed": {
                "type": "object",
                "required": ["@type", "name", "author", "firstAppearance", "appearance"],
                "properties": {
                    "@type": {"const": "Claim"},
                    "name": _TEXT,
                    "author": _PARTY,
                    "datePublished": _DATE,
                    "firstAppearance": _WORK,
                    "appearance": {"type": "array", "minItems": 1, "items": _WORK},
                },
            },
            "citation": {
                "type": "array",
                "minItems": 1,
                "items": {
                    "type": "object",
                    "required": ["@type", "name"],
                    "properties": {
                        "@type": {"const": "CreativeWork"},
                        "name": _TEXT,
                        "url": _HTTP,
                        "datePublished": {"type": "string"},
                        "text": {"type": "string"},
                    },
                },
            },
            "audit_head": _SHA256,
        },
    }
