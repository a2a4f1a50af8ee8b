"""The five-hundred-and-fifteenth batch of published layouts (tests/published/batch515.py): seven
ordinary files as the 民族宗教 and 统战 bodies of one county (阿克塞县) really send them — the
民族宗教事务局's 一览表 with 科室/职权内容/…/岗位/责任人 on every row and 高/中/低, the 统一战线工作服务中心's
file in two sheets ``中心领导``/``科室`` with ``一级/二级/三级``, the 哈萨克族文化研究中心's 排查表 对岗不对人
with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 宗教活动场所管理站's 防控卡 one sheet a holder with
``★★★/★★/★``, the 阿克旗乡民族宗教工作站's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
阿勒腾乡民族宗教工作站's 责任清单 under group rows with ``一级风险/二级风险/三级风险``, the 红柳湾镇民族宗教
工作站's 责任清单 with ``职责事项`` — and one harder: the 县委统战部's 一览表 with no post, holder or 科室
column, a ``岗位责任分工`` table under it (``序号 | 姓名 | 职务 | 所在科室 | 负责风险点序号``) naming each
holder's points by the list's 序号 (``1—2``, ``3、4``, ``5—7``)
(``python tests/published/score.py --set batch515``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 154a410 (``/work/snap36``; this
worktree branched from dev at 154a410 too): ``TOTAL                      forms  16/19  points
29/36  recall 0.81 precision 0.72 (29/40)  levels  29/29  types  29/29  noise 0`` / ``TOTAL
forms=0.842 recall=0.806 precision=0.725 levels=1.000 types=1.000 noise=0``; with --strict the
same: ``TOTAL                      forms  16/19  points  29/36  recall 0.81 precision 0.72 (29/40)
levels  29/29  types  29/29  noise 0`` / ``TOTAL forms=0.842 recall=0.806 precision=0.725
levels=1.000 types=1.000 noise=0``. The 8 files: eight .xlsx, no re-saved copies. The seven
ordinary layouts read in full, --strict too (16/16 forms, 29/29 points, levels and types all right).

Missed, all in the harder ``akesai_ufwd_duty_numbers.xlsx`` (sheet 一览表; forms 0/3, points 0/7,
11 points read, none right): the reader read the list's seven points C3–C9 with their types and
levels rightly, but as ONE form of the unit with no 科室, post or holder (posts.csv F00001), where
the truth puts C3–C4 under 部领导 / 副部长 / 郗澜琤, C5–C6 under 干部股 / 干部股股长 / 亓沨珺 and
C7–C9 under 办公室 / 科员 / 禚渼璆, as ``负责风险点序号`` E13–E15 (``1—2``, ``3、4``, ``5—7``) name; and
it took the ``岗位责任分工`` line (A11) for a post of the unit (F00002, 一般岗位) and the duty table's
heading and rows A12–F15 for four points of it — C12 ``职务``, C13 ``副部长``, C14 ``干部股股长``, C15
``科员`` read as points (B ``姓名``/the names as 职权, D ``所在科室``/the 科室 as types, E
``负责风险点序号``/the numbers as levels: issues.csv LEVEL_UNKNOWN E12–E15, TYPE_UNKNOWN D12–D15,
MEASURES_BLANK F12–F15), where the truth has no point there. Kind: a table of holders under the
list that names each holder's points by the list's 序号 is not read as giving the points' holders,
posts and 科室; it is read as a second list of points.

Generalised after this measurement: a holders table beside a list with no holder columns ('序号 | 姓名 |
职务 | 所在科室 | 负责风险点序号', on the same sheet or another) naming each holder's points by the list's 序号
('1—2', '3、4', '5至7') gives each numbered point that holder, a form each; the holders table is no
points (locate._point_holders_at, collect._by_item_numbers; info HOLDERS_BY_POINT_NUMBERS, warning
HOLDER_NUMBERS_UNMATCHED; tests/test_holders_by_point_numbers.py).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch515 import (
    DUTY_HEAD,
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    UFWD,
    UFWD_DUTIES,
    WORDS,
    _numbers,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(515, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
DUTIES = "akesai_ufwd_duty_numbers"
HARDER = {DUTIES}
UNTYPED = {
    "akesai_service_two_sheets",
    "akesai_sites_cards",
    "akesai_akeqi_selfchecks",
    "akesai_aleteng_group_rows",
    "akesai_hongliuwan_duty_list",
}
NOBODY = {"akesai_kazakh_centre_posts"}


def test_batch515_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=510, unit_words=(PLACE,), new_people=True)


def test_batch515_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=False)
    assert RESAVED == ()


def test_batch515_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch515_every_unit_is_of_akesai():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(PLACE in u for u in units)


def test_batch515_holders_only_in_the_duty_table():
    head = BATCH.heading(DUTIES)
    assert head == ["序号", "工作事项", "廉政风险点", "风险类型", "风险等级", "防控措施"]
    rows = BATCH.filled(DUTIES)
    at = rows.index([*DUTY_HEAD, DUTY_HEAD[-1]])
    assert rows[at - 1][0] == "岗位责任分工" and not any(rows[at - 2])
    points = {r[0]: r for r in rows[:at] if isinstance(r[0], int)}
    assert sorted(points) == list(range(1, len(UFWD) + 1))
    duties = [r for r in rows[at + 1 :] if isinstance(r[0], int)]
    assert len(duties) == len(UFWD_DUTIES)
    named = [n for r in duties for n in _numbers(r[4])]
    assert sorted(named) == sorted(points), "every point under exactly one holder"
    got = []
    for r in duties:
        for n in _numbers(r[4]):
            got.append((r[3], r[2], r[1], points[n][2], GRADES[points[n][4]]))
    assert got == BATCH.truth_rows(DUTIES)
    assert [d[6] for d in UFWD_DUTIES] == [tuple(_numbers(d[5])) for d in UFWD_DUTIES]
    assert [p["types"] for p in BATCH.points(DUTIES)] == [
        BATCH.types_by(DUTIES, "风险类型")[n - 1] for d in UFWD_DUTIES for n in d[6]
    ]


def test_batch515_plain_tables_by_heading():
    cases = [
        ("akesai_kazakh_centre_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("akesai_mzj_list", {"dept": "科室", "post": "岗位", "person": "责任人",
                             "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("akesai_kazakh_centre_posts") == {""}
    name = "akesai_hongliuwan_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "akesai_service_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "中心领导", fixed={"dept": "中心领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "中心领导")


def test_batch515_group_rows_and_one_sheet_a_person():
    name = "akesai_aleteng_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "akesai_sites_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "akesai_akeqi_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在科室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch515_is_read(tmp_path):
    BATCH.is_read(tmp_path)
