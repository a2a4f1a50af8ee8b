"""The six-hundred-and-fifty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's 网信 and 新闻
bodies, 土默特左旗 (of 呼和浩特市, 内蒙古) — its 委网信办, 网络安全应急指挥中心, 网络舆情信息中心,
融媒体中心, 新闻中心, 互联网信息内容管理中心, 网络安全技术保障中心 and 政务新媒体中心 — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel (the same shapes as batch558,
worded anew):

- the 委网信办's 一览表 in TWO SHEETS ``办领导`` / ``科室``, ``一级/二级/三级``, no type column;
- the 网络安全应急指挥中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险点 | 风险表现``, ``…风险`` types, 高/中/低;
- the 网络舆情信息中心's 自查表, one sheet a person, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 融媒体中心's 清单 under GROUP ROWS, ``一级风险/二级风险/三级风险``;
- the 新闻中心's 防控卡, one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 互联网信息内容管理中心's 一览表 under ``附件2`` and a 填报单位 line, ``高风险/中风险/低风险``, short types;
- the 网络安全技术保障中心's 排查登记表, ``风险类别``, ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``tumed_new_media_accounts_roles``: the 政务新媒体中心's 廉政风险防控清单, ONE ROW A POINT
  (``序号 | 平台账号 | 涉及角色 | 廉政风险点 | 风险等级 | 防控措施``) with NO holder column: each row names the
  account it concerns (``“土左发布”微信公众号``, merged down over its rows) and the ROLE on that account
  (``运维管理员 | 内容编辑 | 终审人``); under the list an ``附：政务新媒体账号管理责任表`` — ``账号名称 | 运维管理员 |
  内容编辑 | 终审人``, one row an account, each cell ``姓名（职务）`` — gives who holds each role on each
  account. A row's holder is the cell at its account's row and its role's column (a two-key lookup),
  and one person holds roles on several accounts (the 编辑 詹萸汐 on two, the 副主任 嵇蔚岷 终审人 of
  two, the 科员 嵇翾棣 运维管理员 of two). The README's 读得懂的表 knows a 责任主体 column resolved by a
  roster keyed by group, a 包保 roster keyed by enterprise, a per-row 风险环节 picking among
  ``经办人 | 复核人 | 审批人`` columns of the SAME row, and a business × post permission grid; it does not
  describe a list keyed by (platform account, role) whose holders stand only in an account × role
  roster under the table.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (a 政府网站和政务新媒体 信息内容安全 排查 notice, a 区 网络与信息安全事件 处置 flow, a 县
政务新媒体 运营监管 规范, news on 新闻界 反腐 and 有偿新闻, a paper on 新闻寻租, a 县局 政务新媒体管理制度
with 三级审核, a 区政务新媒体平台管理办法, a 局 政务新媒体信息发布管理制度), and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(the rare surnames 詹 and 嵇 with rare given names); every unit is a body of 土默特左旗 (the word
``土默特左旗`` is in no earlier unit).

Run ``python tests/published/score.py --set batch654`` and do not tune the reader against it, or
it stops being held out.

Judgement calls: in the harder file each row's point is a point of the person the 账号管理责任表 gives
at the row's account and role (name and post from that cell, ``姓名（职务）``), one form a holder, no
科室; the 责任表's own rows, the ``注：`` line and the 制表 line are no points. Otherwise as batch558:
leaders' 科室 cells (``中心领导``) are their 科室; a 科/部 is a 科室; 主任/副主任 of a unit are leaders, 科长
and a 部's 主任 middle, the rest general; ``风险点 | 风险表现`` takes the short 风险点; the 网络安全应急指挥中心's
list names no person (对岗不对人); all the level words are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b654_"
PLACE = "土默特左旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

ROLES = ("运维管理员", "内容编辑", "终审人")

# the 账号管理责任表 under the list: account -> one (name, post, tier) a role, in ROLES order
ACCOUNTS = {
    "“土左发布”微信公众号": (("嵇翾棣", "科员", "general"), ("詹萸汐", "编辑", "general"),
                       ("嵇蔚岷", "副主任", "leader")),
    "“土默特左旗融媒”抖音号": (("詹珝枞", "技术员", "general"), ("詹萸汐", "编辑", "general"),
                        ("嵇蔚岷", "副主任", "leader")),
    "“敕勒川土左”微博": (("嵇翾棣", "科员", "general"), ("詹岍禕", "编辑", "general"),
                     ("詹霖琬", "主任", "leader")),
}  # fmt: skip

# (平台账号, 涉及角色, 廉政风险点, 风险等级, 防控措施)
ROWS = [
    ("“土左发布”微信公众号", "运维管理员", "账号密码不按规定专人保管，私自转借他人使用", "中",
     "账号密码专人管理，离岗交接后及时修改。"),
    ("“土左发布”微信公众号", "内容编辑", "收受企业好处，以政务信息名义发布商业推广软文", "高",
     "严禁发布商业广告等经营性信息，稿件留痕可追溯。"),
    ("“土左发布”微信公众号", "终审人", "三审制流于形式，未经审核即签发", "高", "落实初审、复审、终审，审核记录存档。"),
    ("“土默特左旗融媒”抖音号", "运维管理员", "接受代运营服务商宴请和礼品", "中", "签订廉洁承诺书，节前廉洁提醒。"),
    ("“土默特左旗融媒”抖音号", "内容编辑", "短视频拍摄向被报道单位索要费用", "高", "拍摄任务由中心统一派单，公开监督电话。"),
    ("“土默特左旗融媒”抖音号", "终审人", "违规同意为企业直播带货引流并收取费用", "高", "直播活动报中心主任办公会研究。"),
    ("“敕勒川土左”微博", "运维管理员", "擅自删除网民留言、屏蔽投诉谋取私利", "中", "留言处置双人复核，删除须登记事由。"),
    ("“敕勒川土左”微博", "内容编辑", "转载非规定稿源信息，接受有偿转发", "中", "转载只用规定稿源，注明来源。"),
    ("“敕勒川土左”微博", "终审人", "账号代运营服务采购指定服务商", "高", "服务采购按政府采购程序，集体研究确定。"),
]  # fmt: skip


def tumed_new_media_accounts_roles() -> dict:
    unit = f"{PLACE}政务新媒体中心"
    sh = _Sheet("防控清单", [6, 24, 12, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "平台账号", "涉及角色", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for i, (acct, role, point, lv, measures) in enumerate(ROWS, 1):
        sh.add(i, acct, role, point, lv, measures)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    _line(sh, "附：政务新媒体账号管理责任表", 6)
    sh.add("账号名称", None, *ROLES, None)
    for acct, people in ACCOUNTS.items():
        sh.add(acct, None, *(f"{who}（{post}）" for who, post, _tier in people), None)
    _line(sh, "注：风险点按“平台账号+涉及角色”落实到人，风险等级分高、中、低三级。", 6)
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    # the truth one form a holder, in order of first appearance in the 责任表
    holders: list[tuple[str, str, str]] = []
    for people in ACCOUNTS.values():
        for p in people:
            if p not in holders:
                holders.append(p)
    for who, post, tier in holders:
        for acct, role, point, lv, _measures in ROWS:
            if ACCOUNTS[acct][ROLES.index(role)][0] == who:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    return _layout(
        "tumed_new_media_accounts_roles", "https://m.wenke99.com/p-14997069.html",
        "(harder) 旗政务新媒体中心 廉政风险防控清单, after the source's 政务新媒体信息发布管理制度 (账号密码专职人员管理, "
        "离岗交接, 收集审查, 最终发布): a title, 序号/平台账号 merged/涉及角色 ``运维管理员/内容编辑/终审人``/廉政风险点/"
        "风险等级 高/中/低/防控措施, NO holder column; under it a 账号管理责任表 ``账号名称 | 运维管理员 | 内容编辑 | "
        "终审人`` whose cells are ``姓名（职务）``: a row's holder is the cell of its account's row under its role's "
        "column (one person several accounts); a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tumed_cyberspace_office_two_sheets() -> dict:
    unit = f"{PLACE}委网信办"
    t = _Truth(unit)
    lead = _Sheet("办领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("詹翊珣", "主任", "主持全面工作", [
            ("网络安全检查对象确定带有倾向性，选择性执法", "一级", "检查对象随机抽取，检查结果公开。"),
            ("政府网站集约化平台建设项目干预招投标", "一级", "项目一律进入旗公共资源交易中心。"),
        ]),
        ("嵇翃湄", "副主任", "分管网络安全、信息化", [
            ("网络安全等级保护测评机构推荐指定", "一级", "测评机构由单位自主选择，不得推荐。"),
            ("信息化项目验收把关不严", "二级", "验收邀请第三方专家参加。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("网络安全科", "科长", "詹峣澂", "middle", "网站安全隐患通报后整改督办不力，收受好处", "一级",
         "隐患整改台账销号管理，逐项复查。"),
        ("网络安全科", "科长", "詹峣澂", "middle", "网络安全事件调查处理瞒报漏报", "二级", "事件报告实行双人签字。"),
        ("网络安全科", "科员", "嵇沄翯", "general", "检查中泄露被检查单位数据和漏洞信息", "二级", "检查数据专机存放，签订保密承诺。"),
        ("网络传播科", "科长", "詹琇岢", "middle", "网站备案和属地管理审核走过场", "二级", "备案审核两人经办，资料存档。"),
        ("网络传播科", "科员", "嵇瑀沨", "general", "网络举报线索不登记、私下处置", "三级", "举报线索统一登记编号，定期核查。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合科", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "tumed_cyberspace_office_two_sheets", "http://www.ahsl.gov.cn/content/detail/5c36a7b80a586750698b4661.html",
        "旗委网信办 廉政风险防控一览表 in TWO SHEETS, after the source's 政府网站和政务新媒体 信息内容安全 全面排查 (发布审查, "
        "保密审查, 个人隐私, 三审制, 值班值守): sheet 办领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def tumed_emergency_centre_posts() -> dict:
    unit = f"{PLACE}网络安全应急指挥中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "应急设备采购", "应急处置设备采购需求量身定制，指定品牌", "制度机制风险", "高",
         "采购需求经专家论证，按政府采购程序办理。"),
        ("监测预警科", "科长", "middle", "事件研判定级", "收受好处降低网络安全事件等级", "岗位职责风险", "高",
         "事件定级集体研判，研判记录存档。"),
        ("监测预警科", "科长", "middle", "预警信息通报", "向被通报单位透露处置信息谋利", "思想道德风险", "中",
         "通报信息按程序报批，专人发送。"),
        ("应急处置科", "科长", "middle", "技术支撑单位选定", "应急技术支撑单位选定暗箱操作", "外部环境风险", "中",
         "支撑单位公开遴选，名单公示。"),
        ("应急处置科", "技术员", "general", "现场处置取证", "处置中私自拷贝、留存被处置单位数据", "业务流程风险", "中",
         "现场处置两人以上，拷贝数据登记销毁。"),
        ("应急处置科", "技术员", "general", "演练经费报销", "应急演练经费虚列支出", "业务流程风险", "低",
         "演练经费凭方案和签到表报销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "tumed_emergency_centre_posts", "https://dajudeng.com/Categor/TagList?tid=601299",
        "旗网络安全应急指挥中心 岗位廉政风险点排查表 对岗不对人, after the source's 网络与信息安全事件 处置流程 (事发单位报告, "
        "区网安应急指挥办 先期处置, 事件等级, 预警级别): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def tumed_opinion_centre_selfchecks() -> dict:
    unit = f"{PLACE}网络舆情信息中心"
    t = _Truth(unit)
    people = [
        ("詹沅暻", "中心领导", "主任", "leader", [
            ("舆情报告选择性上报，为相关单位遮掩负面舆情", "Ⅰ级", "舆情专报按规定时限报送，留存底稿。"),
            ("舆情监测服务外包指定供应商", "Ⅱ级", "服务采购集体研究，合同公开。"),
        ]),
        ("嵇珞岙", "监测科", "监测员", "general", [
            ("收受好处对涉事企业舆情不监测、不报送", "Ⅰ级", "监测关键词统一设置，日志留痕。"),
            ("泄露网民个人信息", "Ⅲ级", "数据分级授权访问。"),
        ]),
        ("詹曦泠", "研判科", "研判员", "general", [
            ("舆情研判报告照搬照抄、虚报工作量", "Ⅱ级", "报告抽查复核，计入考核。"),
            ("私下为企业提供有偿舆情服务", "Ⅲ级", "严禁兼职取酬，签订承诺书。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实")
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "tumed_opinion_centre_selfchecks", "http://jh.gov.cn/jhxzspfwj/0200/202506/dad5e4b17e174c4f8bd361c950ee0bdd.shtml",
        "旗网络舆情信息中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 政务新媒体 "
        "运营监管 规范 (开设备案, 内容保障, 协同联动, 关停注销): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def tumed_media_centre_group_rows() -> dict:
    unit = f"{PLACE}融媒体中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "嵇昀琤", "leader", [
                ("利用发稿权搞有偿新闻或有偿不闻", "一级风险", "稿件三审，批评报道集体研究。"),
                ("广告经营搞营销摊派", "一级风险", "广告经营与采编分离，价格公开。"),
            ]),
        ]),
        ("二、采编部", "采编部", [
            ("主任", "詹澋岫", "middle", [
                ("以负面报道要挟索要广告费、赞助费", "二级风险", "批评报道线索登记，报道前报中心审定。"),
            ]),
            ("记者", "嵇泷翙", "general", [
                ("采访中收受被采访单位红包、礼品", "二级风险", "采访任务派单留痕，签订廉洁承诺。"),
                ("虚报采访差旅费", "三级风险", "差旅凭派单和行程报销。"),
            ]),
        ]),
        ("三、广告经营部", "广告经营部", [
            ("主任", "詹瑢滟", "middle", [
                ("广告合同价格随意打折，收受回扣", "二级风险", "广告价格经集体研究，合同统一管理。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "tumed_media_centre_group_rows", "https://zxsc1.com/press/reporter/contents/245/225620",
        "旗融媒体中心 廉政风险防控责任清单, after the source's 新闻界 反腐 (有偿新闻, 新闻敲诈, 广告费 赞助费, 红包文化): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、采编部``, ``三、广告经营部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def tumed_news_centre_cards() -> dict:
    unit = f"{PLACE}新闻中心"
    t = _Truth(unit)
    cards = [
        ("主任", "詹岚翯", "主任", "主持中心全面工作", "leader", [
            ("新闻报道选题接受请托、收受好处", "★★★", "选题会集体确定，记录存档。"),
            ("设备采购不经集体研究", "★★★", "采购事项中心办公会研究。"),
            ("接受被报道单位宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "嵇霂玚", "副主任", "分管采访部、编辑部", "leader", [
            ("稿件审签把关不严，刊发有偿软文", "★★", "稿件三审三校，签发留痕。"),
            ("通讯员稿酬发放虚报冒领", "★★", "稿酬按月公示，银行发放。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "tumed_news_centre_cards", "http://m.jizihe.com/page/2023/1220/22788798.shtml",
        "旗新闻中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 新闻寻租 (有偿新闻, 有偿不闻, 新闻敲诈, "
        "媒介权力): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def tumed_content_centre_list() -> dict:
    unit = f"{PLACE}互联网信息内容管理中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "嵇曜岑", "leader", "违法违规网站处置“打招呼”、放宽标准", "制度机制", "高风险",
         "处置意见集体研究，处置结果登记。"),
        ("中心领导", "主任", "嵇曜岑", "leader", "网络平台约谈中收受企业礼品礼金", "思想道德", "中风险",
         "约谈两人以上参加，全程记录。"),
        ("巡查科", "科长", "詹湘珧", "middle", "巡查发现的有害信息不按规定处置", "岗位职责", "中风险",
         "巡查台账每日汇总，科长复核。"),
        ("巡查科", "巡查员", "嵇朏琰", "general", "有偿为他人删帖、撤稿", "外部环境", "高风险",
         "删帖处置须经审批，后台日志留存。"),
        ("巡查科", "巡查员", "嵇朏琰", "general", "巡查记录弄虚作假", "业务流程", "低风险", "巡查记录随机抽查。"),
        ("综合科", "会计", "詹汭琪", "general", "巡查服务外包费用审核不严", "业务流程", "中风险",
         "报账单据经办人、证明人、审批人三签。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "tumed_content_centre_list", "https://www.yxes.gov.cn/esxzfxxgk/esxnyjxxgkznzdml8329/20231030/1491949.html",
        "旗互联网信息内容管理中心 岗位廉政风险防控一览表, after the source's 政务新媒体管理制度 (三级审核, 发布人, 审核人, "
        "转载注明来源, 商业广告): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def tumed_security_support_register() -> dict:
    unit = f"{PLACE}网络安全技术保障中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "詹玥嵚", "leader", [
            ("机房运维服务项目不按程序采购", "制度机制", "一级", "运维服务按政府采购目录采购。"),
            ("亲属参与中心技术服务业务", "思想道德", "二级", "亲属回避，服务商名单公示。"),
        ]),
        ("技术保障科", "科长", "嵇淏珂", "middle", [
            ("漏洞扫描结果选择性通报", "岗位职责", "二级", "扫描报告原件存档，每月核对。"),
        ]),
        ("技术保障科", "工程师", "詹翕岷", "general", [
            ("利用系统管理员权限私自查询数据", "外部环境", "一级", "权限分级授权，操作日志审计。"),
            ("设备维修虚报配件", "业务流程", "三级", "维修配件旧件回收登记。"),
        ]),
        ("综合科", "出纳", "嵇蓁泺", "general", [
            ("公款私存、现金坐支", "业务流程", "一级", "现金日清月结，定期盘点。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "tumed_security_support_register", "http://fzja.gov.cn/xjwz/zwgk/zfxxgk/zfxxgkzd/202405/t20240507_4819556.htm",
        "旗网络安全技术保障中心 廉政风险点排查登记表, after the source's 区政务新媒体平台管理办法 (谁开设谁主管, 责任体系, "
        "发布审核机制, 备案登记): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tumed_new_media_accounts_roles(),
    tumed_cyberspace_office_two_sheets(),
    tumed_emergency_centre_posts(),
    tumed_opinion_centre_selfchecks(),
    tumed_media_centre_group_rows(),
    tumed_news_centre_cards(),
    tumed_content_centre_list(),
    tumed_security_support_register(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch654-inbox"))
