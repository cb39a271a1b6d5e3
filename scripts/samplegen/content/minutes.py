"""Minutes of the previous meeting (24 June 2025), agenda item 5 of the pack."""

from __future__ import annotations

from .meeting import BODY

MINUTES = {
    "body": BODY,
    "date": "2025-06-24",
    "date_text": "24 June 2025",
    "venue": "Committee Room 5 - Civic Centre, Market Street, Eastbrook",
    "start_time": "19:00",
    "end_time": "20:35",
    "closing": "The meeting, which commenced at 7.00pm, closed at 8.35 pm.",
    "present": [
        ("Margaret Hollis", "Chairman"),
        ("Priya Sandhu", None),
        ("Gareth Owusu", None),
        ("Helen Marchetti", None),
        ("Daniel Fairweather", None),
        ("Colin Ashworth", None),
        ("Robert Pryce", None),
        ("Joanne Kerrigan", None),
        ("Peter Langford", "Labour Lead"),
    ],
    "co_opted_present": [
        ("Anne Beaumont", "Roman Catholic Diocesan Representative"),
        ("Fiona Castell", "Parent Governor Representative"),
    ],
    "also_present": [("Ruth Ellery", "Cabinet Member for Children, Families and Education")],
    "officers": [
        ("Sunita Rahman", "Director of Children's Services"),
        ("Mark Delaney", "Head of Early Help and Prevention"),
        ("Louise Ferris", "School Places Planning Manager"),
        ("Hannah Whitlock", "Democratic Services Officer"),
    ],
    "apologies": [("Thomas Brackley", "Vice-Chairman", "Robert Pryce"), ("Michael Tully", None, None)],
}

# Each minute: number, title, agenda_item, body paragraphs, resolutions (clauses), vote.
# "resolved_style": "numbered" -> "Resolved: That:" + numbered clauses; "single" -> one sentence.
MINUTE_ITEMS = [
    {
        "number": "12",
        "title": "APOLOGIES FOR ABSENCE AND TO REPORT THE PRESENCE OF ANY SUBSTITUTE MEMBERS",
        "agenda_item": "1",
        "paras": [
            "Apologies for absence were received from Cllr. Thomas Brackley (Vice-Chairman), with "
            "Cllr. Robert Pryce substituting, and from Michael Tully.",
        ],
        "resolutions": [],
    },
    {
        "number": "13",
        "title": "DECLARATIONS OF INTEREST IN MATTERS COMING BEFORE THIS MEETING",
        "agenda_item": "2",
        "paras": [
            "Councillor Priya Sandhu declared a non-pecuniary interest in Agenda Item 7 as a governor "
            "of Hollybank Primary School. She remained in the room during the consideration of the item.",
        ],
        "resolutions": [],
    },
    {
        "number": "14",
        "title": "TO CONFIRM THAT ALL ITEMS MARKED PART 1 WILL BE CONSIDERED IN PUBLIC AND THAT ANY "
                 "ITEMS MARKED PART 2 WILL BE CONSIDERED IN PRIVATE",
        "agenda_item": "3",
        "paras": ["It was confirmed that all items of business would be considered in public."],
        "resolutions": [],
    },
    {
        "number": "15",
        "title": "MATTERS THAT HAVE BEEN NOTIFIED IN ADVANCE OR URGENT",
        "agenda_item": "4",
        "paras": ["There were no matters notified in advance or urgent."],
        "resolutions": [],
    },
    {
        "number": "16",
        "title": "TO RECEIVE THE MINUTES OF THE MEETING HELD ON 20 MAY 2025",
        "agenda_item": "5",
        "paras": [],
        "resolved_style": "single",
        "resolutions": ["the minutes of the meeting held on 20 May 2025 be agreed as a correct record."],
    },
    {
        "number": "17",
        "title": "MAJOR REVIEW 2025/26: SELECTION OF REVIEW TOPIC",
        "agenda_item": "6",
        "paras": [
            "The Democratic Services Officer introduced the report, which set out three possible topics "
            "for the Committee's major review in the 2025/26 municipal year: support for young carers in "
            "Eastbrook schools; the sufficiency of local foster placements; and the take-up of funded "
            "early education places for two-year-olds.",
            "Members discussed each option in turn. Some Members felt that the foster placement topic "
            "overlapped with work already commissioned by the Improvement Board and that a review could "
            "duplicate effort. Others noted that the number of young carers known to schools had risen "
            "by almost a third in two years and that there was little local information about the help "
            "they received.",
            "The Director of Children's Services advised that officers would be able to support any of "
            "the three topics, although data on early education take-up would not be available at ward "
            "level until the autumn.",
            "Councillor Langford (Labour Lead) proposed that the Committee review the sufficiency of local "
            "foster placements, noting that the number of children placed more than 20 miles from Eastbrook "
            "had doubled since 2022. Councillor Owusu responded that the Improvement Board was already "
            "examining placement sufficiency and that a review of young carers would reach children who "
            "were not known to social care at all.",
            "Fiona Castell (Parent Governor Representative) commented that many young carers did not "
            "identify themselves to their school and that the review should hear directly from young people. "
            "The Chairman agreed and asked officers to involve the Young Carers' Forum in the scoping work.",
            "The proposed title 'Supporting Young Carers in Eastbrook Schools' was moved, seconded and "
            "upon being put to a vote was agreed by five votes to four.",
        ],
        "resolved_style": "numbered",
        "resolutions": [
            "The Committee's major review for 2025/26 be 'Supporting Young Carers in Eastbrook Schools'.",
            "Officers prepare a draft scoping report for consideration at the meeting on 16 September 2025.",
            "Members forward suggestions for witnesses to the Democratic Services Officer by 31 July 2025.",
        ],
        "vote": {"result": "carried", "counts": {"yes": 5, "no": 4, "abstain": 0},
                 "text": "agreed by five votes to four"},
    },
    {
        "number": "18",
        "title": "SCHOOL PLACES PLANNING: ANNUAL UPDATE",
        "agenda_item": "7",
        "paras": [
            "The School Places Planning Manager presented the annual update. Demand for reception places "
            "had fallen for the third consecutive year, reflecting a lower birth rate, while demand for "
            "secondary places was forecast to peak in September 2027 before falling back.",
            "In response to questions, Members were informed that two primary schools in the south of the "
            "Borough were operating with more than 15% surplus places and that officers were working with "
            "the governing bodies on options, including reducing the published admission number.",
            "Members asked about the impact of new housing developments on the north side of the Borough. "
            "Officers explained that pupil yield from the Eastbrook Wharf development had been lower than "
            "forecast, with most new households in one and two bedroom flats, but that the position would "
            "be kept under review as later phases were completed.",
            "A Member raised concerns about the distance some secondary pupils travelled to school and asked "
            "whether the admissions criteria could be changed to give greater priority to local children. "
            "The School Places Planning Manager advised that any change would require a statutory "
            "consultation and would not take effect before September 2027.",
            "Members asked that future updates include projections at ward level and information about "
            "places for children with Education, Health and Care Plans.",
        ],
        "resolved_style": "numbered",
        "resolutions": [
            "The update be noted.",
            "Officers circulate ward-level pupil projections to all Members of the Committee.",
        ],
    },
    {
        "number": "19",
        "title": "FORWARD PLAN",
        "agenda_item": "8",
        "paras": ["The Committee considered the Cabinet Forward Plan. No questions were raised."],
        "resolved_style": "numbered",
        "resolutions": ["The Forward Plan be noted."],
    },
    {
        "number": "20",
        "title": "WORK PROGRAMME",
        "agenda_item": "9",
        "paras": [
            "Members considered the Work Programme for the remainder of the year and agreed that a site "
            "visit to the Multi-Agency Safeguarding Hub would help them to understand the changes set out "
            "in the Improvement Plan.",
        ],
        "resolved_style": "numbered",
        "resolutions": [
            "The Work Programme be noted.",
            "A site visit to the Multi-Agency Safeguarding Hub be arranged before the September meeting.",
        ],
    },
]
