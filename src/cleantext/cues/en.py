"""English cues. Phrases match whole lines (case-insensitive) unless the key says prefix."""

CUES = {
    # Words a sentence does not end on: a line ending with one continues on the next line
    # (a text-node dump breaks a sentence at every link or emphasis).
    "continuation_words": [
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but",
        "as", "into", "onto", "via", "than", "per", "upon", "nor", "whose", "my", "your",
        "our", "their", "his", "her", "its", "these", "those", "said", "says",
    ],
    "stopwords": [
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "but",
        "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his",
        "how", "i", "if", "in", "into", "is", "it", "its", "just", "more", "most", "my", "no", "not", "of",
        "on", "one", "or", "other", "our", "out", "she", "so", "some", "than", "that", "the", "their",
        "them", "then", "there", "these", "they", "this", "those", "to", "up", "was", "we", "were", "what",
        "when", "which", "who", "will", "with", "would", "you", "your", "while", "where", "because", "only",
        "over", "such", "said", "says", "very", "been", "being", "should", "may", "might", "must", "our",
    ],
    "related_headers": [
        "explore further", "more like this", "you may have missed",
        "more on", "more about", "more stories from", "related topics", "you may also be interested in", "people also read", "more in this category", "other stories", "latest", "recommended videos",
        "trending on the web", "more to explore", "you might like", "related reading", "related coverage", "popular", "most popular stories", "read more stories", "related videos", "more videos", "recommended reading", "more great stories", "we recommend", "what others are reading", "more top stories", "suggested articles", "related post", "further reading",
        "related", "related articles", "related article", "related stories", "related posts", "related content",
        "related news", "related links", "related topics", "related reading", "you may also like",
        "you might also like", "you may be interested in", "you might be interested in", "read more",
        "read next", "more from", "more stories", "more news", "more articles", "recommended",
        "recommended for you", "recommended stories", "recommended articles", "most popular", "most read",
        "most viewed", "most shared", "trending", "trending now", "also read", "see also", "top stories",
        "latest news", "latest stories", "latest articles", "latest posts", "popular posts", "popular stories",
        "recent posts", "recent articles", "recent stories", "more in", "more like this", "editor's picks",
        "editors' picks", "don't miss", "what to read next", "up next", "around the web", "from the web",
        "sponsored stories", "promoted stories", "more on this story", "more on this topic", "in case you missed it",
        "similar posts", "similar articles", "other articles", "keep reading", "elsewhere", "featured",
    ],
    "related_patterns": [r"^more (?:from|in|on|about) \S.{0,40}$", r"^(?:more|other) .{1,30} (?:stories|articles|news)$"],
    "related_prefixes": [
        "related coverage:", "read also", "more on this:", "see more:", "recommended reading:",
        "read more:", "read also:", "also read:", "see also:", "related:", "related article:", "related story:",
        "read next:", "more:", "recommended:", "read:", "watch:", "listen:", "further reading:", "also:",
        "main article:", "main articles:", "further information:",
    ],
    "share": [
        "share", "share this", "share this article", "share this story", "share this post", "share on facebook",
        "share on twitter", "share on linkedin", "share on whatsapp", "share via email", "share via",
        "tweet", "facebook", "twitter", "x", "linkedin", "whatsapp", "pinterest", "reddit", "email", "e-mail",
        "print", "copy link", "copy url", "link copied", "share:", "share this:", "like this:", "messenger",
        "telegram", "flipboard", "pocket", "tumblr", "mail", "save", "bookmark", "sms",
    ],
    "nav": [
        "continue reading", "read more", "read full article", "view comments", "report abuse", "reply", "quote", "permalink", "previous page", "next page", "previous story", "next story", "back to home", "back to news", "return to top", "jump to", "print this page", "print article", "edit", "log in to reply",
        "skip to content", "skip to main content", "skip to navigation", "skip navigation", "jump to content",
        "table of contents", "hide sources", "show sources",
        "menu", "main menu", "navigation", "search", "home", "homepage", "login", "log in", "sign in",
        "sign up", "register", "logout", "log out", "my account", "account", "close", "open", "toggle navigation",
        "back to top", "top", "next", "previous", "next post", "previous post", "next article",
        "previous article", "older posts", "newer posts", "go to", "sections", "topics", "more", "view all",
        "see all", "show more", "load more", "contact", "contact us", "about", "about us", "sitemap", "faq",
        "help", "index", "site map", "follow us", "search for:", "submit", "go", "cancel",
    ],
    "weather_conditions": [
        "sunny", "clear", "mostly sunny", "partly sunny", "cloudy", "partly cloudy", "mostly cloudy",
        "overcast", "rain", "light rain", "heavy rain", "showers", "snow", "light snow", "fog", "mist",
        "haze", "thunderstorms", "storms", "drizzle", "windy", "sleet", "hail",
    ],
    "weather_providers": ["weather provided by", "weather forecast", "weather", "forecast", "accuweather", "weather.com"],
    "board_header_words": [
        "no", "no.", "#", "title", "subject", "topic", "author", "writer", "poster", "posted by", "date",
        "views", "hits", "replies", "posts", "last post", "last reply", "started by", "votes", "reads",
    ],
    "byline_patterns": [
        r"^by\s+(?-i:\p{Lu})", r"^written by\s", r"^posted by\s", r"^author:\s", r"^words by\s", r"^story by\s",
        r"^reporting by\s", r"^edited by\s", r"^photos? by\s", r"^contributors?:\s",
        r"^\d{1,3}\s?min(?:ute)?s?\.? read$",  # the reading time beside the byline: '4 Min Read'
    ],
    "date_labels": ["published", "updated", "posted", "posted on", "last updated", "last modified", "modified", "published on", "date"],
    "date_prefixes": ["published", "updated", "posted on", "last updated", "last modified", "published on"],
    "caption_credits": [
        "getty images", "reuters", "ap", "ap photo", "afp", "afp via getty images", "epa", "shutterstock",
        "istock", "istockphoto", "alamy", "unsplash", "pexels", "wikimedia commons", "bloomberg", "pa",
        "pa images", "pa media", "the associated press", "associated press",
    ],
    "caption_patterns": [
        r"^(?:photograph|photo|illustration|image) by\b", r"^(?:featured|header|hero|lead) image\b",
        r"^(?:photo|image|picture|credit|photograph|illustration|source|graphic)\s*(?:credit)?\s*:",
        r"\((?:photo|image|picture|credit)s?(?: by|:)\s[^()]{1,60}\)\s*$",
        r"(?:photo|image|picture|credit)s?:?\s+(?:by\s+)?[\p{Lu}][^.]{0,60}(?:/\s?(?:getty images|reuters|ap|afp|shutterstock))\s*$",
        r"\b(?:ap photo|getty images|reuters|afp|shutterstock|istock)(?:/[\p{L} .'-]{1,40})?\)?\s*$",
        r"^click (?:here |on (?:the )?(?:image|photo|picture) )?to enlarge\b",
    ],
    "banner": ["advertisement", "advertising", "ad", "ads", "sponsored", "sponsored content", "promoted", "paid content", "partner content", "story continues below advertisement"],
    "comments_patterns": [
        "^you must be logged in", "^log in to (?:comment|reply)", "^add your comment", "^post comment$", "^submit comment$",
        "^leave a (?:reply|comment)", "^your email address will not be published", "^\\d+\\s+(?:thoughts|responses|replies|comments) (?:on|to)\\b", "^(?:one|two|three) (?:thoughts?|responses?|replies|comments?) (?:on|to)\\b", "^comment by\\b", "^pingback:", "^trackback", "^reader comments", "^discussion$", "^join the conversation$", "^what do you think\\??$", "^have your say$", "^cancel reply$",
        r"^\d+\s*(?:comments?|replies|responses)$", r"^(?:no|one)\s+(?:comments?|responses?)(?:\s+yet)?$",
        r"^(?:comments?|leave a comment|leave a reply|post a comment|add a comment|write a comment|join the discussion|show comments|view comments)(?:\s*\(\d+\))?$",
        r"^comments are closed", r"^you must be logged in to post a comment",
    ],
    "copyright": ["all rights reserved", "powered by", "privacy policy", "terms of use", "terms of service", "terms and conditions", "cookie policy", "cookie settings", "proudly powered by"],
    "copyright_patterns": [r"^(?:\(c\)|copyright)\s", r"\bprotected by recaptcha\b"],
    "promo": [
        "follow us on", "rate this article", "rate this post", "how useful was this post",
        "like recipe?", "like this recipe?", "rate this recipe", "print recipe", "jump to recipe", "did you like this article?", "enjoyed this article?", "share this article",
        "was this article helpful", "did you find this article helpful", "support our journalism", "subscribe to our newsletter", "sign up for our newsletter", "get our newsletter", "buy now", "shop now", "learn more", "find out more", "download now", "register now", "join now", "get started", "try it free", "start your free trial",
        "subscribe", "subscribe now", "sign up", "newsletter", "sign up for our newsletter", "get the app",
        "download the app", "follow us", "follow us on twitter", "follow us on facebook", "like us on facebook",
        "join our newsletter", "become a member", "support us", "donate",
    ],
    "promo_patterns": [
        r"^(?:sign up|subscribe|register)\b.{0,80}(?:newsletter|updates|inbox|email)", r"^get (?:our|the) .{0,40}newsletter",
        r"^(?:click|tap) here to", r"^follow .{1,40} on (?:twitter|facebook|instagram|x)\b",
        # Affiliate disclosures, paywall offers, sign-up consent, appeals after the article.
        r"\b(?:we|i) (?:may |might |will )?(?:earn|receive|get) (?:a )?(?:small )?(?:commission|compensation)\b",
        r"\b(?:contains?|includes?) (?:affiliate links|references to products)\b",
        r"^(?:to (?:view|read|continue reading) (?:the|this) (?:full )?(?:story|article)|(?:instant|immediate) (?:online )?access to)\b",
        r"^by (?:signing up|subscribing|submitting|registering|clicking)\b.{0,200}\b(?:agree|accept|consent)",
        r"^if you (?:enjoyed|liked) (?:reading )?this (?:post|article|story)\b",
        # a rating widget's placeholder ('Rate this post (12 votes: 4.5 of 5) Loading...'), in any
        # page language: the plugins print it in English
        r"\bloading\s?(?:\.{3}|…)$",
    ],
    "section_prefixes": ["category:", "categories:", "tags:", "tagged:", "tagged with:", "filed under:", "filed under", "topics:", "posted in", "categories", "tags"],
    "author_headers": [
        "about the author", "about the authors", "author bio", "author", "authors", "more from this author", "more by this author", "written by", "about the writer",
    ],
}
CUES["consent_notice"] = [
    r"\bwe use cookies", r"\b(?:site|website) uses cookies", r"\buse of cookies", r"\baccept(?: all)?(?: cookies)?\b",
    r"\bcookie (?:settings|preferences|policy|consent)", r"\bby (?:continuing|clicking|using)\b", r"\bmanage (?:cookies|preferences|consent)",
]
# Words of calls to action: a line at the edge of the article holding one is a promo, not prose.
CUES["promo_words"] = [
    r"\bsubscrib(?:e|er|ers|ing|tion)\b", r"\bnewsletters?\b", r"\bsign(?:ing)? up\b", r"\blog ?in\b", r"\bdownload (?:the|our)\b",
    r"\btelegram\b", r"\bwhatsapp\b", r"\bdonat(?:e|ion)\b", r"\bsupport (?:us|our)\b", r"\bfollow us\b",
    r"\bemail address\b", r"\binbox\b", r"\bfull story\b", r"\bjournalism\b", r"\bsponsored\b", r"\badvertis",
    r"\bletters? to the editor\b", r"\bcreative commons\b", r"\bpodcasts?\b", r"\byoutube channel\b",
]
# An author bio closing an article: 'Jane Doe is a reporter at …', 'Jane Doe has written for …'.
CUES["bio_patterns"] = [
    r"^(?-i:\p{Lu}[\p{L}.'-]+(?:\s\p{Lu}[\p{L}.'-]+){1,3})\s(?:is|was|has been|has written|writes|works|covers|joined)\s",
    r"^(?:about the author|the author|author bio)\b",
]
# The opening words of a comment form: they open a line even when a dump glued the form's parts together.
CUES["comment_form_patterns"] = [
    r"^leave a (?:reply|comment)\b", r"^your email address will not be published", r"^you must be logged in to (?:post|leave) a comment",
    r"^cancel reply\b",
]
