"""The four-hundred-and-sixty-third batch of published layouts (tests/published/batch463.py): seven
ordinary files as the 教育 bodies of one county (成县) really send them — the 教育局's 一览表 with
高/中/低 and short types, the 职业中专's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``,
the 实验小学's file in two sheets ``校领导``/``处室`` with ``一级/二级/三级``, the 抛沙镇中心学校's
防控卡 one sheet a holder with ``★★★/★★/★``, the 小川镇中心学校's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 黄渚镇中心学校's 责任清单 under group rows ``一、学校领导`` … with
``一级风险/二级风险/三级风险``, the 纸坊镇中心学校's 一览表 with 责任人 on every row — and one harder: the
第一中学's 防控表 with no name and no 科室 column, whose group rows ``二、教务处（主任：…）`` name the
处室 and the holders of its head posts by post, each the holder of the rows of his own post only
(``python tests/published/score.py --set batch463``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at f310d86 (``/work/snap23``; this
worktree branched from dev at f310d86 too): TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0 (forms 33/33, points 49/49, levels 49/49, types
49/49). The 8 files: eight .xlsx, no re-saved copies. All eight layouts read in full, the harder
one included: in ``chengxian_first_middle_school_heads_in_group_rows.xlsx`` (sheet 防控表) the
group rows A3, A7, A10 gave the 科室 (校长室, 教务处, 总务处) and each holder only to the rows of
his own post (posts.csv F00011–F00018: 隰珝澴 校长, 麴沣岚 副校长, 璩沄璟 and 滑翯岍 主任, 楚淏珺
副主任; 教务员, 报账员, 食堂管理员 without a holder), tiers as the truth's.

No misses, so no kind of mistake to name. Unscored besides: only info issues (TABLE_NO_TYPE on
the untyped sheets). So the harder shape — several holders named by post in one group row — is
already read by the reader though the README's 读得懂的表 does not describe it.

Nothing was generalised after this measurement: every layout read in full untuned; the
is_read test keeps it so.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch463 import (
    GRADES,
    GROUPS,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(463, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HEADS = "chengxian_first_middle_school_heads_in_group_rows"
HARDER = {HEADS}
UNTYPED = {
    HEADS,
    "chengxian_experimental_primary_two_sheets",
    "chengxian_paosha_school_cards",
    "chengxian_xiaochuan_school_selfchecks",
    "chengxian_huangzhu_school_duties",
}
NOBODY = {"chengxian_vocational_school_posts"}


def test_batch463_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=459, unit_words=(PLACE,), new_people=True)


def test_batch463_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, some_nobody={HEADS}, points=(4, 10))
    assert RESAVED == ()


def test_batch463_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch463_every_unit_is_of_chengxian():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch463_group_rows_name_the_heads_by_post():
    rows = BATCH.filled(HEADS)
    assert BATCH.heading(HEADS) == ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"]
    dept, heads, got = None, {}, []
    for row in rows:
        m = re.fullmatch(r"[一二三四五]、(\w+)（(.+)）", str(row[0] or ""))
        if m:
            dept = m.group(1)
            heads = dict(pair.split("：") for pair in m.group(2).split("\u3000"))
        elif isinstance(row[0], int):
            got.append((dept, row[1], heads.get(row[1], ""), row[2], HML[row[3]]))
    assert got == BATCH.truth_rows(HEADS)
    # one group row several holders; rows of other posts in the same 处室 have none
    assert sum(len(h) > 1 for _n, _d, h, _r in GROUPS) >= 2
    forms = BY_NAME[HEADS]["truth"]
    assert {f["person"] for f in forms if f["title"] in ("教务员", "报账员", "食堂管理员")} == {""}
    named = {f["department"] for f in forms if f["person"]}
    unnamed = {f["department"] for f in forms if not f["person"]}
    assert named & unnamed == {"教务处", "总务处"}


def test_batch463_plain_tables_by_heading():
    cases = [
        ("chengxian_education_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("chengxian_vocational_school_posts", {"dept": "处室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("chengxian_zhifang_school_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"},
         "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "chengxian_vocational_school_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    name = "chengxian_experimental_primary_two_sheets"
    got = BATCH.by_heading(name, {"dept": "处室", "post": "岗位", "person": "姓名",
                                  "point": "风险点"}, "处室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "处室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "风险点"}, "校领导",
                           fixed={"dept": "校领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "校领导")


def test_batch463_group_rows_and_one_sheet_a_person():
    name = "chengxian_huangzhu_school_duties"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "chengxian_paosha_school_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "chengxian_xiaochuan_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch463_is_read(tmp_path):
    BATCH.is_read(tmp_path)
