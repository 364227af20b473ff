"""cleantext: scraped web pages (text dumps or HTML) in, clean article bodies out.

    import cleantext
    doc = cleantext.clean(page)      # str or bytes; text or HTML, detected
    doc.body, doc.title, doc.meta, doc.blocks
"""

from .caches import reset_caches
from .cleaner import Cleaner, Failure, clean, clean_html, clean_text
from .errors import CleantextError, InputError, PageTimeout
from .model import Block, Document, Label
from .page import Page

__all__ = [
    "Block", "Cleaner", "CleantextError", "Document", "Failure", "InputError", "Label", "Page", "PageTimeout",
    "clean", "clean_html", "clean_text", "reset_caches",
]
__version__ = "0.1.0"
