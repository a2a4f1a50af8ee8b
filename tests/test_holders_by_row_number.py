"""A list one row a point whose holder's cells (科室 | 岗位 | 责任人) are written out only on his
first row, his later rows saying which row by its 序号: '同序号2', '同第3项', '同4号',
'同序号2（副所长）' — the list sorted by level or by step, so the row named is earlier but not
the one just above. Each such cell is read as the cell of the row it names (one cell may refer
and the others be written); a number naming no row above is warned, never a holder named
'同序号9'.

The layouts here are not the published batches' (a 旗's 民政局 sorted by level, a 公共资源交易中心
sorted by 交易环节, ``同序号N`` in all three cells under one heading row): a county's
市场监督管理局 and its 所, a 疾控中心, a 水利局's 站, other posts and names, ``高/中/低``,
``★★★``, ``重大/较大/一般``, two heading rows, a 风险类型 column, 序号 written ``一``, ``1.``,
written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def depts(got) -> set[tuple[str, str]]:
    r = got.risks
    return set(zip(r["department"], r["person"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> list[str]:
    return list(got.issues[got.issues["severity"] == "error"]["code"])


def test_all_three_cells_refer_back_in_a_list_sorted_by_level(tmp_path):
    rows = [["XX县市场监督管理局岗位廉政风险点一览表"],
            ["序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            ["1", "局领导", "局长", "郗澹宁", "重大行政处罚案件个人说了算", "高", "集体审议"],
            ["2", "登记注册股", "股长", "滑觅岚", "为关系企业违规办照", "高", "双人审核"],
            ["3", "执法稽查大队", "大队长", "苌霖远", "查处案件选择性执法", "高", "全程记录"],
            ["4", "同序号2", "同序号2", "同序号2", "泄露企业登记信息", "中", "查询留痕"],
            ["5", "同序号1", "同序号1", "同序号1", "干部选任把关不严", "中", "民主推荐"],
            ["6", "同序号3", "同序号3", "同序号3", "罚没物品处置不规范", "中", "公开拍卖"],
            ["7", "同序号2", "同序号2", "同序号2", "档案借阅不登记", "低", "借阅登记"],
            ["8", "同序号3", "同序号3", "同序号3", "执法车辆私用", "低", "派车登记"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("局长", "郗澹宁", "重大行政处罚案件个人说了算", "Ⅰ级"),
        ("局长", "郗澹宁", "干部选任把关不严", "Ⅱ级"),
        ("股长", "滑觅岚", "为关系企业违规办照", "Ⅰ级"),
        ("股长", "滑觅岚", "泄露企业登记信息", "Ⅱ级"),
        ("股长", "滑觅岚", "档案借阅不登记", "Ⅲ级"),
        ("大队长", "苌霖远", "查处案件选择性执法", "Ⅰ级"),
        ("大队长", "苌霖远", "罚没物品处置不规范", "Ⅱ级"),
        ("大队长", "苌霖远", "执法车辆私用", "Ⅲ级"),
    ])  # fmt: skip
    assert depts(got) == {
        ("局领导", "郗澹宁"),
        ("登记注册股", "滑觅岚"),
        ("执法稽查大队", "苌霖远"),
    }
    assert len(got.posts) == 3
    said = got.issues[got.issues["code"] == "HOLDER_BY_ROW_NUMBER"]
    assert list(said["cell"]) == ["B6"] and list(said["value"]) == ["15"]
    assert not errors(got)
    assert "HOLDER_ROW_NUMBER_UNMATCHED" not in codes(got)


def test_only_the_name_refers_under_two_heading_rows(tmp_path):
    # '责任主体' merged over 科室 | 岗位 | 姓名; the 科室 and post written on every row, the name
    # referring back ('同4号', '同序号1（所长）'), stars for the level
    rows = [["XX县疾病预防控制中心廉政风险防控清单"],
            ["序号", "责任主体", None, None, "风险点", "风险等级", "防控措施"],
            [None, "科室", "岗位", "姓名", None, None, None],
            ["1", "中心领导", "主任", "亓砚舟", "疫苗采购指定供应商", "★★★", "集体决策"],
            ["2", "免疫规划科", "科长", "笪若溪", "疫苗出入库不实", "★★★", "双人验收"],
            ["3", "财务科", "会计", "濮青禾", "虚列检测费用", "★★", "票据审核"],
            ["4", "检验科", "检验员", "蒯映川", "篡改检测数据", "★★", "系统留痕"],
            ["5", "免疫规划科", "科长", "同序号2", "接种单位考核走过场", "★★", "交叉考核"],
            ["6", "检验科", "检验员", "同4号", "样品处置不规范", "★", "台账管理"],
            ["7", "中心领导", "主任", "同序号1（主任）", "公务接待超标准", "★", "公函制度"]]  # fmt: skip
    merges = ["A1:G1", "A2:A3", "B2:D2", "E2:E3", "F2:F3", "G2:G3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("主任", "亓砚舟", "疫苗采购指定供应商", "Ⅰ级"),
        ("主任", "亓砚舟", "公务接待超标准", "Ⅲ级"),
        ("科长", "笪若溪", "疫苗出入库不实", "Ⅰ级"),
        ("科长", "笪若溪", "接种单位考核走过场", "Ⅱ级"),
        ("会计", "濮青禾", "虚列检测费用", "Ⅱ级"),
        ("检验员", "蒯映川", "篡改检测数据", "Ⅱ级"),
        ("检验员", "蒯映川", "样品处置不规范", "Ⅲ级"),
    ])  # fmt: skip
    assert ("免疫规划科", "笪若溪") in depts(got) and ("检验科", "蒯映川") in depts(got)
    assert len(got.posts) == 4
    assert "HOLDER_BY_ROW_NUMBER" in codes(got)
    assert not errors(got)


def test_same_as_item_n_with_chinese_or_dotted_numbers_and_a_type_column(tmp_path):
    # '同第二项', '同第1项' with 序号 '一、二、…' (and '1.' in the second sheet), a 风险类型
    # column between the point and the level, 重大/较大/一般
    rows = [["XX县水利局基层站所廉政风险点排查表"],
            ["序号", "所在站所", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
            ["一", "水政监察大队", "大队长", "栾晞和", "河道采砂许可暗箱操作", "岗位职责", "重大", "公开审批"],
            ["二", "水土保持站", "站长", "眭沅芷", "补偿费减免不按规定", "制度机制", "重大", "集体研究"],
            ["三", "同第一项", "同第一项", "同第一项", "违法案件降格处理", "岗位职责", "较大", "案件复核"],
            ["四", "灌溉管理站", "会计", "邰筠溪", "水费收缴不入账", "制度机制", "较大", "票款核对"],
            ["五", "同第二项", "同第二项", "同第二项", "监测数据弄虚作假", "思想道德", "一般", "交叉抽查"]]  # fmt: skip
    got = run(tmp_path / "cn", rows, ["A1:H1"])
    assert read(got) == sorted([
        ("大队长", "栾晞和", "河道采砂许可暗箱操作", "Ⅰ级"),
        ("大队长", "栾晞和", "违法案件降格处理", "Ⅱ级"),
        ("站长", "眭沅芷", "补偿费减免不按规定", "Ⅰ级"),
        ("站长", "眭沅芷", "监测数据弄虚作假", "Ⅲ级"),
        ("会计", "邰筠溪", "水费收缴不入账", "Ⅱ级"),
    ])  # fmt: skip
    r = got.risks
    assert set(zip(r["person"], r["risk_type"], strict=True)) >= {("眭沅芷", "思想道德风险")}
    assert "HOLDER_BY_ROW_NUMBER" in codes(got) and not errors(got)
    for row in rows[2:]:
        row[0] = {"一": "1.", "二": "2.", "三": "3.", "四": "4.", "五": "5."}[row[0]]
        row[1:4] = [x.replace("第一项", "第1项").replace("第二项", "第2项") for x in row[1:4]]
    got = run(tmp_path / "dotted", rows, ["A1:H1"])
    assert read(got) == sorted([
        ("大队长", "栾晞和", "河道采砂许可暗箱操作", "Ⅰ级"),
        ("大队长", "栾晞和", "违法案件降格处理", "Ⅱ级"),
        ("站长", "眭沅芷", "补偿费减免不按规定", "Ⅰ级"),
        ("站长", "眭沅芷", "监测数据弄虚作假", "Ⅲ级"),
        ("会计", "邰筠溪", "水费收缴不入账", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_a_number_naming_no_row_above_is_warned_not_a_holder(tmp_path):
    # '同序号9' (no such row) and '同序号4' (a later row): no holder made of the words
    rows = [["XX县市场监督管理局城关市场监管所廉政风险点一览表"],
            ["序号", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            ["1", "所长", "宓澜清", "检查对象选择随意", "高", "双随机抽取"],
            ["2", "同序号1", "同序号1", "罚款不开票据", "中", "票款分离"],
            ["3", "同序号9", "同序号9", "收受商户购物卡", "中", "廉政承诺"],
            ["4", "监管员", "郦若航", "食品抽检走过场", "低", "抽检留样"],
            ["5", "同序号4", "同序号4", "投诉举报压案不办", "低", "限时办结"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    r = got.risks
    people = set(r["person"]) | set(r["title"])
    assert not {x for x in people if "同序号" in x}
    assert ("所长", "宓澜清", "罚款不开票据", "Ⅱ级") in read(got)
    assert ("监管员", "郦若航", "投诉举报压案不办", "Ⅲ级") in read(got)
    said = got.issues[got.issues["code"] == "HOLDER_ROW_NUMBER_UNMATCHED"]
    assert sorted(said["cell"]) == ["B5", "C5"]
    assert set(said["value"]) == {"同序号9"}
    assert not errors(got)


def test_a_point_cell_saying_same_as_row_n_reads_as_before(tmp_path):
    # '同序号1' in the 风险点 cell is that row's point for this row's holder (``_cross_refs``),
    # the holders written out: nothing of this rule
    rows = [["XX县市场监督管理局岗位廉政风险点一览表"],
            ["序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            ["1", "登记注册股", "股长", "滑觅岚", "为关系企业违规办照", "高", "双人审核"],
            ["2", "登记注册股", "副股长", "鄢晴川", "同序号1", "高", "双人审核"],
            ["3", "执法稽查大队", "大队长", "苌霖远", "查处案件选择性执法", "中", "全程记录"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("股长", "滑觅岚", "为关系企业违规办照", "Ⅰ级"),
        ("副股长", "鄢晴川", "为关系企业违规办照", "Ⅰ级"),
        ("大队长", "苌霖远", "查处案件选择性执法", "Ⅱ级"),
    ])  # fmt: skip
    assert not {"HOLDER_BY_ROW_NUMBER", "HOLDER_ROW_NUMBER_UNMATCHED"} & codes(got)
    assert not errors(got)


def test_a_remarks_column_saying_same_as_row_n_leaves_the_holders(tmp_path):
    # '同序号1' under 备注 (the measures as row 1's): the holders are as written
    rows = [["XX县疾病预防控制中心廉政风险防控清单"],
            ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施", "备注"],
            ["1", "财务科", "会计", "濮青禾", "虚列检测费用", "中", "票据审核", None],
            ["2", "财务科", "出纳", "籍暮云", "公款私存", "高", "日清月结", "同序号1"],
            ["3", "检验科", "检验员", "蒯映川", "篡改检测数据", "高", "系统留痕", "同第2项"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"])
    assert read(got) == sorted([
        ("会计", "濮青禾", "虚列检测费用", "Ⅱ级"),
        ("出纳", "籍暮云", "公款私存", "Ⅰ级"),
        ("检验员", "蒯映川", "篡改检测数据", "Ⅰ级"),
    ])  # fmt: skip
    assert not {"HOLDER_BY_ROW_NUMBER", "HOLDER_ROW_NUMBER_UNMATCHED"} & codes(got)
    assert not errors(got)


def test_the_codes_are_catalogued():
    for code in ("HOLDER_BY_ROW_NUMBER", "HOLDER_ROW_NUMBER_UNMATCHED"):
        assert code in CATALOGUE and code in SHORT


_LIST = [["XX县市场监督管理局岗位廉政风险点一览表"],
         ["序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
         [1, "局领导", "局长", "郗澹宁", "重大处罚个人说了算", "高", "集体审议"],
         [2, "登记股", "股长", "滑觅岚", "违规办照", "中", "双人审核"]]  # fmt: skip


def _unmatched(got) -> list[tuple[str, str]]:
    said = got.issues[got.issues["code"] == "HOLDER_ROW_NUMBER_UNMATCHED"]
    return sorted(zip(said["cell"], said["value"], strict=True))


def test_what_the_ninety_fifth_review_found_a_number_naming_no_row_takes_no_holder_above(
    tmp_path,
):
    # '同序号9' (no row 9): the row's cells blank, not the holder of the row above carried down
    rows = [*_LIST, [3, "同序号9", "同序号9", "同序号9", "档案借阅不登记", "低", "借阅登记"]]
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("局长", "郗澹宁", "重大处罚个人说了算", "Ⅰ级"),
        ("股长", "滑觅岚", "违规办照", "Ⅱ级"),
        ("", "", "档案借阅不登记", "Ⅲ级"),
    ])  # fmt: skip
    assert ("", "") in depts(got)
    assert _unmatched(got) == [("B5", "同序号9"), ("C5", "同序号9"), ("D5", "同序号9")]
    assert not errors(got)


def test_what_the_ninety_fifth_review_found_a_number_naming_a_later_row_reads_it(tmp_path):
    # '同序号3' on row 2, row 3 below it: 苌霖远's, no warning; the carry below is unaffected
    rows = [_LIST[0], _LIST[1], _LIST[2],
            [2, "同序号3", "同序号3", "同序号3", "违规办照", "中", "双人审核"],
            [3, "稽查大队", "大队长", "苌霖远", "选择性执法", "低", "全程记录"],
            [4, "同第1项", "同第1项", "同1号", "执法车辆私用", "低", "派车登记"],
            [5, None, None, None, "罚没物品处置不规范", "低", "公开拍卖"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("局长", "郗澹宁", "重大处罚个人说了算", "Ⅰ级"),
        ("局长", "郗澹宁", "执法车辆私用", "Ⅲ级"),
        ("局长", "郗澹宁", "罚没物品处置不规范", "Ⅲ级"),
        ("大队长", "苌霖远", "违规办照", "Ⅱ级"),
        ("大队长", "苌霖远", "选择性执法", "Ⅲ级"),
    ])  # fmt: skip
    assert ("稽查大队", "苌霖远") in depts(got)
    assert "HOLDER_BY_ROW_NUMBER" in codes(got)
    assert not _unmatched(got)
    assert not errors(got)


def test_what_the_ninety_fifth_review_found_several_numbers_give_the_point_to_each(tmp_path):
    # '同序号2、3', '同第1、2项', '同序号1-3': a copy of the point for each named row's holder;
    # '同序号1、9': row 1's, row 9 warned; '同上' under '同序号2、3' is the same two; no
    # holder named '同序号2、3' picked up by a later row
    rows = [*_LIST,
            [3, "稽查大队", "大队长", "苌霖远", "选择性执法", "低", "全程记录"],
            [4, "同序号2、3", "同序号2、3", "同序号2、3", "执法车辆私用", "低", "派车登记"],
            [5, "同上", "同上", "同上", "公章使用不登记", "低", "用印登记"],
            [6, "同第1、2项", "同第1、2项", "同第1、2项", "干部选任把关不严", "中", "民主推荐"],
            [7, "同序号1-3", "同序号1-3", "同序号1-3", "公车私用", "低", "派车登记"],
            [8, "同序号1、9", "同序号1、9", "同序号1、9", "档案借阅不登记", "低", "借阅登记"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("局长", "郗澹宁", "重大处罚个人说了算", "Ⅰ级"),
        ("股长", "滑觅岚", "违规办照", "Ⅱ级"),
        ("大队长", "苌霖远", "选择性执法", "Ⅲ级"),
        ("股长", "滑觅岚", "执法车辆私用", "Ⅲ级"),
        ("大队长", "苌霖远", "执法车辆私用", "Ⅲ级"),
        ("股长", "滑觅岚", "公章使用不登记", "Ⅲ级"),
        ("大队长", "苌霖远", "公章使用不登记", "Ⅲ级"),
        ("局长", "郗澹宁", "干部选任把关不严", "Ⅱ级"),
        ("股长", "滑觅岚", "干部选任把关不严", "Ⅱ级"),
        ("局长", "郗澹宁", "公车私用", "Ⅲ级"),
        ("股长", "滑觅岚", "公车私用", "Ⅲ级"),
        ("大队长", "苌霖远", "公车私用", "Ⅲ级"),
        ("局长", "郗澹宁", "档案借阅不登记", "Ⅲ级"),
    ])  # fmt: skip
    assert depts(got) == {("局领导", "郗澹宁"), ("登记股", "滑觅岚"), ("稽查大队", "苌霖远")}
    assert _unmatched(got) == [("B10", "同序号1、9"), ("C10", "同序号1、9"), ("D10", "同序号1、9")]
    assert "HOLDER_BY_ROW_NUMBER" in codes(got)
    assert not errors(got)


def test_what_the_ninety_fifth_review_found_an_unmatched_list_and_a_ditto_below_it(tmp_path):
    # the reviewer's rows: '同序号2、3', then '同序号9', then '同上' under it: the 同上 row is
    # blank as the row it repeats, one warning a cell (at the cell that says '同序号9')
    rows = [*_LIST,
            [3, "稽查大队", "大队长", "苌霖远", "选择性执法", "低", "全程记录"],
            [4, "同序号2、3", "同序号2、3", "同序号2、3", "执法车辆私用", "低", "派车登记"],
            [5, "同序号9", "同序号9", "同序号9", "档案借阅不登记", "低", "借阅登记"],
            [6, "同上", "同上", "同上", "公章使用不登记", "低", "用印登记"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("局长", "郗澹宁", "重大处罚个人说了算", "Ⅰ级"),
        ("股长", "滑觅岚", "违规办照", "Ⅱ级"),
        ("大队长", "苌霖远", "选择性执法", "Ⅲ级"),
        ("股长", "滑觅岚", "执法车辆私用", "Ⅲ级"),
        ("大队长", "苌霖远", "执法车辆私用", "Ⅲ级"),
        ("", "", "档案借阅不登记", "Ⅲ级"),
        ("", "", "公章使用不登记", "Ⅲ级"),
    ])  # fmt: skip
    assert not {x for x in got.risks["person"] if "同" in x}
    assert _unmatched(got) == [("B7", "同序号9"), ("C7", "同序号9"), ("D7", "同序号9")]
    assert not errors(got)
