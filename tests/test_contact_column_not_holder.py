"""A list kept one row per body a bureau supervises or serves (a 使用单位, a 经营户, a case's party)
often carries two columns of names: the outside body's own person, written down to reach it
(``企业联系人姓名``, ``经营户联系人``, ``法定代表人``, a ``当事人``), and the bureau's own one who
answers for the row (``包保责任人``, ``监管责任人``, ``承办人``). The reader kept the first name column it
trusted most by position, by '姓名' in its heading or by how name-like its cells were, so the
points went to the hospital's, the shop's or the party's people. Now a column headed as another
body's contact, or as a party served, is set aside where another is headed as the list's own
holder (info HOLDER_NOT_CONTACT naming both), whatever the order of the columns; a list with only a
联系人 column of names is read as before, warned (HOLDER_IS_CONTACT).

Not the published batch's list (a 医保基金监管所's 定点医药机构 list, ``机构联系人`` left of
``监管责任人``, 高/中/低): a 市场监管局's 特种设备 包保清单 (``企业联系人姓名``, 一级/二级/三级), a 法律援助
中心's 案件 list (``当事人 | 承办人``, Ⅰ级/Ⅱ级/Ⅲ级), an 农业农村局's 农资 台账 with the holder LEFT of
the contact and holders' names the name test does not know (an .ods copy, ★★★), and a 镇's 企业
list with a 联系人 only. Near-misses read as before, without a word: an ordinary 姓名 list with a
联系电话 column, a 主要责任人 | 直接责任人 pair, a 联系人 line above an ordinary table.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

NEW = ("HOLDER_NOT_CONTACT", "HOLDER_IS_CONTACT")


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], name: str = "清单.xlsx"):
    inbox = tmp_path / "inbox"
    if name.endswith(".ods"):
        write_ods(inbox / name, {"台账": rows})
    else:
        write_workbook(inbox / name, {"清单": rows})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def said(got, code: str) -> list[dict]:
    return got.issues[got.issues["code"] == code].to_dict("records")


def quiet(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")
    for code in NEW:
        assert not said(got, code), code


# (body, its contact, phone, holder, post, point, level)
BOILERS = [
    ("县热力公司", "孟凡超", "13909931123", "包思远", "股长", "锅炉定检中接受使用单位宴请", "一级"),
    ("县第一中学", "邵丽萍", "13909932287", "包思远", "股长", "压力容器隐患整改验收走过场", "二级"),
    ("县人民医院", "褚国栋", "13909933391", "韦晓宁", "监察员", "电梯维保记录检查不实", "二级"),
    ("惠民超市", "宁慧敏", "13909934405", "韦晓宁", "监察员", "对无证使用叉车问题不予立案", "三级"),
]  # fmt: skip
ROMAN = {"一级": "Ⅰ级", "二级": "Ⅱ级", "三级": "Ⅲ级", "★★★": "Ⅰ级", "★★": "Ⅱ级", "★": "Ⅲ级"}


def boilers() -> list[list]:
    rows = [["某县市场监督管理局特种设备安全监察股包保监管清单"]]
    rows.append(["序号", "使用单位", "企业联系人姓名", "联系电话", "包保责任人", "职务", "风险点",
                 "风险等级", "防控措施"])  # fmt: skip
    for i, (body, contact, tel, who, post, point, level) in enumerate(BOILERS, 1):
        rows.append([i, body, contact, tel, who, post, point, level, "两人以上同行，结果公示。"])
    return rows


def test_a_firm_contact_headed_with_a_name_word_is_no_holder(tmp_path):
    """'企业联系人姓名' (its '姓名' outranked '包保责任人') left of the 包保责任人: he holds."""
    got = run(tmp_path, boilers())
    want = sorted((post, who, point, ROMAN[lv]) for _b, _c, _t, who, post, point, lv in BOILERS)
    assert read(got) == want
    notes = said(got, "HOLDER_NOT_CONTACT")
    assert len(notes) == 1 and notes[0]["cell"] == "C2"
    assert "企业联系人姓名" in notes[0]["message"] and "包保责任人" in notes[0]["message"]
    assert not said(got, "HOLDER_IS_CONTACT")
    assert {"HOLDER_NOT_CONTACT", "HOLDER_IS_CONTACT"} <= CATALOGUE.keys() & SHORT.keys()


CASES = [
    ("（2025）援字第031号", "莫红英", "劳动报酬纠纷", "席文博", "援助律师", "向受援人收取财物", "Ⅰ级"),
    ("（2025）援字第047号", "应建国", "交通事故赔偿", "席文博", "援助律师", "办案中泄露当事人隐私", "Ⅱ级"),
    ("（2025）援字第052号", "滕秀兰", "赡养纠纷", "詹雨桐", "中心主任", "违规指派与本人有利害关系的律师", "Ⅱ级"),
]  # fmt: skip


def test_a_party_of_the_case_is_no_holder_beside_the_handler(tmp_path):
    """'当事人 | 案由 | 承办人' of a 法律援助中心: the 承办人 holds, not the party he serves."""
    rows = [["某县法律援助中心受援案件廉政风险防控一览表"]]
    rows.append(["序号", "案号", "当事人", "案由", "承办人", "职务", "廉政风险点", "风险等级",
                 "防控措施"])  # fmt: skip
    for i, (no, party, cause, who, post, point, level) in enumerate(CASES, 1):
        rows.append([i, no, party, cause, who, post, point, level, "案件质量回访，收费一律公示。"])
    got = run(tmp_path, rows)
    assert read(got) == sorted((post, who, point, lv) for _n, _p, _c, who, post, point, lv in CASES)
    notes = said(got, "HOLDER_NOT_CONTACT")
    assert [n["cell"] for n in notes] == ["C2"] and "承办人" in notes[0]["message"]


# the holders' names are of surnames the name test does not know (甪, 冮, 畲)
SHOPS = [
    ("农业执法股", "甪立新", "股长", "丰收农资店", "庞淑芬", "对销售假劣农药问题降格处理", "★★★"),
    ("农业执法股", "甪立新", "股长", "绿源种业门市", "柴志勇", "抽检样品调包、送检不及时", "★★"),
    ("农产品质量股", "冮海峰", "检测员", "金穗农机站", "葛玉洁", "检测数据人为修改", "★★"),
    ("农产品质量股", "畲海明", "检测员", "兴农合作社", "樊德胜", "接受合作社礼品放松抽检", "★"),
]  # fmt: skip


def test_a_contact_right_of_the_holder_in_an_ods_copy(tmp_path):
    """The 监管责任人 LEFT, the 经营户联系人 right, his names of unknown surnames, an .ods copy."""
    rows = [["某县农业农村局农资经营户监管台账"]]
    rows.append(["序号", "股室", "监管责任人", "职务", "经营户名称", "经营户联系人", "联系电话",
                 "廉政风险点", "风险等级"])  # fmt: skip
    for i, (dept, who, post, body, contact, point, level) in enumerate(SHOPS, 1):
        rows.append([i, dept, who, post, body, contact, "0991-5520" + str(i), point, level])
    got = run(tmp_path, rows, "台账.ods")
    want = sorted((post, who, point, ROMAN[lv]) for _d, who, post, _b, _c, point, lv in SHOPS)
    assert read(got) == want
    assert sorted(set(got.risks["department"])) == ["农业执法股", "农产品质量股"]
    notes = said(got, "HOLDER_NOT_CONTACT")
    assert [n["cell"] for n in notes] == ["F2"] and "监管责任人" in notes[0]["message"]


FIRMS = [
    ("鑫源建材厂", "袁德明", "粉尘防爆检查流于形式", "高"),
    ("宏达物流园", "邹桂香", "危化品仓储隐患未督促整改", "中"),
]  # fmt: skip


def test_only_a_contact_column_is_read_as_before_and_warned(tmp_path):
    """'企业名称 | 联系人 | 联系电话' and no column of the 镇's own: the contacts hold, warned."""
    rows = [["某镇安全生产重点企业风险点清单"]]
    rows.append(["序号", "企业名称", "联系人", "联系电话", "风险点", "风险等级", "防控措施"])
    for i, (firm, who, point, level) in enumerate(FIRMS, 1):
        rows.append([i, firm, who, "1380000000" + str(i), point, level, "每季度检查一次。"])
    got = run(tmp_path, rows)
    assert sorted(got.risks["person"]) == sorted(who for _f, who, _p, _l in FIRMS)
    warned = said(got, "HOLDER_IS_CONTACT")
    assert len(warned) == 1 and warned[0]["severity"] == "warning" and warned[0]["cell"] == "C2"
    assert not said(got, "HOLDER_NOT_CONTACT")


STAFF = [
    ("办公室", "主任", "祁少华", "公务接待超标准", "一级"),
    ("财务股", "会计", "欧阳静", "虚列支出套取资金", "一级"),
    ("财务股", "出纳", "裴红霞", "现金坐支挪用", "二级"),
]  # fmt: skip


def test_an_ordinary_list_with_a_phone_column_is_read_as_before(tmp_path):
    """'姓名 | 联系电话' of the unit's own staff: no contact column, nothing said."""
    rows = [["某县水利局岗位廉政风险排查表"]]
    rows.append(["序号", "科室", "岗位", "姓名", "联系电话", "风险点", "风险等级", "防控措施"])
    for i, (dept, post, who, point, level) in enumerate(STAFF, 1):
        rows.append([i, dept, post, who, "1399990000" + str(i), point, level, "集体研究。"])
    got = run(tmp_path, rows)
    assert read(got) == sorted((p, w, pt, ROMAN[lv]) for _d, p, w, pt, lv in STAFF)
    quiet(got)


def test_a_main_and_a_direct_holder_pair_is_read_as_before(tmp_path):
    """'主要责任人 | 直接责任人' are both the unit's: the existing rule decides, nothing said."""
    rows = [["某县水利局岗位廉政风险排查表"]]
    rows.append(["序号", "岗位", "主要责任人", "直接责任人", "风险点", "风险等级", "防控措施"])
    for i, (_dept, post, who, point, level) in enumerate(STAFF, 1):
        rows.append([i, post, "鲍局长", who, point, level, "集体研究。"])
    got = run(tmp_path, rows)
    assert read(got) == sorted((p, w, pt, ROMAN[lv]) for _d, p, w, pt, lv in STAFF)
    quiet(got)


def test_a_contact_line_above_an_ordinary_table_warns_of_nothing(tmp_path):
    """'填报单位：… 联系人：… 联系电话：…' above a 姓名 list: who filled it in, no column."""
    rows = [["某县水利局岗位廉政风险排查表"], ["填报单位：某县水利局", None, "联系人：鲍文涛",
                                           None, "联系电话：13999990009"]]  # fmt: skip
    rows.append(["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"])
    for i, (dept, post, who, point, level) in enumerate(STAFF, 1):
        rows.append([i, dept, post, who, point, level, "集体研究。"])
    got = run(tmp_path, rows)
    assert read(got) == sorted((p, w, pt, ROMAN[lv]) for _d, p, w, pt, lv in STAFF)
    quiet(got)


def test_what_the_hundred_and_twenty_ninth_review_found_an_approver_is_no_holder(tmp_path):
    """An OA export of the staff's own 廉政风险点申报: '申请人' is each row's declarant (his 科室 and
    岗位 beside him), '审批责任人' the one leader who approved every declaration. The approver is
    no holder of the row, so the declarant is not set aside for him: the points stay with the
    people who declared them, as before the contact rule, without a HOLDER_NOT_CONTACT."""
    rows = [["某县水利局OA廉政风险点申报汇总"]]
    rows.append(["序号", "申请人", "所在科室", "岗位", "风险点", "风险等级", "防控措施",
                 "审批责任人"])  # fmt: skip
    for i, (dept, post, who, point, level) in enumerate(STAFF, 1):
        rows.append([i, who, dept, post, point, level, "集体研究。", "鲍文涛"])
    got = run(tmp_path, rows)
    assert read(got) == sorted((p, w, pt, ROMAN[lv]) for _d, p, w, pt, lv in STAFF)
    quiet(got)


def test_what_the_hundred_and_twenty_ninth_review_found_the_units_own_contact(tmp_path):
    """'科室 | 岗位 | 联系人' of the unit's own 一览表: the 联系人 is the unit's staff member to ask
    about the post (the list's only name column, read as before). A judgement call: no
    outside body is on the rows (their 科室 and 岗位 are the unit's), so HOLDER_IS_CONTACT, a
    warning meant for a list of firms with their contacts, is not said."""
    rows = [["某县水利局岗位廉政风险一览表"]]
    rows.append(["序号", "科室", "岗位", "联系人", "风险点", "风险等级", "防控措施"])
    for i, (dept, post, who, point, level) in enumerate(STAFF, 1):
        rows.append([i, dept, post, who, point, level, "集体研究。"])
    got = run(tmp_path, rows)
    assert read(got) == sorted((p, w, pt, ROMAN[lv]) for _d, p, w, pt, lv in STAFF)
    quiet(got)


def test_what_the_hundred_and_twenty_ninth_review_found_a_window_receiver(tmp_path):
    """A 行政审批局 window list '事项 | 申请人 | 受理人': the 申请人 is the member of the public, the
    受理人 the window's own staff member. '受理人' (and '办理人') was no heading the reader knew,
    so the applicants, name-like, held every point; now they are the list's own handler's
    headings and the applicant is set aside as a party served (HOLDER_NOT_CONTACT)."""
    rows = [["某县行政审批局窗口廉政风险点清单"]]
    rows.append(["序号", "事项", "申请人", "受理人", "风险点", "风险等级", "防控措施"])
    rows.append(
        [1, "营业执照", "王小二", "祁少华", "违规受理不符合条件的申请", "一级", "集体研究。"]
    )
    rows.append([2, "食品经营许可", "李大明", "欧阳静", "吃拿卡要", "二级", "双人复核。"])
    got = run(tmp_path, rows)
    r = got.risks
    assert sorted(zip(r["person"], r["risk_level"], strict=True)) == [
        ("欧阳静", "Ⅱ级"), ("祁少华", "Ⅰ级")
    ]  # fmt: skip
    assert [n["cell"] for n in said(got, "HOLDER_NOT_CONTACT")] == ["C2"]
