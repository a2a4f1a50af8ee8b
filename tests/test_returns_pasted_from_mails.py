"""Returns its staff sent by e-mail, pasted into one sheet each under the mail's own header lines
(``发件人：姓名 <address>``, ``发送时间``, ``收件人``, ``抄送``, ``主题：回复：…（科室　岗位）``, or an Outlook
copy's ``From/Sent/To/Cc/Subject``) over the small table the sender typed, which names no 岗位 or
姓名: each mail is one form, its sender (the address off) the holder, the subject's bracket (or the
words after its 报送) the 科室 and post; the 收件人 and 抄送 name no holder and no 科室
(HOLDERS_BY_MAIL_HEADERS, one info naming how many mails; a header with no table under it, or a
sender who is an address only, MAIL_HEADER_UNREAD). Before, the mails' tables were read as one
holderless form with the 收件人's office as its 科室.

Not the published batch's file (a 县人民医院's 汇总, 院长/科主任/医保专干, 高/中/低, one cell a line,
Chinese labels): a 县自然资源局's returns copied from Outlook in English labels with ``RE:`` and the
post after a dash, 一级/二级/三级; a 县住房公积金中心's with label and value in two cells, ``发送日期``
and ``抄送``, ``【科室　岗位】`` brackets, ★ marks and one subject naming no post; a 县图书馆's with
all header lines in one cell, a forwarded mail with no table, re-saved as .ods. A list with its own
姓名 column under a single pasted mail keeps its column (the sender only sent it: the column wins),
and a list with a ``填报人：… 联系电话：…`` line over it reads as before.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], ods: bool = False):
    inbox = tmp_path / "inbox"
    if ods:
        write_ods(inbox / "returns.ods", {"汇总": rows})
    else:
        write_workbook(inbox / "returns.xlsx", {"汇总": rows})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for i in got.issues.to_dict("records"):
        out.setdefault(i["code"], []).append(i["cell"])
    return out


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_outlook_copies_in_english_labels_post_after_a_dash(tmp_path):
    rows = [["某县自然资源局股室廉政风险点（邮件回复汇总）"]]
    mails = [
        ("蒯岷翚", "kuaiminhui@126.com", "地籍股", "股长", [
            ("地籍调查中对申请人吃拿卡要", "一级", "调查结果两人复核并公示。"),
            ("违规出具宗地权属证明", "二级", "证明出具经股务会审核。"),
        ]),
        ("滑沄浥", "huayunyi@163.com", "财务股", "出纳", [
            ("现金收付不及时入账、公款私存", "一级", "现金日清月结，账户对账。"),
        ]),
        ("仉沛霖", "zhangpeilin@qq.com", "执法监察大队", "执法队员", [
            ("对违法用地查处以罚代拆", "一级", "处罚案件集体审议。"),
            ("执法过程中泄露举报人信息", "三级", "举报信息专人登记保管。"),
        ]),
    ]  # fmt: skip
    want = []
    for who, addr, dept, post, points in mails:
        rows += [
            [f"From: {who} <{addr}>"],
            ["Sent: Monday, May 12, 2025 10:21 AM"],
            ["To: 局办公室 <zrzyj_bgs@163.com>"],
            ["Cc: 纪检组 <zrzyj_jjz@163.com>"],
            [f"Subject: RE: 廉政风险点报送-{dept}-{post}"],
            ["编号", "廉政风险点", "等级", "防控措施"],
        ]
        for i, (point, lv, measures) in enumerate(points, 1):
            rows.append([i, point, lv, measures])
            want.append((dept, post, who, point, {"一级": "Ⅰ级", "二级": "Ⅱ级", "三级": "Ⅲ级"}[lv]))
        rows.append([])
    got = run(tmp_path, rows)
    assert read(got) == sorted(want)
    no_errors(got)
    assert codes(got)["HOLDERS_BY_MAIL_HEADERS"] == ["A2"]
    assert "MAIL_HEADER_UNREAD" not in codes(got)
    assert set(got.risks["department"]) & {"局办公室", "办公室", "纪检组"} == set()


def test_label_and_value_in_two_cells_subject_without_post(tmp_path):
    rows = [
        ["某县住房公积金管理中心岗位廉政风险点（各岗位邮件报送）"],
        ["发件人：", "郜琮翊 <gaocongyi@163.com>"],
        ["发送日期：", "2025年6月3日 星期二 09:12"],
        ["收件人：", "综合科 <gjjzx_zhk@163.com>"],
        ["抄送：", "冼栖梧 <xianqiwu@163.com>"],
        ["主题：", "回复：风险点报送【归集科　归集专管员】"],
        ["序号", "风险描述", "风险程度", "防控办法"],
        [1, "违规为不符合条件的单位办理缓缴", "★★★", "缓缴审批两级审核。"],
        [2, "擅自调整职工缴存基数", "★★", "基数调整系统留痕。"],
        ["发件人：", "缑宸翊 <goucenyi@qq.com>"],
        ["发送日期：", "2025年6月3日 星期二 15:40"],
        ["收件人：", "综合科 <gjjzx_zhk@163.com>"],
        ["主题：", "回复：风险点报送【信贷科　贷款审核员】"],
        ["序号", "风险描述", "风险程度", "防控办法"],
        [1, "降低标准审批公积金贷款", "★★★", "贷款审批实行审贷分离。"],
        ["发件人：", "笪玥泠 <dayueling@126.com>"],
        ["发送日期：", "2025年6月4日 星期三 08:55"],
        ["收件人：", "综合科 <gjjzx_zhk@163.com>"],
        ["主题：", "回复：风险点报送"],
        ["序号", "风险描述", "风险程度", "防控办法"],
        [1, "提取材料审核不严，违规办理提取", "★", "提取材料影像留存，定期抽查。"],
    ]
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("归集科", "归集专管员", "郜琮翊", "违规为不符合条件的单位办理缓缴", "Ⅰ级"),
        ("归集科", "归集专管员", "郜琮翊", "擅自调整职工缴存基数", "Ⅱ级"),
        ("信贷科", "贷款审核员", "缑宸翊", "降低标准审批公积金贷款", "Ⅰ级"),
        ("", "", "笪玥泠", "提取材料审核不严，违规办理提取", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert codes(got)["HOLDERS_BY_MAIL_HEADERS"] == ["A2"]
    # the 收件人 and 抄送 are no holders
    assert not set(got.risks["person"]) & {"冼栖梧", "综合科"}


def test_header_lines_in_one_cell_and_a_mail_without_table_ods(tmp_path):
    def head(who: str, addr: str, subject: str) -> list:
        return [
            f"发件人: {who} <{addr}>\n发送时间: 2025-04-21 16:02\n"
            f"收件人: 馆办公室 <tsg_bgs@126.com>\n主题: 答复: 岗位风险排查上报 {subject}"
        ]

    rows = [
        ["某县图书馆岗位廉政风险排查表（邮件汇总）"],
        head("漆翊澂", "qiyicheng@163.com", "采编部 采编员"),
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "图书采购中指定书商收受回扣", "高风险", "采购目录集体确定。"],
        [2, "验收时数量不符仍签收", "中风险", "验收两人签字。"],
        [],
        head("鄞澐璟", "yinyunjing@qq.com", "流通部 借阅管理员"),
        ["附件：风险点排查表.docx（已另行报送）"],
        [],
        head("亓霂棠", "qimutang@163.com", "办公室 财务人员"),
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "报销票据审核不严", "中风险", "报销实行会计、馆长两级审核。"],
    ]
    got = run(tmp_path, rows, ods=True)
    assert read(got) == sorted([
        ("采编部", "采编员", "漆翊澂", "图书采购中指定书商收受回扣", "Ⅰ级"),
        ("采编部", "采编员", "漆翊澂", "验收时数量不符仍签收", "Ⅱ级"),
        ("办公室", "财务人员", "亓霂棠", "报销票据审核不严", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    got_codes = codes(got)
    assert got_codes["HOLDERS_BY_MAIL_HEADERS"] == ["A2"]
    assert got_codes["MAIL_HEADER_UNREAD"] == ["A7"]  # 鄞澐璟's mail: no table under it


def test_single_mail_over_a_list_with_its_own_name_column(tmp_path):
    # the office forwarded the whole list: the sender only sent it, the 姓名 column wins
    rows = [
        ["发件人：冼栖梧 <xianqiwu@163.com>"],
        ["发送时间：2025年3月2日 14:05"],
        ["收件人：县纪委监委派驻纪检组 <pzjjz@163.com>"],
        ["主题：转发：县统计局廉政风险点一览表"],
        ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "综合股", "股长", "麦芷沅", "统计数据审核中授意篡改", "一级", "数据审核留痕。"],
        [2, "普查中心", "普查员", "籍湉岚", "普查中接受调查对象宴请", "二级", "普查纪律承诺。"],
    ]
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("综合股", "股长", "麦芷沅", "统计数据审核中授意篡改", "Ⅰ级"),
        ("普查中心", "普查员", "籍湉岚", "普查中接受调查对象宴请", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_MAIL_HEADERS" not in codes(got)
    assert "冼栖梧" not in set(got.risks["person"])


def test_filler_and_phone_line_over_an_ordinary_list(tmp_path):
    rows = [
        ["某县统计局廉政风险点一览表"],
        ["填报人：冼栖梧　联系电话：0891-6123456　填报时间：2025年3月2日"],
        ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "综合股", "股长", "麦芷沅", "统计数据审核中授意篡改", "一级", "数据审核留痕。"],
        [2, "普查中心", "普查员", "籍湉岚", "普查中接受调查对象宴请", "二级", "普查纪律承诺。"],
    ]
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("综合股", "股长", "麦芷沅", "统计数据审核中授意篡改", "Ⅰ级"),
        ("普查中心", "普查员", "籍湉岚", "普查中接受调查对象宴请", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_MAIL_HEADERS" not in codes(got)
    assert "MAIL_HEADER_UNREAD" not in codes(got)


def test_what_the_hundred_and_thirty_third_review_found_unit_list_sent_by_one_mail(tmp_path):
    """One mail ('发件人：沈昕玥 <…>', '主题：廉政风险点汇总表', no reply and no 科室 in it) over the
    whole unit's list, a 科室 column naming 财务股 and 办公室: the sender had been made the holder
    of every 科室's points. Several 科室 under one mail are the unit's list someone sent, no return
    of his own: read as before, no holder, and the 收件人 no 科室 of it."""
    rows = [
        ["某县统计局廉政风险点汇总（邮件）"],
        ["发件人：沈昕玥 <shenxinyue@163.com>"],
        ["发送时间：2025年3月4日 10:02"],
        ["收件人：局机关党委 <tjj_jgdw@163.com>"],
        ["主题：廉政风险点汇总表"],
        ["序号", "科室", "风险点", "风险等级", "防控措施"],
        [1, "财务股", "现金收付不及时入账", "一级", "日清月结。"],
        [2, "办公室", "公车私用", "二级", "派车登记。"],
        [3, "统计股", "统计数据弄虚作假", "一级", "数据三级审核。"],
    ]
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("财务股", "", "", "现金收付不及时入账", "Ⅰ级"),
        ("办公室", "", "", "公车私用", "Ⅱ级"),
        ("统计股", "", "", "统计数据弄虚作假", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_MAIL_HEADERS" not in codes(got)


def test_what_the_hundred_and_thirty_third_review_found_recipient_over_own_post_column(tmp_path):
    """A pasted mail over a list with its own 岗位 column (the column wins, the rule stands aside):
    its '收件人：局办公室 <…>' had been read as the list's 科室 — the rule's own promise (收件人 no
    科室) held only where it read the mail. The recipients are no 科室, post or holder of the list
    whichever rule reads it; no 科室 is better than the recipient's."""
    rows = [
        ["某县统计局岗位廉政风险点"],
        ["发件人：沈昕玥 <shenxinyue@163.com>"],
        ["发送时间：2025年3月4日 10:02"],
        ["收件人：局办公室 <tjj_bgs@163.com>"],
        ["主题：回复：风险点报送"],
        ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "出纳", "沈昕玥", "现金收付不及时入账", "一级", "日清月结。"],
        [2, "会计", "沈昕玥", "违规报销", "二级", "报销两人审核。"],
    ]
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("", "出纳", "沈昕玥", "现金收付不及时入账", "Ⅰ级"),
        ("", "会计", "沈昕玥", "违规报销", "Ⅱ级"),
    ])  # fmt: skip
