"""French, Spanish, Italian and Portuguese cues (one module: they share most shapes)."""

CUES = {
    "continuation_words": [
        # fr
        "le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "à", "au", "aux", "en", "par", "pour",
        "sur", "dans", "avec", "sans", "sous", "chez", "que", "qui", "dont",
        # es / pt / it
        "el", "los", "las", "una", "del", "y", "o", "a", "por", "para", "con", "al", "sobre", "entre",
        "os", "as", "um", "uma", "da", "do", "das", "dos", "em", "e", "no", "na", "nos", "nas", "ao", "pelo",
        "pela", "com", "il", "lo", "gli", "di", "della", "delle", "dei", "degli", "nel", "nella", "alla", "che",
    ],
    "stopwords": [
        # fr
        "le", "la", "les", "de", "des", "du", "un", "une", "et", "est", "en", "que", "qui", "dans", "pour",
        "pas", "sur", "au", "aux", "avec", "ce", "cette", "il", "elle", "ils", "sont", "par", "plus", "ont",
        "mais", "ou", "son", "sa", "ses", "été", "leur", "comme", "nous", "vous", "on", "se", "ne",
        # es
        "el", "los", "las", "del", "y", "es", "por", "con", "para", "una", "su", "sus", "al", "lo", "como",
        "más", "pero", "fue", "ha", "han", "este", "esta", "entre", "cuando", "muy", "sin", "sobre", "también",
        # it
        "il", "di", "che", "è", "per", "non", "gli", "della", "delle", "nel", "nella", "sono", "alla", "anche",
        "con", "come", "dei", "degli", "questo", "questa", "ma", "ed", "stato",
        # pt
        "o", "os", "as", "da", "do", "das", "dos", "em", "um", "uma", "não", "no", "na", "com", "mais", "ao",
        "pelo", "pela", "seu", "sua", "são", "foi", "ser", "também", "isso",
    ],
    "related_headers": [
        "vous aimerez aussi", "vous aimerez peut-être aussi", "vous aimerez également", "vous pourriez aussi aimer", "articles similaires", "articles liés", "temas relacionados", "artículos similares", "contenido relacionado", "artigos relacionados", "você também pode gostar", "articoli correlati", "potrebbe interessarti",
        "más sobre", "contexto de la noticia", "te puede gustar", "noticias relacionadas", "también te puede interesar", "lee más", "lire plus", "plus d'articles", "nos derniers articles", "à lire également", "sur le même sujet", "dans la même catégorie", "leia mais", "mais lidas", "notícias relacionadas", "ti potrebbe interessare",
        "pour approfondir", "à lire", "a lire", "à découvrir", "a découvrir", "à voir aussi", "sur le même thème", "nos articles", "articles recommandés", "mirá también", "informate más", "notas relacionadas", "puedes ver", "le puede interesar", "te puede interesar", "vea también", "lee también", "lea además", "más leídas", "más leídos", "también te puede gustar", "otras noticias", "últimas noticias", "noticias destacadas", "te recomendamos leer", "veja mais", "saiba mais", "leia também", "matérias relacionadas", "potrebbe interessarti anche", "ultime notizie", "leggi anche",
        "à lire aussi", "a lire aussi", "lire aussi", "sur le même sujet", "articles similaires", "les plus lus",
        "articles liés", "à lire également", "dans la même rubrique", "voir aussi", "les plus populaires",
        "noticias relacionadas", "lo más leído", "lo más visto", "te puede interesar", "también te puede interesar",
        "artículos relacionados", "más noticias", "lea también", "relacionados", "te recomendamos", "más leídas",
        "leia também", "notícias relacionadas", "mais lidas", "veja também", "leia mais", "mais notícias",
        "leggi anche", "articoli correlati", "i più letti", "potrebbe interessarti", "ti potrebbe interessare",
        "altri articoli", "notizie correlate", "più letti",
    ],
    "related_prefixes": [
        "mire:", "mira:", "le puede interesar:", "te puede interesar:", "vea también:", "puedes ver:", "lee también:", "lea además:", "lea también ", "à lire aussi ", "lire aussi ", "à lire ", "a lire aussi ", "voir aussi ", "lire la suite", "saiba mais:", "veja também ", "leia também ", "leia mais ", "leggi anche ", "mirá también:", "informate más:", "también lee:", "te recomendamos:",
        "lire aussi :", "lire aussi:", "à lire aussi :", "voir aussi :", "lea también:", "lea más:", "lea:", "leer más:",
        "también puede leer:", "ver también:", "leia também:", "leia mais:", "veja também:", "leggi anche:", "vedi anche:",
    ],
    "share": ["partager", "partager sur facebook", "imprimer", "compartir", "compartir en facebook", "imprimir", "condividi", "stampa", "compartilhar", "partilhar", "tweeter", "envoyer"],
    "nav": [
        "aller au contenu", "aller au contenu principal", "accueil", "rechercher", "connexion", "se connecter", "s'inscrire",
        "saltar al contenido", "ir al contenido", "inicio", "buscar", "iniciar sesión", "registrarse", "menú",
        "vai al contenuto", "cerca", "accedi", "ir para o conteúdo", "pesquisar", "entrar", "início", "página inicial",
        "suivant", "précédent", "siguiente", "anterior", "successivo", "precedente", "próximo", "voltar",
    ],
    "weather_conditions": ["ensoleillé", "nuageux", "pluie", "soleado", "nublado", "lluvia", "sereno", "nuvoloso", "pioggia", "ensolarado", "chuva"],
    "board_header_words": ["titre", "auteur", "réponses", "vues", "título", "autor", "fecha", "respuestas", "titolo", "autore", "data", "risposte", "visite", "respostas"],
    "byline_patterns": [r"^par\s+(?-i:\p{Lu})", r"^por\s+(?-i:\p{Lu})", r"^di\s+(?-i:\p{Lu}\p{L}+\s+\p{Lu})", r"^redacción\b", r"^redação\b", r"^rédaction\b"],
    "date_labels": ["publié le", "mis à jour le", "publicado", "actualizado", "pubblicato", "aggiornato", "atualizado", "publié", "mis à jour"],
    "date_prefixes": ["publié le", "mis à jour le", "publicado el", "publicado em", "actualizado el", "pubblicato il", "aggiornato il", "atualizado em"],
    "caption_credits": ["afp", "reuters", "ap", "efe", "europa press", "ansa", "lusa", "getty images", "epa"],
    "caption_patterns": [r"^(?:photo|crédit|crédits|foto|imagen|fuente|fonte|créditos?)(?: (?:photos?|fotos?|de (?:la )?(?:photo|foto|imagen)))?\s*:\s", r"\((?:photo|foto|crédit)\s?:\s?[^()]{1,60}\)\s*$"],
    "banner": ["publicité", "publicidad", "pubblicità", "publicidade", "anuncio", "sponsorisé", "patrocinado"],
    "comments_patterns": [
        "^comentar este artículo", "^comentar$", "^commenter$", "^commentare$", "^debes (?:iniciar sesión|registrarte)", "^vous devez être connecté",
        "^vos réactions", "^laisser un commentaire", "^réagir", "^deja (?:una respuesta|un comentario)", "^para comentar debes", "^escribe tu comentario", "^lascia un commento", "^deixe (?:uma resposta|um comentário)", "^votre adresse (?:e-mail|de messagerie) ne sera pas publiée", "^tu dirección de correo electrónico no será publicada", "^o seu endereço de e-mail não será publicado", "^il tuo indirizzo email non sarà pubblicato",r"^\d+\s*(?:commentaires?|comentarios?|commenti|comentários?)$", r"^(?:commentaires?|comentarios?|commenti|comentários?|laisser un commentaire|deja un comentario|lascia un commento|deixe um comentário)$"],
    "copyright": ["tous droits réservés", "todos los derechos reservados", "tutti i diritti riservati", "todos os direitos reservados", "mentions légales", "aviso legal", "política de privacidad", "politique de confidentialité", "política de privacidade"],
    "promo": [
        "suivez-nous sur", "síguenos en", "seguici su",
        "abonnez-vous à notre newsletter", "inscrivez-vous à notre newsletter", "suscríbete a nuestro newsletter", "únete a nuestro canal", "síguenos", "suivez-nous", "siga-nos", "seguici","abonnez-vous", "s'abonner", "newsletter", "suscríbete", "suscribirse", "iscriviti", "assine", "inscreva-se"],
    "section_prefixes": [
        # Written without the space French puts before a colon: section.py reads 'Catégorie : …' too.
        "etiquetas:", "tags:", "mots-clés:", "palabras clave:", "temas:", "catégorie:", "catégories:", "étiquettes:", "categoría:", "categoria:", "tag:"],
    "author_headers": [
        "à propos de l'auteur", "a propos de l'auteur", "l'auteur", "sobre el autor", "sobre la autora", "el autor", "sobre o autor", "o autor", "l'autore", "sull'autore",
    ],
}
CUES["consent_notice"] = [
    r"\butilise des cookies", r"\butilisons des cookies", r"\baccepter\b", r"\bparamétrer\b", r"\btout refuser\b", r"\bconsentement\b",
    r"\butiliza(?:mos)? cookies", r"\baceptar\b", r"\bconfigurar cookies", r"\bpolítica de cookies", r"\butilizziamo (?:i )?cookie", r"\baccetta\b",
    r"\butilizamos cookies", r"\baceitar\b",
]
CUES["promo_words"] = [
    r"\bsuscr[ií]b", r"\bsuscripci[óo]n\b", r"\bnewsletter\b", r"\bboletín\b", r"\bperiodismo\b", r"\bún[ae]te\b", r"\btelegram\b",
    r"\bwhatsapp\b", r"\babonn", r"\bjournalisme\b", r"\binscri", r"\bdon\b(?![’'])", r"\bassine\b", r"\bjornalismo\b", r"\bcancela\b", r"\bcanal de youtube\b",
]
CUES["bio_patterns"] = [
    r"^(?-i:\p{Lu}[\p{L}.'-]+(?:\s\p{Lu}[\p{L}.'-]+){1,3})\s(?:est|es|è|é|travaille|trabaja|escribe|écrit)\s(?:un|une|le|la|el|journaliste|periodista|giornalista|jornalista)\b",
]
# The opening words of a comment form: they open a line even when a dump glued the form's parts together.
CUES["comment_form_patterns"] = [
    r"^laisser un commentaire", r"^deja (?:una respuesta|un comentario)", r"^lascia un commento", r"^deixe (?:uma resposta|um comentário)",
    r"^votre adresse (?:e-mail|de messagerie) ne sera pas publiée", r"^tu dirección de correo electrónico no será publicada",
]
