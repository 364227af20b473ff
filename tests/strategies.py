"""Hypothesis generators: realistic articles (Korean and English) and the page furniture around them.

Everything here is built from word pools, so examples vary but stay realistic:
an article sentence reads like news prose and ends like a sentence (Korean
ones in '다.'), a headline reads like a headline, and a widget looks like the
widgets scrapers save (weather rows, board listings, related lists, share and
navigation rows). A property that fails on something these generators call
'article' must be judged as a library bug only if the example really is one.
"""

from __future__ import annotations

import random
from typing import Sequence

import attrs
from hypothesis import strategies as st

# --- Korean ----------------------------------------------------------------------------------


def _has_final_consonant(word: str) -> bool:
    """Whether the last Hangul syllable of ``word`` has a final consonant (batchim)."""
    last = word.rstrip()[-1]
    if "가" <= last <= "힣":
        return (ord(last) - 0xAC00) % 28 != 0
    return last.isdigit() and last in "0136789"  # read as Sino-Korean numbers: 영, 일, 삼, 육, 칠, 팔, 구


def topic(word: str) -> str:
    return word + ("은" if _has_final_consonant(word) else "는")


def obj(word: str) -> str:
    return word + ("을" if _has_final_consonant(word) else "를")


KO_SUBJECTS = [
    "정부", "서울시", "삼성전자", "국토교통부", "한국은행", "연구팀", "경찰", "시민단체", "교육부",
    "중소벤처기업부", "카카오", "현대자동차", "환경부", "법원", "국회", "금융위원회", "부산시", "업계",
]
KO_TIMES = ["지난달", "올해 상반기", "이날 오전", "다음 주", "지난 3일", "최근", "오는 15일", "지난해 말", "이번 주", "4일"]
KO_PLACES = ["서울 중구 프레스센터에서", "세종시 정부청사에서", "본사에서", "국회에서", "부산 벡스코에서", "기자간담회에서", ""]
KO_OBJECTS = [
    "새로운 지원 방안", "기준금리", "관련 예산", "조사 결과", "신제품", "개편안", "인공지능 전략", "안전 대책",
    "투자 계획", "연구 성과", "청년 일자리 대책", "전기차 보조금 기준", "반도체 수출 실적", "교통 혼잡 완화 방안",
]
KO_VERBS = [
    "발표했다.", "공개했다.", "검토하고 있다.", "확정했다.", "내놓을 예정이다.", "논의한 것으로 알려졌다.",
    "설명했다.", "제시했다.", "마련하기로 했다.", "추진한다고 밝혔다.",
]
KO_PEOPLE = ["김민수 연구원", "이지은 대표", "박정호 교수", "최성환 사장", "정신아 대표", "한 업계 관계자", "시 관계자"]
KO_QUOTES = [
    "시장의 반응이 예상보다 빠르다", "이번 조치로 불확실성이 줄어들 것", "현장의 목소리를 더 듣겠다",
    "내년에는 성과가 나올 것으로 기대한다", "아직 구체적인 일정은 정해지지 않았다", "협력의 폭을 넓혀 가겠다",
]
KO_FIXED = [
    "업계에서는 이번 결정이 시장에 적지 않은 영향을 미칠 것으로 보고 있다.",
    "전문가들은 단기적인 효과보다 장기적인 구조 개선이 필요하다고 지적했다.",
    "이에 따라 관련 기업들의 투자 계획에도 변화가 생길 것으로 예상된다.",
    "정부는 연말까지 세부 시행 방안을 마련해 발표할 계획이다.",
    "시민들의 반응은 엇갈렸다.",
    "이 같은 흐름은 당분간 이어질 전망이다.",
    "회사 측은 구체적인 투자 규모는 공개하지 않았다.",
]
# Article sentences that merely mention furniture words (weather, Facebook, login, ads, comments,
# related articles, copyright, tags): still article text, never furniture.
KO_MENTIONS = [
    "오늘 서울의 날씨는 맑고 아침 기온은 영하 5도까지 떨어졌다.",
    "해당 영상은 페이스북과 트위터 등 SNS를 통해 빠르게 확산됐다.",
    "로그인 없이도 서비스를 이용할 수 있도록 절차를 간소화했다.",
    "광고 시장은 올해 들어 3년 만에 처음으로 성장세로 돌아섰다.",
    "기사에 달린 댓글에는 찬반 의견이 팽팽하게 맞섰다.",
    "관련 기사가 잇따라 보도되면서 주가는 한때 5% 넘게 올랐다.",
    "저작권자와의 협의가 끝나는 대로 작품을 다시 공개할 예정이다.",
    "태그가 붙은 제품은 모두 회수될 예정이라고 회사는 밝혔다.",
]


def _ko_templated(rng: random.Random) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        place = rng.choice(KO_PLACES)
        parts = [topic(rng.choice(KO_SUBJECTS)), rng.choice(KO_TIMES)]
        if place:
            parts.append(place)
        parts += [obj(rng.choice(KO_OBJECTS)), rng.choice(KO_VERBS)]
        return " ".join(parts)
    if kind == 1:
        ending = rng.choice(["고 말했다.", "고 밝혔다.", "고 강조했다."])
        return f"{topic(rng.choice(KO_PEOPLE))} “{rng.choice(KO_QUOTES)}”{ending}"
    share, amount = rng.randint(2, 60), rng.randint(10, 9000)
    thing = rng.choice(["매출", "수출액", "영업이익", "관련 예산", "이용자 수"])
    if thing == "이용자 수":
        return f"이용자 수는 전년 대비 {share}% 늘어난 {amount:,}만 명을 기록했다."
    return f"{topic(thing)} 전년 대비 {share}% 늘어난 {amount:,}억 원을 기록했다."


# --- English ---------------------------------------------------------------------------------

EN_SUBJECTS = [
    "The city council", "The ministry", "Researchers at the university", "The company", "Local officials",
    "The central bank", "Police", "The health agency", "Union leaders", "The school board", "The court",
    "Environmental groups", "The regulator", "The airline",
]
EN_VERBS = ["announced", "approved", "published", "rejected", "reviewed", "presented", "defended", "postponed"]
EN_OBJECTS = [
    "a new plan to expand public transport", "the annual budget", "a report on air quality",
    "changes to the tax code", "its first results", "a proposal to build more homes",
    "new rules for short-term rentals", "a study of heat waves in the region", "plans for a second runway",
]
EN_TIMES = ["on Tuesday", "last week", "earlier this month", "after a long debate", "in a statement", "at a press conference", "on Friday evening"]
EN_NAMES = ["Maria Lopez", "James Carter", "Anna Schmidt", "Kim Min-su", "Priya Natarajan", "Tom O'Neill"]
EN_ROLES = ["a spokeswoman for the agency", "the mayor", "an economist at the bank", "who chairs the committee", "a local resident"]
EN_QUOTES = [
    "We expect the first results by the end of the year", "This is a good day for the city",
    "Nobody wants to pay more for less", "We will keep listening to the people who live here",
    "The numbers speak for themselves",
]
EN_FIXED = [
    "The decision is expected to affect thousands of households across the region.",
    "Critics say the plan does not go far enough to address the underlying problems.",
    "The proposal will be put to a vote next month, according to the agenda.",
    "Similar measures were introduced in other cities with mixed results.",
    "It was not immediately clear how the changes would be funded.",
]
EN_MENTIONS = [
    "He posted the video on Facebook and Twitter, where it was viewed millions of times.",
    "The weather service said the sunny spell would last until the weekend, with highs of 23 degrees.",
    "Home prices rose for the third month in a row, the latest figures show.",
    "Share prices fell sharply on Monday after the company cut its forecast.",
    "Readers can subscribe to the print edition at a lower price until the end of the month.",
    "The menu at the new school canteen was designed together with the students.",
    "Related costs, such as insurance and repairs, are not included in the figure.",
    "By the end of the year, the company expects to double its revenue.",
    "Comments from residents were mostly positive, the council said.",
]


def _en_templated(rng: random.Random) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        return f"{rng.choice(EN_SUBJECTS)} {rng.choice(EN_VERBS)} {rng.choice(EN_OBJECTS)} {rng.choice(EN_TIMES)}."
    if kind == 1:
        return f"\"{rng.choice(EN_QUOTES)},\" said {rng.choice(EN_NAMES)}, {rng.choice(EN_ROLES)}."
    thing = rng.choice(["Spending", "Revenue", "Ridership", "The number of applications"])
    return f"{thing} rose by {rng.randint(2, 60)} percent to {rng.randint(2, 90)} million last year, according to official figures."


# --- headlines and names (for titles, related lists and board rows) --------------------------------

KO_ORGS = ["삼성전자", "정부", "서울시", "한국은행", "카카오", "현대차", "국회", "교육부", "오픈AI", "SK하이닉스"]
KO_TOPICS = ["AI 반도체", "전기차 배터리", "부동산 대출", "청년 일자리", "탄소 중립", "의대 정원", "기준금리", "수출 실적"]
KO_ACTS = ["투자 확대", "규제 완화 추진", "협력 논의", "계획 발표", "실적 개선", "전면 재검토", "속도 조절"]
KO_TAILS = ["", "", "…'하반기 본격화'", "…업계 촉각", "…시장 반응은", " \"내년이 고비\"", "…왜?"]
KO_TAGS = ["", "", "", "[속보] ", "[단독] ", "[이슈&논란] ", "[포토] "]

EN_HEADLINE_TEMPLATES = [
    "{org} {act} {thing}",
    "The debate over {thing}, explained",
    "{org} to {verb} {thing} next year",
    "Five things to know about {thing}",
    "Inside the fight over {thing}",
    "{org} says {thing} will cost more",
]
EN_ORGS = ["Council", "Google", "Samsung", "Ministry", "Airline", "Bank of England", "City Hall", "Startup", "Union"]
EN_ACTS = ["approves", "rejects", "unveils", "delays", "backs", "scraps"]
EN_VERBS_BASE = ["review", "expand", "cut", "launch", "rethink"]
EN_THINGS = ["new budget", "the housing plan", "electric buses", "school meals", "the tax reform", "AI chips", "night trains", "rent caps"]

POSTERS = ["랭크뉴스", "익명", "hong123", "techguy", "catlady", "rider99", "김민수", "newsbot", "뉴스봇", "admin"]


def _ko_headline(rng: random.Random) -> str:
    return f"{rng.choice(KO_TAGS)}{rng.choice(KO_ORGS)}, {rng.choice(KO_TOPICS)} {rng.choice(KO_ACTS)}{rng.choice(KO_TAILS)}"


def _en_headline(rng: random.Random) -> str:
    return rng.choice(EN_HEADLINE_TEMPLATES).format(
        org=rng.choice(EN_ORGS), act=rng.choice(EN_ACTS), verb=rng.choice(EN_VERBS_BASE), thing=rng.choice(EN_THINGS))


def _pool(make, size: int, seed: int, fixed: Sequence[str] = ()) -> list[str]:
    """``size`` distinct generated strings plus ``fixed`` ones, the same in every run.

    Hypothesis draws a whole sentence (or headline) with one choice from a pool: far cheaper
    to generate and shrink than a sentence assembled from several draws.
    """
    rng = random.Random(seed)
    pool = dict.fromkeys(fixed)
    for _ in range(size * 20):
        if len(pool) >= size + len(fixed):
            break
        pool.setdefault(make(rng))
    return list(pool)


KO_SENTENCES = _pool(_ko_templated, 400, 1, KO_FIXED)
EN_SENTENCES = _pool(_en_templated, 400, 2, EN_FIXED)
KO_HEADLINES = _pool(_ko_headline, 300, 3)
EN_HEADLINES = _pool(_en_headline, 200, 4)

_SENTENCES = {
    ("ko", False): st.sampled_from(KO_SENTENCES),
    ("en", False): st.sampled_from(EN_SENTENCES),
    ("ko", True): st.sampled_from(KO_SENTENCES + KO_MENTIONS * 10),
    ("en", True): st.sampled_from(EN_SENTENCES + EN_MENTIONS * 10),
}
_HEADLINES = {"ko": st.sampled_from(KO_HEADLINES), "en": st.sampled_from(EN_HEADLINES)}


def sentence(lang: str, mentions: bool = False) -> st.SearchStrategy[str]:
    """One article sentence; with ``mentions``, sentences naming furniture words come up often."""
    return _SENTENCES[(lang, mentions)]


def ko_sentence(mentions: bool = False) -> st.SearchStrategy[str]:
    return sentence("ko", mentions)


def en_sentence(mentions: bool = False) -> st.SearchStrategy[str]:
    return sentence("en", mentions)


def headline(lang: str) -> st.SearchStrategy[str]:
    return _HEADLINES[lang]


languages = st.sampled_from(["ko", "en"])

# --- articles ----------------------------------------------------------------------------------


@st.composite
def paragraph(draw: st.DrawFn, lang: str, min_sentences: int = 2, max_sentences: int = 5, mentions: bool = False) -> str:
    sentences = draw(st.lists(sentence(lang, mentions), min_size=min_sentences, max_size=max_sentences, unique=True))
    return " ".join(sentences)


@attrs.frozen
class Article:
    """A generated article: what a scraper would save, and the body a perfect cleaner returns."""

    lang: str
    title: str | None
    byline: str | None
    lead_prefix: str  # '[매체=이름 기자] ' opening the first paragraph, cut from the body
    paragraphs: tuple[str, ...]  # the body's paragraphs, as they should come out

    def lines(self) -> list[str]:
        """The page as lines, paragraphs separated by blank lines."""
        out: list[str] = []
        if self.title:
            out += [self.title, ""]
        if self.byline:
            out += [self.byline, ""]
        for i, para in enumerate(self.paragraphs):
            out += [(self.lead_prefix + para) if i == 0 else para, ""]
        return out[:-1]

    @property
    def text(self) -> str:
        return "\n".join(self.lines())

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def paragraph_line_indexes(self) -> list[int]:
        """0-based indexes in ``lines()`` of the paragraph lines."""
        lines = self.lines()
        first = lines.index(self.lead_prefix + self.paragraphs[0])
        return [first + 2 * i for i in range(len(self.paragraphs))]


KO_BYLINES = ["김시민 기자", "이성은 기자", "박지훈 특파원", "작성자 mummer · 2025-12-25", "hong@example.co.kr"]
EN_BYLINES = ["By Jane Smith", "Written by Tom O'Neill", "By Maria Lopez, Associated Press", "Posted by admin"]
KO_LEADS = ["[뉴스스페이스=김시민 기자] ", "[서울경제=박지훈 기자] ", "(서울=연합뉴스) 홍길동 기자 = "]


@st.composite
def articles(draw: st.DrawFn, lang: str | None = None, min_paragraphs: int = 3, max_paragraphs: int = 12,
             mentions: bool = False) -> Article:
    """An article of 3-12 paragraphs of 2-5 sentences; ``mentions`` mixes in sentences naming furniture words."""
    lang = lang or draw(languages)
    count = draw(st.integers(min_paragraphs, max_paragraphs))
    paragraphs = draw(st.lists(paragraph(lang, mentions=mentions), min_size=count, max_size=count, unique=True))
    title = draw(st.none() | headline(lang))
    byline = draw(st.none() | st.sampled_from(KO_BYLINES if lang == "ko" else EN_BYLINES))
    lead = draw(st.sampled_from(["", "", *KO_LEADS])) if lang == "ko" else ""
    return Article(lang, title, byline, lead, tuple(paragraphs))


# --- furniture --------------------------------------------------------------------------------

KO_CONDITIONS = ["맑음", "구름조금", "구름많음", "흐림", "비", "눈", "소나기", "안개"]
KO_CITIES = ["서울", "동두천", "강릉", "대전", "대구", "울산", "광주", "부산", "고창", "제주", "강화", "보은", "금산", "경주시", "거제", "인천", "수원"]
EN_CONDITIONS = ["Sunny", "Cloudy", "Partly cloudy", "Light rain", "Showers", "Snow", "Fog", "Clear", "Overcast"]
EN_CITIES = ["Seoul", "Berlin", "London", "Paris", "New York", "Tokyo", "Madrid", "Sydney", "Toronto", "Vienna"]


@st.composite
def temperature(draw: st.DrawFn, unit: str) -> str:
    if unit == "F":
        return f"{draw(st.integers(-5, 105))}°F"
    value = draw(st.integers(-150, 380)) / 10
    shown = f"{value:.1f}" if draw(st.booleans()) else f"{round(value)}"
    return f"{shown}{draw(st.sampled_from(['℃', '°C', ' °C']))}"


@st.composite
def weather_widget(draw: st.DrawFn, lang: str, place: str = "top") -> list[str]:
    rows = draw(st.integers(1, 16 if lang == "ko" else 8))
    lines: list[str] = []
    if lang == "ko":
        style = draw(st.integers(0, 2))
        cities = draw(st.lists(st.sampled_from(KO_CITIES), min_size=rows, max_size=rows, unique=True))
        for city in cities:
            cond, temp = draw(st.sampled_from(KO_CONDITIONS)), draw(temperature("C"))
            if style == 0:
                lines.append(f"  • {cond}{city} {temp}")
            elif style == 1:
                lines.append(f"{city} {temp} {cond}")
            else:
                lines.append(f"· {cond} {city} {temp}")
        provider = draw(st.sampled_from(["기상청 제공", "기상청 제공", None]))
        if draw(st.booleans()):
            lines.insert(0, draw(st.sampled_from(["날씨", "오늘의 날씨", "2026.01.27 (화)"])))
    else:
        style = draw(st.integers(0, 2))
        cities = draw(st.lists(st.sampled_from(EN_CITIES), min_size=rows, max_size=rows, unique=True))
        for city in cities:
            cond = draw(st.sampled_from(EN_CONDITIONS))
            temp = draw(temperature(draw(st.sampled_from(["C", "C", "F"]))))
            if style == 0:
                lines.append(f"{city} {temp} {cond}")
            elif style == 1:
                lines.append(f"{city}: {cond.lower()}, {temp}")
            else:
                lines.append(f"• {city} {temp}")
        provider = draw(st.sampled_from(["Weather provided by AccuWeather", "Forecast", "weather.com", None]))
        if draw(st.booleans()):
            lines.insert(0, draw(st.sampled_from(["Weather", "Local weather", "Today's forecast"])))
    if provider:
        lines.append(provider)
    return lines


@st.composite
def board_listing(draw: st.DrawFn, lang: str, place: str = "end") -> list[str]:
    header = draw(st.booleans())
    rows = draw(st.integers(2 if header else 3, 15))
    first = draw(st.integers(100, 99999))
    date_style = draw(st.integers(0, 3))
    with_views = draw(st.booleans())
    lines = []
    if header:
        lines.append(draw(st.sampled_from(
            ["번호 제목 글쓴이 날짜 조회", "번호 제목 글쓴이 날짜", "번호 제목 작성자 작성일 조회수"] if lang == "ko"
            else ["No. Title Author Date Views", "# Subject Poster Date Views", "No. Title Author Date"]
        )))
    for i in range(rows):
        month, day = draw(st.integers(1, 12)), draw(st.integers(1, 28))
        date = [f"2025.{month:02d}.{day:02d}", f"2025-{month:02d}-{day:02d}", f"25.{month:02d}.{day:02d}",
                f"{draw(st.integers(0, 23)):02d}:{draw(st.integers(0, 59)):02d}"][date_style]
        row = f"{first - i} {draw(headline(lang))} {draw(st.sampled_from(POSTERS))} {date}"
        if with_views:
            row += f" {draw(st.integers(0, 20000))}"
        lines.append(row)
    return lines


KO_RELATED_HEADERS = ["관련기사", "관련 기사", "많이 본 뉴스", "관련뉴스", "추천 기사", "이 시각 주요뉴스", "함께 볼만한 뉴스"]
EN_RELATED_HEADERS = ["You may also like", "Related articles", "Read more", "Related", "More stories", "Recommended for you", "Most read"]


@st.composite
def related_list(draw: st.DrawFn, lang: str, place: str = "end", teaser: bool | None = None) -> list[str]:
    header = draw(st.sampled_from(KO_RELATED_HEADERS if lang == "ko" else EN_RELATED_HEADERS))
    lines = [header]
    if lang == "ko" and draw(st.booleans()):
        lines.append(f"{draw(st.integers(2, 300))}건의 관련기사 더보기")
    style = draw(st.integers(0, 2))
    for title in draw(st.lists(headline(lang), min_size=3, max_size=8, unique=True)):
        if style == 0:
            lines.append(title)
        elif style == 1:
            lines.append(f"• {title}")
        else:
            slug = draw(st.integers(1000, 999999))
            lines.append(f"[{title}](https://news.example.com/article/{slug})")
    if teaser if teaser is not None else draw(st.booleans()):
        # A teaser of another article: a long paragraph, as dense as the article's own text.
        lead = draw(st.sampled_from(KO_LEADS)) if lang == "ko" and draw(st.booleans()) else ""
        lines.append(lead + draw(paragraph(lang, 3, 5)))
    return lines


KO_SHARE = ["공유하기", "공유", "카카오톡 페이스북 트위터", "페이스북", "트위터", "카카오톡", "URL 복사", "스크랩", "인쇄", "글자크기"]
EN_SHARE = ["Share", "Facebook Twitter Email", "Share this article", "Tweet", "Facebook", "Email", "Print", "Share on Facebook", "Copy link"]
KO_NAV = ["메뉴 건너뛰기", "본문 바로가기", "전체메뉴", "로그인", "회원가입", "검색", "홈", "메뉴"]
EN_NAV = ["Skip to content", "Home", "Menu", "Search", "Sign in", "Log in", "Skip to main content", "Main menu"]
# Navigation that stands between an article's paragraphs or sections.
KO_NAV_BETWEEN = ["맨 위로", "위로", "목록", "본문 바로가기"]
EN_NAV_BETWEEN = ["Back to top", "Top", "Jump to content", "Skip to main content"]


@st.composite
def share_block(draw: st.DrawFn, lang: str, place: str = "top") -> list[str]:
    pool = KO_SHARE if lang == "ko" else EN_SHARE
    return draw(st.lists(st.sampled_from(pool), min_size=1, max_size=4, unique=True))


@st.composite
def nav_block(draw: st.DrawFn, lang: str, place: str = "top") -> list[str]:
    if place == "between":
        pool = KO_NAV_BETWEEN if lang == "ko" else EN_NAV_BETWEEN
        return [draw(st.sampled_from(pool))]
    pool = KO_NAV if lang == "ko" else EN_NAV
    items = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=5, unique=True))
    if len(items) >= 3 and draw(st.booleans()):
        return [" | ".join(items)]  # a menu saved as one row
    return items


@attrs.frozen
class Widget:
    """Generated page furniture: its family and lines (no blank lines inside)."""

    family: str  # weather, board, related, share, nav
    lang: str
    lines: tuple[str, ...]
    spaced: bool = False
    place: str = "top"  # a blank line between items, as some dumps save lists

    def as_lines(self) -> list[str]:
        if not self.spaced:
            return list(self.lines)
        out: list[str] = []
        for line in self.lines:
            out += [line, ""]
        return out[:-1]


_BUILDERS = {
    "weather": weather_widget,
    "board": board_listing,
    "related": related_list,
    "share": share_block,
    "nav": nav_block,
}
# Where each family realistically stands: 'top' (above everything), 'between' (between two
# paragraphs of the article), 'after' (right after the article's last paragraph) or 'end' (the page's end).
PLACES = {
    "weather": ("top",),
    "nav": ("top", "between"),
    "share": ("top", "between", "after"),
    "related": ("after", "end"),
    "board": ("top", "after", "end"),
}


@st.composite
def widgets(draw: st.DrawFn, families: Sequence[str] = tuple(_BUILDERS), places: Sequence[str] | None = None,
            lang: str | None = None) -> Widget:
    """A widget of one of ``families``, shaped for a place it realistically takes (one of ``places``)."""
    family = draw(st.sampled_from(list(families)))
    possible = [p for p in PLACES[family] if places is None or p in places]
    if not possible:
        possible = list(PLACES[family])
    place = draw(st.sampled_from(possible))
    lang = lang or draw(languages)
    lines = draw(_BUILDERS[family](lang, place))
    spaced = family in ("related", "share", "nav") and draw(st.booleans())
    return Widget(family, lang, tuple(lines), spaced, place)


def insert_lines(lines: list[str], at: int, block: list[str]) -> list[str]:
    """``block`` inserted before ``lines[at]``, with a blank line on each side where there is text."""
    before, after = lines[:at], lines[at:]
    middle = list(block)
    if before:
        middle = [""] + middle
    if after:
        middle = middle + [""]
    return before + middle + after


# --- noise that must not change anything -------------------------------------------------------

TRAILING = st.text(alphabet=" \t\u00a0", max_size=4)


@st.composite
def trailing_noise(draw: st.DrawFn, lines: list[str]) -> list[str]:
    """Every line with some trailing spaces, tabs or no-break spaces."""
    return [line + draw(TRAILING) for line in lines]


NEWLINES = st.sampled_from(["\n", "\r\n", "\r"])
