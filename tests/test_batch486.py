"""The four-hundred-and-eighty-sixth batch of published layouts (tests/published/batch486.py): seven
ordinary files as the 教育 bodies of one district (安定区) really send them — the 第二中学's 一览表
with 高/中/低 and short types, the 实验小学's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 学生资助管理中心's file in two sheets ``中心领导``/``科室`` with ``一级/二级/三级``,
the 内官营镇中心学校's 防控卡 one sheet a holder with ``★★★/★★/★``, the 巉口镇 one's 自查表 one sheet a
person with ``高风险/中风险/低风险``, the 李家堡镇 one's 责任清单 under group rows ``一、学校领导`` …
with ``一级风险/二级风险/三级风险``, the 香泉镇 one's 一览表 with 责任人 on every row — and one harder:
the 教育局's 一览表 whose ``责任人`` cells hold only a 代号 (①②③) keyed to a roster table
``代号 | 股室 | 岗位 | 姓名`` above the list on the same sheet (``python tests/published/score.py
--set batch486``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at a044b78 (``/work/snap28``; this
worktree branched from dev at a044b78 too): TOTAL forms=0.842 recall=0.833 precision=0.833
levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL forms=0.842 recall=0.833
precision=0.833 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full (16/16 forms, 30/30 points, levels and types all right).
The harder ``anding_education_bureau_holder_key.xlsx`` read 0/3 forms, 0/6 points (recall 0.00,
precision 0.00 of 6 read): every point text, type and level was read right, but each was put on
a form whose holder is the bare KEY and whose 科室 and 岗位 are empty:

- 一览表 F9 and F12 (``①``): read as person ``①``, no 科室, no 岗位; truth 局领导 / 局长 / 蔺翙瀚
  (B9 中小学教师职称评审推荐名额分配不公, B12 评审委员会专家人选指定);
- 一览表 F10 and F13 (``②``): read as person ``②``; truth 人事股 / 股长 / 隗昶禛;
- 一览表 F11 and F14 (``③``): read as person ``③``; truth 计划财务股 / 科员 / 沈翾甯.

The kind of mistake, one for all six: a 责任人 cell holding only a code was taken as the holder's
name, and the roster table ``代号 | 股室 | 岗位 | 姓名`` above the list (一览表 A3:D6, under the
``责任人代号：`` line A2) was neither read as a table nor used to resolve the codes — silently: the
roster rows became no forms and issues.csv says nothing of the file (it holds info lines only,
``TABLE_NO_TYPE``, ``GRADE_BLANK`` and ``FILE_SKIPPED`` for truth.json, none for this file).

Generalised after this measurement: holders given by codes in the 责任人 (or 岗位) column that a legend
on the same sheet explains — a line above, below or beside the list ('A—所长　闾蘅湉；B—…', '①所长张三 ②…') or
a small table ('代号 | 股室 | 岗位 | 姓名') — each row takes its code's 科室, post and holder; a code the
legend does not define, or defines twice, stays as read with a warning (locate._holder_codes,
generalised from _post_codes; info HOLDER_CODES, warning HOLDER_CODE_UNCLEAR;
tests/test_holder_codes.py).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch486 import (
    BUREAU,
    GRADES,
    KEY_HEAD,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    ROSTER,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(486, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
KEYED = "anding_education_bureau_holder_key"
HARDER = {KEYED}
UNTYPED = {
    "anding_student_aid_center_two_sheets",
    "anding_neiguanying_school_cards",
    "anding_chankou_school_selfchecks",
    "anding_lijiabao_school_group_rows",
}
NOBODY = {"anding_experimental_primary_posts"}


def test_batch486_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=483, unit_words=(PLACE,), new_people=True)


def test_batch486_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch486_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch486_every_unit_is_of_anding():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch486_holders_only_by_key_to_the_roster_above():
    rows = BATCH.filled(KEYED)
    at = next(r for r, row in enumerate(rows) if row[0] == KEY_HEAD)
    assert BATCH.merged(KEYED, 0, at, 0, 5)
    assert rows[at + 1][:4] == ["代号", "股室", "岗位", "姓名"]
    roster = {row[0]: row[1:4] for row in rows[at + 2 : at + 2 + len(ROSTER)]}
    assert roster == {c: [d, p, w] for c, d, p, w, _t in ROSTER}
    head = BATCH.header(KEYED)
    assert head > at + 1 + len(ROSTER)
    assert rows[head] == ["序号", "廉政风险点", "风险类型", "风险等级", "防控措施", "责任人"]
    table = BATCH.table(KEYED)
    assert [row[0] for row in table] == list(range(1, len(BUREAU) + 1))
    # the list names no post and no person: the 责任人 cell is a key only
    names = {w for *_h, w, _t in ROSTER}
    assert all(row[5] in roster for row in table)
    assert not any(name in str(cell) for row in table for cell in row for name in names)
    got = [(*roster[row[5]], row[1], HML[row[3]]) for row in table]
    assert sorted(got) == sorted(BATCH.truth_rows(KEYED))
    # holders interleaved: no two neighbouring rows keyed alike
    assert all(a[5] != b[5] for a, b in zip(table, table[1:], strict=False))


def test_batch486_plain_tables_by_heading():
    cases = [
        ("anding_no2_middle_school_list",
         {"dept": "处室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("anding_experimental_primary_posts", {"dept": "处室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("anding_xiangquan_school_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("anding_experimental_primary_posts") == {""}
    name = "anding_student_aid_center_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "中心领导",
                           fixed={"dept": "中心领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "中心领导")


def test_batch486_group_rows_and_one_sheet_a_person():
    name = "anding_lijiabao_school_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "anding_neiguanying_school_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "anding_chankou_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch486_is_read(tmp_path):
    BATCH.is_read(tmp_path)
