"""The PDF page model and the engines that read it (PDFium, pdfplumber)."""
