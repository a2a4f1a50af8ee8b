"""A title naming the unit's holders as pairs of post and name between the unit and the form's
words ('…所所长聂澜清、副所长仉沐阳、巡河员亓书杳岗位廉政风险点一览表'), over a list with only a
岗位 column (merged down or written on each row): each row's holder is the one the title pairs
with its post. A post two pairs hold, or one the title does not name, stays a post without a
holder; a title naming one holder (a personal card), or posts and no names, reads as before.

Not the published batch's file (a mining district's 矿山地质环境监测站 with 站长/副站长/监测员 and
高/中/低, pairs parted by '、' right after the unit): a county's 河道管理所, a town's 畜牧兽医站, a
county library, a 乡's 财政所 and a 文化馆, other posts and names, 一级/二级/三级, ticks under
高/中/低 in two heading rows, pairs parted by '、' or '，', with a space or a colon between post and
name or the name first and the post in brackets, a 科室 written before the first pair, an extra
风险类型 column; written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox``
reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"排查表": rows}, {"排查表": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


HEAD = ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"]


def test_pairs_parted_by_pause_marks_give_each_merged_post_its_holder(tmp_path):
    rows = [["XX县水利局河道管理所所长聂澜清、副所长仉沐阳、巡河员亓书杳岗位廉政风险点一览表"],
            ["序号", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施"],
            [1, "所长", "河道采砂许可不经集体研究", "岗位职责风险", "一级", "许可事项所务会研究并公示。"],
            [2, None, "工程验收中收受施工方好处", "思想道德风险", "一级", "验收邀请纪检人员参加。"],
            [3, "副所长", "堤防维修项目拆分规避招标", "制度机制风险", "二级", "维修项目年度计划公开。"],
            [4, None, "防汛物资出入库不登记", "制度机制风险", "三级", "物资出入库双人签字。"],
            [5, "巡河员", "发现违法采砂不报告", "岗位职责风险", "二级", "巡河轨迹上传河长制平台。"],
            [6, None, "巡河补助虚报", "思想道德风险", "三级", "补助凭巡河记录发放。"],
            ["填表人：", None, "审核人：", None, None, "2025年5月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "B3:B4", "B5:B6", "B7:B8"])
    assert read(got) == sorted([
        ("所长", "聂澜清", "河道采砂许可不经集体研究", "Ⅰ级"),
        ("所长", "聂澜清", "工程验收中收受施工方好处", "Ⅰ级"),
        ("副所长", "仉沐阳", "堤防维修项目拆分规避招标", "Ⅱ级"),
        ("副所长", "仉沐阳", "防汛物资出入库不登记", "Ⅲ级"),
        ("巡河员", "亓书杳", "发现违法采砂不报告", "Ⅱ级"),
        ("巡河员", "亓书杳", "巡河补助虚报", "Ⅲ级"),
    ])  # fmt: skip
    # the 科室 written before the first pair, not a piece of the pairs ('所长聂澜清、副所')
    assert set(got.risks["department"]) == {"河道管理所"}
    no_errors(got)


def test_pairs_with_a_space_between_post_and_name_over_ticked_levels(tmp_path):
    rows = [["XX镇畜牧兽医站站长 蔺晗雪，防疫员 宓若澄，检疫员 邬青棠廉政风险排查表"],
            ["单位：XX镇人民政府", None, None, "时间：2025年4月"],
            ["序号", "岗位", "风险点", "风险等级", None, None, "防控措施"],
            [None, None, None, "高", "中", "低", None],
            [1, "站长", "兽药采购指定供应商", "√", None, None, "采购比价，站务会集体决定。"],
            [2, "站长", "强制免疫补助截留", None, "√", None, "补助发放名单公示。"],
            [3, "防疫员", "免疫记录弄虚作假", None, "√", None, "免疫档案随机抽查。"],
            [4, "检疫员", "检疫不到场出具证明", "√", None, None, "检疫全程视频留存。"],
            [5, "检疫员", "收受养殖户财物", None, None, "√", "签订廉洁承诺。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4"])
    assert read(got) == sorted([
        ("站长", "蔺晗雪", "兽药采购指定供应商", "Ⅰ级"),
        ("站长", "蔺晗雪", "强制免疫补助截留", "Ⅱ级"),
        ("防疫员", "宓若澄", "免疫记录弄虚作假", "Ⅱ级"),
        ("检疫员", "邬青棠", "检疫不到场出具证明", "Ⅰ级"),
        ("检疫员", "邬青棠", "收受养殖户财物", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_pairs_after_colons_in_brackets_and_a_post_the_title_does_not_name(tmp_path):
    rows = [["XX县图书馆（馆长：牧云岫、副馆长：笪夕颜、采编员：郦若渊）岗位廉政风险防控一览表"],
            HEAD,
            [1, "馆长", "图书采购不经政府采购程序", "高", "采购纳入政府采购平台。"],
            [2, "副馆长", "场地外借收费不入账", "中", "收费统一开票入账。"],
            [3, "副馆长", "维修工程验收把关不严", "中", "验收两人以上到场。"],
            [4, "采编员", "采购书目向特定书商倾斜", "低", "书目经采编小组审定。"],
            [5, "流通部主任", "读者押金管理不规范", "低", "押金专户管理。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("馆长", "牧云岫", "图书采购不经政府采购程序", "Ⅰ级"),
        ("副馆长", "笪夕颜", "场地外借收费不入账", "Ⅱ级"),
        ("副馆长", "笪夕颜", "维修工程验收把关不严", "Ⅱ级"),
        ("采编员", "郦若渊", "采购书目向特定书商倾斜", "Ⅲ级"),
        ("流通部主任", "", "读者押金管理不规范", "Ⅲ级"),  # (not in the title: the post's form)
    ])  # fmt: skip
    assert set(got.risks["department"]) == {""}
    no_errors(got)


def test_names_first_and_posts_in_brackets_after_a_section(tmp_path):
    rows = [["XX乡财政所郗沛然（所长）、訾晚晴（会计）岗位廉政风险点排查表"],
            HEAD,
            [1, "所长", "惠农补贴资金审核把关不严", "高", "补贴名册村组公示。"],
            [2, None, "乡级财务支出审批越权", "中", "支出执行联签制度。"],
            [3, "会计", "会计凭证随意更改", "中", "凭证按月装订归档。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "B3:B4"])
    assert read(got) == sorted([
        ("所长", "郗沛然", "惠农补贴资金审核把关不严", "Ⅰ级"),
        ("所长", "郗沛然", "乡级财务支出审批越权", "Ⅱ级"),
        ("会计", "訾晚晴", "会计凭证随意更改", "Ⅱ级"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {"财政所"}
    no_errors(got)


def test_a_post_two_pairs_hold_picks_no_one(tmp_path):
    rows = [["XX县文化馆（馆长：牧云岫、辅导员：笪夕颜、辅导员：郦若渊）岗位廉政风险防控一览表"],
            HEAD,
            [1, "馆长", "文艺演出经费虚列支出", "高", "经费支出按项目公示。"],
            [2, "辅导员", "培训班私自收费", "中", "培训收费统一开票。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("馆长", "牧云岫", "文艺演出经费虚列支出", "Ⅰ级"),
        ("辅导员", "", "培训班私自收费", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_a_personal_cards_one_pair_reads_as_before(tmp_path):
    rows = [["XX县水利局河道管理所所长聂澜清廉政风险防控卡"],
            ["序号", "风险点", "风险等级", "防控措施"],
            [1, "河道采砂许可不经集体研究", "一级", "许可事项所务会研究并公示。"],
            [2, "工程验收中收受施工方好处", "二级", "验收邀请纪检人员参加。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("所长", "聂澜清", "河道采砂许可不经集体研究", "Ⅰ级"),
        ("所长", "聂澜清", "工程验收中收受施工方好处", "Ⅱ级"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {"河道管理所"}
    no_errors(got)


def test_a_title_naming_a_section_and_posts_without_names_reads_as_before(tmp_path):
    rows = [["XX县水利局办公室主任、副主任岗位廉政风险点一览表"],
            HEAD,
            [1, "主任", "公务接待超标准", "二级", "接待实行公函制度。"],
            [2, "副主任", "公车私用", "三级", "车辆使用登记审批。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("主任", "", "公务接待超标准", "Ⅱ级"),
        ("副主任", "", "公车私用", "Ⅲ级"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {"办公室"}
    no_errors(got)


def test_a_title_naming_sections_reads_as_before(tmp_path):
    rows = [["XX县水利局办公室、财务股岗位廉政风险点一览表"],
            ["序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "办公室", "主任", "公务接待超标准", "二级", "接待实行公函制度。"],
            [2, "财务股", "股长", "报销审核不严", "二级", "报销三级审核。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("主任", "", "公务接待超标准", "Ⅱ级"),
        ("股长", "", "报销审核不严", "Ⅱ级"),
    ])  # fmt: skip
    assert sorted(got.risks["department"]) == ["办公室", "财务股"]
    no_errors(got)


def _codes(got) -> set[str]:
    issues = got.issues
    return set(issues[issues["severity"] != "info"]["code"])


def test_what_the_hundred_and_first_review_found_each_pair_with_its_own_department(tmp_path):
    # each pair its own 科室, a 股室 column beside the 岗位: rows pick by (科室, post)
    rows = [["XX县财政局预算股股长王明、国库股股长李华岗位廉政风险点排查表"],
            ["序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "预算股", "股长", "预算追加不经审批", "一级", "公示"],
            [2, "国库股", "股长", "资金拨付不及时", "二级", "公开"]]  # fmt: skip
    got = run(tmp_path / "a", rows, ["A1:F1"])
    assert read(got) == [("股长", "李华", "资金拨付不及时", "Ⅱ级"),
                         ("股长", "王明", "预算追加不经审批", "Ⅰ级")]  # fmt: skip
    assert sorted(got.risks["department"]) == ["国库股", "预算股"]
    assert not _codes(got)
    # the 岗位 cell holding 科室 and post, no 科室 column: no title 科室 (two are named)
    rows = [["XX县农业农村局农机站站长王明、种子站站长李华岗位廉政风险点排查表"],
            HEAD,
            [1, "农机站站长", "补贴审核不严", "一级", "公示"],
            [2, "种子站站长", "种子检验走过场", "二级", "公开"]]  # fmt: skip
    got = run(tmp_path / "b", rows, ["A1:E1"])
    assert read(got) == [("农机站站长", "王明", "补贴审核不严", "Ⅰ级"),
                         ("种子站站长", "李华", "种子检验走过场", "Ⅱ级")]  # fmt: skip
    assert "农机站" not in set(got.risks["department"])
    assert not _codes(got)


def test_what_the_hundred_and_first_review_found_a_pair_inherits_the_department_before(tmp_path):
    rows = [["XX县水利局办公室主任张三、副主任李四、工程股副主任王五岗位廉政风险点排查表"],
            ["序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "办公室", "主任", "公务接待超标", "一级", "公示"],
            [2, "办公室", "副主任", "车辆管理", "二级", "公开"],
            [3, "工程股", "副主任", "工程验收不严", "二级", "公开"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == [("主任", "张三", "公务接待超标", "Ⅰ级"),
                         ("副主任", "李四", "车辆管理", "Ⅱ级"),
                         ("副主任", "王五", "工程验收不严", "Ⅱ级")]  # fmt: skip
    assert not _codes(got)


def test_what_the_hundred_and_first_review_found_a_year_before_the_pairs(tmp_path):
    rows = [["XX县水利局2025年所长聂澜清、副所长仉沐阳岗位廉政风险点一览表"], HEAD,
            [1, "所长", "采砂许可", "一级", "公示"], [2, "副所长", "维修", "二级", "公开"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == [("副所长", "仉沐阳", "维修", "Ⅱ级"), ("所长", "聂澜清", "采砂许可", "Ⅰ级")]
    assert not any("聂澜清" in d for d in got.risks["department"])
    assert not _codes(got)


def test_what_the_hundred_and_first_review_found_two_posts_before_one_name(tmp_path):
    rows = [["XX县林业局党组书记、局长王强，副局长李明岗位廉政风险点排查表"], HEAD,
            [1, "局长", "林地审核不严", "一级", "集体"], [2, "副局长", "采伐许可", "二级", "公示"],
            [3, "党组书记", "干部选任", "一级", "民主推荐"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == [("党组书记", "王强", "干部选任", "Ⅰ级"),
                         ("副局长", "李明", "采伐许可", "Ⅱ级"),
                         ("局长", "王强", "林地审核不严", "Ⅰ级")]  # fmt: skip
    assert not _codes(got)


def test_what_the_hundred_and_first_review_found_a_post_with_a_second_one_after_jian(tmp_path):
    rows = [["XX县水利局河道管理所所长聂澜清、副所长仉沐阳岗位廉政风险点一览表"], HEAD,
            [1, "所长兼支部书记", "采砂许可", "一级", "公示"],
            [2, "副所长", "维修", "二级", "公开"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == [("副所长", "仉沐阳", "维修", "Ⅱ级"),
                         ("所长兼支部书记", "聂澜清", "采砂许可", "Ⅰ级")]  # fmt: skip
    assert not _codes(got)
