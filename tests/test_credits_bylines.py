"""Byline tokenisation (issue 15): dates, widgets, titles, capitals and glued outlets around names."""

from __future__ import annotations

import pytest

from tests.test_credits_forms import BODY, assert_spans, credits_of, people, sources
from tracer.credits import default_gazetteer
from tracer.credits.byline import deglue, strip_title, trim_byline


@pytest.mark.parametrize(("line", "want"), [
    ("by Jane Roe July 16 at 7:44 AM Email the author", ["Jane Roe"]),
    ("By Jane Roe and Ivo Petrov July 15 at 11:55 AM", ["Jane Roe", "Ivo Petrov"]),
    ("Jane Roe Contact Reporter", ["Jane Roe"]),
    ("Jane Roe | Senior Fellow, Example Institute", ["Jane Roe"]),
    ("Marko Bell | Media And Politics Reporter", ["Marko Bell"]),
    ("Paul Doe, Opinion contributor Published 12:15 a.m. ET July 15, 2018", ["Paul Doe"]),
    ("Jordan Plum Sunday, July 15, 2018", ["Jordan Plum"]),
    ("Ed MerrowPosted at 8:41 am on July 16, 2018", ["Ed Merrow"]),
    ("Chuck Stone About | Email | Archive", ["Chuck Stone"]),
    ("Von Daniel Muster Leitender Wirtschaftsredakteur", ["Daniel Muster"]),
])
def test_byline_furniture_is_cut(line: str, want: list[str]) -> None:
    art = credits_of("A headline\n" + line + "\n" + BODY)
    assert people(art) == want
    assert_spans(art)


def test_all_caps_byline_with_agency_and_title() -> None:
    art = credits_of("A headline\nBy JOHN ROEBUCK AP National Security Writer\n" + BODY)
    assert people(art) == ["John Roebuck"]
    assert sources(art) == ["AP"]


def test_all_caps_multi_name_byline() -> None:
    art = credits_of("A headline\nBy JOHN ROE, JANE DOE and IVAN PETROV\n" + BODY)
    assert people(art) == ["John Roe", "Jane Doe", "Ivan Petrov"]


def test_outlet_glued_to_last_name() -> None:
    art = credits_of("A headline\nJane Roe and Ivan PetrovskiAssociated Press\n" + BODY)
    assert people(art) == ["Jane Roe", "Ivan Petrovski"]
    assert sources(art) == ["AP"]
    assert [art.text[c.start:c.end] for c in art.credits] == ["Jane Roe", "Ivan Petrovski", "Associated Press"]
    art = credits_of("A headline\nBy Ana SilvanoReuters\n" + BODY)
    assert [art.text[c.start:c.end] for c in art.credits] == ["Ana Silvano", "Reuters"]


def test_a_weekday_that_is_part_of_an_outlet_stays() -> None:
    assert trim_byline("Glenn Rowe For The Mail On Sunday") == "Glenn Rowe For The Mail On Sunday"


def test_title_segment_naming_an_outlet_stays() -> None:
    gaz = default_gazetteer()
    assert trim_byline("Ann Vogel, CNN Supreme Court Reporter", gaz) == "Ann Vogel, CNN Supreme Court Reporter"
    assert trim_byline("Ann Vogel, Supreme Court Reporter", gaz) == "Ann Vogel"


def test_name_prefixes_are_not_unglued() -> None:
    gaz = default_gazetteer()
    assert deglue("Mike McFadden and Tom DiCarlo", gaz) == "Mike McFadden and Tom DiCarlo"
    assert deglue("Ana SilvaReuters", gaz) == "Ana Silva Reuters"


def test_strip_title_needs_a_two_word_name() -> None:
    assert strip_title("Ana Silva Reporterin") == "Ana Silva"
    assert strip_title("Reporter Jones") == "Reporter Jones"


def test_contributor_line_mid_text_before_related_links() -> None:
    related = "\n".join(f"Related story number {k} about something else entirely" for k in range(10))
    art = credits_of("A headline\n" + BODY + "\nAssociated Press writer Jane Roe in Paris contributed to this "
                     "report.\n" + related + "\n" + BODY)
    assert people(art, "contributor") == ["Jane Roe"]
    assert "AP" in [c.agency for c in art.credits if c.kind == "organization"]


def test_names_in_body_text_mid_article_are_not_credits() -> None:
    middle = "Jane Roe, a local official, said the plan was sound.\nBy noon the square was full of people."
    art = credits_of("A headline\n" + BODY + "\n" + middle + "\n" + BODY)
    assert people(art) == []


def test_byline_names_separated_by_whitespace_runs() -> None:
    art = credits_of("A headline\nBy       JANE ROE         IVAN PETROV Associated Press\n" + BODY)
    assert people(art) == ["Jane Roe", "Ivan Petrov"]


def test_a_surname_alone_is_no_author() -> None:
    art = credits_of(BODY + "\nRoe reported from Glasgow, Scotland.")
    assert people(art) == []


def test_second_names_line_over_a_caption_is_the_photographer() -> None:
    caption = ("Two leaders are seated during their meeting in the palace in Exampleburg, Monday, July 16, 2018. "
               "They arrived late.")
    art = credits_of("A headline\nBy Jane Roe, Associated Press\nJuly 16, 2018\nIvo Lenski, Associated Press\n"
                     + caption + "\n" + BODY)
    assert people(art) == ["Jane Roe"]


def test_reporting_labels_in_one_parenthesis() -> None:
    art = credits_of(BODY + "\n(Reporting by Jane Roe and Ivo Petrov, additional reporting by Ann Lee; "
                     "writing by Ivo Petrov; Editing by Max Mayer)")
    assert people(art) == ["Jane Roe", "Ivo Petrov"]
    assert people(art, "contributor") == ["Ann Lee"]
    assert people(art, "editor") == ["Max Mayer"]


def test_byline_in_the_tail() -> None:
    art = credits_of(BODY + "\nBy JANE ROE, Associated Press")
    assert people(art) == ["Jane Roe"]
    assert sources(art) == ["AP"]


def test_agency_style_surname_in_capitals() -> None:
    art = credits_of("A headline\nJitendra JOSHIMA\nJuly 15, 2018\n" + BODY)
    assert people(art) == ["Jitendra Joshima"]


def test_from_outlets_writer_and_possessive_contributors() -> None:
    art = credits_of("A headline\nFrom CNN's Jane Roe\n" + BODY, publisher="portal.test")
    assert people(art) == ["Jane Roe"]
    assert sources(art) == ["CNN"]
    art = credits_of(BODY + "\nFox News' John Roe and The Associated Press contributed to this report.")
    assert people(art, "contributor") == ["John Roe"]


def test_authored_by_via_outlet() -> None:
    art = credits_of("A headline\nAuthored by Jane Roe via Example.com,\n" + BODY, publisher="blog.test")
    assert people(art) == ["Jane Roe"]
    assert sources(art) == ["Example.com"]


@pytest.mark.parametrize("line", ["Jane M. Roe has been an Op-Ed columnist since 2008.",
                                  "Jane M. Roe may be reached at jroe@example.com ."])
def test_author_bio_lines(line: str) -> None:
    assert people(credits_of(BODY + "\n" + line)) == ["Jane M. Roe"]


def test_a_job_title_line_is_no_desk() -> None:
    art = credits_of("A headline\nJane Roe\nStaff Writer\n" + BODY)
    assert [c.name for c in art.credits if c.kind == "organization"] == []


def test_gallery_credit_under_a_caption_is_a_photo() -> None:
    art = credits_of("A headline\n" + BODY + "\n" + BODY + "\nA woman attends a rally in Exampleburg, July 15, 2018."
                     "\nMarkus Schreibman, AP")
    assert people(art) == []
    assert sources(art) == []


def test_provider_video_desk_is_the_outlet_and_the_portal_is_itself() -> None:
    art = credits_of("A headline\nCBS News Videos•\n" + BODY, publisher="portal.test")
    assert sources(art) == ["CBS News"]
    art = credits_of("A headline\nPortal News Video•\n" + BODY, publisher="portal.test")
    assert sources(art) == []


def test_colon_byline_in_the_tail_with_an_aside() -> None:
    art = credits_of("A headline\n" + BODY + "\n" + BODY + "\nAutor: Samuel Diekhof (Sponsored Post), Redner bei example.de")
    assert people(art) == ["Samuel Diekhof"]


def test_tweet_signature_is_no_byline() -> None:
    art = credits_of("A headline\n" + BODY + "\n— Jane Roe (@janeroe) July 15, 2018\n" + BODY)
    assert people(art) == []


def test_a_user_handle_is_no_site() -> None:
    from tracer.credits.names import is_domain
    assert is_domain("hessenbeispiel.de") and is_domain("example.online")
    assert not is_domain("jane.roebuck")


def test_long_names_line_with_updated_stamp() -> None:
    line = "Paul Brandt, Opinion contributor Published 12:15 a.m. ET July 15, 2018 | Updated 4:29 a.m. ET July 15, 2018"
    assert people(credits_of("A headline\n" + line + "\n" + BODY)) == ["Paul Brandt"]


def test_team_after_a_dash_is_the_writers_desk() -> None:
    art = credits_of("A headline\nPosted by Nate Parkman, Varun Khan and Kiran C Nair - Example Browsing team\n" + BODY)
    assert people(art) == ["Nate Parkman", "Varun Khan", "Kiran C Nair"]


def test_handles_in_bylines_and_social_embeds() -> None:
    assert people(credits_of("A headline\nBy Jane Roe @janeroe\n" + BODY)) == ["Jane Roe"]
    assert people(credits_of("A headline\nPosted on\nKai Niemann @KaiNiemann\n" + BODY)) == []


def test_a_name_over_its_outlet_line() -> None:
    assert people(credits_of("A headline\nJane Roe\nCNN\n" + BODY)) == ["Jane Roe"]


def test_wire_named_in_an_author_bio_is_the_source() -> None:
    art = credits_of(BODY + "\nJane Roe is an Associated Press writer based in Paris.", publisher="paper.test")
    assert people(art) == ["Jane Roe"]
    assert sources(art) == ["AP"]
    art = credits_of(BODY + "\nJane Roe is a reporter at The Example Atlantic.", publisher="paper.test")
    assert sources(art) == []


def test_stamped_byline_after_page_furniture() -> None:
    furniture = "\n".join(f"Menu item {k}" for k in range(12))
    art = credits_of(furniture + "\nDavid Drehmann Posted at 5:40 pm on July 15, 2018\n" + BODY + "\n" + BODY)
    assert people(art) == ["David Drehmann"]


def test_a_writer_glued_to_an_unknown_outlet() -> None:
    art = credits_of("A headline\nAnn Fotograf / Example Gazette\nMarta KovenGazette Of Exampleville\nPrivacy Policy\n"
                     + BODY)
    assert people(art) == ["Marta Koven"]
    assert_spans(art)
    # a host glued after a phrase is no writer ("Provided by ExamplePress.com")
    assert people(credits_of("A headline\nBereitgestellt von ExamplePress.com\n" + BODY)) == []


def test_wrote_todays_newsletter_signs_it() -> None:
    art = credits_of("A headline\n" + BODY + "\n" + BODY + "\nJane Roe wrote today’s Back Story.\n_____")
    assert people(art) == ["Jane Roe"]
    assert_spans(art)


def test_a_video_team_credited_with_a_slash_is_no_byline() -> None:
    art = credits_of("A headline\n(Ann Fotograf,Kai Filmer/The Washington Post)\nBy Jane Roe July 11, 2017\n" + BODY)
    assert people(art) == ["Jane Roe"]
    assert [c.name for c in art.credits if c.role == "photo"] == ["The Washington Post"]


def test_a_month_or_unit_word_inside_a_name_is_part_of_it() -> None:
    art = credits_of(BODY + "\n" + BODY + "\nHana Min Park in Exampleville and Jane Roe in Otherton contributed to this report.")
    assert sorted(people(art, "contributor")) == ["Hana Min Park", "Jane Roe"]
    assert people(credits_of("A headline\nSun May 5\n" + BODY)) == []


def test_an_address_with_a_name_in_parentheses_names_the_writer() -> None:
    art = credits_of("A headline\nnewsdesk@example.test (Jana Rosen)\n" + BODY)
    assert people(art) == ["Jana Rosen"]
    assert_spans(art)
    assert people(credits_of("A headline\nnewsdesk@example.test (Tips welcome)\n" + BODY)) == []


def test_a_byline_naming_an_unknown_outlet_credits_it() -> None:
    art = credits_of("A headline\nBy The Exampleville Journal\n" + BODY, publisher="example.com")
    assert sources(art) == ["The Exampleville Journal"]
    assert_spans(art)
    art = credits_of("A headline\nBy The Editorial Board\n" + BODY, publisher="example.com")
    assert sources(art) == []
    assert [c.name for c in art.credits if c.kind == "organization" and c.role == "author"] == ["The Editorial Board"]
    assert credits_of("A headline\nBy The Way\n" + BODY).credits == []


def test_an_unknown_outlet_in_parentheses_opening_the_story_is_its_source() -> None:
    lead = "(Northbay Wire) An animated cartoon posted by a newspaper has been met with criticism online.\n"
    art = credits_of("A headline\n" + lead + BODY, publisher="example.com")
    assert sources(art) == ["Northbay Wire"]
    assert_spans(art)
    for aside in ("(Jane Roe) ", "(Photo Gallery) ", "(Updated) "):
        assert sources(credits_of("A headline\n" + aside + lead[16:] + BODY, publisher="example.com")) == []


def test_a_lower_case_section_byline_mid_text() -> None:
    body = "\n".join([BODY] * 12)
    art = credits_of("A headline\n" + body + "\nby Jana Rosen\n" + body)
    assert people(art) == ["Jana Rosen"]
    assert people(credits_of("A headline\n" + body + "\nby the way it rained\n" + body)) == []
