"""Extractors: pure functions from page content to records, one family per subpackage."""
