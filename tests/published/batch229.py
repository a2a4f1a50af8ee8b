"""The two-hundred-and-twenty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE NATURAL-RESOURCES, HOUSING AND AGRICULTURE BODIES of one
county, 丹巴县 — its 自然资源局 with a 自然资源所, the 不动产登记中心, the 住房和城乡建设局, the 农业农村局,
a 乡's 林业站, the 水利局, the 州 生态环境局's 丹巴分局 and the 林业和草原局 — each handing back its
ordinary 一览表, 排查表, 清单, 自查表 or 防控卡 the way its staff typed it, the rows about 审批, 登记,
项目, 补贴 and 执法:

- a 自然资源局 一览表 under ``附件1`` and a merged ``填报单位（盖章）：…　填报日期：…`` line, ``股室`` merged
  (局领导, 国土空间规划股, 耕地保护股, 执法监察大队, 杜鹃坪自然资源所), 岗位 and 姓名 merged per person,
  short types, 高/中/低, a ``局纪检组审核： | 填表人： | 联系电话：`` line;
- the 不动产登记中心's 排查表: a ``填报单位（盖章）：…`` cell and a date cell above, NO 科室 column, a
  ``工作环节`` (申请受理, 权籍调查, 审核登簿, 缮证发证) before 岗位 and 责任人, 一级/二级/三级, no type
  column, a ``注：`` line and a ``中心负责人（签字）：`` line;
- the 住房和城乡建设局's 清单 对岗不对人 cut by merged group rows ``一、局领导班子`` … ``四、建设工程质量
  安全监督站`` (the 科室), 岗位 merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 农业农村局's 自查表 one sheet a person (the tab the person's name), two rows of pairs above
  (``姓名 | … | 性别 | … | 政治面貌 | …`` and ``所在股室 | … | 职务 | … | 填表日期 | …``), a ``岗位职责``
  column before the 风险点, short types, 高/中/低, ``自查人签名： | 股室负责人审核：`` below;
- a 乡 林业站's 防控卡 one sheet a holder, ``持卡人 | … | 所在站所 | …乡林业站 | 职务 | …`` above, levels
  ``★★★/★★/★`` with a ``注：`` legend, no type column, a 监督电话 and 持卡人签名 line (one holder with a
  Tibetan name, as 丹巴's 嘉绒 villages have them);
- the 水利局's 一览表 with a short ``风险名称`` beside a long ``风险描述``, ``…风险`` types and levels written
  ``高风险/中风险/低风险``;
- the 生态环境局丹巴分局's handbook in two sheets: its leaders with 姓名, 职务 and 分管工作 merged down,
  一级/二级/三级, no type column; its 股室 对岗不对人 with short types.

One is harder:

- ``forestry_types_as_columns``: the 林业和草原局's 排查表 whose heading ``廉政风险点`` is merged over
  FOUR TYPE SUB-COLUMNS ``思想道德 | 岗位职责 | 制度机制 | 外部环境``, each row one 工作事项 of a post,
  each risk written AS TEXT in the sub-column of its type (one, two or three a row, the others left
  blank) — not ticked with ``√`` — the row's one 风险等级 and 防控措施 at the right; 股室 merged,
  岗位 and 姓名 merged per person.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县自然资源局's 职能配置 — 确权登记,
资产有偿使用, 用途管制, 执法; a 不动产登记 内控制度 — 申请受理, 权属调查 and 实地查看, 初审 and 登簿; a
区 住建 清查 of 违法建设 and 违规审批; a 镇纪委 watching 种粮补贴, 耕地保护补贴 and 农机购置补贴; a 县's
生态护林员 "县建、镇聘、站管、村用"; a 市水利局's 项目建设 调研 — 招标投标, 资金使用, 建设管理; a 生态环境局
分局's 法治政府 report — 环评, 执法, 监测; a 林业局's 停伐 监督 — 伐区设计, 采伐许可, 木材运输) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented; every unit is a body of 丹巴县 (its 乡 and 所 — 杜鹃坪 — invented).

Run ``python tests/published/score.py --set batch229`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder table each non-blank cell under ``廉政风险点`` is one point of its row's post and
  holder, typed by its sub-column's heading (one type a point), at its row's level; the 工作事项 is
  no point;
- a 自然资源所 of the 自然资源局, the 执法监察大队 of the 局, the 质量安全监督站 of the 住建局, the
  水政监察大队 of the 水利局, the 执法大队 and 监测站 of the 分局 and the 草原工作站 of the 林草局 are 科室
  of their unit; a 乡's 林业站 is the 乡's (the 乡镇 站/所 convention of the earlier batches, batch228):
  unit the 乡, 科室 林业站, the ``所在站所`` cell naming it with the 乡 before it;
- the 不动产登记中心 is a unit of its own (its title names it), its posts with department "" (no 科室
  column), its ``工作环节`` no point;
- the 生态环境局丹巴分局 is the unit (the 州 局's 分局, named so in its titles); its 分局长 and 副分局长
  stand on their own sheet with no 科室 (department "");
- ``高风险/中风险/低风险`` are 1/2/3, ``★★★/★★/★`` 1/2/3 (the card's legend says so);
- 局长/副局长, 分局长/副分局长 and the 不动产登记中心's 主任 (the unit's head) are leaders; 股长, 所长,
  站长, 副站长, 大队长 middle; 科员, 队员, 执法人员, 监督员, 工作人员, 林业员 and the …岗 posts general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b229_"
PLACE = "丹巴县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
TYPE_COLUMNS = ("思想道德", "岗位职责", "制度机制", "外部环境")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, person: int | None) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       row[person] if person is not None else None)  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + ([] if person is None else [(person, key)])
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout


def forestry_types_as_columns() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("排查表", [6, 12, 9, 9, 14, 22, 22, 22, 22, 8, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 11)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2024年12月", 11)
    h = sh.add("序号", "股室", "岗位", "姓名", "工作事项", "廉政风险点", None, None, None, "风险等级",
               "防控措施")  # fmt: skip
    sh.add(None, None, None, None, None, *TYPE_COLUMNS, None, None)
    for c in (0, 1, 2, 3, 4, 9, 10):
        sh.merge(h, c, h + 1, c)
    sh.merge(h, 5, h, 8)
    # (股室, 岗位, 姓名, tier, [(工作事项, {type: risk}, level, measures)])
    people = [
        ("局领导", "局长", "仉怀瑾", "leader", [
            ("林木采伐指标分配",
             {"思想道德": "利用采伐指标分配为亲友谋取利益",
              "制度机制": "采伐指标分配方案不经局党组集体研究"}, "高",
             "采伐指标分配方案经局党组会研究，分配结果在政府网站公示。"),
            ("林业项目资金安排",
             {"岗位职责": "对林业项目资金使用监管不力，资金被挤占挪用",
              "外部环境": "项目申报单位请托说情，违规安排项目"}, "中",
             "项目资金安排集体研究，实行项目库管理，资金拨付经财务股审核。"),
        ]),
        ("资源管理股", "股长", "蒯青崖", "middle", [
            ("林木采伐许可审核",
             {"岗位职责": "伐区调查设计审核不严，为超量采伐办理许可",
              "外部环境": "接受采伐申请人宴请、礼金"}, "高",
             "伐区设计现场复核两人以上，许可结果网上公开。"),
            ("使用林地审核",
             {"制度机制": "占用林地面积核定不实，少收森林植被恢复费"}, "中",
             "使用林地现场查验与卫片比对，植被恢复费按核定面积征收。"),
        ]),
        ("林业行政执法大队", "执法队员", "佘砺川", "general", [
            ("木材运输检查",
             {"思想道德": "对无证运输木材收受好处后放行",
              "岗位职责": "查获木材不登记、不入库"}, "高",
             "木材检查两人以上，查获木材当日登记入库，执法记录仪全程记录。"),
            ("林业案件办理",
             {"制度机制": "罚没木材处置不经评估，低价处理给关系人"}, "中",
             "罚没木材经评估后公开拍卖，处置结果公示。"),
        ]),
        ("草原工作站", "站长", "檀映秋", "middle", [
            ("草原生态保护补助奖励",
             {"思想道德": "为亲友多报草场面积套取补奖资金",
              "岗位职责": "禁牧和草畜平衡面积核实不实",
              "制度机制": "补奖资金发放名册不公示"}, "高",
             "补奖面积以确权数据为准，名册在村公示七天，资金“一卡通”发放。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, items in people:
        for matter, risks, lv, measures in items:
            n += 1
            sh.add(n, dept, post, who, matter, *(risks.get(k) for k in TYPE_COLUMNS), lv, measures)
            for k in TYPE_COLUMNS:
                if k in risks:
                    t.point(sh.name, dept, post, who, tier, risks[k], [k], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    r = sh.add("注：廉政风险点按思想道德、岗位职责、制度机制、外部环境四类分别填写，没有的空白；风险等级分高、中、低。",
               *([None] * 10))  # fmt: skip
    sh.merge(r, 0, r, 10)
    sh.add()
    sh.add("局主要负责人（签字）：", None, None, None, None, "局纪检组（签字）：", None, None, None, None,
           None)  # fmt: skip
    return _layout(
        "forestry_types_as_columns",
        "https://changchun.baogaosu.com/xinwen/%E6%9E%97%E4%B8%9A%E5%B1%80%E4%B8%93%E5%91%98%E5%8A%9E"
        "%E4%B8%A5%E6%A0%BC%E5%81%9A%E5%A5%BD%E5%81%9C%E4%BC%90%E5%89%8D/30869705",
        "(harder) 县林业和草原局 岗位廉政风险排查表 after the source's 林业局 停伐 监督 (伐区设计, 采伐许可证, 越界和"
        "超量采伐, 木材运输证, 监督站): a title, a merged ``填报单位（盖章）：丹巴县林业和草原局　…　填报时间：2024年12月`` "
        "line, then a TWO-ROW heading — 序号/股室/岗位/姓名/工作事项/风险等级/防控措施 merged down, ``廉政风险点`` "
        "merged across FOUR TYPE SUB-COLUMNS ``思想道德 | 岗位职责 | 制度机制 | 外部环境`` — each row one 工作事项 "
        "(林木采伐指标分配, 林木采伐许可审核, 木材运输检查, 草原生态保护补助奖励 …) whose risks are written AS TEXT in "
        "the sub-column of their type (one to three a row, the rest blank; no √), one 高/中/低 and one 防控措施 for the "
        "row; 股室 merged, 岗位 and 姓名 merged per person; a ``注：`` line and a 签字 line below",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def natres_bureau_list() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("一览表", [6, 16, 10, 9, 38, 10, 8, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报日期：2024年11月20日", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "訾怀川", "国有建设用地出让方案不经局党组集体研究，擅自调整出让条件", "制度机制", "高",
         "出让方案经局党组会集体研究，报县政府审定，出让全程进入公共资源交易平台。", "leader"),
        ("局领导", "副局长", "冉青禾", "对分管的土地整理项目验收把关不严，为施工方说情", "岗位职责", "中",
         "项目验收邀请财政、审计和乡镇参加，验收意见集体签署。", "leader"),
        ("国土空间规划股", "股长", "郜知远", "违规调整详细规划指标，提高容积率", "岗位职责", "高",
         "规划指标调整经规划委员会审议并公示，调整过程全程留痕。", "middle"),
        ("国土空间规划股", "股长", "郜知远", "规划条件核实走过场，对超建面积不如实记录", "业务流程", "中",
         "规划核实两人以上现场测量，核实结果与测绘成果比对。", "middle"),
        ("耕地保护股", "股长", "缑汀葭", "耕地占补平衡指标核算弄虚作假", "制度机制", "高",
         "补充耕地项目经县级验收和省级复核，指标入库信息公开。", "middle"),
        ("耕地保护股", "科员", "亓映雪", "永久基本农田调整中收受好处，违规调出地块", "思想道德", "中",
         "调整方案经乡镇、村组公示，调出地块逐块实地核查。", "general"),
        ("执法监察大队", "大队长", "税永平", "违法用地查处中以罚代拆、降格处理", "外部环境", "高",
         "违法用地案件集体审议，处罚决定网上公开，拆除情况跟踪复查。", "middle"),
        ("执法监察大队", "执法队员", "但小岷", "动态巡查发现违法占地不报告、不制止", "岗位职责", "中",
         "巡查轨迹定位上传，卫片图斑逐一核查销号。", "general"),
        ("杜鹃坪自然资源所", "所长", "敬伯川", "农村宅基地用地审查把关不严，为不符合“一户一宅”的申请出具同意意见", "岗位职责",
         "高", "宅基地申请村组公示、现场踏勘、乡自然资源所和农业农村部门联审。", "middle"),
        ("杜鹃坪自然资源所", "所长", "敬伯川", "地质灾害隐患点群测群防员补助核发不实", "业务流程", "低",
         "监测员履职情况每月抽查，补助按考核结果发放并公示。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("局纪检组审核：", None, None, "填表人：", None, "联系电话：", None, None)
    return _layout(
        "natres_bureau_list",
        "https://saintpaulhem.com/anyi/ayxzf/xzrzyjbmjs2021/202301/e928db875d714e9a9136505bf95ca12b.shtml",
        "县自然资源局 岗位廉政风险防控一览表 after the source's 县自然资源局 职能配置 (国土空间用途管制, 确权登记, 资产"
        "划拨出让, 耕地保护, 执法): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报日期：2024年11月20日`` line, "
        "then 序号/股室 merged (局领导, 国土空间规划股, 耕地保护股, 执法监察大队, 杜鹃坪自然资源所)/岗位 and 姓名 merged "
        "per person/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a ``局纪检组审核： | 填表人： | 联系电话：`` "
        "line",
        [sh], t,
    )  # fmt: skip


def realestate_center_steps() -> dict:
    unit = f"{PLACE}不动产登记中心"
    sh = _Sheet("排查表", [6, 12, 14, 9, 40, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    r = sh.add(f"填报单位（盖章）：{unit}", None, None, None, None, "2024年10月15日", None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 6)
    sh.add("序号", "工作环节", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("全面管理", "中心主任", "鄂嵘", "对登记业务打招呼、批条子，干预审核结果", "一级",
         "领导干部过问登记业务登记备案，每季度报告。", "leader"),
        ("全面管理", "中心主任", "鄂嵘", "系统账号权限分配不经审批，公共账号长期使用", "二级",
         "按岗位配置权限，一人一号，权限变更审批留痕。", "leader"),
        ("申请受理", "受理岗", "眭晓岚", "对材料不全的熟人申请先行受理，事后补件", "二级",
         "受理一次性告知，收件清单由申请人签字确认。", "general"),
        ("申请受理", "受理岗", "眭晓岚", "受人之托违规查询、泄露权利人登记信息", "一级",
         "查询凭证件办理，查询记录系统留痕，每月抽查。", "general"),
        ("权籍调查", "权籍调查岗", "逄远舟", "实地查看不到位，界址、面积调查结果与实际不符", "二级",
         "实地查看两人以上，拍照留存，成果经质检复核。", "general"),
        ("审核登簿", "首次登记审核岗", "阚云栖", "对权属来源不清的申请审核通过，违规办理首次登记", "一级",
         "初审、复审分离，疑难业务集体会审。", "general"),
        ("审核登簿", "查（解）封岗", "隗澄", "未核对法院文书即办理解封，为当事人转移财产提供便利", "一级",
         "查（解）封文书与送达人员身份双核验，办理结果告知法院。", "general"),
        ("缮证发证", "发证岗", "蒲稚鱼", "空白证书领用不登记，证书流失", "三级",
         "空白证书专柜保管，领用、作废逐本登记，每月盘点。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, step, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _per_person(sh, first, None, 2, 3)
    r = sh.add("注：风险等级分一级、二级、三级，一级为最高。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    sh.add("中心负责人（签字）：", None, None, None, "填表人：", None, None)
    return _layout(
        "realestate_center_steps", "https://www.renrendoc.com/paper/503407176.html",
        "县不动产登记中心 廉政风险点排查表 after the source's 不动产登记 内控制度 (申请受理 and 信息录入, 权属调查 and 实地"
        "查看, 初审 and 登簿, 保密): a title, a row of a merged ``填报单位（盖章）：丹巴县不动产登记中心`` cell and a date "
        "cell, then 序号/``工作环节`` merged (全面管理, 申请受理, 权籍调查, 审核登簿, 缮证发证)/岗位 and 责任人 merged per "
        "person (中心主任, 受理岗, 权籍调查岗, 首次登记审核岗, 查（解）封岗, 发证岗)/廉政风险点/风险等级 一级/二级/三级/"
        "防控措施; NO 科室 column, no type column; a ``注：`` line and ``中心负责人（签字）： | 填表人：`` below",
        [sh], t,
    )  # fmt: skip


def housing_bureau_groups() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    sh = _Sheet("责任清单", [6, 12, 40, 14, 8, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("一、局领导班子", "局领导班子", [
            ("局长", "leader", "对重大建设项目招投标打招呼，指定施工单位", "思想道德风险", "Ⅰ级",
             "重大项目一律进入公共资源交易中心，领导干部插手工程建设项目登记报告。"),
            ("副局长", "leader", "违法建设和违规审批清查中瞒报、漏报问题", "岗位职责风险", "Ⅱ级",
             "清查台账逐项销号，清查结果报县纪委监委备案。"),
        ]),
        ("二、建筑管理股", "建筑管理股", [
            ("股长", "middle", "施工许可审查把关不严，对手续不全的项目发放施工许可证", "岗位职责风险", "Ⅰ级",
             "施工许可网上审批，办理条件和结果公开。"),
            ("工作人员", "general", "建筑企业资质、关键岗位人员证书核查走过场", "业务流程风险", "Ⅱ级",
             "资质和人员证书全国平台核验，核查结果存档。"),
        ]),
        ("三、村镇建设股", "村镇建设股", [
            ("股长", "middle", "农村危房改造对象认定不实，优亲厚友", "制度机制风险", "Ⅰ级",
             "改造对象村评议、乡审核、县审批三级公示。"),
            ("股长", "middle", "危房改造补助资金未经验收即拨付", "业务流程风险", "Ⅱ级",
             "竣工验收合格后按户拨付，资金“一卡通”直达农户。"),
        ]),
        ("四、建设工程质量安全监督站", "建设工程质量安全监督站", [
            ("站长", "middle", "质量安全检查中发现隐患不督促整改，接受施工企业宴请", "外部环境风险", "Ⅱ级",
             "隐患整改闭环销号，检查人员签订廉洁承诺。"),
            ("监督员", "general", "竣工验收监督走过场，违规出具监督报告", "岗位职责风险", "Ⅲ级",
             "验收监督全程记录，监督报告经站长审核。"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, items in groups:
        _line(sh, caption, 6)
        first = len(sh.rows)
        for post, tier, point, typ, lv, measures in items:
            n += 1
            sh.add(n, post, point, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
    r = sh.add("注：风险等级分为Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级最高。", *([None] * 5))
    sh.merge(r, 0, r, 5)
    return _layout(
        "housing_bureau_groups", "http://www.haibowan.gov.cn/information/hbwq49/msg22461246828.html",
        "县住房和城乡建设局 廉政风险防控责任清单 对岗不对人 after the source's 违法建设和违法违规审批专项清查 (施工许可, "
        "质量安全, 住建部门的审批): a title, the heading 序号/岗位/风险点/风险类别/风险等级/防控措施, the rows cut by merged "
        "group rows ``一、局领导班子`` ``二、建筑管理股`` ``三、村镇建设股`` ``四、建设工程质量安全监督站`` (the 科室), 岗位 "
        "merged, no names, 风险类别 ``…风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def agri_bureau_self_checks() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    people = [
        ("牟清芷", "女", "中共党员", "计划财务股", "股长", "middle", [
            ("涉农资金拨付", "耕地地力保护补贴资金不按公示名册拨付，截留、滞留资金", "制度机制", "高",
             "补贴资金按乡镇公示后的名册“一卡通”发放，发放明细与名册逐户比对。"),
            ("项目资金报账", "项目资金报账审核不严，对虚假票据予以报销", "岗位职责", "中",
             "报账资料经项目股室、财务股、分管领导三级审核。"),
            ("财务管理", "公务卡消费不及时还款，以卡套现", "业务流程", "低", "公务卡消费明细每月核对。"),
        ]),
        ("兰岫", "男", "群众", "农业机械化服务站", "站长", "middle", [
            ("农机购置补贴", "补贴机具核验走过场，对套购、倒卖补贴机具不查处", "岗位职责", "高",
             "机具核验人机合影、铭牌拓印，补贴名单网上公示。"),
            ("农机安全监理", "拖拉机登记、驾驶证考试中降低标准", "外部环境", "中", "考试全程录像，考试结果公示。"),
        ]),
        ("哈思源", "男", "中共党员", "种植业股", "科员", "general", [
            ("种粮补贴", "青稞种植面积核实不实，虚报面积套取补贴", "岗位职责", "中",
             "种植面积以乡镇核实数据为准，随机抽查不少于百分之五。"),
            ("救灾物资发放", "救灾种子、化肥发放不登记，优亲厚友", "思想道德", "低", "发放清册由领取人签字并公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, sex, party, dept, post, tier, items in people:
        sh = _Sheet(who, [6, 14, 38, 10, 8, 36])
        _line(sh, f"{unit}个人廉政风险自查表", 6)
        sh.add("姓名", who, "性别", sex, "政治面貌", party)
        sh.add("所在股室", dept, "职务", post, "填表日期", "2024年11月")
        sh.add("序号", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (duty, point, typ, lv, measures) in enumerate(items, 1):
            sh.add(n, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("自查人签名：", None, "股室负责人审核：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "agri_bureau_self_checks", "http://www.gzxiaojia.com/html/2024-05-13/258_40533.html",
        "县农业农村局 个人廉政风险自查表, one sheet a person (the tab the person's name), after the source's 镇纪委 "
        "watching 稻谷补贴, 耕地保护补贴, 农机购置补贴 (申请, 审批, 发放, 监管 and the 职能部门's 廉政风险点): a title, two "
        "rows of pairs ``姓名 | 牟清芷 | 性别 | 女 | 政治面貌 | 中共党员`` and ``所在股室 | 计划财务股 | 职务 | 股长 | 填表"
        "日期 | 2024年11月``, then 序号/``岗位职责``/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; "
        "``自查人签名： | 股室负责人审核： | 年　月　日`` below",
        sheets, t,
    )  # fmt: skip


def forest_station_cards() -> dict:
    town = "杜鹃坪乡"
    unit = f"{PLACE}{town}"
    dept = "林业站"  # a 乡's own 林业站: the 乡 the unit, the 站 its 科室
    t = _Truth(unit)
    cards = [
        ("站长", "郏远岫", "站长", "middle", [
            ("林木采伐申请现场核实不到位，为超量采伐出具初审意见", "★★★", "采伐申请现场核实两人以上，拍照存档。"),
            ("生态护林员选聘中优亲厚友，把不符合条件的人员报为护林员", "★★★", "选聘条件和名单在村公示，乡党委会研究确定。"),
            ("护林员劳务补助考核发放不实", "★★", "巡护考核按轨迹记录，补助发放名册公示。"),
        ]),
        ("副站长", "苟云帆", "副站长", "middle", [
            ("森林防火物资采购不比价，虚报数量", "★★", "采购三家比价，物资入库登记。"),
            ("林地纠纷调处中偏袒一方", "★", "调处两人以上参加，调解协议存档。"),
        ]),
        ("林业员", "泽郎卓玛", "林业员", "general", [
            ("生态护林员巡护考勤弄虚作假、代签到", "★★", "考勤与巡护轨迹比对，站长每月抽查。"),
            ("退耕还林补助兑现面积核查不实", "★★", "兑现面积以核查验收数据为准，名册公示。"),
            ("林下资源采集证明随意出具", "★", "证明出具经站长审核，登记备查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, items in cards:
        sh = _Sheet(tab, [8, 14, 40, 10, 12, 30])
        _line(sh, f"{unit}{dept}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "所在站所", f"{town}{dept}", "职务", post)
        r = sh.add("序号", "风险点", None, "风险等级", "防控措施", None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        for n, (point, stars, measures) in enumerate(items, 1):
            r = sh.add(n, point, None, stars, measures, None)
            sh.merge(r, 1, r, 2)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        r = sh.add("注：★★★为高风险，★★为中风险，★为低风险。", *([None] * 5))
        sh.merge(r, 0, r, 5)
        sh.add("乡纪委监督电话：0836-35XXXXX", None, None, "持卡人签名：", None, "年　月　日")
        sheets.append(sh)
    return _layout(
        "forest_station_cards", "http://www.010bz.com/news/g/2020-12-15/detail-iiznctke6536291.shtml",
        "乡林业站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 副站长, 林业员), after the source's 县 生态护林员 "
        "(“县建、镇聘、站管、村用”, 劳务补助, 考核, 公益林补偿): a title ``丹巴县杜鹃坪乡林业站岗位廉政风险防控卡``, "
        "``持卡人 | … | 所在站所 | 杜鹃坪乡林业站 | 职务 | …`` above, then 序号/风险点 (merged over two columns)/风险"
        "等级 ``★★★/★★/★``/防控措施 (merged over two); a ``注：★★★为高风险…`` legend, ``乡纪委监督电话 | 持卡人签名： | "
        "年　月　日`` below; no type column; one holder with a Tibetan name (泽郎卓玛)",
        sheets, t,
    )  # fmt: skip


def water_bureau_name_and_desc() -> dict:
    unit = f"{PLACE}水利局"
    sh = _Sheet("Sheet1", [6, 14, 9, 9, 12, 36, 14, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 9)
    sh.add(
        "序号", "股室", "岗位", "姓名", "风险名称", "风险描述", "风险类别", "风险等级", "防控措施"
    )
    rows = [
        ("局领导", "局长", "阙明澜", "项目决策", "水利项目立项、资金安排不经局党组集体研究，个人说了算",
         "制度机制风险", "高风险", "项目立项和资金安排经局党组会研究，会议纪要存档。", "leader"),
        ("局领导", "副局长", "巩南屏", "招标干预", "在水利工程招标中为特定企业打招呼，设置倾向性条件",
         "思想道德风险", "高风险", "招标文件经法制审核，领导干部插手干预工程登记报告。", "leader"),
        ("建设管理股", "股长", "嵇澄野", "设计变更", "对施工单位提出的设计变更审核不严，变相增加工程量",
         "岗位职责风险", "高风险", "设计变更经设计、监理、业主三方会审，重大变更报原审批部门。", "middle"),
        ("建设管理股", "股长", "嵇澄野", "计量支付", "工程计量不实，提前或超额支付进度款", "业务流程风险",
         "中风险", "进度款按监理签认的计量支付，财务股复核。", "middle"),
        ("水资源与河湖管理股", "股长", "凤衔云", "取水许可", "对不符合条件的取水申请违规批准，少核取水量",
         "岗位职责风险", "中风险", "取水许可网上办理，水资源论证报告专家评审。", "middle"),
        ("水资源与河湖管理股", "股长", "凤衔云", "河道采砂", "河道采砂现场监管缺位，默许超范围、超深度开采",
         "外部环境风险", "高风险", "采砂现场视频监控，采砂量电子计量，联合巡查。", "middle"),
        ("水政监察大队", "队员", "浦小泾", "案件查处", "水事违法案件查处中收受好处，以罚代管", "思想道德风险",
         "中风险", "案件集体审议，处罚结果公示。", "general"),
        ("农村水利股", "科员", "隆雨石", "工程验收", "农村供水工程验收走过场，未到现场即签字", "业务流程风险",
         "低风险", "验收人员现场签到，验收照片存档。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, name, desc, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, name, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, name, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, None, "2024年11月", None, None)
    return _layout(
        "water_bureau_name_and_desc", "https://swj.yueyang.gov.cn/6855/6856/content_2174476.html",
        "县水利局 廉政风险防控一览表 after the source's 市水利局 项目建设 调研 (前期工作, 工程进度, 合同管理; 招标投标, 资金"
        "使用, 建设管理 as the 重要环节): a title, then 序号/股室 merged (局领导, 建设管理股, 水资源与河湖管理股, 水政监察"
        "大队, 农村水利股)/岗位 and 姓名 merged per person/a SHORT ``风险名称`` beside a long ``风险描述``/风险类别 "
        "``…风险``/风险等级 written ``高风险/中风险/低风险``/防控措施; ``填报人： | 审核人： | 2024年11月`` below",
        [sh], t,
    )  # fmt: skip


def eco_branch_two_sheets() -> dict:
    unit = "甘孜州生态环境局丹巴分局"
    t = _Truth(unit)
    lead = _Sheet("分局领导", [6, 9, 10, 16, 38, 8, 34])
    lead.add("附件2")
    _line(lead, f"{unit}领导班子成员廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("郦承泽", "分局长", "主持全面工作", [
            ("建设项目环评审批搞“一言堂”，不经集体审查", "一级", "环评审批实行技术审查、集体审议、结果公示。"),
            ("生态环境行政处罚决定不经案审会审议", "一级", "处罚案件一律经案审会集体审议。"),
        ]),
        ("宿沛然", "副分局长", "分管执法、监测", [
            ("对执法检查中发现的环境违法问题说情打招呼", "一级", "过问执法案件登记报告，每季度通报。"),
            ("监测数据审核把关不严，默许篡改数据", "二级", "监测数据实时上传，异常数据溯源核查。"),
        ]),
    ]  # fmt: skip
    n = 0
    first = len(lead.rows)
    for who, post, work, items in leaders:
        for point, lv, measures in items:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 22, 10, 38, 10, 8, 34])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("综合股", "股长", "middle", "公务接待、办公用品采购不按规定执行", "制度机制", "三级",
         "接待和采购事前审批，费用按季度公开。"),
        ("环境影响评价与排放管理股", "股长", "middle", "排污许可证核发中降低条件", "岗位职责", "一级",
         "核发材料清单化审核，许可信息全国平台公开。"),
        ("环境影响评价与排放管理股", "科员", "general", "环评报告表技术审查走过场，为中介机构介绍业务",
         "外部环境", "二级", "严禁指定中介，技术审查专家随机抽取。"),
        ("生态环境保护综合行政执法大队", "执法人员", "general", "执法检查选择性执法，事前透露检查信息",
         "思想道德", "一级", "“双随机、一公开”抽查，执法记录仪全程记录。"),
        ("生态环境保护综合行政执法大队", "执法人员", "general", "罚没款收缴不及时，违规减免罚款", "业务流程",
         "二级", "罚款一律缴入国库，减免经集体审议。"),
        ("生态环境监测站", "站长", "middle", "委托第三方检测机构选择不公开", "制度机制", "二级",
         "委托检测机构公开比选，比选结果公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for n, (d, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        dept.add(n, d, post, point, typ, lv, measures)
        t.point(dept.name, d, post, "", tier, point, types_in(typ), GRADES[lv])
    _per_person(dept, first, 1, 2, None)
    dept.add()
    dept.add("分局党组审定：", None, None, "2024年10月", None, None, None)
    return _layout(
        "eco_branch_two_sheets", "http://www.zc.gov.cn/gk/jczwgk/sthj/content/post_7006358.html",
        "生态环境局 县分局 handbook in two sheets after the source's 生态环境局 分局 法治政府建设 report (重大事项决策, 环评"
        "审批, 执法, 监测): sheet 分局领导 under ``附件2`` and a title, 姓名/职务/分管工作 merged down per leader, 风险点, "
        "``一级/二级/三级``, 防控措施, no type column; sheet 股室 对岗不对人 with 股室 and 岗位 merged, short types, "
        "一级/二级/三级, a ``分局党组审定： | 2024年10月`` line",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    forestry_types_as_columns(),
    natres_bureau_list(),
    realestate_center_steps(),
    housing_bureau_groups(),
    agri_bureau_self_checks(),
    forest_station_cards(),
    water_bureau_name_and_desc(),
    eco_branch_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch229-inbox"))
