"""What a parse writes and renders: atomic I/O, table files, summaries, page inspection."""
