"""The three-hundred-and-eighty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 公安 and
司法 bodies, 秦都区 (a district of 咸阳 on the north bank of the 渭河, its staff Han) — the
区公安分局, its 吴家堡派出所, 古渡派出所 and 交通警察大队, the 区司法局, the 渭滨街道司法所, the 区法律援助中心
and the 区社区矫正中心 — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in
WPS or Excel:

- the 公安分局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``部门`` (``部门`` merged, ``岗位`` and ``姓名`` merged per person), 高/中/低, no type column, a
  制表/审核/date line under each;
- the 司法局's 责任清单 under GROUP ROWS ``一、局领导``, ``二、律师公证管理股``, ``三、社区矫正管理股``,
  ``四、办公室`` merged across (no 股室 column): ``岗位 | 姓名`` merged per person, ``职责事项`` before
  the ``廉政风险点``, short types, ``一级/二级/三级`` read by a ``注：`` line;
- the 法律援助中心's 排查表 对岗不对人 after the shape of its source (a 司法局's 权力事项 table):
  ``权力事项`` merged, a short ``风险点`` beside a long ``表现形式``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``,
  the measures, and the post in a LAST column ``责任岗位``; no names, no 科室;
- the 渭滨街道司法所's 自查表, one sheet a person (tabs named by the holder): a ``单位：…`` line, pairs
  ``姓　名 | … | 职　务 | …`` above ``序号 | 工作环节 | 风险点 | 风险类型 | 风险等级 | 防控措施``, short
  types, ``高风险/中风险/低风险``, ``本人签名： | … | 所长审核：``;
- the 吴家堡派出所's 防控卡, one sheet a holder (tabs named by the post): pairs ``持卡人 | … | 职　务 |
  …`` and ``所在部门 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, no type column,
  ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 所长签字：``;
- the 交通警察大队's 一览表 written out on EVERY row, nothing merged: ``中队 | 岗位 | 姓名``, ``…风险``
  types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line;
- the 社区矫正中心's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``科室`` merged,
  ``岗位 | 姓名`` merged per person, short types, 高/中/低, a 填表人/审核人/中心主任（签字） line.

One is harder:

- ``qindu_gudu_police_station_holders_in_comments``: the 古渡派出所's 岗位廉政风险防控表, filled in on
  the 分局's template, an ordinary list to the eye (a title, a ``填报单位：…　填报时间：…`` line,
  ``序号 | 部门 | 岗位 | 工作环节 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, ``部门`` merged, ``岗位``
  merged per post, short types, ``一级风险/二级风险/三级风险``, a ``注：`` line and a 填表人/审核人/date
  line) — whose HOLDERS ARE GIVEN ONLY IN CELL COMMENTS (批注). The template has no 姓名 column; the
  分局's notice asked each 所 to mark who holds each post, and the 所's 内勤 did so the way Excel and
  WPS allow without touching the template's columns: a comment on each 岗位 cell (the top-left cell
  of its merge), ``Administrator:⏎岗位责任人：虢澂翛``, with Excel's author line first. The note under
  the table says so (``…岗位责任人已按分局通知以批注形式标注在岗位单元格。``). No cell of the sheet
  names a person; the comments are in ``xl/comments1.xml`` (with the legacy VML drawing Excel keeps
  for them), shown as red corner marks. The README's 读得懂的表 knows comments only in HEADER cells,
  read for what a code means (``1—思想道德风险``, ``A—一级（高）风险``); it knows holders in a text box,
  in a page footer, on a cover sheet, in a roster sheet or a table beside the list, in a hidden
  column, in a formula linked to another workbook, in the tab name, in the title and in signature
  lines, but not a holder written in a COMMENT ON THE POST'S CELL. No earlier batch puts a person in
  a comment: ``grep -l write_comment tests/published/batch*.py`` finds batch39 (a reviewer's question
  on a level cell, no holder) only, and batch361/381 put code legends in header comments.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市公安局's 枫桥式公安派出所 创建
方案 — 矛盾不上交, 平安不出事, 服务不缺位, 多元化解矛盾, 社区警务; a 区公安分局's 清廉 警队 — 经侦大队, 巡特警, 派出所, 接处警, 兼职法制员, 驻局纪检督察组; a 市司法局's
信息公开制度 — 律师管理, 公证管理, 律师事务所 监督检查, 公证员 任职; a 法律援助处's 法律援助事项指派
规则 — 受理, 指派基本流程, 优先指派, 暂停指派, 更换承办人员; a 县政府's answer on 社区矫正人员 外出请假 —
书面申请, 外出审批表, 司法所负责人审批, 外出证明, 七日以上报县级司法行政机关; a 市公安局's 户口清理
整顿 通告 — 无户口人员登记, 应销未销户口, 重复虚假户口, 人户分离, 身份证申领; an essay on a 交警大队's
职责 — 交通秩序管理, 违法行为查处, 事故现场勘查, 责任认定, 车辆拖移; a 区司法局's 社区矫正 请假外出
监管 — 审批程序, 请假事由, 担保人, 外出批准书) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names, three characters each); every unit is a body of 秦都区, named with
the district's name (no earlier unit holds ``秦都区``).

Run ``python tests/published/score.py --set batch387`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the comment on a 岗位 cell names that post's holder (``岗位责任人：…``, Excel's
  author line ``Administrator:`` being no one), for every row the merged 岗位 cell covers; the list is
  NOT 对岗不对人: each form names the person of its comment; the comments are no point, and the note
  that tells of them is no point;
- ``局领导`` (the 分局's sheet of its leaders, named so by its tab and title; a group row of the
  司法局), ``所领导`` (a 部门 cell of the 古渡派出所, the 吴家堡 card's ``所在部门``), ``大队领导`` (a 中队
  cell of the 交警大队) and ``中心领导`` (a 科室 cell of the 社区矫正中心) are the 科室 of those leaders;
  a 分局's 大队 and 室, a 所's 室 and 队, a 交警大队's 中队 and 车管所, a 局's and a 中心's 股 are 科室;
  a group row ``二、律师公证管理股`` gives the 科室 ``律师公证管理股`` (its number left off);
- the 派出所, the 交通警察大队 and the 渭滨街道司法所 are units of their own (named so in their titles,
  单位 and 填报单位 lines); the 司法所's 自查表 and the 法律援助中心's 排查表 name no 科室, so their forms
  have none;
- 局长, 政委, 副局长, 所长, 教导员, the 交警大队's 大队长 (the head of a unit) and a 中心's 主任 are
  leaders; the 大队长 of a 分局's 大队 (治安管理大队), the 主任 of a 分局's 室 (警务保障室), 队长, 中队长 and
  股长 middle; the rest (户籍内勤, 社区民警,
  办案民警, 法制员, 会计, 事故处理民警, 登记员, 科员, 出纳, 司法助理员, 受理员, 审查员, 质量监督员,
  矫正专干, 档案管理员) general;
- ``风险点 | 表现形式`` (the 法律援助中心's list): the point is the short 风险点; its ``责任岗位`` names the
  post; ``权力事项``, ``分管工作``, ``职责事项``, ``工作环节`` and ``持卡时间`` are no points and name no
  holder;
- ``高/中/低``, ``一级/二级/三级`` (read by the 司法局's note), ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``,
  ``★★★/★★/★`` (read by the cards' note), bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 交警大队's note) and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44.write_xlsx``
plus a sheet's ``comments``, written with xlsxwriter's ``write_comment`` as Excel keeps them) and
``truth.json``; no re-saved copies (as batch280 and batch386).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b387_"
PLACE = "秦都区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年6月"


# --------------------------------------------------------------------------- harder layout

COMMENTED_UNIT = f"{PLACE}公安分局古渡派出所"
COMMENTED_TAB = "防控表"
COMMENTED_HEAD = (
    "序号",
    "部门",
    "岗位",
    "工作环节",
    "廉政风险点",
    "风险类型",
    "风险等级",
    "防控措施",
)
COMMENT_AUTHOR = "Administrator"
COMMENT_LABEL = "岗位责任人："
# (部门, [(岗位, holder, tier, [(工作环节, 廉政风险点, 风险类型, 风险等级, 防控措施)])])
COMMENTED_ROWS = [
    ("所领导", [
        ("所长", "虢澂翛", "leader", [
            ("案件审批", "对治安案件降格处理、以罚代刑签批同意", "岗位职责", "一级风险",
             "案件审批意见网上流转留痕，重大案件所务会集体研究。"),
            ("警力调配", "为说情打招呼人员安排轻松岗位、调整巡区", "思想道德", "二级风险",
             "警力调配方案所务会研究，调整情况公示。"),
        ]),
        ("教导员", "戢岍蕤", "leader", [
            ("辅警管理", "辅警招录推荐、考核评优优亲厚友", "制度机制", "二级风险",
             "辅警考核细则公开，考核结果全所公示。"),
        ]),
    ]),
    ("综合指挥室", [
        ("户籍内勤", "卻沨瑀", "general", [
            ("户口迁入审核", "对不符合条件的落户申请违规办理", "业务流程", "一级风险",
             "落户材料内勤初审、所领导复审，办理结果系统留痕。"),
            ("人口信息查询", "违规查询、泄露公民个人信息", "外部环境", "一级风险",
             "查询实名登记、说明事由，查询日志每月抽查。"),
        ]),
    ]),
    ("社区警务队", [
        ("社区民警", "邰曈琮", "general", [
            ("出租房屋检查", "检查中接受房东宴请，对隐患不督促整改", "外部环境", "二级风险",
             "检查两人同行、执法记录仪全程记录。"),
            ("矛盾纠纷调解", "调解中偏袒一方，收受当事人财物", "思想道德", "三级风险",
             "调解协议当事人签字确认，定期回访。"),
        ]),
    ]),
    ("案件办理队", [
        ("队长", "蹇溍峄", "middle", [
            ("受案立案", "对报案不受理、不立案，压案不查", "岗位职责", "一级风险",
             "接报警情全部录入警综平台，受立案情况每周通报。"),
            ("涉案财物管理", "涉案财物不入库登记，私自截留处置", "制度机制", "一级风险",
             "涉案财物统一入库，专人管理、定期盘点。"),
        ]),
        ("办案民警", "詹翾崟", "general", [
            ("调查取证", "询问笔录不如实记录，为当事人开脱", "业务流程", "二级风险",
             "询问全程录音录像，笔录法制员审核。"),
            ("强制措施", "违规变更、解除强制措施，收受好处", "岗位职责", "一级风险",
             "强制措施审批网上流转，变更解除报分局法制大队审核。"),
        ]),
    ]),
]  # fmt: skip


def qindu_gudu_police_station_holders_in_comments() -> dict:
    unit = COMMENTED_UNIT
    sh = _Sheet(COMMENTED_TAB, [6, 12, 10, 13, 34, 10, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：{DATE}", 8)
    sh.add(*COMMENTED_HEAD)
    first = len(sh.rows)
    comments = {}
    n = 0
    for dept, posts in COMMENTED_ROWS:
        for post, who, tier, points in posts:
            comments[(len(sh.rows), 2)] = f"{COMMENT_AUTHOR}:\n{COMMENT_LABEL}{who}"
            for step, point, typ, lv, measures in points:
                n += 1
                sh.add(n, dept, post, step, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2)
    _line(sh, "注：1.风险等级分为一级风险、二级风险、三级风险，一级风险为最高；2.岗位责任人已按分局通知以批注形式"
              "标注在岗位单元格。", 8)  # fmt: skip
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    lay = _layout(
        "qindu_gudu_police_station_holders_in_comments", "https://ppfocus.com/0/tr10eb10c.html",
        "(harder) 区公安分局古渡派出所 岗位廉政风险防控表 on the 分局's template, after the source's 枫桥式公安派出所 创建方案 (矛盾"
        "不上交, 平安不出事, 服务不缺位, 多元化解矛盾, 社区警务, 执法办案): a title, a merged ``填报单位：…　填报时间：2025年6月`` line, "
        "序号/部门 merged (所领导, 综合指挥室, 社区警务队, 案件办理队)/岗位 merged per post/工作环节/廉政风险点/风险类型 (short "
        "names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施, a ``注：`` line and a 填表人/审核人/date line — NO 姓名 column: "
        "each post's holder is written ONLY IN A CELL COMMENT (批注) on its 岗位 cell, ``Administrator:⏎岗位责任人：…``, as "
        "the note under the table says",
        [sh], t,
    )  # fmt: skip
    lay["sheets"][0]["comments"] = comments
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def qindu_public_security_bureau_two_sheets() -> dict:
    unit = f"{PLACE}公安分局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("钮璆赟", "局长", "主持分局全面工作", [
            ("重大警务事项和大额经费使用不经党委会集体研究", "高", "“三重一大”事项党委会集体决策，会议纪要存档。"),
            ("干预插手具体案件办理", "高", "领导干部干预案件办理记录报告，季度通报。"),
        ]),
        ("尉迟澔", "政委", "分管政工、纪检督察", [
            ("民警职级晋升、评先评优搞平衡照顾", "中", "晋升评优条件公开，结果全局公示。"),
        ]),
        ("莘昶翯", "副局长", "分管治安、派出所工作", [
            ("特种行业许可审批把关不严", "高", "许可审批实行初审、复审两级把关，结果网上公开。"),
            ("对辖区娱乐场所违法经营打招呼说情", "中", "娱乐场所检查交叉进行，检查情况月报。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], HML[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("部门", [6, 14, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}部门岗位廉政风险防控表", 7)
    staff.add("序号", "部门", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("治安管理大队", "大队长", "滑霈岍", "middle", [
            ("治安案件审核中降格处理、畸轻畸重", "高", "案件审核对照裁量基准，审核意见留痕。"),
            ("对旅馆业、废旧金属收购业检查走过场", "中", "检查对象随机抽取，检查结果通报。"),
        ]),
        ("法制大队", "法制员", "乜韫珩", "general", [
            ("案件法制审核不严，对证据不足的案件出具同意意见", "高", "法制审核清单化，疑难案件集体研究。"),
        ]),
        ("警务保障室", "主任", "訾洺蕤", "middle", [
            ("警用装备采购指定品牌、供应商", "高", "装备采购进入公共资源交易平台，验收三方签字。"),
            ("公务用车私用，虚报加油维修费用", "低", "车辆定位管理，加油维修按月公示。"),
        ]),
        ("警务保障室", "会计", "冀湉翀", "general", [
            ("报销票据审核不严，虚列支出", "中", "报销票据逐张审核，按月对账。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "qindu_public_security_bureau_two_sheets", "http://jxxznews.zjol.com.cn/system/2019/05/21/031662226.shtml",
        "区公安分局 file in two sheets after the source's 清廉 警队 of a 区公安分局 (经侦大队, 巡特警, 派出所, 接处警, 兼职法制员, "
        "驻局纪检督察组): ``局领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) and ``部门`` "
        "(a title, 序号/部门 merged (治安管理大队, 法制大队, 警务保障室)/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); "
        "高/中/低; no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def qindu_justice_bureau_group_rows() -> dict:
    unit = f"{PLACE}司法局"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "雍瑀澂", "leader", [
                ("重大事项决策", "重大事项不经党组会集体研究，个人说了算", "制度机制", "一级", "“三重一大”事项党组会集体研究。"),
                ("干部选任", "干部推荐考察中搞亲亲疏疏", "思想道德", "一级", "干部选任全程纪实，结果公示。"),
            ]),
        ]),
        ("二、律师公证管理股", "律师公证管理股", [
            ("股长", "璩岑曜", "middle", [
                ("律师执业审核", "对不符合条件的律师执业申请出具同意意见", "岗位职责", "一级", "执业审核材料清单化，结果公示。"),
                ("律师事务所年度考核", "考核走过场，为关系所打高分", "外部环境", "二级", "考核组随机组成，考核结果公开。"),
            ]),
        ]),
        ("三、社区矫正管理股", "社区矫正管理股", [
            ("股长", "佘沨暻", "middle", [
                ("调查评估", "社区矫正调查评估意见受人情干扰", "思想道德", "一级", "调查评估两人以上，意见集体研究。"),
            ]),
            ("科员", "谌翾淼", "general", [
                ("请假审批报批", "对超期请假的矫正对象违规报批", "业务流程", "二级", "请假审批网上流转，逐级审核留痕。"),
            ]),
        ]),
        ("四、办公室", "办公室", [
            ("出纳", "鞠琮岚", "general", [
                ("现金管理", "现金坐支、公款私存", "制度机制", "三级", "现金日清月结，每月盘点。"),
                ("经费报销", "报销票据审核不严，虚列会议培训费", "岗位职责", "二级", "报销票据经手人、审核人、审批人三签。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        "qindu_justice_bureau_group_rows", "http://sfj.lf.gov.cn/system/2023/07/06/030235403.shtml",
        "区司法局 廉政风险防控责任清单 under GROUP ROWS ``一、局领导`` … ``四、办公室`` merged across (no 股室 column), after the "
        "source's 市司法局 信息公开制度 (律师管理, 公证管理, 律师事务所 监督检查, 公证员 任职): a title, then 序号/岗位 and 姓名 merged "
        "per person/``职责事项``/廉政风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and a "
        "制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def qindu_legal_aid_center_posts() -> dict:
    unit = f"{PLACE}法律援助中心"
    sh = _Sheet("排查表", [6, 14, 18, 36, 13, 9, 32, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "权力事项", "风险点", "表现形式", "风险类型", "风险等级", "防控措施", "责任岗位")
    matters = [
        ("法律援助申请受理", [
            ("受理推诿", "对符合条件的申请不及时受理，推诿群众", "岗位职责风险", "Ⅱ级",
             "首问负责，一次性告知所需材料。", "受理员", "general"),
            ("材料审核放宽", "对经济困难证明不核实即予受理", "业务流程风险", "Ⅱ级",
             "经济困难状况信息共享核查。", "受理员", "general"),
        ]),
        ("法律援助申请审查", [
            ("审查不严", "对不符合条件的申请审查通过，虚增援助案件", "岗位职责风险", "Ⅰ级",
             "审查意见两人复核，疑难申请集体讨论。", "审查员", "general"),
        ]),
        ("法律援助审批指派", [
            ("违规审批", "对符合条件的申请不予批准，对不符合条件的予以批准", "制度机制风险", "Ⅰ级",
             "审批条件公开，审批结果网上可查。", "中心主任", "leader"),
            ("指派不公", "指派承办律师时照顾关系律所，轮流指派走过场", "思想道德风险", "Ⅰ级",
             "承办人员按名册轮流指派，指派情况每月公示。", "中心主任", "leader"),
        ]),
        ("案件质量监督", [
            ("补贴核定不实", "案件补贴审核不严，为未尽职办案的律师足额发放", "外部环境风险", "Ⅱ级",
             "办案质量评估与补贴挂钩，补贴发放公示。", "质量监督员", "general"),
            ("结案归档", "结案材料不全即归档，随意抽换卷宗", "制度机制风险", "Ⅲ级",
             "卷宗归档登记，借阅审批。", "档案管理员", "general"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for matter, points in matters:
        for point, desc, typ, lv, measures, post, tier in points:
            n += 1
            sh.add(n, matter, point, desc, typ, lv, measures, post)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1)
    sh.add("编制：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "qindu_legal_aid_center_posts", "http://www.gdqy.gov.cn/xxgk/zzjg/zfjg/qyssfj/bmwj/zcjd/content/post_1885773.html",
        "区法律援助中心 廉政风险点排查表 对岗不对人, after the source's 法律援助处 法律援助事项指派规则 (受理, 指派基本流程, "
        "优先指派, 暂停指派, 更换承办人员, 承办人员管理): a title, 序号/``权力事项`` merged/a short 风险点/a long ``表现形式``/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/a LAST column ``责任岗位`` (受理员, 审查员, 中心主任, 质量监督员, 档案管理员); "
        "no names, no 科室; an ``编制： | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def qindu_weibin_justice_office_selfchecks() -> dict:
    unit = f"{PLACE}渭滨街道司法所"
    t = _Truth(unit)
    people = [
        ("所长", "郗曜泠", "leader", [
            ("矫正对象请假审批", "对不符合条件的外出请假签批同意", "岗位职责", "高风险", "请假事由逐项核实，外出审批表存档。"),
            ("人民调解协议审查", "调解中偏袒一方，收受当事人好处", "思想道德", "中风险", "调解协议双方签字，定期回访。"),
        ]),
        ("司法助理员", "厍韫岍", "general", [
            ("矫正对象日常监管", "定位监管走过场，发现脱管不报告", "业务流程", "高风险", "定位轨迹每日核查，异常当日上报。"),
            ("社区服务和教育学习考勤", "为矫正对象虚记学习和社区服务时长", "制度机制", "中风险", "考勤签到拍照留存，所长抽查。"),
            ("法律咨询接待", "接受咨询群众吃请", "外部环境", "低风险", "接待登记，签订廉洁承诺。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in people:
        sh = _Sheet(who, [6, 16, 36, 10, 10, 32])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        r = sh.add(f"单位：{unit}", None, None, None, None, None)
        sh.merge(r, 0, r, 5)
        sh.add(f"姓{GAP}名", who, None, f"职{GAP}务", post, None)
        sh.add("序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (step, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, step, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, None, "所长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "qindu_weibin_justice_office_selfchecks", "http://minhou.gov.cn/xjwz/hdjl/znhd/zjbl/201611/t20161125_1997147.htm",
        "区司法局 渭滨街道司法所 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's 社区矫正人员 外出请假 "
        "规定 (书面申请, 外出审批表, 司法所负责人审批, 外出证明, 报县级司法行政机关): a title, a merged ``单位：…`` line, PAIRS ``姓　名 | … | | 职　务 | …``, "
        "then 序号/``工作环节``/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; no 科室; a blank row and "
        "``本人签名： | 所长审核：``",
        sheets, t,
    )  # fmt: skip


def qindu_wujiabao_police_station_cards() -> dict:
    unit = f"{PLACE}公安分局吴家堡派出所"
    t = _Truth(unit)
    cards = [
        ("所长", "堵澔琮", "leader", "所领导", [
            ("治安案件处理结果签批中徇私，降格处理", "★★★", "案件审批网上流转，处理结果所务会通报。"),
            ("辖区企业安保、装修工程介绍关系人承揽", "★★★", "领导干部插手干预事项记录报告。"),
            ("值班备勤安排不公", "★", "值班表提前公布，调班登记。"),
        ]),
        ("社区民警", "蓬砚曈", "general", "社区警务队", [
            ("对辖区重点场所隐患检查睁一只眼闭一只眼", "★★", "检查记录拍照上传，所领导抽查。"),
            ("利用入户走访之便接受吃请", "★★", "走访两人同行，签订廉洁承诺书。"),
        ]),
        ("户籍内勤", "宓翯澂", "general", "综合指挥室", [
            ("违规办理户口迁移、身份证件", "★★★", "户籍业务双人审核，办理结果系统留痕。"),
            ("为他人违规查询人口信息", "★★★", "查询实名登记，查询日志每月抽查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, dept, points in cards:
        sh = _Sheet(post, [6, 38, 10, 14, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("持卡人", who, f"职{GAP}务", post)
        sh.add("所在部门", dept, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人签字：", None, "所长签字：", None)
        sheets.append(sh)
    return _layout(
        "qindu_wujiabao_police_station_cards", "http://m.zgzxcmw.com/haikou/202008/170147.html",
        "区公安分局吴家堡派出所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 社区民警, 户籍内勤), after the source's 户口清理整顿 通告 "
        "(无户口人员登记, 应销未销户口, 重复虚假户口, 人户分离, 身份证申领): a title, PAIRS ``持卡人 | … | 职　务 | …`` and ``所在部门 | … | 持卡时间 | …``, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人签字： | 所长签字：``",
        sheets, t,
    )  # fmt: skip


def qindu_traffic_police_brigade_every_row() -> dict:
    unit = f"{PLACE}公安分局交通警察大队"
    sh = _Sheet("一览表", [6, 13, 12, 9, 36, 13, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "中队", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "扶暻韫", "leader", "事故处理和违法处罚说情打招呼", "思想道德风险", "Ⅰ",
         "说情打招呼事项一律登记报告。"),
        ("大队领导", "大队长", "扶暻韫", "leader", "交通设施维护项目发包不按程序", "制度机制风险", "Ⅰ",
         "项目发包进入公共资源交易平台。"),
        ("事故处理中队", "中队长", "昝峄翾", "middle", "事故责任认定审批受人情干扰", "岗位职责风险", "Ⅰ",
         "责任认定集体研究，认定书网上公开。"),
        ("事故处理中队", "事故处理民警", "桑淼琮", "general", "事故现场勘查、证据收集不如实记录", "业务流程风险", "Ⅱ",
         "现场勘查执法记录仪全程记录。"),
        ("车辆管理所", "登记员", "逯澂翀", "general", "对手续不全的车辆违规办理登记", "业务流程风险", "Ⅱ",
         "登记资料系统比对，业务抽查复核。"),
        ("秩序中队", "中队长", "乜霈曜", "middle", "违法处罚中选择性执法、以罚代管", "外部环境风险", "Ⅱ",
         "非现场执法数据统一审核，处罚结果公开。"),
        ("秩序中队", "中队长", "乜霈曜", "middle", "暂扣车辆放行不按规定审批", "岗位职责风险", "Ⅲ",
         "暂扣车辆放行凭审批单，停车场台账月查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 8)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "qindu_traffic_police_brigade_every_row", "https://www.paxyq.com/t/jiao-jing-da-dui-zhi-ze-da-jie-mi-gui-fan-zhi-fa-shou-hu-an-quan-nin-xiang-zhi-dao-de-dou-zai-zhe-li.html",
        "区公安分局交通警察大队 岗位廉政风险防控一览表, after the source's 交警大队 职责 (交通秩序管理, 违法行为查处, 事故现场勘查, 责任认定, 车辆拖移): a "
        "title, then 序号/中队/岗位/姓名 written out on EVERY row (nothing merged)/风险点/风险类型 ``…风险``/风险等级 bare "
        "``Ⅰ/Ⅱ/Ⅲ``/防控措施; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def qindu_community_correction_center_list() -> dict:
    unit = f"{PLACE}社区矫正中心"
    sh = _Sheet("一览表", [6, 12, 10, 9, 38, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "靳翀湉", "leader", [
            ("超期外出请假审批不严，为矫正对象违规批假", "岗位职责", "高", "超七日请假报局审批，审批意见留痕。"),
            ("提请撤销缓刑、假释时受人情干扰", "思想道德", "高", "提请意见集体研究，报局法制审核。"),
        ]),
        ("矫正执法股", "股长", "闵琮砚", "middle", [
            ("矫正对象考核奖惩打分不公", "制度机制", "中", "考核细则公开，奖惩结果公示。"),
            ("对违规矫正对象应警告不警告", "业务流程", "高", "违规情形清单化，处理结果月报。"),
        ]),
        ("矫正执法股", "矫正专干", "暨岚霈", "general", [
            ("收受矫正对象、担保人礼品礼金", "外部环境", "中", "签订廉洁承诺书，拒收登记。"),
        ]),
        ("教育帮扶股", "股长", "夔曈溍", "middle", [
            ("公益活动时长虚记，教育学习签到造假", "业务流程", "低", "签到拍照定位，股长复核。"),
            ("就业帮扶资金发放审核不严", "制度机制", "中", "帮扶对象公示，资金打卡发放。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "中心主任（签字）：", None, None)
    return _layout(
        "qindu_community_correction_center_list", "http://www.135pf.com/html/quxianchuanzhen2018010221692.html",
        "区社区矫正中心 岗位廉政风险防控一览表, after the source's 区司法局 社区矫正 请假外出 监管 (审批程序, 请假事由, 担保人, 外出"
        "批准书): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, then 序号/科室 merged (中心领导, "
        "矫正执法股, 教育帮扶股)/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a "
        "填表人/审核人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qindu_gudu_police_station_holders_in_comments(),
    qindu_public_security_bureau_two_sheets(),
    qindu_justice_bureau_group_rows(),
    qindu_legal_aid_center_posts(),
    qindu_weibin_justice_office_selfchecks(),
    qindu_wujiabao_police_station_cards(),
    qindu_traffic_police_brigade_every_row(),
    qindu_community_correction_center_list(),
]

RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- writing


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` with borders, plus a sheet's ``comments``: {(r, c): text}, each
    written on its cell as Excel keeps a comment (``xl/commentsN.xml`` and its VML drawing)."""
    options = {
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "in_memory": True,
    }  # fmt: skip  (no temporary file per part)
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 6, 16, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                _put(ws, (fmt, date_fmt), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", date_fmt if isinstance(v, datetime) else fmt)
            if v is not None:
                _put(ws, (fmt, date_fmt), r0, c0, v)
        for (r, c), text in (sheet.get("comments") or {}).items():
            ws.write_comment(r, c, text, {"author": COMMENT_AUTHOR, "x_scale": 1.6})
    wb.close()
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch387-inbox"))
