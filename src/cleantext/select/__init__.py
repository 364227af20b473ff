"""Body selection: the article is one region; the title zone sits right above it."""
