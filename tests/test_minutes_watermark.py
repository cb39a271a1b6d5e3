"""A "DRAFT" watermark set diagonally across a page of minutes (fictional council): its letters are
many times the text's height and pdfminer counts them upright; they must not glue the lines they
cross into one, so the minute headings and the attendance list are still read."""

from fpdf import FPDF

from agendapack.pipeline.stages import parse_pack, read_text_layer


def _draft_minutes(path, watermark: bool):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "MINUTES OF THE BRAMLEY PARISH COUNCIL MEETING HELD ON 3RD APRIL 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.cell(0, 6, "Present:", new_x="LMARGIN", new_y="NEXT")
    for name in ("Ruth Pell (RP) CHAIR", "Owen Tate (OT)", "Lena Fry (LF)"):
        pdf.cell(0, 6, name, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    items = [("04.25.01", "Apologies", "No apologies had been received."),
             ("04.25.02", "Declarations of interest", "There were no declarations of interest."),
             ("04.25.03", "Highways", "The Clerk reported the blocked drain on Mill Lane to the county council."),
             ("04.25.04", "Finance", "The accounts for payment were checked and signed.")]
    for number, title, text in items:
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(25, 6, number)
        pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
        pdf.set_x(pdf.l_margin + 25)
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    if watermark:
        pdf.set_text_color(200, 200, 200)
        pdf.set_font("Helvetica", "B", 110)
        with pdf.rotation(40, 50, 190):
            pdf.text(50, 190, "DRAFT")
    pdf.output(str(path))


def test_a_diagonal_watermark_does_not_glue_the_lines_it_crosses(tmp_path):
    path = tmp_path / "draft.pdf"
    _draft_minutes(path, watermark=True)
    texts = [ln.text for p in read_text_layer(path).pages for ln in p.lines]
    assert "Owen Tate (OT)" in texts and any(t.startswith("04.25.03") for t in texts), texts
    pack = parse_pack(path)
    items = [(it.number, it.title) for m in pack.minutes for it in m.items]
    assert items == [("04.25.01", "Apologies"), ("04.25.02", "Declarations of interest"), ("04.25.03", "Highways"),
                     ("04.25.04", "Finance")]
    assert {a.name for m in pack.minutes for a in m.attendance if a.status == "present"} == {"Ruth Pell", "Owen Tate", "Lena Fry"}
