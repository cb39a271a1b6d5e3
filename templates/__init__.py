"""Jinja2 templates of every rendered view (installed as package data of agendapack)."""
