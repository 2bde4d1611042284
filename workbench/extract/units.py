"""Units of measure: which measure a unit belongs to and its factor to that measure's base unit, so that one
figure told in two units compares as one (read by extraction and alignment alike)."""

from __future__ import annotations

# Units of time, length, mass, area and speed in one measure each (days, kilometres, tonnes, square kilometres, km/h), so
# that "40 months" meets "three years and four months", "80 miles" meets "129 km", "36 tons" "33 tonnes" (news "tons"
# are tonnes), "6,700 hectares" "67 square kilometres" or "16,500 acres" and "300 mph" "482 km/h".
_MEASURES = {
    "century": ("duration", 36525.0), "decade": ("duration", 3652.5), "year": ("duration", 365.25), "month": ("duration", 30.4375), "week": ("duration", 7.0), "day": ("duration", 1.0),
    "hour": ("duration", 1 / 24), "minute": ("duration", 1 / 1440), "hr": ("duration", 1 / 24), "min": ("duration", 1 / 1440),
    "mile": ("length", 1.609344), "kilometre": ("length", 1.0), "kilometer": ("length", 1.0), "km": ("length", 1.0),
    "metre": ("length", 0.001), "meter": ("length", 0.001), "foot": ("length", 0.0003048), "ft": ("length", 0.0003048),
    "centimetre": ("length", 1e-5), "centimeter": ("length", 1e-5), "cm": ("length", 1e-5),
    "millimetre": ("length", 1e-6), "millimeter": ("length", 1e-6), "mm": ("length", 1e-6),
    "inch": ("length", 2.54e-5), "yard": ("length", 0.0009144), "second": ("duration", 1 / 86400),
    "tonne": ("mass", 1.0), "ton": ("mass", 1.0), "metric ton": ("mass", 1.0), "kilogram": ("mass", 0.001),
    "kg": ("mass", 0.001), "pound": ("mass", 0.00045359237), "lb": ("mass", 0.00045359237),
    "square kilometre": ("area", 1.0), "square kilometer": ("area", 1.0), "hectare": ("area", 0.01),
    "acre": ("area", 0.0040468564), "square mile": ("area", 2.58998811), "square metre": ("area", 1e-6),
    "square meter": ("area", 1e-6), "square foot": ("area", 9.290304e-8),
    "km/h": ("speed", 1.0), "mph": ("speed", 1.609344), "knot": ("speed", 1.852), "m/s": ("speed", 3.6),
}  # fmt: skip


def measure_of(unit: str | None) -> str | None:
    """The measure a unit of time, length, mass, area or speed belongs to ("duration", "length", …), else None."""
    found = _MEASURES.get(unit or "")
    return found[0] if found else None


def measured(value: object, unit: str | None) -> object:
    """A figure in its measure's base unit (days, kilometres, tonnes); other figures as they are."""
    found = _MEASURES.get(unit or "")
    if found and isinstance(value, (int, float)) and not isinstance(value, bool):
        return round(value * found[1], 9)
    return value
