"""The hundred-and-eighty-first batch of published layouts (tests/published/batch181.py): nine
ordinary files as county bodies of 贡井区 send them — the 总工会's 一览表 returned after review with a
``派驻纪检监察组审核意见`` column (the shape the README does not describe), the 统计局's 排查表 with a short
``风险点`` beside a long ``风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 组织部's 一览表 with a ``是否关键岗位`` column,
the 编办's 清单 对岗不对人 grouped under tier lines ``一、领导岗位``, the 党史和地方志研究室's 一览表 with the
holder after the measures and ``★★★/★★/★``, the 档案馆's 自查表 one sheet a post under a pair row, the
党校's 一览表 with ``岗位职责`` and ``高级/中级/低级``, the 残联's 清单 with a ``监督责任人`` column — and one
harder: the 退役军人服务中心's 排查表 whose two-row header ticks types and levels with ``√``
(``python tests/published/score.py --set batch181``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at a7126e4 (main's newest when the batch was done): forms
1.000 (44/44), recall 1.000 (55/55), precision 1.000 (55/55), levels 1.000 (55/55), types 1.000
(55/55), noise 0; with --strict the same: forms 1.000 (44/44), recall 1.000 (55/55), precision
1.000 (55/55), levels 1.000 (55/55), types 1.000 (55/55), noise 0. Nine .xlsx, no re-saved copies.
Missed: nothing.

Not scored, seen in the export: every form's unit and tier are the truth's too (``中共贡井区委组织部``,
``中共贡井区委机构编制委员会办公室``, ``中共贡井区委党史和地方志研究室``, ``中共贡井区委党校`` whole; the 编办's
tier lines agree with the tiers read). The issues log holds only notes: COLUMN_GUESSED on
``一览表!D2`` (``是否关键岗位`` read as "其他", no post), TABLE_NO_TYPE for the three untyped layouts and
GRADE_BLANK for the 档案馆's three sheets.

Read right: the 总工会's ``派驻纪检监察组审核意见`` column (``同意``, ``措施需细化``, ``建议补充返拨公示环节``)
taken for no point and no measure, the reviewer ``訾沅芷`` in the ``审核人：…`` line under it for no holder,
the 填表人 a holder through her own row; the 退役军人服务中心's two-row header ticking five type columns
and ``高 | 中 | 低`` with ``√`` (two rows with two types, in order), 股室, 岗位 and 责任人 merged; the
统计局's short ``风险点`` beside the long ``风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``; the 组织部's ``是否关键岗位``
``是/否`` column; the 编办's tier lines ``一、领导岗位`` … read as no 科室, its posts as written
(``机构编制股股长``) 对岗不对人 with 一级/二级/三级; the 研究室's holder under ``责任人`` after the measures,
``完成时限`` merged down the whole table and ``★★★/★★/★`` with its note; the 档案馆's sheets one a post
under the pair row (the compound surname 乐正) and ``自查情况``; the 党校's ``岗位职责`` merged per person
and ``高级/中级/低级``; the 残联's form line with its 填报人, ``高风险/中风险/低风险`` and the
``监督责任人`` column (leaders who hold posts higher up) taken for no holder.

(Read in full before any change for it: nothing in this batch was generalised on.)

Nothing was generalised on this batch: it read in full untuned, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch181 import (
    GRADES,
    LAYOUTS,
    PLACE,
    RANKS,
    ROMAN,
    STARS,
    TICK,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML, TYPES, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **WORDS, **RANKS}
BATCH = Batch(181, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"veterans_center_ticks"}
NOBODY = {"staffing_office_tier_lines"}
UNTYPED = {
    "statistics_bureau_short_long",
    "history_office_holder_last",
    "disabled_federation_watchers",
}
TICKED = "veterans_center_ticks"


def test_batch181_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=177, new_people=True)
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert all(PLACE in u for u in units), units


def test_batch181_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY)


def test_batch181_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, skip_types={TICKED})
    for name in set(BY_NAME) - UNTYPED - {TICKED}:
        assert all(len(p["types"]) == 1 for p in BATCH.points(name)), name
    # the ticked layout: every point one or two types, two of them two
    counts = [len(p["types"]) for p in BATCH.points(TICKED)]
    assert set(counts) == {1, 2} and counts.count(2) == 2


def test_batch181_ticked_two_row_header():
    rows = BATCH.filled(TICKED)
    h1 = BATCH.header(TICKED)
    assert rows[h1][5:10] == ["风险类型"] * 5 and rows[h1][10:13] == ["风险等级"] * 3
    assert rows[h1 + 1][5:13] == [*TYPES, "高", "中", "低"]
    for c in (0, 1, 2, 3, 4, 13):
        assert rows[h1 + 1][c] == rows[h1][c]  # merged down
    got, types = [], []
    for r in rows[h1 + 2 :]:
        if not isinstance(r[0], int):
            continue
        lv = [w for w, c in zip(("高", "中", "低"), r[10:13], strict=True) if c == TICK]
        assert len(lv) == 1
        assert all(c in (TICK, None) for c in r[5:13])
        got.append((r[1], r[2], r[3], r[4], HML[lv[0]]))
        types.append([t for t, c in zip(TYPES, r[5:10], strict=True) if c == TICK])
    assert got == BATCH.truth_rows(TICKED)
    assert types == [p["types"] for p in BATCH.points(TICKED)]


def test_batch181_reviewed_list():
    name = "union_reviewed_list"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][-1] == "派驻纪检监察组审核意见"
    got = BATCH.by_heading(
        name, {"dept": "部室", "post": "岗位", "person": "姓名", "point": "风险点"}
    )
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [p["types"] for p in BATCH.points(name)]
    comments = [r[-1] for r in rows[head + 1 :] if r[6] in HML]
    assert "同意" in comments and len(set(comments)) == 3
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not set(comments) & points
    # the reviewer under the table is no holder; the 填表人 is one
    sign = next(r for r in rows if str(r[0]).startswith("填表人："))
    assert sign[0].removeprefix("填表人：") in BATCH.holders(name)
    reviewer = sign[4].split("\u3000")[-1]
    assert sign[4].startswith("审核人：") and reviewer not in BATCH.holders(name)


def test_batch181_tier_lines_without_departments():
    name = "staffing_office_tier_lines"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert "科室" not in rows[head] and "姓名" not in rows[head]
    lines = [r[0] for r in rows[head + 1 :] if len(set(r)) == 1 and r[0]]
    assert lines == ["一、领导岗位", "二、中层岗位", "三、一般岗位"]
    truth = BY_NAME[name]["truth"]
    assert all(f["department"] == "" and f["person"] == "" for f in truth)
    assert {"机构编制股股长", "综合股工作人员"} <= {f["title"] for f in truth}
    tier, by_tier = None, {}
    for r in rows[head + 1 :]:
        if r[0] in lines:
            tier = ("leader", "middle", "general")[lines.index(r[0])]
        elif isinstance(r[0], int):
            by_tier[r[1]] = tier
    assert by_tier == {f["title"]: f["tier"] for f in truth}
    got = BATCH.by_heading(name, {"post": "岗位", "point": "风险点"})
    assert got == BATCH.truth_rows(name)


def test_batch181_selfcheck_sheets():
    name = "archives_selfcheck_sheets"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓名", f["person"], "科室", f["department"], "职务", f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        head = BATCH.header(name, f["sheet"])
        assert {r[5] for r in rows[head + 1 :] if r[3] in HML} == {"已落实"}


def test_batch181_plain_tables_by_heading():
    cases = [
        ("statistics_bureau_short_long",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, None),
        ("organization_dept_key_posts",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险类别"),
        ("history_office_holder_last",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}, None),
        ("party_school_duties",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("disabled_federation_watchers",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [p["types"] for p in BATCH.points(name)], name
    # the 统计局's short 风险点 is the point, the long 风险表现 none
    name = "statistics_bureau_short_long"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    pairs = [(r[4], r[5]) for r in rows[head + 1 :] if r[6] in ROMAN]
    assert all(len(a) < len(b) for a, b in pairs)
    assert set(ROMAN) == {r[6] for r in rows[head + 1 :] if r[6] in ROMAN}
    # 是否关键岗位 holds 是/否 only; 完成时限 长期坚持; no point
    name = "organization_dept_key_posts"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    at = rows[head].index("是否关键岗位")
    assert {r[at] for r in rows[head + 1 :] if r[7] in HML} == {"是", "否"}
    name = "history_office_holder_last"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][-2:] == ["责任人", "完成时限"]
    assert {r[-1] for r in rows[head + 1 :] if r[4] in STARS} == {"长期坚持"}
    assert any(str(r[0]).startswith("注：★★★为高风险") for r in rows)
    # 高级/中级/低级 the whole scale
    assert {r["level"] for r in BATCH.points("party_school_duties")} == {1, 2, 3}
    # the 残联's 监督责任人: a leader holding a post higher up, or the 派驻组; never the row's holder
    name = "disabled_federation_watchers"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    people = {f["person"]: f["tier"] for f in BY_NAME[name]["truth"]}
    watch = [(r[3], r[7]) for r in rows[head + 1 :] if r[5] in WORDS]
    assert all(w != who for who, w in watch)
    named = {w for _, w in watch if w in people}
    assert named and {people[w] for w in named} == {"leader"}
    assert rows[1][3] == "填报人：佴岚溪" and "佴岚溪" in people
    assert all(types_in(str(c)) == [] for r in rows for c in r)


def test_hundred_and_eighty_first_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
