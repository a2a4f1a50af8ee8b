"""The four-hundred-and-eighty-seventh batch of published layouts (tests/published/batch487.py):
seven ordinary files as the 自然资源 and 林草 bodies of one county (华池县) really send them — the
林业和草原局's 一览表 with ``一级风险/二级风险/三级风险`` and short types, the 国有林场's file in two sheets
``场领导``/``股室`` with ``一级/二级/三级``, the 不动产登记中心's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 悦乐镇自然资源所's 防控卡 one sheet a holder with
``★★★/★★/★``, the 柔远镇 one's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 南梁镇
one's 责任清单 under group rows ``一、所领导`` … with 高/中/低, the 城壕镇 one's 一览表 with 责任人 on
every row — and one harder: the 自然资源局's 一览表 with no 科室, 岗位 or 姓名 column, each 防控措施 cell
closing on a line ``（责任科室：…　责任岗位：…　责任人：…）`` (``python tests/published/score.py --set
batch487``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at f515a43 (``/work/snap29``; this
worktree branched from dev at f515a43 too): TOTAL forms=0.842 recall=0.833 precision=0.833
levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL forms=0.842 recall=0.833
precision=0.833 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full (16/16 forms, 30/30 points, levels and types all right).

The misses, all in the harder ``huachi_resources_bureau_holder_in_measures.xlsx`` (0/3 forms, 0/6
points as scored): the six points themselves were read, each with the right level and type
(risks.csv source_row 3–8: ``国有建设用地出让底价确定干预`` 制度机制/Ⅰ级 … ``巡查发现问题不报告`` 岗位职责/Ⅲ级),
but all six went into ONE form (F00013) of the unit ``华池县自然资源局`` with department, person,
title and tier blank, so none matches a form of the truth:

- 一览表 E3, E4 (``…（责任科室：局领导　责任岗位：局长　责任人：亓霑瀞）``): read as measures only; truth:
  B3, B4 are points of 局领导 / 局长 / 亓霑瀞 (leader), read under an unnamed post;
- 一览表 E5, E6 (``…（责任科室：耕地保护股　责任岗位：股长　责任人：昝翊瀚）``): the same; truth: B5, B6 are
  points of 耕地保护股 / 股长 / 昝翊瀚 (middle);
- 一览表 E7, E8 (``…（责任科室：执法监察大队　责任岗位：科员　责任人：鄢沨霁）``): the same; truth: B7, B8
  are points of 执法监察大队 / 科员 / 鄢沨霁 (general).

Kind of mistake: the reader does not look for the 科室, post and holder in a labelled bracket
closing the measures cell, so a table with no holder columns is read as one nameless form and
the bracket is kept as the last line of each point's ``measures``; no issue in issues.csv says so
(posts.csv gives F00013 ``含Ⅰ级风险点3个 → A`` for the unit as a whole).

Generalised after this measurement: a labelled bracket (or a labelled last line) at the end of a
row's measures, point, description or 备注 cell naming its 科室 / 岗位 / 责任人 gives the row's holder where
its own columns leave them blank, and is taken out of the text; other people's labels (监督人, 分管领导,
审核人) are no holder; a bracket naming a holder other than the row's own is said (info
HOLDER_IN_CELL_BRACKET, warning HOLDER_BRACKET_DIFFERS; tests/test_holder_in_measures_bracket.py).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch487 import (
    BUREAU,
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    WORDS,
    build,
    holder_tail,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(487, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
TAILED = "huachi_resources_bureau_holder_in_measures"
HARDER = {TAILED}
UNTYPED = {
    "huachi_forest_farm_two_sheets",
    "huachi_yuele_office_cards",
    "huachi_rouyuan_office_selfchecks",
    "huachi_nanliang_office_group_rows",
}
NOBODY = {"huachi_registry_center_posts"}
TAIL = re.compile(r"（责任科室：(.+?)\u3000责任岗位：(.+?)\u3000责任人：(.+?)）$")


def test_batch487_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=485, unit_words=(PLACE,), new_people=True)


def test_batch487_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch487_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch487_every_unit_is_of_huachi():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch487_holder_only_in_the_measures_bracket():
    rows = BATCH.filled(TAILED)
    head = BATCH.header(TAILED)
    assert rows[head] == ["序号", "廉政风险点", "风险类型", "风险等级", "防控措施"]
    table = BATCH.table(TAILED)
    got = []
    for row in table:
        measure, tail = row[4].split("\n")
        m = TAIL.fullmatch(tail)
        assert m and measure and "责任" not in measure, row
        got.append((m[1], m[2], m[3], row[1], HML[row[3]]))
    assert got == BATCH.truth_rows(TAILED)
    assert [row[4].split("\n")[1] for row in table] == [
        holder_tail(d, p, w) for d, p, w, _t, pts in BUREAU for _ in pts
    ]
    assert BATCH.types_by(TAILED, "风险类型") == [r["types"] for r in BATCH.points(TAILED)]
    # no holder, post or 科室 anywhere but in the brackets
    for _d, _p, w, _t, _pts in BUREAU:
        assert not any(w in str(c) for row in rows for c in row[:4] if c is not None)


def test_batch487_plain_tables_by_heading():
    cases = [
        ("huachi_forestry_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("huachi_registry_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("huachi_chenghao_office_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("huachi_registry_center_posts") == {""}
    name = "huachi_forest_farm_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "股室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "股室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "场领导",
                           fixed={"dept": "场领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "场领导")


def test_batch487_group_rows_and_one_sheet_a_person():
    name = "huachi_nanliang_office_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], HML[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "huachi_yuele_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "huachi_rouyuan_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch487_is_read(tmp_path):
    BATCH.is_read(tmp_path)
