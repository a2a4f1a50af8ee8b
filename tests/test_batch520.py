"""The five-hundred-and-twentieth batch of published layouts (tests/published/batch520.py): seven
ordinary files as the 教育 bodies of one county (会宁县) really send them — the 教育局's 一览表 with
股室/职权内容/…/岗位/责任人 on every row and 高/中/低, the 县第一中学's file in two sheets
``学校领导``/``处室`` with ``一级/二级/三级``, the 职业教育中心's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 学生资助管理中心's 防控卡 one sheet a holder with
``★★★/★★/★``, the 郭城驿镇中心小学's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
河畔镇中心小学's 责任清单 under group rows with ``一级风险/二级风险/三级风险``, the 甘沟驿镇中心小学's
责任清单 with ``职责事项`` — and one harder: the 中川镇中心小学's 一览表, each point's type and level
given together as ONE CODE in a ``风险代码`` column (``制Ⅰ``: type's first character + Roman level),
explained by a note above the heading (``python tests/published/score.py --set batch520``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at aa6bdba (``/work/snap37``; this
worktree branched from dev at aa6bdba too): ``TOTAL                      forms  21/21  points
37/37  recall 1.00 precision 1.00 (37/37)  levels  32/37  types  32/37  noise 0`` / ``TOTAL
forms=1.000 recall=1.000 precision=1.000 levels=0.865 types=0.865 noise=0``; with --strict the
same: ``TOTAL                      forms  21/21  points  37/37  recall 1.00 precision 1.00 (37/37)
levels  32/37  types  32/37  noise 0`` / ``TOTAL forms=1.000 recall=1.000 precision=1.000
levels=0.865 types=0.865 noise=0``. The 8 files: eight .xlsx, no re-saved copies. The seven
ordinary layouts read in full, --strict too (18/18 forms, 32/32 points, levels and types all right).

Missed, all in the harder ``huining_zhongchuan_type_level_code.xlsx`` (sheet 一览表; forms 3/3,
points 5/5, levels 0/5, types 0/5): the reader found the three holders, their posts, every point
and measure, but left the ``风险代码`` column unread, so every point has no type and no level:
E4 ``制Ⅰ`` read as nothing (truth 制度机制, 1), E5 ``外Ⅱ`` nothing (truth 外部环境, 2), E6 ``流Ⅱ``
nothing (truth 业务流程, 2), E7 ``岗Ⅰ`` nothing (truth 岗位职责, 1), E8 ``思Ⅲ`` nothing (truth
思想道德, 3); the note above the heading is not read as a legend either, and issues.csv says nothing
of the column (posts.csv grades the three posts ``C`` from ``风险分值0``). Kind: a column of one
combined type-and-level code (type's first character + Roman level) explained by a note above
the heading is neither recognised as a type column nor as a level column, and is dropped silently.

Not scored, seen in posts.csv: the 中川镇中心小学's 总务主任 is read as 领导岗位 (the truth: middle);
the 学生资助管理中心's 主任 card gets the 科室 ``领导班子`` (the truth: none).

Generalised after this measurement: a column of short codes carrying both a point's type and its
level ('制Ⅰ', '岗-2', under '风险代码', '分类分级', '类型/等级', or explained by a note) gives each row its type
and level (locate; Config.initial_type; info TYPE_LEVEL_CODES, warnings TYPE_LEVEL_CODES_UNCLEAR,
TYPE_LEVEL_CODE_DIFFERS; tests/test_type_and_level_in_one_code.py).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch520 import (
    CODE_LEVELS,
    CODE_NOTE,
    CODE_TYPES,
    CODED,
    GRADES,
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
BATCH = Batch(520, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
CODE = "huining_zhongchuan_type_level_code"
HARDER = {CODE}
UNTYPED = {
    "huining_no1_school_two_sheets",
    "huining_aid_cards",
    "huining_guochengyi_selfchecks",
    "huining_hepan_group_rows",
    "huining_gangouyi_duty_list",
}
NOBODY = {"huining_vocational_posts"}


def test_batch520_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=515, unit_words=(PLACE,), new_people=True)


def test_batch520_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=False)
    assert RESAVED == ()


def test_batch520_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch520_every_unit_is_of_huining():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch520_codes_give_type_and_level():
    head = BATCH.heading(CODE)
    assert head == ["序号", "岗位", "姓名", "廉政风险点", "风险代码", "防控措施"]
    rows = BATCH.filled(CODE)
    assert any(CODE_NOTE in row for row in rows)
    assert not any(c in head for c in ("风险类型", "风险等级"))
    codes = [row[4] for row in rows if isinstance(row[0], int)]
    assert codes == [c for _p, _w, _t, ps in CODED for _pt, c, _m in ps]
    assert all(len(c) == 2 and c[0] in CODE_TYPES and c[1] in CODE_LEVELS for c in codes)
    for k, v in CODE_TYPES.items():
        assert f"{k}—{v}风险" in CODE_NOTE
    assert len({c[0] for c in codes}) == 5 and len({c[1] for c in codes}) == 3
    truth = BATCH.points(CODE)
    assert [r["types"] for r in truth] == [[CODE_TYPES[c[0]]] for c in codes]
    assert [r["level"] for r in truth] == [CODE_LEVELS[c[1]] for c in codes]
    got, post, who = [], None, None
    for row in rows:
        if isinstance(row[0], int):
            post, who = row[1] or post, row[2] or who
            got.append(("", post, who, row[3], CODE_LEVELS[row[4][1]]))
    assert got == BATCH.truth_rows(CODE)


def test_batch520_plain_tables_by_heading():
    cases = [
        ("huining_vocational_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("huining_bureau_list", {"dept": "股室", "post": "岗位", "person": "责任人",
                                 "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("huining_vocational_posts") == {""}
    name = "huining_gangouyi_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "huining_no1_school_two_sheets"
    got = BATCH.by_heading(name, {"dept": "处室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "处室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "处室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "学校领导", fixed={"dept": "学校领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "学校领导")


def test_batch520_group_rows_and_one_sheet_a_person():
    name = "huining_hepan_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "huining_aid_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "huining_guochengyi_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在处室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch520_is_read(tmp_path):
    BATCH.is_read(tmp_path)
