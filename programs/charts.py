"""Geometry for the small indicator trend charts drawn as inline SVG (no JavaScript)."""

from dataclasses import dataclass

WIDTH, HEIGHT, PAD = 320, 140, 24


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    points: str
    dots: list
    baseline_y: float | None
    target_y: float | None


def _scale(value, low, high):
    if high == low:
        return HEIGHT / 2
    return HEIGHT - PAD - (value - low) / (high - low) * (HEIGHT - 2 * PAD)


def indicator_chart(indicator):
    """Chart geometry for an indicator's observations, or None when there is nothing to draw."""
    observations = sorted(indicator["observations"], key=lambda o: o["date"])
    if not observations:
        return None
    values = [o["value"] for o in observations]
    references = [v for v in (indicator["baseline"], indicator["target"]) if v is not None]
    low, high = min(values + references), max(values + references)
    step = (WIDTH - 2 * PAD) / max(len(observations) - 1, 1)
    dots = [
        {
            "x": round(PAD + index * step, 1),
            "y": round(_scale(o["value"], low, high), 1),
            "value": o["value"],
        }
        for index, o in enumerate(observations)
    ]

    def reference(value):
        return None if value is None else round(_scale(value, low, high), 1)

    return Chart(
        width=WIDTH,
        height=HEIGHT,
        points=" ".join(f"{dot['x']},{dot['y']}" for dot in dots),
        dots=dots,
        baseline_y=reference(indicator["baseline"]),
        target_y=reference(indicator["target"]),
    )
