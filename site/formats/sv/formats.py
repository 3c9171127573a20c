# Swedish in Finland writes dates and times as Finnish does (`1.1.2026 9.00`).
from ..fi.formats import DATE_INPUT_FORMATS, DATETIME_INPUT_FORMATS

__all__ = ["DATE_INPUT_FORMATS", "DATETIME_INPUT_FORMATS"]
