"""The published JSON Schema of pack.json (installed as package data of agendapack)."""
