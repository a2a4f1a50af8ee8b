"""The nine-hundred-and-twenty-first batch of published layouts (tests/published/batch921.py): seven
ordinary files as the government service bodies of one county (定结县) really send them — the
政务服务中心's 一览表 in two sheets 中心领导/股室 with ``一级/二级/三级``, the 12345热线中心's 排查表 对岗不对人
with ``风险点 | 风险表现``, the 行政审批局's 防控卡 one sheet a leader with ``★★★/★★/★``, the 不动产登记中心's
清单 under group rows ``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the 社会保险服务中心's 自查表 one
sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 萨尔乡便民服务中心's 一览表 with ``高风险/中风险/低风险``, the
陈塘镇便民服务中心's 登记表 — and one harder: the 公共资源交易中心's 一览表 pasted TRANSPOSED (选择性粘贴 →
转置), the headings one a row down column A and every column right of it one row of the list
(``python tests/published/score.py --set batch921``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at f1504f2f (/work/snap63; this worktree branched from
main at 38e23ff0; the tests passed before the one measurement): TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0 (forms 29/29, points 48/48, precision 48/48,
levels 48/48, types 48/48); with --strict the same: TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. All eight layouts
read in full (forms, points, levels and types all 1.00, noise 0), the seven ordinary ones and the
harder one alike.

Missed: nothing. The harder ``dingjie_trading_centre_transposed.xlsx`` (sheet 一览表) read 4/4
forms and 7/7 points with the right 科室, post, holder and level (F00026 中心领导 主任 谈翾岍 two
Ⅰ级, F00027 中心领导 副主任 豆霂澂, F00028 交易服务股 股长 谈皛珣 two Ⅱ级, F00029 信息技术股 网络管理员
豆琤淇 Ⅰ级 and Ⅲ级) and raised no issue at all: the reader's table-on-its-side path
(``_transposed`` in xlproc/locate_cross.py, labels down one column and one point a column) took
the 股室/岗位/姓名 label rows, merged across the columns, as each column's holder. Honest note on
the choice: the shape is NOT as new as the batch module claims. docs/layouts.md's section
``## 横放的表`` describes labels written down one column (``运行环节 / 风险点 / 风险等级 / 防控措施``)
with one point a column and a ``承办科室:…`` line above; the synonyms grepped before choosing
(转置, transpos, 行列互换, 横向, 竖排, 每列…) missed its words (横放, 竖着写). What this file adds to
the described shape is only the holder given in labelled rows (``股室 | 岗位 | 姓名``, merged across
each 股室's and each person's columns) rather than one 承办科室 line, and the reader already reads
that. So this batch's harder file is in effect an ordinary one of a described kind, and it did
not find a gap.
Kind: none found (a transposed list, labels down column A and one point a column, holders in
labelled rows merged across, is read in full by the existing sideways-table path).

Unscored besides: no warnings or errors; only info issues (TABLE_NO_TYPE on the untyped tables,
GRADE_BLANK on the cards and self-checks, FILE_SKIPPED for truth.json).

Not generalised in the stop that measured it (left for the next): nothing to generalise; the
docs' ``## 横放的表`` could say that the label column may carry 股室/岗位/姓名 rows merged across the
columns (the reader already reads them, silently).

Read in full untuned (every layout 1.00, --strict too): is_read below.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch921 import (
    GRADES,
    HIGHS,
    LABELS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TRANSPOSED,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(921, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"dingjie_trading_centre_transposed"}
TYPED = {
    "dingjie_hotline_centre_posts",
    "dingjie_saer_township_centre_list",
    "dingjie_chentang_town_centre_register",
}
NOBODY = {"dingjie_hotline_centre_posts"}


def test_batch921_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=891, unit_words=("定结县",), new_people=True)


def test_batch921_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch921_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch921_every_unit_is_of_dingjie():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("定结县") for u in units)


def test_batch921_transposed_list():
    name = "dingjie_trading_centre_transposed"
    rows = BATCH.filled(name)
    at = BATCH.header(name)
    block = rows[at : at + len(LABELS)]
    # the headings stand one a row down column A
    assert [row[0] for row in block] == list(LABELS)
    # every column right of them is one row of the list: turned back, it reads as the truth
    turned = [list(col) for col in zip(*block, strict=True)]
    assert turned[0] == list(LABELS)
    table = turned[1:]
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    got = [(row[1], row[2], row[3], row[4], HML[row[5]]) for row in table]
    assert got == BATCH.truth_rows(name)
    assert all(row[6] and row[5] in HML and row[4] not in HML for row in table)
    # 股室 merged across its columns, 岗位 and 姓名 across each person's
    sh = BATCH.sheet(name)
    across = {(m[0], m[1], m[3]) for m in sh["merges"] if m[0] == m[2] and m[1] > 0}
    assert (at + 1, 1, 3) in across and (at + 3, 1, 2) in across
    assert len(BY_NAME[name]["truth"]) == len(TRANSPOSED)
    # no row of the sheet reads as a plain list heading
    assert not any(row[:3] == ["序号", "股室", "岗位"] for row in rows)


def test_batch921_plain_tables_by_heading():
    cases = [
        ("dingjie_saer_township_centre_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("dingjie_chentang_town_centre_register",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("dingjie_hotline_centre_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "dingjie_service_centre_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "中心领导") == BATCH.truth_rows(name, "中心领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "dingjie_hotline_centre_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch921_group_rows_give_the_department():
    name = "dingjie_registration_centre_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch921_one_sheet_a_person():
    name = "dingjie_social_insurance_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "dingjie_approval_bureau_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch921_is_read(tmp_path):
    BATCH.is_read(tmp_path)
