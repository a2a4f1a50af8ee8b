"""A table of this round's CHANGES laid over the earlier list it amends: the earlier list (a sheet
before, or the rows above on one sheet) stays in force, and the changes table lists only the points
taken off (``删除``, ``取消``), added (``新增``, ``增加``) or reworded (``修改``, ``调整``), under a
column of change marks (``增减``, ``变动类型``, ``操作``) or a note that the points not listed stand
(``其余风险点不变``, ``未列出的继续有效``). The current list is the earlier one less the points the
deletions name (same holder, same words), with the additions on their holders and the changed rows
in place of the points they name; one note says so (CHANGES_TABLE_JOINED), a deletion naming no
point of the list is warned at its cell (CHANGES_DELETE_UNMATCHED), and a changes table with no list
beside it keeps its additions and warns that its deletions name nothing (CHANGES_TABLE_ALONE). The
reader had set the earlier list aside as last year's and read the changes as the whole list, the
deletions as points.

Not the published batch's file (a 口岸管理办公室's ``2024年清单`` and ``2025年增减`` with 一级/二级/三级):
a 水利局's sheets ``原清单``/``本年度调整`` under ``变动类型`` with 取消/增加/修改 and 高/中/低, a 街道办事处's
one sheet with the changes under the list (``操作`` column, ★ levels), a 卫生健康局's marks in a
``备注`` column under a note, a 农业综合服务中心's .ods copy with no 科室 column under ``调整类型``,
and a changes table alone; the near-misses an ordinary office sends (last year's full list beside
this year's, a revised list marking every row ``保留``/``删除``, a few ``新增`` in a 备注 column)
read as before. Written with tests/helpers.py and read back as ``collect_inbox`` does.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

CODES = ("CHANGES_TABLE_JOINED", "CHANGES_DELETE_UNMATCHED", "CHANGES_TABLE_ALONE")


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", sheets)
    return _collect(inbox)


def points(got) -> set[tuple[str, str]]:
    r = got.risks
    return set(zip(r["person"], r["risk_point"], strict=True))


def levels(got) -> dict[str, str]:
    r = got.risks
    return dict(zip(r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[str]:
    return list(got.issues["code"])


HEAD = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
WATER_OLD = [
    ["某县水利局岗位廉政风险点清单（2023年）"],
    HEAD,
    [1, "局领导", "局长", "訾璟宸", "水利工程招标中暗示倾向投标人", "高", "集体研究，全程留痕。"],
    [2, "局领导", "局长", "訾璟宸", "河道采砂许可审批说情", "中", "许可结果公示。"],
    [3, "建设管理股", "股长", "滕珂翊", "工程变更签证把关不严", "高", "变更联审。"],
    [4, "建设管理股", "股长", "滕珂翊", "质量验收降低标准", "中", "第三方检测。"],
    [5, "财务股", "出纳", "滕瑄", "水资源费收缴不入账", "高", "票据统一管理。"],
]


def test_changes_sheet_of_variations_joined_to_the_earlier_sheet(tmp_path):
    changes = [
        ["某县水利局2024年度岗位廉政风险点调整情况"],
        ["注：仅列本年度变动的风险点，其余风险点继续执行原清单。"],
        ["序号", "变动类型", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "取消", "局领导", "局长", "訾璟宸", "河道采砂许可审批说情", "中", "许可结果公示。"],
        [2, "增加", "局领导", "局长", "訾璟宸", "农村饮水工程资金分配优亲厚友", "高", "分配方案公示。"],
        [3, "修改", "建设管理股", "股长", "滕珂翊", "质量验收降低标准", "高", "第三方检测，验收录像。"],
        [4, "增加", "财务股", "出纳", "滕瑄", "公务卡报销审核不严", "低", "逐笔审核。"],
    ]  # fmt: skip
    got = run(tmp_path, {"原清单": WATER_OLD, "本年度调整": changes})
    assert points(got) == {
        ("訾璟宸", "水利工程招标中暗示倾向投标人"),
        ("訾璟宸", "农村饮水工程资金分配优亲厚友"),
        ("滕珂翊", "工程变更签证把关不严"),
        ("滕珂翊", "质量验收降低标准"),
        ("滕瑄", "水资源费收缴不入账"),
        ("滕瑄", "公务卡报销审核不严"),
    }
    # the 修改 row's level (高, as the 工程变更 point's), not the old 中
    assert levels(got)["质量验收降低标准"] == levels(got)["工程变更签证把关不严"]
    assert "CHANGES_TABLE_JOINED" in codes(got) and "SHEET_SET_ASIDE" not in codes(got)


STREET_HEAD = ["序号", "部门", "职务", "责任人", "廉政风险点", "风险等级"]


def test_changes_under_the_list_on_one_sheet(tmp_path):
    rows = [
        ["某街道办事处廉政风险防控一览表"],
        ["一、2024年度风险点"],
        STREET_HEAD,
        [1, "党政办", "主任", "郜瑶琛", "公车使用登记不实", "★★"],
        [2, "党政办", "主任", "郜瑶琛", "办公用品采购不比价", "★"],
        [3, "城管科", "科长", "鄂翊岚", "占道经营处罚随意", "★★★"],
        [4, "城管科", "科长", "鄂翊岚", "违建拆除选择性执法", "★★★"],
        [],
        ["二、2025年度风险点增减情况（未列出的风险点继续有效）"],
        ["序号", "操作", "部门", "职务", "责任人", "廉政风险点", "风险等级"],
        [1, "删除", "党政办", "主任", "郜瑶琛", "办公用品 采购不比价", "★"],
        [2, "新增", "城管科", "科长", "鄂翊岚", "夜市摊位分配收受好处", "★★"],
    ]  # fmt: skip
    got = run(tmp_path, {"一览表": rows})
    assert points(got) == {
        ("郜瑶琛", "公车使用登记不实"),
        ("鄂翊岚", "占道经营处罚随意"),
        ("鄂翊岚", "违建拆除选择性执法"),
        ("鄂翊岚", "夜市摊位分配收受好处"),
    }
    assert "CHANGES_TABLE_JOINED" in codes(got)


HEALTH_OLD = [
    ["县卫生健康局岗位廉政风险点排查表"],
    ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "备注"],
    [1, "医政股", "股长", "仉珞瑶", "医疗机构校验走过场", "二级", ""],
    [2, "医政股", "股长", "仉珞瑶", "医疗纠纷调处偏袒一方", "三级", ""],
    [3, "疾控股", "股长", "仉璠", "疫苗出入库核对不严", "一级", ""],
]


def test_marks_in_a_remarks_column_under_a_note(tmp_path):
    changes = [
        ["县卫生健康局2025年岗位廉政风险点增减表"],
        ["说明：本表只列新增和删除的风险点，其他风险点保持不变。"],
        ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "备注"],
        [1, "医政股", "股长", "仉珞瑶", "医疗纠纷调处偏袒一方", "三级", "删除"],
        [2, "疾控股", "股长", "仉璠", "冷链运输车辆调度谋私", "二级", "删除"],
        [3, "疾控股", "股长", "仉璠", "预防接种门诊设置审批说情", "二级", "新增"],
    ]  # fmt: skip
    got = run(tmp_path, {"2024年": HEALTH_OLD, "2025年增减": changes})
    assert points(got) == {
        ("仉珞瑶", "医疗机构校验走过场"),
        ("仉璠", "疫苗出入库核对不严"),
        ("仉璠", "预防接种门诊设置审批说情"),
    }
    issues = got.issues
    miss = issues[issues["code"] == "CHANGES_DELETE_UNMATCHED"]
    assert list(miss["cell"]) == ["G5"] and list(miss["severity"]) == ["warning"]


def test_changes_table_alone_keeps_its_additions(tmp_path):
    changes = [
        ["县卫生健康局2025年岗位廉政风险点增减情况"],
        ["序号", "增减", "股室", "岗位", "姓名", "风险点", "风险等级"],
        [1, "删除", "医政股", "股长", "仉珞瑶", "医疗纠纷调处偏袒一方", "三级"],
        [2, "新增", "疾控股", "股长", "仉璠", "预防接种门诊设置审批说情", "二级"],
        [3, "新增", "医政股", "股长", "仉珞瑶", "护士执业注册材料审核不严", "三级"],
    ]  # fmt: skip
    got = run(tmp_path, {"增减表": changes})
    assert points(got) == {
        ("仉璠", "预防接种门诊设置审批说情"),
        ("仉珞瑶", "护士执业注册材料审核不严"),
    }
    assert "CHANGES_TABLE_ALONE" in codes(got)


def test_last_years_full_list_still_set_aside(tmp_path):
    new = [row[:] for row in WATER_OLD]
    new[0] = ["某县水利局岗位廉政风险点清单（2024年）"]
    new[3] = [2, "局领导", "局长", "訾璟宸", "农村饮水工程资金分配优亲厚友", "高", "方案公示。"]
    old = [row[:] for row in WATER_OLD]
    got = run(tmp_path, {"2023年": old, "2024年": new})
    assert ("訾璟宸", "河道采砂许可审批说情") not in points(got)
    assert ("訾璟宸", "农村饮水工程资金分配优亲厚友") in points(got)
    assert "SHEET_SET_ASIDE" in codes(got) and not set(CODES) & set(codes(got))


def test_a_revised_list_marking_every_row_reads_as_before(tmp_path):
    rows = [
        ["县卫生健康局岗位廉政风险点排查表（2025年修订）"],
        ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "修订情况"],
        [1, "医政股", "股长", "仉珞瑶", "医疗机构校验走过场", "二级", "保留"],
        [2, "医政股", "股长", "仉珞瑶", "医疗纠纷调处偏袒一方", "三级", "删除"],
        [3, "疾控股", "股长", "仉璠", "疫苗出入库核对不严", "一级", "保留"],
        [4, "疾控股", "股长", "仉璠", "预防接种门诊设置审批说情", "二级", "新增"],
        [5, "疾控股", "股长", "仉璠", "冷链运输车辆调度谋私", "二级", "保留"],
    ]  # fmt: skip
    got = run(tmp_path, {"排查表": rows})
    assert points(got) == {
        ("仉珞瑶", "医疗机构校验走过场"),
        ("仉璠", "疫苗出入库核对不严"),
        ("仉璠", "预防接种门诊设置审批说情"),
        ("仉璠", "冷链运输车辆调度谋私"),
    }
    assert "ROW_DELETED" in codes(got) and not set(CODES) & set(codes(got))


def test_an_ordinary_list_with_a_few_new_marks_reads_as_before(tmp_path):
    rows = [row[:] for row in HEALTH_OLD]
    rows[4][-1] = "新增"
    got = run(tmp_path, {"排查表": rows})
    assert len(points(got)) == 3 and not set(CODES) & set(codes(got))


def test_the_codes_are_catalogued():
    for code in CODES:
        assert code in CATALOGUE and code in SHORT
        assert "{table}" in CATALOGUE[code][1]


def test_an_ods_copy_with_fewer_columns_and_adjusted_rows(tmp_path):
    """Re-saved as .ods by LibreOffice (values only), no 科室 or measures column, marks under
    ``调整类型``: the ``调整`` row takes the place of the point it names."""
    old = [
        ["某镇农业综合服务中心岗位廉政风险点（2024年版）"],
        ["序号", "岗位", "姓名", "风险点", "等级"],
        [1, "主任", "鞠翊珩", "惠农补贴发放优亲厚友", "一级风险"],
        [2, "主任", "鞠翊珩", "农机购置补贴核查不实", "二级风险"],
        [3, "农技员", "鞠瑜", "良种推广收受供货商好处", "二级风险"],
    ]
    changes = [
        ["某镇农业综合服务中心2025年岗位廉政风险点调整表"],
        ["序号", "调整类型", "岗位", "姓名", "风险点", "等级"],
        [1, "调整", "主任", "鞠翊珩", "农机购置补贴核查不实", "一级风险"],
        [2, "删除", "农技员", "鞠瑜", "良种推广收受供货商好处", "二级风险"],
        [3, "新增", "农技员", "鞠瑜", "测土配方施肥项目验收走过场", "三级风险"],
    ]  # fmt: skip
    inbox = tmp_path / "inbox"
    from helpers import write_ods

    write_ods(inbox / "清单.ods", {"2024年": old, "2025年调整": changes})
    got = _collect(inbox)
    assert points(got) == {
        ("鞠翊珩", "惠农补贴发放优亲厚友"),
        ("鞠翊珩", "农机购置补贴核查不实"),
        ("鞠瑜", "测土配方施肥项目验收走过场"),
    }
    lv = levels(got)
    assert lv["农机购置补贴核查不实"] == lv["惠农补贴发放优亲厚友"]  # 调整 to 一级风险
    assert "CHANGES_TABLE_JOINED" in codes(got)


# 县统计局: this year's FULL list marking each row 不变 or 新增 under ``变动情况``, new points the more
STATS_2024 = [
    ["县统计局岗位廉政风险点一览表（2024年）"],
    HEAD,
    [1, "办公室", "主任", "琴昊然", "公务接待超标准", "中", "事前审批。"],
    [2, "综合股", "股长", "晏书瑶", "统计数据弄虚作假", "高", "数据复核。"],
    [3, "调查队", "队长", "牧乐衍", "调查经费虚报冒领", "中", "报账审核。"],
]
STATS_2025 = [
    ["县统计局岗位廉政风险点一览表（2025年）"],
    HEAD + ["变动情况"],
    [1, "办公室", "主任", "琴昊然", "公务接待超标准", "中", "事前审批。", "不变"],
    [2, "办公室", "主任", "琴昊然", "公车维修虚开发票", "低", "定点维修。", "新增"],
    [3, "综合股", "股长", "晏书瑶", "统计数据弄虚作假", "高", "数据复核。", "不变"],
    [4, "综合股", "股长", "晏书瑶", "普查对象信息泄露", "中", "保密培训。", "新增"],
    [5, "调查队", "队长", "牧乐衍", "调查员选聘优亲厚友", "中", "公开选聘。", "新增"],
]  # fmt: skip


def test_what_the_hundred_and_twenty_ninth_review_found_a_full_list_marking_kept_rows(tmp_path):
    """A list marking each row 不变 or 新增 names the points that stand too: it is the whole list,
    no table of changes. Alone, it had been warned as a changes table with no list beside it
    (CHANGES_TABLE_ALONE, at the 变动情况 heading); after last year's sheet, it had been joined
    onto it (CHANGES_TABLE_JOINED) — the 不变 rows laid on the same points (POINT_REPEATED on each)
    and 2024 read as in force. Now a kept mark (without a note that unlisted points stand) makes
    the table a list: read alone as before the rule, last year's sheet set aside."""
    got = run(tmp_path, {"2025年": STATS_2025})
    assert len(points(got)) == 5 and not set(CODES) & set(codes(got))

    got = run(tmp_path / "b", {"2024年": STATS_2024, "2025年": STATS_2025})
    assert len(points(got)) == 5 and ("牧乐衍", "调查经费虚报冒领") not in points(got)
    assert not set(CODES) & set(codes(got)) and "POINT_REPEATED" not in codes(got)
    assert "SHEET_SET_ASIDE" in codes(got)


def test_what_the_hundred_and_twenty_ninth_review_found_a_deletion_in_other_stops(tmp_path):
    """A deletion naming its point with other stops and commas than the list ('公车私用，违规报销
    油费。' deleted as '公车私用,违规报销油费'; '虚列支出（套取资金）' as '虚列支出(套取资金)。'):
    both had been left in the list, each deletion warned as naming no point
    (CHANGES_DELETE_UNMATCHED). The points are matched without stops and commas now."""
    old = [
        ["某县档案馆岗位廉政风险点清单（2024年）"],
        HEAD,
        [1, "办公室", "主任", "闵昭宁", "公车私用，违规报销油费。", "中", "用车审批。"],
        [2, "财务股", "会计", "冉沐阳", "虚列支出（套取资金）", "高", "支出复核。"],
        [3, "利用股", "股长", "闵昭宁", "违规提供档案查阅", "中", "查阅登记。"],
    ]  # fmt: skip
    changes = [
        ["某县档案馆2025年岗位廉政风险点增减情况"],
        ["序号", "增减", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "删除", "办公室", "主任", "闵昭宁", "公车私用,违规报销油费", "中", "用车审批。"],
        [2, "删除", "财务股", "会计", "冉沐阳", "虚列支出(套取资金)。", "高", "支出复核。"],
        [3, "新增", "利用股", "股长", "闵昭宁", "档案数字化外包验收走过场", "中", "集体验收。"],
    ]  # fmt: skip
    got = run(tmp_path, {"2024年": old, "2025年增减": changes})
    assert points(got) == {
        ("闵昭宁", "违规提供档案查阅"),
        ("闵昭宁", "档案数字化外包验收走过场"),
    }
    assert "CHANGES_TABLE_JOINED" in codes(got) and "CHANGES_DELETE_UNMATCHED" not in codes(got)
