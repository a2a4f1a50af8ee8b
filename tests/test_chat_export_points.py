"""A work-group chat export (WeChat, 钉钉, 企业微信), one row a message under ``序号 | 时间 |
发送人 | 消息内容`` (or ``发送时间 | 群昵称 | 聊天内容``, ``时间 | 发送者 | 消息``): the sender's group
nickname (``科室-职务-姓名``, ``职务_姓名``, ``姓名-职务``, parts by ``-``, ``_``, ``｜`` or spaces) is the
holder, and each of his messages opening with a point's label (``风险点：…；等级：高；措施：…。``,
``廉政风险点:…;风险等级:一级;防控措施:…``, ``风险隐患：…；级别：…``) is one point of his, the level
and measures from the clauses labelled so (info CHAT_EXPORT_POINTS, once a sheet). One form a
sender, his messages scattered over the log; a point message with no level clause is read with
no level (LEVEL_BLANK as ever). Notices, ``收到``, ``[图片]``, questions and template
placeholders are no points; a message quoting a point (``转发：风险点：…``) is not the sender's own
point and is named in the issue, unread; a sender whose nickname names no post or name has his
messages named and not read. Before, such a sheet gave FILE_NO_FORM and lost every point
(batch713's 黑木耳产业园区管理中心).

Not that batch's words: a 县市场监管局's 微信群 export with ``时间 | 发送者 | 聊天内容`` (no 序号),
``-``/``_``/space nicknames, ASCII ``:``/``;`` clauses ``廉政风险点 | 风险等级 | 防控措施`` and
``一级/二级/三级``, two points in one message; a 乡镇's 钉钉群 export ``序号 | 发送时间 | 群昵称 |
消息`` with ``风险隐患：…；级别：高风险`` and ``姓名-职务`` nicknames, a point sent with no level, a
forwarded point and a sender named by a nickname only; and the near-misses: a chat export whose
only mentions of 风险点 are notices, a real list pasted below a chat, a 收文登记 ledger
``时间 | 发送人 | 内容`` with no point messages.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config

CODE = "CHAT_EXPORT_POINTS"


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append(
                (post.get("department"), post.get("title"), post.get("person"),
                 d["risk_point"], d["risk_level"], d["measures"])
            )  # fmt: skip
    return got, r.issues


MARKET = [
    ["某县市场监督管理局工作群聊天记录", None, None],
    ["时间", "发送者", "聊天内容"],
    [
        "2025-05-06 08:30",
        "办公室_科员_褚岚",
        "各位同事：请按“廉政风险点:;风险等级:;防控措施:”格式发群里，周五前报完。",
    ],
    [
        "2025-05-06 08:41",
        "局长 司马蕙",
        "廉政风险点:重大行政处罚案件不经集体讨论;风险等级:一级;防控措施:重大案件一律提交案审委集体讨论。",
    ],
    ["2025-05-06 08:45", "执法一队-队长-皇甫翀", "收到"],
    [
        "2025-05-06 09:02",
        "执法一队-队长-皇甫翀",
        "廉政风险点:现场检查中选择性执法;风险等级:二级;防控措施:双随机抽取检查对象，执法记录仪全程记录\n"
        "廉政风险点:接受检查对象宴请;风险等级:三级;防控措施:签订廉洁承诺书",
    ],
    ["2025-05-06 09:10", "登记注册股-股长-欧阳澂", "[表情]"],
    ["2025-05-06 09:15", "办公室_科员_褚岚", "风险点:……;等级:……"],
    [
        "2025-05-06 09:16",
        "办公室_科员_褚岚",
        "风险点：（填写本岗位风险点）；等级：（一级/二级/三级）",
    ],
    [
        "2025-05-06 09:31",
        "登记注册股-股长-欧阳澂",
        "廉政风险点:企业登记材料审核把关不严;风险等级:二级;防控措施:一审一核，系统留痕",
    ],
    ["2025-05-06 10:02", "局长 司马蕙", "风险点:这一条要不要写表现？"],
    [
        "2025-05-06 10:20",
        "局长 司马蕙",
        "廉政风险点:干部选拔任用搞“一言堂”;风险等级:一级;防控措施:党组会集体研究，全程纪实",
    ],
]


def test_wechat_export_ascii_clauses_two_points_in_one_message(tmp_path):
    path = write_workbook(tmp_path / "市场监管局工作群.xlsx", {"群聊": MARKET})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("", "局长", "司马蕙", "重大行政处罚案件不经集体讨论", "Ⅰ级", "重大案件一律提交案审委集体讨论"),
        ("", "局长", "司马蕙", "干部选拔任用搞“一言堂”", "Ⅰ级", "党组会集体研究，全程纪实"),
        ("执法一队", "队长", "皇甫翀", "现场检查中选择性执法", "Ⅱ级", "双随机抽取检查对象，执法记录仪全程记录"),
        ("执法一队", "队长", "皇甫翀", "接受检查对象宴请", "Ⅲ级", "签订廉洁承诺书"),
        ("登记注册股", "股长", "欧阳澂", "企业登记材料审核把关不严", "Ⅱ级", "一审一核，系统留痕"),
    ])  # fmt: skip
    said = [i for i in issues if i.code == CODE]
    assert len(said) == 1 and said[0].cell == "C2" and said[0].severity == "info"
    assert "4 条消息读作 5 个风险点" in said[0].message and "共 3 人" in said[0].message
    assert not [i for i in issues if i.code in ("FILE_NO_FORM", "LEVEL_BLANK")]


TOWN = [
    ["某镇党政办钉钉群消息导出", None, None, None],
    ["导出人：党政办　导出时间：2025-07-01", None, None, None],
    ["序号", "发送时间", "群昵称", "消息"],
    [
        1,
        "07-01 08:00",
        "党政办-主任-夏侯彧",
        "@所有人 各站所按“风险隐患：…；级别：高风险/中风险/低风险；措施：…”接报",
    ],
    [
        2,
        "07-01 08:10",
        "公孙蓁-站长",
        "风险隐患：农机购置补贴审核不严；级别：高风险；措施：补贴对象公示，县农业农村局复核。",
    ],
    [
        3,
        "07-01 08:12",
        "党政办-主任-夏侯彧",
        "转发：风险隐患：公车私用；级别：中风险；措施：车辆统一停放",
    ],
    [4, "07-01 08:20", "财政所-出纳-闾丘翎", "风险隐患：现金收支不入账"],
    [5, "07-01 08:21", "财政所-出纳-闾丘翎", "[图片]"],
    [6, "07-01 08:30", "阳光总在风雨后", "风险隐患：低保评审走过场；级别：中风险；措施：民主评议"],
    [
        7,
        "07-01 09:00",
        "公孙蓁-站长",
        "风险隐患：技术服务收取好处费；级别：低风险；措施：服务公开承诺",
    ],
    [8, "07-01 09:30", "党政办-主任-夏侯彧", "好的，已汇总"],
]


def test_dingtalk_export_name_first_no_level_forwarded_and_nickname_only(tmp_path):
    path = write_workbook(tmp_path / "镇钉钉群.xlsx", {"消息记录": TOWN})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("", "站长", "公孙蓁", "农机购置补贴审核不严", "Ⅰ级", "补贴对象公示，县农业农村局复核"),
        ("", "站长", "公孙蓁", "技术服务收取好处费", "Ⅲ级", "服务公开承诺"),
        ("财政所", "出纳", "闾丘翎", "现金收支不入账", "", ""),
    ])  # fmt: skip
    said = [i for i in issues if i.code == CODE]
    assert len(said) == 1 and said[0].cell == "D3"
    assert "D6" in said[0].message and "C9" in said[0].message  # (forwarded; no holder named)
    assert [i.code for i in issues if i.code == "LEVEL_BLANK"] == ["LEVEL_BLANK"]
    assert "公车私用" not in {g[3] for g in got} and "低保评审走过场" not in {g[3] for g in got}


def test_near_miss_chat_of_notices_only_reads_no_form(tmp_path):
    rows = [
        ["序号", "时间", "发送人", "消息内容"],
        [
            1,
            "2025-06-01 08:00",
            "办公室-主任-夏侯彧",
            "@所有人 请按“风险点：…；等级：…”格式报廉政风险点",
        ],
        [2, "2025-06-01 08:05", "财务股-股长-公孙蓁", "收到"],
        [3, "2025-06-01 08:06", "财务股-会计-闾丘翎", "[图片]"],
        [4, "2025-06-02 09:00", "办公室-主任-夏侯彧", "风险点排查表下周统一填报，群里不用报了"],
    ]
    got, issues = _read(write_workbook(tmp_path / "通知群.xlsx", {"聊天记录": rows}))
    assert got == []
    assert CODE not in {i.code for i in issues} and "FILE_NO_FORM" in {i.code for i in issues}


def test_near_miss_real_list_below_a_chat_reads_the_list(tmp_path):
    rows = [
        ["序号", "时间", "发送人", "消息内容", None, None],
        [
            1,
            "2025-06-01 08:00",
            "办公室-主任-夏侯彧",
            "风险点：公文处理泄密；等级：中；措施：保密审查",
            None,
            None,
        ],
        [2, "2025-06-01 08:05", "财务股-股长-公孙蓁", "收到", None, None],
        [None] * 6,
        ["科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        ["财务股", "股长", "公孙蓁", "报销审核把关不严", "高", "双人审核"],
        ["财务股", "会计", "闾丘翎", "私设小金库", "中", "定期对账"],
    ]
    got, issues = _read(write_workbook(tmp_path / "清单.xlsx", {"Sheet1": rows}))
    assert CODE not in {i.code for i in issues}
    points = {g[3] for g in got}
    assert {"报销审核把关不严", "私设小金库"} <= points
    assert not any("公文处理泄密" in p for p in points)


def test_near_miss_incoming_ledger_without_point_messages(tmp_path):
    rows = [
        ["收文登记簿", None, None],
        ["时间", "发送人", "内容"],
        ["2025-03-01", "县纪委监委", "关于开展廉政风险点排查的通知"],
        ["2025-03-09", "县财政局", "关于报送预算执行情况的函"],
    ]
    got, issues = _read(write_workbook(tmp_path / "收文登记.xlsx", {"登记": rows}))
    assert got == [] and CODE not in {i.code for i in issues}
