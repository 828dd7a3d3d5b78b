#!/usr/bin/env python3
"""Draws matrix résumés (the ID.json of MatrixSources) to PDF with ReportLab's Platypus, as a Python
résumé generator would: Paragraphs with bullet text, a Table for dates set right or in a gutter, Frames
for two columns and a sidebar.

usage: reportlab_render.py SOURCES_DIR OUT_DIR LAYOUT [ID ...]   (default: every ID.json)
Fonts: DejaVu Sans (fonts-dejavu-core), IPAGothic (fonts-ipafont-gothic) for ja, NanumGothic (fonts-nanum) for ko.
"""
import json, os, sys
from xml.sax.saxutils import escape
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

FONTS = {
    "latin": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
              "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"),
    "ja": ("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",) * 3,
    "ko": ("/usr/share/fonts/truetype/nanum/NanumGothic.ttf", "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf",
           "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"),
}

def fonts(lang):
    key = lang if lang in ("ja", "ko") else "latin"
    names = (key + "-r", key + "-b", key + "-i")
    for name, path in zip(names, FONTS[key]):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))
    pdfmetrics.registerFontFamily(names[0], normal=names[0], bold=names[1], italic=names[2], boldItalic=names[1])
    return names

def render(model, out, layout):
    r, b, i = fonts(model["language"])
    body = ParagraphStyle("body", fontName=r, fontSize=9.5, leading=12.5)
    bold = ParagraphStyle("bold", parent=body, fontName=b)
    italic = ParagraphStyle("italic", parent=body, fontName=i)
    right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2, bulletFontName=r)
    name = ParagraphStyle("name", parent=body, fontName=b, fontSize=18, leading=22)
    heading = ParagraphStyle("heading", parent=body, fontName=b, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=3)
    P = lambda text, style: Paragraph(escape(text), style)

    def entry(e):
        head = [P(l["text"], bold if l["bold"] else italic if l["italic"] else body) for l in e["head"]]
        dates = e.get("dates")
        lines = []
        if layout == "dates-right" and dates:
            lines.append(Table([[head[0], P(dates, right)]], colWidths=["68%", "32%"],
                               style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)])))
            lines += head[1:]
        else:
            lines += head
            if dates and layout != "dates-gutter":
                lines.append(P(dates, body))
        lines += [Paragraph(escape(t), bullet, bulletText=model["bullet"]) for t in e["bullets"]]
        if layout == "dates-gutter":
            return [Table([[P(dates or "", body), lines]], colWidths=["22%", "78%"],
                          style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])), Spacer(1, 5)]
        return lines + [Spacer(1, 5)]

    header = [P(model["name"], name), P(model["contact"], body)]
    exp = [P(model["experience"], heading)] + [f for e in model["entries"] for f in entry(e)]
    skills = [P(model["skillsHeading"], heading), P(model["skills"], body)]
    W, H = A4
    m = 16 * mm
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=m, rightMargin=m, topMargin=m, bottomMargin=m,
                          title=model["name"], creator="ReportLab")
    w, h = W - 2 * m, H - 2 * m
    if layout == "two-column":
        top = 22 * mm
        frames = [Frame(m, H - m - top, w, top, id="head"), Frame(m, m, w * 0.62, h - top, id="left"),
                  Frame(m + w * 0.66, m, w * 0.34, h - top, id="right")]
        story = header + [FrameBreak()] + exp + [FrameBreak()] + skills
    elif layout == "sidebar":
        frames = [Frame(m, m, w * 0.28, h, id="side"), Frame(m + w * 0.32, m, w * 0.68, h, id="main")]
        story = [P(model["contact"], body)] + skills + [FrameBreak(), P(model["name"], name)] + exp
    else:
        frames = [Frame(m, m, w, h, id="page")]
        story = header + exp + skills
    doc.addPageTemplates([PageTemplate(frames=frames)])
    doc.build(story)

def main():
    src, out, layout = sys.argv[1], sys.argv[2], sys.argv[3]
    ids = sys.argv[4:] or sorted(f[:-5] for f in os.listdir(src) if f.endswith(".json") and not f.endswith(".gold.json"))
    os.makedirs(out, exist_ok=True)
    for id in ids:
        with open(os.path.join(src, id + ".json"), encoding="utf-8") as f:
            render(json.load(f), os.path.join(out, id + "." + layout + ".pdf"), layout)

if __name__ == "__main__":
    main()
