"""Cyngor Tref Llanfedwen / Llanfedwen Town Council: a fictional Welsh town council that prints
bilingual (Welsh first, then English) papers for its monthly meeting of the Full Council.

Everything here is invented: the town, the county ("Glanhafren"), the people, the addresses,
the planning applications and every amount.

The PDFs:

* agendas/llanfedwen-town-council_full-council_2024-10-14_agenda.pdf
  Letterhead, the Clerk's bilingual summons printed in two columns (Cymraeg | English), then the
  "RHAGLEN / AGENDA": seventeen numbered items with bilingual bold headings ("9. Ceisiadau
  Cynllunio / Planning Applications"), Welsh and English explanatory lines under each, the
  planning applications listed as unnumbered lines under item 9, finance sub-items 10.1-10.3, and
  a "RHAN 2 / PART 2" banner before the exempt staffing item. No page references.

* minutes/llanfedwen-town-council_full-council_2024-10-14_minutes.pdf
  Minutes of the same meeting: attendance block (Yn bresennol / Present with Cyng./Cllr. before
  names and the Maer / Mayor noted; Ymddiheuriadau / Apologies; Absennol / Absent; Hefyd yn
  bresennol / Also present; Yn gweinyddu / In attendance), then minutes 24/112 to 24/128 with
  capitalised bilingual headings, Welsh paragraphs followed by the English in italics,
  "PENDERFYNWYD / RESOLVED:" decisions (some with (i), (ii) ... parts), a show-of-hands vote
  "O blaid / For: 6, Yn erbyn / Against: 3, Ymatal / Abstained: 1", a lost amendment and a
  recorded (named) vote, a planning applications table with the council's comment and a schedule
  of payments table. Chair's initials line in every footer.

* packs/llanfedwen-town-council_full-council_2024-11-11_agenda-pack.pdf
  The agenda pack for the following meeting: summons and agenda with a "Tud. / Page" column, then
  Atodiad A (planning applications received, a table over two pages), Atodiad B (schedule of
  payments, a table over two pages) and Atodiad C (budget monitoring with INCWM / INCOME and
  GWARIANT / EXPENDITURE banner rows).
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

COUNCIL = "llanfedwen-town-council"
BODY = "full-council"
BODY_NAME = "Full Council"
OCT = "2024-10-14"
NOV = "2024-11-11"
CLERK = {"name": "Siân Prosser", "phone": "01632 960418", "email": "clerc@cyngortrefllanfedwen.cymru"}
IND = 22  # hanging indent of minute text under the minute number

NO_OBJ = "Dim gwrthwynebiad / No objection"


def _fname(date: str, kind: str) -> str:
    return f"{COUNCIL}_{BODY}_{date}_{kind}.pdf"


# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------

# (name, printed role, gold role)
PRESENT = [
    ("Elin Pryce-Morgan", "Maer / Mayor - Cadeirydd / Chair", "Mayor (Chair)"),
    ("Huw Bevan", "Dirprwy Faer / Deputy Mayor", "Deputy Mayor"),
    ("Alun Gwilym", None, None),
    ("Bethan Rees-Owen", None, None),
    ("Carys Tudur", None, None),
    ("Dewi Maddocks", None, None),
    ("Gwenllian Hopcyn", None, None),
    ("Ifan Prydderch", None, None),
    ("Mared Llywelyn", None, None),
    ("Rhodri Penrhyn", None, None),
    ("Tomos Cadwaladr", None, None),
]
APOLOGIES = ["Sioned Garmon", "Emrys Watcyn"]
ABSENT = ["Llion Ffowc"]
ALSO_PRESENT = [
    ("Glesni Arfon", "Cyng. Sir / County Cllr.", "County Councillor", "(Ward Llanfedwen)"),
    ("Dafydd Rowlands", "SCCH / PCSO", "PCSO", "(Heddlu Glanhafren / Glanhafren Police)"),
]
IN_ATTENDANCE = [
    ("Siân Prosser", "Clerc y Dref / Town Clerk", "Town Clerk"),
    ("Owain Pugh", "Dirprwy Glerc / Deputy Clerk", "Deputy Clerk"),
]

# --------------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------------

PLANNING_OCT = [
    ("24/0431/FUL", "12 Heol y Gaer, Llanfedwen",
     "Estyniad deulawr yn y cefn / Two-storey rear extension", NO_OBJ),
    ("24/0438/LBC", "Y Llew Coch, 7 Stryd Fawr",
     "Gosod arwydd newydd wedi'i oleuo ar y ffasâd blaen / Installation of a new illuminated sign on "
     "the front elevation", NO_OBJ),
    ("24/0442/HH", "Bryn Eithin, Lôn y Wern",
     "Ystafell haul ac ail-leoli garej ar wahân / Conservatory and relocation of detached garage", NO_OBJ),
    ("24/0450/TPO", "Tir ger Capel Bethesda, Heol y Capel / Land adjacent to Bethesda Chapel, Heol y Capel",
     "Torri un goeden onnen (GCC 17) / Felling of one ash tree (TPO 17)",
     "Dim gwrthwynebiad, yn amodol ar blannu coeden newydd / No objection, subject to replacement planting"),
    ("24/0457/FUL", "Cae Glas, Ffordd yr Orsaf",
     "Codi chwe chaban gwyliau, ffordd fynediad a lle parcio / Erection of six holiday lodges, access road "
     "and parking", "Gwrthwynebu - gweler isod / Object - see below"),
    ("24/0461/ADV", "Uned 3, Parc Busnes y Felin",
     "Arwydd ar bolyn wrth y fynedfa / Pole-mounted sign at the entrance", NO_OBJ),
]
PLANNING_OCT_COLS = [("Rhif y Cais", "Application No."), ("Lleoliad", "Location"), ("Cynnig", "Proposal"),
                     ("Sylwadau'r Cyngor", "Council's Comments")]

# (payee, details, method, amount in pence)
PAYMENTS_OCT = [
    ("Cyflogau staff / Staff salaries", "Cyflogau mis Medi / September salaries", "BACS", 321460),
    ("CThEF / HMRC", "TWE ac Yswiriant Gwladol / PAYE and National Insurance", "BACS", 89642),
    ("Cronfa Bensiwn Glanhafren", "Cyfraniadau pensiwn Medi / September pension contributions", "BACS", 61218),
    ("Ynni Glan Cyf.", "Trydan Neuadd y Dref / Town Hall electricity", "DD", 28491),
    ("Dyfroedd Glanhafren Cyf.", "Dwr a charthffosiaeth / Water and sewerage", "DD", 6733),
    ("Gerddi Pen-y-Bryn", "Torri gwair - Medi / Grass cutting - September", "BACS", 72000),
    ("Argraffwyr y Dref", "Argraffu cylchlythyr yr hydref / Printing of autumn newsletter", "BACS", 46500),
    ("Swyddfa Gyflenwi Cyf.", "Deunydd swyddfa / Office stationery", "Cerdyn / Card", 5874),
    ("Cymdeithas Cynghorau Lleol", "Ffi cynhadledd ardal (2 aelod) / Area conference fee (2 members)",
     "BACS", 9000),
    ("Trydanwyr Cynfelyn", "Atgyweirio golau stryd, Lôn y Wern / Street light repair, Lôn y Wern",
     "BACS", 31250),
    ("Banc y Dyffryn", "Ffioedd banc / Bank charges", "DD", 1800),
    ("Neuadd Goffa Llanfedwen", "Llogi neuadd - Diwrnod Hwyl / Hall hire - Fun Day", "BACS", 12000),
]
PAYMENTS_OCT_COLS = [("Derbynnydd", "Payee"), ("Manylion", "Details"), ("Dull", "Method"),
                     ("Swm", "Amount (£)")]

PLANNING_NOV = [
    ("24/0466/HH", "08/10/2024", "5 Maes yr Ysgol, Llanfedwen",
     "Estyniad un llawr yn y cefn a dwy ffenestr do / Single-storey rear extension and two roof lights"),
    ("24/0470/FUL", "10/10/2024", "Ysgubor Tyddyn Ucha, Lôn y Wern",
     "Trosi ysgubor gerrig segur yn annedd tair ystafell wely gyda lle parcio, gardd breifat a gwaith "
     "trin carthion / Conversion of a redundant stone barn into a three-bedroom dwelling with parking, "
     "private garden and a package treatment plant"),
    ("24/0473/LBC", "11/10/2024", "Hen Swyddfa'r Post, 22 Stryd Fawr",
     "Amnewid ffenestri pren y llawr cyntaf gyda ffenestri codi pren o'r un patrwm / Replacement of "
     "first-floor timber windows with matching timber sash windows"),
    ("24/0478/HH", "15/10/2024", "Gwêl y Môr, 3 Rhes y Cei",
     "Codi balconi ar y drychiad blaen / Erection of a balcony to the front elevation"),
    ("24/0481/FUL", "16/10/2024", "Tir i'r de o Heol y Gaer / Land south of Heol y Gaer",
     "Codi naw annedd fforddiadwy, gan gynnwys ffordd fynediad newydd, llwybr troed cysylltiedig a "
     "thirlunio / Erection of nine affordable dwellings, including a new access road, linking footway "
     "and landscaping"),
    ("24/0484/TPO", "18/10/2024", "Plas Glanrhyd, Ffordd yr Orsaf",
     "Tocio coron dwy goeden dderw (GCC 9) / Crown reduction of two oak trees (TPO 9)"),
    ("24/0490/ADV", "21/10/2024", "Siop y Gornel, 1 Stryd y Bont",
     "Arwydd ffasgia heb ei oleuo / Non-illuminated fascia sign"),
    ("24/0493/FUL", "23/10/2024", "Gorsaf Betrol Llanfedwen, Ffordd yr Orsaf",
     "Gosod pedwar pwynt gwefru cerbydau trydan, is-orsaf drydan a chanopi gyda phaneli solar / "
     "Installation of four electric vehicle charging points, electricity substation and canopy with "
     "solar panels"),
    ("24/0497/HH", "25/10/2024", "Bryn Awel, 14 Heol y Capel",
     "Garej ar wahân ac ystafell gemau uwchben / Detached garage with games room over"),
    ("24/0502/CAC", "28/10/2024", "Capel Seion (segur / disused), Heol y Capel",
     "Dymchwel festri unllawr yn y cefn o fewn yr ardal gadwraeth / Demolition of single-storey rear "
     "vestry within the conservation area"),
    ("24/0505/FUL", "30/10/2024", "Fferm Pant yr Hwch, Llanfedwen",
     "Adeilad amaethyddol newydd ar gyfer storio peiriannau a phorthiant / New agricultural building "
     "for the storage of machinery and fodder"),
    ("24/0508/HH", "31/10/2024", "Tan y Castell, 9 Heol y Gaer",
     "Newid to fflat yn do ar oleddf gyda llechi naturiol / Replacement of flat roof with pitched natural "
     "slate roof"),
    ("24/0511/FUL", "31/10/2024", "Maes Parcio'r Cei / Quay Car Park",
     "Gosod dau gaban storio ar gyfer y clwb cychod am gyfnod dros dro o dair blynedd / Siting of two "
     "storage containers for the sailing club for a temporary period of three years"),
    ("24/0514/LBC", "01/11/2024", "Neuadd y Farchnad, Stryd Fawr",
     "Atgyweirio'r cloc a'r twr bach / Repairs to the clock and cupola"),
    ("24/0517/HH", "01/11/2024", "Llys Meillion, Lôn y Wern",
     "Pwmp gwres ffynhonnell aer ar y drychiad ochr / Air source heat pump to side elevation"),
]
PLANNING_NOV_COLS = [("Rhif y Cais", "Application No."), ("Derbyniwyd", "Received"),
                     ("Lleoliad", "Location"), ("Cynnig", "Proposal")]

# (date, payee, details, net pence, vat pence)
PAYMENTS_NOV = [
    ("01/11/2024", "Cyflogau staff / Staff salaries", "Cyflogau Hydref / October salaries", 321460, 0),
    ("01/11/2024", "CThEF / HMRC", "TWE ac YG / PAYE and NI", 89642, 0),
    ("01/11/2024", "Cronfa Bensiwn Glanhafren", "Cyfraniadau Hydref / October contributions", 61218, 0),
    ("04/11/2024", "Ynni Glan Cyf.", "Trydan Neuadd y Dref / Town Hall electricity", 27134, 1357),
    ("04/11/2024", "Ynni Glan Cyf.", "Trydan goleuadau stryd / Street lighting electricity", 41280, 2064),
    ("04/11/2024", "Dyfroedd Glanhafren Cyf.", "Dwr / Water - Parc y Felin", 3411, 0),
    ("05/11/2024", "Gerddi Pen-y-Bryn", "Torri gwair - Hydref / Grass cutting - October", 60000, 12000),
    ("05/11/2024", "Gerddi Pen-y-Bryn", "Plannu bylbiau'r gwanwyn / Spring bulb planting", 27500, 5500),
    ("06/11/2024", "Goleuadau Gwyl Cyf.", "Goleuadau Nadolig - blaendal / Christmas lights - deposit",
     150000, 30000),
    ("06/11/2024", "Llanfedwen Scaffaldiau", "Sgaffald y goeden Nadolig / Christmas tree scaffold", 38000, 7600),
    ("07/11/2024", "Meithrinfa Coed y Llan", "Coeden Nadolig 6m / 6m Christmas tree", 42000, 8400),
    ("07/11/2024", "Swyddfa Gyflenwi Cyf.", "Papur ac inc / Paper and ink", 4625, 925),
    ("07/11/2024", "Argraffwyr y Dref", "Posteri'r Ffair Aeaf / Winter Fair posters", 8500, 1700),
    ("08/11/2024", "Cymdeithas Cynghorau Lleol", "Hyfforddiant cynghorwyr / Councillor training", 12000, 0),
    ("08/11/2024", "Archwilio Mewnol Dyfnant", "Archwiliad interim / Interim internal audit", 32500, 6500),
    ("08/11/2024", "Yswiriant Cymunedol Cyf.", "Yswiriant digwyddiad y Ffair Aeaf / Winter Fair event cover",
     18500, 0),
    ("08/11/2024", "Trydanwyr Cynfelyn", "Prawf PAT / PAT testing - Neuadd y Dref", 9500, 1900),
    ("08/11/2024", "Glanhau Glân", "Glanhau Neuadd y Dref - Hydref / Town Hall cleaning - October",
     36000, 0),
    ("08/11/2024", "Banc y Dyffryn", "Ffioedd banc / Bank charges", 1800, 0),
    ("08/11/2024", "Côr Merched Llanfedwen", "Grant (cofnod / minute 24/122)", 40000, 0),
    ("08/11/2024", "Clwb Bowlio Llanfedwen", "Grant (cofnod / minute 24/122)", 75000, 0),
    ("08/11/2024", "Neuadd Goffa Llanfedwen", "Llogi neuadd - Ffair Aeaf / Hall hire - Winter Fair", 15000, 0),
    ("08/11/2024", "Cwmni Toiledau Symudol", "Toiledau dros dro - Ffair Aeaf / Temporary toilets - Winter "
     "Fair", 27000, 5400),
    ("08/11/2024", "Gwasanaethau TG Teifion", "Cynnal a chadw'r wefan / Website maintenance", 6000, 1200),
    ("08/11/2024", "Siân Prosser", "Costau teithio'r Clerc / Clerk's travel expenses", 3870, 0),
    ("08/11/2024", "Cyngor Sir Glanhafren", "Casglu gwastraff masnachol / Trade waste collection", 11240, 0),
]
PAYMENTS_NOV_COLS = [("Dyddiad", "Date"), ("Derbynnydd", "Payee"), ("Manylion", "Details"),
                     ("Net", "£"), ("TAW", "VAT £"), ("Cyfanswm", "Gross £")]

# (banner, [(heading, budget, spent)]) in whole pounds
BUDGET_NOV = [
    ("INCWM / INCOME", [
        ("Praesept / Precept", 186500, 93250),
        ("Llogi Neuadd y Dref / Town Hall lettings", 9000, 5115),
        ("Llog banc / Bank interest", 1200, 884),
    ]),
    ("GWARIANT / EXPENDITURE", [
        ("Staff / Staffing", 88400, 50612),
        ("Neuadd y Dref / Town Hall", 21500, 12047),
        ("Goleuadau stryd / Street lighting", 16000, 8870),
        ("Mannau agored a pharciau / Open spaces and parks", 18500, 11958),
        ("Goleuadau Nadolig / Christmas lights", 9500, 1800),
        ("Digwyddiadau / Events", 7000, 4212),
        ("Grantiau (a.137) / Grants (s.137)", 8000, 5650),
        ("Yswiriant / Insurance", 4300, 4188),
        ("Archwilio / Audit", 2200, 325),
        ("Gweinyddiaeth a TG / Administration and IT", 6100, 3349),
        ("Hyfforddiant / Training", 1500, 710),
        ("Cronfa wrth gefn / Contingency", 4000, 0),
    ]),
]
BUDGET_NOV_COLS = [("Pennawd y Gyllideb", "Budget Heading"), ("Cyllideb", "Budget £"),
                   ("Hyd yma", "To date £"), ("Gweddill", "Remaining £"), ("Canran", "%")]

# printed page ranges of the tables (the renderer checks them)
PAGES = {
    "planning_oct": (3, 3),
    "payments_oct": (4, 4),
    "planning_nov": (3, 4),
    "payments_nov": (5, 6),
    "budget_nov": (7, 7),
}


def _money(pence: int) -> str:
    return f"{pence / 100:,.2f}"


def _pounds(value: int) -> str:
    return f"{value:,}"


def _planning_oct_rows() -> list[list[str]]:
    return [list(r) for r in PLANNING_OCT]


def _payments_oct_rows() -> list[list[str]]:
    return [[p, d, m, _money(a)] for p, d, m, a in PAYMENTS_OCT]


def _planning_nov_rows() -> list[list[str]]:
    return [list(r) for r in PLANNING_NOV]


def _payments_nov_rows() -> list[list[str]]:
    return [[d, p, t, _money(n), _money(v), _money(n + v)] for d, p, t, n, v in PAYMENTS_NOV]


def _budget_rows() -> list[tuple[str | None, list[str]]]:
    """(banner, None) rows and (None, cells) data rows, in printed order."""
    out: list[tuple[str | None, list[str]]] = []
    for banner, rows in BUDGET_NOV:
        out.append((banner, []))
        for head, budget, spent in rows:
            pct = f"{round(100 * spent / budget)}%" if budget else "-"
            out.append((None, [head, _pounds(budget), _pounds(spent), _pounds(budget - spent), pct]))
    return out


OCT_TOTAL = sum(a for *_, a in PAYMENTS_OCT)
NOV_NET = sum(n for *_, n, _v in PAYMENTS_NOV)
NOV_VAT = sum(v for *_, v in PAYMENTS_NOV)

# --------------------------------------------------------------------------------------------
# Agendas
# --------------------------------------------------------------------------------------------


def _item(number, cy, en, desc_cy="", desc_en="", parent=None, part="public", topics=(), pages=None,
          banner=None):
    return {"number": number, "cy": cy, "en": en, "desc_cy": desc_cy, "desc_en": desc_en,
            "parent": parent, "part": part, "topics": list(topics), "pages": pages, "banner": banner}


MOTION_CY = ("Bod Cyngor Tref Llanfedwen yn cyflwyno datganiad o ddiddordeb i Gyngor Sir Glanhafren i gymryd "
             "Pafiliwn Cae'r Ffair drosodd drwy drosglwyddiad ased cymunedol, ac yn sefydlu gweithgor o "
             "bedwar aelod i baratoi cynllun busnes.")
MOTION_EN = ("That Llanfedwen Town Council submits an expression of interest to Glanhafren County Council to "
             "take over Cae'r Ffair Pavilion by way of a community asset transfer, and establishes a working "
             "group of four members to prepare a business plan.")

AGENDA_OCT = [
    _item("1", "Croeso a Chyhoeddiadau'r Maer", "Welcome and Mayor's Announcements"),
    _item("2", "Ymddiheuriadau", "Apologies for Absence",
          "Derbyn ymddiheuriadau a chymeradwyo'r rhesymau am absenoldeb.",
          "To receive apologies and to approve the reasons for absence."),
    _item("3", "Datgan Buddiant", "Declarations of Interest",
          "Derbyn datganiadau o fuddiant personol a rhagfarnol yn unol â Chod Ymddygiad yr Aelodau.",
          "To receive declarations of personal and prejudicial interest in accordance with the Members' "
          "Code of Conduct."),
    _item("4", "Fforwm Cyhoeddus", "Public Forum",
          "Cyfle i aelodau'r cyhoedd annerch y Cyngor (uchafswm o 15 munud).",
          "An opportunity for members of the public to address the Council (maximum 15 minutes)."),
    _item("5", "Adroddiad yr Heddlu", "Police Report",
          "Derbyn adroddiad troseddau mis Medi gan y Swyddog Cymorth Cymunedol.",
          "To receive the September crime report from the Police Community Support Officer."),
    _item("6", "Cofnodion y Cyfarfod Blaenorol", "Minutes of the Previous Meeting",
          "Cymeradwyo cofnodion Cyfarfod Misol y Cyngor a gynhaliwyd ar 9 Medi 2024 (amgaeedig).",
          "To approve the minutes of the Monthly Meeting of the Council held on 9 September 2024 (enclosed)."),
    _item("7", "Materion yn Codi", "Matters Arising",
          "Materion yn codi o'r cofnodion, er gwybodaeth yn unig.",
          "Matters arising from the minutes, for information only."),
    _item("8", "Adroddiad y Cynghorydd Sir", "County Councillor's Report"),
    _item("9", "Ceisiadau Cynllunio", "Planning Applications",
          "Ystyried y ceisiadau canlynol a dderbyniwyd gan Gyngor Sir Glanhafren:",
          "To consider the following applications received from Glanhafren County Council:",
          topics=[f"{ref}   {loc} - {prop}" for ref, loc, prop, _c in PLANNING_OCT]),
    _item("10", "Cyllid", "Finance"),
    _item("10.1", "Taliadau i'w Cymeradwyo", "Payments for Approval",
          "Cymeradwyo'r rhestr o daliadau ar gyfer mis Hydref (amgaeedig).",
          "To approve the schedule of payments for October (enclosed).", parent="10"),
    _item("10.2", "Cysoni'r Cyfrif Banc", "Bank Reconciliation",
          "Derbyn y cysoniad banc hyd at 30 Medi 2024.",
          "To receive the bank reconciliation to 30 September 2024.", parent="10"),
    _item("10.3", "Monitro'r Gyllideb", "Budget Monitoring",
          "Derbyn adroddiad monitro'r gyllideb hyd at 30 Medi 2024.",
          "To receive the budget monitoring report to 30 September 2024.", parent="10"),
    _item("11", "Ceisiadau am Grant", "Grant Applications",
          "Ystyried ceisiadau gan Gôr Merched Llanfedwen a Chlwb Bowlio Llanfedwen.",
          "To consider applications from Llanfedwen Ladies' Choir and Llanfedwen Bowls Club."),
    _item("12", "Cynnig: Pafiliwn Cae'r Ffair", "Motion: Cae'r Ffair Pavilion",
          "Ystyried y cynnig canlynol gan Gyng. Bethan Rees-Owen: \"" + MOTION_CY + "\"",
          "To consider the following motion from Cllr Bethan Rees-Owen: \"" + MOTION_EN + "\""),
    _item("13", "Gohebiaeth", "Correspondence",
          "Derbyn gohebiaeth a ddaeth i law ers y cyfarfod diwethaf (rhestr amgaeedig).",
          "To receive correspondence received since the last meeting (list enclosed)."),
    _item("14", "Adroddiadau gan Gynrychiolwyr", "Reports from Representatives on Outside Bodies"),
    _item("15", "Dyddiad y Cyfarfod Nesaf", "Date of Next Meeting",
          "Nos Lun 11 Tachwedd 2024 am 7.00 y.h.", "Monday 11 November 2024 at 7.00 pm."),
    _item("16", "Gwahardd y Wasg a'r Cyhoedd", "Exclusion of Press and Public",
          "Ystyried pasio'r penderfyniad canlynol: Bod y wasg a'r cyhoedd yn cael eu gwahardd o'r cyfarfod "
          "ar gyfer yr eitem ganlynol yn unol â Deddf Cyrff Cyhoeddus (Derbyn i Gyfarfodydd) 1960, oherwydd "
          "natur gyfrinachol y busnes i'w drafod.",
          "To consider passing the following resolution: That in accordance with the Public Bodies "
          "(Admission to Meetings) Act 1960 the press and public be excluded from the meeting for the "
          "following item owing to the confidential nature of the business to be transacted."),
    _item("17", "Materion Staffio", "Staffing Matters",
          "Ystyried argymhellion y Pwyllgor Personél yn dilyn arfarniad blynyddol y Clerc.",
          "To consider the recommendations of the Personnel Committee following the Clerk's annual "
          "appraisal.", part="exempt", banner="RHAN 2 - EITEM GYFRINACHOL / PART 2 - EXEMPT ITEM"),
]

AGENDA_NOV = [
    _item("1", "Croeso a Chyhoeddiadau'r Maer", "Welcome and Mayor's Announcements"),
    _item("2", "Ymddiheuriadau", "Apologies for Absence",
          "Derbyn ymddiheuriadau a chymeradwyo'r rhesymau am absenoldeb.",
          "To receive apologies and to approve the reasons for absence."),
    _item("3", "Datgan Buddiant", "Declarations of Interest",
          "Derbyn datganiadau o fuddiant yn unol â Chod Ymddygiad yr Aelodau.",
          "To receive declarations of interest in accordance with the Members' Code of Conduct."),
    _item("4", "Fforwm Cyhoeddus", "Public Forum"),
    _item("5", "Adroddiad yr Heddlu", "Police Report"),
    _item("6", "Cofnodion y Cyfarfod Blaenorol", "Minutes of the Previous Meeting",
          "Cymeradwyo cofnodion y cyfarfod a gynhaliwyd ar 14 Hydref 2024 (dosbarthwyd ar wahân).",
          "To approve the minutes of the meeting held on 14 October 2024 (circulated separately)."),
    _item("7", "Materion yn Codi", "Matters Arising"),
    _item("8", "Trefniadau'r Ffair Aeaf", "Winter Fair Arrangements",
          "Cadarnhau'r trefniadau ar gyfer y Ffair Aeaf ar 30 Tachwedd 2024.",
          "To confirm the arrangements for the Winter Fair on 30 November 2024."),
    _item("9", "Ceisiadau Cynllunio", "Planning Applications",
          "Ystyried y ceisiadau yn Atodiad A.", "To consider the applications listed in Appendix A.",
          pages=(3, 4)),
    _item("10", "Cyllid", "Finance"),
    _item("10.1", "Taliadau i'w Cymeradwyo", "Payments for Approval",
          "Cymeradwyo'r rhestr o daliadau yn Atodiad B.", "To approve the schedule of payments in Appendix B.",
          parent="10", pages=(5, 6)),
    _item("10.2", "Monitro'r Gyllideb", "Budget Monitoring",
          "Derbyn adroddiad monitro'r gyllideb hyd at 31 Hydref 2024 (Atodiad C).",
          "To receive the budget monitoring report to 31 October 2024 (Appendix C).", parent="10",
          pages=(7, 7)),
    _item("10.3", "Praesept 2025/26", "Precept 2025/26",
          "Trafodaeth gychwynnol; gwneir penderfyniad terfynol ym mis Ionawr 2025.",
          "Initial discussion; a final decision will be made in January 2025.", parent="10"),
    _item("11", "Goleuadau Nadolig", "Christmas Lights",
          "Adroddiad llafar gan y Clerc ar y gosod a'r noson gynnau.",
          "Verbal report from the Clerk on installation and the switch-on evening."),
    _item("12", "Gweithgor Pafiliwn Cae'r Ffair", "Cae'r Ffair Pavilion Working Group",
          "Derbyn adroddiad cyntaf y gweithgor (cofnod 24/123).",
          "To receive the first report of the working group (minute 24/123)."),
    _item("13", "Gohebiaeth", "Correspondence"),
    _item("14", "Dyddiad y Cyfarfod Nesaf", "Date of Next Meeting",
          "Nos Lun 9 Rhagfyr 2024 am 7.00 y.h.", "Monday 9 December 2024 at 7.00 pm."),
]

# --------------------------------------------------------------------------------------------
# Minutes of 14 October 2024
# --------------------------------------------------------------------------------------------


def _min(number, agenda_item, cy, en, blocks):
    return {"number": number, "agenda_item": agenda_item, "cy": cy, "en": en, "blocks": blocks}


RECORDED = {
    "yes": ["Bevan", "Gwilym", "Hopcyn", "Llywelyn", "Penrhyn", "Prydderch", "Rees-Owen"],
    "no": ["Cadwaladr", "Maddocks", "Tudur"],
    "abstain": ["Pryce-Morgan"],
}

MINUTES_OCT = [
    _min("24/112", "1", "Croeso a Chyhoeddiadau'r Maer", "Welcome and Mayor's Announcements", [
        ("p", "Croesawodd y Maer bawb i'r cyfarfod. Adroddodd ei bod wedi mynychu agoriad swyddogol Canolfan "
              "Deulu Glan yr Afon ar 21 Medi, Gwasanaeth Diolchgarwch Eglwys Sant Cynfelyn ar 29 Medi a "
              "chinio blynyddol Cymdeithas Hanes Llanfedwen ar 4 Hydref. Diolchodd i'r gwirfoddolwyr a fu'n "
              "glanhau glannau'r afon ar 28 Medi.",
              "The Mayor welcomed everyone to the meeting. She reported that she had attended the official "
              "opening of the Glan yr Afon Family Centre on 21 September, the Harvest Thanksgiving Service "
              "at St Cynfelyn's Church on 29 September and the annual dinner of the Llanfedwen History "
              "Society on 4 October. She thanked the volunteers who had taken part in the riverbank "
              "clean-up on 28 September."),
    ]),
    _min("24/113", "2", "Ymddiheuriadau", "Apologies for Absence", [
        ("p", "Nodwyd yr ymddiheuriadau a restrir uchod. Ni dderbyniwyd ymddiheuriad gan Gyng. Llion Ffowc.",
              "The apologies listed above were noted. No apology had been received from Cllr Llion Ffowc."),
        ("res", [("derbyn y rhesymau am absenoldeb Cyng. Garmon a Chyng. Watcyn.",
                  "that the reasons given for the absence of Cllr Garmon and Cllr Watcyn be accepted.")]),
    ]),
    _min("24/114", "3", "Datgan Buddiant", "Declarations of Interest", [
        ("p", "Gwnaed y datganiadau canlynol yn unol â Chod Ymddygiad yr Aelodau:",
              "The following declarations were made in accordance with the Members' Code of Conduct:"),
        ("items", [
            ("Cyng./Cllr. Dewi Maddocks",
             "Cofnod 24/120, cais 24/0457/FUL - buddiant personol a rhagfarnol (aelod agos o'r teulu yw'r "
             "ymgeisydd).",
             "Minute 24/120, application 24/0457/FUL - personal and prejudicial interest (the applicant is a "
             "close family member)."),
            ("Cyng./Cllr. Carys Tudur",
             "Cofnod 24/122 - buddiant personol (aelod o bwyllgor Côr Merched Llanfedwen).",
             "Minute 24/122 - personal interest (committee member of Llanfedwen Ladies' Choir)."),
        ]),
    ]),
    _min("24/115", "4", "Fforwm Cyhoeddus", "Public Forum", [
        ("p", "Mynegodd dau breswylydd o Heol y Gaer bryder am gyflymder traffig ger Ysgol Gynradd Llanfedwen, "
              "yn enwedig ar adegau gollwng a chasglu plant. Gofynnwyd i'r Clerc ysgrifennu at Adran "
              "Briffyrdd y Cyngor Sir yn gofyn am arolwg cyflymder.",
              "Two residents of Heol y Gaer raised concerns about traffic speeds near Llanfedwen Primary "
              "School, particularly at drop-off and collection times. The Clerk was asked to write to the "
              "County Council's Highways Department requesting a speed survey."),
    ]),
    _min("24/116", "5", "Adroddiad yr Heddlu", "Police Report", [
        ("p", "Cyflwynodd SCCH Dafydd Rowlands yr adroddiad troseddau ar gyfer mis Medi. Cofnodwyd 14 "
              "digwyddiad yn y ward, gan gynnwys pedwar achos o ymddygiad gwrthgymdeithasol ger Maes Parcio'r "
              "Cei. Bydd patrolau ychwanegol yn ystod gwyliau hanner tymor.",
              "PCSO Dafydd Rowlands presented the crime report for September. Fourteen incidents were "
              "recorded in the ward, including four instances of anti-social behaviour near the Quay car "
              "park. Additional patrols will take place during the half-term holiday."),
        ("note", "Cyrhaeddodd Cyng. Ifan Prydderch am 7.20 y.h.", "Cllr Ifan Prydderch arrived at 7.20 pm."),
    ]),
    _min("24/117", "6", "Cofnodion y Cyfarfod Blaenorol", "Minutes of the Previous Meeting", [
        ("p", "Ystyriwyd cofnodion Cyfarfod Misol y Cyngor a gynhaliwyd ar 9 Medi 2024.",
              "The minutes of the Monthly Meeting of the Council held on 9 September 2024 were considered."),
        ("prop", "Gwilym", "Hopcyn"),
        ("res", [("bod y cofnodion yn cael eu cymeradwyo fel cofnod cywir a'u llofnodi gan y Maer.",
                  "that the minutes be approved as a true record and signed by the Mayor.")]),
    ]),
    _min("24/118", "7", "Materion yn Codi", "Matters Arising", [
        ("p", "Mewn perthynas â chofnod 24/104 (Meinciau'r Parc), cadarnhaodd y Clerc fod y ddwy fainc newydd "
              "wedi'u gosod ym Mharc y Felin. Disgwylir i'r hysbysfwrdd newydd (cofnod 24/108) gael ei osod "
              "erbyn diwedd mis Hydref.",
              "With reference to minute 24/104 (Park Benches), the Clerk confirmed that the two new benches "
              "had been installed in Parc y Felin. The new noticeboard (minute 24/108) is expected to be "
              "installed by the end of October."),
    ]),
    _min("24/119", "8", "Adroddiad y Cynghorydd Sir", "County Councillor's Report", [
        ("p", "Adroddodd Cyng. Sir Glesni Arfon fod y Cyngor Sir yn ymgynghori ar newidiadau i'r casgliadau "
              "gwastraff gardd, ac y byddai gwaith ail-wynebu ar Stryd y Bont yn dechrau ar 4 Tachwedd am "
              "bythefnos. Bydd y ffordd ar gau dros nos yn ystod y gwaith.",
              "County Cllr Glesni Arfon reported that the County Council was consulting on changes to garden "
              "waste collections, and that resurfacing works on Stryd y Bont would begin on 4 November for "
              "two weeks. The road will be closed overnight during the works."),
    ]),
    _min("24/120", "9", "Ceisiadau Cynllunio", "Planning Applications", [
        ("p", "Ystyriwyd y ceisiadau cynllunio canlynol a dderbyniwyd gan Gyngor Sir Glanhafren:",
              "The following planning applications received from Glanhafren County Council were considered:"),
        ("table", "planning_oct"),
        ("note", "Gadawodd Cyng. Maddocks yr ystafell ar gyfer trafod cais 24/0457/FUL.",
                 "Cllr Maddocks left the room for the consideration of application 24/0457/FUL."),
        ("p", "Mynegodd yr aelodau bryder am effaith traffig ychwanegol ar Ffordd yr Orsaf, sy'n gul ac heb "
              "lwybr troed, ac am effaith y datblygiad ar gefn gwlad agored. Cynigiwyd gan Gyng. Gwilym ac "
              "eiliwyd gan Gyng. Tudur bod y Cyngor yn gwrthwynebu'r cais.",
              "Members expressed concern about the effect of additional traffic on Ffordd yr Orsaf, which is "
              "narrow and has no footway, and about the impact of the development on the open countryside. "
              "It was proposed by Cllr Gwilym and seconded by Cllr Tudur that the Council objects to the "
              "application."),
        ("vote", {"yes": 6, "no": 3, "abstain": 1}, None, "carried",
         ("Cariwyd y cynnig.", "The proposal was carried.")),
        ("note", "Dychwelodd Cyng. Maddocks i'r ystafell.", "Cllr Maddocks returned to the room."),
        ("res", [
            ("hysbysu'r Cyngor Sir nad oes gan y Cyngor Tref wrthwynebiad i geisiadau 24/0431/FUL, "
             "24/0438/LBC, 24/0442/HH, 24/0450/TPO a 24/0461/ADV, yn amodol ar y sylwadau yn y tabl uchod;",
             "that the County Council be informed that the Town Council has no objection to applications "
             "24/0431/FUL, 24/0438/LBC, 24/0442/HH, 24/0450/TPO and 24/0461/ADV, subject to the comments "
             "shown in the table above;"),
            ("bod y Cyngor Tref yn gwrthwynebu cais 24/0457/FUL ar sail diogelwch y briffordd, mynediad "
             "annigonol a'r effaith ar gefn gwlad agored.",
             "that the Town Council objects to application 24/0457/FUL on the grounds of highway safety, "
             "inadequate access and the impact on the open countryside."),
        ]),
    ]),
    _min("24/121", "10", "Cyllid", "Finance", [
        ("sub", "(a)", "Taliadau i'w Cymeradwyo", "Payments for Approval"),
        ("p", "Cyflwynwyd y rhestr o daliadau canlynol:", "The following schedule of payments was presented:"),
        ("table", "payments_oct"),
        ("total", f"Cyfanswm / Total: £{_money(OCT_TOTAL)}"),
        ("sub", "(b)", "Cysoni'r Cyfrif Banc", "Bank Reconciliation"),
        ("p", "Cyflwynodd y Clerc y cysoniad banc hyd at 30 Medi 2024. Balans y cyfrif cyfredol oedd "
              "£18,204.55 a balans y cyfrif cadw oedd £61,750.00. Gwiriwyd y datganiadau banc gan Gyng. "
              "Penrhyn.",
              "The Clerk presented the bank reconciliation to 30 September 2024. The current account balance "
              "was £18,204.55 and the deposit account balance was £61,750.00. The bank statements had been "
              "checked by Cllr Penrhyn."),
        ("sub", "(c)", "Monitro'r Gyllideb", "Budget Monitoring"),
        ("p", "Nodwyd bod y gwariant hyd at ddiwedd mis Medi yn 48% o'r gyllideb flynyddol, a bod y pennawd "
              "mannau agored wedi'i orwario oherwydd costau torri gwair ychwanegol dros yr haf.",
              "It was noted that expenditure to the end of September stood at 48% of the annual budget, and "
              "that the open spaces heading was overspent because of additional grass cutting over the "
              "summer."),
        ("res", [
            (f"cymeradwyo'r taliadau uchod, cyfanswm o £{_money(OCT_TOTAL)};",
             f"that the payments listed above, totalling £{_money(OCT_TOTAL)}, be approved;"),
            ("nodi'r cysoniad banc hyd at 30 Medi 2024;",
             "that the bank reconciliation to 30 September 2024 be noted;"),
            ("derbyn adroddiad monitro'r gyllideb.", "that the budget monitoring report be received."),
        ]),
    ]),
    _min("24/122", "11", "Ceisiadau am Grant", "Grant Applications", [
        ("p", "Ystyriwyd dau gais am grant o dan adran 137 Deddf Llywodraeth Leol 1972. Roedd Cyng. Tudur "
              "wedi datgan buddiant personol yn y cais cyntaf ac arhosodd yn y cyfarfod.",
              "Two grant applications under section 137 of the Local Government Act 1972 were considered. "
              "Cllr Tudur had declared a personal interest in the first application and remained in the "
              "meeting."),
        ("items", [("(a)", "Côr Merched Llanfedwen - cais am £400 tuag at logi neuadd ar gyfer cyngerdd "
                           "Nadolig.",
                    "Llanfedwen Ladies' Choir - request for £400 towards hall hire for a Christmas concert.")]),
        ("res", [("dyfarnu grant o £400 i Gôr Merched Llanfedwen.",
                  "that a grant of £400 be awarded to Llanfedwen Ladies' Choir.")]),
        ("items", [("(b)", "Clwb Bowlio Llanfedwen - cais am £1,200 tuag at offer cynnal a chadw'r lawnt.",
                    "Llanfedwen Bowls Club - request for £1,200 towards green maintenance equipment.")]),
        ("res", [("dyfarnu grant o £750 i Glwb Bowlio Llanfedwen, ac ailystyried gweddill y cais wrth osod "
                  "cyllideb 2025/26.",
                  "that a grant of £750 be awarded to Llanfedwen Bowls Club, the balance of the request to be "
                  "reconsidered when the 2025/26 budget is set.")]),
    ]),
    _min("24/123", "12", "Cynnig: Pafiliwn Cae'r Ffair", "Motion: Cae'r Ffair Pavilion", [
        ("p", "Cyflwynodd Cyng. Bethan Rees-Owen y cynnig canlynol, a eiliwyd gan Gyng. Huw Bevan:",
              "Cllr Bethan Rees-Owen presented the following motion, seconded by Cllr Huw Bevan:"),
        ("motion", MOTION_CY, MOTION_EN),
        ("p", "Cynigiodd Cyng. Cadwaladr welliant, a eiliwyd gan Gyng. Maddocks, i ohirio'r penderfyniad hyd "
              "nes y byddai arolwg cyflwr o'r adeilad ar gael.",
              "Cllr Cadwaladr moved an amendment, seconded by Cllr Maddocks, to defer the decision until a "
              "condition survey of the building was available."),
        ("vote", {"yes": 4, "no": 7, "abstain": 0}, ("Pleidlais ar y gwelliant", "Vote on the amendment"),
         "lost", ("Collwyd y gwelliant.", "The amendment was LOST.")),
        ("p", "Gofynnodd Cyng. Tudur am bleidlais wedi'i chofnodi ar y cynnig gwreiddiol.",
              "Cllr Tudur requested a recorded vote on the substantive motion."),
        ("recorded", RECORDED, "carried", ("Cariwyd y cynnig.", "The motion was CARRIED.")),
        ("res", [("bod y Cyngor Tref yn cyflwyno datganiad o ddiddordeb i Gyngor Sir Glanhafren ar gyfer "
                  "trosglwyddo Pafiliwn Cae'r Ffair fel ased cymunedol, a phenodi Cynghorwyr Bevan, Gwilym, "
                  "Penrhyn a Rees-Owen i weithgor i baratoi cynllun busnes.",
                  "that the Town Council submits an expression of interest to Glanhafren County Council for "
                  "the community asset transfer of Cae'r Ffair Pavilion, and that Councillors Bevan, Gwilym, "
                  "Penrhyn and Rees-Owen be appointed to a working group to prepare a business plan.")]),
    ]),
    _min("24/124", "13", "Gohebiaeth", "Correspondence", [
        ("items", [
            ("(a)", "Cymdeithas Cynghorau Lleol - gwahoddiad i'r gynhadledd ardal ar 20 Tachwedd.",
             "Association of Local Councils - invitation to the area conference on 20 November."),
            ("(b)", "Cyngor Sir Glanhafren - ymgynghoriad ar y Cynllun Datblygu Lleol Newydd (dyddiad cau "
                    "6 Rhagfyr 2024).",
             "Glanhafren County Council - consultation on the Replacement Local Development Plan (closing "
             "date 6 December 2024)."),
            ("(c)", "Ysgol Gynradd Llanfedwen - llythyr yn diolch am rodd y Cyngor tuag at yr Ardd Eco.",
             "Llanfedwen Primary School - letter of thanks for the Council's donation towards the Eco "
             "Garden."),
        ]),
        ("res", [("nodi'r ohebiaeth, a chyfeirio eitem (b) i'r cyfarfod nesaf er mwyn cytuno ar ymateb.",
                  "that the correspondence be noted and that item (b) be referred to the next meeting for a "
                  "response to be agreed.")]),
    ]),
    _min("24/125", "14", "Adroddiadau gan Gynrychiolwyr", "Reports from Representatives on Outside Bodies", [
        ("p", "Adroddodd Cyng. Hopcyn ar gyfarfod Pwyllgor y Neuadd Goffa ar 1 Hydref, lle trafodwyd y "
              "system wresogi newydd. Adroddodd Cyng. Llywelyn fod Llanfedwen yn ei Blodau wedi ennill "
              "medal arian-goreuredig yng nghystadleuaeth Cymru yn ei Blodau.",
              "Cllr Hopcyn reported on the Memorial Hall Committee meeting of 1 October, at which the new "
              "heating system had been discussed. Cllr Llywelyn reported that Llanfedwen in Bloom had been "
              "awarded a silver-gilt medal in the Wales in Bloom competition."),
    ]),
    _min("24/126", "15", "Dyddiad y Cyfarfod Nesaf", "Date of Next Meeting", [
        ("p", "Nos Lun 11 Tachwedd 2024 am 7.00 y.h. yn Siambr y Cyngor.",
              "Monday 11 November 2024 at 7.00 pm in the Council Chamber."),
    ]),
    _min("24/127", "16", "Gwahardd y Wasg a'r Cyhoedd", "Exclusion of Press and Public", [
        ("res", [("yn unol â Deddf Cyrff Cyhoeddus (Derbyn i Gyfarfodydd) 1960, bod y wasg a'r cyhoedd yn "
                  "cael eu gwahardd o'r cyfarfod ar gyfer yr eitem ganlynol oherwydd natur gyfrinachol y "
                  "busnes i'w drafod.",
                  "that in accordance with the Public Bodies (Admission to Meetings) Act 1960 the press and "
                  "public be excluded from the meeting for the following item owing to the confidential "
                  "nature of the business to be discussed.")]),
        ("note", "Gadawodd y Dirprwy Glerc ac aelodau'r cyhoedd y cyfarfod.",
                 "The Deputy Clerk and the members of the public left the meeting."),
    ]),
    _min("24/128", "17", "Materion Staffio", "Staffing Matters", [
        ("p", "Ystyriwyd argymhellion y Pwyllgor Personél yn dilyn arfarniad blynyddol y Clerc.",
              "The recommendations of the Personnel Committee following the Clerk's annual appraisal were "
              "considered."),
        ("res", [("mabwysiadu argymhellion y Pwyllgor Personél.",
                  "that the recommendations of the Personnel Committee be adopted.")]),
    ]),
]

ROMAN = ["i", "ii", "iii", "iv", "v", "vi"]

# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------


class _Doc(FPDF):
    def __init__(self, running: str, signature: bool = False, of_total: bool = True):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.running = running
        self.signature = signature
        self.of_total = of_total
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=25)
        self.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
        self.set_author("Cyngor Tref Llanfedwen Town Council")
        self.set_title(running)

    def _save(self):
        return self.font_family, self.font_style, self.font_size_pt

    def header(self):
        if self.page_no() == 1:
            return
        saved = self._save()
        self.set_font("Helvetica", "", 8)
        self.set_y(10)
        self.cell(self.epw / 2, 4, "Cyngor Tref Llanfedwen Town Council")
        self.cell(self.epw / 2, 4, self.running, align="R")
        self.set_line_width(0.2)
        self.line(self.l_margin, 14.8, self.w - self.r_margin, 14.8)
        self.set_y(20)
        self.set_font(*saved)

    def footer(self):
        saved = self._save()
        self.set_font("Helvetica", "", 8)
        self.set_y(-17)
        if self.signature:
            self.cell(self.epw / 2, 4, "Llythrennau'r Cadeirydd / Chair's initials: ..........")
        else:
            self.cell(self.epw / 2, 4, "Croesewir gohebiaeth yn Gymraeg / Correspondence welcomed in Welsh")
        page = f"Tudalen / Page {self.page_no()}"
        if self.of_total:
            page += " o / of {nb}"
        self.cell(self.epw / 2, 4, page, align="R")
        self.set_font(*saved)


def _letterhead(pdf: _Doc) -> None:
    pdf.set_font("Helvetica", "B", 17)
    pdf.cell(0, 8, "CYNGOR TREF LLANFEDWEN", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 6, "LLANFEDWEN TOWN COUNCIL", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.cell(0, 4.5, "Neuadd y Dref, Stryd y Bont, Llanfedwen, Glanhafren SY99 7LT", align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 4.5, f"Ffôn / Tel: {CLERK['phone']}   E-bost / Email: {CLERK['email']}", align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)
    pdf.set_line_width(0.5)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.set_line_width(0.2)
    pdf.ln(4)


def _need(pdf: FPDF, mm: float) -> None:
    if pdf.get_y() + mm > pdf.page_break_trigger:
        pdf.add_page()


def _para(pdf: FPDF, text: str, indent: float = 0, style: str = "", size: float = 10, h: float = 4.8,
          gap: float = 1.2, markdown: bool = False, align: str = "L") -> None:
    pdf.set_font("Helvetica", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.epw - indent, h, text, align=align, markdown=markdown,
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if gap:
        pdf.ln(gap)


def _hanging(pdf: FPDF, label: str, width: float, indent: float, texts: list[tuple[str, str]],
             label_style: str = "", h: float = 4.8, gap: float = 1.2) -> None:
    """A label at `indent`, then each (style, text) paragraph at indent + width."""
    _need(pdf, h * 2)
    pdf.set_font("Helvetica", label_style, 10)
    pdf.set_x(pdf.l_margin + indent)
    pdf.cell(width, h, label)
    for i, (style, text) in enumerate(texts):
        pdf.set_font("Helvetica", style, 10)
        if i:
            pdf.set_x(pdf.l_margin + indent + width)
        pdf.multi_cell(pdf.epw - indent - width, h, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if gap:
        pdf.ln(gap)


def _two_columns(pdf: FPDF, left: str, right: str, size: float = 10, h: float = 4.8) -> None:
    gutter = 8
    w = (pdf.epw - gutter) / 2
    y0 = pdf.get_y()
    pdf.set_font("Helvetica", "", size)
    pdf.set_xy(pdf.l_margin, y0)
    pdf.multi_cell(w, h, left, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    y1 = pdf.get_y()
    pdf.set_xy(pdf.l_margin + w + gutter, y0)
    pdf.multi_cell(w, h, right, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(max(y1, pdf.get_y()) + 2)


def _table(pdf: FPDF, cols, rows, widths, size: float = 8.5, right_from: int | None = None,
           banners: bool = False) -> tuple[int, int]:
    """Print a ruled table; return the first and last page it is on."""
    _need(pdf, 30)
    first = pdf.page_no()
    pdf.set_font("Helvetica", "B", size)
    for (cy, en), width in zip(cols, widths):
        if max(pdf.get_string_width(cy), pdf.get_string_width(en)) + 3.2 > width:
            raise AssertionError(f"heading {cy} / {en} wraps in {width} mm")
    pdf.set_font("Helvetica", "", size)
    align = ["LEFT"] * len(cols)
    if right_from is not None:
        align = ["LEFT"] * right_from + ["RIGHT"] * (len(cols) - right_from)
    heading = FontFace(emphasis="BOLD", fill_color=(222, 226, 230))
    banner_style = FontFace(emphasis="BOLD", fill_color=(242, 242, 242))
    with pdf.table(width=pdf.epw, col_widths=widths, text_align=align, line_height=size * 0.48,
                   headings_style=heading, padding=(1.2, 1.5), v_align="TOP", repeat_headings=1) as table:
        row = table.row()
        for cy, en in cols:
            row.cell(f"{cy}\n{en}")
        for item in rows:
            row = table.row()
            if banners and item[0] is not None:
                row.cell(item[0], colspan=len(cols), style=banner_style, align="LEFT")
                continue
            for cell in (item[1] if banners else item):
                row.cell(cell)
    pdf.ln(3)
    return first, pdf.page_no()


def _check(key: str, got: tuple[int, int]) -> None:
    if got != PAGES[key]:
        raise AssertionError(f"table {key} printed on pages {got}, expected {PAGES[key]}")


def _agenda_items(pdf: _Doc, items: list[dict], page_column: bool) -> None:
    col = 20 if page_column else 0
    if page_column:
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.cell(pdf.epw, 5, "Tud. / Page", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for it in items:
        if it["banner"]:
            _need(pdf, 30)
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.cell(0, 7, it["banner"], border="TB", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(3)
        sub = it["parent"] is not None
        indent = 12 if sub else 0
        numw = 12
        _need(pdf, 16)
        y0 = pdf.get_y()
        if page_column and it["pages"]:
            a, b = it["pages"]
            pdf.set_font("Helvetica", "", 10)
            pdf.set_xy(pdf.w - pdf.r_margin - col, y0)
            pdf.cell(col, 5.2, f"{a}-{b}" if b != a else f"{a}", align="R")
        pdf.set_xy(pdf.l_margin + indent, y0)
        pdf.set_font("Helvetica", "B" if not sub else "", 10.5 if not sub else 10)
        pdf.cell(numw, 5.2, it["number"] + ("." if not sub else ""))
        pdf.set_font("Helvetica", "B", 10.5 if not sub else 10)
        pdf.multi_cell(pdf.epw - indent - numw - col, 5.2, f"{it['cy']} / {it['en']}", align="L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        text_indent = indent + numw
        if it["desc_cy"]:
            _para(pdf, it["desc_cy"], indent=text_indent, gap=0.4)
            _para(pdf, it["desc_en"], indent=text_indent, style="I", gap=0.6)
        for line in it["topics"]:
            _para(pdf, line, indent=text_indent + 4, size=9, h=4.4, gap=0.6)
        pdf.ln(2.2)


def _summons(pdf: _Doc, date_cy: str, date_en: str, written_cy: str, written_en: str,
             pack: bool) -> None:
    _letterhead(pdf)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, f"{written_cy} / {written_en}", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5, "Annwyl Gynghorydd / Dear Councillor,", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    extra_cy = " Mae'r atodiadau wedi'u hamgáu yn y pecyn hwn." if pack else ""
    extra_en = " The appendices are enclosed in this pack." if pack else ""
    _two_columns(
        pdf,
        "Fe'ch gwysir drwy hyn i fynychu Cyfarfod Misol y Cyngor Llawn a gynhelir yn Siambr y Cyngor, "
        f"Neuadd y Dref, Llanfedwen nos Lun {date_cy} am 7.00 y.h. i drafod y busnes a nodir yn y "
        f"rhaglen isod.{extra_cy} Croesewir aelodau'r cyhoedd a'r wasg.",
        "You are hereby summoned to attend the Monthly Meeting of the Full Council to be held in the "
        f"Council Chamber, Town Hall, Llanfedwen on Monday {date_en} at 7.00 pm to transact the business "
        f"set out in the agenda below.{extra_en} Members of the public and press are welcome to attend.")
    pdf.set_font("Helvetica", "I", 10)
    pdf.cell(0, 5, "Yn gywir / Yours faithfully,", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5, CLERK["name"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Clerc y Dref / Town Clerk", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 7, "RHAGLEN / AGENDA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)


def _render_agenda_oct(path: Path) -> None:
    pdf = _Doc("Rhaglen / Agenda - 14.10.2024")
    pdf.add_page()
    _summons(pdf, "14 Hydref 2024", "14 October 2024", "7 Hydref 2024", "7 October 2024", pack=False)
    _agenda_items(pdf, AGENDA_OCT, page_column=False)
    _need(pdf, 40)
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5, "Nodiadau / Notes", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    _para(pdf, "Atgoffir yr aelodau bod yn rhaid iddynt ddatgan unrhyw fuddiant personol neu ragfarnol ar "
               "ddechrau'r cyfarfod, ac y dylent adael yr ystafell pan drafodir eitem y mae ganddynt fuddiant "
               "rhagfarnol ynddi.", size=9, h=4.4, gap=0.5)
    _para(pdf, "Members are reminded that they must declare any personal or prejudicial interest at the "
               "start of the meeting, and should leave the room when an item in which they have a prejudicial "
               "interest is discussed.", size=9, h=4.4, style="I", gap=1.5)
    _para(pdf, "Dosbarthiad / Distribution: Holl Aelodau'r Cyngor / All Members of the Council; "
               "Cyng. Sir / County Cllr. Glesni Arfon; hysbysfwrdd a gwefan / noticeboard and website.",
          size=9, h=4.4)
    pdf.output(str(path))


def _render_pack_nov(path: Path) -> None:
    pdf = _Doc("Pecyn Agenda / Agenda Pack - 11.11.2024")
    pdf.add_page()
    _summons(pdf, "11 Tachwedd 2024", "11 November 2024", "4 Tachwedd 2024", "4 November 2024", pack=True)
    _agenda_items(pdf, AGENDA_NOV, page_column=True)
    if pdf.page_no() != 2:
        raise AssertionError(f"pack agenda ends on page {pdf.page_no()}")

    def appendix(letter_cy, letter_en, cy, en, item):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(0, 6, f"Atodiad {letter_cy} / Appendix {letter_en}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 6, f"{cy} / {en}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("Helvetica", "I", 9)
        pdf.cell(0, 5, f"Eitem {item} ar y Rhaglen / Agenda Item {item} - 11 Tachwedd / November 2024",
                 new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)

    appendix("A", "A", "Ceisiadau Cynllunio a Dderbyniwyd", "Planning Applications Received", "9")
    _para(pdf, "Derbyniwyd y ceisiadau canlynol gan Gyngor Sir Glanhafren rhwng 8 a 30 Hydref 2024. Mae'r "
               "cynlluniau llawn ar gael ar wefan yr awdurdod cynllunio.", size=9, h=4.4, gap=0.4)
    _para(pdf, "The following applications were received from Glanhafren County Council between 8 and 30 "
               "October 2024. Full plans are available on the planning authority's website.",
          size=9, h=4.4, style="I", gap=2)
    _check("planning_nov", _table(pdf, PLANNING_NOV_COLS, _planning_nov_rows(), (26, 21, 41, 82), size=8.5))
    _para(pdf, "Dyddiad cau ar gyfer sylwadau / Deadline for comments: 22 Tachwedd / November 2024.",
          size=9, style="B")

    appendix("B", "B", "Rhestr Taliadau i'w Cymeradwyo", "Schedule of Payments for Approval", "10.1")
    _check("payments_nov", _table(pdf, PAYMENTS_NOV_COLS, _payments_nov_rows(), (20, 38, 58, 18, 16, 20),
                                  size=8.5, right_from=3))
    _para(pdf, f"Cyfanswm net / Net total: £{_money(NOV_NET)}     TAW / VAT: £{_money(NOV_VAT)}     "
               f"Cyfanswm gros / Gross total: £{_money(NOV_NET + NOV_VAT)}", size=9.5, style="B", gap=3)
    _para(pdf, "Llofnodion awdurdodi / Authorising signatures:  ................................   "
               "................................", size=9, gap=0)

    appendix("C", "C", "Monitro'r Gyllideb hyd at 31 Hydref 2024", "Budget Monitoring to 31 October 2024",
             "10.2")
    _check("budget_nov", _table(pdf, BUDGET_NOV_COLS, _budget_rows(), (66, 26, 30, 26, 22), size=9,
                                right_from=1, banners=True))
    _para(pdf, "Saith mis o'r flwyddyn ariannol (58%) wedi mynd heibio. / Seven months of the financial year "
               "(58%) have elapsed.", size=9, style="I")
    pdf.output(str(path))


def _render_minutes_oct(path: Path) -> None:
    pdf = _Doc("Cofnodion / Minutes - 14.10.2024", signature=True)
    pdf.add_page()
    _letterhead(pdf)
    _para(pdf, "COFNODION CYFARFOD MISOL Y CYNGOR LLAWN A GYNHALIWYD YN SIAMBR Y CYNGOR, NEUADD Y DREF, "
               "LLANFEDWEN NOS LUN 14 HYDREF 2024 AM 7.00 Y.H.", style="B", size=10.5, h=5.2, gap=1.5,
          align="C")
    _para(pdf, "MINUTES OF THE MONTHLY MEETING OF THE FULL COUNCIL HELD IN THE COUNCIL CHAMBER, TOWN HALL, "
               "LLANFEDWEN ON MONDAY 14 OCTOBER 2024 AT 7.00 PM", style="BI", size=10.5, h=5.2, gap=4,
          align="C")

    def block(label, lines, two_col=False):
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(0, 5.2, label, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("Helvetica", "", 10)
        if two_col:
            half = (pdf.epw - 10) / 2
            for i in range(0, len(lines), 2):
                pdf.set_x(pdf.l_margin + 10)
                pdf.cell(half, 5, lines[i])
                if i + 1 < len(lines):
                    pdf.cell(half, 5, lines[i + 1])
                pdf.ln(5)
        else:
            for line in lines:
                _para(pdf, line, indent=10, h=5, gap=0)
        pdf.ln(2)

    chair = [f"Cyng./Cllr. {n} ({r})" for n, r, _g in PRESENT if r]
    block("Yn bresennol / Present:", chair)
    pdf.ln(-2)
    block("", [f"Cyng./Cllr. {n}" for n, r, _g in PRESENT if not r], two_col=True)
    block("Ymddiheuriadau / Apologies:", [", ".join(f"Cyng./Cllr. {n}" for n in APOLOGIES)])
    block("Absennol / Absent:", [", ".join(f"Cyng./Cllr. {n}" for n in ABSENT)])
    block("Hefyd yn bresennol / Also present:",
          [f"{p} {n} {extra}" for n, p, _r, extra in ALSO_PRESENT]
          + ["Tri aelod o'r cyhoedd / Three members of the public"])
    block("Yn gweinyddu / In attendance:", [f"{n} ({r})" for n, r, _g in IN_ATTENDANCE])
    pdf.ln(2)

    for m in MINUTES_OCT:
        _need(pdf, 24)
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.set_x(pdf.l_margin)
        pdf.cell(IND, 5.6, m["number"])
        pdf.multi_cell(pdf.epw - IND, 5.6, f"{m['cy']} / {m['en']}".upper(), align="L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.2)
        for b in m["blocks"]:
            kind = b[0]
            if kind == "p":
                _para(pdf, b[1], indent=IND, gap=0.6)
                _para(pdf, b[2], indent=IND, style="I", gap=2)
            elif kind == "note":
                _para(pdf, f"{b[1]} / {b[2]}", indent=IND, style="I", size=9.5, gap=2)
            elif kind == "prop":
                _para(pdf, f"Cynigiwyd / Proposed: Cyng./Cllr. {b[1]}      Eiliwyd / Seconded: Cyng./Cllr. {b[2]}",
                      indent=IND, gap=2)
            elif kind == "items":
                for label, cy, en in b[1]:
                    width = 8 if label.startswith("(") else 50
                    _hanging(pdf, label, width, IND, [("", cy), ("I", en)], label_style="B", gap=1.5)
                pdf.ln(0.8)
            elif kind == "sub":
                _need(pdf, 18)
                _para(pdf, f"{b[1]}  {b[2]} / {b[3]}", indent=IND, style="B", gap=1)
            elif kind == "table":
                key = b[1]
                if key == "planning_oct":
                    got = _table(pdf, PLANNING_OCT_COLS, _planning_oct_rows(), (26, 38, 58, 48))
                else:
                    got = _table(pdf, PAYMENTS_OCT_COLS, _payments_oct_rows(), (48, 80, 20, 22), right_from=3)
                _check(key, got)
            elif kind == "total":
                pdf.set_font("Helvetica", "B", 10)
                pdf.cell(pdf.epw, 5, b[1], align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(3)
            elif kind == "motion":
                _para(pdf, f"\"{b[1]}\"", indent=IND + 8, gap=0.6)
                _para(pdf, f"\"{b[2]}\"", indent=IND + 8, style="I", gap=2)
            elif kind == "vote":
                counts, prefix, _result, (said_cy, said_en) = b[1], b[2], b[3], b[4]
                text = (f"O blaid / For: {counts['yes']}, Yn erbyn / Against: {counts['no']}, "
                        f"Ymatal / Abstained: {counts['abstain']}")
                if prefix:
                    text = f"{prefix[0]} / {prefix[1]}: {text}"
                _need(pdf, 14)
                _para(pdf, text, indent=IND, style="B", gap=0.8)
                _para(pdf, f"{said_cy} / {said_en}", indent=IND, gap=2)
            elif kind == "recorded":
                voters, (said_cy, said_en) = b[1], b[3]
                _need(pdf, 30)
                _para(pdf, "Pleidlais wedi'i chofnodi / Recorded vote:", indent=IND, style="B", gap=0.8)
                for key, label in (("yes", "O blaid / For"), ("no", "Yn erbyn / Against"),
                                   ("abstain", "Ymatal / Abstained")):
                    names = voters[key]
                    who = "Cynghorwyr / Councillors" if len(names) > 1 else "Cynghorydd / Councillor"
                    _hanging(pdf, f"{label} ({len(names)}):", 44, IND + 4, [("", f"{who} {', '.join(names)}")],
                             gap=0.6)
                pdf.ln(1)
                _para(pdf, f"{said_cy} / {said_en}", indent=IND, gap=2)
            elif kind == "res":
                parts = b[1]
                _need(pdf, 16)
                if len(parts) == 1:
                    cy, en = parts[0]
                    _para(pdf, f"**PENDERFYNWYD / RESOLVED:** {cy}", indent=IND, markdown=True, gap=0.6)
                    _para(pdf, en, indent=IND, style="I", gap=2.5)
                else:
                    _para(pdf, "PENDERFYNWYD / RESOLVED:", indent=IND, style="B", gap=0.8)
                    for n, (cy, en) in enumerate(parts):
                        _hanging(pdf, f"({ROMAN[n]})", 10, IND + 4, [("", cy), ("I", en)], gap=1.2)
                    pdf.ln(1.3)
        pdf.ln(1.5)

    _need(pdf, 40)
    _para(pdf, "Daeth y cyfarfod i ben am 9.12 y.h. / The meeting closed at 9.12 pm.", style="B", gap=12)
    _para(pdf, "Llofnod / Signed: ......................................   Maer / Mayor", gap=6)
    _para(pdf, "Dyddiad / Date: ......................................", gap=0)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    out = []
    for sub, date, kind, render in (("agendas", OCT, "agenda", _render_agenda_oct),
                                    ("minutes", OCT, "minutes", _render_minutes_oct),
                                    ("packs", NOV, "agenda-pack", _render_pack_nov)):
        (folder / sub).mkdir(parents=True, exist_ok=True)
        path = folder / sub / _fname(date, kind)
        render(path)
        out.append(path)
    return out


# --------------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------------


def _gold_agenda(items: list[dict]) -> list[dict]:
    out = []
    for it in items:
        pages = {"first": it["pages"][0], "last": it["pages"][1]} if it["pages"] else None
        out.append({"number": it["number"], "title": f"{it['cy']} / {it['en']}", "pages": pages,
                    "part": it["part"], "parent": it["parent"]})
    return out


def _gold_table(key, title, cols, rows, samples, groups=None):
    columns = [f"{cy} / {en}" for cy, en in cols]
    first, last = PAGES[key]
    table = {"page": first, "title": title, "columns": columns, "row_count": len(rows),
             "pages": {"first": first, "last": last},
             "rows": [{"index": i, "cells": dict(zip(columns, rows[i]))} for i in samples]}
    if groups is not None:
        table["groups"] = groups
    return table


def _meeting(date: str) -> dict:
    return {"body": BODY_NAME, "date": date, "start_time": "19:00", "contact": dict(CLERK)}


def gold() -> dict[str, dict]:
    records: dict[str, dict] = {}

    # ---- agenda 14 October
    name = _fname(OCT, "agenda")
    records[f"agendas__{name[:-4]}"] = {
        "file": f"generated/agendas/{name}",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "Titles are the bilingual bold headings as printed, Welsh and English joined by ' / '.",
            "The Welsh and English lines under each heading are descriptions, not part of the title.",
            "The planning application lines under item 9 are unnumbered topics, not agenda items.",
            "Items 10.1-10.3 are printed indented under item 10 and take 10 as their parent.",
            "The 'RHAN 2 / PART 2 - EXEMPT ITEM' banner is not an item; only item 17 after it is exempt.",
            "Item 16 (the exclusion resolution) is taken in public, before the banner, so it is public.",
            "The agenda prints no page references, so every item's pages are null.",
            "The start time 19:00 is from the summons, which prints 7.00 y.h. / 7.00 pm.",
        ],
        "meeting": _meeting(OCT),
        "agenda": _gold_agenda(AGENDA_OCT),
    }

    # ---- minutes 14 October
    items, votes = [], []
    per_item: dict[str, int] = {}
    for m in MINUTES_OCT:
        items.append({"number": m["number"], "title": f"{m['cy']} / {m['en']}".upper(),
                      "agenda_item": m["agenda_item"]})
        for b in m["blocks"]:
            if b[0] == "res":
                per_item[m["number"]] = per_item.get(m["number"], 0) + len(b[1])
            elif b[0] == "vote":
                votes.append({"item": m["number"], "result": b[3], "counts": dict(b[1])})
            elif b[0] == "recorded":
                voters = {k: list(v) for k, v in b[1].items()}
                votes.append({"item": m["number"], "result": b[2],
                              "counts": {k: len(v) for k, v in voters.items()}, "voters": voters})
    attendance = []
    for n, _r, g in PRESENT:
        row = {"name": n, "status": "present"}
        if g:
            row["role"] = g
        attendance.append(row)
    attendance += [{"name": n, "status": "apologies"} for n in APOLOGIES]
    attendance += [{"name": n, "status": "absent"} for n in ABSENT]
    attendance += [{"name": n, "status": "also_present", "role": r} for n, _p, r, _e in ALSO_PRESENT]
    attendance += [{"name": n, "status": "in_attendance", "role": r} for n, _p, r in IN_ATTENDANCE]

    name = _fname(OCT, "minutes")
    records[f"minutes__{name[:-4]}"] = {
        "file": f"generated/minutes/{name}",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "Minute titles are the capitalised bilingual headings as printed, Welsh and English joined by ' / '.",
            "Each decision is printed once under 'PENDERFYNWYD / RESOLVED' with Welsh then English text; "
            "the two languages count as one resolution.",
            "A RESOLVED with parts (i), (ii), (iii) counts each part as one resolution.",
            "The sub-headings (a)-(c) inside minute 24/121 are parts of that minute, not separate items.",
            "Minute numbers quoted inside the text (24/104, 24/108) are references, not minute items.",
            "The vote in 24/120 is on the proposal to object to 24/0457/FUL; Cllr Maddocks had left the room.",
            "The amendment in 24/123 was lost on a show of hands with no names printed.",
            "The recorded vote in 24/123 prints the surnames under For, Against and Abstained with counts.",
            "Cllr Ifan Prydderch arrived late during 24/116 and is counted present.",
            "The unnamed three members of the public are not attendance records.",
            "The County Councillor and the PCSO are 'Hefyd yn bresennol / Also present' (also_present); the "
            "Clerk and Deputy Clerk are 'Yn gweinyddu / In attendance' (in_attendance).",
            "Cllr Llion Ffowc is printed under 'Absennol / Absent' and is absent, not apologies.",
            "The payments total is printed below the payments table, not as a table row.",
            "The end time 21:12 is from 'The meeting closed at 9.12 pm'.",
        ],
        "meeting": {"body": BODY_NAME, "date": OCT, "start_time": "19:00", "end_time": "21:12"},
        "minutes": {
            "items": items,
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": votes,
            "attendance": attendance,
        },
        "tables": [
            _gold_table("planning_oct", "Ceisiadau Cynllunio / Planning Applications", PLANNING_OCT_COLS,
                        _planning_oct_rows(), [0, 3, 4]),
            _gold_table("payments_oct", "Taliadau i'w Cymeradwyo / Payments for Approval", PAYMENTS_OCT_COLS,
                        _payments_oct_rows(), [0, 7, 11]),
        ],
    }

    # ---- agenda pack 11 November
    budget = _budget_rows()
    data_rows, groups, idx = [], [], 0
    for banner, cells in budget:
        if banner is not None:
            groups.append({"title": banner, "first_index": idx})
        else:
            data_rows.append(cells)
            idx += 1
    for g, nxt in zip(groups, groups[1:] + [None]):
        g["last_index"] = (nxt["first_index"] if nxt else idx) - 1

    name = _fname(NOV, "agenda-pack")
    records[f"packs__{name[:-4]}"] = {
        "file": f"generated/packs/{name}",
        "kind": "pack",
        "country": "UK",
        "notes": [
            "Item pages come from the 'Tud. / Page' column, which prints full ranges such as 3-4.",
            "Items with nothing in the page column have null pages, including item 10 whose sub-items have pages.",
            "Titles are the bilingual bold headings as printed, Welsh and English joined by ' / '.",
            "Printed page numbers match the physical pages of the pack.",
            "Header cells print Welsh over English; columns join the two lines with ' / '.",
            "Tables continued on a second page repeat their header row, which is not counted as data.",
            "The totals under the payments schedule are printed as text, not as a table row.",
            "The INCWM / INCOME and GWARIANT / EXPENDITURE banner rows of the budget table are groups, "
            "not data rows.",
        ],
        "meeting": _meeting(NOV),
        "agenda": _gold_agenda(AGENDA_NOV),
        "tables": [
            _gold_table("planning_nov", "Ceisiadau Cynllunio a Dderbyniwyd / Planning Applications Received",
                        PLANNING_NOV_COLS, _planning_nov_rows(), [0, 4, 14]),
            _gold_table("payments_nov", "Rhestr Taliadau i'w Cymeradwyo / Schedule of Payments for Approval",
                        PAYMENTS_NOV_COLS, _payments_nov_rows(), [0, 8, 25]),
            _gold_table("budget_nov", "Monitro'r Gyllideb hyd at 31 Hydref 2024 / Budget Monitoring to 31 "
                        "October 2024", BUDGET_NOV_COLS, data_rows, [0, 3, 14], groups=groups),
        ],
    }
    return records
