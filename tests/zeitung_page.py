"""An invented German local-news page (the 'Beispiel Zeitung'), shared by the page tests that put a
byline node, a trap or a credit line above or below its article."""

from __future__ import annotations

BODY = ("<p>Der Stadtrat hat am Dienstag nach langer Debatte einen neuen Haushalt für das kommende Jahr "
        "beschlossen. Die Opposition kritisierte die geplanten Ausgaben für den Straßenbau als zu hoch.</p>"
        "<p>Nach Angaben der Verwaltung sollen die Mittel vor allem in Schulen und Kitas fließen. Der "
        "Bürgermeister sprach von einem ausgewogenen Kompromiss, der lange vorbereitet worden sei.</p>")
THIRD = "<p>Die Abstimmung fiel mit 32 zu 17 Stimmen deutlich aus. Mehrere Abgeordnete enthielten sich.</p>"


def page(top: str = "", tail: str = "", body: str = BODY) -> str:
    """The page with `top` between the headline and the article's text and `tail` after it."""
    return (f"<!doctype html><html><head><meta charset=utf-8><title>Haushalt | Beispiel Zeitung</title>"
            f"<meta property='og:site_name' content='Beispiel Zeitung'></head><body><main><article>"
            f"<h1>Stadtrat beschließt Haushalt</h1>{top}{body}{tail}</article></main></body></html>")
