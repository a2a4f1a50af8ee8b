"""The four-hundred-and-seventy-sixth batch of published layouts (tests/published/batch476.py): seven
ordinary files as the 人力资源和社会保障 bodies of one county (武山县) really send them — the
社会保险事业服务中心's 一览表 with 高/中/低 and short types, the 就业服务中心's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 劳动保障监察大队's file in two sheets ``队领导``/``科室`` with
``一级/二级/三级``, the 城关镇劳动保障所's 防控卡 one sheet a holder with ``★★★/★★/★``, the 洛门镇 one's
自查表 one sheet a person with ``高风险/中风险/低风险``, the 滩歌镇 one's 责任清单 under group rows
``一、所领导`` … with ``一级风险/二级风险/三级风险``, the 鸳鸯镇 one's 一览表 with 责任人 on every row —
and one harder: the 人力资源和社会保障局's 一览表 whose narrow ``类型`` column gives each type by one
character of its name (``思/制/岗/流/外``) with no legend anywhere
(``python tests/published/score.py --set batch476``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 0fba802 (``/work/snap26``; this
worktree branched from dev at 0fba802 too): TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=0.789 noise=0; with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=0.789 noise=0. The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full (16/16 forms, 30/30 points, levels and types all right).
The harder ``wushan_bureau_type_initials.xlsx`` read its forms, points and levels in full (4/4
forms, 8/8 points, 8/8 levels) but NO type (0/8): sheet ``一览表``, cells F3–F10 — F3 ``制``
(truth 制度机制), F4 ``岗`` (岗位职责), F5 ``流`` (业务流程), F6 ``思`` (思想道德), F7 ``岗`` (岗位职责),
F8 ``外`` (外部环境), F9 ``制`` (制度机制), F10 ``思`` (思想道德) — each read as no type (risk_type
empty). Kind of mistake, the same for all eight: the one-character abbreviations of the type
names are not in the reader's words for types, so the heading ``类型`` (F2) was judged by its
contents to be ``其他`` (info ``COLUMN_GUESSED``) and the table reported as having no type column
(info ``TABLE_NO_TYPE``); the column was dropped rather than read as types (nothing was misread
as a post or a point). issues.csv holds only info lines (those two, ``TABLE_NO_TYPE`` for the
untyped tables, ``GRADE_BLANK``).

Generalised after this measurement: a type column of one character a cell, each character in the
name of one configured type only and two different ones at least, is read as those types with one
info naming the reading (config.type_initials, locate._type_initials, info TYPE_BY_INITIAL;
tests/test_columns.py test_types_written_by_one_character_of_their_name, with '德 | 职 | 机' under '类别'
and three cases left unread).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch476 import (
    BUREAU,
    GRADES,
    INITIALS,
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
from published.layouts import HML, TYPES

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(476, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
INITIALLED = "wushan_bureau_type_initials"
HARDER = {INITIALLED}
UNTYPED = {
    "wushan_inspection_brigade_two_sheets",
    "wushan_chengguan_office_cards",
    "wushan_luomen_office_selfchecks",
    "wushan_tange_office_group_rows",
}
NOBODY = {"wushan_employment_center_posts"}


def test_batch476_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=470, unit_words=(PLACE,), new_people=True)


def test_batch476_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch476_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch476_every_unit_is_of_wushan():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch476_types_by_one_character_without_a_legend():
    assert set(INITIALS.values()) == set(TYPES)
    assert all(len(k) == 1 and k in v for k, v in INITIALS.items())
    rows = BATCH.filled(INITIALLED)
    assert rows[1][5:7] == ["类型", "等级"]
    table = BATCH.table(INITIALLED)
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    assert len(table) == sum(len(points) for *_h, points in BUREAU)
    initials = [row[5] for row in table]
    assert set(initials) == set(INITIALS)  # all five types, each by one character
    assert [[INITIALS[c]] for c in initials] == [r["types"] for r in BATCH.points(INITIALLED)]
    got = [(row[1], row[2], row[3], row[4], HML[row[6]]) for row in table]
    assert got == BATCH.truth_rows(INITIALLED)
    # no legend anywhere: no cell outside the type column names a type or a 注
    text = "".join(str(c) for row in BATCH.filled(INITIALLED) for c in row if c is not None)
    assert not any(t in text for t in TYPES) and "注" not in text
    # the 岗 of a type cell is not a post
    assert "岗" not in {f["title"] for f in BY_NAME[INITIALLED]["truth"]}


def test_batch476_plain_tables_by_heading():
    cases = [
        ("wushan_insurance_center_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("wushan_employment_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("wushan_yuanyang_office_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "wushan_employment_center_posts"
    assert BATCH.holders(name) == {""}
    name = "wushan_inspection_brigade_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "队领导",
                           fixed={"dept": "队领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "队领导")


def test_batch476_group_rows_and_one_sheet_a_person():
    name = "wushan_tange_office_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "wushan_chengguan_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "wushan_luomen_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch476_is_read(tmp_path):
    BATCH.is_read(tmp_path)
