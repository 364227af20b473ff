"""German cues."""

CUES = {
    "continuation_words": [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "und",
        "oder", "aber", "mit", "von", "zu", "im", "in", "am", "an", "auf", "für", "bei", "aus", "nach",
        "über", "unter", "vom", "zum", "zur", "durch", "gegen", "ohne", "um", "wie", "als", "dass", "sowie",
    ],
    "stopwords": [
        "der", "die", "das", "und", "in", "zu", "den", "von", "mit", "ist", "des", "sich", "auf", "für",
        "nicht", "im", "dem", "ein", "eine", "als", "auch", "es", "an", "werden", "aus", "er", "hat", "dass",
        "sie", "nach", "wird", "bei", "einer", "um", "am", "sind", "noch", "wie", "einem", "über", "einen",
        "so", "zum", "war", "haben", "nur", "oder", "aber", "vor", "zur", "bis", "mehr", "durch", "man",
        "sein", "wurde", "sei", "wenn", "kann", "ich", "wir", "was", "hatte", "schon", "seine", "ihre", "diese",
        "dieser", "zwei", "sowie", "gegen", "vom", "weil", "ob",
    ],
    "related_headers": [
        "empfohlene beiträge", "empfohlene artikel", "ähnliche artikel lesen", "mehr aus der sendung",
        "verwandte themenbereiche", "highlights aus dem bereich", "weitere beiträge zu", "weitere beiträge zum thema", "mehr themen", "das thema könnte dich auch interessieren", "das thema könnte sie auch interessieren", "weitere beiträge aus der kolumne", "auch lesen", "noch mehr infos für dich", "aktuell", "themen", "aktuelle produkttests", "weitere artikel aus", "mehr aus der rubrik", "neueste artikel", "ähnliche rezepte", "weitere rezepte", "das könnte sie auch interessieren",
        "das könnte dich auch interessieren", "das könnte dir auch gefallen", "das könnte sie auch interessieren", "das könnte ihnen auch gefallen", "empfohlen für dich", "empfehlungen aus der redaktion", "beliebte beiträge zum thema", "schon gelesen", "zum weiterlesen", "weitere beiträge", "verwandte beiträge", "ähnliche themen", "passend zum thema", "mehr zu diesem thema", "weitere artikel zum thema", "aktuelle beiträge", "interessantes aus unserem", "empfohlener redaktioneller inhalt", "meistgelesene beiträge", "auch spannend", "leseempfehlung", "leseempfehlungen", "ebenfalls interessant",
        "mehr zum thema", "das könnte sie auch interessieren", "das könnte sie interessieren", "weitere artikel",
        "ähnliche artikel", "ähnliche beiträge", "verwandte artikel", "meistgelesen", "meistgelesene artikel",
        "auch interessant", "lesen sie auch", "lesen sie mehr", "empfehlungen", "unsere empfehlungen",
        "weitere nachrichten", "weitere themen", "top-themen", "top themen", "beliebte artikel", "neueste artikel",
        "aktuelle nachrichten", "mehr aus", "mehr dazu", "zum thema", "weiterlesen", "weitere meldungen",
        "letzte beiträge", "neueste beiträge", "beliebte beiträge", "verwandte themen", "mehr aus dem ressort",
        "auch lesenswert", "top-artikel", "meist gelesen", "mehr artikel",
    ],
    # 'Weitere aktuelle Themen aus …', 'Mehr Kolumnen auf …': more of the site's stories ('Artikel' is
    # also a shop's word for its products: 'Weitere Artikel von …' on a product page)
    "related_patterns": [
        r"^(?:mehr|weitere) (?:[\p{L}-]+ ){0,2}(?:themen|beiträge|nachrichten|meldungen|news|kolumnen|geschichten)\b",
    ],
    "related_prefixes": [
        "sehen sie auch:", "siehe auch:", "lies auch:", "lesen sie hier:", "hier weiterlesen:",
        "zum weiterlesen:", "mehr zum thema ", "lesen sie auch ", "auch interessant ", "lesetipp:", "lesetipp ", "passend dazu:", "dazu passend:","lesen sie auch:", "lesen sie dazu:", "mehr zum thema:", "auch interessant:", "siehe auch:", "mehr:", "lesen sie mehr:", "weiterlesen:"],
    "share": ["teilen", "drucken", "artikel teilen", "beitrag teilen", "link kopieren", "versenden", "per e-mail teilen", "merken", "seite teilen", "e-mail", "mail"],
    "nav": [
        "pdf version", "externer inhalt", "zum artikel", "mehr infos", "alle anzeigen", "druckansicht", "drucken", "zurück",
        "zurück zur übersicht", "zurück zum lexikon", "zurück zur startseite", "vorheriges", "nächstes", "vorschau auf den nächsten artikel", "bild anzeigen", "weiterlesen", "mehr lesen", "auf einer seite lesen", "rezept drucken", "artikel drucken", "einen missbrauch melden", "missbrauch melden", "seite drucken", "zurück nach oben", "alle beiträge", "alle artikel", "zur übersicht", "mehr anzeigen", "antworten", "zitieren", "melden",
        "zum inhalt springen", "zum inhalt", "zur navigation", "direkt zum inhalt", "hauptnavigation", "navigation",
        "menü", "suche", "startseite", "anmelden", "abmelden", "registrieren", "mein konto", "zurück", "weiter",
        "nach oben", "schließen", "mehr", "alle anzeigen", "übersicht", "kontakt", "impressum", "datenschutz",
        "vorheriger artikel", "nächster artikel", "vorheriger beitrag", "nächster beitrag", "suchen", "login",
        # a table of contents' title and a list's toggles
        "inhaltsverzeichnis", "quellen ausblenden", "quellen anzeigen", "quellen einblenden",
    ],
    "weather_conditions": ["sonnig", "heiter", "bewölkt", "wolkig", "bedeckt", "regen", "schauer", "schnee", "nebel", "gewitter", "leicht bewölkt", "stark bewölkt"],
    "weather_providers": ["wetter", "das wetter", "wetter in"],
    "board_header_words": ["titel", "thema", "autor", "datum", "antworten", "zugriffe", "aufrufe", "letzter beitrag", "beiträge", "verfasser"],
    "byline_patterns": [r"^von\s+(?-i:\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,3})(?:\s*[|,]|$)", r"^autor(?:in)?:\s", r"^text:\s", r"^ein (?:beitrag|artikel) von\s"],
    "date_labels": ["veröffentlicht", "aktualisiert", "stand", "zuletzt aktualisiert", "erstellt", "datum"],
    "date_prefixes": ["veröffentlicht am", "aktualisiert am", "stand:", "zuletzt aktualisiert", "veröffentlicht:", "aktualisiert:", "erstellt am"],
    "caption_credits": ["dpa", "picture alliance", "picture-alliance", "imago", "imago images", "getty images", "afp", "reuters", "ap", "epa", "kna", "ddp"],
    "caption_patterns": [
        r"^(?:beitragsbild|titelbild|symbolbild|headerbild|vorschaubild)\b",r"^(?:foto|bild|quelle|grafik|fotos|bildquelle|copyright):\s", r"\((?:foto|bild|quelle):\s?[^()]{1,60}\)\s*$", r"(?:foto|bild):\s?[^.]{1,60}$", r"©\s?[\p{L} ./-]{1,40}$",
        r"^(?:zum )?vergrößern\b(?!\s+sie\b)",  # a lightbox's 'Enlarge' link before the caption
        # a figure's caption: 'Abbildung 4: …', 'Abb. 2: …'
        r"^(?:abbildung|abb\.)(?:\s?\d{1,3})?\s?:\s"],
    "banner": ["anzeige", "werbung", "sponsored", "gesponsert"],
    "comments_patterns": [
        "^hinterlassen sie (?:eine antwort|einen kommentar)", "^kommentieren$", "^sie müssen (?:sich )?(?:eingeloggt|angemeldet|einloggen|anmelden)", "^zum kommentieren", "^kommentar abschicken",
        "^hinterlasse (?:eine antwort|einen kommentar)", "^schreibe? einen kommentar", "^kommentar (?:verfassen|hinzufügen|abgeben)", "^(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht", "^\\d+\\s+gedanken zu\\b", "^\\d+\\s+(?:antworten|reaktionen|kommentare) (?:zu|auf)\\b", "^kommentare sind geschlossen", "^leserkommentare", "^neueste leser-kommentare", "^diskussion$",r"^\d+\s*kommentare?$", r"^kommentare?(?:\s*\(\d+\))?$", r"^kommentar schreiben", r"^(?:keine|ein) kommentar", r"^(?:bisher|noch) (?:noch )?keine kommentare", r"^diskutieren sie mit"],
    "copyright": [
        "alle angaben ohne gewähr", "angaben ohne gewähr", "haftungsausschluss","alle rechte vorbehalten", "impressum", "datenschutz", "datenschutzerklärung", "nutzungsbedingungen", "cookie-einstellungen", "agb", "barrierefreiheit"],
    "promo": [
        "folgen sie uns auf", "folge uns auf", "folgt uns auf", "artikel bewerten", "war der artikel nützlich", "war dieser artikel hilfreich", "möchten sie den artikel teilen", "hier können sie den artikel bewerten", "wie bewerten sie diesen artikel",
        "dieser artikel gefällt ihnen", "dir hat der artikel gefallen? jetzt teilen", "kostenlos zum newsletter anmelden", "jetzt registrieren", "jede kleine spende", "jetzt spenden", "deal abgelaufen? jetzt melden", "sie lesen gern", "newsletter bestellen", "zum newsletter anmelden", "jetzt teilen",
        "hier kostenlos anmelden", "jetzt kostenlos anmelden", "unterstütze das projekt", "unterstützen sie uns", "buch bestellen", "ausgabe kaufen", "fanden sie diesen artikel nützlich", "gefällt ihnen dieser artikel", "artikel gefallen? vergiss nicht zu teilen", "schon registriert? hier einloggen", "jetzt bestellen", "jetzt kaufen", "jetzt testen", "jetzt herunterladen", "hier bestellen", "mehr erfahren", "jetzt mehr erfahren", "besuchen sie unseren fan-shop", "abo abschließen", "jetzt abo abschließen", "zum shop","newsletter", "jetzt abonnieren", "abonnieren", "newsletter abonnieren", "jetzt anmelden", "zum newsletter", "folgen sie uns"],
    "section_prefixes": ["kategorie:", "kategorien:", "schlagwörter:", "schlagworte:", "themen:", "rubrik:", "tags:"],
    "author_headers": [
        "über den autor", "über die autorin", "zur person", "der autor", "die autorin", "autor", "autorin", "autoren", "mehr vom autor", "weitere artikel des autors",
    ],
}
CUES["consent_notice"] = [
    r"\b(?:wir verwenden|wir nutzen|verwendet|nutzt|setzt)\b.{0,40}\bcookies", r"\bcookies?\b.{0,60}\b(?:akzeptieren|zustimmen|einverstanden|ablehnen)",
    r"\bcookie-?einstellungen", r"\bzustimmung\b", r"\beinwilligung\b", r"\bdatenschutzerklärung\b",
]
# Consent under a newsletter form: 'Mit der Anmeldung stimme ich …', 'Ich akzeptiere die Datenschutzerklärung'.
CUES["promo_patterns"] = [
    r"^mit (?:der|ihrer|meiner) anmeldung\b", r"\bakzeptiere (?:die|den) datenschutz",
    # affiliate disclosures: 'Anzeige, enthält Affiliate Links', 'Bei den Links handelt es sich um
    # Affiliate Links', 'Für Links auf dieser Seite erhält X ggf. eine Provision'
    r"\benthält affiliate[- ]?links\b", r"\bhandelt es sich um (?:sogenannte )?affiliate[- ]?links\b",
    r"\bfür links auf dieser seite erh(?:ä|a)lt(?:en)?\b.{0,40}\bprovision\b",
]
CUES["promo_words"] = [
    r"\babonn", r"\bnewsletter", r"\banmelden\b", r"\bregistrier", r"\be-mail-adresse\b", r"\bspende", r"\bunterstütz(?:en|e) (?:sie|uns|das)",
    r"\bwerbung\b", r"\banzeige\b", r"\bjournalismus\b", r"\bfolgen sie uns\b", r"\bbestellen\b", r"\bhaftung\b", r"\bcreative commons\b", r"\babo\b", r"\be-paper\b",
]
CUES["bio_patterns"] = [
    r"^(?-i:\p{Lu}[\p{L}.'-]+(?:\s\p{Lu}[\p{L}.'-]+){1,3})\s(?:ist|war|arbeitet|schreibt|lebt|studierte|leitet)\s",
    r"^(?:über den autor|über die autorin|zur person|der autor|die autorin)\b",
]
# The opening words of a comment form: they open a line even when a dump glued the form's parts together.
CUES["comment_form_patterns"] = [
    r"^hinterlass(?:e|en sie) (?:eine antwort|einen kommentar)", r"^schreibe? einen kommentar", r"^(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht",
    r"^sie müssen (?:sich )?(?:eingeloggt|angemeldet) sein",
]
