"""The hundred-and-ninety-seventh batch of published layouts (tests/published/batch197.py): nine
ordinary lists as 巴南区's county bodies send them back — a 区委统战部 责任清单 with a 主要职责 column, a
区工商联 排查表 with a ``职级`` column of ranks before the ``岗位``, a 区文化馆 自查表 one a sheet under a
personal block of pairs with ``Ⅰ级/Ⅱ级/Ⅲ级``, a 区总工会 list 对岗不对人 headed ``部室``, a 区医保局
一览表 with a short 风险点 beside 风险表现形式, a 区融媒体中心 一览表 whose type cells name two types, a
区信访局 一览表 split by ``一、办公室`` group rows, a 区委老干部局 list with no 科室 column — and one
harder: a 区档案馆 一览表 whose ``岗位（责任人）`` cells hold the post and the holder separated only by
a full-width space (``python tests/published/score.py --set batch197``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 34e4645 (main's newest when the batch was done): forms
1.000 (40/40), recall 1.000 (68/68), precision 1.000 (68/68), levels 1.000 (68/68), types 1.000
(68/68), noise 0; with --strict the same: forms 1.000 (40/40), recall 1.000 (68/68), precision
1.000 (68/68), levels 1.000 (68/68), types 1.000 (68/68), noise 0. The 9 files: nine .xlsx, no
re-saved copies. Missed: nothing scored.

- Not scored: ``veteran_cadre_posts`` ``清单!B6`` ``离退休干部科科长`` reads tier 一般岗位 (truth middle),
  while ``老干部活动中心主任`` and ``办公室主任`` in the same list read 中层岗位 — a post written with a
  科室 whose name holds ``干部`` before the ``科长`` is not taken for a 科长.

Read right: the harder 档案馆's ``岗位（责任人）`` cells ``科长　郏若篁`` split at the full-width space
into post and holder, with the ``分管领导`` names (two leaders over several posts) taken for no
holder; the 工商联's ``职级`` column (``一级主任科员``, ``四级调研员``) left aside and the post read
from ``岗位``; the 文化馆's personal block of pairs with ``性别``/``出生年月``/``政治面貌`` and its
``自查情况`` answers (无, 已整改) no point, Ⅰ级/Ⅱ级/Ⅲ级; the 统战部's 责任清单 with ``主要职责`` before
``廉政风险点`` and its unit ``中共巴南区委统一战线工作部``; the 总工会's ``部室`` list 对岗不对人 with ``…风险``
types; the 医保局's short 风险点 beside ``风险表现形式`` and its ``医保事务中心`` as a 科室; the 融媒体中心's
two-type cells; the 信访局's ``一、办公室`` group rows; the 老干部局's posts kept as written with no
科室 column.

(Read in full before any change for it: nothing in this batch was generalised on.)

Read in full untuned; after generalising elsewhere (a post tiered by the word ending it, `离退休干部科科长` a 科长): the tiers in the export right too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch197 import GAP, GRADES, LAYOUTS, ROMAN, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **ROMAN, **GRADES}
BATCH = Batch(197, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"archives_post_space_holder"}
UNTYPED = {"archives_post_space_holder", "united_front_duty_list", "veteran_cadre_posts"}
NOBODY = {"union_posts_no_names", "veteran_cadre_posts"}


def test_batch197_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=197, new_people=True)


def test_batch197_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY)


def test_batch197_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, skip_types={"media_center_two_types"})
    types = [p["types"] for p in BATCH.points("media_center_two_types")]
    assert all(1 <= len(t) <= 2 for t in types) and any(len(t) == 2 for t in types)
    assert types == BATCH.types_by("media_center_two_types", "风险类别")


def test_batch197_every_unit_is_of_banan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all("巴南区" in u for u in units)


def test_batch197_post_and_holder_in_one_cell():
    name = "archives_post_space_holder"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][2] == "岗位（责任人）" and rows[head][-1] == "分管领导"
    got = BATCH.by_heading(
        name,
        {"dept": "科室", "post": "岗位（责任人）", "person": "岗位（责任人）", "point": "风险点"},
        post=lambda c: c.split(GAP)[0],
        person=lambda c: c.split(GAP)[1],
    )
    assert got == BATCH.truth_rows(name)
    leaders = {r[-1] for r in rows[head + 1 :] if r[4] in GRADES}
    assert len(leaders) == 2 and not leaders & BATCH.holders(name)
    assert not any("姓名" in str(c) or "责任人" == c for c in rows[head])


def test_batch197_rank_column_is_not_the_post():
    name = "federation_rank_column"
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    rank = rows[head].index("职级")
    assert rank < rows[head].index("岗位")
    ranks = {r[rank] for r in rows[head + 1 :] if r[7] in HML}
    assert ranks and all(r.endswith(("科员", "调研员")) for r in ranks)
    assert not ranks & {f["title"] for f in BY_NAME[name]["truth"]}
    assert BATCH.types_by(name, "风险类型") == [p["types"] for p in BATCH.points(name)]


def test_batch197_personal_blocks_one_a_sheet():
    name = "culture_hall_selfcheck"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:2] == ["姓名", f["person"]] and rows[1][2] == "性别"
        assert rows[2][:4] == ["部门", f["department"], "职务", f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        head = BATCH.header(name, f["sheet"])
        answers = {r[4] for r in rows[head + 1 :] if r[3] in ROMAN}
        assert answers <= {"无", "已整改"}


def test_batch197_plain_tables_by_heading():
    cases = [
        ("united_front_duty_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
        ("union_posts_no_names", {"dept": "部室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("medical_insurance_short_long",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险类别"),
        ("media_center_two_types",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, None),
        ("veteran_cadre_posts", {"post": "岗位", "point": "风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [p["types"] for p in BATCH.points(name)], name
    truth = BY_NAME["veteran_cadre_posts"]["truth"]
    assert all(f["department"] == "" for f in truth)
    assert "离退休干部科科长" in {f["title"] for f in truth}


def test_batch197_group_rows_name_the_department():
    name = "petition_bureau_groups"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    dept, got = "", []
    for r in rows[head + 1 :]:
        if len(set(r)) == 1 and r[0] and "、" in r[0]:
            dept = r[0].split("、", 1)[1]
        elif r[5] in GRADES:
            got.append((dept, r[1], r[2], r[3], GRADES[r[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [p["types"] for p in BATCH.points(name)]


def test_hundred_and_ninety_seventh_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
