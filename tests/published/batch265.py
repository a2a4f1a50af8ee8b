"""The two-hundred-and-sixty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 局, 委, 办 and
事业单位, 金阳县 (the 凉山彝族自治州's county on the north bank of the 金沙江, its 青花椒 on the dry
valley slopes, its staff Han and Yi) — its 交通运输局, 就业服务中心, 融媒体中心, 农业农村局, 住房和城乡
建设局, 社会保险事务中心, 文化广播电视和旅游局 and 青花椒产业发展中心 — each handing back the 排查表,
责任清单, 自查表, 一览表 or 防控卡 its staff typed in WPS or Excel, the rows about 农村公路 项目安排,
工程款, 交工验收, 设计变更, 养护公益性岗位, 危桥 and 护栏, 路长制 巡查, 水毁修复, 就业补助资金 受理,
审核 and 拨付, 公益性岗位 认定, 创业担保贷款, 有偿新闻, 彝语译制, 设备采购, 衔接资金项目, 防返贫
监测, 入户核实, 村集体“三资”, 代理记账, 危房改造 鉴定, 补助兑付, 质量监督, 公租房, 待遇领取资格认证,
暂停人员, 政府代缴, 老农保退回, 娱乐场所审批, 网吧年检, 文物修缮, A级景区, 青花椒 苗木, 丰产示范园,
地理标志 and 展销会:

- the 交通运输局's 排查表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``股室`` merged (局领导,
  建设管理股, 公路养护股, 运输管理股, 计划财务股), ``岗位`` and ``姓名`` merged per person, a short ``风险点``
  beside a long ``风险表现``, short types, 高/中/低, a 填表人/审核人/局长 line;
- the 就业服务中心's 责任清单 对岗不对人: ``科室`` merged (就业促进股, 创业服务股, 财务室), ``责任岗位`` merged, a
  ``业务事项`` column, the risk, ``一级/二级/三级``, a ``监督责任人`` column of posts; no names, no type column;
  a ``注：`` line saying it is 对岗不对人;
- the 融媒体中心's 自查表, one sheet a person (tabs 编发室, 采集室, 翻译室, 技术室): a label row ``姓　名 |
  所在室 | 岗　位 | 政治面貌 | 填表时间`` and the values in the row UNDER it, then ``序号 | 廉政风险点 | 风险等级 |
  防控措施 | 自查情况``, 高/中/低, no type column, ``本人签字： | … | 室负责人意见：`` below;
- the 农业农村局's 一览表: ``科室`` merged (局领导, 乡村振兴股, 农村经营管理股, 项目办, 计划财务股), ``岗位`` and
  ``责任人`` merged per person, a ``权力事项`` column, ``…风险`` types under ``风险类别``, 高/中/低, and a
  ``分管领导`` column holding the names of the 副局长 and 局长 who watch the row (``/`` on the leaders' own
  rows); a ``注：`` line and a 填报人/审核人/date line;
- the 住房和城乡建设局's 清单 in two sheets, ``局机关`` and ``站（中心）``, each with its title and heading
  ``序号 | 责任股室（站） | 岗位 | 责任人 | 廉政风险点 | 风险类别 | 风险等级 | 防控措施 | 备注``: ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, ``新增`` in the 备注 of some rows, a ``注：`` line under each;
- the 社会保险事务中心's 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 待遇核定岗, 基金财务岗):
  ``持卡人 | … | 所在股室 | … | 岗　位 | …``, a merged ``岗位职责`` line, then ``序号 | 风险点 | 风险表现 |
  风险类型 | 风险等级 | 防控措施`` (a short 风险点 beside a long 风险表现, short types, ``高风险/中风险/低风险``),
  ``持卡人签字： | … | 股室负责人签字： | … | 监督电话：12388`` below;
- the 文化广播电视和旅游局's 一览表 with a ``岗位及责任人`` column written ``股长　沙马拉格`` (post, a full-width
  space, the name), ``股室`` merged, ``权力事项``, the risk, a level column headed only ``等级`` (高/中/低); no
  type column; a 单位负责人/填表人/date line;
- the 青花椒产业发展中心's 一览表 under a ``单位：…　　2024年5月`` line: ``科室`` merged (中心领导, 技术推广科,
  市场营销科, 综合科), ``岗位`` and ``姓名`` merged per person, a short ``风险点`` beside a long ``风险描述``,
  levels ``较高/一般/较低`` with a ``注：风险等级分较高、一般、较低三档`` line; no type column.

One is harder:

- ``jinyang_registry_point_cards``: the 不动产登记中心's 廉政风险点登记卡 — ONE CARD A RISK POINT (一点一卡),
  the cards stacked down ONE sheet, a blank row between them, as a Word 登记表 template filled once per
  point and pasted into Excel. There is no table heading: each card is a grid of label–value pairs,
  ``编　号 | JY-BDC-01 | 风险点名称 | …`` (the name merged over three cells), ``所在科室 | … | 涉及岗位 | … |
  责任人 | …``, ``风险类型 | … | 风险等级 | … | 排查方式 | …``, then a merged ``风险表现 | …`` and a merged
  ``防控措施 | …`` line. EACH CARD NAMES ITS OWN 科室, post and holder; a holder's two cards stand one under
  the other (three people have two cards, three have one); a ``注：`` line and a 审核人/中心主任 line close the
  sheet. The README's 读得懂的表 knows one holder's card whose items take two rows each (``1 | 风险点 | … |
  风险等级 | 高`` over ``防控措施 | …``), a sheet of ``风  险:``/``风险等级:``/``措  施:`` lines, holders in label
  pairs ABOVE a table, and one 持卡人 a card; it does not describe a sheet of stacked per-point cards, each
  card a label grid carrying its own 科室, 岗位 and 责任人, with no heading row anywhere.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县交通局 on 冬季农村公路 — 路长制,
公示牌, 养护, 清理边沟, 公益性岗位, 护栏, 危桥; a 自治区 就业补助资金监督办法 — 受理, 审核, 审批, 拨付,
内控; a 县融媒体中心's 部门预算说明 — 办公室, 指挥中心, 采集室, 编发室, 技术室, 翻译室; a 州纪委监委 on
乡村振兴 监督 — 村集体“三资”, 防返贫, 新增低保户、新致残户 入户核实, 乡村工程项目, 简易审批项目; a piece on
凉山 “蝇贪” — 危房改造 套取资金, 伪造财务账目, 偷工减料; a 县居保局's 行动 — 政府代缴, 死亡人员养老金追回,
暂停人员核实, 老农保退回 同名同姓, 经办权限核查; a 县文化局's 自查报告 — 网吧, 游戏机, 歌舞娱乐场所, 出版物,
演出场所, 许可证 年检; a 不动产登记中心's article — 窗口, 中介, 信访, 办证; a page on 金阳青花椒 — 中国青花椒
第一县, 种植面积, 挂果面积, 产量, 远销) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames — 郗, 鞠, 琚, 阚,
缑, 檀, 蓬, 笪, 綦, 暨, 逄, 厍, 昝, 郦, 宓, 巩, 仉, 亓, 禚, 嵇, 郜, 瞿, 蒯, 隗, 冼, 扈, 贲, 郯 — with rare given
names, and Yi names as a 凉山 county's staff carry them — 阿卓依果, 金古拉格, 的日伍沙, 罗洪约格, 布约拉且,
巴莫尔曲, 阿侯日哈, 马黑木呷, 吉地尔布, 洛古什布, 杰觉伍各, 拉马阿衣, 达久克惹, 尔古阿洛, 俄的拉者, 沙马拉格,
木乃阿呷, 曲比阿牛, 阿苏伍沙); every unit is a body of 金阳县.

Run ``python tests/published/score.py --set batch265`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a card is one risk point of the person its ``责任人`` names, in the card's
  ``所在科室`` and ``涉及岗位``: one form a person (科室, post, holder), holding the points of all that
  person's cards; the point is the short ``风险点名称``, the ``风险表现`` its description; ``编　号`` and
  ``排查方式`` are no points and name nobody; the ``注：`` and the sign-off lines are no points;
- ``局领导``, ``中心领导`` (a 股室/科室 cell, a card's 所在科室) are the 科室 of those leaders; a 局's 股, 室, 项目办,
  站 and 中心 (住房保障服务中心), a 中心's 股, 室 and 科 are 科室;
- 局长, 副局长, the 中心's 主任 and 副主任 are leaders; 股长, 科长, 站长, the 主任 of a 室, of a 局's 项目办 and of a
  局's 中心 middle; the rest (受理员, 调查员, 查询员, 会计, 出纳, 科员, 巡查员, 记者, 彝语翻译, 文物管理员,
  技术员 and the 岗 posts) general;
- ``风险点 | 风险表现`` and ``风险点 | 风险描述``: the point is the short 风险点; ``业务事项``, ``权力事项``,
  ``岗位职责``, ``自查情况``, ``备注``, ``监督责任人`` (posts) and ``分管领导`` (names of the leaders who watch a
  row) are no points and name no holder; the 就业服务中心's list names no person: its forms are posts
  (对岗不对人);
- the 融媒体中心's holder, 室 and post stand in the row under their labels (``姓　名`` over the name);
- ``高/中/低``, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险`` and ``较高/一般/较低`` (with the note
  naming the three bands) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b265_"
PLACE = "金阳县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
RELATIVE = {"较高": 1, "一般": 2, "较低": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (编号, 风险点名称, 所在科室, 涉及岗位, 责任人, tier, 风险类型, 风险等级, 排查方式, 风险表现, 防控措施)
REGISTRY = [
    ("JY-BDC-01", "登记业务中打招呼、说情", "中心领导", "主任", "郗澹岳", "leader", "思想道德", "高", "个人自查",
     "对开发企业、熟人请托的登记事项打招呼，要求窗口“特事特办”，降低材料要求。",
     "落实干预登记业务记录报告制度；疑难事项经中心集体研究，研究意见存档。"),
    ("JY-BDC-02", "疑难登记事项个人拍板", "中心领导", "主任", "郗澹岳", "leader", "制度机制", "高", "科室排查",
     "历史遗留、权属争议等疑难登记不经集体研究，由个人决定登簿。",
     "建立疑难登记会审制度，会审纪要与登记档案一并归档。"),
    ("JY-BDC-03", "登记审核降低标准", "登记受理科", "科长", "鞠瓒棠", "middle", "岗位职责", "高", "科室排查",
     "对规划、竣工验收未通过的项目违规受理登记，为开发企业“开口子”。",
     "审核、复核分设，复核意见签字；不符合条件的一次性书面告知。"),
    ("JY-BDC-04", "收件审查把关不严", "登记受理科", "受理员", "阿卓依果", "general", "业务流程", "中", "个人自查",
     "对身份证明、权属来源材料审查不细，代理人无有效委托即予受理。",
     "收件清单化，身份信息联网核验，委托书原件留存。"),
    ("JY-BDC-05", "与中介人员勾连插队办理", "登记受理科", "受理员", "阿卓依果", "general", "外部环境", "高", "群众反映",
     "与窗口外中介人员串通，为其代办的业务插队、加急，从中收取好处。",
     "按取号顺序办理，加急件登记并经科长签字；窗口全程录音录像，每月抽查。"),
    ("JY-BDC-06", "权籍调查数据不实", "权籍调查科", "调查员", "金古拉格", "general", "岗位职责", "中", "个人自查",
     "宗地、房屋测量不到现场，面积、界址数据照抄申请人材料。",
     "外业调查两人以上，调查成果拍照上传，科长抽查复核。"),
    ("JY-BDC-07", "违规提供登记信息查询", "档案信息科", "查询员", "琚湜蓁", "general", "岗位职责", "中", "科室排查",
     "对无利害关系的个人、中介机构违规提供他人不动产登记信息。",
     "查询人身份核验，查询记录系统留痕，每季度检查查询日志。"),
    ("JY-BDC-08", "登记档案借阅不登记", "档案信息科", "查询员", "琚湜蓁", "general", "制度机制", "低", "科室排查",
     "登记档案借出、复制不履行登记手续，档案缺页、遗失。",
     "档案借阅审批登记，原件不出库，归还当面清点。"),
    ("JY-BDC-09", "登记费收缴不入账", "综合办公室", "会计", "阚翮汀", "general", "制度机制", "中", "个人自查",
     "收取的登记费、工本费不及时上缴，收费票据与登记件数不符。",
     "收费通过统一缴款码，票据与登记件数每月核对。"),
]  # fmt: skip


def jinyang_registry_point_cards() -> dict:
    unit = f"{PLACE}不动产登记中心"
    sh = _Sheet("风险点登记卡", [11, 15, 12, 15, 10, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点登记卡", 6)
    _line(sh, f"填报时间：2024年5月{GAP * 10}汇总：综合办公室", 6)
    for code, name, dept, post, who, tier, typ, lv, how, desc, measures in REGISTRY:
        r = sh.add("编　号", code, "风险点名称", name, None, None)
        sh.merge(r, 3, r, 5)
        sh.add("所在科室", dept, "涉及岗位", post, "责任人", who)
        sh.add("风险类型", typ, "风险等级", lv, "排查方式", how)
        r = sh.add("风险表现", desc, None, None, None, None)
        sh.merge(r, 1, r, 5)
        r = sh.add("防控措施", measures, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add()
        t.point(sh.name, dept, post, who, tier, name, types_in(typ), HML[lv])
    _line(
        sh,
        "注：一个风险点填一张卡；风险等级分高、中、低三档；本表由各科室填报，综合办公室汇总。",
        6,
    )
    sh.add("审核人：", None, "中心主任（签字）：", None, "2024年5月", None)
    return _layout(
        "jinyang_registry_point_cards", "http://www.handmsg.com/page/2018/0515/20272860.shtml",
        "(harder) 县不动产登记中心 廉政风险点登记卡 ONE CARD A RISK POINT, nine cards stacked down one sheet with a blank "
        "row between, after the source's article on a 不动产登记中心 (窗口, 中介, 信访, 办证): a title, a merged ``填报时间："
        "2024年5月　…汇总：综合办公室`` line, then NO HEADING ROW: each card is a label grid ``编　号 | JY-BDC-0N | 风险点名称 "
        "| …`` (merged over three cells), ``所在科室 | … | 涉及岗位 | … | 责任人 | …``, ``风险类型 | … (short) | 风险等级 | 高/中/低 "
        "| 排查方式 | …``, a merged ``风险表现 | …`` and a merged ``防控措施 | …`` line; each card names its own 科室, post and "
        "holder (主任 郗澹岳, 受理员 阿卓依果 and 查询员 琚湜蓁 have two cards, one under the other; three people one); a "
        "``注：一个风险点填一张卡…`` line and ``审核人： | 中心主任（签字）： | 2024年5月``",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jinyang_transport_checklist() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("排查表", [6, 13, 9, 10, 16, 34, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险点排查表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2024年6月", 9)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "缑昶霖", "leader", [
            ("农村公路项目安排", "通村通组公路项目安排不经集体研究，向关系乡镇、村倾斜", "制度机制", "高",
             "年度项目计划经局党组会研究，计划和资金安排公开。"),
            ("工程款拨付审批", "不按监理计量和施工进度审批拨款，超付预付款", "岗位职责", "高",
             "工程款按监理计量、股室审核、局长审批三级拨付。"),
        ]),
        ("局领导", "副局长", "的日伍沙", "leader", [
            ("交工验收", "验收走过场，对路面厚度、宽度不达标的工程放行", "岗位职责", "中",
             "交工验收邀请纪检人员和乡镇参加，检测数据存档。"),
        ]),
        ("建设管理股", "股长", "檀芃沅", "middle", [
            ("招标文件编制", "设置倾向性资格条件，排斥潜在投标人", "业务流程", "高", "招标文件经法律顾问审查后发布。"),
            ("设计变更审核", "虚增变更工程量，先施工后变更", "业务流程", "中", "变更超过限额的报局务会研究，变更资料公示。"),
        ]),
        ("公路养护股", "股长", "罗洪约格", "middle", [
            ("养护公益性岗位管理", "虚报、冒名顶替养护公益性岗位人员，套取岗位补贴", "业务流程", "中",
             "岗位人员名单在村公示，考勤随机抽查。"),
            ("危桥改造和护栏安装验收", "接受施工单位宴请，降低验收标准", "外部环境", "中", "验收两人以上，现场拍照上传平台。"),
        ]),
        ("公路养护股", "巡查员", "蓬黻川", "general", [
            ("路长制巡查", "巡查记录造假，发现的水毁、塌方隐患不上报", "思想道德", "低", "巡查轨迹系统留痕，隐患当日上报。"),
        ]),
        ("运输管理股", "科员", "布约拉且", "general", [
            ("道路运输证办理", "为不符合条件的车辆、驾驶员办理道路运输证件", "岗位职责", "低", "办证材料清单化审核，办理结果网上可查。"),
        ]),
        ("计划财务股", "会计", "笪苾溪", "general", [
            ("水毁修复资金报账", "报账凭证审核不严，虚列水毁修复支出", "制度机制", "中", "报账实行经办、审核、审批三签，每季度抽查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "jinyang_transport_checklist",
        "http://www.cqwx.gov.cn/bm/xjtj/bmdt/202401/t20240118_12836560.html",
        "县交通运输局 岗位廉政风险点排查表, after the source's 县交通局 on 冬季农村公路 (路长制, 公示牌, 养护, 清理边沟, 公益性"
        "岗位, 护栏, 危桥): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2024年6月`` line, then 序号/股室 merged "
        "(局领导, 建设管理股, 公路养护股, 运输管理股, 计划财务股)/岗位 and 姓名 merged per person/a short 风险点/a long 风险表现/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施; a blank row and a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def jinyang_employment_duty_list() -> dict:
    unit = f"{PLACE}就业服务中心"
    sh = _Sheet("责任清单", [6, 12, 12, 18, 36, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}就业补助资金经办岗位廉政风险防控责任清单", 8)
    sh.add(
        "序号", "科室", "责任岗位", "业务事项", "廉政风险点", "风险等级", "防控措施", "监督责任人"
    )
    rows = [
        ("就业促进股", "补贴受理岗", "general", "职业培训补贴受理", "对培训人数、签到和考核材料不核实即受理", "二级",
         "培训签到人脸识别，受理材料清单化。", "分管副主任"),
        ("就业促进股", "补贴受理岗", "general", "一次性创业补贴受理", "为亲友代办申请，虚构经营场所和带动就业人数", "二级",
         "经营场所实地核查，受理人员亲属申请回避。", "分管副主任"),
        ("就业促进股", "补贴审核岗", "general", "就业补贴审核", "审核把关不严，同一人员重复享受补贴", "一级",
         "审核时信息系统比对参保、享受记录，审核意见签字。", "分管副主任"),
        ("就业促进股", "股长", "middle", "公益性岗位人员认定", "公益性岗位人员认定不符合条件，优亲厚友", "一级",
         "认定名单在乡镇、村公示，接受举报。", "中心主任"),
        ("创业服务股", "股长", "middle", "创业担保贷款推荐", "收受好处为不符合条件的对象推荐创业担保贷款", "一级",
         "推荐对象经股室集体研究，推荐名单公示。", "中心主任"),
        ("创业服务股", "创业指导员", "general", "创业培训机构考核", "考核不严，默许培训机构虚报学员和课时", "二级",
         "考核组三人以上，考核结果公示。", "分管副主任"),
        ("财务室", "出纳", "general", "补贴资金拨付", "补贴资金不直接拨付到个人或企业账户，截留挪用", "一级",
         "补贴资金通过银行代发，拨付明细与审批名单逐笔核对。", "中心主任"),
        ("财务室", "会计", "general", "补助资金台账", "资金台账登记不及时，发放明细与拨付凭证不符", "三级",
         "台账按月登记，每季度与财政对账。", "中心主任"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, duty, point, lv, measures, watcher) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures, watcher)
        t.point(sh.name, dept, post, "", tier, point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(
        sh,
        "注：本清单对岗不对人，人员变动不影响清单内容；风险等级一级为高、二级为中、三级为低。",
        8,
    )
    sh.add("编制：", None, None, "审核：", None, None, "2024年4月", None)
    return _layout(
        "jinyang_employment_duty_list", "https://smelz.cn/article/zhengce/detail-43382.html",
        "县就业服务中心 就业补助资金经办岗位廉政风险防控责任清单 对岗不对人, after the source's 就业补助资金监督办法 (受理, "
        "审核, 审批, 拨付, 内控机制): a title, then 序号/科室 merged (就业促进股, 创业服务股, 财务室)/``责任岗位`` merged/"
        "``业务事项``/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/``监督责任人`` (中心主任, 分管副主任); no names, no type "
        "column; a ``注：本清单对岗不对人…`` line and ``编制： | 审核： | 2024年4月``",
        [sh], t,
    )  # fmt: skip


MEDIA = [
    ("编发室", "綦珝澄", "主任", "middle", [
        ("稿件审核把关不严，刊发有偿新闻", "高", "稿件实行三审三校，有偿新闻一经发现严肃处理。", "已落实"),
        ("新媒体账号转发商业推广信息收取费用", "中", "新媒体发布内容登记，推广合作经中心集体研究。", "已落实"),
    ]),
    ("采集室", "巴莫尔曲", "记者", "general", [
        ("采访中收受被采访单位红包、礼品", "高", "采访纪律上墙，拒收登记。", "已落实"),
        ("以批评报道相要挟，索取好处", "中", "批评报道选题报中心审定，采访两人以上。", "已落实"),
        ("稿酬、误餐补助虚报", "低", "稿酬按刊播记录核发，补助按出勤登记发放。", "需加强"),
    ]),
    ("翻译室", "阿侯日哈", "彝语翻译", "general", [
        ("彝语节目译制虚报工作量，多领译制费", "中", "译制任务登记，译制费按播出时长核定。", "已落实"),
        ("外聘译员劳务费发放不规范", "低", "外聘劳务签订协议，劳务费银行转账发放。", "需加强"),
    ]),
    ("技术室", "暨菡舲", "主任", "middle", [
        ("播出设备采购指定品牌、供应商", "高", "设备采购按政府采购程序，技术参数集体论证。", "已落实"),
        ("设备维修外包费用虚高", "中", "维修项目询价三家以上，维修结果验收签字。", "已落实"),
    ]),
]  # fmt: skip


def jinyang_media_self_checks() -> dict:
    unit = f"{PLACE}融媒体中心"
    t = _Truth(unit)
    sheets = []
    for room, who, post, tier, items in MEDIA:
        sh = _Sheet(room, [6, 36, 10, 34, 12])
        _line(sh, f"{unit}干部职工廉政风险自查表", 5)
        sh.add("姓　名", "所在室", "岗　位", "政治面貌", "填表时间")
        sh.add(who, room, post, "中共党员", "2024年6月")
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(items, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, room, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签字：", None, "室负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jinyang_media_self_checks", "http://www.xiahe.gov.cn/info/1605/14161.htm",
        "县融媒体中心 干部职工廉政风险自查表, one sheet a person (tabs 编发室, 采集室, 翻译室, 技术室), after the source's 县融"
        "媒体中心 部门预算说明 (办公室, 指挥中心, 采集室, 编发室, 技术室, 翻译室): a title, a LABEL ROW ``姓　名 | 所在室 | 岗　位 | "
        "政治面貌 | 填表时间`` with the values in the row under it, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``自查情况`` "
        "(已落实, 需加强); no type column; a blank row and ``本人签字： | 室负责人意见：``",
        sheets, t,
    )  # fmt: skip


def jinyang_agri_rural_list() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("一览表", [6, 13, 9, 10, 16, 34, 12, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 10)
    sh.add("序号", "科室", "岗位", "责任人", "权力事项", "廉政风险点", "风险类别", "风险等级", "防控措施",
           "分管领导")  # fmt: skip
    lead, revive, econ, proj, money = (
        "局领导",
        "乡村振兴股",
        "农村经营管理股",
        "项目办",
        "计划财务股",
    )
    chief, deputy1, deputy2 = "逄绶筠", "马黑木呷", "厍晏篁"
    rows = [
        (lead, "局长", chief, "leader", "/", [
            ("衔接资金项目安排", "衔接推进乡村振兴补助资金项目安排不经集体研究，个人说了算", "制度机制风险", "高",
             "项目库入库和资金安排经局党组会研究，结果公示。"),
        ]),
        (lead, "副局长", deputy1, "leader", "/", [
            ("产业项目验收", "对建设内容未完成的产业项目签署验收意见", "岗位职责风险", "中",
             "验收组三人以上，验收照片和意见存档。"),
        ]),
        (lead, "副局长", deputy2, "leader", "/", [
            ("农村集体资产监管", "对村集体资产处置、租赁说情打招呼", "思想道德风险", "中", "落实干预插手登记报告制度。"),
        ]),
        (revive, "股长", "昝琮岚", "middle", deputy1, [
            ("防返贫监测对象识别", "监测对象识别不精准，应纳未纳、优亲厚友", "岗位职责风险", "高",
             "监测对象经村评议、乡审核、县比对，名单公示。"),
        ]),
        (revive, "科员", "吉地尔布", "general", deputy1, [
            ("重点对象入户核实", "对新增低保户、新致残户等重点对象不入户核实，照抄上报数据", "业务流程风险", "中",
             "入户核实拍照留痕，核实表由户主签字。"),
        ]),
        (econ, "股长", "郦蔚岑", "middle", deputy2, [
            ("村集体“三资”清产核资", "清产核资数据不实，资产台账与实物不符", "业务流程风险", "高",
             "以村为单位建立三资明细表，到现场实地比对。"),
            ("村级财务代理记账", "对村级不合规票据入账不纠正", "制度机制风险", "中", "代理记账票据审核清单化，每半年抽查。"),
        ]),
        (proj, "主任", "宓棣川", "middle", deputy2, [
            ("乡村工程项目发包", "简易审批项目化整为零，指定施工队伍", "制度机制风险", "高",
             "项目发包进入公共资源交易平台或公开比选。"),
            ("项目资金拨付", "未按工程进度和验收结果拨付资金", "岗位职责风险", "中", "资金拨付凭验收单和监理签字。"),
        ]),
        (money, "出纳", "洛古什布", "general", chief, [
            ("衔接资金支付", "资金支付不及时，坐收坐支", "思想道德风险", "低", "资金支付网上审批，银行对账单每月核对。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, watcher, points in rows:
        for power, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, power, point, typ, lv, measures, watcher)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：分管领导负监督责任；风险等级分高、中、低三档。", 10)
    sh.add("填报人：", None, None, "审核人：", None, None, None, "2024年7月", None, None)
    return _layout(
        "jinyang_agri_rural_list", "http://ffclzxw.org.cn/show-234777.html",
        "县农业农村局 岗位廉政风险防控一览表, after the source's 州纪委监委 on 乡村振兴 监督 (村集体“三资”, 防返贫, 新增低保户、"
        "新致残户 入户核实, 乡村工程项目, 简易审批项目): a title, then 序号/科室 merged (局领导, 乡村振兴股, 农村经营管理股, "
        "项目办, 计划财务股)/岗位 and ``责任人`` merged per person/``权力事项``/廉政风险点/``风险类别`` ``…风险``/风险等级 高/中/低/"
        "防控措施/``分管领导`` (names of the watching 局长 and 副局长, ``/`` on the leaders' rows); a ``注：分管领导负监督责任…`` "
        "line and a 填报人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def jinyang_housing_two_sheets() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    t = _Truth(unit)
    header = (
        "序号",
        "责任股室（站）",
        "岗位",
        "责任人",
        "廉政风险点",
        "风险类别",
        "风险等级",
        "防控措施",
        "备注",
    )
    parts = [
        ("局机关", f"{unit}机关岗位廉政风险防控清单", [
            ("局领导", "局长", "巩璟翾", "leader", [
                ("重大项目、大额资金使用不经集体决策", "制度机制风险", "Ⅰ级", "严格执行“三重一大”集体决策，会议纪要存档。", None),
            ]),
            ("局领导", "副局长", "杰觉伍各", "leader", [
                ("农村危房改造补助资金审批把关不严，资金被套取", "岗位职责风险", "Ⅰ级",
                 "补助资金审批前核对鉴定、验收资料，审批名单公示。", "新增"),
            ]),
            ("村镇建设股", "股长", "仉晷阳", "middle", [
                ("危房鉴定不实，为不符合条件的农户申报改造补助", "业务流程风险", "Ⅰ级",
                 "危房鉴定两人以上到现场，鉴定结果在村公示。", None),
                ("对偷工减料、面积不达标的改造户验收通过", "岗位职责风险", "Ⅱ级", "竣工验收逐户拍照，乡镇、村共同签字。", "新增"),
            ]),
            ("建筑市场管理股", "科员", "拉马阿衣", "general", [
                ("施工许可资料审查不严，先建后批不制止", "岗位职责风险", "Ⅱ级", "施工许可网上审批，审查意见留痕。", None),
            ]),
            ("计划财务股", "会计", "亓琳瑄", "general", [
                ("补助资金不直接兑付到户，伪造发放账目", "制度机制风险", "Ⅰ级", "补助资金一卡通直接兑付，发放明细与清册核对。", None),
            ]),
        ]),
        ("站（中心）", f"{unit}下属站（中心）岗位廉政风险防控清单", [
            ("建筑工程质量安全监督站", "站长", "禚芷洄", "middle", [
                ("质量监督检查走过场，对违规施工不下整改通知", "岗位职责风险", "Ⅰ级",
                 "监督检查两人以上，检查记录和整改通知上传平台。", None),
                ("安全文明施工措施费核定随意", "业务流程风险", "Ⅱ级", "措施费按标准核定，核定结果复核。", None),
            ]),
            ("住房保障服务中心", "主任", "达久克惹", "middle", [
                ("公租房分配资格审核不严，违规分配", "岗位职责风险", "Ⅱ级", "申请人信息多部门比对，分配结果公示。", None),
                ("公租房租金收缴不入账", "思想道德风险", "Ⅲ级", "租金通过银行代收，收缴台账每月核对。", None),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, title, people in parts:
        sh = _Sheet(tab, [6, 16, 9, 10, 36, 12, 8, 32, 8])
        _line(sh, title, 9)
        sh.add(*header)
        first = len(sh.rows)
        n = 0
        for dept, post, who, tier, points in people:
            for point, typ, lv, measures, note in points:
                n += 1
                sh.add(n, dept, post, who, point, typ, lv, measures, note)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        _per_person(sh, first, 1, 2, 3)
        _line(
            sh, "注：风险等级分Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）；备注栏“新增”为本年度新增风险点。", 9
        )
        sheets.append(sh)
    return _layout(
        "jinyang_housing_two_sheets", "http://www.victorzhang.cn/page/2017/0903/11494595.shtml",
        "县住房和城乡建设局 岗位廉政风险防控清单 in two sheets, ``局机关`` and ``站（中心）``, after the source's piece on 凉山 "
        "“蝇贪” (危房改造 套取资金, 伪造财务账目, 偷工减料): a title on each, then 序号/``责任股室（站）`` merged (局领导, 村镇建设股, "
        "建筑市场管理股, 计划财务股; 建筑工程质量安全监督站, 住房保障服务中心)/岗位 and 责任人 merged per person/廉政风险点/"
        "风险类别 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``备注`` (``新增`` on two rows); a ``注：`` line under each",
        sheets, t,
    )  # fmt: skip


INSURANCE = [
    ("主任", "嵇澍青", "中心领导", "主任", "leader", "主持中心全面工作，负责社会保险基金支出审批和经办内控。", [
        ("基金支出审批", "大额基金支出、待遇补发不经集体研究，个人审批", "制度机制", "高风险",
         "大额支出经中心主任办公会研究，按月向县人力资源和社会保障局报告。"),
        ("经办权限分配", "信息系统经办权限随意授予，人员离岗后不及时注销", "岗位职责", "中风险",
         "权限按岗位授予，离岗当日注销，每季度核查一次。"),
    ]),
    ("待遇核定岗", "尔古阿洛", "城乡居民养老保险股", "待遇核定岗", "general",
     "负责城乡居民养老保险待遇核定、领取资格认证和待遇暂停、恢复。", [
        ("待遇领取资格认证", "对死亡人员不及时停发待遇，导致养老金被冒领", "岗位职责", "高风险",
         "每月与公安、民政、卫健死亡数据比对，疑点逐一核实。"),
        ("暂停人员核实", "暂停人员核实走过场，违规恢复待遇", "业务流程", "中风险", "恢复待遇须本人认证并经股长复核。"),
    ]),
    ("基金财务岗", "郜渼岑", "基金财务股", "基金财务岗", "general", "负责基金收支核算、政府代缴资金核拨和追回资金入账。", [
        ("政府代缴资金核拨", "代缴对象名单与困难群体数据不符，虚报代缴人数", "业务流程", "高风险",
         "代缴名单与民政、乡村振兴部门数据比对后核拨。"),
        ("老农保退保资金退回", "同名同姓、新旧身份证号不一致的未甄别，退回资金错发", "业务流程", "中风险",
         "退回资金逐人核对身份，发放明细留档。"),
        ("追回养老金入账", "追回的冒领养老金不及时入账", "思想道德", "低风险", "追回资金直接缴入基金收入户，台账销号。"),
    ]),
]  # fmt: skip


def jinyang_social_insurance_cards() -> dict:
    unit = f"{PLACE}社会保险事务中心"
    t = _Truth(unit)
    sheets = []
    for tab, who, dept, post, tier, duty, points in INSURANCE:
        sh = _Sheet(tab, [6, 18, 34, 10, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "所在股室", dept, "岗　位", post)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
        for i, (point, desc, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add("持卡人签字：", None, "股室负责人签字：", None, "监督电话：12388", None)
        sheets.append(sh)
    return _layout(
        "jinyang_social_insurance_cards", "http://m.jizihe.com/page/2020/0221/17700592.shtml",
        "县社会保险事务中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 待遇核定岗, 基金财务岗), after the source's 县居保局 "
        "行动 (政府代缴, 死亡人员养老金追回, 暂停人员核实, 老农保退回 同名同姓, 经办权限核查): a title, ``持卡人 | … | 所在股室 | … "
        "| 岗　位 | …``, a merged ``岗位职责 | …`` line, then 序号/a short 风险点/a long 风险表现/风险类型 (short)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; ``持卡人签字： | 股室负责人签字： | 监督电话：12388``",
        sheets, t,
    )  # fmt: skip


def jinyang_culture_tourism_list() -> dict:
    unit = f"{PLACE}文化广播电视和旅游局"
    sh = _Sheet("一览表", [6, 14, 16, 18, 36, 6, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "股室", "岗位及责任人", "权力事项", "廉政风险点", "等级", "防控措施")
    rows = [
        ("局领导", "局长", "瞿崧年", "leader", [
            ("文化市场重大案件处理", "对重大违法经营案件说情，降格处理", "高", "重大案件经局务会集体审议，处理结果公开。"),
            ("文化产业扶持资金分配", "扶持资金分配不经集体研究，向关系企业倾斜", "高", "扶持对象和金额公示五个工作日。"),
        ]),
        ("局领导", "副局长", "俄的拉者", "leader", [
            ("旅游招商项目洽谈", "在招商洽谈中接受客商宴请、礼品", "中", "招商洽谈两人以上，礼品拒收登记。"),
        ]),
        ("文化市场管理股", "股长", "沙马拉格", "middle", [
            ("歌舞娱乐场所设立审批", "对消防、面积不达标的场所违规审批", "高", "现场核查两人以上，审批意见留痕。"),
            ("网吧经营许可证年检", "年检走过场，对接纳未成年人的网吧不查处", "中", "年检结果公示，执法检查随机抽取对象。"),
        ]),
        ("文物保护股", "文物管理员", "蒯蘅芷", "general", [
            ("文物修缮工程验收", "修缮工程验收不到现场，验收意见照抄", "中", "验收邀请文物专家参加，隐蔽工程拍照存档。"),
        ]),
        ("旅游发展股", "股长", "隗溥川", "middle", [
            ("A级景区评定推荐", "推荐材料把关不严，为不达标景区出具推荐意见", "中", "推荐前组织实地暗访，推荐结果集体研究。"),
            ("旅游发展资金拨付", "资金拨付不按项目进度", "低", "资金拨付凭项目验收单。"),
        ]),
        ("办公室", "出纳", "木乃阿呷", "general", [
            ("公务接待费报销", "无公函接待、超标准接待费用予以报销", "低", "接待费报销附公函和接待清单。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for power, point, lv, measures in points:
            n += 1
            sh.add(n, dept, f"{post}{GAP}{who}", power, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add()
    sh.add("单位负责人：", None, "填表人：", None, None, "2024年6月", None)
    return _layout(
        "jinyang_culture_tourism_list", "http://cn.loolbook.com/zichabaogao/11846.html",
        "县文化广播电视和旅游局 岗位廉政风险防控一览表, after the source's 县文化局 自查报告 (网吧, 游戏机, 歌舞娱乐场所, 出版物, "
        "演出场所, 许可证 年检, 审批事项 整合): a title, then 序号/股室 merged (局领导, 文化市场管理股, 文物保护股, 旅游发展股, "
        "办公室)/``岗位及责任人`` merged per person, written ``股长　沙马拉格`` (post, a full-width space, the name)/``权力事项``/"
        "廉政风险点/a level column headed ``等级`` (高/中/低)/防控措施; no type column; a blank row and ``单位负责人： | "
        "填表人： | 2024年6月``",
        [sh], t,
    )  # fmt: skip


def jinyang_pepper_center_list() -> dict:
    unit = f"{PLACE}青花椒产业发展中心"
    sh = _Sheet("一览表", [6, 12, 9, 10, 18, 34, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"单位：{unit}{GAP * 16}2024年5月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险描述", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "冼暄和", "leader", [
            ("产业扶持资金分配", "青花椒产业扶持资金分配不经主任办公会研究，向关系大户、合作社倾斜", "较高",
             "分配方案集体研究并报县农业农村局备案，结果公示。"),
            ("地理标志使用授权", "“金阳青花椒”地理标志使用授权审核放宽，收受企业好处", "一般", "授权条件公开，授权名单集体审定。"),
        ]),
        ("中心领导", "副主任", "曲比阿牛", "leader", [
            ("苗木采购验收", "青花椒苗木采购指定供苗单位，验收不核对品种和规格", "较高", "苗木采购公开比选，验收随机抽检。"),
        ]),
        ("技术推广科", "科长", "扈耘禾", "middle", [
            ("丰产示范园补助验收", "验收不到现场，虚报种植面积和挂果面积", "较高", "示范园面积实地测量，验收结果公示。"),
            ("技术培训经费使用", "虚报培训人数、天数，套取培训经费", "一般", "培训签到拍照上传，经费按实结算。"),
        ]),
        ("技术推广科", "技术员", "阿苏伍沙", "general", [
            ("病虫害防治物资发放", "防治药剂发放不登记，私自留存、转卖", "一般", "物资发放到户登记签字，每季度盘点。"),
        ]),
        ("市场营销科", "科长", "贲邃之", "middle", [
            ("展销会参展企业推荐", "推荐参展企业优亲厚友，收受企业礼品", "较低", "参展企业条件公开，推荐结果公示。"),
        ]),
        ("综合科", "会计", "郯洵美", "general", [
            ("报销凭证审核", "报销凭证审核不严，虚列会议费、差旅费", "较低", "报销凭证逐笔审核，每半年内部抽查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, desc, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], RELATIVE[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分较高、一般、较低三档。", 8)
    sh.add("填表人：", None, None, "审核人：", None, None, "中心主任（签字）：", None)
    return _layout(
        "jinyang_pepper_center_list", "https://lunancj.com/finance/sn/2018/0626/6788.html",
        "县青花椒产业发展中心 岗位廉政风险防控一览表, after the source's page on 金阳青花椒 (中国青花椒第一县, 种植面积, 挂果面积, "
        "年产量, 产值, 远销): a title, a merged ``单位：…　2024年5月`` line, then 序号/科室 merged (中心领导, 技术推广科, 市场营销科, "
        "综合科)/岗位 and 姓名 merged per person/a short 风险点/a long 风险描述/风险等级 ``较高/一般/较低``/防控措施; no type "
        "column; a ``注：风险等级分较高、一般、较低三档。`` line and a 填表人/审核人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jinyang_registry_point_cards(),
    jinyang_transport_checklist(),
    jinyang_employment_duty_list(),
    jinyang_media_self_checks(),
    jinyang_agri_rural_list(),
    jinyang_housing_two_sheets(),
    jinyang_social_insurance_cards(),
    jinyang_culture_tourism_list(),
    jinyang_pepper_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch265-inbox"))
