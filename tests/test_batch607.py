"""The six-hundred-and-seventh batch of published layouts (tests/published/batch607.py): seven
ordinary files as the 商务 and 口岸 bodies of one district (兴庆区, 银川市) really send them — the
商务局's 一览表 in two sheets 局领导/科室 with ``一级/二级/三级``, the 招商服务中心's 排查表 对岗不对人 with
``风险点 | 风险表现``, the 口岸服务中心's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
电子商务服务中心's 清单 under group rows ``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the
商贸流通服务中心's 防控卡 one sheet a leader with ``★★★/★★/★``, the 商务综合行政执法大队's 一览表 with
``高风险/中风险/低风险``, the 会展服务中心's 登记表 — and one harder: the 市场服务中心's 排查表, one row a
point, a ``涉及岗位及人员`` cell printing the whole staff on every row, the row's holders' lines in
BOLD, a ``注：`` line saying so (``python tests/published/score.py --set batch607``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 2d46d80 (/work/snap11; this worktree branched from
dev at dfb007a): TOTAL forms=0.867 recall=0.808 precision=0.857 levels=1.000 types=1.000 noise=0;
with --strict the same: TOTAL forms=0.867 recall=0.808 precision=0.857 levels=1.000 types=1.000
noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read in full
(forms, points, levels and types all 1.00, noise 0, --strict too).

Missed, all in the harder ``xingqing_market_center_bold_holders.xlsx`` (sheet 排查表; forms 0/4,
points 0/10, precision 0/7, noise 0): the reader took ``涉及岗位及人员`` (F3) as a 责任岗位及责任人
column and said so (HOLDERS_LISTED_WITH_POSTS at F4), i.e. it read every one of the four lines of
F4:F10 alike, bold or plain — each of the seven points C4:C10 came out four times (28 rows, right
level), yet all in ONE form F00001 with no post and no person (posts.csv: person and title empty,
28 risks), where the truth has four holders by the bold lines only: 主任 甘翯瀞 (C4, C7, C10), 副主任
暴璟翾 (C4, C5, C9), 市场管理员 甘琯潇 (C8, C9) and 收费员 暴沺珝 (C6, C7), 10 points in all; the
``注：…字体加粗的为该风险点的直接责任人，其余为配合人员。`` line (A11) was taken as no point and not
used. Kind: a holder cell printing the whole staff on every row with the row's holders marked only
by BOLD lines (rich text) is read as a list of posts and holders, the typeface and its note
ignored, every listed person counted and then the holders dropped, so no point reaches any holder.

Unscored besides: the other issues are info only (TABLE_NO_TYPE).

Not generalised in the stop that measured it (left for the next): a 涉及岗位及人员 cell listing the
whole staff on every row whose BOLD lines (rich text), explained by a note, name the row's holders.

Generalised after this measurement: bold lines of a holders' cell listing the whole staff are the row's holders, the rest 配合人员 (tests/test_bold_holder_lines.py; info HOLDERS_BY_BOLD_LINES). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch607 import (
    BOLD_NOTE,
    BOLD_ROWS,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STAFF,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(607, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"xingqing_market_center_bold_holders"}
TYPED = {
    "xingqing_investment_center_posts",
    "xingqing_commerce_enforcement_list",
    "xingqing_exhibition_center_register",
}
NOBODY = {"xingqing_investment_center_posts"}


def test_batch607_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=607, unit_words=("兴庆区",), new_people=True)


def test_batch607_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch607_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch607_every_unit_is_of_xingqing():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("兴庆区") for u in units)


def test_batch607_bold_lines_give_the_holders():
    name = "xingqing_market_center_bold_holders"
    (sheet,) = BY_NAME[name]["sheets"]
    rich = {(r, c): parts for r, c, parts in sheet["rich"]}
    lines = [f"{post}\u3000{who}" for post, who, _ in STAFF]
    table = BATCH.table(name)
    assert len(table) == len(BOLD_ROWS) == len(rich)
    got = []
    for (r, c), parts in sorted(rich.items()):
        row = sheet["rows"][r]
        assert c == 5 and row[5] == "\n".join(lines) == "".join(text for text, _ in parts)
        bold = [k for k, (_text, strong) in enumerate(parts) if strong]
        assert 1 <= len(bold) < len(STAFF)
        for k in bold:
            post, who, _tier = STAFF[k]
            got.append(("", post, who, row[2], HML[row[3]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # every row prints the same staff; several holders on some rows; every holder has points
    assert sum(1 for *_, bold in BOLD_ROWS if len(bold) > 1) >= 2
    assert len(BY_NAME[name]["truth"]) == len(STAFF)
    assert any(row and row[0] == BOLD_NOTE for row in sheet["rows"])


def test_batch607_plain_tables_by_heading():
    cases = [
        ("xingqing_commerce_enforcement_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("xingqing_exhibition_center_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("xingqing_investment_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "xingqing_commerce_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "xingqing_investment_center_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch607_group_rows_give_the_department():
    name = "xingqing_ecommerce_center_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch607_one_sheet_a_person():
    name = "xingqing_port_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "xingqing_trade_circulation_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch607_is_read(tmp_path):
    BATCH.is_read(tmp_path)
