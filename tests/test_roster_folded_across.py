"""A list of points by 科室 and post only (对岗不对人 as it stands), the holders named in a roster
under it FOLDED ACROSS to fit the page: one heading row repeating the same group of a roster's
headings two to four times ('股室 | 职务 | 姓名' ×2, '岗位 | 姓名' ×4), each row holding as many
people side by side, read left to right (the last row's groups may be left blank at its end).
Each group is a person; the roster is joined to the list's posts as a roster one person a row is.

Not the published batch's file (a 县医院 with '科室 | 岗位 | 姓名' ×3 and 高/中/低): a county's
市场监督管理局 and a 镇's 农业综合服务中心, other posts, names, level words (一级/二级/三级, ★),
folds of two and four, a 序号 in each group, written with xlsxwriter (tests/helpers.py) and read
back as ``collect_inbox`` reads a file. Two lists printed side by side (their headings have risk
columns) and a roster whose groups are headed differently read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "一览表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_two_groups_of_three_under_a_caption_the_last_row_half_blank(tmp_path):
    rows = [["XX县市场监督管理局岗位廉政风险点一览表"],
            ["序号", "股室", "职务", "廉政风险点", "风险等级", "防控措施"],
            [1, "局领导", "局长", "行政处罚案件定性个人说了算", "一级", "重大案件集体审议"],
            [2, "局领导", "副局长", "插手特种设备检验机构选定", "一级", "检验机构轮换，纪检监督"],
            [3, "登记注册股", "股长", "为关系人企业变更登记开绿灯", "二级", "登记材料双人复核"],
            [4, "登记注册股", "科员", "受理材料不全的申请", "三级", "一次性告知，留痕备查"],
            [5, "执法稽查队", "队长", "案件线索压案不查", "一级", "线索登记台账，定期核查"],
            [],
            ["附：上表岗位人员名单"],
            ["股室", "职务", "姓名", "股室", "职务", "姓名"],
            ["局领导", "局长", "郦昶沄", "局领导", "副局长", "滕翊岚"],
            ["登记注册股", "股长", "闵澍珩", "登记注册股", "科员", "郦琬璟"],
            ["执法稽查队", "队长", "滕岫铭", None, None, None],
            [],
            ["填报：办公室", None, None, "2025年6月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "B3:B4", "B5:B6", "A9:F9"])
    assert read(got) == sorted([
        ("局长", "郦昶沄", "行政处罚案件定性个人说了算", "Ⅰ级"),
        ("副局长", "滕翊岚", "插手特种设备检验机构选定", "Ⅰ级"),
        ("股长", "闵澍珩", "为关系人企业变更登记开绿灯", "Ⅱ级"),
        ("科员", "郦琬璟", "受理材料不全的申请", "Ⅲ级"),
        ("队长", "滕岫铭", "案件线索压案不查", "Ⅰ级"),
    ])  # fmt: skip
    assert set(zip(got.posts["department"], got.posts["person"], strict=True)) == {
        ("局领导", "郦昶沄"), ("局领导", "滕翊岚"), ("登记注册股", "闵澍珩"),
        ("登记注册股", "郦琬璟"), ("执法稽查队", "滕岫铭"),
    }  # fmt: skip
    assert "TABLE_OTHER" not in set(got.issues["code"])
    no_errors(got)


def test_four_pairs_of_post_and_name_in_one_row_no_caption_stars(tmp_path):
    rows = [["XX镇农业综合服务中心岗位廉政风险防控表"],
            ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "主任", "惠农补贴发放优亲厚友", "★★★", "补贴名单村组公示"],
            [2, "副主任", "农机购置补贴核查走过场", "★★", "现场核验拍照存档"],
            [3, "农技员", "良种推广指定供种单位", "★★", "供种单位比选"],
            [4, "动物防疫员", "免疫记录弄虚作假", "★", "免疫档案抽查"],
            [5, "会计", "项目资金挪用", "★★★", "资金专户管理"],
            [6, "出纳", "现金收付不入账", "★★", "日清月结，定期盘点"],
            [],
            ["岗位", "姓名", "岗位", "姓名", "岗位", "姓名", "岗位", "姓名"],
            ["主任", "蔺泓昱", "副主任", "阙沐岑", "农技员", "蔺翾瑛", "动物防疫员", "阙霈然"],
            ["会计", "蔺晗珂", "出纳", "阙澈菡", None, None, None, None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("主任", "蔺泓昱", "惠农补贴发放优亲厚友", "Ⅰ级"),
        ("副主任", "阙沐岑", "农机购置补贴核查走过场", "Ⅱ级"),
        ("农技员", "蔺翾瑛", "良种推广指定供种单位", "Ⅱ级"),
        ("动物防疫员", "阙霈然", "免疫记录弄虚作假", "Ⅲ级"),
        ("会计", "蔺晗珂", "项目资金挪用", "Ⅰ级"),
        ("出纳", "阙澈菡", "现金收付不入账", "Ⅱ级"),
    ])  # fmt: skip
    assert "TABLE_OTHER" not in set(got.issues["code"])
    no_errors(got)


def test_two_groups_with_their_own_seq_and_a_type_column(tmp_path):
    rows = [["XX县市场监督管理局廉政风险点排查表"],
            ["序号", "科室", "岗位", "风险类型", "廉政风险点", "风险等级", "防控措施"],
            [1, "食品安全股", "股长", "岗位职责", "食品抽检样品来源不随机", "二级", "抽检计划随机生成"],
            [2, "食品安全股", "监管员", "岗位职责", "日常检查提前通知商户", "三级", "双随机检查"],
            [3, "价格监督股", "股长", "制度机制", "价格举报不核查即办结", "二级", "举报办结回访"],
            [4, "价格监督股", "监管员", "外部环境", "接受检查对象宴请", "一级", "廉洁承诺，定期回访"],
            [],
            ["本表所列岗位在岗人员："],
            ["序号", "科室", "岗位", "姓名", "序号", "科室", "岗位", "姓名"],
            [1, "食品安全股", "股长", "邝翎澈", 2, "食品安全股", "监管员", "邬霁芃"],
            [3, "价格监督股", "股长", "邝沛珣", 4, "价格监督股", "监管员", "邬珞淇"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:B4", "B5:B6", "A9:H9"])
    assert read(got) == sorted([
        ("股长", "邝翎澈", "食品抽检样品来源不随机", "Ⅱ级"),
        ("监管员", "邬霁芃", "日常检查提前通知商户", "Ⅲ级"),
        ("股长", "邝沛珣", "价格举报不核查即办结", "Ⅱ级"),
        ("监管员", "邬珞淇", "接受检查对象宴请", "Ⅰ级"),
    ])  # fmt: skip
    # (a 股长 in each 科室: the roster's 科室 says whose)
    assert set(zip(got.posts["department"], got.posts["title"], got.posts["person"], strict=True)) == {
        ("食品安全股", "股长", "邝翎澈"), ("食品安全股", "监管员", "邬霁芃"),
        ("价格监督股", "股长", "邝沛珣"), ("价格监督股", "监管员", "邬珞淇"),
    }  # fmt: skip
    no_errors(got)


def test_two_lists_side_by_side_are_no_folded_roster(tmp_path):
    # each half headed '岗位 | 姓名 | 廉政风险点 | 风险等级': two lists, read as before
    rows = [["XX镇农业综合服务中心岗位廉政风险点"],
            ["岗位", "姓名", "廉政风险点", "风险等级", "岗位", "姓名", "廉政风险点", "风险等级"],
            ["主任", "蔺泓昱", "惠农补贴发放优亲厚友", "一级", "会计", "蔺晗珂", "项目资金挪用", "一级"],
            ["副主任", "阙沐岑", "农机购置补贴核查走过场", "二级", "出纳", "阙澈菡", "现金收付不入账", "二级"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"])
    assert read(got) == sorted([
        ("主任", "蔺泓昱", "惠农补贴发放优亲厚友", "Ⅰ级"),
        ("副主任", "阙沐岑", "农机购置补贴核查走过场", "Ⅱ级"),
        ("会计", "蔺晗珂", "项目资金挪用", "Ⅰ级"),
        ("出纳", "阙澈菡", "现金收付不入账", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_a_roster_whose_groups_are_headed_differently_reads_as_before(tmp_path):
    # '股室 | 职务 | 姓名 | 分管股室 | 分管领导 | 联系电话': no fold of one roster
    rows = [["XX县市场监督管理局岗位廉政风险点一览表"],
            ["序号", "股室", "职务", "廉政风险点", "风险等级", "防控措施"],
            [1, "登记注册股", "股长", "为关系人企业变更登记开绿灯", "二级", "登记材料双人复核"],
            [2, "登记注册股", "科员", "受理材料不全的申请", "三级", "一次性告知，留痕备查"],
            [3, "执法稽查队", "队长", "案件线索压案不查", "一级", "线索登记台账，定期核查"],
            [],
            ["股室", "职务", "姓名", "分管股室", "分管领导", "联系电话"],
            ["登记注册股", "股长", "闵澍珩", "登记注册股", "滕翊岚", "0314-5551234"],
            ["执法稽查队", "队长", "滕岫铭", "执法稽查队", "郦昶沄", "0314-5551235"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "B3:B4"])
    # (as before: a table of its own beside the roster's words, no one named on the list)
    assert read(got) == sorted([
        ("股长", "", "为关系人企业变更登记开绿灯", "Ⅱ级"),
        ("科员", "", "受理材料不全的申请", "Ⅲ级"),
        ("队长", "", "案件线索压案不查", "Ⅰ级"),
    ])  # fmt: skip
    assert "TABLE_OTHER" in set(got.issues["code"])
    no_errors(got)


_LIST = [["XX县卫生健康局岗位廉政风险点一览表"],
         ["序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施"],
         [1, "局领导", "局长", "重大项目决策不民主", "一级", "集体研究"],
         [2, "局领导", "副局长", "医疗器械采购打招呼", "一级", "公开招标"],
         [3, "办公室", "主任", "公车私用", "二级", "派车登记"],
         [4, "财务股", "会计", "报销审核不严", "二级", "双人复核"], []]  # fmt: skip


def test_what_the_hundred_and_sixteenth_review_found_a_trailing_remark_and_placeholders(tmp_path):
    # 5. a 备注 column after the two groups: still a fold, the second group read
    rows = [*_LIST, ["附：岗位人员名单"],
            ["科室", "岗位", "姓名", "科室", "岗位", "姓名", "备注"],
            ["局领导", "局长", "甄一", "局领导", "副局长", "甄二", ""],
            ["办公室", "主任", "甄三", "财务股", "会计", "甄四", "借调"]]  # fmt: skip
    got = run(tmp_path / "remark", rows, ["A1:F1"])
    assert read(got) == sorted([
        ("局长", "甄一", "重大项目决策不民主", "Ⅰ级"),
        ("副局长", "甄二", "医疗器械采购打招呼", "Ⅰ级"),
        ("主任", "甄三", "公车私用", "Ⅱ级"),
        ("会计", "甄四", "报销审核不严", "Ⅱ级"),
    ])  # fmt: skip
    assert "ROW_UNPLACED" not in set(got.issues["code"])
    no_errors(got)
    # 6. a placeholder ('空缺', '／', '—') in one group: that post no one's, the other group read
    for mark in ("／", "—", "空缺"):
        rows = [*_LIST, ["附：岗位人员名单"], ["岗位", "姓名", "岗位", "姓名"],
                ["局长", "甄一", "副局长", "甄二"], ["主任", mark, "会计", "甄四"]]  # fmt: skip
        got = run(tmp_path / f"mark{ord(mark[0])}", rows, ["A1:F1"])
        assert read(got) == sorted([
            ("局长", "甄一", "重大项目决策不民主", "Ⅰ级"),
            ("副局长", "甄二", "医疗器械采购打招呼", "Ⅰ级"),
            ("主任", "", "公车私用", "Ⅱ级"),
            ("会计", "甄四", "报销审核不严", "Ⅱ级"),
        ])  # fmt: skip
        assert "ROW_UNPLACED" not in set(got.issues["code"])
    # (a one-group roster alike)
    rows = [*_LIST, ["附：岗位人员名单"], ["岗位", "姓名"], ["局长", "甄一"], ["副局长", "空缺"],
            ["主任", "／"], ["会计", "甄四"]]  # fmt: skip
    got = run(tmp_path / "one", rows, ["A1:F1"])
    assert read(got) == sorted([
        ("局长", "甄一", "重大项目决策不民主", "Ⅰ级"),
        ("副局长", "", "医疗器械采购打招呼", "Ⅰ级"),
        ("主任", "", "公车私用", "Ⅱ级"),
        ("会计", "甄四", "报销审核不严", "Ⅱ级"),
    ])  # fmt: skip
    assert "ROW_UNPLACED" not in set(got.issues["code"])


def test_what_the_hundred_and_sixteenth_review_found_two_holders_of_a_post_warned(tmp_path):
    # 10. 同岗多人 in a folded roster (and in an unfolded one): the post left blank, a warning
    folded = [["岗位", "姓名", "岗位", "姓名"], ["局长", "甄一", "副局长", "甄二"],
              ["副局长", "甄六", "主任", "甄三"], ["会计", "甄四", None, None]]  # fmt: skip
    plain = [["岗位", "姓名"], ["局长", "甄一"], ["副局长", "甄二"], ["副局长", "甄六"],
             ["主任", "甄三"], ["会计", "甄四"]]  # fmt: skip
    for name, roster in (("folded", folded), ("plain", plain)):
        got = run(tmp_path / name, [*_LIST, ["附：岗位人员名单"], *roster], ["A1:F1"])
        assert read(got) == sorted([
            ("局长", "甄一", "重大项目决策不民主", "Ⅰ级"),
            ("副局长", "", "医疗器械采购打招呼", "Ⅰ级"),
            ("主任", "甄三", "公车私用", "Ⅱ级"),
            ("会计", "甄四", "报销审核不严", "Ⅱ级"),
        ])  # fmt: skip
        warned = got.issues[got.issues["code"] == "ROSTER_POST_SEVERAL_HOLDERS"]
        assert list(warned["value"]) == ["副局长"], name
        assert set(warned["severity"]) == {"warning"}
        assert "甄二、甄六" in warned["message"].iloc[0]
