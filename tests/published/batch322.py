"""The three-hundred-and-twenty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 民政 and 人社
bodies, 马边彝族自治县 (a county of 乐山) — its 民政局 with the 民政局's 救助管理站, 社会福利院 and
殡仪馆, its 人力资源和社会保障局 with the 人社局's 社会保险事业管理中心, 就业服务中心 and 劳动保障监察大队
— each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 人力资源和社会保障局's 一览表 under GROUP ROWS ``一、局领导`` … ``四、办公室`` merged across (no
  股室 column): ``岗位 | 姓名`` merged per person, ``…风险`` types, ``一级/二级/三级``, a
  ``制表人： | 审核人： | 2025年9月`` line;
- the 社会保险事业管理中心's 排查表 对岗不对人: ``股室`` merged, ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, short types, 高/中/低; no names; an 编制/审核/date line;
- the 就业服务中心's 廉政风险防控卡, one sheet a holder (tabs 主任, 股长, 审核员): ``姓　名 | … |
  职　务 | …`` and ``所在股室 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施``, short
  types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 监督电话：…``;
- the 社会福利院's 自查表, one sheet a person (tabs named by the person): a LABEL ROW ``姓　名 | 部　门 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 院长意见：``;
- the 殡仪馆's 责任清单 under ``附件1``: ``部门`` merged, ``岗位`` and ``责任人`` merged per person,
  ``职责事项`` before the ``廉政风险点``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``, an ``编制： | 审核： |
  2025年9月`` line;
- the 劳动保障监察大队's file in two sheets: ``大队领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``中队`` (``中队`` merged, ``岗位`` and ``姓名`` merged per person),
  ``一级风险/二级风险/三级风险``, no type column;
- the 救助管理站's 一览表 under ``附件2`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``部门``
  merged, ``岗位`` and ``姓名`` merged per person, a short ``风险点`` beside a long ``风险描述``, short
  types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``mabian_civil_affairs_leader_blocks``: the 民政局's 一览表 (``附件1``, a title, a merged
  ``填报单位（盖章）：…　填报时间：2025年9月`` line, then ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 |
  风险类型 | 风险等级 | 防控措施``, short types, 高/中/低) laid out NOT BY 股室 BUT BY LEADER: the
  rows are cut into three BLOCKS, each opened by a merged, unnumbered line naming ONE LEADER and what
  he supervises — ``一、局长　甯澍岚（主持全面工作，分管办公室）``, ``二、副局长　邴翊淙（分管社会救助股，
  联系县救助管理站）``, ``三、副局长　殳曜岑（分管养老服务和社会事务股、婚姻登记处，联系县社会福利院、
  县殡仪馆）`` (post, a full-width space, the name, and in brackets his 分管 股室 and the 下属单位 he
  keeps in touch with). Under each line FIRST the leader's OWN points, two rows whose ``股室``,
  ``岗位`` and ``姓名`` cells are EMPTY (the line above names him), THEN the points of the 股室 he
  supervises, each row with its own ``股室`` (merged down its run), ``岗位`` and ``姓名`` (merged per
  person) — so a block holds several holders, and the leader named on its line holds only its first,
  unnamed rows; the empty cells of blocks two and three come straight after the last named rows of
  the block before (办公室 会计, 社会救助股 经办员), unmerged with them. A merged ``注：`` line under the
  table says the list runs by the leaders' 分管 and a leader's own points head his block with
  股室/岗位/姓名 left empty; then a 填表人/审核人/局长（签字） line. The README's 读得懂的表 knows group
  rows that set the 科室 of the rows under them (``一、办公室``), group rows that set the post AND the
  holder of ALL the rows under them (``一、出纳岗(责任人:李明)``), group rows listing a 科室's people
  (``二、秘书科（科长：…；科员：…）``), a 科室 group row with its 分管领导 in brackets that does not count
  (``一、招商服务局(分管副主任:夏立群)``), 科室 block lines giving the 科室 and its head
  (``党政办公室　主任：…``), and cells written only in the first row of a run (carried down); it does
  not describe blocks BY SUPERVISING LEADER, whose line names a post and a person who holds ONLY the
  unnamed rows right under it, while the named rows of the same block are other people's in other
  股室, and whose bracketed 分管 list names 股室 that are not his.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county 志's 民政局 — 局长 and
副局长, 人秘股, 社救股, 政权股, 社会事务股, 优抚安置办, and under it the 救助管理站 and the 殡仪馆; a
province's 事业单位公开招聘 风险防控指南 — ``依人画像`` conditions, 资格审核 with two people, 命题 and
私下辅导, 面试顺序, 双人阅卷; a 社保局's 经办风险 自查报告 — 养老保险关系转移接续, 补缴 on 原始工资
发放表, 工伤医疗费 against the 目录, 养老金领取资格认证, 重复领取; a 公共就业和人才服务中心's 创业担保
贷款资格审核 — 新招用人员 ratio, 人员类别证明, 申请认定表; a 社会福利院's 绩效自评 — 总务部, 社工部,
财务室, 医疗康复部, 儿童部, 老年部, 聘用 护理 and 保育 staff; a county's 殡葬延伸服务 收费 re-set after
a 成本监审 — 遗体整容, 遗体防腐, 礼厅租赁, 收费备案; a 劳动保障监察 投诉举报办案流程 — 首问监察员, 举报
投诉登记表, 集体投诉 代表, 案卷档案管理员; a 救助管理机构's 离站 rules — 乘车凭证, no cash but 20元 with
a 签收字据, 自行离站声明书, 寄存物品) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names, three characters each); every unit is a body of 马边彝族自治县.

Run ``python tests/published/score.py --set batch322`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a block line is no point; the leader it names (post and name before the
  bracket) holds the unnamed rows right under it — the rows down to the first row naming a 股室 —
  and no other row; those leaders' forms have NO 科室 (the table names no 局领导 and the 股室 in the
  bracket are the ones they supervise, not theirs); every row naming a 股室 belongs to the 股室,
  post and person in its own cells, whichever leader's block it stands in; the ``注：`` line is no
  point;
- ``局领导``, ``中心领导``, ``大队领导``, ``站领导`` and ``院领导`` (a group row, a 股室/部门 cell, a card's
  所在股室, the 监察大队's sheet and the 福利院's 部　门 cell) are the 科室 of those leaders; a 局's or a
  中心's 股 and 办公室, a 福利院's 部 and 室, a 殡仪馆's 科, a 大队's 中队 and a 站's 科 are 科室; a group
  row ``二、事业单位人事管理股`` gives the 科室 ``事业单位人事管理股`` (its number left off);
- every body here is a unit of its own: 局长, 副局长, 主任 and 副主任 of a 中心, 院长, 馆长, 副馆长,
  大队长, 副大队长, 站长 and 副站长 are leaders; 股长, 主任 of a 办公室, 部长, 科长 and 中队长 middle; the
  rest (经办员, 会计, 登记员, 审核员, 护理员, 收费员, 火化工, 监察员, 案卷管理员, 救助员, 稽核员 and the
  社保中心's ``…岗`` posts) general;
- ``风险点 | 风险表现`` and ``风险点 | 风险描述``: the point is the short 风险点; ``职责事项``, ``分管工作``
  and ``自查情况`` are no points and name no holder; the 社保中心's list names no person: its forms are
  posts (对岗不对人);
- ``一级/二级/三级``, ``高/中/低``, ``★★★/★★/★`` (read by the card's note), ``高风险/中风险/低风险``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 救助站's note) are
  1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b322_"
PLACE = "马边彝族自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

BLOCK_HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
BLOCK_NOTE = (
    "注：本表按局领导分管领域排列，局领导本人的廉政风险点列于其分管领域首行，股室、岗位、姓名栏不再填写；"
    "其余各行由股室填写。"
)
# (block line, leader's post, leader's name, [leader's own (point, type, level, measures)],
#  [(股室, 岗位, 姓名, tier, [(point, type, level, measures)])])
BLOCKS = [
    (f"一、局长{GAP}甯澍岚（主持全面工作，分管办公室）", "局长", "甯澍岚", [
        ("“三重一大”事项以碰头会代替党组会，个人说了算", "制度机制", "高",
         "“三重一大”事项一律提交党组会集体研究，会议纪要存档备查。"),
        ("对下属单位负责人选拔任用打招呼、定调子", "思想道德", "中",
         "下属单位负责人选任按程序民主推荐、考察，任前公示。"),
    ], [
        ("办公室", "主任", "扈沅蘅", "middle", [
            ("公务接待超标准，无公函接待", "岗位职责", "中", "接待事前审批，接待清单按月公示。"),
            ("公务用车加油、维修费用审核不严", "业务流程", "低", "一车一卡，维修定点，费用每季度公示。"),
        ]),
        ("办公室", "会计", "汲湉珂", "general", [
            ("民政专项资金拨付凭证审核不严，拨付对象与名册不符", "业务流程", "高",
             "专项资金按审批名册拨付，经办、审核、审批三签。"),
            ("公款私存，银行账户管理不规范", "思想道德", "中", "银行账户集中管理，每月对账。"),
        ]),
    ]),
    (f"二、副局长{GAP}邴翊淙（分管社会救助股，联系县救助管理站）", "副局长", "邴翊淙", [
        ("低保、特困审批中为亲友或说情对象降低条件", "外部环境", "高",
         "审批对象入户核查、民主评议、公示后集体审定，分管领导签批留痕。"),
        ("临时救助审批超标准、超范围", "岗位职责", "中", "临时救助按标准分级审批，每季度公示名单。"),
    ], [
        ("社会救助股", "股长", "糜澈峣", "middle", [
            ("低保对象动态管理不到位，应退不退", "岗位职责", "高", "每年开展一次全面复核，比对工商、车辆、房产数据。"),
            ("救助对象信息核对走过场", "业务流程", "中", "信息核对由系统比对，异常名单逐户核实。"),
        ]),
        ("社会救助股", "经办员", "邰芃霂", "general", [
            ("录入救助对象信息时虚增人口、虚报收入", "思想道德", "高", "录入信息与审批表逐项核对，股长复核。"),
        ]),
    ]),
    (f"三、副局长{GAP}殳曜岑（分管养老服务和社会事务股、婚姻登记处，联系县社会福利院、县殡仪馆）",
     "副局长", "殳曜岑", [
        ("养老机构建设补贴审核中接受申请单位宴请", "外部环境", "中",
         "补贴申请实地核查，结果集体研究并公示。"),
        ("殡葬服务收费监督检查走过场", "岗位职责", "低", "收费项目对照备案标准逐项检查，检查结果通报。"),
    ], [
        ("养老服务和社会事务股", "股长", "蹇琮漪", "middle", [
            ("高龄津贴发放名单审核不严，死亡人员未及时停发", "业务流程", "中",
             "每月与公安、卫健死亡数据比对，停发名单复核。"),
            ("养老服务机构等级评定打人情分", "思想道德", "低", "评定标准公开，评定组随机抽取，结果公示。"),
        ]),
        ("婚姻登记处", "登记员", "仉霈苡", "general", [
            ("为不符合条件的当事人办理婚姻登记", "岗位职责", "中", "登记材料联网核验，登记员与审核员分设。"),
        ]),
    ]),
]  # fmt: skip


def mabian_civil_affairs_leader_blocks() -> dict:
    unit = f"{PLACE}民政局"
    ncols = len(BLOCK_HEAD)
    sh = _Sheet("一览表", [6, 14, 9, 9, 40, 10, 8, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", ncols)
    sh.add(*BLOCK_HEAD)
    n = 0
    for line, lead_post, lead_name, own, people in BLOCKS:
        _line(sh, line, ncols)
        for point, typ, lv, measures in own:
            n += 1
            sh.add(n, None, None, None, point, typ, lv, measures)
            t.point(sh.name, "", lead_post, lead_name, "leader", point, types_in(typ), HML[lv])
        first = len(sh.rows)
        for dept, post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, dept, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, 1, 2, 3)
    _line(sh, BLOCK_NOTE, ncols)
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "mabian_civil_affairs_leader_blocks", "https://www.hljszw.org.cn/home/book/info/get_id/326452.html",
        "(harder) 县民政局 岗位廉政风险防控一览表, after the source's county 志 of a 民政局 (局长 and 副局长, 人秘股, 社救股, "
        "政权股, 社会事务股, 优抚安置办; the 救助管理站 and 殡仪馆 under it): ``附件1``, a title, a merged ``填报单位（盖章）：…　"
        "填报时间：2025年9月`` line, then 序号/股室/岗位/姓名/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 CUT "
        "INTO BLOCKS BY LEADER — each opened by a merged line ``一、局长　甯澍岚（主持全面工作，分管办公室）``, ``二、副局长　…"
        "（分管社会救助股，联系县救助管理站）``, ``三、副局长　…（分管…股、婚姻登记处，联系…）``; under it FIRST the leader's own "
        "two points with 股室, 岗位 and 姓名 EMPTY, THEN the points of the 股室 he supervises, each with its own 股室 (merged), "
        "岗位 and 姓名 (merged per person); a merged ``注：`` line saying so and a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def mabian_hrss_groups() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    sh = _Sheet("一览表", [6, 10, 9, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "钮砺滢", "leader", [
                ("事业单位公开招聘方案依人画像设置资格条件", "制度机制风险", "一级",
                 "招聘方案经党组会集体研究，报县委组织部备案审核。"),
                ("干部选拔任用中打招呼、搞“量身定做”", "思想道德风险", "一级", "严格执行选拔任用程序，全程纪实。"),
            ]),
            ("副局长", "暨旻潆", "leader", [
                ("职称评审中干预评委独立评审", "外部环境风险", "二级", "评委随机抽取，评审过程全程录像。"),
            ]),
        ]),
        ("二、事业单位人事管理股", "事业单位人事管理股", [
            ("股长", "酆筠翎", "middle", [
                ("资格审核故意放宽或收紧条件", "岗位职责风险", "一级", "资格审核实名制、双人审核，审核结果公示。"),
                ("泄露面试顺序和考官信息", "业务流程风险", "二级", "面试顺序现场抽签，考官临时抽取并封闭管理。"),
            ]),
            ("经办员", "宓璆岫", "general", [
                ("笔试成绩登记核对不严，登记错误", "业务流程风险", "二级", "双人阅卷、双人登分并核对签字。"),
            ]),
        ]),
        ("三、专业技术人员管理股", "专业技术人员管理股", [
            ("股长", "芮瀞棠", "middle", [
                ("职称申报材料审核把关不严，论文业绩造假未发现", "岗位职责风险", "二级",
                 "申报材料网上公示，业绩成果抽查核实。"),
                ("参与命题人员私下辅导考生", "思想道德风险", "一级", "命题人员签订保密承诺，近三年无培训授课经历。"),
            ]),
        ]),
        ("四、办公室", "办公室", [
            ("会计", "储曦菀", "general", [
                ("考试经费报销票据审核不严，虚列支出", "业务流程风险", "三级", "报销经办、审核、审批三签，票据逐张审核。"),
                ("办公用品采购不比价", "岗位职责风险", "三级", "采购三家比价，清单存档。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表人：", None, "审核人：", None, "2025年9月", None, None)
    return _layout(
        "mabian_hrss_groups", "http://www.xjrb.net/guonei/2022/0228/21812.html",
        "县人力资源和社会保障局 岗位廉政风险防控一览表, after the source's 事业单位公开招聘 风险防控指南 (依人画像, 资格审核 双人, "
        "命题 and 私下辅导, 面试顺序, 双人阅卷): a title, then 序号/岗位/姓名 (merged per person)/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``一级/二级/三级``/防控措施 under GROUP ROWS ``一、局领导``, ``二、事业单位人事管理股``, ``三、专业技术人员管理股``, "
        "``四、办公室`` merged across (no 股室 column); a ``制表人： | 审核人： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def mabian_social_insurance_posts() -> dict:
    unit = f"{PLACE}社会保险事业管理中心"
    sh = _Sheet("排查表", [6, 12, 12, 24, 40, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "基金支付审批", "大额社保基金支付不经集体研究即签批",
         "制度机制", "高", "大额支付经中心主任办公会研究，财务、业务双签。"),
        ("中心领导", "副主任", "leader", "待遇核定复核", "对待遇核定复核走过场，默许多发",
         "岗位职责", "中", "待遇核定分设初审、复核两岗，系统留痕。"),
        ("养老保险股", "关系转移经办岗", "general", "养老保险关系转移接续", "违规补缴后即办理转移，即参即转",
         "业务流程", "高", "转移接续按规定审核缴费年限，资料归档备查。"),
        ("养老保险股", "补缴审核岗", "general", "养老保险费补缴", "不凭原始工资发放表即办理补缴",
         "岗位职责", "高", "补缴须提供原始工资表，三年以上补缴本人签订承诺书，报上级审批。"),
        ("养老保险股", "资格认证岗", "general", "领取资格认证", "对重复领取养老金人员不暂停认证、不追回",
         "业务流程", "中", "每月比对死亡、服刑数据，异常人员暂停发放。"),
        ("工伤保险股", "股长", "middle", "工伤医疗费审核", "超出药品目录、诊疗目录的费用予以报销",
         "岗位职责", "中", "医疗费逐项对照目录审核，复核、审批分设。"),
        ("工伤保险股", "经办员", "general", "工伤认定材料受理", "收受用人单位好处，对材料缺陷不一次性告知",
         "思想道德", "低", "受理清单一次性告知，受理结果系统推送。"),
        ("基金财务股", "会计", "general", "基金账户管理", "社保基金支出户资金转入其他账户",
         "思想道德", "高", "基金实行收支两条线，每月与银行、财政对账。"),
        ("基金财务股", "稽核员", "general", "内部稽核", "稽核发现的问题不报告、不整改",
         "外部环境", "低", "稽核结果报中心领导并跟踪整改。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, "2025年9月", None, None)
    return _layout(
        "mabian_social_insurance_posts", "https://m.fanwenwang.cn/shiyong/9zwcr6p.html",
        "县社会保险事业管理中心 岗位廉政风险点排查表 对岗不对人, after the source's 社保 经办风险 自查报告 (养老保险关系转移接续, "
        "补缴 on 原始工资发放表, 工伤医疗费 against the 目录, 养老金领取资格认证, 重复领取): a title, then 序号/股室 merged (中心领导, "
        "养老保险股, 工伤保险股, 基金财务股)/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 (short names)/风险等级 "
        "高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def mabian_employment_cards() -> dict:
    unit = f"{PLACE}就业服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "禹澹嵘", "中心领导", "leader", [
            ("创业担保贷款贴息资金拨付个人审批", "制度机制", "★★★", "贴息资金拨付经中心主任办公会研究，名单公示。"),
            ("就业补助资金项目安排优亲厚友", "外部环境", "★★", "资金安排方案集体研究，报县人社局、财政局备案。"),
        ]),
        ("股长", "郏溆蘅", "创业服务股", "middle", [
            ("小微企业新招用人员比例核定不实", "岗位职责", "★★★", "招用人员比对社保参保记录，双人核定。"),
            ("接受申请企业宴请，降低审核标准", "思想道德", "★★", "审核结果网上公示，接受举报。"),
            ("推荐意见签署不规范", "业务流程", "★", "推荐意见统一格式，股长签字存档。"),
        ]),
        ("审核员", "卞珣葳", "创业服务股", "general", [
            ("人员类别证明材料审核不严", "业务流程", "★★", "证明材料联网核验，存疑材料退回补正。"),
            ("泄露申请人个人信息", "岗位职责", "★", "申请资料专柜保管，查询留痕。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在股室", dept, None, None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, None, "监督电话：0833-4512318", None)
        sheets.append(sh)
    return _layout(
        "mabian_employment_cards", "https://0477ly.com/newsdetail/news421915.html",
        "县就业服务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 股长, 审核员), after the source's 公共就业和人才服务中心 "
        "小微企业创业担保贷款资格审核 (新招用人员 ratio, 人员类别证明, 申请认定表): a title, ``姓　名 | … | 职　务 | …`` and ``所在股室 | "
        "…`` above 序号/风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars and "
        "``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def mabian_welfare_home_selfchecks() -> dict:
    unit = f"{PLACE}社会福利院"
    t = _Truth(unit)
    people = [
        ("阚翚沄", "院领导", "院长", "leader", [
            ("特困供养对象入院审核把关不严", "高风险", "入院对象经县民政局审核确认，名单公示。", "未发现问题"),
            ("大宗食材采购指定供应商", "高风险", "食材定点采购公开比选，验收三人签字。", "已整改"),
            ("聘用护理人员招用不公开", "中风险", "聘用人员公开招聘，结果公示。", "未发现问题"),
        ]),
        ("庹霁篁", "总务部", "部长", "middle", [
            ("物资入库验收不严，数量不符", "中风险", "物资入库双人验收，台账按月盘点。", "未发现问题"),
            ("院内维修工程化整为零", "中风险", "维修项目按限额报批，结算送审。", "未发现问题"),
        ]),
        ("毌湛蕤", "老年部", "护理员", "general", [
            ("代管供养对象零用钱、财物不登记", "高风险", "代管财物登记签字，每月公开。", "未发现问题"),
            ("收受供养对象家属红包", "低风险", "签订廉洁承诺，拒收登记。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"部{GAP}门", f"岗{GAP}位", "填表时间", None)
        sh.add(who, dept, post, "2025年9月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "院长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "mabian_welfare_home_selfchecks", "https://www.hhky.gov.cn/info/124892/508642.htm",
        "县社会福利院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 社会福利院 绩效自评 "
        "(总务部, 社工部, 财务室, 医疗康复部, 儿童部, 老年部; 聘用 护理 and 保育 staff): a title, a LABEL ROW ``姓　名 | 部　门 | "
        "岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no "
        "type column; a blank row and ``本人签名： | 院长意见：``",
        sheets, t,
    )  # fmt: skip


def mabian_funeral_home_duties() -> dict:
    unit = f"{PLACE}殡仪馆"
    sh = _Sheet("责任清单", [6, 12, 10, 9, 16, 36, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "部门",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("馆领导", "馆长", "麻泓翊", "leader", [
            ("殡葬用品采购", "骨灰盒、寿衣等殡葬用品采购收受供应商回扣", "外部环境", "Ⅰ级",
             "殡葬用品公开招标采购，采购结果公示。"),
            ("收费标准执行", "擅自提高延伸服务收费标准", "制度机制", "Ⅰ级", "收费项目和标准按备案执行，在服务大厅公示。"),
        ]),
        ("馆领导", "副馆长", "茆涓璎", "leader", [
            ("设备维修", "火化设备维修费用虚高", "业务流程", "Ⅱ级", "维修项目经馆务会研究，维修结算送审。"),
        ]),
        ("业务科", "科长", "揭洺骞", "middle", [
            ("礼厅调度", "礼厅、告别厅安排收受丧属好处", "思想道德", "Ⅱ级", "礼厅按登记顺序系统排号，结果公开。"),
            ("遗体整容服务", "强制或诱导丧属选择高价整容项目", "岗位职责", "Ⅰ级", "服务项目由丧属自愿勾选签字。"),
        ]),
        ("业务科", "收费员", "佘瀛芷", "general", [
            ("费用收取", "收费不开票据，截留服务费用", "思想道德", "Ⅱ级", "收费一律开具票据，日清日结。"),
            ("惠民殡葬减免", "基本殡葬服务减免对象审核不严", "业务流程", "Ⅲ级", "减免对象凭证件核验，名单按月报民政局。"),
        ]),
        ("火化科", "火化工", "靳渼砚", "general", [
            ("骨灰交接", "火化、骨灰交接中向丧属索要红包", "思想道德", "Ⅲ级", "交接双人签字，设置举报电话。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制：", None, None, "审核：", None, None, "2025年9月", None, None)
    return _layout(
        "mabian_funeral_home_duties", "http://www.qjfy.gov.cn/fuyuan/zdlygk/show/154733.html",
        "县殡仪馆 廉政风险防控责任清单, after the source's 殡葬延伸服务 收费 re-set after a 成本监审 (遗体整容, 遗体防腐, 礼厅租赁, "
        "收费备案): ``附件1``, a title, 序号/部门 merged (馆领导, 业务科, 火化科)/岗位 and 责任人 merged per person/``职责事项``/"
        "廉政风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def mabian_labour_inspection_two_sheets() -> dict:
    unit = f"{PLACE}劳动保障监察大队"
    t = _Truth(unit)
    lead = _Sheet("大队领导", [6, 9, 9, 22, 36, 10, 32])
    _line(lead, f"{unit}大队领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("敖沣琰", "大队长", "主持大队全面工作，分管案件审核", [
            ("重大欠薪案件处理意见个人决定", "一级风险", "重大案件经案审会集体研究。"),
            ("对违法用人单位行政处罚畸轻畸重", "一级风险", "处罚执行裁量基准，处罚决定公开。"),
        ]),
        ("晏湄骁", "副大队长", "分管投诉举报受理和专项检查", [
            ("对投诉举报不立案、压案不办", "二级风险", "举报投诉登记编号，立案情况每月通报。"),
            ("专项检查前泄露检查对象", "二级风险", "检查对象随机抽取，检查方案保密。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    team = _Sheet("中队", [6, 12, 12, 9, 36, 10, 32])
    _line(team, f"{unit}中队岗位廉政风险防控表", 7)
    team.add("序号", "中队", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("一中队", "中队长", "亓澜翚", "middle", [
            ("调查取证中收受用人单位好处，降格处理", "一级风险", "调查取证两人以上，询问笔录当场签字。"),
            ("集体投诉不推荐代表即受理，处理程序不规范", "三级风险", "集体投诉按规定推荐代表，登记分人填写。"),
        ]),
        ("一中队", "监察员", "羌滢笙", "general", [
            ("首问受理时不如实记录投诉内容", "二级风险", "来访投诉当场填写登记表，由投诉人签字确认。"),
            ("来电投诉属劳动争议的不告知处理途径", "三级风险", "来电记录存档，告知情况抽查回访。"),
        ]),
        ("综合中队", "案卷管理员", "郇沨蓁", "general", [
            ("案卷材料抽换、遗失", "二级风险", "案卷装订编号，借阅登记审批。"),
        ]),
    ]  # fmt: skip
    first = len(team.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            team.add(n, d, post, who, point, lv, measures)
            t.point(team.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(team, first, 1, 2, 3)
    team.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None)
    return _layout(
        "mabian_labour_inspection_two_sheets", "https://360docs.net/doc/2318860363.html",
        "县劳动保障监察大队 廉政风险防控表 in two sheets, after the source's 劳动保障监察 投诉举报办案工作流程 (首问监察员, 举报投诉"
        "登记表, 集体投诉 代表, 来电 and 信函 投诉, 案卷档案管理员): ``大队领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per "
        "leader/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 填表人/审核人/date line) and ``中队`` (a title, 序号/中队 "
        "merged (一中队, 综合中队)/岗位 and 姓名 merged per person/…; a 填表人/审核人/大队长（签字） line); no type column",
        [lead, team], t,
    )  # fmt: skip


def mabian_relief_station_desc() -> dict:
    unit = f"{PLACE}救助管理站"
    sh = _Sheet("一览表", [6, 12, 12, 9, 18, 36, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 9)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险描述", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "栾湘珩", "leader", "救助经费使用", "救助经费、乘车凭证购置费用不经集体研究即支出",
         "制度机制", "Ⅰ", "经费支出经站务会研究，每季度公示。"),
        ("站领导", "副站长", "祁霂璇", "leader", "医疗救治费用结算", "与定点医院结算受助人员医疗费时审核不严",
         "业务流程", "Ⅱ", "医疗费逐项核对病历和清单，结算送站务会审定。"),
        ("救助科", "科长", "幸澐岑", "middle", "乘车凭证管理", "乘车凭证购买、发放、退返不登记，虚报冒领",
         "岗位职责", "Ⅰ", "乘车凭证专人保管，发放登记，与车站按月对账。"),
        ("救助科", "科长", "幸澐岑", "middle", "救助期限把关", "对超过救助期限的人员不安排离站，虚增救助天数",
         "岗位职责", "Ⅱ", "在站人员每日点名，超期人员报站领导审批。"),
        ("救助科", "救助员", "习湲翮", "general", "短途交通费发放", "发放短途交通费不留受助人员签收字据",
         "思想道德", "Ⅱ", "现金发放不超过规定标准，签收字据存档。"),
        ("救助科", "救助员", "习湲翮", "general", "寄存物品交接", "离站时寄存物品清点交接不清，私自截留",
         "思想道德", "Ⅲ", "寄存物品登记造册，离站清点双方签字。"),
        ("综合科", "会计", "戈泫筠", "general", "伙食费管理", "受助人员伙食费虚报人数、虚列支出",
         "业务流程", "Ⅲ", "伙食费按在站人数核算，票据逐张审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ级最高。", 9)
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None, None)
    return _layout(
        "mabian_relief_station_desc", "http://m.51igbt.cn/techan/290466.html",
        "县救助管理站 岗位廉政风险防控一览表, after the source's 救助管理机构 离站 rules (乘车凭证, no cash but 20元 with a 签收字据, "
        "自行离站声明书, 寄存物品): ``附件2``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/部门 "
        "merged (站领导, 救助科, 综合科)/岗位 and 姓名 merged per person/a short 风险点/a long 风险描述/风险类型 (short names)/"
        "风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the grades and a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    mabian_civil_affairs_leader_blocks(),
    mabian_hrss_groups(),
    mabian_social_insurance_posts(),
    mabian_employment_cards(),
    mabian_welfare_home_selfchecks(),
    mabian_funeral_home_duties(),
    mabian_labour_inspection_two_sheets(),
    mabian_relief_station_desc(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch322-inbox"))
