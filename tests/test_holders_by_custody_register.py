"""A list with no 科室, 岗位 or 姓名 column whose rows name only the object each step is signed
or opened with (a 数字证书/UKey, a 印章, a 钥匙 …), and a custody register of those objects
('名称 | 编号 | 持有人/保管人/领用人 | 职务 | 股室') under it, over it or on another sheet:
each row is the point of the keeper of the object it names, the register's 职务 his post and
its 股室 his 科室; the register itself is no rows of the list (HOLDERS_BY_CUSTODY_REGISTER).

Why: such a list was read as one holderless form, the object column dropped and the register
taken for more rows (its keepers' names as points, their posts as unreadable levels).

The layouts here are not the published batch's (a 国库集中支付中心's UKey list with 证书名称 |
证书编号 | 持有人 under it, 高/中/低): a 社会保险事业管理局's 用印 list keyed by seal name with a
seal kept by two, a 住房公积金管理中心's list keyed by U盾 number with the register over it, an
档案馆's list keyed by 钥匙 whose register is a sheet of its own, an .ods copy; 一级/二级/三级,
Ⅰ级/Ⅱ级 and 较高/一般 level words. The near-misses — a list with its own 责任人 column and a 印章
保管 table under it, a 设备台账 under a list of equipment, a register lacking one object —
read as before (or warn). Written with tests/helpers.py, read as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def run(tmp_path: Path, sheets: dict, merges: dict | None = None, ods: bool = False):
    inbox = tmp_path / "inbox"
    if ods:
        write_ods(inbox / "t.ods", sheets)
    else:
        write_workbook(inbox / "t.xlsx", sheets, merges or {s: [] for s in sheets})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> list[str]:
    return list(got.issues[got.issues["severity"] == "error"]["code"])


SEALS = [
    ["汪清县社会保险事业管理局用印环节廉政风险防控清单", None, None, None, None],
    ["序号", "办理事项", "风险点", "风险级别", "所用印章", "防控措施"],
    [1, "待遇核定", "核定结果未复核即加盖公章", "一级", "业务专用章", "用印登记，复核签字后盖章"],
    [2, "待遇核定", "空白表格预先盖章留存", "二级", "业务专用章", "严禁空白用印"],
    [3, "基金支付", "支付凭证先盖章后审核", "一级", "财务专用章", "先审后盖，双人在场"],
    [4, "证明开具", "为不符合条件者出具参保证明", "三级", "证明专用章", "开具证明查验系统记录"],
    [None, None, None, None, None, None],
    ["印章保管登记", None, None, None, None, None],
    ["印章名称", "保管人", "职务", "所在科室", "启用日期", None],
    ["业务专用章", "栾骞", "科长", "待遇核发科", "2024年3月1日", None],
    ["财务专用章", "栾蓁", "会计", "基金财务科", "2024年3月1日", None],
    ["财务专用章", "栾翊", "出纳", "基金财务科", "2024年3月1日", None],
    ["证明专用章", "栾昉", "科员", "参保登记科", "2024年3月1日", None],
    ["注：用印环节的风险由印章保管人负责。", None, None, None, None, None],
]


def test_seal_register_under_the_list_one_seal_kept_by_two(tmp_path: Path) -> None:
    got = run(tmp_path, {"用印清单": SEALS})
    assert read(got) == sorted([
        ("待遇核发科", "科长", "栾骞", "核定结果未复核即加盖公章", "Ⅰ级"),
        ("待遇核发科", "科长", "栾骞", "空白表格预先盖章留存", "Ⅱ级"),
        ("基金财务科", "会计", "栾蓁", "支付凭证先盖章后审核", "Ⅰ级"),
        ("基金财务科", "出纳", "栾翊", "支付凭证先盖章后审核", "Ⅰ级"),
        ("参保登记科", "科员", "栾昉", "为不符合条件者出具参保证明", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_CUSTODY_REGISTER" in codes(got)
    assert "ROW_UNPLACED" not in codes(got)
    assert not errors(got)


def test_the_same_as_an_ods_copy(tmp_path: Path) -> None:
    got = run(tmp_path, {"用印清单": SEALS}, ods=True)
    assert {(p, n) for _d, p, n, _x, _l in read(got)} == {
        ("科长", "栾骞"), ("会计", "栾蓁"), ("出纳", "栾翊"), ("科员", "栾昉"),
    }  # fmt: skip
    assert "HOLDERS_BY_CUSTODY_REGISTER" in codes(got)
    assert not errors(got)


def test_ukey_numbers_register_over_the_list(tmp_path: Path) -> None:
    rows = [
        ["U盾编号", "网银用途", "领用人", "岗位", "股室"],
        ["1号", "录入", "喻琮", "柜员", "归集股"],
        ["2号", "复核", "喻珩", "股长", "归集股"],
        ["3号", "授权", "喻瑾", "副主任", "中心领导"],
        [None, None, None, None, None],
        ["序号", "风险环节", "风险描述", "等级", "使用U盾"],
        [1, "缴存", "为未足额缴存单位开具缴存证明", "Ⅱ级", "1号U盾"],
        [2, "提取", "提取材料审核不严，违规办理提取", "Ⅰ级", "2号U盾"],
        [3, "提取", "网银批量支付时篡改收款账户", "Ⅰ级", "3号U盾"],
        [4, "贷款", "对不符合条件的贷款放款授权", "Ⅰ级", "3号U盾"],
    ]
    got = run(tmp_path, {"风险点": rows})
    assert read(got) == sorted([
        ("归集股", "柜员", "喻琮", "为未足额缴存单位开具缴存证明", "Ⅱ级"),
        ("归集股", "股长", "喻珩", "提取材料审核不严，违规办理提取", "Ⅰ级"),
        ("中心领导", "副主任", "喻瑾", "网银批量支付时篡改收款账户", "Ⅰ级"),
        ("中心领导", "副主任", "喻瑾", "对不符合条件的贷款放款授权", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_CUSTODY_REGISTER" in codes(got)
    assert not errors(got)


def test_key_register_on_its_own_sheet_and_a_key_it_lacks(tmp_path: Path) -> None:
    points = [
        ["序号", "工作环节", "廉政风险点", "风险等级", "所用钥匙", "防控措施"],
        [1, "档案借阅", "未经审批私自开库调阅档案", "较高", "一号库房钥匙", "双人双锁"],
        [2, "档案借阅", "借出档案逾期不催还", "一般", "一号库房钥匙", "借阅台账每周核对"],
        [3, "档案移交", "接收档案不清点即入库", "较高", "二号库房钥匙", "移交清单双方签字"],
        [4, "档案鉴定", "到期档案擅自销毁", "较高", "鉴定室钥匙", "销毁集体研究"],
    ]
    keys = [
        ["钥匙保管登记表", None, None, None],
        ["钥匙名称", "保管人", "职务", "部门"],
        ["一号库房钥匙", "晏琬", "馆员", "保管利用部"],
        ["二号库房钥匙", "晏璟", "副馆长", "馆领导"],
    ]
    got = run(tmp_path, {"风险点": points, "钥匙": keys})
    assert read(got) == sorted([
        ("保管利用部", "馆员", "晏琬", "未经审批私自开库调阅档案", "Ⅱ级"),
        ("保管利用部", "馆员", "晏琬", "借出档案逾期不催还", "Ⅲ级"),
        ("馆领导", "副馆长", "晏璟", "接收档案不清点即入库", "Ⅱ级"),
        ("", "", "", "到期档案擅自销毁", "Ⅱ级"),
    ])  # fmt: skip
    assert {"HOLDERS_BY_CUSTODY_REGISTER", "HOLDER_CUSTODY_UNMATCHED"} <= codes(got)
    warned = got.issues[got.issues["code"] == "HOLDER_CUSTODY_UNMATCHED"]
    assert list(warned["cell"]) == ["E5"]


def test_a_holder_column_and_a_seal_table_under_it(tmp_path: Path) -> None:
    rows = [
        ["序号", "岗位", "责任人", "风险点", "风险等级", "所用印章"],
        [1, "科长", "栾骞", "核定结果未复核即加盖公章", "一级", "业务专用章"],
        [2, "会计", "栾蓁", "支付凭证先盖章后审核", "一级", "财务专用章"],
        [None, None, None, None, None, None],
        ["印章保管登记", None, None, None, None, None],
        ["印章名称", "保管人", "职务", "所在科室", None, None],
        ["业务专用章", "栾昉", "科员", "待遇核发科", None, None],
        ["财务专用章", "栾翊", "出纳", "基金财务科", None, None],
    ]
    got = run(tmp_path, {"清单": rows})
    people = {(p, n) for _d, p, n, _x, _l in read(got)}
    assert {("科长", "栾骞"), ("会计", "栾蓁")} <= people
    assert not {"栾昉", "栾翊"} & {n for _p, n in people}
    assert "HOLDERS_BY_CUSTODY_REGISTER" not in codes(got)


def test_an_equipment_ledger_under_a_list(tmp_path: Path) -> None:
    rows = [
        ["序号", "风险点", "风险等级", "涉及设备", "防控措施"],
        [1, "维修费用虚报", "较高", "一号机", "维修单据审核"],
        [2, "配件以次充好", "一般", "二号机", "配件验收"],
        [None, None, None, None, None],
        ["设备台账", None, None, None, None],
        ["设备名称", "规格型号", "使用人", "职务", "所在科室"],
        ["一号机", "X-200", "晏琬", "技术员", "检测科"],
        ["二号机", "X-300", "晏璟", "科长", "检测科"],
    ]
    got = run(tmp_path, {"清单": rows})
    assert "HOLDERS_BY_CUSTODY_REGISTER" not in codes(got)
    assert not {"晏琬", "晏璟"} & {n for _d, _p, n, _x, _l in read(got)}


def test_codes_catalogued() -> None:
    for code in ("HOLDERS_BY_CUSTODY_REGISTER", "HOLDER_CUSTODY_UNMATCHED"):
        assert code in CATALOGUE and code in SHORT


def test_what_the_hundred_and_thirty_second_review_found_a_count_is_no_seal_number(
    tmp_path: Path,
) -> None:
    """A holderless list beside a seal register numbered by rows ('编号 | 印章名称 | 保管人', 编号
    1, 2, 3) whose own column holds counts or amounts ('3个工作日', '1万元以上'): the numbers had
    been taken for the seals' and every point filed under a seal's keeper. A number names an
    object only as one ('3号', '3#', 'U盾3', the cell alone); the list reads as before."""
    seals = [
        ["印章保管登记表", None, None, None, None],
        ["编号", "印章名称", "保管人", "职务", "所在科室"],
        [1, "行政公章", "甘琬", "主任", "办公室"],
        [2, "财务专用章", "甘璟", "会计", "财务股"],
        [3, "合同专用章", "甘琮", "股长", "法规股"],
    ]
    for head, vals in (("办理时限", ["3个工作日", "2个工作日", "1个工作日"]),
                       ("涉及金额", ["1万元以上", "2万元以上", "3万元以上"])):  # fmt: skip
        points = [
            ["序号", "业务环节", "风险点", "风险等级", head, "防控措施"],
            [1, "合同签订", "合同条款审核不严", "一级", vals[0], "法律顾问审核"],
            [2, "资金支付", "支付审核不严", "一级", vals[1], "双人复核"],
            [3, "公文印发", "公文审核把关不严", "二级", vals[2], "三级审核"],
        ]
        got = run(tmp_path / head, {"清单": points, "印章": seals})
        assert {n for _d, _p, n, _x, _l in read(got)} == {""}, head
        assert not {"HOLDERS_BY_CUSTODY_REGISTER", "HOLDER_CUSTODY_UNMATCHED"} & codes(got)


def test_what_the_hundred_and_thirty_second_review_found_keepers_written_as_posts(
    tmp_path: Path,
) -> None:
    """A seal register whose 保管人 are posts, not names ('办公室主任', '出纳'): it had not been
    found a register (no name under 保管人) and was read as more points of the list ('保管人',
    '办公室主任' as points, '职务' an unreadable level). Judgement: each row is the point of the
    post that keeps its seal, no one named (the list names no one either)."""
    rows = [
        ["序号", "风险点", "风险等级", "所用印章", "防控措施"],
        [1, "未经审批擅自用印", "一级", "行政公章", "用印审批登记"],
        [2, "空白凭证预先盖章", "二级", "财务专用章", "严禁空白用印"],
        [3, "公章外借不登记", "一级", "行政公章", "外借登记"],
        [None, None, None, None, None],
        ["印章保管登记", None, None, None, None],
        ["印章名称", "保管人", "所在科室", None, None],
        ["行政公章", "办公室主任", "办公室", None, None],
        ["财务专用章", "出纳", "财务股", None, None],
    ]
    got = run(tmp_path, {"用印清单": rows})
    assert read(got) == sorted([
        ("办公室", "办公室主任", "", "未经审批擅自用印", "Ⅰ级"),
        ("办公室", "办公室主任", "", "公章外借不登记", "Ⅰ级"),
        ("财务股", "出纳", "", "空白凭证预先盖章", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_CUSTODY_REGISTER" in codes(got)
    assert not {"LEVEL_UNKNOWN", "MEASURES_BLANK"} & codes(got)
