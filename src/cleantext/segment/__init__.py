"""Segmenters: each turns one kind of input into the shared list of blocks."""
