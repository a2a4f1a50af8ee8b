"""The three-hundred-and-ninth batch of published layouts (tests/published/batch309.py): seven
ordinary files as the 乡镇, 站所, 村 and 社区 of one county (仪陇县) really send them — the 新政镇's two
sheets ``镇领导班子 | 内设机构`` with ``一级/二级/三级``, the 金城镇 “三资”代理服务中心's 防控卡 one sheet a
holder with ``★★★/★★/★``, the 永乐镇社保所's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
日兴镇玉带社区's 责任清单 with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 立山镇青杠村's 排查表 对岗不对人 with 高/中/低, the
度门镇石龙村's 一览表 under group rows with ``一级风险/二级风险/三级风险``, the 柳垭镇便民服务中心's 一览表
with ``风险点 | 风险描述`` and bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 双胜镇's 重点工作事项 防控表, laid out
by work item, whose ``责任人`` is written only where a post FIRST appears and left empty at the post's
later, scattered rows, as a note under the table says
(``python tests/published/score.py --set batch309``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at fc54a3b (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch309``:
``TOTAL                      forms  38/38  points  61/68  recall 0.90 precision 0.90 (61/68)  levels  61/61  types  61/61  noise 0``
and ``TOTAL forms=1.000 recall=0.897 precision=0.897 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  38/38  points  61/68  recall 0.90 precision 0.90 (61/68)  levels  61/61  types  61/61  noise 0``
and ``TOTAL forms=1.000 recall=0.897 precision=0.897 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped). The seven ordinary layouts read
in full — every form, point, level and type — with ``--strict`` too; the harder one finds its 7
forms (each post's first row names its holder) but only 7 of its 14 points (precision 7/14), with
no issue at all on its sheet. The truth was not changed after measuring.

Missed, all in the harder ``yilong_shuangsheng_town_names_once.xlsx`` (sheet 防控表; title A1, the
``填报单位：…镇纪委`` line A2, heading A3:I3, points in rows 4–17, the note A18, the sign-off line row
19). The reader read the table right — every point, level (高/中/低 → Ⅰ/Ⅱ/Ⅲ级) and type, 工作事项 (B)
as neither point nor 科室, 责任科室 (G) and 责任岗位 (H) on every row — but took each EMPTY 责任人 cell
(column I) as NO HOLDER: the row went to a form of its own 科室 and 岗位 with no person, not to the
holder the same post's first row names, and the note A18 ``注：同一岗位在本表中多次出现的，责任人只在该岗位
首次出现时填写…`` was passed over silently. By cell (risks.csv), read with person "" where the truth
has the person of the post's first row:

- C8 ``补贴资金“一卡通”发放时代领代签，截留补贴`` and C14 ``公务用车加油、维修费用报销审核不严，虚报冒领``
  (G/H ``财政所 | 会计``, I8 and I14 empty): read as posts.csv F00025 (财政所, 会计, no person); truth
  班筠澈 (named in I5);
- C11 ``工程款不按进度和合同拨付`` (``财政所 | 所长``, I11 empty): F00028, no person; truth 屠砚笙 (I6);
- C13 ``无公函接待、超标准接待`` (``党政办公室 | 主任``, I13 empty): F00030, no person; truth 宫蘅岫 (I4);
- C15 ``村集体资产出租、发包审核走过场`` (``农业综合服务中心 | 主任``, I15 empty): F00031, no person; truth
  仰翀颀 (I9);
- C16 ``村级项目结余资金不清算、不收回`` (``经济发展办公室 | 主任``, I16 empty): F00032, no person; truth
  慎珧晞 (I10);
- C17 ``对村干部违规收受礼金等问题监督不力`` (``镇领导班子 | 副镇长``, I17 empty): F00033, no person;
  truth 韶箬菡 (I12).

Each of these 7 is a missed point (the truth's holder) and a false one (no holder); the six nameless
forms (F00025, F00028, F00030–F00033) are counted neither in forms nor in noise. Kind: a 责任人
written once at a post's first appearance and left empty at its later, scattered rows (as the note
under the table says) is read as "no holder" for those rows — the post's holder is not carried from
the earlier row of the same 科室 and 岗位, and the note is not read.

Unscored besides (posts.csv), by form: the 新政镇's leaders on the tab ``镇领导班子`` read with no 科室
(F00034–F00036; truth ``镇领导班子``; ``--strict`` does not compare a leader's 科室); the 度门镇石龙村's
group row ``三、村级其他工作人员`` (A9) read as the 科室 of 村出纳 and 村会计 (F00004, F00005; truth none,
the other two group rows giving none); the 三资代理服务中心 and the 社保所 read as unit ``仪陇县金城镇`` /
``仪陇县永乐镇`` with the 中心 or 所 as 科室, and the 便民服务中心 as unit ``仪陇县柳垭镇`` with its 窗口 as
科室 (the scorer counts a 站所's two writings as one); tiers: the 中心's 主任 and the 社保所's 所长 in
their own files read 中层岗位 (truth leader), the 居务监督委员会主任 and 村务监督委员会主任 领导岗位 (truth
middle). The other issues are info only (TABLE_NO_TYPE on the six untyped sheets, GRADE_BLANK on six
forms).

Generalised after this measurement: a holder written at a post's first row only holds the post's later rows
whose 责任人 is blank, where the list names one holder of it (tests/test_columns.py::
test_a_holder_written_at_the_posts_first_row_only).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch309 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    ONCE_HEAD,
    ONCE_ITEMS,
    ONCE_NOTE,
    ONCE_POSTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(309, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
ONCE = "yilong_shuangsheng_town_names_once"
HARDER = {ONCE}
UNTYPED = {
    "yilong_xinzheng_town_two_sheets",
    "yilong_yongle_social_security_selfchecks",
    "yilong_lishan_village_posts",
}
NOBODY = {"yilong_lishan_village_posts"}
GAP = "\u3000"


def test_batch309_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=305, unit_words=("仪陇县",), new_people=True)


def test_batch309_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 16))
    assert RESAVED == ()


def test_batch309_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch309_every_unit_is_of_yilong():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("仪陇县") for u in units)


def test_batch309_a_holder_named_once_at_the_posts_first_row():
    name = ONCE
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert tuple(rows[head][: len(ONCE_HEAD)]) == ONCE_HEAD
    table = BATCH.table(name)
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    # read as the note says: an empty 责任人 is the holder of the post's first row
    holders, got, types, empties = {}, [], [], []
    for _n, _item, point, typ, lv, _measures, dept, post, who in table:
        if who is None:
            empties.append((dept, post))
            who = holders[(dept, post)]  # the post came before, with its holder
        else:
            assert (dept, post) not in holders  # a holder is written once a post
            holders[(dept, post)] = who
        got.append((dept, post, who, point, HML[lv]))
        types.append(types_in(typ))
    # (the truth lists a form's points together, the sheet by work item)
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    answers = BATCH.answers(name)
    assert types == [answers[row[2]][4] for row in table]
    assert holders == {k: v[0] for k, v in ONCE_POSTS.items()}
    # most posts come back with an empty 责任人, never on the row right after one of their own
    assert len(set(empties)) >= 5 and len(empties) >= 6
    posts = [(row[6], row[7]) for row in table]
    assert all(a != b for a, b in zip(posts, posts[1:], strict=False))
    # one form a post, its points from several work items
    forms = BY_NAME[name]["truth"]
    assert len(forms) == len(ONCE_POSTS) and all(f["person"] for f in forms)
    items = {row[2]: row[1] for row in table}
    assert sum(len({items[r["risk_point"]] for r in f["risks"]}) > 1 for f in forms) >= 5
    # the 责任人 cells are not merged; 工作事项 is merged down and is no point
    merges = BATCH.sheet(name)["merges"]
    assert not any(c0 <= 8 <= c1 and r1 > r0 for r0, c0, r1, c1 in merges)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & ({item for item, _ in ONCE_ITEMS} | {ONCE_NOTE})
    assert [ONCE_NOTE] in [[c for c in row if c is not None] for row in BATCH.sheet(name)["rows"]]


def test_batch309_plain_tables_by_heading():
    cases = [
        ("yilong_rixing_community_duties", {"post": "岗位", "person": "责任人", "point": "廉政风险点"},
         "风险类型"),
        ("yilong_lishan_village_posts", {"post": "岗位", "point": "廉政风险点"}, None),
        ("yilong_liuya_service_center_list",
         {"dept": "窗口", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险描述 none; bare Ⅰ/Ⅱ/Ⅲ read by the note
    name = "yilong_liuya_service_center_list"
    at = BATCH.heading(name).index("风险描述")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[at] for r in BATCH.table(name)}
    assert {r[7] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级分Ⅰ、Ⅱ、Ⅲ三级") for r in BATCH.rows(name))
    # the 村 names nobody and no 科室; 工作环节 is no point
    name = "yilong_lishan_village_posts"
    assert BATCH.holders(name) == {""}
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[2] for r in BATCH.table(name)}
    # the 社区's 职责事项 is no point; levels Ⅰ级/Ⅱ级/Ⅲ级; no 科室
    name = "yilong_rixing_community_duties"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[3] for r in BATCH.table(name)}
    assert {r[6] for r in BATCH.table(name)} == set(ROMAN)
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}
    # the 镇's two sheets: 镇领导班子 the leaders' 科室, 分管工作 no point
    name = "yilong_xinzheng_town_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "镇领导班子",
        fixed={"dept": "镇领导班子"},
    )
    assert got == BATCH.truth_rows(name, "镇领导班子")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "内设机构") == BATCH.truth_rows(name, "内设机构")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "镇领导班子")
    }
    assert {f["tier"] for f in BY_NAME[name]["truth"] if f["sheet"] == "镇领导班子"} == {"leader"}


def test_batch309_group_rows_group_the_villages_posts():
    name = "yilong_dumen_village_groups"
    rows, got, types, shown = BATCH.filled(name), [], [], []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            shown.append(row[0])
        elif isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[5]]))
            types.append(types_in(row[4]))
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]
    assert len(shown) == 3  # the group rows are no 科室
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}


def test_batch309_one_sheet_a_person():
    name = "yilong_yongle_social_security_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"岗{GAP}位", f["title"]]
        assert f["sheet"] == f["title"] and f["department"] == ""
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # 自查情况 is no point
        table = BATCH.table(name, f["sheet"])
        assert not {r[4] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
    name = "yilong_jincheng_sanzi_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"岗{GAP}位", f["title"]]
        assert rows[2][0] == "岗位职责" and f["sheet"] == f["title"]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        # 岗位职责 is no point
        assert rows[2][1] not in {p["risk_point"] for p in BATCH.points(name)}


def test_batch309_is_read(tmp_path):
    BATCH.is_read(tmp_path)
