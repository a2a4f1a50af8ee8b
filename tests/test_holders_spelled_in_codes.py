"""A list with no post or holder column whose 编号 column spells each row's holder beside a running
number ('站长·濮岫岚-01', '03_质检员_麴澈', 'LZ-办公室主任-蒯霁川-1'), with or without a note giving
the format: each row's holder is the post and name the code spells, the 科室 column its 科室, one
form a holder, one info naming the column; plain codes and a code table's codes stay as read.

The layouts here are not the published batch's (a county's 旅游服务中心 with 风险编号 ``岗位·姓名-序号``,
所在部门 and 高/中/低): another unit and sector (a 县水利局's 工程建设管理站, a 供水公司, a 水文站), other
posts and names, other level words (一级/二级/三级, ★★★/★★/★, Ⅰ级/Ⅱ级), other headings (风险点编码,
代码, 编号), other separators and orders, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


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


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_post_dot_name_codes_with_a_note_two_people_of_one_section(tmp_path):
    # '风险点编码 | 科室 | …', the holder after a '/' and the number after a space; two holders of
    # 工程股 whose rows a reader of the 科室 alone would merge
    rows = [["XX县水利工程建设管理站廉政风险点排查表"],
            ["风险点编码", "科室", "廉政风险点", "风险等级", "防控措施"],
            ["站长/濮岫岚 1", "站领导", "工程招标中暗示倾向性条款", "一级", "招标文件集体审定"],
            ["站长/濮岫岚 2", "站领导", "违规签批工程变更", "二级", "变更事项会审"],
            ["技术员/麴澈 1", "工程股", "隐蔽工程验收走过场", "二级", "验收全程留影像"],
            ["质检员/蒯沄 1", "工程股", "降低质检标准放行材料", "一级", "材料抽检双人复核"],
            ["质检员/蒯沄 2", "工程股", "收受施工方礼金", "三级", "签订廉洁承诺书"],
            ["注：风险点编码格式为“岗位/姓名 序号”。"],
            ["填表人：", None, "审核：", None, "2025年8月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A8:E8"])
    assert read(got) == sorted([
        ("站长", "濮岫岚", "工程招标中暗示倾向性条款", "Ⅰ级"),
        ("站长", "濮岫岚", "违规签批工程变更", "Ⅱ级"),
        ("技术员", "麴澈", "隐蔽工程验收走过场", "Ⅱ级"),
        ("质检员", "蒯沄", "降低质检标准放行材料", "Ⅰ级"),
        ("质检员", "蒯沄", "收受施工方礼金", "Ⅲ级"),
    ])  # fmt: skip
    assert depts(got) == {("站领导", "濮岫岚"), ("工程股", "麴澈"), ("工程股", "蒯沄")}
    assert len(got.posts) == 3
    said = got.issues[got.issues["code"] == "HOLDER_SPELLED_IN_CODES"]
    assert list(said["cell"]) == ["A2"]
    assert "风险点编码" in said["message"].iloc[0]
    no_errors(got)


def test_number_first_name_then_post_no_note_stars_and_a_type_column(tmp_path):
    # '代码' with the running number first and the name before the post ('01_麴澈_出纳'), no
    # note at all (a name and a post in every code are evidence enough), an extra 风险类型 column
    rows = [["XX县城乡供水有限公司岗位廉政风险点一览表"],
            ["代码", "部门", "风险类型", "风险点", "风险等级"],
            ["01_郦霖澄_出纳", "财务部", "岗位职责风险", "公款私存", "★★★"],
            ["02_郦霖澄_出纳", "财务部", "岗位职责风险", "收费票据管理混乱", "★★"],
            ["01_宓晗沚_抄表员", "营业部", "思想道德风险", "少抄水量收受好处", "★★"],
            ["02_宓晗沚_抄表员", "营业部", "岗位职责风险", "擅自减免水费", "★"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("出纳", "郦霖澄", "公款私存", "Ⅰ级"),
        ("出纳", "郦霖澄", "收费票据管理混乱", "Ⅱ级"),
        ("抄表员", "宓晗沚", "少抄水量收受好处", "Ⅱ级"),
        ("抄表员", "宓晗沚", "擅自减免水费", "Ⅲ级"),
    ])  # fmt: skip
    assert depts(got) == {("财务部", "郦霖澄"), ("营业部", "宓晗沚")}
    assert "HOLDER_SPELLED_IN_CODES" in codes(got)
    no_errors(got)


def test_post_only_codes_with_a_note_and_letters_before_a_holder(tmp_path):
    # '编号' of posts alone ('水文勘测工-01') that the note says are posts, and one row whose code
    # opens with the system's letters ('SW-站长-冷霏-1'): the post, and its name where spelled
    rows = [["XX水文站岗位廉政风险防控登记表"],
            ["编号", "所在组", "风险点", "级别", "措施"],
            ["SW-站长-冷霏-1", "站部", "水文资料对外提供不登记", "Ⅰ级", "资料提供审批登记"],
            ["水文勘测工-01", "测验组", "虚报测验外业补助", "Ⅱ级", "外业记录交叉核对"],
            ["水文勘测工-02", "测验组", "私用站内测验设备", "Ⅲ级", "设备借用登记"],
            ["驾驶员-01", "综合组", "公车私用", "Ⅱ级", "派车单制度"],
            ["说明：编号格式为“岗位-序号”，由登记系统生成。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A7:E7"])
    assert read(got) == sorted([
        ("站长", "冷霏", "水文资料对外提供不登记", "Ⅰ级"),
        ("水文勘测工", "", "虚报测验外业补助", "Ⅱ级"),
        ("水文勘测工", "", "私用站内测验设备", "Ⅲ级"),
        ("驾驶员", "", "公车私用", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_SPELLED_IN_CODES" in codes(got)
    no_errors(got)


def test_plain_codes_stay_plain_forms_by_section(tmp_path):
    # 'GC-01', 'CW-02': codes of letters and numbers spell no one; as before, a form a 科室
    rows = [["XX县水利工程建设管理站廉政风险点排查表"],
            ["风险编号", "科室", "廉政风险点", "风险等级", "防控措施"],
            ["GC-01", "工程股", "隐蔽工程验收走过场", "二级", "验收全程留影像"],
            ["GC-02", "工程股", "降低质检标准放行材料", "一级", "材料抽检双人复核"],
            ["CW-01", "财务股", "工程款拨付不按进度", "一级", "按进度审核拨付"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("", "", "隐蔽工程验收走过场", "Ⅱ级"),
        ("", "", "降低质检标准放行材料", "Ⅰ级"),
        ("", "", "工程款拨付不按进度", "Ⅰ级"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {"工程股", "财务股"}
    assert "HOLDER_SPELLED_IN_CODES" not in codes(got)


def test_codes_beside_a_post_column_and_work_word_codes_stay_as_read(tmp_path):
    # a 岗位 and 姓名 column of their own: the code ('站长·濮岫岚-01', here another's) is only a code;
    # and a list whose 编号 spells a matter, not a post ('招标-01') with no note: as before
    rows = [["XX县水利工程建设管理站廉政风险点排查表"],
            ["编号", "岗位", "姓名", "廉政风险点", "风险等级"],
            ["站长·濮岫岚-01", "副站长", "麴澈", "违规签批工程变更", "二级"],
            ["站长·濮岫岚-02", "副站长", "麴澈", "插手工程分包", "一级"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("副站长", "麴澈", "违规签批工程变更", "Ⅱ级"),
        ("副站长", "麴澈", "插手工程分包", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDER_SPELLED_IN_CODES" not in codes(got)
    rows = [["XX县水利工程建设管理站廉政风险点排查表"],
            ["编号", "科室", "廉政风险点", "风险等级", "防控措施"],
            ["招标-01", "工程股", "招标中设置排他性条款", "一级", "招标文件集体审定"],
            ["招标-02", "工程股", "泄露标底", "一级", "标底专人保管"],
            ["验收-01", "工程股", "隐蔽工程验收走过场", "二级", "验收全程留影像"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert set(got.risks["person"]) == {""} and set(got.risks["title"]) == {""}
    assert set(got.risks["department"]) == {"工程股"}
    assert "HOLDER_SPELLED_IN_CODES" not in codes(got)


def test_what_the_hundred_and_fifteenth_review_found_a_village_or_office_in_the_code(tmp_path):
    # '李村-会计-01' beside 所在村 '李村', '党建-主任-01' beside 科室 '党建办': no one named 李村, 党建
    rows = [
        ["XX镇村级小微权力廉政风险点一览表"], ["风险编号", "所在村", "风险点", "风险等级", "防控措施"],
        ["李村-会计-01", "李村", "截留挪用村集体资金", "高", "村务公开"], ["李村-会计-02", "李村", "虚列支出", "中", "审核"],
        ["张庄-会计-01", "张庄", "白条入账", "中", "票据审核"], ["何庄-报账员-01", "何庄", "套取惠农补贴", "高", "张榜公示"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert set(got.risks["person"]) == {""}
    rows = [
        ["XX镇岗位廉政风险点一览表"], ["编号", "科室", "风险点", "风险等级", "防控措施"],
        ["党建-主任-01", "党建办", "发展党员把关不严", "中", "集体研究"], ["农经-站长-01", "农经站", "三资管理不规范", "高", "定期审计"],
        ["卫健-专干-01", "卫健办", "违规发放计生奖扶", "中", "公示"], ["文体-站长-01", "文体站", "活动经费虚报", "低", "报账审核"],
    ]  # fmt: skip
    got = run(tmp_path / "b", rows, ["A1:E1"])
    assert set(got.risks["person"]) == {""}
    assert "HOLDER_SPELLED_IN_CODES" not in codes(got)


def test_what_the_hundred_and_fifteenth_review_found_variants_of_the_spelled_code(tmp_path):
    # 科室·岗位·姓名 (its 科室 read too), sub-numbered '-1-1', bracketed '主任（某某）-01', '-0001'
    rows = [
        ["XX中心廉政风险点"], ["风险编号", "风险点", "风险等级", "防控措施"],
        ["办公室·主任·郗缃蕤-01", "违规审批", "高", "集体决策"], ["办公室·主任·郗缃蕤-02", "收受礼品", "中", "承诺书"],
        ["财务科·会计·宓晗沚-01", "公款私存", "低", "对账"], ["注：风险编号格式为“科室·岗位·姓名-序号”。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A6:D6"])
    assert read(got) == sorted([
        ("主任", "郗缃蕤", "违规审批", "Ⅰ级"), ("主任", "郗缃蕤", "收受礼品", "Ⅱ级"), ("会计", "宓晗沚", "公款私存", "Ⅲ级"),
    ])  # fmt: skip
    assert depts(got) == {("办公室", "郗缃蕤"), ("财务科", "宓晗沚")}
    for k, (a, b, c) in enumerate(
        (("主任·郗缃蕤-1-1", "主任·郗缃蕤-1-2", "会计·宓晗沚-2-1"),
         ("主任（郗缃蕤）-01", "主任（郗缃蕤）-02", "会计（宓晗沚）-01"),
         ("主任·郗缃蕤-0001", "主任·郗缃蕤-0002", "会计·宓晗沚-0003"))
    ):  # fmt: skip
        rows = [
            ["XX中心廉政风险点"], ["风险编号", "风险点", "风险等级", "防控措施"],
            [a, "违规审批", "高", "集体决策"], [b, "收受礼品", "中", "承诺书"], [c, "公款私存", "低", "对账"],
        ]  # fmt: skip
        got = run(tmp_path / str(k), rows, ["A1:D1"])
        assert read(got) == sorted([
            ("主任", "郗缃蕤", "违规审批", "Ⅰ级"), ("主任", "郗缃蕤", "收受礼品", "Ⅱ级"), ("会计", "宓晗沚", "公款私存", "Ⅲ级"),
        ]), a  # fmt: skip
        assert "HOLDER_SPELLED_IN_CODES" in codes(got)
