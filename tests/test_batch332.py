"""The three-hundred-and-thirty-second batch of published layouts (tests/published/batch332.py): seven
ordinary files as the 卫健 and 医保 bodies of one city (崇州市) really send them — the 卫生健康局's two
sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 医疗保障局's 责任清单 under group rows with
``职责事项`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 医疗保障事务中心's 自查表 one sheet a person with
``一级风险/二级风险/三级风险``, the 中医医院's 防控卡 one sheet a holder with ``★★★/★★/★``, the
崇阳街道社区卫生服务中心's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the
疾病预防控制中心's 一览表 with bare ``Ⅰ/Ⅱ/Ⅲ``, the 妇幼保健院's 一览表 with short types and 高/中/低 —
and one harder: the 人民医院's 一览表 whose ``责任人`` cells write the leaders and 科室 heads as
SURNAME + POST (``蓟副院长``, ``钭副院长``, ``璩科长``, ``訾书记``), their full names only on the
file's ``领导小组`` sheet (``python tests/published/score.py --set batch332``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at bf8246d (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch332``:
``TOTAL                      forms  36/46  points  58/76  recall 0.76 precision 0.76 (58/76)  levels  58/58  types  58/58  noise 0``
and ``TOTAL forms=0.783 recall=0.763 precision=0.763 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  36/46  points  58/76  recall 0.76 precision 0.76 (58/76)  levels  58/58  types  58/58  noise 0``
and ``TOTAL forms=0.783 recall=0.763 precision=0.763 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type — with ``--strict`` too. The
truth was not changed after measuring.

Missed, all in the harder ``chongzhou_people_hospital_surname_posts.xlsx`` (sheet ``一览表``: ``附件2``
A1, title row 2, the ``填报单位（盖章）：…`` line row 3, header row 4, risk rows 5–25, 责任人 in column
D merged per person; the full names on sheet ``领导小组``, C4:C14): forms 3/13, points 3/21,
precision 3/21, levels 3/3, types 3/3, noise 0. The reader found the table and read every row's
point (E), type (F), level (G), 科室 (B), post (C) and tier right, and the three staff written by
full name (D17 蒯语汐, D19 郦若岚, D22 昝柏霖) are the three forms and points it got; but it took the
ten SURNAME + POST cells AS WRITTEN for the holders' names (posts.csv F00031–F00036, F00038,
F00040, F00042, F00043; risks.csv person the cell), so their 18 points are keyed to a person who
is not the truth's:

- D5 (D5:D6) read ``訾书记``; truth 訾翊琛 (党委书记) — points E5, E6;
- D7 (D7:D8) read ``隗院长``; truth 隗知韫 (院长) — E7, E8;
- D9 (D9:D10) read ``蓟副院长``; truth 蓟昀澈 (副院长) — E9, E10;
- D11 (D11:D12) read ``钭副院长``; truth 钭筠桐 (副院长) — E11, E12;
- D13 (D13:D14) read ``璩科长``; truth 璩晗煜 (医务科科长) — E13, E14;
- D15 (D15:D16) read ``濮主任``; truth 濮曦瑶 (医保办主任) — E15, E16;
- D18 read ``郗科长``; truth 郗沛泓 (财务科科长) — E18;
- D20 (D20:D21) read ``亓主任``; truth 亓珞笙 (药剂科主任) — E20, E21;
- D23 (D23:D24) read ``庾科长``; truth 庾煦宁 (设备科科长) — E23, E24;
- D25 read ``笪主任``; truth 笪蘅淇 (护理部主任) — E25.

Kind (one): a holder written as SURNAME + POST (a name cut to its surname and joined to the post,
``蓟副院长``) is taken whole as a personal name, not resolved by its surname, 科室 and post against
the file's 领导小组 name list on the other sheet (``姓名 | 单位职务``), which the reader passes over
silently (no form, no TABLE_OTHER, no issue) — and no issue says that ``蓟副院长`` is no full name.
The forms themselves are right but for the person: ten forms, one a post, the two 副院长 kept apart
(by the cell as written), every 科室, post and tier as the truth has them.

Unscored besides: nothing — every unit, 科室, post and tier of the seven ordinary files is the
truth's (the 社区卫生服务中心's forms are posts with no holder, as the truth has them); the issues
are info only (TABLE_NO_TYPE on the 卫生健康局's two sheets, the 医疗保障局's list and the three
自查表; GRADE_BLANK on the three cards and the three 自查表; FILE_SKIPPED for truth.json).

Generalised after this measurement: holders written by surname and post ('蓟副院长'), named in full on another sheet of the file (info HOLDER_BY_SURNAME; tests/test_columns.py::test_holders_by_surname_and_post_named_in_full_on_another_sheet).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch332 import (
    BANDS,
    BARE,
    GRADES,
    HOLDERS,
    LAYOUTS,
    LIST_HEAD,
    RESAVED,
    RISKS,
    ROMAN,
    ROSTER,
    ROSTER_HEAD,
    ROSTER_NOTE,
    STARS,
    build,
    full_name,
)
from published.cells import norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(332, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
SURNAMES_FILE = "chongzhou_people_hospital_surname_posts"
HARDER = {SURNAMES_FILE}
UNTYPED = {
    "chongzhou_health_bureau_two_sheets",
    "chongzhou_medical_security_bureau_groups",
    "chongzhou_medical_security_center_selfchecks",
}
NOBODY = {"chongzhou_chongyang_health_center_posts"}
GAP = "\u3000"


def _named_on_the_roster(form: dict, field: str) -> bool:
    """The harder file's holders written as surname + post stand whole on its 领导小组 sheet."""
    return (
        form["layout"] == SURNAMES_FILE
        and field == "person"
        and any(who == form["person"] for _, who, _, _, _ in ROSTER)
    )


def test_batch332_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=331, unit_words=("崇州市",), new_people=True)


def test_batch332_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 21), unnamed=_named_on_the_roster)
    assert RESAVED == ()


def test_batch332_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch332_every_unit_is_of_chongzhou():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("崇州市") for u in units)


def test_batch332_holders_written_as_surname_and_post():
    name = SURNAMES_FILE
    # the 领导小组 sheet: the full names, their posts; no risk column, no truth form on it
    roster = BATCH.rows(name, "领导小组")
    assert roster[2] == list(ROSTER_HEAD) and roster[-1][0] == ROSTER_NOTE
    listed = {(r[2], r[3]) for r in roster[3:-1]}
    assert listed == {(who, duty) for _, who, duty, _, _ in ROSTER}
    assert {f["sheet"] for f in BY_NAME[name]["truth"]} == {"一览表"}
    for _, _who, duty, dept, post in ROSTER:
        # 单位职务 is the post, or the 科室 and post run together
        assert duty in (post, dept + post)
    # the list: 责任人 by heading, each cell turned into the holder it names
    rows = BATCH.filled(name, "一览表")
    head = next(r for r, row in enumerate(rows) if row[0] == "序号")
    assert rows[head] == list(LIST_HEAD)
    got = [
        (row[1], row[2], full_name(row[1], row[2], row[3]), row[4], HML[row[6]])
        for row in rows[head + 1 :]
        if isinstance(row[0], int)
    ]
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", "一览表", head=head) == [
        r["types"] for r in BATCH.points(name)
    ]
    # no full name of a leader or 科室 head stands in the list; the staff's do
    cells = {norm(c) for row in rows for c in row if c is not None}
    shown = {s for _, _, s, _, _ in HOLDERS}
    people = {f["person"] for f in BY_NAME[name]["truth"]}
    on_roster = {who for _, who, _, _, _ in ROSTER}
    assert not (people & on_roster) & cells
    staff = people - on_roster
    assert staff == shown & people and staff <= cells  # the staff by full name, in the list
    surname_posts = shown - people
    assert len(surname_posts) == 10 and all(
        any(s[0] == who[0] and post.endswith(s[1:]) for _, who, _, _, post in ROSTER)
        for s in surname_posts
    )
    # two 副院长, told apart only by the surname: two forms, one post
    deputies = [f for f in BY_NAME[name]["truth"] if f["title"] == "副院长"]
    assert len(deputies) == 2 and len({f["person"][0] for f in deputies}) == 2
    assert {s for s in surname_posts if s.endswith("副院长")} == {"蓟副院长", "钭副院长"}
    # ``訾书记``: the surname and the last word of the post 党委书记
    assert full_name("院领导", "党委书记", "訾书记") == "訾翊琛"
    # the 纪检监察室主任 is on the roster but holds nothing in the list
    assert "宓婧蓉" not in people and "纪检监察室" not in {
        r[1] for r in BATCH.table(name, "一览表")
    }
    # tiers: leaders 院领导, the 科室 heads middle, the staff general
    tiers = {f["title"]: f["tier"] for f in BY_NAME[name]["truth"]}
    assert {t for p, t in tiers.items() if p in ("党委书记", "院长", "副院长")} == {"leader"}
    assert {t for p, t in tiers.items() if p in ("科长", "主任")} == {"middle"}
    assert {t for p, t in tiers.items() if p in ("审核员", "出纳", "采购员")} == {"general"}


def test_batch332_plain_tables_by_heading():
    cases = [
        ("chongzhou_maternal_child_hospital_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("chongzhou_chongyang_health_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"},
         "风险类型"),
        ("chongzhou_cdc_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the 中心's list names nobody
    name = "chongzhou_chongyang_health_center_posts"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    assert "姓名" not in BATCH.heading(name) and "责任人" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    # the 疾控中心: bare Ⅰ/Ⅱ/Ⅲ read by its note; 部门 on every row, no merges in the table
    name = "chongzhou_cdc_list"
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级Ⅰ为高风险") for r in BATCH.rows(name))
    head = BATCH.header(name)
    assert not [m for m in BATCH.sheet(name)["merges"] if m[0] > head and m[2] > m[0]]
    # the 卫生健康局's two sheets
    name = "chongzhou_health_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "局领导")
    }


def test_batch332_group_rows_give_the_department():
    name = "chongzhou_medical_security_bureau_groups"
    rows, dept, got, duties = BATCH.filled(name), None, [], set()
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], ROMAN[row[5]]))
            duties.add(row[3])
    assert got == BATCH.truth_rows(name)
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 is no point
    assert BATCH.heading(name)[1:5] == ["岗位", "姓名", "职责事项", "廉政风险点"]


def test_batch332_one_sheet_a_person():
    name = "chongzhou_tcm_hospital_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"岗{GAP}位", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        assert f["sheet"] == f["title"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "chongzhou_medical_security_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        found = {r[4] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point


def test_batch332_is_read(tmp_path):
    BATCH.is_read(tmp_path)
