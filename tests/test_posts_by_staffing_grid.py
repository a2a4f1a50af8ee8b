"""A list of posts common to every outlet ('序号 | 岗位 | 廉政风险点 | 风险等级 | 防控措施', its rows
naming posts only, no 科室 and no holder) and a staffing grid saying who holds each post in each
outlet — under it, or right of it past an empty column; a row an outlet and a column a post, or
transposed (a row a post, a column an outlet): each row of the list is a point of its post's
holder in EVERY outlet, one form a holder with the outlet for his 科室 ('、' between two names: two
forms; an empty cell or '暂缺': the outlet's post with no name; '/' or '—': no such post there). A
post the grid has not stays as read, with a warning. A plain '岗位 | 姓名' roster, a list whose
rows name their own 科室, or a grid of headcounts reads as before.

Not the published batch's (a county 农村商业银行's 营业网点 list, 网点负责人/会计主管/客户经理 over a
grid '序号 | 营业网点 | …' of 营业部 and two 支行, 高/中/低, a 注 line and a caption): a 供电公司's
供电所 (一级/二级/三级, a '备注' column in the grid, a vacancy and a '/'), a 交警大队's 中队 (two
heading rows, the grid transposed under a corner '中队岗位＼中队', two names in a cell, a post the
grid lacks), a 税务局's 分局 (a 风险类型 column, ★★★/★★/★, the grid transposed BESIDE the list) and
a 统计局's 股室 (a grid by 股室 with no caption); other posts and names, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"清单": rows}, {"清单": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_the_codes_are_catalogued():
    for code in ("POSTS_BY_STAFFING_GRID", "POST_NOT_IN_STAFFING_GRID"):
        assert code in CATALOGUE and code in SHORT


def test_a_grid_of_outlets_down_and_posts_across_under_the_list(tmp_path):
    rows = [["XX县供电公司乡镇供电所关键岗位廉政风险防控表"],
            ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "所长", "业扩报装中为亲友插队接电", "一级", "报装流程线上留痕，每月抽查。"],
            [2, None, "收受施工队礼品礼金", "三级", "节前廉洁提醒，签订承诺。"],
            [3, "营销班长", "违规减免电费、违约金", "二级", "减免须经县公司审批。"],
            [4, "抄表收费员", "估抄、漏抄，人情电", "一级", "抄表数据远程比对，定期轮换台区。"],
            ["注：本表适用于各乡镇供电所。"],
            [None],
            ["各供电所关键岗位人员名单"],
            ["序号", "供电所", "所长", "营销班长", "抄表收费员", "备注"],
            [1, "城关供电所", "阚霁风", "闾丘沄", "鄢望舒", None],
            [2, "柳林供电所", "訾砚秋", None, "甘棠月", "营销班长暂缺"],
            [3, "石门供电所", "蔺澄川", "冼乐游", "/", "抄表外包"],
            ["制表：安全监察部", None, "审核：", None, "2025年5月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "B3:B4", "A7:E7", "A9:E9"])
    assert read(got) == sorted([
        ("城关供电所", "所长", "阚霁风", "业扩报装中为亲友插队接电", "Ⅰ级"),
        ("城关供电所", "所长", "阚霁风", "收受施工队礼品礼金", "Ⅲ级"),
        ("柳林供电所", "所长", "訾砚秋", "业扩报装中为亲友插队接电", "Ⅰ级"),
        ("柳林供电所", "所长", "訾砚秋", "收受施工队礼品礼金", "Ⅲ级"),
        ("石门供电所", "所长", "蔺澄川", "业扩报装中为亲友插队接电", "Ⅰ级"),
        ("石门供电所", "所长", "蔺澄川", "收受施工队礼品礼金", "Ⅲ级"),
        ("城关供电所", "营销班长", "闾丘沄", "违规减免电费、违约金", "Ⅱ级"),
        # (an empty cell: the outlet's post, no name)
        ("柳林供电所", "营销班长", "", "违规减免电费、违约金", "Ⅱ级"),
        ("石门供电所", "营销班长", "冼乐游", "违规减免电费、违约金", "Ⅱ级"),
        ("城关供电所", "抄表收费员", "鄢望舒", "估抄、漏抄，人情电", "Ⅰ级"),
        ("柳林供电所", "抄表收费员", "甘棠月", "估抄、漏抄，人情电", "Ⅰ级"),
        # ('/': 石门 has no 抄表收费员)
    ])  # fmt: skip
    assert len(got.posts) == 8
    said = got.issues[got.issues["code"] == "POSTS_BY_STAFFING_GRID"]
    assert list(said["cell"]) == ["A10"]
    assert "柳林供电所=所长 訾砚秋" in said["value"].iloc[0]
    # the grid, its caption and its 备注 are no points and no stray rows
    assert not {"TABLE_OTHER", "ROW_UNPLACED", "CELL_OUTSIDE"} & codes(got)
    no_errors(got)
    c = got.counts()
    assert c["unplaced"] == 0 and c["risks"] == c["rows_seen"] == 11, c


def test_a_transposed_grid_two_names_in_a_cell_and_a_post_it_lacks(tmp_path):
    # two heading rows ('廉政风险' over '风险点 | 等级'), the grid posts down under a corner
    rows = [["XX县公安局交通管理大队基层中队岗位廉政风险排查表"],
            ["序号", "岗位", "廉政风险", None, "防控措施"],
            [None, None, "风险点", "等级", None],
            [1, "中队长", "事故认定中偏袒一方", "高", "事故认定集体研究，结果公开。"],
            [2, "事故民警", "违规撤销事故案件", "中", "撤案须大队审批。"],
            [3, "内勤", "违法记录消分收受好处", "高", "消分操作双人复核，系统留痕。"],
            [4, "协勤辅警", "查扣车辆私自放行", "低", "放行凭单据，执法记录仪全程记录。"],
            [None],
            ["中队岗位＼中队", "城区中队", "高速中队", "乡村中队"],
            ["中队长", "濮阳辰", "宓若溪", "仉星河"],
            ["事故民警", "滕子墨、郦青禾", "茹远山", "暂缺"],
            ["内勤", "逯晚晴", "—", "蒯一苇"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:A3", "B2:B3", "C2:D2", "E2:E3"])
    assert read(got) == sorted([
        ("城区中队", "中队长", "濮阳辰", "事故认定中偏袒一方", "Ⅰ级"),
        ("高速中队", "中队长", "宓若溪", "事故认定中偏袒一方", "Ⅰ级"),
        ("乡村中队", "中队长", "仉星河", "事故认定中偏袒一方", "Ⅰ级"),
        ("城区中队", "事故民警", "滕子墨", "违规撤销事故案件", "Ⅱ级"),
        ("城区中队", "事故民警", "郦青禾", "违规撤销事故案件", "Ⅱ级"),
        ("高速中队", "事故民警", "茹远山", "违规撤销事故案件", "Ⅱ级"),
        ("乡村中队", "事故民警", "", "违规撤销事故案件", "Ⅱ级"),
        ("城区中队", "内勤", "逯晚晴", "违法记录消分收受好处", "Ⅰ级"),
        ("乡村中队", "内勤", "蒯一苇", "违法记录消分收受好处", "Ⅰ级"),
        # (not in the grid: as read, the 科室 the title's)
        ("基层中队", "协勤辅警", "", "查扣车辆私自放行", "Ⅲ级"),
    ])  # fmt: skip
    warned = got.issues[got.issues["code"] == "POST_NOT_IN_STAFFING_GRID"]
    assert list(warned["cell"]) == ["B7"] and list(warned["value"]) == ["协勤辅警"]
    assert "POSTS_BY_STAFFING_GRID" in codes(got)
    assert not {"TABLE_OTHER", "ROW_UNPLACED"} & codes(got)
    no_errors(got)


def test_a_transposed_grid_beside_the_list_with_a_type_column(tmp_path):
    rows = [["XX县税务局基层税务分局岗位廉政风险防控清单"],
            ["序号", "岗位", "风险类型", "廉政风险点", "风险等级", "防控措施"],
            [1, "分局长", "岗位职责", "违规核定定额，为企业少缴税款说情", "★★★", "定额核定集体审议。",
             None, "岗位", "城南分局", "城北分局", "开发区分局"],
            [2, "税收管理员", "岗位职责", "漏征漏管，收受纳税人好处", "★★", "分户管理定期轮换。",
             None, "分局长", "夏侯知微", "岑远岫", "禚澄明"],
            [3, "税收管理员", "制度机制", "发票领用审核把关不严", "★", "发票领用系统比对。",
             None, "税收管理员", "鲜于霖", "秦晞", "邴霁云"],
            [4, "办税服务员", "思想道德", "窗口办税吃拿卡要", "★★", "窗口全程录像，群众评议。",
             None, "办税服务员", "甘霖雨", "邝秋池", "戈语桐"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    want = []
    for outlet, chief, officer, clerk in [("城南分局", "夏侯知微", "鲜于霖", "甘霖雨"),
                                          ("城北分局", "岑远岫", "秦晞", "邝秋池"),
                                          ("开发区分局", "禚澄明", "邴霁云", "戈语桐")]:  # fmt: skip
        want += [
            (outlet, "分局长", chief, "违规核定定额，为企业少缴税款说情", "Ⅰ级"),
            (outlet, "税收管理员", officer, "漏征漏管，收受纳税人好处", "Ⅱ级"),
            (outlet, "税收管理员", officer, "发票领用审核把关不严", "Ⅲ级"),
            (outlet, "办税服务员", clerk, "窗口办税吃拿卡要", "Ⅱ级"),
        ]
    assert read(got) == sorted(want)
    assert set(got.risks["risk_type"]) == {"岗位职责风险", "制度机制风险", "思想道德风险"}
    said = got.issues[got.issues["code"] == "POSTS_BY_STAFFING_GRID"]
    assert list(said["cell"]) == ["H3"]
    # the grid's cells right of the list are read, not reported outside it
    assert not {"CELL_OUTSIDE", "ROW_UNPLACED"} & codes(got)
    no_errors(got)


def test_a_grid_by_gushi_under_a_list_of_posts_naming_no_gushi(tmp_path):
    # the README's '股室 | 股长 | 科员' grid, under a list whose rows name no 股室 of their own
    rows = [["XX县统计局岗位廉政风险防控表"],
            ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "股长", "统计数据审核把关不严", "高", "数据三级审核。"],
            [2, "科员", "泄露未公开统计数据", "中", "数据发布前保密管理。"],
            [None],
            ["序号", "股室", "股长", "科员"],
            [1, "综合股", "聂怀瑾", "庞一诺"],
            [2, "农业股", "晏归舟", "/"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("综合股", "股长", "聂怀瑾", "统计数据审核把关不严", "Ⅰ级"),
        ("农业股", "股长", "晏归舟", "统计数据审核把关不严", "Ⅰ级"),
        ("综合股", "科员", "庞一诺", "泄露未公开统计数据", "Ⅱ级"),
    ])  # fmt: skip
    assert "POSTS_BY_STAFFING_GRID" in codes(got)
    no_errors(got)


def test_a_plain_roster_of_posts_and_names_reads_as_before(tmp_path):
    # '岗位 | 姓名': one name a post, no outlets across: the roster below, as before
    rows = [["XX县水利局办公室岗位廉政风险防控表"],
            ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "主任", "公务接待超标准", "二级", "执行接待清单制度。"],
            [2, "文书", "泄露涉密文件", "一级", "涉密文件专柜保管。"],
            [3, "会计", "虚列支出套取资金", "一级", "票据双人审核。"],
            ["附：岗位人员名单"],
            ["序号", "岗位", "姓名"],
            [1, "主任", "单于舟"],
            [2, "文书", "揭清扬"],
            [3, "会计", "谯雨眠"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A6:C6"])
    assert read(got) == sorted([
        ("办公室", "主任", "单于舟", "公务接待超标准", "Ⅱ级"),
        ("办公室", "文书", "揭清扬", "泄露涉密文件", "Ⅰ级"),
        ("办公室", "会计", "谯雨眠", "虚列支出套取资金", "Ⅰ级"),
    ])  # fmt: skip
    assert not {"POSTS_BY_STAFFING_GRID", "POST_NOT_IN_STAFFING_GRID"} & codes(got)
    no_errors(got)


def test_a_list_whose_rows_name_their_own_keshi_reads_as_before(tmp_path):
    # '科室 | 岗位' on every row and the '科室 | 股长 | 大队长 | …' grid: one holder a row, looked up
    rows = [["XX县自然资源局岗位廉政风险防控表"],
            ["序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "耕保股", "股长", "占补平衡验收走过场", "高", "验收集体参加。"],
            [2, "耕保股", "科员", "违规出具耕地证明", "中", "证明双人复核。"],
            [3, "执法大队", "大队长", "查处违法用地选择性执法", "高", "案件集体审议。"],
            [4, "执法大队", "队员", "现场勘查走过场", "低", "执法记录仪全程记录。"],
            [None],
            ["序号", "科室", "股长", "大队长", "科员", "队员"],
            [1, "耕保股", "左丘霁", "/", "言沐秋", "/"],
            [2, "执法大队", "/", "郗望川", "/", "隗青野"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("耕保股", "股长", "左丘霁", "占补平衡验收走过场", "Ⅰ级"),
        ("耕保股", "科员", "言沐秋", "违规出具耕地证明", "Ⅱ级"),
        ("执法大队", "大队长", "郗望川", "查处违法用地选择性执法", "Ⅰ级"),
        ("执法大队", "队员", "隗青野", "现场勘查走过场", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"POSTS_BY_STAFFING_GRID", "POST_NOT_IN_STAFFING_GRID"} & codes(got)
    no_errors(got)


def test_a_grid_of_headcounts_names_no_one(tmp_path):
    # '林业站 | 站长 | 护林员' over '1人 | 6人': how many, not who: the list stays as read
    rows = [["XX县林业局各林业站岗位廉政风险防控表"],
            ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "站长", "林木采伐审核优亲厚友", "高", "采伐指标公示。"],
            [2, "护林员", "对盗伐行为知情不报", "中", "巡护轨迹考核。"],
            ["各林业站岗位定编"],
            ["序号", "林业站", "站长", "护林员"],
            [1, "东山林业站", "1人", "6人"],
            [2, "西岭林业站", "1人", "4人"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A5:D5"])
    assert read(got) == sorted([
        ("各林业站", "站长", "", "林木采伐审核优亲厚友", "Ⅰ级"),
        ("各林业站", "护林员", "", "对盗伐行为知情不报", "Ⅱ级"),
    ])  # fmt: skip
    assert "TABLE_OTHER" in codes(got)
    assert not {"POSTS_BY_STAFFING_GRID", "POST_NOT_IN_STAFFING_GRID"} & codes(got)
    no_errors(got)


def test_what_the_eighty_eighth_review_found(tmp_path):
    """A list whose title names its own 股室, over a roster of every 股室 of the body: the list's
    points are that 股室's people's only."""
    rows = [["XX县水利局办公室岗位廉政风险防控表"],
            ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "股长", "公务接待超标准", "二级", "执行接待清单制度。"],
            [2, "科员", "泄露涉密文件", "一级", "涉密文件专柜保管。"],
            [None], ["附：局机关各股室人员"], ["序号", "股室", "股长", "科员"],
            [1, "办公室", "单于舟", "揭清扬"], [2, "财务股", "谯雨眠", "聂怀瑾"],
            [3, "工程股", "晏归舟", "庞一诺"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A6:D6"])
    r = got.risks
    assert sorted(zip(r["department"], r["person"], r["risk_point"], strict=True)) == sorted([
        ("办公室", "单于舟", "公务接待超标准"), ("办公室", "揭清扬", "泄露涉密文件"),
    ])  # fmt: skip


# --- the review's variants, in other words ---------------------------------------------------
# Not batch 578's (a bank's 营业网点 in 都兰县) nor the cases above: a county 教育局's 中心校, a
# 市场监管局's 所 and a 农技站, a 街道's 网格, a 卫生健康局's 村卫生室 — outlets ending otherwise
# ('…中心校', '…网格', '…卫生室', '…服务站') or named like a person ('石桥', '马坊'), decided by
# their place in the grid; two holders in a cell parted by a space or a line; a '（兼）' mark.


def test_outlets_ending_in_zhongxinxiao_one_named_like_a_person(tmp_path):
    # two heading rows; '学校' heads the outlets, the last of them '石桥' (a person's name by its
    # words: its place in the grid's first column says it is a school); a space between two names
    rows = [["XX县教育局乡镇中心校关键岗位廉政风险防控表"],
            ["序号", "岗位", "廉政风险", None, "防控措施"],
            [None, None, "风险点", "等级", None],
            [1, "校长", "营养餐食材采购指定供应商", "高", "食材采购公开招标，家长代表监督。"],
            [2, "总务主任", "校舍维修工程虚报工程量", "中", "工程量由教育局复核。"],
            [3, "报账员", "公用经费虚列支出", "高", "报账单据校长、总务双签。"],
            [None],
            ["各中心校关键岗位人员"],
            ["序号", "学校", "校长", "总务主任", "报账员"],
            [1, "青石中心校", "莘嘉树", "晁映雪 仇知远", "蒲南星（兼）"],
            [2, "柳河中心校", "禹听澜", "皮若愚", "訾晓岚"],
            [3, "石桥", "郜北辰", "空缺", "—"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "A8:E8"])
    assert read(got) == sorted([
        ("青石中心校", "校长", "莘嘉树", "营养餐食材采购指定供应商", "Ⅰ级"),
        ("柳河中心校", "校长", "禹听澜", "营养餐食材采购指定供应商", "Ⅰ级"),
        ("石桥", "校长", "郜北辰", "营养餐食材采购指定供应商", "Ⅰ级"),
        # ('晁映雪 仇知远': two 总务主任, two forms)
        ("青石中心校", "总务主任", "晁映雪", "校舍维修工程虚报工程量", "Ⅱ级"),
        ("青石中心校", "总务主任", "仇知远", "校舍维修工程虚报工程量", "Ⅱ级"),
        ("柳河中心校", "总务主任", "皮若愚", "校舍维修工程虚报工程量", "Ⅱ级"),
        # ('空缺': the school's post, no name, as an empty cell)
        ("石桥", "总务主任", "", "校舍维修工程虚报工程量", "Ⅱ级"),
        # ('（兼）' is no part of the name; '—': 石桥 has no 报账员 of its own)
        ("青石中心校", "报账员", "蒲南星", "公用经费虚列支出", "Ⅰ级"),
        ("柳河中心校", "报账员", "訾晓岚", "公用经费虚列支出", "Ⅰ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "POSTS_BY_STAFFING_GRID"]
    assert list(said["cell"]) == ["A9"]
    assert not {"TABLE_OTHER", "ROW_UNPLACED", "CELL_OUTSIDE"} & codes(got)
    no_errors(got)


def test_a_grid_of_wangge_with_no_seq_a_note_column_and_a_place_named_like_a_person(tmp_path):
    # no 序号 in the grid, '网格' heads it, a '备注' column; '马坊' a 网格 by its place
    rows = [["XX市XX区XX街道社区网格岗位廉政风险防控一览表"],
            ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "网格长", "低保、临时救助入户核查优亲厚友", "较高", "核查结果网格内公示。"],
            [2, "网格员", "代办事项收取好处费", "一般", "代办事项登记台账，群众回访。"],
            [3, "网格员", "泄露居民个人信息", "较低", "信息系统分级授权。"],
            [None],
            ["网格", "网格长", "网格员", "备注"],
            ["第一网格", "厍云舒", "覃问渠、牟星遥", None],
            ["东关网格", "苗禾", "钮安澜\n茅以宁", "网格员两名"],
            ["马坊", "屈静姝", "蓝溪", "原马坊村"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    want = [
        ("第一网格", "网格长", "厍云舒"),
        ("东关网格", "网格长", "苗禾"),
        ("马坊", "网格长", "屈静姝"),
    ]
    out = [(o, p, n, "低保、临时救助入户核查优亲厚友", "Ⅰ级") for o, p, n in want]
    for o, n in [("第一网格", "覃问渠"), ("第一网格", "牟星遥"), ("东关网格", "钮安澜"),
                 ("东关网格", "茅以宁"), ("马坊", "蓝溪")]:  # fmt: skip
        out += [
            (o, "网格员", n, "代办事项收取好处费", "Ⅱ级"),
            (o, "网格员", n, "泄露居民个人信息", "Ⅲ级"),
        ]
    assert read(got) == sorted(out)
    assert "POSTS_BY_STAFFING_GRID" in codes(got)
    assert not {"TABLE_OTHER", "ROW_UNPLACED", "CELL_OUTSIDE"} & codes(got)
    no_errors(got)


def test_a_transposed_grid_of_suo_and_zhan_under_the_list(tmp_path):
    # posts down, outlets across ('城关市场监管所 | 石岭所 | 南湾农技服务站'), a 风险类型 column,
    # two names on two lines of a cell, one parted by a space
    rows = [["XX县市场监督管理局基层所站岗位廉政风险防控表"],
            ["序号", "岗位", "风险类型", "廉政风险点", "风险等级", "防控措施"],
            [1, "所长", "岗位职责", "行政处罚自由裁量畸轻畸重", "一级", "处罚案件集体审议。"],
            [2, "执法人员", "岗位职责", "日常检查接受宴请", "二级", "检查双人同行，执法记录仪留痕。"],
            [3, "登记员", "制度机制", "市场主体登记材料把关不严", "三级", "登记材料系统核验。"],
            [None],
            ["岗位", "城关市场监管所", "石岭所", "南湾农技服务站"],
            ["所长", "桓清越", "卜一帆", "党润生"],
            ["执法人员", "佴雨桐\n宣若水", "盖晓川 冀南枝", "应如是"],
            ["登记员", "芮小满", "—", "空缺"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    a, b, c = "城关市场监管所", "石岭所", "南湾农技服务站"
    assert read(got) == sorted([
        (a, "所长", "桓清越", "行政处罚自由裁量畸轻畸重", "Ⅰ级"),
        (b, "所长", "卜一帆", "行政处罚自由裁量畸轻畸重", "Ⅰ级"),
        (c, "所长", "党润生", "行政处罚自由裁量畸轻畸重", "Ⅰ级"),
        (a, "执法人员", "佴雨桐", "日常检查接受宴请", "Ⅱ级"),
        (a, "执法人员", "宣若水", "日常检查接受宴请", "Ⅱ级"),
        (b, "执法人员", "盖晓川", "日常检查接受宴请", "Ⅱ级"),
        (b, "执法人员", "冀南枝", "日常检查接受宴请", "Ⅱ级"),
        (c, "执法人员", "应如是", "日常检查接受宴请", "Ⅱ级"),
        (a, "登记员", "芮小满", "市场主体登记材料把关不严", "Ⅲ级"),
        (c, "登记员", "", "市场主体登记材料把关不严", "Ⅲ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "POSTS_BY_STAFFING_GRID"]
    assert list(said["cell"]) == ["A7"]
    assert not {"TABLE_OTHER", "ROW_UNPLACED", "CELL_OUTSIDE"} & codes(got)
    no_errors(got)


def test_a_transposed_grid_of_village_clinics_two_named_like_people(tmp_path):
    # the corner says the outlets' kind ('岗位＼村卫生室'); '金鸡', '石桥'村 by their place across
    rows = [["XX县卫生健康局村卫生室岗位廉政风险防控表"],
            ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "乡村医生", "虚增门诊人次套取医保基金", "高", "医保系统智能审核。"],
            [2, "药品管理员", "药品出入库账实不符", "中", "每月盘点，乡镇卫生院抽查。"],
            [None],
            ["岗位＼村卫生室", "金鸡", "石桥", "柳湾卫生室"],
            ["乡村医生", "麻青岩", "糜子衿", "官鸿飞、隆念慈"],
            ["药品管理员", "阎柯（兼）", "韶光", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("金鸡", "乡村医生", "麻青岩", "虚增门诊人次套取医保基金", "Ⅰ级"),
        ("石桥", "乡村医生", "糜子衿", "虚增门诊人次套取医保基金", "Ⅰ级"),
        ("柳湾卫生室", "乡村医生", "官鸿飞", "虚增门诊人次套取医保基金", "Ⅰ级"),
        ("柳湾卫生室", "乡村医生", "隆念慈", "虚增门诊人次套取医保基金", "Ⅰ级"),
        ("金鸡", "药品管理员", "阎柯", "药品出入库账实不符", "Ⅱ级"),
        ("石桥", "药品管理员", "韶光", "药品出入库账实不符", "Ⅱ级"),
        ("柳湾卫生室", "药品管理员", "", "药品出入库账实不符", "Ⅱ级"),
    ])  # fmt: skip
    assert "POSTS_BY_STAFFING_GRID" in codes(got)
    assert not {"TABLE_OTHER", "ROW_UNPLACED", "CELL_OUTSIDE"} & codes(got)
    no_errors(got)


def test_a_headcount_grid_under_outlets_named_by_place_names_no_one(tmp_path):
    # '农技站' heads places ('马坊', '石桥') over numbers: how many, not who; the list as read
    rows = [["XX县农业农村局乡镇农技站岗位廉政风险防控表"],
            ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "站长", "农机购置补贴核查走过场", "高", "补贴对象公示，县局抽查。"],
            [2, "农技员", "良种推广指定经销商", "中", "推广品种集体研究。"],
            [3, "报账员", "项目资金虚列支出", "高", "票据双人审核。"],
            [None],
            ["各站岗位定编"],
            ["序号", "农技站", "站长", "农技员", "报账员"],
            [1, "马坊", 1, 3, 1],
            [2, "石桥", 1, 2, 1],
            [3, "城关农技站", 1, 4, 1]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A7:E7"])
    assert read(got) == sorted([
        ("乡镇农技站", "站长", "", "农机购置补贴核查走过场", "Ⅰ级"),
        ("乡镇农技站", "农技员", "", "良种推广指定经销商", "Ⅱ级"),
        ("乡镇农技站", "报账员", "", "项目资金虚列支出", "Ⅰ级"),
    ])  # fmt: skip
    assert "TABLE_OTHER" in codes(got)
    assert not {"POSTS_BY_STAFFING_GRID", "POST_NOT_IN_STAFFING_GRID"} & codes(got)
    no_errors(got)


def test_a_roster_of_names_then_posts_is_no_grid_of_outlets(tmp_path):
    # '序号 | 姓名 | 岗位': one person a row, no outlet; its names are no outlets by their place
    rows = [["XX县农业农村局乡镇农技站岗位廉政风险防控表"],
            ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "站长", "农机购置补贴核查走过场", "高", "补贴对象公示，县局抽查。"],
            [2, "农技员", "良种推广指定经销商", "中", "推广品种集体研究。"],
            [3, "报账员", "项目资金虚列支出", "高", "票据双人审核。"],
            [None],
            ["附：岗位人员名单"],
            ["序号", "姓名", "岗位"],
            [1, "麻青岩", "站长"],
            [2, "糜子衿", "农技员"],
            [3, "韶光", "报账员"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A7:C7"])
    r = got.risks
    assert sorted(zip(r["department"], r["title"], r["risk_point"], r["risk_level"], strict=True)) == sorted([
        ("乡镇农技站", "站长", "农机购置补贴核查走过场", "Ⅰ级"),
        ("乡镇农技站", "农技员", "良种推广指定经销商", "Ⅱ级"),
        ("乡镇农技站", "报账员", "项目资金虚列支出", "Ⅰ级"),
    ])  # fmt: skip
    # one form a post, its holder the roster's or none (no outlet, no fan-out)
    holders = {"站长": "麻青岩", "农技员": "糜子衿", "报账员": "韶光"}
    assert all(p in ("", holders[t]) for t, p in zip(r["title"], r["person"], strict=True))
    assert not {"POSTS_BY_STAFFING_GRID", "POST_NOT_IN_STAFFING_GRID"} & codes(got)
    no_errors(got)
