"""The three-hundred-and-twenty-sixth batch of published layouts (tests/published/batch326.py): seven
ordinary files as the 发改, 经信 and 商务 bodies of one district (雨城区) really send them — the
经济和信息化局's 一览表 with short types and 高/中/低, the 商务局's two sheets ``局领导 | 股室`` with
``一级/二级/三级``, the 粮食储备库's 防控卡 one sheet a holder with ``★★★/★★/★``, the 招商服务中心's
责任清单 under group rows with ``职责事项`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 价格认证中心's 排查表 对岗不对人
with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the 中小企业服务中心's 自查表 one sheet a person
with ``一级风险/二级风险/三级风险``, the 电子商务公共服务中心's 一览表 with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one
harder: the 发展和改革局's 岗位廉政风险提醒谈话记录表, one sheet a talk, whose header names the
``谈话人`` (with his own 职务) and the ``记录人`` ABOVE the ``谈话对象``, the holder
(``python tests/published/score.py --set batch326``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 231cf14 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch326``:
``TOTAL                      forms  32/36  points  57/69  recall 0.83 precision 0.83 (57/69)  levels  57/57  types  57/57  noise 4``
and ``TOTAL forms=0.889 recall=0.826 precision=0.826 levels=1.000 types=1.000 noise=4``; with
``--strict`` the same:
``TOTAL                      forms  32/36  points  57/69  recall 0.83 precision 0.83 (57/69)  levels  57/57  types  57/57  noise 4``
and ``TOTAL forms=0.889 recall=0.826 precision=0.826 levels=1.000 types=1.000 noise=4``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type — with ``--strict`` too, and
every unit, 科室, post, holder and tier of their 32 forms as the truth has them (posts.csv). The
truth was not changed after measuring.

Missed, all in the harder ``yucheng_development_reform_talk_records.xlsx`` (forms 0/4, points
0/12, precision 0/12, noise 4). On every sheet the reader found the table (header row 6, points
B7–B9, levels C7–C9 read right: 高 → Ⅰ级, 中 → Ⅱ级, 低 → Ⅲ级, measures from D7–D9) and took the
科室 from the ``所在股室`` cell D4 rightly, but it read NO HOLDER (posts.csv F00007–F00010, person
blank) and took the post from the FIRST ``职　务`` pair above the table, D3 — the 谈话人's — instead
of the 谈话对象's F4; so all 12 points are keyed to nobody (risks.csv, every row of the four sheets):

- 谈话1 B7:B9 (form F00007): read holder "" and post ``党组书记、局长`` (D3, the 局长 郗峤霖's), tier
  中层岗位; truth holder 阚沂澄 (B4), post 副局长 (F4), 科室 局领导 (D4, read right), leader;
- 谈话2 B7:B9 (F00008): read holder "" and post ``副局长`` (D3, 阚沂澄's, the 谈话人 here); truth
  隗珞汀, 股长, 投资股 (read right), middle;
- 谈话3 B7:B9 (F00009): read holder "" and post ``副局长`` (D3, 亓湉岑's); truth 郏翊岚, 股长,
  粮食和物资储备股 (read right), middle;
- 谈话4 B7:B9 (F00010): read holder "" and post ``投资股股长`` (D3, 隗珞汀's); truth 眭澜昉, 科员,
  投资股 (read right), general.

The 12 points are missed and the 12 read false (the scorer keys a point by its holder); the four
forms are missed. Noise: one ROW_UNPLACED warning a sheet at A2, the ``谈话时间 | … | 谈话地点 | … |
谈话方式 | 个别谈话`` row (truth: header fields, no point and no problem). Kind: a record whose header
names the 谈话人 (with his own ``职　务``) and the 记录人 above the ``谈话对象`` is read with no holder —
neither ``谈话人`` nor ``谈话对象`` is taken for a name label — and with the post of the first
``职　务`` pair, the supervisor's, while the row of 谈话时间/地点/方式 is reported as content outside
the table.

Unscored besides: every tier of the harder file is 中层岗位 (from the 谈话人's post or by default;
truth leader, middle, middle, general). The other issues are info only (TABLE_NO_TYPE on the four
talks, both 商务局 sheets, the 招商服务中心's list and the three 自查表; GRADE_BLANK on the three cards
and the three 自查表; FILE_SKIPPED for truth.json); no error.

Generalised after this measurement: a talk record's holder is the one talked to, the post on the talker's line his own, its time/place/manner line no stray row (tests/test_columns.py::test_a_talk_record_is_the_one_talked_to).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch326 import (
    BANDS,
    BARE,
    CLERK,
    GRADES,
    LAYOUTS,
    RECORDER,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TALK_HEAD,
    TALKER,
    TALKS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(326, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
TALKS_FILE = "yucheng_development_reform_talk_records"
HARDER = {TALKS_FILE}
UNTYPED = {
    TALKS_FILE,
    "yucheng_commerce_two_sheets",
    "yucheng_investment_center_groups",
    "yucheng_sme_center_selfchecks",
}
NOBODY = {"yucheng_price_certification_posts"}
GAP = "\u3000"


def test_batch326_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=321, unit_words=("雨城区",), new_people=True)


def test_batch326_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 12))
    assert RESAVED == ()


def test_batch326_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch326_every_unit_is_of_yucheng():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("雨城区") for u in units)


def test_batch326_talk_records_hold_the_person_talked_to():
    name = TALKS_FILE
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == [talk[0] for talk in TALKS]
    assert len(lay["truth"]) == len(TALKS)  # one form a talk
    holders = BATCH.holders(name)
    talkers = {talk[2][0] for talk in TALKS}
    for tab, date, (talker, talker_post), (who, dept, post, _tier), points in TALKS:
        rows = BATCH.filled(name, tab)
        # the talker and the clerk stand ABOVE the person talked to, each with a name
        assert rows[2] == [TALKER, talker, f"职{GAP}务", talker_post, CLERK, RECORDER]
        assert rows[3] == ["谈话对象", who, "所在股室", dept, f"职{GAP}务", post]
        assert rows[1][:2] == ["谈话时间", date]
        assert rows[4][0].startswith("谈话事由：")
        assert BATCH.heading(name, tab) == list(TALK_HEAD)
        f = BATCH.form(name, tab)
        assert (f["department"], f["title"], f["person"]) == (dept, post, who)
        assert talker != who and talker_post != post
        fixed = {"dept": dept, "post": post, "person": who}
        got = BATCH.by_heading(name, {"point": "提醒的廉政风险点"}, tab, fixed=fixed)
        assert got == BATCH.truth_rows(name, tab)
        # 谈话对象表态 and 防控要求 are no points
        table = BATCH.table(name, tab)
        assert len(table) == len(points)
        assert not {r[4] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert all(r[5] is None for r in table)
        # the signature lines name nobody
        assert any(r[:3] == ["谈话人（签字）：", None, "谈话对象（签字）："] for r in rows)
    # the ladder: a 谈话对象 on one sheet is the 谈话人 on another; the 局长, one 副局长 and the
    # 记录人 are never talked to and hold no form
    assert holders & talkers == {"阚沂澄", "隗珞汀"}
    assert not (talkers - holders) & holders
    assert {"郗峤霖", "亓湉岑", RECORDER}.isdisjoint(holders)
    assert BATCH.points(name) and all(p["types"] == [] for p in BATCH.points(name))


def test_batch326_plain_tables_by_heading():
    cases = [
        ("yucheng_economy_information_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("yucheng_price_certification_posts", {"dept": "股室", "post": "岗位", "point": "风险点"},
         "风险类型"),
        ("yucheng_ecommerce_center_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the 价格认证中心 names nobody
    name = "yucheng_price_certification_posts"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    assert "姓名" not in BATCH.heading(name) and "责任人" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    # the 电商中心: bare Ⅰ/Ⅱ/Ⅲ read by its note; 部门 on every row, no merges in the table
    name = "yucheng_ecommerce_center_list"
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级Ⅰ为高风险") for r in BATCH.rows(name))
    head = BATCH.header(name)
    assert not [m for m in BATCH.sheet(name)["merges"] if m[0] > head and m[2] > m[0]]
    # the 商务局's two sheets
    name = "yucheng_commerce_two_sheets"
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


def test_batch326_group_rows_give_the_department():
    name = "yucheng_investment_center_groups"
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


def test_batch326_one_sheet_a_person():
    name = "yucheng_grain_reserve_cards"
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
    name = "yucheng_sme_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"股{GAP}室", f"岗{GAP}位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        found = {r[4] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point


def test_batch326_is_read(tmp_path):
    BATCH.is_read(tmp_path)
