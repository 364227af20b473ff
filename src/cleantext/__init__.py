"""cleantext: scraped web pages (text dumps or HTML) in, clean article bodies out.

    import cleantext
    doc = cleantext.clean(page)      # str or bytes; text or HTML, detected
    doc.body, doc.title, doc.meta, doc.blocks
"""

from .caches import reset_caches
from .cleaner import Cleaner, Failure, clean, clean_html, clean_text
from .errors import CleantextError, InputError
from .model import Block, Document, Label

__all__ = [
    "Block", "Cleaner", "CleantextError", "Document", "Failure", "InputError", "Label",
    "clean", "clean_html", "clean_text", "reset_caches",
]
__version__ = "0.1.0"
