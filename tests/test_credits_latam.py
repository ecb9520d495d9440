"""Latin American reposts (issue 15: partner reposts whose source outlet is named once near the top or
bottom): 'Tomado de X' closing a text, the region's papers and agencies in the gazetteer (teleSUR, ACN,
ABI, Página/12, Noticias Argentinas …), a writer and a host after a bar. Invented texts."""

from __future__ import annotations

import pytest

from tracer import attach_credits, extract_text
from tracer.credits.gazetteer import default_gazetteer

HEAD = "El Gobierno anuncia nuevas medidas económicas\n"
BODY = ("El Gobierno anunció este martes un paquete de medidas para contener la inflación, que en los últimos "
        "doce meses superó el cuarenta por ciento según las cifras oficiales publicadas el lunes.\n"
        "Las medidas incluyen un congelamiento de precios de los productos básicos durante noventa días y "
        "nuevos créditos para las pequeñas empresas del sector agrícola.\n"
        "La oposición criticó el anuncio y pidió al ministro de Economía que comparezca ante el Congreso.\n")


def credited(text: str) -> list[tuple[str, str]]:
    art = extract_text(text, id="t")
    art.publisher = "portal-ejemplo.test"
    return sorted((c.agency or c.name, c.role) for c in attach_credits(art).credits if c.role != "publisher")


@pytest.mark.parametrize(("tail", "want"), [
    ("Tomado de Página/12", [("Página/12", "source")]),
    ("Tomada de Exampleño Diario", [("Exampleño Diario", "source")]),
    ("Texto tomado de teleSUR", [("teleSUR", "source")]),
    ("Fuente: Noticias Argentinas", [("Noticias Argentinas", "source")]),
])
def test_a_repost_line_at_the_end_credits_its_outlet(tail: str, want: list[tuple[str, str]]) -> None:
    assert credited(HEAD + BODY + tail + "\n") == want


@pytest.mark.parametrize(("dateline", "agency"), [("La Habana, 12 may (ACN) ", "ACN"), ("La Paz, 12 may (ABI).- ", "ABI")])
def test_a_national_agency_in_the_dateline(dateline: str, agency: str) -> None:
    assert (agency, "source") in credited(HEAD + dateline + BODY)


def test_a_writer_and_a_host_after_a_bar() -> None:
    assert credited(HEAD + "Juana Rojas | ejemplo-noticias.cl\n" + BODY) == [
        ("Juana Rojas", "author"), ("ejemplo-noticias.cl", "source")]


def test_the_regions_outlets_are_known_and_no_common_phrase_is_one() -> None:
    gaz = default_gazetteer()
    for name in ("Página/12", "Cubadebate", "Juventud Rebelde", "teleSUR", "Listín Diario", "La Prensa Gráfica"):
        assert gaz.lookup(name) is not None, name
    for phrase in ("El Tiempo", "La Jornada", "Últimas Noticias", "Prensa Libre", "El Deber"):
        assert gaz.lookup(phrase) is None, phrase  # also a common phrase: left out


@pytest.mark.parametrize(("line", "want"), [
    ("STOCKHOLM (TT) Regeringen vill höja skatten på bensin från och med nästa år, meddelade finansministern.", "TT"),
    ("Berlin, 12. Mai (dpa) Die Regierung will den Haushalt im kommenden Jahr um zwei Prozent kürzen.", "dpa"),
])
def test_a_known_agency_after_a_dated_or_capitals_place_with_no_dash(line: str, want: str) -> None:
    assert (want, "source") in credited(HEAD + line + "\n" + BODY)


def test_a_mixed_case_place_with_no_date_and_no_dash_is_no_dateline() -> None:
    """'London (Reuters) The company …' could be a sentence's aside; only the dated or capitals forms are read."""
    assert credited(HEAD + "Lisboa (Lusa) O Governo anunciou hoje novas medidas para conter a inflação.\n" + BODY) == []


@pytest.mark.parametrize(("line", "want"), [
    ("Juana Rojas (EFE)", [("EFE", "source"), ("Juana Rojas", "author")]),
    ("Marcos León (Notimex)", [("Marcos León", "author"), ("Notimex", "source")]),
    # a party, an age, an outlet that is no wire: no writer read from the parentheses
    ("Juana Rojas (PSOE)", []),
    ("Juana Rojas (42)", []),
])
def test_a_wire_writers_name_and_her_agency_under_the_headline(line: str, want: list[tuple[str, str]]) -> None:
    assert credited(HEAD + line + "\n" + BODY) == sorted(want)
