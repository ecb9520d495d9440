"""Credits in Chinese, Japanese and Korean text (tracer/credits/cjk.py), on fixtures written here."""

from __future__ import annotations

import pytest

from tracer import attach_credits, extract_text

KO_BODY = "\n".join([
    "정부는 12일 내년도 예산안을 발표하고 대중교통 예산을 12퍼센트 늘리겠다고 밝혔다.",
    "시장은 새 버스 노선 세 개를 추가하고 북부 지역까지 전차 노선을 연장하겠다고 말했다.",
    "야당 의원들은 예산 증가로 시가 더 많은 돈을 빌려야 한다고 주장했다.",
    "예산안은 여섯 시간이 넘는 토론 끝에 찬성 21표, 반대 14표로 통과됐다.",
])
ZH_BODY = "\n".join([
    "市议会周二投票通过了一项新预算，将公共交通支出提高百分之十二。",
    "市长表示，该计划将在明年春天前增加三条公交线路，并将电车服务延伸到北部地区。",
    "反对派议员认为，预算增加将迫使该市借更多的钱，并推迟学校建筑的维修。",
])


def credits_of(text: str) -> list[tuple[str, str, str]]:
    art = extract_text(text, id="t")
    art.publisher = "example.kr"
    art = attach_credits(art)
    for c in art.credits:
        if c.start is not None:
            assert 0 <= c.start < c.end <= len(art.text)
    return [(c.kind, c.role, c.agency or c.name) for c in art.credits if c.role in ("author", "source")]


@pytest.mark.parametrize(("head", "want"), [
    ("(서울=연합뉴스) 김철수 기자 = 정부는 12일 새 예산안을 발표했다.",
     [("person", "author", "김철수"), ("organization", "source", "Yonhap")]),
    ("【ロンドン共同】", [("organization", "source", "Kyodo")]),
    ("新华社北京3月12日电（记者张三）", [("organization", "source", "Xinhua"), ("person", "author", "张三")]),
    ("来源：新华社", [("organization", "source", "Xinhua")]),
    # a sentence that mentions reporters names none: '기자회견' is a press conference
    ("정부는 기자회견에서 새 예산안을 발표했다.", []),
])
def test_cjk_bylines_datelines_and_source_labels(head: str, want: list[tuple[str, str, str]]) -> None:
    body = ZH_BODY if any("\u4e00" <= ch <= "\u9fff" for ch in head) and "연합" not in head else KO_BODY
    assert credits_of("제목\n" + head + "\n" + body) == want


def test_a_reporter_mentioned_in_a_sentence_is_no_byline() -> None:
    assert credits_of(KO_BODY + "\n이날 김철수 기자는 현장에서 시민들의 반응을 들었다.") == []
