"""The two-hundred-and-forty-fifth batch of published layouts (tests/published/batch245.py): seven
ordinary files as the 局, 乡镇 and a 事业单位 of one county (九寨沟县) really send them — the 双河镇人民政府's
权责清单 with ``权力事项名称 | 权力类别 | 责任事项`` merged per matter, ``一级/二级/三级`` and ``承办机构 |
责任岗位 | 责任人`` last, the 教育局's 一览表 one sheet a 股室 under a ``股室：…`` line, the 水务局's 自查表 one
sheet a person with ``工作职责`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 社会保险事业管理中心's 一览表 with ``经办环节`` and
``高风险/中风险/低风险``, the 文化体育和旅游局's 防控卡 one sheet a holder with ``★★★/★★/★``, the 应急管理局's
排查表 under group rows with ``较高/一般/较低``, the 统计局's 清单 对岗不对人 with ``一级风险/二级风险/三级风险``
— and one harder: the 漳扎镇人民政府's 一览表 whose narrow merged 科室 cells (and the headings ``序⏎号``,
``科⏎室``) are written VERTICALLY, one character a line (``党⏎政⏎办``)
(``python tests/published/score.py --set batch245``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 647f558 (main's newest when the batch was done; this
worktree branched from fc1ffcf, the two commits between change README.md, CHANGELOG.md and
xlproc/fills.py): TOTAL forms=1.000 (48/48) recall=1.000 (89/89) precision=1.000 (89/89)
levels=1.000 (89/89) types=1.000 (89/89) noise=3; with --strict the same: TOTAL forms=1.000 (48/48)
recall=1.000 (89/89) precision=1.000 (89/89) levels=1.000 (89/89) types=1.000 (89/89) noise=3. The 8
files: eight .xlsx, no re-saved copies. Every layout read in full (--strict too), the harder one
among them: ``zhangzha_vertical_labels`` forms 11/11, points 18/18, its 科室 cells ``镇⏎领⏎导`` …
``财⏎政⏎所`` read as 镇领导, 党政办, 经发办, 社事办, 财政所 and the headings ``序⏎号``, ``科⏎室`` as
序号, 科室, no issue raised. The vertical labels are no new difficulty for main's reader.

Not scored, but noise: ``tourism_bureau_cards`` (forms 3/3, points 10/10) raises three warnings
ROW_UNPLACED, one a card, on the row above each table ``副局长!A3``, ``执法大队!A3``, ``旅游市场股!A3``
``所在股室（队） | 局领导 | 岗位职责 | 分管旅游市场管理、文化市场综合行政执法`` (…) — "表格之外的内容…未被收录"
— although the 科室 it names (局领导, 文化市场综合行政执法大队, 旅游市场管理股; the tabs 副局长, 执法大队,
旅游市场股 do not give it) is read from it rightly. Kind: a label/value row above a card that pairs a known label
(``所在股室（队）``) with one the reader does not take as holder data (``岗位职责`` and its duty text)
is used for the 科室 and still reported as content outside the table.

Unscored besides: every unit, 科室, post and tier right (48 forms).

(Read in full before any change for it: nothing in this batch was generalised on.)

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)

Built at the same time as batch248, which models another layout on one of the same pages
(a 社保中心 page): ``is_apart`` leaves the two out of each
other's source checks.

Read in full untuned (three ROW_UNPLACED warnings, noise 3); nothing generalised on it.
"""

from published.batch245 import (
    BANDS,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    SOFT,
    STARS,
    ZHANGZHA,
    build,
    upright,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BANDS, **STARS, **SOFT, **RISKS}
BATCH = Batch(245, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"zhangzha_vertical_labels"}
UNTYPED = {"shuanghe_power_risks", "pension_center_list", "tourism_bureau_cards"}
NOBODY = {"statistics_post_list"}


def test_batch245_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9),
        harder=HARDER,
        sees=245,
        unit_words=("九寨沟",),
        new_people=True,
        shares_sources_with=(248,),
    )


def test_batch245_truth_is_self_consistent():
    # the harder table carries 18 points
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(3, 18))
    assert RESAVED == ()


def test_batch245_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch245_every_unit_is_of_jiuzhaigou():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("九寨沟县") for u in units)


def test_batch245_labels_stood_on_end():
    name = "zhangzha_vertical_labels"
    rows = BATCH.filled(name)
    head = BATCH.header(name, first="序\n号")
    assert rows[head][:2] == ["序\n号", "科\n室"]
    got = []
    for r in rows[head + 1 :]:
        if not isinstance(r[0], int):
            continue
        label = r[1]
        # one character a line, and every 科室 cell so
        assert "\n" in label and all(len(part) == 1 for part in label.split("\n"))
        got.append((label.replace("\n", ""), r[2], r[3], r[4], HML[r[6]]))
        assert types_in(r[5]) == BATCH.answers(name)[r[4]][4]
    assert got == BATCH.truth_rows(name)
    # the 科室 cells are merged down over their rows, each written once
    sheet = BATCH.sheet(name)
    firsts = [row[1] for row in sheet["rows"][head + 1 :] if len(row) > 1 and row[1]]
    assert firsts == [upright(d) for d in dict.fromkeys(d for d, *_ in ZHANGZHA)]
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {
        "镇领导", "党政办", "经发办", "社事办", "财政所"}  # fmt: skip
    # nothing else in the table stands on end
    for r in rows[head + 1 :]:
        if isinstance(r[0], int):
            assert all("\n" not in str(c) for c in r[2:])


def test_batch245_plain_tables_by_heading():
    cases = [
        ("shuanghe_power_risks",
         {"dept": "承办机构", "post": "责任岗位", "person": "责任人", "point": "廉政风险点"}, None, 0),
        ("pension_center_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, None, 0),
        ("statistics_post_list", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型", 0),
    ]  # fmt: skip
    for name, heads, typ, sheet in cases:
        got = BATCH.by_heading(name, heads, sheet)
        want = BATCH.truth_rows(name)
        assert sorted(got) == sorted(want), name
        if typ:
            types = dict(zip((g[3] for g in got), BATCH.types_by(name, typ, sheet), strict=True))
            for p in BATCH.points(name):
                assert types[p["risk_point"]] == p["types"], (name, p)
    # the 权责清单's matter columns and the 经办环节, 岗位职责 columns are no points
    for name, cols in (("shuanghe_power_risks", (1, 2, 3)), ("pension_center_list", (4,)),
                       ("statistics_post_list", (3,))):  # fmt: skip
        others = {r[c] for r in BATCH.table(name) for c in cols}
        assert others and not others & {p["risk_point"] for p in BATCH.points(name)}, name
    # one 主任 holds two matters: one form
    assert sum(f["person"] == "弓澜舒" for f in BY_NAME["shuanghe_power_risks"]["truth"]) == 1
    assert BATCH.holders("statistics_post_list") == {""}


def test_batch245_one_sheet_a_part_or_a_person():
    # the 教育局: a 股室 a sheet, the 股室 on the line under the title
    name = "education_office_sheets"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][0].startswith(f"股室：{f['department']}")
        got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "风险点"},
                               f["sheet"], fixed={"dept": f["department"]})  # fmt: skip
        assert got == BATCH.truth_rows(name, f["sheet"])
    # the 水务局's self-checks and the 文旅局's cards: the holder above the table
    for name, label, at in (
        ("water_self_check", "姓　名", 1),
        ("tourism_bureau_cards", "持卡人", 1),
    ):
        for f in BY_NAME[name]["truth"]:
            rows = BATCH.filled(name, f["sheet"])
            assert rows[at][:2] == [label, f["person"]] and rows[at][3] == f["title"]
            assert f["department"] in rows[at] + rows[at + 1]
            fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
            got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
            assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch245_group_rows():
    name = "emergency_group_rows"
    got, dept = [], None
    for r in BATCH.filled(name)[BATCH.header(name) + 1 :]:
        if isinstance(r[0], str) and r[0][1:2] == "、":
            assert all(c == r[0] for c in r)  # merged across the table
            dept = r[0][2:]
        elif isinstance(r[0], int):
            got.append((dept, r[1], r[2], r[3], SOFT[r[5]]))
            assert types_in(r[4]) == BATCH.answers(name)[r[3]][4] and r[7] is None
    assert got == BATCH.truth_rows(name)
    assert {p["level"] for p in BATCH.points(name)} == {1, 2, 3}
