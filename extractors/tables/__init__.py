"""Tables: ruled grids and text-aligned tables, joined across pages, classified, filed as records."""
