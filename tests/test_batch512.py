"""The five-hundred-and-twelfth batch of published layouts (tests/published/batch512.py): seven
ordinary files as the 卫生健康 bodies of one county (瓜州县) really send them — the 卫生健康局's file
in two sheets ``局领导``/``股室`` with ``一级/二级/三级``, the 疾病预防控制中心's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 妇幼保健院's 防控卡 one sheet a holder with ``★★★/★★/★``,
the 渊泉镇卫生院's 责任清单 with ``职责事项``, the 柳园镇卫生院's 责任清单 under group rows ``一、院领导``
… with ``一级风险/二级风险/三级风险``, the 三道沟镇卫生院's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 西湖镇卫生院's 一览表 with 责任人 on every row — and one harder: the
人民医院's plain 一览表 whose levels are written in capital numerals ``壹级/贰级/叁级`` with no note
(``python tests/published/score.py --set batch512``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at bd33144 (``/work/snap35``; this
worktree branched from dev at bd33144 too): ``TOTAL                      forms  19/19  points  37/37
recall 1.00 precision 1.00 (37/37)  levels  31/37  types  37/37  noise 0`` / ``TOTAL forms=1.000
recall=1.000 precision=1.000 levels=0.838 types=1.000 noise=0``; with --strict the same (both
lines). The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read in full
(16/16 forms, 31/31 points, levels and types all right); the harder
``guazhou_hospital_capital_levels`` read its 3/3 forms, 6/6 points and 6/6 types but 0/6 levels.

The misses, by cell (all in ``guazhou_hospital_capital_levels.xlsx``, sheet ``一览表``): G3 ``壹级``
(truth 1), G4 ``贰级`` (truth 2), G5 ``壹级`` (truth 1), G6 ``贰级`` (truth 2), G7 ``贰级`` (truth 2),
G8 ``叁级`` (truth 3) — each read as no level (``risk_level`` empty) with an error ``LEVEL_UNKNOWN``
(``风险级别“壹级”无法识别;请填写 Ⅰ级、Ⅱ级 或 Ⅲ级``). One kind of mistake: the level words' vocabulary
does not know the capital numerals 壹/贰/叁 as 一/二/三, so a plain ``一级`` scale written in 大写数字
is called unreadable; the column itself was found as the level column (the errors name it).

Nothing was generalised after this measurement; the truth was not changed.

Generalised after this measurement: levels written in capital numerals (壹级/贰级/叁级, the traditional 貳
and 參 too) are compared as 一/二/三 by the vocabulary's key (config._key), so every list and card reads
them (tests/test_columns.py::test_levels_in_capital_numerals_are_the_levels_they_count).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch512 import (
    CAPITAL,
    GRADES,
    HOSPITAL,
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
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS, **CAPITAL}
BATCH = Batch(512, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HOSPITAL_LIST = "guazhou_hospital_capital_levels"
HARDER = {HOSPITAL_LIST}
UNTYPED = {
    "guazhou_bureau_two_sheets",
    "guazhou_maternal_cards",
    "guazhou_yuanquan_duty_list",
    "guazhou_liuyuan_group_rows",
    "guazhou_sandaogou_selfchecks",
}
NOBODY = {"guazhou_cdc_posts"}


def test_batch512_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=505, unit_words=(PLACE,), new_people=True)


def test_batch512_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=False)
    assert RESAVED == ()


def test_batch512_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch512_every_unit_is_of_guazhou():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch512_every_point_is_a_whole_cell():
    for lay in LAYOUTS:
        texts = {c for s in lay["sheets"] for row in s["rows"] for c in row if isinstance(c, str)}
        assert all(p["risk_point"] in texts for p in BATCH.points(lay["name"])), lay["name"]


def test_batch512_capital_numeral_levels():
    heading = BATCH.heading(HOSPITAL_LIST)
    assert heading[4:7] == ["廉政风险点", "风险类型", "风险等级"]
    rows = BATCH.table(HOSPITAL_LIST)
    assert len(rows) == sum(len(ps) for *_x, ps in HOSPITAL) == 6
    assert {row[6] for row in rows} == set(CAPITAL) == {"壹级", "贰级", "叁级"}
    cells = [c for lay in LAYOUTS if lay["name"] == HOSPITAL_LIST for s in lay["sheets"]
             for row in s["rows"] for c in row if isinstance(c, str)]  # fmt: skip
    assert not any(c.startswith("注") or c in HML or c in GRADES for c in cells)
    got = [(row[4], CAPITAL[row[6]], types_in(row[5])) for row in rows]
    truth = BATCH.points(HOSPITAL_LIST)
    assert got == [(p["risk_point"], p["level"], p["types"]) for p in truth]
    assert [r[:3] for r in BATCH.truth_rows(HOSPITAL_LIST)] == [
        (d, p, w) for d, p, w, _t, ps in HOSPITAL for _ in ps
    ]


def test_batch512_plain_tables_by_heading():
    cases = [
        ("guazhou_cdc_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("guazhou_xihu_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("guazhou_cdc_posts") == {""}
    name = "guazhou_yuanquan_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "guazhou_bureau_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "股室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "股室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "局领导", fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")


def test_batch512_group_rows_and_one_sheet_a_person():
    name = "guazhou_liuyuan_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "guazhou_maternal_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "guazhou_sandaogou_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch512_is_read(tmp_path):
    BATCH.is_read(tmp_path)
