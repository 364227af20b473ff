"""Errors for bad input: one clear sentence, never a traceback."""

from __future__ import annotations


class CleantextError(Exception):
    """Base class of every error cleantext raises on purpose."""


class InputError(CleantextError, ValueError):
    """The input cannot be read as a web page (binary data, undecodable bytes, wrong type)."""


class PageTimeout(CleantextError):
    """A page ran past the Cleaner's time budget (``Cleaner(timeout=...)``)."""
