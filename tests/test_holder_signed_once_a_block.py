"""A confirmation list whose post (or 科室 and post) is merged down over each holder's block
and whose holder is named only ONCE in it, by his signature in an unmerged 签字 / 签名 column —
on the block's last row (as a '注：' line asks), a middle one or the first: the merge bounds the
block, so the one name holds every row of it, those above the name too, and never a row of the
next block (two blocks of one post are two holders; a block no one signed is the post's only).
Info HOLDER_SIGNED_ONCE_A_BLOCK.

Not the published batch's table (a 县司法局's 岗位廉政风险点确认表 with 股室 | 岗位 |
岗位责任人确认（签字）, 高/中/低 written out, 科员 blocks, every signature on the last row): a
统计局 with 科室 and '责任人签名确认' and a one-row post among the blocks; a 医疗保障局 with two
heading rows, levels ticked under 高 | 中 | 低 and the names on the middle, last or first row; a
城管执法大队 with 所在中队 merged per person too, a 备注 column and a block left unsigned; the
negatives a 林业和草原局's lists (signed on every row, names on each block's first row with two
in one block, unmerged). Written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

CODE = "HOLDER_SIGNED_ONCE_A_BLOCK"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "签认表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
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


def test_names_signed_on_each_merged_blocks_last_row_hold_the_whole_block(tmp_path):
    """One heading row, 科室 merged over its posts, each post merged over its holder's rows and
    signed on its last row; two 统计员 blocks of one 股 are two holders, a one-row post its own."""
    rows = [["XX县统计局岗位廉政风险点签认表"],
        ["序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施", "责任人签名确认"],
        [1, "局领导", "局长", "授意下级修改统计数据", "高", "数据质量追溯问责", None],
        [2, None, None, "统计执法检查选择性处罚", "中", "执法全过程记录", "濮砚舟"],
        [3, None, "副局长", "调查项目经费审批不严", "中", "经费支出集体会审", "仉翊航"],
        [4, "综合统计股", "股长", "基层报表审核把关不严", "中", "两级审核留痕", None],
        [5, None, None, "企业名录库更新弄虚作假", "低", "定期比对工商登记", "亓澜澈"],
        [6, None, "统计员", "入户调查收受企业好处", "高", "两人同行、全程记录", None],
        [7, None, None, "泄露调查对象个人信息", "中", "签订保密承诺", "宓蕴禾"],
        [8, None, "统计员", "虚报调查户领取补贴", "中", "补贴名单公示复核", None],
        [9, None, None, "调查问卷代填代签", "低", "抽样电话回访", "濮清嘉"],
        ["注：各岗位人员核对后，在本岗位最后一行签名确认。"]]  # fmt: skip
    got = run(
        tmp_path,
        rows,
        ["A1:G1", "B3:B5", "C3:C4", "B6:B11", "C6:C7", "C8:C9", "C10:C11", "A12:G12"],
    )
    assert read(got) == sorted([
        ('局领导', '副局长', '仉翊航', '调查项目经费审批不严', 'Ⅱ级'),
        ('局领导', '局长', '濮砚舟', '授意下级修改统计数据', 'Ⅰ级'),
        ('局领导', '局长', '濮砚舟', '统计执法检查选择性处罚', 'Ⅱ级'),
        ('综合统计股', '统计员', '宓蕴禾', '入户调查收受企业好处', 'Ⅰ级'),
        ('综合统计股', '统计员', '宓蕴禾', '泄露调查对象个人信息', 'Ⅱ级'),
        ('综合统计股', '统计员', '濮清嘉', '虚报调查户领取补贴', 'Ⅱ级'),
        ('综合统计股', '统计员', '濮清嘉', '调查问卷代填代签', 'Ⅲ级'),
        ('综合统计股', '股长', '亓澜澈', '企业名录库更新弄虚作假', 'Ⅲ级'),
        ('综合统计股', '股长', '亓澜澈', '基层报表审核把关不严', 'Ⅱ级'),
    ])  # fmt: skip
    assert CODE in codes(got)
    no_errors(got)


def test_two_heading_rows_ticked_levels_names_on_middle_last_or_first_row(tmp_path):
    """Two heading rows (风险等级 over 高 | 中 | 低 ticked), no 科室 column; the one name of each
    merged 岗位 block typed on its middle, last or first row."""
    rows = [["XX县医疗保障局岗位廉政风险点确认表"],
        ["序号", "岗位", "风险点描述", "风险等级", None, None, "岗位人员签字"],
        [None, None, None, "高", "中", "低", None],
        [1, "局长", "定点医药机构准入暗箱操作", "√", None, None, None],
        [2, None, "基金支付审批越权", None, "√", None, "盖翎澜"],
        [3, None, "干部选任说了算", "√", None, None, None],
        [4, "稽核员", "违规报销审核放水", None, "√", None, None],
        [5, None, "飞行检查通风报信", "√", None, None, "缑昭衍"],
        [6, "稽核员", "检查结果选择性处理", None, None, "√", "盖映汐"],
        [7, None, "收受定点药店礼品", None, "√", None, None],
        ["填表人：办公室", "", "", "审核人："]]  # fmt: skip
    got = run(
        tmp_path,
        rows,
        ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "B4:B6", "B7:B8", "B9:B10"],
        "确认表",
    )
    assert read(got) == sorted([
        ('', '局长', '盖翎澜', '基金支付审批越权', 'Ⅱ级'),
        ('', '局长', '盖翎澜', '定点医药机构准入暗箱操作', 'Ⅰ级'),
        ('', '局长', '盖翎澜', '干部选任说了算', 'Ⅰ级'),
        ('', '稽核员', '盖映汐', '收受定点药店礼品', 'Ⅱ级'),
        ('', '稽核员', '盖映汐', '检查结果选择性处理', 'Ⅲ级'),
        ('', '稽核员', '缑昭衍', '违规报销审核放水', 'Ⅱ级'),
        ('', '稽核员', '缑昭衍', '飞行检查通风报信', 'Ⅰ级'),
    ])  # fmt: skip
    assert CODE in codes(got)
    no_errors(got)


def test_post_and_squad_merged_per_person_extra_column_unsigned_block_post_only(tmp_path):
    """所在中队 and 职务 both merged over each person's rows, a 备注 column after the signature;
    the second 执法队员 block signed by no one is the post's only, not the colleague's above."""
    rows = [["XX市城市管理综合执法大队岗位廉政风险防控确认表"],
        ["编号", "所在中队", "职务", "风险点", "风险级别", "防控措施", "确认人（签名）", "备注"],
        ["1", "一中队", "中队长", "违规减免罚款", "一级", "罚款减免集体研究", "荀晏清", "新增"],
        ["2", None, None, "查扣物品私自处置", "二级", "查扣物品登记入库", None, None],
        ["3", "一中队", "执法队员", "对占道经营选择性执法", "二级", "执法记录仪全程记录", None, None],
        ["4", None, None, "接受商户宴请", "三级", "签订廉洁承诺", None, None],
        ["5", None, None, "泄露执法行动信息", "二级", "行动前统一收缴通讯工具", "雍若岚", None],
        ["6", "一中队", "执法队员", "违规发放临时摊点许可", "二级", "许可事项公示", None, "调岗待补"],
        ["7", None, None, "罚没款截留", "一级", "罚缴分离", None, None],
        ["8", "二中队", "中队长", "包庇违建当事人", "一级", "违建处置台账", "荀霁川", None],
        ["9", None, None, "案件久拖不结", "三级", "办案时限预警", None, None]]  # fmt: skip
    got = run(
        tmp_path,
        rows,
        ["A1:H1", "B3:B4", "C3:C4", "B5:B7", "C5:C7", "B8:B9", "C8:C9", "B10:B11", "C10:C11"],
        "确认表",
    )
    assert read(got) == sorted([
        ('一中队', '中队长', '荀晏清', '查扣物品私自处置', 'Ⅱ级'),
        ('一中队', '中队长', '荀晏清', '违规减免罚款', 'Ⅰ级'),
        ('一中队', '执法队员', '', '罚没款截留', 'Ⅰ级'),
        ('一中队', '执法队员', '', '违规发放临时摊点许可', 'Ⅱ级'),
        ('一中队', '执法队员', '雍若岚', '对占道经营选择性执法', 'Ⅱ级'),
        ('一中队', '执法队员', '雍若岚', '接受商户宴请', 'Ⅲ级'),
        ('一中队', '执法队员', '雍若岚', '泄露执法行动信息', 'Ⅱ级'),
        ('二中队', '中队长', '荀霁川', '包庇违建当事人', 'Ⅰ级'),
        ('二中队', '中队长', '荀霁川', '案件久拖不结', 'Ⅲ级'),
    ])  # fmt: skip
    assert CODE in codes(got)
    no_errors(got)


def test_signed_on_every_row_reads_as_before(tmp_path):
    """A signature on every row (one left blank): each row its own signer, as before."""
    rows = [["XX县林业和草原局岗位廉政风险点确认表"],
        ["序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施", "岗位责任人确认（签字）"],
        [1, "资源股", "股长", "采伐指标分配不公", "一级", "指标分配公示", "焦澈然"],
        [2, None, None, "林地征占审核把关不严", "二级", "现场核查两人以上", "焦澈然"],
        [3, None, "护林员", "巡护记录弄虚作假", "三级", "轨迹定位考核", "邰景行"],
        [4, None, None, "收受盗伐者好处", "一级", "举报奖励", "邰景行"],
        [5, None, None, "瞒报火情", "二级", "火情即报制度", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:B7", "C3:C4", "C5:C7"])
    assert read(got) == sorted([
        ('资源股', '护林员', '', '瞒报火情', 'Ⅱ级'),
        ('资源股', '护林员', '邰景行', '巡护记录弄虚作假', 'Ⅲ级'),
        ('资源股', '护林员', '邰景行', '收受盗伐者好处', 'Ⅰ级'),
        ('资源股', '股长', '焦澈然', '林地征占审核把关不严', 'Ⅱ级'),
        ('资源股', '股长', '焦澈然', '采伐指标分配不公', 'Ⅰ级'),
    ])  # fmt: skip
    assert CODE not in codes(got)
    no_errors(got)


def test_names_on_each_blocks_first_row_and_two_in_one_block_read_as_before(tmp_path):
    """Names on the first row of each merged block, one 护林员 block with two names: carried
    down as before."""
    rows = [["XX县林业和草原局岗位廉政风险点确认表"],
        ["序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施", "姓名"],
        [1, "资源股", "股长", "采伐指标分配不公", "一级", "指标分配公示", "焦澈然"],
        [2, None, None, "林地征占审核把关不严", "二级", "现场核查两人以上", None],
        [3, None, "护林员", "巡护记录弄虚作假", "三级", "轨迹定位考核", "邰景行"],
        [4, None, None, "收受盗伐者好处", "一级", "举报奖励", None],
        [5, None, None, "瞒报火情", "二级", "火情即报制度", "邰清越"],
        [6, None, None, "护林补助冒领", "二级", "补助名单公示", None],
        [7, "站所", "站长", "苗木采购吃回扣", "一级", "集中采购", "焦雨桐"],
        [8, None, None, "检疫证明违规出具", "二级", "双人签发", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:B8", "C3:C4", "C5:C8", "B9:B10", "C9:C10"])
    assert read(got) == sorted([
        ('站所', '站长', '焦雨桐', '检疫证明违规出具', 'Ⅱ级'),
        ('站所', '站长', '焦雨桐', '苗木采购吃回扣', 'Ⅰ级'),
        ('资源股', '护林员', '邰景行', '巡护记录弄虚作假', 'Ⅲ级'),
        ('资源股', '护林员', '邰景行', '收受盗伐者好处', 'Ⅰ级'),
        ('资源股', '护林员', '邰清越', '护林补助冒领', 'Ⅱ级'),
        ('资源股', '护林员', '邰清越', '瞒报火情', 'Ⅱ级'),
        ('资源股', '股长', '焦澈然', '林地征占审核把关不严', 'Ⅱ级'),
        ('资源股', '股长', '焦澈然', '采伐指标分配不公', 'Ⅰ级'),
    ])  # fmt: skip
    assert CODE not in codes(got)
    no_errors(got)


def test_unmerged_list_named_on_each_posts_first_row_reads_as_before(tmp_path):
    """No merge: a name on each post's first row carried down, as before."""
    rows = [["XX县林业和草原局岗位廉政风险点一览表"],
        ["序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施", "责任人"],
        [1, "资源股", "股长", "采伐指标分配不公", "一级", "指标分配公示", "焦澈然"],
        [2, None, None, "林地征占审核把关不严", "二级", "现场核查两人以上", None],
        [3, None, "护林员", "巡护记录弄虚作假", "三级", "轨迹定位考核", "邰景行"],
        [4, None, None, "收受盗伐者好处", "一级", "举报奖励", None],
        [5, "站所", "站长", "苗木采购吃回扣", "一级", "集中采购", "焦雨桐"],
        [6, None, None, "检疫证明违规出具", "二级", "双人签发", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ('站所', '站长', '焦雨桐', '检疫证明违规出具', 'Ⅱ级'),
        ('站所', '站长', '焦雨桐', '苗木采购吃回扣', 'Ⅰ级'),
        ('资源股', '护林员', '邰景行', '巡护记录弄虚作假', 'Ⅲ级'),
        ('资源股', '护林员', '邰景行', '收受盗伐者好处', 'Ⅰ级'),
        ('资源股', '股长', '焦澈然', '林地征占审核把关不严', 'Ⅱ级'),
        ('资源股', '股长', '焦澈然', '采伐指标分配不公', 'Ⅰ级'),
    ])  # fmt: skip
    assert CODE not in codes(got)
    no_errors(got)


def test_what_the_hundred_and_twenty_seventh_review_found_a_specific_person_column_is_no_signature(
    tmp_path,
):
    """A per-row '具体责任人' column (no 签字/签名/确认 in its heading, no note asking for one
    signature a block) naming one person on one row of a merged post block: that row's holder,
    not spread over the block (review 127g, finding 4); with a note asking each post to sign
    once, the block's."""
    head = ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施", "具体责任人"]
    body = [
        [1, "办公室", "主任", "公车私用", "高", "派车审批", None],
        [2, None, None, "公务接待超标", "中", "接待清单", "王五"],
        [3, None, None, "文件管理泄密", "低", "保密制度", None],
        [4, "财务股", "股长", "报销审核不严", "高", "双人复核", None],
        [5, None, None, "资金拨付随意", "中", "按制度", "赵六"],
        [6, None, None, "票据管理混乱", "低", "专人保管", None],
    ]  # fmt: skip
    merges = ["A1:G1", "B3:B5", "C3:C5", "B6:B8", "C6:C8"]
    rows = [["XX局岗位风险点表"], head, *[list(r) for r in body]]
    got = run(tmp_path / "a", rows, merges)
    assert CODE not in codes(got)
    held = {p: w for _d, _t, w, p, _lv in read(got)}
    assert held["公车私用"] != "王五" and held["报销审核不严"] != "赵六", held
    assert held["公务接待超标"] == "王五" and held["资金拨付随意"] == "赵六", held
    rows = [*rows, ["注：请各岗位在本岗位任一风险点所在行签字一次。"]]
    got = run(tmp_path / "b", rows, merges)
    assert CODE in codes(got)
    assert read(got) == sorted([
        ("办公室", "主任", "王五", "公车私用", "Ⅰ级"),
        ("办公室", "主任", "王五", "公务接待超标", "Ⅱ级"),
        ("办公室", "主任", "王五", "文件管理泄密", "Ⅲ级"),
        ("财务股", "股长", "赵六", "报销审核不严", "Ⅰ级"),
        ("财务股", "股长", "赵六", "资金拨付随意", "Ⅱ级"),
        ("财务股", "股长", "赵六", "票据管理混乱", "Ⅲ级"),
    ])  # fmt: skip


def test_what_the_hundred_and_twenty_seventh_review_found_the_post_written_on_every_row(tmp_path):
    """The post written on EVERY row (unmerged), a post's consecutive rows its block, one
    signature on its last row and a note asking for it: the block's holder (review 127g,
    finding 7); with no note, as before (the name its row's and those below)."""
    head = ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施", "责任人签字"]
    body = [
        [1, "办公室", "主任", "公车私用", "高", "派车审批", None],
        [2, None, "主任", "公务接待超标", "中", "接待清单", "张伟"],
        [3, None, "科员", "文件管理泄密", "低", "保密制度", None],
        [4, None, "科员", "印章使用不规范", "中", "用印登记", "刘洋"],
        [5, "财务股", "股长", "报销审核不严", "高", "双人复核", None],
        [6, None, "股长", "资金拨付随意", "中", "按制度", "李娜"],
    ]  # fmt: skip
    merges = ["A1:G1", "B3:B6", "B7:B8"]
    note = ["注：请在本岗位最后一项风险点所在行签字确认。"]
    got = run(tmp_path / "a", [["XX局岗位风险点确认表"], head, *body, note], merges)
    assert read(got) == sorted([
        ("办公室", "主任", "张伟", "公车私用", "Ⅰ级"),
        ("办公室", "主任", "张伟", "公务接待超标", "Ⅱ级"),
        ("办公室", "科员", "刘洋", "文件管理泄密", "Ⅲ级"),
        ("办公室", "科员", "刘洋", "印章使用不规范", "Ⅱ级"),
        ("财务股", "股长", "李娜", "报销审核不严", "Ⅰ级"),
        ("财务股", "股长", "李娜", "资金拨付随意", "Ⅱ级"),
    ])  # fmt: skip
    assert CODE in codes(got)
    no_errors(got)
    got = run(tmp_path / "b", [["XX局岗位风险点确认表"], head, *body], merges)
    assert CODE not in codes(got)
    assert ("办公室", "主任", "", "公车私用", "Ⅰ级") in read(got)
