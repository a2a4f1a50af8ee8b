"""A unit that serves or watches firms often keeps, beside its own 岗位 list, a list of the same
shape whose rows are the FIRMS': one shop, supplier or contractor a row, its 法定代表人 (经营者,
负责人) where a holder would stand, and the firm's own integrity risks in dealing with the unit —
the 提示清单 or 告知书 it hands them. No one of the unit is named on it, so it holds no form: the
reader took the firm's person for the holder (COLUMN_GUESSED or a plain 负责人), each firm a form
with no 科室 and no post. Now a table whose key column names outside bodies (企业名称, 商户名称,
供应商, 监管对象; a weaker 单位名称 only with firms' names in it or a caption handing the list to
firms) and whose only person column is theirs (法定代表人, 法人代表, 经营者; a weaker 负责人 or
联系人 only with such a caption), with no column of the unit's staff, post or 科室, is set aside:
its rows counted as reported, one warning naming its key column and row count
(TABLE_OUTSIDE_PARTIES_SKIPPED).

Not the published batch's workbook (a 园区企业服务局's 入园企业 list, 高/中/低): a 县商务局's 商户 list
with 经营者 and a phone column and no 序号 (一级/二级), a 县住建局's .ods with 施工企业 and 法人代表,
the level before the point (高风险/中风险/低风险), a 县交通运输局's 告知清单 of 单位名称 | 负责人 with
运输公司 names in it (★★★), the firms' list under the unit's own on ONE sheet. Near-misses read as
before: a 监管 list with 监管对象（企业） and 法定代表人 beside the unit's 监管责任人, a 企业 list whose
holders are the unit's 包保责任人, a 镇's 重点企业 list with a plain 负责人 and no caption, a
summary of the unit's own bodies by 单位名称 with 岗位 and 姓名.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

CODE = "TABLE_OUTSIDE_PARTIES_SKIPPED"

# the unit's own staff: (科室, 岗位, 姓名, 风险点, 等级)
STAFF = [
    ("市场运行股", "股长", "鞠晓岚", "市场监测数据选择性上报", "一级"),
    ("流通发展股", "科员", "甄立峰", "专项资金项目验收走过场", "二级"),
]  # fmt: skip


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def own_rows() -> list[list]:
    rows = [["某县商务局岗位廉政风险点一览表"]]
    rows.append(["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"])
    for i, (dept, post, who, point, level) in enumerate(STAFF, 1):
        rows.append([i, dept, post, who, point, level, "集体研究，全程留痕。"])
    return rows


def holders(got) -> list[str]:
    return sorted(set(got.risks["person"]))


def said(got, code: str = CODE) -> list[dict]:
    return got.issues[got.issues["code"] == code].to_dict("records")


SHOPS = [
    ("城南惠民百货商行", "龚秀英", "13907770001", "以购物卡、消费券拉拢检查人员", "一级"),
    ("鑫福来超市", "蔺国栋", "13907770002", "虚报促销活动套取消费补贴", "一级"),
    ("老街汤粉店", "蒯春梅", "13907770003", "请托工作人员违规办理备案", "二级"),
]  # fmt: skip


def test_a_shops_list_with_their_keepers_holds_no_form(tmp_path):
    """'商户名称 | 经营者 | 联系电话 | 风险点' on a sheet of its own, no 序号, no caption."""
    shops = [["商户名称", "经营者", "联系电话", "风险点", "风险等级", "防范措施"]]
    for shop, keeper, phone, point, level in SHOPS:
        shops.append([shop, keeper, phone, point, level, "签订诚信经营承诺书。"])
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "商务局.xlsx", {"岗位风险": own_rows(), "商户": shops})
    got = _collect(inbox)
    assert holders(got) == sorted(w for _d, _p, w, _pt, _l in STAFF)
    assert len(got.risks) == len(STAFF)
    warned = said(got)
    assert len(warned) == 1 and warned[0]["severity"] == "warning"
    assert warned[0]["cell"] == "A1" and warned[0]["source_sheet"] == "商户"
    assert "3 行" in warned[0]["message"] and "商户名称" in warned[0]["message"]
    assert CODE in CATALOGUE and CODE in SHORT


BUILDERS = [
    ("宏图建筑工程有限公司", "秦志远", "高风险", "围标串标、借用资质承揽工程"),
    ("安居市政工程有限责任公司", "冉丽华", "中风险", "向质监人员输送利益以通过验收"),
    ("祥瑞园林绿化有限公司", "滕家豪", "低风险", "虚增工程量申请进度款"),
]  # fmt: skip


def test_a_builders_list_in_an_ods_with_their_legal_persons_holds_no_form(tmp_path):
    """'施工企业名称 | 法人代表 | 风险等级 | 廉洁风险点' (the level before the point), an .ods copy."""
    own = [["某县住房和城乡建设局岗位廉政风险排查表"]]
    own.append(["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"])
    own.append([1, "质量安全股", "股长", "芮思远", "质量验收把关不严", "高风险", "双人验收。"])
    own.append([2, "建筑市场股", "科员", "郜婉清", "资质审查放宽标准", "中风险", "集体审核。"])
    firms = [["在建项目施工企业廉洁风险点"]]
    firms.append(["序号", "施工企业名称", "法人代表", "风险等级", "廉洁风险点", "防范措施"])
    for i, (firm, rep, level, point) in enumerate(BUILDERS, 1):
        firms.append([i, firm, rep, level, point, "纳入信用评价。"])
    inbox = tmp_path / "inbox"
    write_ods(inbox / "住建局.ods", {"本局": own, "施工企业": firms})
    got = _collect(inbox)
    assert holders(got) == ["芮思远", "郜婉清"]
    warned = said(got)
    assert len(warned) == 1 and warned[0]["cell"] == "B2" and "3 行" in warned[0]["message"]


CARRIERS = [
    ("顺达客运有限公司", "柏永强", "以节礼拉拢执法人员逃避检查", "★★★"),
    ("通衢货运物流有限公司", "房玉兰", "虚报车辆数骗取燃油补贴", "★★"),
]  # fmt: skip


def test_a_notice_list_of_carriers_under_the_own_list_on_one_sheet(tmp_path):
    """'单位名称 | 负责人' (both weak) with 运输公司 names and a 告知清单 caption, on the same sheet
    under the 交通运输局's own list."""
    rows = [["某县交通运输局岗位廉政风险点清单"]]
    rows.append(["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"])
    rows.append([1, "运输管理股", "股长", "阙宏图", "客运线路审批优亲厚友", "★★★", "集体决策。"])
    rows.append(
        [2, "综合执法大队", "队员", "宓晓燕", "罚款自由裁量随意", "★★", "执法记录仪全程记录。"]
    )
    rows.append([])
    rows.append(["道路运输企业廉洁经营风险告知清单"])
    rows.append(["序号", "单位名称", "负责人", "廉洁风险点", "风险等级", "防范措施"])
    for i, (firm, head, point, level) in enumerate(CARRIERS, 1):
        rows.append([i, firm, head, point, level, "签订廉洁承诺书。"])
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "交通运输局.xlsx", {"清单": rows})
    got = _collect(inbox)
    assert holders(got) == ["宓晓燕", "阙宏图"]
    warned = said(got)
    assert len(warned) == 1 and warned[0]["cell"] == "B7" and "2 行" in warned[0]["message"]


def test_a_watch_list_with_the_units_own_holder_is_read_as_before(tmp_path):
    """'监管对象（企业） | 法定代表人 | 监管责任人': the unit's staff hold the rows, nothing set aside."""
    rows = [["某县应急管理局重点企业监管廉政风险点清单"]]
    rows.append(["序号", "监管对象（企业）", "法定代表人", "监管责任人", "风险点", "风险等级",
                 "防控措施"])  # fmt: skip
    rows.append([1, "鑫源化工有限公司", "袁德明", "郑文博", "隐患排查走过场", "一级", "交叉检查。"])
    rows.append(
        [2, "宏达烟花有限公司", "邹桂香", "宋佳怡", "违规放宽许可条件", "二级", "集体审批。"]
    )
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "应急局.xlsx", {"清单": rows})
    got = _collect(inbox)
    assert holders(got) == ["宋佳怡", "郑文博"]
    assert not said(got)


def test_a_firms_list_of_the_units_own_keepers_is_read_as_before(tmp_path):
    """'包保企业 | 企业负责人 | 包保责任人': the unit's 包保 staff hold the rows, read as before."""
    rows = [["某镇包保企业廉政风险点清单"]]
    rows.append(["序号", "包保企业", "企业负责人", "包保责任人", "风险点", "风险等级", "防控措施"])
    rows.append([1, "宏发砖厂", "袁德明", "郑文博", "包保检查流于形式", "高", "每月检查。"])
    rows.append([2, "利民米业有限公司", "邹桂香", "宋佳怡", "收受企业土特产", "中", "廉洁承诺。"])
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "某镇.xlsx", {"清单": rows})
    got = _collect(inbox)
    assert holders(got) == ["宋佳怡", "郑文博"]
    assert not said(got)


def test_a_towns_firms_list_with_a_plain_head_and_no_caption_is_read_as_before(tmp_path):
    """'企业名称 | 负责人' and no caption handing it to the firms: the 镇's own risks at each firm
    (read as before: the 负责人 hold them), nothing set aside."""
    rows = [["某镇安全生产重点企业风险点清单"]]
    rows.append(["序号", "企业名称", "负责人", "风险点", "风险等级", "防控措施"])
    rows.append([1, "鑫源建材厂", "袁德明", "粉尘防爆检查流于形式", "高", "每季度检查。"])
    rows.append([2, "宏达物流园", "邹桂香", "危化品仓储隐患未督促整改", "中", "每季度检查。"])
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "某镇.xlsx", {"清单": rows})
    got = _collect(inbox)
    assert holders(got) == ["袁德明", "邹桂香"]
    assert not said(got)


def test_a_summary_of_the_units_own_bodies_is_read_as_before(tmp_path):
    """'单位名称 | 科室 | 岗位 | 姓名' of a 系统 summary: the staff of the unit's own bodies."""
    rows = [["某县教育系统岗位廉政风险点汇总表"]]
    rows.append(["序号", "单位名称", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"])
    rows.append([1, "县第一中学", "总务处", "主任", "晏清和", "采购验收不严", "一级", "双人验收。"])
    rows.append([2, "县实验小学", "财务室", "会计", "仝雅琴", "虚列支出", "二级", "定期对账。"])
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "教育局.xlsx", {"汇总": rows})
    got = _collect(inbox)
    assert holders(got) == ["仝雅琴", "晏清和"]
    assert not said(got)


def test_what_the_hundred_and_thirty_second_review_found_inspectors_column(tmp_path):
    """'监管对象 | 法定代表人 | 检查人员' (and '企业名称 | 法定代表人 | 核查人'): the unit's own staff
    stand in a column headed by no word the rule knew, their names in every row — the whole list
    had been set aside as the firms' own. Another column of people's names under any heading
    keeps the list the unit's, read as before (a judgement call: which column holds the rows
    is the reader's older rules' to say, not this one's)."""
    for n, staff in enumerate(("检查人员", "核查人")):
        rows = [["某县市场监督管理局重点企业监管廉政风险点清单"]]
        rows.append(["序号", "监管对象", "法定代表人", staff, "风险点", "风险等级", "防控措施"])
        rows.append(
            [1, "鑫源化工有限公司", "袁德明", "郑文博", "隐患排查走过场", "一级", "交叉检查。"]
        )
        rows.append(
            [2, "宏达烟花有限公司", "邹桂香", "宋佳怡", "违规放宽许可条件", "二级", "集体审批。"]
        )
        rows.append(
            [3, "利民米业有限公司", "龚秀英", "郑文博", "抽检样品有意回避", "二级", "随机抽检。"]
        )
        inbox = tmp_path / str(n) / "inbox"
        write_workbook(inbox / "市场监管局.xlsx", {"清单": rows})
        got = _collect(inbox)
        assert not said(got)
        assert len(got.risks) == 3


def test_what_the_hundred_and_thirty_second_review_found_own_companies_caption(tmp_path):
    """'县国资委所属企业廉政风险点一览表' over '企业名称 | 法定代表人': the firms are the unit's own
    (所属/下属/直属), their 法定代表人 the holders of their points — the list had been set aside as
    outside firms'. A caption calling the bodies the unit's own reads the list as before."""
    rows = [["县国资委所属企业廉政风险点一览表"]]
    rows.append(["序号", "企业名称", "法定代表人", "廉政风险点", "风险等级", "防控措施"])
    rows.append(
        [1, "县城投集团有限公司", "袁德明", "融资决策未集体研究", "一级", "三重一大集体决策。"]
    )
    rows.append([2, "县水务有限公司", "邹桂香", "工程分包违规指定", "二级", "分包公开招标。"])
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "国资委.xlsx", {"清单": rows})
    got = _collect(inbox)
    assert not said(got)
    assert holders(got) == ["袁德明", "邹桂香"]


def test_what_the_hundred_and_thirty_second_review_found_firms_contact_beside_legal_person(
    tmp_path,
):
    """The guard above must not take the firms' own second person for the unit's staff:
    '企业名称 | 法定代表人 | 联系人 | 联系电话' is still the firms' list, set aside."""
    rows = [["入园企业廉洁经营风险提示清单"]]
    rows.append(["序号", "企业名称", "法定代表人", "联系人", "联系电话", "廉洁风险点", "风险等级", "防范措施"])  # fmt: skip
    rows.append([1, "鑫源化工有限公司", "袁德明", "龚秀英", "13907770001", "以礼品拉拢审批人员", "高", "签订廉洁承诺。"])  # fmt: skip
    rows.append([2, "宏达物流有限公司", "邹桂香", "蔺国栋", "13907770002", "虚报材料套取补贴", "中", "材料真实性承诺。"])  # fmt: skip
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "园区.xlsx", {"清单": rows})
    got = _collect(inbox)
    assert len(said(got)) == 1
    assert len(got.risks) == 0
