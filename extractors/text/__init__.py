"""The text layer (lines, words, running headers, printed page numbers) and dates."""
