"""Interviews and as-told-to pieces name their writer as the one who asked or wrote it down (issue 15:
bylines in the forms each language prints): 'Die Fragen stellte X.', 'Aufgezeichnet von X', 'As told to
X', 'Intervista di X', 'Interview door X', 'Entrevista por X'. The person interviewed, whose answers the
text carries under her name, is no writer. Invented interviews."""

from __future__ import annotations

import pytest

from tracer import attach_credits, extract_text

HEAD = "„Wir haben lange verhandelt“\n"
QA = ("Frage: Frau Kellner, sind Sie mit dem Haushalt zufrieden, den der Stadtrat am Dienstag nach langer Debatte "
      "beschlossen hat?\nLea Kellner: Ja, sehr. Wir haben lange verhandelt und am Ende einen guten Kompromiss "
      "gefunden, der Schulen und Kitas stärkt.\nFrage: Und die Kritik der Opposition an den Ausgaben für den "
      "Straßenbau?\nLea Kellner: Die ist berechtigt, aber wir mussten Prioritäten setzen.\n")


def writers(text: str) -> list[str]:
    art = extract_text(text, id="t")
    art.publisher = "zeitung.example"
    return sorted(c.name for c in attach_credits(art).credits if c.kind == "person" and c.role == "author")


@pytest.mark.parametrize("text", [
    HEAD + QA + "Die Fragen stellte Jana Rohr.\n",
    HEAD + QA + "Aufgezeichnet von Jana Rohr\n",
    HEAD + "As told to Jana Rohr\n" + QA,
    HEAD + "Intervista di Jana Rohr\n" + QA,
    HEAD + "Interview door Jana Rohr\n" + QA,
    HEAD + "Entrevista por Jana Rohr\n" + QA,
    HEAD + QA + "Das Interview führte Jana Rohr.\n",
])
def test_the_interviewer_is_the_writer_and_the_guest_is_not(text: str) -> None:
    assert writers(text) == ["Jana Rohr"]
