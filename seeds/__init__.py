"""Bundled sample articles and alias/cue files (package data)."""
