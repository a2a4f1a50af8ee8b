"""The ninety-eighth batch of published layouts (tests/published/batch98.py): eight ordinary personal
forms of bodies no earlier batch drew on — a 县价格认证中心 价格认定员's 附件4 (the name padded ``禤  蓓``,
``价格认定股(价格认定员)``), a 县教师进修学校 培训处's 附件3 with arrows in 工作流程 and points numbered inside
their cells, a 县人工影响天气办公室 弹药库保管员's 防控卡 with ``★★★/★★/★`` and a 岗位职责 block, a 县业余体育
学校 副校长's 附件2 with the template's printed 序号 left on empty rows, a 县12345热线中心 工单派发员's 自查表
with date cells and ``Ⅱ级(中)``, a 县民政局 婚姻登记处 婚姻登记员's 登记表 under a vertical stack of
label|value rows, a 县生态环境监测站 采样员's 承诺书 naming the holder only in its opening sentence, a 镇
农业农村服务中心 农技员's 附件4 with 岗位职责 on the first row only — and one harder: a 县结核病防治所's
自查表 one per sheet, tabs named for the holders, the ``姓名`` cell left blank
(``python tests/published/score.py --set batch98``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 9594843: forms 0.800 (8/10), recall 0.854 (35/41),
precision 0.854 (35/41), levels 1.000 (35/35), types 1.000 (35/35), noise 3; with --strict forms
0.600 (6/10), recall 0.854 (35/41), precision 0.854 (35/41), levels 1.000 (35/35), types 1.000
(35/35), noise 3. Missed:

- ``tb_dispensary_blank_names`` (harder; both forms, all 6 points, 2 noise): tabs ``郗晓芃`` and
  ``甯振邦``, B2 ``姓名`` blank on both, C2–F2 ``科室 | 门诊部 | 岗位 | 药房调剂员`` (``防治科 | 科长``)
  filled. Both forms exported with person "" (department and title right) and a FORM_NO_PERSON
  error at B2 each, so the six points miss on (file, person, point). Cause: the form asks for a name
  (person_asked), so locate's fall-back to ``tab_name`` is skipped, and collect's
  ``_names_from_tabs`` only fills a blank 姓名 from its tab when ANOTHER sheet of the file has a
  filled 姓名 equal to its tab — here every 姓名 is blank, so nothing shows the tabs are names
  (both tabs pass ``tab_name``: two- and three-character names, no unit/科室 word).
- ``price_center_annex4`` (strict only): D4 ``所在科室及职务 | 价格认定股(价格认定员)`` is exported as
  department ``价格认定股`` and title ``(价格认定员)``, the brackets kept. Cause:
  ``split_dept_title`` takes the 科室 up to its first ``股`` and the rest as the post; ``_POST_NOTE``
  only strips notes like ``(主持工作)``, not a post written in brackets after the 科室. (The padded
  name ``禤  蓓`` in B4 was read as 禤蓓.)
- ``monitoring_station_pledge`` (strict only): the holder and points are right (person 厍文博 from
  ``承诺人:厍文博`` / the opening sentence), but A2 ``本人厍文博,系柘城县生态环境监测站现场监测室采样员。
  …`` gives only department ``现场监测室``: title "" (truth 采样员), tier "" and unit "" (the sheet
  has no other unit: its title is a bare ``岗位廉政风险防控承诺书``). Cause: the 系-sentence is read
  for the name (``_SELF_NAMED``) and for a 科室 (as a title line) but nothing splits
  ``<unit><科室><post>`` after ``系`` into the unit and the post.
- noise, not a miss (``weather_office_card``): A11 ``廉政承诺:本人将严格执行弹药管理制度,…`` merged A–F
  is reported ROW_UNPLACED (warning). Cause: it stands after the note row A10 ``注:★★★为高风险,…``,
  which ends the form, so ``_paragraph`` is never asked; without the note row the same paragraph
  is taken as part of the form.

Read right: the 价格认证中心 附件4's padded ``禤  蓓``, its merged 岗位职责 and ``Ⅰ级/Ⅱ级/Ⅲ级``; the
教师进修学校 附件3 (exported title 科室负责人, accepted by the truth's title ""), its arrows in 工作流程
and points numbered ``1.…`` kept whole, ``一级/二级/三级``, the filled review box no point; the
人影办 防控卡's 单位/所在股室/持卡人/岗位 pairs over merged cells, the ``岗位职责:…`` block no point, the
short 风险点 kept beside the long 表现形式 (exported as description) and ``★★★/★★/★``; the 业余体校
附件2's rows holding only a printed 序号 (5–8 and 2–4) and the ``“三重一大”方面`` row no points
(科室 领导班子); the 12345 自查表's full-width-spaced labels, date cells and ``Ⅱ级(中)`` levels; the
婚姻登记处 登记表's vertical stack of label|value rows (unit 柘城县民政局, 科室 婚姻登记处); the 承诺书's
``我的承诺`` column read as the measures (COLUMN_GUESSED); the 镇 农技员's 附件4 with
``农业农村服务中心农技员`` split, 岗位职责 on the first row only, blank 工作流程 and two-type cells.

(Read in full before any change for it: nothing in this batch was generalised on.)

After generalising (tabs naming every holder where no 姓名 is filled in, and rare surnames such as 甯; a
post in brackets after its 科室, '价格认定股(价格认定员)'; the post a pledge's writer says he holds,
'系…监测站现场监测室采样员'; a pledge across the form under the note): 1.00 on every metric, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from datetime import datetime

from published.batch98 import BRACKETED, LAYOUTS, ORDINAL, ROMAN, STARS, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **ROMAN, **ORDINAL, **STARS, **BRACKETED}
BATCH = Batch(98, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"tb_dispensary_blank_names"}
UNTYPED = {"monitoring_station_pledge"}
TIERS = {"附件2": "leader", "附件3": "middle", "附件4": "general"}


def _by_heading(name, sheet=0, point="风险点", kind="风险类型", level="风险级别"):
    """(point, types, level) for each row under the header that names ``point`` and ``level``
    (no types where it has no ``kind`` column)."""
    rows = BATCH.filled(name, sheet)
    head = next(r for r, row in enumerate(rows) if point in row and level in row)
    got = BATCH.by_heading(name, {"point": point}, sheet, level, head=head)
    if kind not in rows[head]:
        return [(p, [], lv) for *_, p, lv in got]
    types = BATCH.types_by(name, kind, sheet, level, head=head)
    return [(p, ts, lv) for (*_, p, lv), ts in zip(got, types, strict=True)]


def _want(name, sheet=None):
    """(point, types, level) of every point, in the truth's order."""
    return [(r["risk_point"], r["types"], r["level"]) for r in BATCH.points(name, sheet)]


def test_batch98_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=97, new_people=True)
    assert all(f["unit"].startswith("柘城县") for lay in LAYOUTS for f in lay["truth"])


def test_batch98_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(
        nobody=(),  # every form names its holder
        # the harder one's holder is named only by the tab (tb_dispensary_blank_names)
        unnamed=lambda f, field: field == "person" and f[field] == f["sheet"],
    )
    for lay in LAYOUTS:
        sheets = [s["name"] for s in lay["sheets"]]
        assert [f["sheet"] for f in lay["truth"]] == sheets, lay["name"]
        for f, sh in zip(lay["truth"], lay["sheets"], strict=True):
            annex = sh["rows"][0][0]
            if annex in TIERS:
                assert f["tier"] == TIERS[annex], lay["name"]
            assert (f["department"] == "") == (f["tier"] == "leader")
            assert (f["title"] == "") == (annex == "附件3")


def test_batch98_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED)


def test_batch98_sheets_read_by_heading():
    cases = {
        "price_center_annex4": {},
        "teacher_school_annex3": {},
        "sports_school_annex2": {},
        "town_agri_annex4": {},
        "weather_office_card": {"level": "风险等级"},
        "hotline_selfcheck_dates": {"kind": "风险类别", "level": "风险等级"},
        "marriage_registry_stack": {"level": "风险等级"},
        "monitoring_station_pledge": {"point": "廉政风险点", "level": "风险等级"},
    }
    for name, kw in cases.items():
        assert _by_heading(name, **kw) == _want(name), name
    name = "tb_dispensary_blank_names"
    for i, sh in enumerate(BY_NAME[name]["sheets"]):
        got = _by_heading(name, i, kind="风险类别", level="风险等级")
        assert got == _want(name, sh["name"]), sh["name"]


def test_batch98_holder_lines_and_judgement_calls():
    def holder(name):
        return BY_NAME[name]["truth"][0]

    # harder: the holder only in the tab's name, the 姓名 cell blank, no signature
    for i, f in enumerate(BY_NAME["tb_dispensary_blank_names"]["truth"]):
        rows = BATCH.filled("tb_dispensary_blank_names", i)
        assert rows[1] == ["姓名", None, "科室", f["department"], "岗位", f["title"]]
        assert f["sheet"] == f["person"]
        assert not any(f["person"] in str(c) for row in rows for c in row if c)
        assert rows[-1][:3] == ["本人签字:", None, "科室负责人签字:"]
    f = holder("price_center_annex4")
    line = BATCH.filled("price_center_annex4")[3]
    assert line[1].split() == list(f["person"]) and line[1] != f["person"]
    assert line[3] == f"{f['department']}({f['title']})" and line[5] == "B"
    f = holder("teacher_school_annex3")
    rows = BATCH.filled("teacher_school_annex3")
    assert rows[3][:4] == ["科室", f["department"], "负责人", f["person"]]
    points = [r["risk_point"] for r in f["risks"]]
    assert [p.split(".", 1)[0] for p in points] == ["1", "2", "3", "4", "5"]
    assert all("→" in row[1] for row in rows if row[4] in ORDINAL)
    f = holder("weather_office_card")
    rows = BATCH.filled("weather_office_card")
    assert rows[1][:5] == ["单位", f["unit"], f["unit"], "所在股室", f["department"]]
    assert rows[2][:5] == ["持卡人", f["person"], f["person"], "岗位", f["title"]]
    assert rows[3][0].startswith("岗位职责:")
    assert {row[4] for row in rows if row[4] in STARS} == set(STARS)
    # the short 风险点 is the point, the long 表现形式 beside it is not
    assert all(len(row[1]) < len(row[2]) for row in rows if row[4] in STARS)
    f = holder("sports_school_annex2")
    rows = BATCH.filled("sports_school_annex2")
    assert rows[3][:4] == ["姓名", f["person"], "职务", f["title"]]
    numbered_only = [row for row in rows if isinstance(row[0], int) and row[2] is None]
    assert [row[0] for row in numbered_only] == [5, 6, 7, 8, 2, 3, 4]
    assert any(row[0] == "“三重一大”方面" for row in rows)
    f = holder("hotline_selfcheck_dates")
    rows = BATCH.filled("hotline_selfcheck_dates")
    assert rows[1][:2] == ["姓　　名", f["person"]] and rows[2][:4] == ["所在科室", f["department"],
                                                                   "岗　　位", f["title"]]  # fmt: skip
    assert isinstance(rows[1][5], datetime) and isinstance(rows[2][5], datetime)
    assert rows[-1][:2] == ["自查人(签名):", f["person"]]
    f = holder("marriage_registry_stack")
    rows = BATCH.filled("marriage_registry_stack")
    stack = {row[0]: row[1] for row in rows[1:5]}
    assert stack == {"单位名称": f["unit"], "所在科室": f["department"], "姓名": f["person"],
                     "职务": f["title"]}  # fmt: skip
    f = holder("monitoring_station_pledge")
    rows = BATCH.filled("monitoring_station_pledge")
    assert rows[1][0].startswith(f"本人{f['person']},系{f['unit']}{f['department']}{f['title']}。")
    assert rows[2] == ["序号", "廉政风险点", "风险等级", "我的承诺"]
    assert rows[-1][2] == f"承诺人:{f['person']}"
    f = holder("town_agri_annex4")
    rows = BATCH.filled("town_agri_annex4")
    assert rows[3][:4] == ["姓名", f["person"], "所在科室及职务", f["department"] + f["title"]]
    points = [row for row in rows if row[4] in HML]
    assert points[0][0] and not any(row[0] or row[1] for row in points[1:])
    assert any(len(r["types"]) == 2 for r in f["risks"])
    assert f["unit"].endswith("镇人民政府")


def test_ninety_eighth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
