"""The two-hundred-and-forty-seventh batch of published layouts (tests/published/batch247.py): eight
ordinary files as the 乡镇, 村, 社区 and 站所 of one pastoral county (若尔盖县) really send them — the
达扎寺镇人民政府's 一览表 in two sheets (``班子成员`` with ``分管工作``, ``办所`` with ``办（所）`` merged), the
唐克镇白河湾社区's 小微权力 排查表 with the holder last and a ``监督主体`` column, the 红星镇岷江源村's
防控卡 of its “三职”干部 one sheet a holder with ``风险环节`` and ``一级/二级/三级``, the 辖曼镇畜牧兽医站's
自查表 one sheet a person (the tab the name) with ``风险点 | 具体表现``, the 阿西镇林业站's 责任清单 对岗不对人
with ``高风险/中风险/低风险``, the 巴西镇便民服务中心's 一览表 with ``★★★/★★/★``, the 麦溪乡's 草原补奖
排查表 with ``工作环节`` first, the holder last and bare ``Ⅰ/Ⅱ/Ⅲ``, the 求吉乡财政所's 登记表 under a
two-row heading with ``较高/一般/较低`` — and one harder: the 降扎乡雪堆村's 排查表 on the 乡's
``（通用）`` template, whose printed rows (岗位, 风险点, ``参考风险等级``) the 村 answered one by one in a
column ``本村是否涉及`` — ``涉及`` or ``不涉及`` — the ``不涉及`` rows no points
(``python tests/published/score.py --set batch247``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 647f558 (main's newest when the batch was done; this
worktree branched from fc1ffcf, the two commits between change README.md, CHANGELOG.md and how
xlproc/fills.py reads fills and strikethrough): TOTAL forms=1.000 (39/39) recall=1.000 (87/87)
precision=0.956 (87/91) levels=1.000 (87/87) types=1.000 (87/87) noise=0; with --strict the same:
TOTAL forms=1.000 (39/39) recall=1.000 (87/87) precision=0.956 (87/91) levels=1.000 (87/87)
types=1.000 (87/87) noise=0. The 9 files: nine .xlsx, no re-saved copies. Eight layouts read in
full (--strict too). Missed:

- ``jiangzha_village_applies_column`` (harder; forms 5/5, points 13/13, precision 13/17): the four
  rows the 村 answered ``不涉及`` are read as points of their holders, with the printed level
  (高 → Ⅰ级) and ``/`` as their measures: ``排查表!E5`` ``村集体经济项目入股、分红不公开，优亲厚友``
  (衣霈川, 村党支部书记), ``E9`` ``集体草场、房屋出租不公开竞价，低价租给亲友`` and ``E10``
  ``征地补偿款分配不公开，截留挪用`` (战泷芷, 村委会主任), ``E17`` ``集体经济收益不入账，私设“小金库”``
  (弭菰渚, 村报账员). Truth: no points — ``G5``, ``G9``, ``G10``, ``G17`` say ``不涉及``, ``I5``… give
  the reason (``本村集体草场已全部承包到户，无出租资产`` …) and the ``填表说明`` line ``A21`` says rows
  without the work are answered ``不涉及``. The ``本村是否涉及`` column leaves no trace in the export and
  no issue is raised for it or for the rows (only COLUMN_GUESSED on ``D3`` 事项类别 → 其他 and
  TABLE_NO_TYPE). The 13 rows answered ``涉及`` are read right. Kind: a printed common list whose
  rows are answered one by one in an applicability column (``涉及/不涉及``), the risk text, post and
  level standing on every row alike, is read as if every printed row applied: the reader has no
  notion of a row-level "does not apply" answer apart from ``无``, ``示例`` and ``修订情况：删除``.

Read right: the 达扎寺镇's two sheets (``班子成员`` with ``分管工作``, ``办所`` with ``办（所）`` —
COLUMN_GUESSED info); the 社区's ``小微权力事项`` first and the holder last beside ``监督主体``; the 村's
cards with ``风险环节`` and ``一级/二级/三级``; the 兽医站's tabs named by the holders and ``风险点 |
具体表现``; the 林业站's 对岗不对人 list with ``高风险/中风险/低风险`` and ``责任领导``; the 便民服务中心's
``★★★/★★/★``; the 麦溪乡's holder last across 农牧综合服务中心 and 财政所 with bare ``Ⅰ/Ⅱ/Ⅲ``; the
财政所's two-row heading with ``较高/一般/较低`` (LEVEL_SCALE info).

Unscored besides: the 村's 书记 and 主任 cards given the 科室 ``领导班子`` (truth ""); the 社区's unit read
``唐克镇白河湾社区`` from the title (truth ``若尔盖县唐克镇白河湾社区居民委员会``) and its 居委会副主任
read 领导岗位 (truth middle); the 村务监督委员会主任 read 领导岗位 (truth middle); the 雪堆村's unit read
``…雪堆村村民委员会`` from the 填报 line, not the 乡's template title. Every other unit, 科室, post and
tier right.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)

Generalised after the measurement, by kind and with tests in other words in tests/test_columns.py (a checklist answered row by row (``_answer_column``)): the batch now reads 1.00 on every metric, --strict too.
"""

from published.batch247 import (
    APPLIES,
    BANDS,
    BARE_ROMAN,
    GRADES,
    LAYOUTS,
    MILD,
    RESAVED,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE_ROMAN, **STARS, **BANDS, **MILD}
BATCH = Batch(247, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"jiangzha_village_applies_column"}
UNTYPED = {
    "jiangzha_village_applies_column",
    "tangke_community_power_check",
    "hongxing_village_cards",
    "maixi_grassland_subsidy_check",
}
NOBODY = {"axi_forestry_duty_list"}


def test_batch247_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=245, unit_words=("若尔盖",), new_people=True)


def test_batch247_truth_is_self_consistent():
    # the harder table and the 达扎寺镇's two sheets carry 13 points each
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(3, 13))
    assert RESAVED == ()


def test_batch247_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch247_every_unit_is_of_ruoergai():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("若尔盖县") for u in units)


def test_batch247_rows_not_concerned_are_no_points():
    name = "jiangzha_village_applies_column"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == [
        "序号",
        "岗位",
        "姓名",
        "事项类别",
        "廉政风险点",
        "参考风险等级",
        "本村是否涉及",
        "防控措施",
        "备注",
    ]
    table = BATCH.table(name)
    answers = [r[6] for r in table]
    assert set(answers) == {"涉及", "不涉及"} and answers.count("不涉及") == 4
    # a row not concerned carries its printed post, point and level like any other
    for r in table:
        assert r[1] and r[2] and r[4] and r[5] in HML
        if r[6] == "不涉及":
            assert r[7] == "/" and r[8]  # no measures, a reason in 备注
        else:
            assert r[7] not in (None, "/") and r[8] is None
    got = [("", r[1], r[2], r[4], HML[r[5]]) for r in table if r[6] == "涉及"]
    assert got == BATCH.truth_rows(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {r[4] for r in table if r[6] == "不涉及"}
    # every holder keeps some rows that apply: a form each
    assert BATCH.holders(name) == {who for _, who, _, _ in APPLIES}
    note = next(r[0] for r in rows if isinstance(r[0], str) and r[0].startswith("填表说明："))
    assert "“不涉及”" in note and "乡纪委统一列出" in note
    # the template's title names the 乡, the 填报 line the 村 that is the unit
    unit = BY_NAME[name]["truth"][0]["unit"]
    assert unit not in rows[0][0] and unit in rows[1][0]


def test_batch247_plain_tables_by_heading():
    cases = [
        ("dazhasi_town_two_sheets", "办所",
         {"dept": "办（所）", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类别", {}),
        ("dazhasi_town_two_sheets", "班子成员",
         {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险类别", {}),
        ("tangke_community_power_check", 0,
         {"post": "责任岗位", "person": "责任人", "point": "廉政风险点"}, None, {}),
        ("axi_forestry_duty_list", 0, {"post": "责任岗位", "point": "风险点"}, "风险类型",
         {"dept": "林业站"}),
        ("baxi_service_center_list", 0, {"post": "岗位", "person": "姓名", "point": "廉政风险点"},
         "风险类型", {"dept": "便民服务中心"}),
        ("maixi_grassland_subsidy_check", 0,
         {"dept": "责任部门", "post": "责任岗位", "person": "责任人", "point": "风险点"}, None, {}),
    ]  # fmt: skip
    for name, sheet, heads, typ, fixed in cases:
        got = BATCH.by_heading(name, heads, sheet, fixed=fixed)
        want = BATCH.truth_rows(name, None if sheet == 0 else sheet)
        assert sorted(got) == sorted(want), (name, sheet)
        if typ:
            types = dict(zip((g[3] for g in got), BATCH.types_by(name, typ, sheet), strict=True))
            for p in BATCH.points(name, None if sheet == 0 else sheet):
                assert types[p["risk_point"]] == p["types"], (name, p)
    # watchers are no holders: 监督主体, 责任领导 and the 林业站's roles
    watch = {r[7] for r in BATCH.table("tangke_community_power_check")}
    assert watch == {"居务监督委员会", "社区党支部"}
    assert not watch & {f["title"] for f in BY_NAME["tangke_community_power_check"]["truth"]}
    assert BATCH.holders("axi_forestry_duty_list") == {""}
    # the holders last, a person's rows apart
    for name, col in (("tangke_community_power_check", 6), ("maixi_grassland_subsidy_check", 7)):
        people = [r[col] for r in BATCH.table(name)]
        at = {p: [i for i, q in enumerate(people) if q == p] for p in people}
        assert any(ix != list(range(ix[0], ix[0] + len(ix))) for ix in at.values()), name
    # 分管工作, 小微权力事项, 职责事项, 服务事项 and 工作环节 are no points
    for name, sheet, col in (("dazhasi_town_two_sheets", "班子成员", 3),
                             ("tangke_community_power_check", 0, 1), ("axi_forestry_duty_list", 0, 1),
                             ("baxi_service_center_list", 0, 3),
                             ("maixi_grassland_subsidy_check", 0, 1)):  # fmt: skip
        assert not {r[col] for r in BATCH.table(name, sheet)} & {
            p["risk_point"] for p in BATCH.points(name)
        }, name


def test_batch247_two_row_heading():
    name = "qiuji_finance_register"
    rows = BATCH.filled(name)
    top = BATCH.header(name)
    assert rows[top][3:6] == ["风险识别", "风险识别", "风险评估"]
    assert rows[top + 1] == [
        "序号",
        "岗位",
        "姓名",
        "风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        "备注",
    ]
    fixed = {"dept": "财政所"}
    heads = {"post": "岗位", "person": "姓名", "point": "风险点"}
    got = BATCH.by_heading(name, heads, head=top + 1, fixed=fixed)
    assert got == BATCH.truth_rows(name)
    types = BATCH.types_by(name, "风险类型", head=top + 1)
    assert types == [p["types"] for p in BATCH.points(name)]
    assert all(r[5] in MILD for r in BATCH.table(name))


def test_batch247_sheets_one_holder_each():
    for f in BY_NAME["hongxing_village_cards"]["truth"]:
        rows = BATCH.filled("hongxing_village_cards", f["sheet"])
        assert rows[1][:4] == ["姓名", f["person"], "职务", f["title"]] and rows[1][4] == "任职时间"
        assert rows[2][0] == "主要职责"
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(
            "hongxing_village_cards", {"point": "风险点"}, f["sheet"], fixed=fixed
        )
        assert got == BATCH.truth_rows("hongxing_village_cards", f["sheet"])
        steps = {r[1] for r in BATCH.table("hongxing_village_cards", f["sheet"])}
        assert not steps & {p["risk_point"] for p in BATCH.points("hongxing_village_cards")}
    for f in BY_NAME["xiaman_vet_station_self_checks"]["truth"]:
        assert f["sheet"] == f["person"]  # the tab is the holder's name
        rows = BATCH.filled("xiaman_vet_station_self_checks", f["sheet"])
        assert rows[1][:6] == ["姓名", f["person"], "所在站所", f["department"], "职务", f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(
            "xiaman_vet_station_self_checks", {"point": "风险点"}, f["sheet"], fixed=fixed
        )
        assert got == BATCH.truth_rows("xiaman_vet_station_self_checks", f["sheet"])
        # the short 风险点 is the point, never the long 具体表现
        descs = {r[2] for r in BATCH.table("xiaman_vet_station_self_checks", f["sheet"])}
        points = {p["risk_point"] for p in BATCH.points("xiaman_vet_station_self_checks")}
        assert not descs & points and all(len(p) <= 10 for p in points)


def test_batch247_is_read(tmp_path):
    BATCH.is_read(tmp_path)
