"""Polish, Dutch, Russian cues (the corpus's next most frequent languages)."""

CUES = {
    "continuation_words": [
        # pl / cs / ru
        "i", "a", "w", "z", "na", "do", "od", "po", "za", "o", "oraz", "że", "v", "ve", "se", "s", "k",
        "pro", "při", "и", "в", "на", "с", "по", "из", "к", "для", "от", "о", "что",
        # nl / sv / da / no
        "de", "het", "een", "en", "van", "op", "met", "voor", "te", "och", "att", "av", "på", "til", "og",
        "med", "för", "af", "for", "en", "ett", "et",
    ],
    "stopwords": [
        # pl
        "i", "w", "z", "na", "się", "nie", "do", "to", "że", "jest", "o", "jak", "ale", "po", "co", "tak",
        "za", "od", "jego", "ich", "oraz", "był", "była", "które", "który", "która", "przez", "tym", "też",
        # nl
        "de", "het", "een", "en", "van", "is", "dat", "op", "te", "zijn", "met", "voor", "niet", "aan", "er",
        "om", "ook", "als", "bij", "maar", "wordt", "door", "naar", "nog", "werd", "heeft", "deze", "dit",
        # ru
        "и", "в", "не", "на", "что", "с", "по", "это", "как", "а", "к", "из", "у", "за", "о", "от", "его",
        "для", "так", "но", "же", "то", "бы", "был", "была", "он", "она", "они", "при", "также",
    ],
    "related_headers": [
        "zobacz również", "czytaj więcej", "przeczytaj też", "przeczytaj także", "polecamy", "lees meer", "zie ook",
        "zobacz też", "zobacz także", "czytaj też", "czytaj także", "polecane", "najczęściej czytane", "podobne artykuły",
        "najnowsze", "popularne", "powiązane artykuły", "lees ook", "gerelateerde artikelen", "meest gelezen",
        "meer nieuws", "gerelateerd", "читайте также", "похожие статьи", "популярное", "по теме", "другие новости",
        "самое читаемое", "новости по теме",
    ],
    "related_prefixes": ["czytaj też:", "czytaj także:", "przeczytaj też:", "przeczytaj także:", "dowiedz się więcej:", "zobacz też:", "zobacz także:", "lees ook:", "читайте также:"],
    "share": ["udostępnij", "drukuj", "delen", "afdrukken", "поделиться", "печать"],
    "nav": ["przejdź do treści", "szukaj", "zaloguj", "menu", "naar de inhoud", "zoeken", "inloggen", "перейти к содержимому", "поиск", "войти", "главная", "strona główna"],
    "banner": ["reklama", "advertentie", "реклама"],
    "comments_patterns": [
        "^(?:dodaj|napisz) komentarz", "^twój adres e-mail nie zostanie opublikowany", "^laat een reactie achter", "^оставить комментарий", "^opublikowano\\b",r"^\d+\s*(?:komentarzy|komentarze|komentarz|reacties?|комментари[йея])$", r"^(?:komentarze|dodaj komentarz|reacties|комментарии)$"],
    "copyright": ["wszelkie prawa zastrzeżone", "alle rechten voorbehouden", "все права защищены", "polityka prywatności", "privacybeleid"],
    "promo": ["subskrybuj", "newsletter", "abonneer", "подписаться"],
    "section_prefixes": ["tagi:", "kategoria:", "tags:", "теги:", "рубрика:"],
    "caption_patterns": [r"^(?:fot\.|foto|źródło|bron|фото|источник)\s*:?\s"],
    "author_headers": [
        "o autorze", "autor", "над статьей работали", "об авторе", "over de auteur",
    ],
}
CUES["consent_notice"] = [r"\bkorzystamy z (?:plików )?cookies", r"\bakceptuj", r"\bmaakt gebruik van cookies", r"\baccepteren\b", r"\bиспользуем (?:файлы )?cookie"]
# The opening words of a comment form: they open a line even when a dump glued the form's parts together.
CUES["comment_form_patterns"] = [r"^twój adres e-mail nie zostanie opublikowany", r"^laat een reactie achter", r"^оставить комментарий"]
