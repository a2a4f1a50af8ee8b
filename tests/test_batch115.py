"""The hundred-and-fifteenth batch of published layouts (tests/published/batch115.py): seven ordinary
files of the grass roots, public institutions and county SOEs, all in an invented 兴化县 — a
社会福利中心 一览表 under a 填报单位 line, a 镇卫生院 排查表 with its ``责任人`` last and 一级/二级/三级, a
镇中心幼儿园's 防控卡 one sheet a post (tabs named by the post), a 社区 一览表 with no 科室 column and
``党委书记、居委会主任`` as one post, a 供水公司 清单 with short 风险点, long 风险表现 and ``★★★/★★/★``, an
初级中学 排查表 whose two-character names are padded with a full-width space (``缪　澈``), a 镇's 站所
排查表 under ``单位：兴化县荇塘镇人民政府`` — and one harder: a 村 小微权力清单 whose ``责任岗位及责任人``
cell holds post and holder together (``党支部书记　冼霁``) (``python tests/published/score.py --set
batch115``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at ca7ac40 (main's newest commit when the batch was done):
forms 1.000 (41/41), recall 1.000 (52/52), precision 1.000 (52/52), levels 1.000 (52/52), types
1.000 (52/52), noise 0; with --strict the same: forms 1.000 (41/41), recall 1.000 (52/52),
precision 1.000 (52/52), levels 1.000 (52/52), types 1.000 (52/52), noise 0. The 8 files: eight
.xlsx, no re-saved copies. Missed: nothing.

Not scored but seen in the export: the 社区's ``居委会副主任`` reads 领导岗位 (truth middle), as in
batch103. Only infos in the issues log (TABLE_NO_TYPE for the four untyped tables, GRADE_BLANK for
the 幼儿园's cards).

Read right: the 村's ``责任岗位及责任人`` cells ``党支部书记　冼霁`` split into post and holder, merged over
each person's rows, no 科室; the 中学's padded names ``缪　澈`` read as 缪澈; the 幼儿园's cards one sheet a
post with the ``姓名 | … | 部门 | … | 职务 | …`` pairs; the 社区's ``党委书记、居委会主任`` kept as one post
with no 科室; the 卫生院's ``责任人`` after the measures and 一级/二级/三级; the 供水公司's short 风险点
beside 风险表现, ``★★★/★★/★``, 营业所 and 水质检测中心 as 部门, the ``填报部门：综合办公室`` line taken for no
科室; the 福利中心's 填报单位 line and per-person merges; the 镇's 站所 as 科室 of
``兴化县荇塘镇人民政府`` under a title naming only ``荇塘镇``.

(Read in full before any change for it: nothing in this batch was generalised on.)

Read in full untuned, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch115 import GAP, GRADES, LAYOUTS, STARS, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **STARS}
BATCH = Batch(115, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"hehe_village_post_name_cell"}
UNTYPED = {
    "hehe_village_post_name_cell",
    "lujing_health_center_holder_last",
    "wanghu_community_shared_post",
    "water_company_stars",
}


def test_batch115_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=109)
    assert all(f["unit"].startswith("兴化县") for lay in LAYOUTS for f in lay["truth"])


def test_batch115_truth_is_self_consistent():
    BATCH.truth_is_self_consistent()


def test_batch115_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch115_post_and_holder_in_one_cell():
    name = "hehe_village_post_name_cell"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][-1] == "责任岗位及责任人"
    assert not {"姓名", "岗位", "责任人"} & set(rows[head])
    got = [
        (r[-1].split(GAP)[0], r[-1].split(GAP)[1], r[2], HML[r[3]])
        for r in rows[head + 1 :]
        if r[3] in HML
    ]
    assert got == [(t, p, pt, lv) for _, t, p, pt, lv in BATCH.truth_rows(name)]
    assert all(f["department"] == "" for f in BY_NAME[name]["truth"])


def test_batch115_padded_names_and_shared_post():
    name = "linghu_school_padded_names"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    shown = {r[3] for r in rows[head + 1 :] if r[6] in HML}
    people = {f["person"] for f in BY_NAME[name]["truth"]}
    assert {s.replace(GAP, "") for s in shown} == people
    assert {s for s in shown if GAP in s} == {p[0] + GAP + p[1] for p in people if len(p) == 2}
    got = BATCH.by_heading(name, {"dept": "处室", "post": "职务", "person": "姓名", "point": "风险点"},
                           person=lambda c: c.replace(GAP, ""))  # fmt: skip
    assert got == BATCH.truth_rows(name)
    name = "wanghu_community_shared_post"
    truth = BY_NAME[name]["truth"]
    assert truth[0]["title"] == "党委书记、居委会主任" and truth[0]["tier"] == "leader"
    assert all(f["department"] == "" for f in truth)
    assert BATCH.by_heading(name, {"post": "岗位", "person": "责任人", "point": "风险点"}) == (
        BATCH.truth_rows(name)
    )


def test_batch115_plain_tables_by_heading():
    cases = [
        ("welfare_center_list",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("lujing_health_center_holder_last",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}, None),
        ("water_company_stars",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "风险点"}, None),
        ("xingtang_town_stations",
         {"dept": "站所", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [p["types"] for p in BATCH.points(name)], name
    rows = BATCH.filled("lujing_health_center_holder_last")
    assert rows[BATCH.header("lujing_health_center_holder_last")][-1] == "责任人"
    rows = BATCH.filled("xingtang_town_stations")
    assert rows[1][0] == "单位：兴化县荇塘镇人民政府"
    assert {f["unit"] for f in BY_NAME["xingtang_town_stations"]["truth"]} == {
        "兴化县荇塘镇人民政府"
    }


def test_batch115_cards_one_sheet_a_post():
    name = "lingjing_kindergarten_post_tabs"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert f["sheet"] == f["title"]
        assert rows[1] == ["姓名", f["person"], "部门", f["department"], "职务", f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [r["types"] for r in f["risks"]]


def test_hundred_and_fifteenth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
