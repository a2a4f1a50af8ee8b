"""The eight-hundred-and-seventy-sixth batch of published layouts (tests/published/batch876.py): seven
ordinary files as the 住建 and 城管 bodies of one county (且末县) really send them — the 住房和城乡建设局's
一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 城市管理综合执法局's 一览表 under ``附件3``
with ``部门 | 岗位 | 责任人`` on every row and ``高风险/中风险/低风险``, the 园林绿化管理站's 排查表 对岗不对人
with ``风险点 | 风险表现``, the 房产管理所's 防控卡 one sheet a leader with ``★★★/★★/★``, the
市政工程管理所's 清单 under group rows ``一、所领导`` … with ``一级风险/二级风险/三级风险``, the
环境卫生管理所's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 住房保障和房屋征收服务中心's
登记表 — and one harder: the 建设工程质量安全监督站's 廉政风险告知卡, one sheet a holder, each card
printed twice down its sheet (``（第一联　本人留存）``, a ``✂ … 沿此线裁开 …`` cut line, the same card
under ``（第二联　站存档）``), the points those of one copy
(``python tests/published/score.py --set batch876``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at a46b5876 (/work/snap55; this worktree branched from
dev at 19a906bd): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0;
with --strict the same: TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000
noise=0 (forms 30/30, points 51/51). The 8 files: eight .xlsx, no re-saved copies. All eight layouts
read in full by the score, the seven ordinary ones and the harder one alike (forms, points, levels
and types 1.00, noise 0).

The score hides a misreading in the harder ``qiemo_quality_station_duplicate_cards.xlsx`` (the
scorer keys points by (file, holder, point) and lets a truth form match one posts row, so repeated
forms and points cost nothing): collect on it alone gives SIX forms for the three holders and 16
risk rows for the 8 points. On each sheet the first 联 (A1 title, A2 ``（第一联　本人留存）``, A3:D4
labels, heading A5, points A6–A8) is read right (F00001 甘翯珉, F00003 尤琸湉, F00005 甘霂岍, unit
``且末县建设工程质量安全监督站``); the second 联 (A14 title, A15 ``（第二联　站存档）``, heading A18, points
A19–A21; 甘霂岍's A13/A17/A18–A19) is read as a SECOND form of the same holder (F00002, F00004,
F00006), every point again with the same level, and its unit taken as the cut line A12 (A11 for
甘霂岍) glued to the title — ``✂----------------沿此线裁开----------------且末县建设工程质量安全监督站`` —
where the truth has one form a holder, each point once, and the unit
``且末县建设工程质量安全监督站``; no issue warns of it (only info TABLE_NO_TYPE at A5/A18 and
GRADE_BLANK). Kind: one card printed twice down a sheet (一式两份, 第一联/第二联 under a ``✂ 沿此线裁开``
cut line) is read as two cards of the holder, its points doubled, and the cut line is taken into
the second copy's unit name.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, GRADE_BLANK).

Not generalised in the stop that measured it (left for the next): a card printed twice (第一联 |
第二联, a filing copy) read once, and a ``✂ … 沿此线裁开 …`` cut line kept out of the unit.

Generalised after this measurement: one card printed twice down a sheet (第一联/第二联 under a cut line): the later identical copy is no form (CARD_COPY_SKIPPED; copies that differ: CARD_COPIES_DIFFER), a cut line never part of a title or unit; collect gives 3 forms and 8 risks. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch876 import (
    COPIES,
    CUT,
    GRADES,
    HIGHS,
    HOLDERS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(876, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"qiemo_quality_station_duplicate_cards"}
TYPED = {
    "qiemo_city_management_list",
    "qiemo_landscaping_station_posts",
    "qiemo_housing_security_register",
}
NOBODY = {"qiemo_landscaping_station_posts"}


def test_batch876_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=876, unit_words=("且末县",), new_people=True)


def test_batch876_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch876_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch876_every_unit_is_of_qiemo():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("且末县") for u in units)


def test_batch876_two_copies_of_one_card():
    name = "qiemo_quality_station_duplicate_cards"
    assert len(BY_NAME[name]["truth"]) == len(HOLDERS)
    for who, dept, post, _tier, items in HOLDERS:
        rows = BATCH.filled(name, who)
        heads = [r for r, row in enumerate(rows) if row[0] == "序号"]
        copies = [r for r, row in enumerate(rows) if row[0] in COPIES]
        cut = [r for r, row in enumerate(rows) if row[0] == CUT]
        assert len(heads) == 2 and len(copies) == 2 and len(cut) == 1
        assert copies[0] < heads[0] < cut[0] < copies[1] < heads[1]
        # the two copies carry the same table, row for row
        first = [row for row in rows[heads[0] + 1 : cut[0]] if isinstance(row[0], int)]
        second = [row for row in rows[heads[1] + 1 :] if isinstance(row[0], int)]
        assert first == second and len(first) == len(items)
        for r in (copies[0] + 1, copies[1] + 1):
            assert rows[r][:4] == ["姓　名", who, "岗　位", post]
            assert rows[r + 1][:2] == ["所在股室", dept]
        form = BATCH.form(name, who)
        assert (form["department"], form["title"], form["person"]) == (dept, post, who)
        got = [(dept, post, who, row[1], HML[row[2]]) for row in first]
        assert got == BATCH.truth_rows(name, who)


def test_batch876_plain_tables_by_heading():
    cases = [
        ("qiemo_city_management_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("qiemo_housing_security_register",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("qiemo_landscaping_station_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "qiemo_housing_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "qiemo_landscaping_station_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch876_group_rows_give_the_department():
    name = "qiemo_municipal_works_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch876_one_sheet_a_person():
    name = "qiemo_sanitation_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "qiemo_housing_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch876_is_read(tmp_path):
    BATCH.is_read(tmp_path)
