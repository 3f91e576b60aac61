"""Small server-rendered SVG charts: no JavaScript, readable by screen readers."""

from django.utils.html import escape

WIDTH, BAR_HEIGHT, GAP, LABEL_WIDTH = 640, 22, 8, 260


def bar_chart(title: str, rows: list[tuple[str, float]], unit: str = "") -> str:
    """Horizontal bars with the value at the end; the figures are in a table next to it too."""
    if not rows:
        return ""
    top = max(value for _label, value in rows) or 1
    height = len(rows) * (BAR_HEIGHT + GAP) + GAP
    bars = []
    for index, (label, value) in enumerate(rows):
        y = GAP + index * (BAR_HEIGHT + GAP)
        length = (WIDTH - LABEL_WIDTH - 70) * value / top
        text, baseline = f"{value:g}{unit}", y + 16
        bars.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{baseline}" text-anchor="end">'
            f"{escape(label[:40])}</text>"
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length:.1f}" height="{BAR_HEIGHT}" '
            'fill="#0b5394"/>'
            f'<text x="{LABEL_WIDTH + length + 6:.1f}" y="{baseline}">{escape(text)}</text>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-label="{escape(title)}" font-family="sans-serif" font-size="13" fill="#1b1b1b">'
        f"<title>{escape(title)}</title>{''.join(bars)}</svg>"
    )


def column_chart(title: str, points: list[tuple[str, int | str]]) -> str:
    """Columns over time (views per week); a hidden small number (a text) gets no column."""
    if not points:
        return ""
    height, bottom = 180, 30
    top = max((value for _label, value in points if isinstance(value, int)), default=0) or 1
    step = WIDTH / len(points)
    columns = []
    for index, (label, value) in enumerate(points):
        bar = (height - bottom - 10) * value / top if isinstance(value, int) else 0
        x = index * step + 2
        columns.append(
            f'<rect x="{x:.1f}" y="{height - bottom - bar:.1f}" width="{step - 4:.1f}" '
            f'height="{bar:.1f}" fill="#0b5394"><title>{escape(label)}: {value}</title></rect>'
        )
        if index % max(1, len(points) // 6) == 0:
            columns.append(f'<text x="{x:.1f}" y="{height - 10}">{escape(label)}</text>')
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-label="{escape(title)}" font-family="sans-serif" font-size="12" fill="#1b1b1b">'
        f"<title>{escape(title)}</title>{''.join(columns)}</svg>"
    )
