"""The hundred-and-seventy-fourth batch of published layouts (tests/published/batch174.py): ten
personal forms as bodies of 合江县 no earlier batch used fill them — the 农业机械化服务中心 副主任's
附件2 (the ``“三重一大”方面`` line in one column, 序号 starting again under it), the 卫生健康综合行政执法
大队's 附件3 under ``科室（中队）`` with its 工作流程 column empty, the 荔枝产业发展服务中心 技术员's 附件4
whose ``所在科室及职务`` is typed on two lines, the 文物保护管理所's 防控卡 with stars and their note, the
司法局's 蕖塘司法所 所长's 防控卡 under ``单位：合江县司法局蕖塘司法所``, the 城管局 执法队员's 承诺书, the
特殊教育学校's two 自查表 with ``姓 名`` labels, the 粮食储备有限公司 保管员's 登记表 whose only risk
column is ``风险描述``, the shape the README does not describe — the 劳动人事争议仲裁院 仲裁员's 防控卡
whose holder's fields stand in a PANEL LEFT of the table, in its rows — and one harder: a 镇's 财政所
报账员's 自查表 whose holder is named only in ``填报单位（人）：榉湾镇财政所　邰禾樾``
(``python tests/published/score.py --set batch174``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 0d4a4b2 (main's newest when the batch was done): forms
0.818 (9/11), recall 0.792 (42/53), precision 0.792 (42/53), levels 1.000 (42/42), types 1.000
(42/42), noise 0; with --strict the same: forms 0.818 (9/11), recall 0.792 (42/53), precision
0.792 (42/53), levels 1.000 (42/42), types 1.000 (42/42), noise 0. Ten .xlsx, no re-saved copies.
Missed:

- ``arbitration_side_panel`` (the new shape; forms 0/1, points 0/6): the panel's first label
  ``姓　　名`` (``防控卡!A2``) stands in the table's header row (``D2:H2``), so column A is taken
  for the table's 姓名 column and each panel LABEL below it for a holder — five posts with person
  ``部门``, ``岗位``, ``岗位风险等级``, ``照片`` (two points: the ``A6:B7`` box is merged over two
  rows) and ``监督电话`` (``A3:A8``), 科室 and post "", while the values ``郄澹宁``, ``仲裁一庭``,
  ``仲裁员`` in ``B2:B4`` are taken for nothing. All six points (``E3:E8``), their levels
  (高/中/低) and types are read right, but keyed by the wrong holders. The unit reads
  ``持卡人信息合江县劳动人事争议仲裁院`` (the ``A1:B1`` caption joined to the title in ``D1:H1``).
  With the panel one row lower (the header row's A and B empty), or ``持卡人`` in place of
  ``姓　　名``, one form with all six points but person, 科室 and post all "": a panel of pairs
  BESIDE the table, in its rows, is not read as the form's fields.
- ``township_finance_unit_person`` (harder; forms 0/1, points 0/5): the line
  ``填报单位（人）：榉湾镇财政所　邰禾樾`` (``Sheet1!A2:D2``) is read as the unit field ``填报单位``
  with the rest as its value — unit ``(人):榉湾镇财政所 邰禾樾``, 科室 "", person "" — so the
  holder and the 科室 (财政所) are lost and the title's ``合江县榉湾镇人民政府`` is not the unit;
  the post (``报账员`` from ``岗位 | 报账员``), the five points (``C5:C9``), levels and types are
  right. ``填报单位：榉湾镇财政所　邰禾樾`` (no ``（人）``) gives unit ``榉湾镇财政所 邰禾樾`` the same way;
  ``填报人：邰禾樾`` is read right (the holder, the title's unit), ``填报单位（人）：邰禾樾`` gives unit
  ``(人):邰禾樾``.

Not scored, seen in the export: the 城管局's ``执法队员`` reads 中层岗位 (truth general).

Read right: the 附件2 on a tab ``附件2`` with the ``“三重一大”方面`` line in one column and the
序号 starting again under it (Ⅰ级/Ⅱ级/Ⅲ级, ``…风险`` types); the 附件3 under ``科室（中队）`` with
its 工作流程 column empty; the 附件4's ``所在科室及职务`` on two lines (``技术推广股⏎技术员``) split
into 科室 and post; the 文物保护管理所's card with ``★★★/★★/★`` and its note, the ``备注`` and the
监督举报电话 line; the 司法所 所长 under ``单位：合江县司法局蕖塘司法所`` (局 the unit, 所 the 科室),
``持卡人`` and ``政治面貌``, ``高风险/中风险/低风险``; the 承诺书's ``承诺人``/``所在中队``, ``承诺措施``
and the typed signature; the 特殊教育学校's two sheets with ``姓 名``/``处 室``/``职 务`` (the
compound surname 闾丘); the 粮食储备 登记表 whose only risk column is ``风险描述``, the ticked
``□一级　☑二级　□三级`` and the date cell.

(Read in full before any change for it: nothing in this batch was generalised on.)

After generalising (a card's fields in a panel left of its table; `填报单位（人）：…所　姓名`): 1.00
on every metric, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from datetime import datetime

from published.batch174 import GAP, GRADES, LAYOUTS, PLACE, ROMAN, STARS, TOWN, WORDS, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **WORDS}
BATCH = Batch(174, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"township_finance_unit_person"}
UNTYPED = {"urban_enforcement_pledge"}


def _fixed(f: dict) -> dict:
    return {"dept": f["department"], "post": f["title"], "person": f["person"]}


def _cells(name: str, sheet=0) -> list[str]:
    rows = BATCH.sheet(name, sheet)["rows"]
    return [str(c) for row in rows for c in row if c is not None]


def test_batch174_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=173, new_people=True)
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert all(u.startswith(PLACE) for u in units), units
    assert not any("合江" in u for u in BATCH.earlier_units())
    assert not any(TOWN in u or "蕖塘" in u for u in BATCH.earlier_units())


def test_batch174_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(personal=True)


def test_batch174_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch174_tiers_follow_the_form_or_the_post():
    tiers = {(f["title"], f["tier"]) for lay in LAYOUTS for f in lay["truth"]}
    assert tiers == {
        ("报账员", "general"), ("仲裁员", "general"), ("副主任", "leader"), ("", "middle"),
        ("技术员", "general"), ("文物保管员", "general"), ("所长", "middle"),
        ("执法队员", "general"), ("会计", "general"), ("主任", "middle"), ("保管员", "general"),
    }  # fmt: skip
    leader = BATCH.form("farm_machinery_annex2")
    assert leader["department"] == "" and leader["tier"] == "leader"


def test_batch174_holder_only_in_the_unit_and_person_line():
    name = "township_finance_unit_person"
    f = BATCH.form(name)
    rows = BATCH.filled(name)
    assert rows[0][0] == f"{f['unit']}干部职工岗位廉政风险自查表" and len(set(rows[0])) == 1
    line = f"填报单位（人）：{TOWN}{f['department']}{GAP}{f['person']}"
    assert rows[1][:4] == [line] * 4 and rows[1][4] == "填报时间：2024年8月"
    assert rows[2] == ["岗位", f["title"], "岗位风险等级", "二级", None, None]
    # the holder is named in that line alone, and no cell labels her
    assert [c for c in _cells(name) if f["person"] in c] == [line]
    assert not any(c.startswith(("姓名", "填表人", "自查人")) for c in _cells(name))
    assert rows[-1][0] == "本人签字：" and rows[-1][1] is None
    got = BATCH.by_heading(name, {"point": "风险点"}, fixed=_fixed(f))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [p["types"] for p in f["risks"]]
    assert f["department"] == "财政所" and f["unit"] == f"{PLACE}{TOWN}人民政府"


def test_batch174_fields_in_a_panel_beside_the_table():
    name = "arbitration_side_panel"
    f = BATCH.form(name)
    sh = BATCH.sheet(name)
    rows = BATCH.filled(name)
    assert rows[0][:2] == ["持卡人信息"] * 2 and rows[0][2] is None
    assert rows[0][3:] == [f"{f['unit']}岗位廉政风险防控卡"] * 5
    assert (0, 3, 0, 7) in sh["merges"] and (0, 0, 0, 1) in sh["merges"]
    head = 1
    assert rows[head][3:] == ["序号", "风险点", "风险类型", "风险等级", "防控措施"]
    panel = {row[0]: row[1] for row in rows[head:] if row[0]}
    assert panel[f"姓{GAP * 2}名"] == f["person"]
    assert panel[f"部{GAP * 2}门"] == f["department"]
    assert panel[f"岗{GAP * 2}位"] == f["title"]
    assert panel["岗位风险等级"] == "二级" and panel["照片"] == "照片"  # a box over A–B
    photo = next(r for r, row in enumerate(rows) if row[0] == "照片")
    assert BATCH.merged(name, 0, photo, 0, 1) and BATCH.merged(name, 0, photo + 1, 0, 1)
    # every panel row is a row of the table: the fields stand in the table's rows
    table = [r for r, row in enumerate(rows) if isinstance(row[3], int)]
    assert table == list(range(head + 1, head + 1 + len(f["risks"])))
    assert all(rows[r][2] is None for r in range(head, table[-1] + 1))  # column C empty
    assert {rows[r][0] for r in table} >= {f"部{GAP * 2}门", "照片", "监督电话"}
    got = BATCH.by_heading(name, {"point": "风险点"}, head=head, fixed=_fixed(f))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", head=head) == [p["types"] for p in f["risks"]]
    assert not any(c in (p["risk_point"] for p in f["risks"]) for c in ("照片", "监督电话"))


def test_batch174_annexes():
    name = "farm_machinery_annex2"
    f = BATCH.form(name)
    rows = BATCH.filled(name)
    assert BATCH.sheet(name)["name"] == "附件2" and rows[0][0] == "附件2"
    assert rows[2][0] == f"单位(盖章)：{f['unit']}"
    assert rows[3] == ["姓名", f["person"], "职务", f["title"], "岗位风险等级", "一级"]
    got = BATCH.by_heading(name, {"point": "风险点"}, level="风险级别", fixed=_fixed(f))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", level="风险级别") == [p["types"] for p in f["risks"]]
    big = next(r for r, row in enumerate(rows) if row[1] == "“三重一大”方面")
    assert [c for c in rows[big] if c is not None] == ["“三重一大”方面"]  # one column, not merged
    numbers = [row[0] for row in rows if row[4] in ROMAN]
    assert numbers == [1, 2, 3, 4, 5, 1, 2]  # numbered again under the line

    name = "health_enforcement_annex3"
    f = BATCH.form(name)
    rows = BATCH.filled(name)
    assert rows[3] == [
        "科室（中队）",
        f["department"],
        "负责人",
        f["person"],
        "岗位风险等级",
        "二级",
    ]
    head = BATCH.header(name, first="岗位职责")
    assert rows[head] == ["岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施"]
    risk_rows = [row for row in rows[head + 1 :] if row[4] in HML]
    assert len(risk_rows) == len(f["risks"]) and all(row[1] is None for row in risk_rows)
    got = BATCH.by_heading(name, {"point": "风险点"}, level="风险级别", first="岗位职责",
                           fixed=_fixed(f))  # fmt: skip
    assert got == BATCH.truth_rows(name)
    assert f["title"] == "" and f["tier"] == "middle"

    name = "lychee_center_annex4"
    f = BATCH.form(name)
    rows = BATCH.filled(name)
    assert rows[3][:3] == ["姓名", f["person"], "所在科室及职务"]
    assert rows[3][3].split("\n") == [f["department"], f["title"]]
    got = BATCH.by_heading(name, {"point": "风险点"}, level="风险级别", first="岗位职责",
                           fixed=_fixed(f))  # fmt: skip
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", level="风险级别", first="岗位职责") == [
        p["types"] for p in f["risks"]
    ]


def test_batch174_cards_and_pledge():
    name = "relics_office_card"
    f = BATCH.form(name)
    rows = BATCH.filled(name)
    assert rows[1] == ["姓名", f["person"], "部门", f["department"], "职务", f["title"]]
    assert rows[2][0] == "岗位职责" and rows[2][1].count("\n") == 2
    got = BATCH.by_heading(name, {"point": "风险点"}, fixed=_fixed(f))
    assert got == BATCH.truth_rows(name)
    note = next(row[0] for row in rows if row[0] and str(row[0]).startswith("注："))
    assert all(stars in note for stars in STARS)
    head = BATCH.header(name)
    assert {row[5] for row in rows[head + 1 :] if row[3] in STARS} == {None, "新增"}

    name = "justice_office_card"
    f = BATCH.form(name)
    rows = BATCH.filled(name)
    assert rows[1][0] == f"单位：{f['unit']}{f['department']}"
    assert f["unit"] == f"{PLACE}司法局" and f["department"].endswith("司法所")
    assert rows[2] == ["持卡人", f["person"], "职务", f["title"], "政治面貌", "中共党员"]
    got = BATCH.by_heading(name, {"point": "风险点"}, fixed=_fixed(f))
    assert got == BATCH.truth_rows(name)
    assert f["tier"] == "middle"

    name = "urban_enforcement_pledge"
    f = BATCH.form(name)
    rows = BATCH.filled(name)
    assert rows[1] == ["承诺人", f["person"], "所在中队", f["department"], "岗位", f["title"]]
    head = BATCH.header(name)
    assert rows[head] == ["序号", "执法环节", "廉政风险点", "风险等级", "承诺措施", "承诺措施"]
    got = BATCH.by_heading(name, {"point": "廉政风险点"}, fixed=_fixed(f))
    assert got == BATCH.truth_rows(name)
    assert rows[-1][1] == f"承诺人（签名）：{f['person']}"


def test_batch174_sheets_labels_and_register():
    name = "special_school_two_sheets"
    forms = BY_NAME[name]["truth"]
    assert [s["name"] for s in BY_NAME[name]["sheets"]] == [f["person"] for f in forms]
    assert any(f["person"].startswith("闾丘") for f in forms)
    for f in forms:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓 名", f["person"], "处 室", f["department"]]
        assert rows[2][:2] == ["职 务", f["title"]]
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=_fixed(f))
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [p["types"] for p in f["risks"]]

    name = "grain_reserve_register"
    f = BATCH.form(name)
    rows = BATCH.filled(name)
    assert rows[1] == ["部门", f["department"], "姓名", f["person"], "岗位", f["title"]]
    assert rows[2][0] == "岗位风险等级" and "☑二级" in rows[2][1]
    assert isinstance(rows[2][4], datetime)
    head = BATCH.header(name)
    assert rows[head] == ["序号", "风险环节", "风险描述", "风险类别", "风险等级", "防控措施"]
    assert not any("风险点" in str(c) for c in rows[head])  # the description is the one risk column
    got = BATCH.by_heading(name, {"point": "风险描述"}, fixed=_fixed(f))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类别") == [p["types"] for p in f["risks"]]


def test_hundred_and_seventy_fourth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
