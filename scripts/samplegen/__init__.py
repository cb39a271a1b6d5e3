"""Fictional ModernGov-style sample packs and their ground truth; ``scripts/make_samples.py`` runs it."""
