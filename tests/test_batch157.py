"""The hundred-and-fifty-seventh batch of published layouts (tests/published/batch157.py): nine
ordinary lists as county bodies of 犍为县 send them back — a 县委办公室 一览表 titled on two rows, a
社保中心 排查表 kept with its drop-down ``选项`` sheet, an 经信局 台账 with ``风险评估`` over ``发生概率 |
影响程度 | 风险等级``, the 统战部's 清单 对岗不对人, a 文广旅局's 防控卡 per 股室, a 乡村振兴局 一览表 with
``责任人`` and ``责任领导``, the 政协办公室's 清单 with no 科室 column, an 审计局 一览表 by ``职权事项`` with
``高级/中级/低级`` — and one harder: the 总工会's 一览表 pasted from a two-page Word table, the header
repeated and the person at the page break carried on by blank cells
(``python tests/published/score.py --set batch157``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at f72d17e (main's newest when the batch was done): forms
1.000 (48/48), recall 1.000 (66/66), precision 1.000 (66/66), levels 1.000 (66/66), types 1.000
(66/66), noise 0; with --strict the same: forms 1.000 (48/48), recall 1.000 (66/66), precision
1.000 (66/66), levels 1.000 (66/66), types 1.000 (66/66), noise 0. The 9 files: nine .xlsx, no
re-saved copies. Missed:

- nothing: no form, point, level or type of this batch was missed, in either mode. Not scored but
  looked at in the export: every unit (``中共犍为县委办公室``, ``政协犍为县委员会办公室``,
  ``中共犍为县委统一战线工作部`` read as units, not as a 县委's or 政协's 办公室) and every tier are
  right too; the issues are only the expected TABLE_NO_TYPE hints (four untyped tables) and
  GRADE_BLANK on the three cards.

Read right: the 县委办公室's title on two merged rows; the 社保中心's ``选项`` sheet of drop-down
lists taken for no form, no point and no issue, Ⅰ级/Ⅱ级/Ⅲ级 and the ``备注``; the 经信局's
``风险评估`` over ``发生概率 | 影响程度 | 风险等级`` — the level read from ``风险等级`` on all eight rows
although ``发生概率`` is typed 高/中/低 too and differs on six; the 统战部's posts 对岗不对人 with
一级/二级/三级; the 文广旅局's cards per 股室 from the pairs above the table; the 乡村振兴局's
``责任人`` as the holder and ``责任领导`` (one 副局长 over four 股室) as no holder, the short 风险点 beside
the long 风险表现形式; the 政协办公室's posts kept as written with no 科室 column and
``高风险/中风险/低风险``; the 审计局's ``职权事项`` column and ``高级/中级/低级``; the harder 总工会 table
pasted from two Word pages — the page line and the repeated header no points, the blank 部室/岗位/
姓名 after it carried on from 郄云岫.

(Read in full before any change for it: nothing in this batch was generalised on.)

Nothing was generalised on this batch: it read in full untuned, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch157 import GRADES, LAYOUTS, ROMAN, SENIOR, WORDS, build
from published.checks import Batch
from published.layouts import HML

BATCH = Batch(157, LAYOUTS, build, levels={**HML, **ROMAN, **GRADES, **WORDS, **SENIOR})
BY_NAME = BATCH.by_name
HARDER = {"trade_union_pasted_pages"}
UNTYPED = {
    "econ_bureau_likelihood_impact",
    "rural_revival_supervisor",
    "cppcc_office_no_dept",
    "audit_bureau_power_items",
}
NOBODY = {"united_front_posts_grades", "cppcc_office_no_dept"}


def test_batch157_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, new_people=True)
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert all("犍为县" in u for u in units), units


def test_batch157_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY)


def test_batch157_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch157_plain_tables_by_heading():
    cases = [
        ("party_office_two_title_rows",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险等级", "风险类型"),
        ("social_insurance_option_sheet",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险等级", "风险类别"),
        ("united_front_posts_grades", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险等级",
         "风险类型"),
        ("rural_revival_supervisor",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险等级", None),
        ("cppcc_office_no_dept", {"post": "岗位名称", "point": "廉政风险点"}, "风险等级", None),
        ("audit_bureau_power_items",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险等级", None),
    ]  # fmt: skip
    for name, heads, level, typ in cases:
        assert BATCH.by_heading(name, heads, level=level) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ, level=level) == [
                p["types"] for p in BATCH.points(name)
            ], name


def test_batch157_title_on_two_rows():
    name = "party_office_two_title_rows"
    rows = BATCH.filled(name)
    unit = BY_NAME[name]["truth"][0]["unit"]
    assert rows[0][0] == "附件"
    assert set(rows[1]) == {unit} and set(rows[2]) == {"岗位廉政风险防控一览表"}


def test_batch157_option_sheet_holds_no_risk():
    name = "social_insurance_option_sheet"
    assert [s["name"] for s in BY_NAME[name]["sheets"]] == ["排查表", "选项"]
    assert {f["sheet"] for f in BY_NAME[name]["truth"]} == {"排查表"}
    opts = BATCH.filled(name, "选项")
    assert opts[0] == ["风险类别", "风险等级", "股室"]
    assert {r[1] for r in opts[1:]} - {None} == set(ROMAN)
    depts = {f["department"] for f in BY_NAME[name]["truth"]}
    assert {r[2] for r in opts[1:]} == depts


def test_batch157_likelihood_beside_the_level():
    name = "econ_bureau_likelihood_impact"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][5:8] == ["风险评估"] * 3 and BATCH.merged(name, 0, head, 5, 7)
    sub = rows[head + 1]
    assert sub[5:8] == ["发生概率", "影响程度", "风险等级"]
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "责任人",
                                  "point": "风险点"}, head=head + 1)  # fmt: skip
    assert got == BATCH.truth_rows(name)
    table = [r for r in rows[head + 2 :] if r[7] in HML]
    assert all(r[5] in HML and r[6] in ("大", "中", "小") for r in table)
    assert sum(r[5] != r[7] for r in table) == 6


def test_batch157_supervisor_is_no_holder():
    name = "rural_revival_supervisor"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][-2:] == ["责任人", "责任领导"]
    table = [r for r in rows[head + 1 :] if r[5] in HML]
    leaders = [r[8] for r in table]
    deputy = leaders[-1]
    assert deputy not in BATCH.holders(name)
    assert sum(1 for v in leaders if v == deputy) == 5 and len({r[1] for r in table}) == 4
    assert {r[8] for r in table if r[1] == "局领导"} == {r[7] for r in table if r[1] == "局领导"}


def test_batch157_posts_without_dept_kept_as_written():
    name = "cppcc_office_no_dept"
    head = BATCH.heading(name)
    assert "科室" not in head and "股室" not in head
    truth = BY_NAME[name]["truth"]
    assert all(f["department"] == "" and f["person"] == "" for f in truth)
    assert "提案科科长" in {f["title"] for f in truth}
    assert truth[0]["unit"] == "政协犍为县委员会办公室"


def test_batch157_power_items_span_people():
    name = "audit_bureau_power_items"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    table = [r for r in rows[head + 1 :] if r[6] in SENIOR]
    spans = {}
    for r in table:
        spans.setdefault(r[1], set()).add((r[2], r[4]))
    assert len(spans["投资审计"]) == 3


def test_batch157_header_repeated_at_the_page_break():
    name = "trade_union_pasted_pages"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    again = next(r for r in range(head + 1, len(rows)) if rows[r] == rows[head])
    assert set(rows[again - 1]) == {"第1页 共2页"}
    carried = rows[again + 1]
    assert carried[0] == 6 and carried[1:4] == [None, None, None]
    before = [r for r in rows[head + 1 : again - 1] if isinstance(r[0], int)]
    dept, post, who = before[-1][1:4]
    form = next(f for f in BY_NAME[name]["truth"] if f["person"] == who)
    assert (form["department"], form["title"]) == (dept, post)
    assert carried[4] in {p["risk_point"] for p in form["risks"]}
    numbers = [r[0] for r in rows if isinstance(r[0], int)]
    assert numbers == list(range(1, 9)) == list(range(1, len(BATCH.points(name)) + 1))


def test_batch157_cards_per_sheet():
    name = "culture_bureau_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert f["sheet"] == f["department"]
        assert rows[1][:4] == ["姓名", f["person"], "所在股室", f["department"]]
        assert rows[2][:2] == ["职务", f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_hundred_and_fifty_seventh_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
