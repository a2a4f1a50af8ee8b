"""A fifty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY CASE, as a random sample of what a city,
county or district body puts on its website gives it — the plain 岗位廉政风险防控一览表 /
风险点排查表 / 责任清单, from bodies the earlier batches hardly drew on (a district's
工业信息化和科技局, 商务局, 供销合作社联合社, 人民防空办公室, 委党校 and 气象局, a city's 园林绿化
服务中心, a county's 文化广电和旅游局). Seven are EVERYDAY:

- a XX区工业信息化和科技局 一览表: 科室 merged (``局领导`` first), 岗位/姓名 merged per person,
  廉政风险点, 风险类型 (思想道德/制度机制/…), 高/中/低, 防控措施;
- a XX区商务局 排查表 对岗不对人: 科室 merged, 岗位, 风险点, 风险等级, 防控措施 and a
  ``责任领导`` column of names (the supervising leader, merged over the rows he oversees);
- a XX市园林绿化服务中心 责任清单 (``附件1``): ``责任主体`` (the 科室) | ``职权内容`` | 风险点 |
  风险等级 | 防控措施 | ``责任人`` (names), no 岗位 column;
- a XX区供销合作社联合社 一览表: 科室 merged (``社领导`` first), 岗位, 姓名, 风险点, 风险类别,
  一级/二级/三级, 防控措施; a ``填表人： 审核人： 填报日期：`` line below;
- a XX县文化广电和旅游局 一览表: ``责任股室`` | 岗位 | ``责任人`` | 风险点 | 风险等级 | 防控措施
  | ``责任领导`` (the 分管 leader's name merged over the 股室 he oversees);
- a XX区人民防空办公室 排查表 whose ``风险等级`` spans ``高 | 中 | 低`` on a second heading row,
  a ``√`` in one of them;
- a 中共XX区委党校 一览表 with a ``岗位职责`` cell merged per person and levels written
  ``高风险``/``中风险``/``低风险``.

One is harder:

- ``meteorology_table_over_two_pages``: a XX区气象局 一览表 printed as two pages on one sheet —
  after the first page a ``第1页 共2页`` line, then the title and the heading again, the
  办公室 主任's rows running on over the break (his 科室, post and name written again at the top
  of the second page), numbering continued.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose or a task list (a district
工业信息化和科技局's 三定 rule, a district 商务局's 调研 of 项目招引/利用外资/外经外贸/消费促进, a
城市园林中心's 科室 and 职责, a district 供销社's 农资 and 农副产品 work, a county 文化和旅游局's task
list with 责任领导 and 责任股室, a county 人防办's 职责 and 综合股, a county 委党校's budget note, a
district 气象局's 行政许可, 防雷, 施放气球 duties) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch57`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b57_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a ``责任领导`` column of names beside a 岗位 column with no other name column is the supervising
  leader: the table is 对岗不对人 (person "");
- a 责任清单 with ``责任主体`` (a 科室) and ``责任人`` (names) but no 岗位 column: department the
  责任主体, person the 责任人, post "" (tier None); ``职权内容`` is the duty, not the point;
- ``风险等级`` over ``高 | 中 | 低`` with a ``√`` in one: the level of the ticked column;
- ``高风险``/``中风险``/``低风险``: levels 1/2/3;
- a table run over two pages on one sheet: the repeated title and heading and the ``第1页 共2页``
  line are no points, the holder's rows on both pages one form.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b57_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
RISKS = {"高风险": 1, "中风险": 2, "低风险": 3}
TICK = "√"


def _merge_runs(sh: _Sheet, first: int, groups: list[tuple], last: int | None = None) -> None:
    """Merge down runs of rows ``first``..``last``. Each group is ``(key_cols, merge_cols)``:
    over each run of rows with equal values in ``key_cols``, ``merge_cols`` become one merged
    cell each (a bare tuple of columns is both). The runs are all found before any is merged."""
    last = len(sh.rows) - 1 if last is None else last
    spans = []
    for group in groups:
        keys, cols = group if isinstance(group[0], tuple) else (group, group)
        r = first
        while r <= last:
            key = tuple(sh.rows[r][c] for c in keys)
            e = r
            while e < last and tuple(sh.rows[e + 1][c] for c in keys) == key:
                e += 1
            if e > r and all(v is not None for v in key):
                spans.append((r, e, cols))
            r = e + 1
    for r, e, cols in spans:
        for c in cols:
            for k in range(r + 1, e + 1):
                sh.rows[k][c] = None
            sh.merges.append((r, c, e, c))


def _line(sh: _Sheet, text: str, ncols: int) -> int:
    """A line of text merged across the table (a title, a 填报 line, a page line)."""
    return sh.title(text, ncols)


def _tier(post: str) -> str:
    if post.endswith(("科长", "股长", "队长")) or post in ("办公室主任", "教研室主任"):
        return "middle"
    if post.endswith(("局长", "主任", "校长", "书记")) and not post.startswith("办公室"):
        return "leader"
    return "general"


# --------------------------------------------------------------------------- harder layout


def meteorology_table_over_two_pages() -> dict:
    unit = "XX区气象局"
    sh = _Sheet("一览表", [5, 12, 10, 8, 38, 9, 38])
    t = _Truth(unit)
    title = f"{unit}岗位廉政风险防控一览表"
    head = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    pages = [
        [
            ("局领导", "局长", "彭国栋", "防雷装置设计审核、竣工验收许可事项签批把关不严", "高",
             "许可事项实行受理、审核、签批分离，办理结果网上公开。"),
            ("局领导", "局长", "彭国栋", "气象探测设施建设项目发包不经局务会集体研究", "高",
             "项目发包方案提交局务会研究，合同签订前经法律审核。"),
            ("局领导", "副局长", "温雅琴", "人工影响天气作业弹药、物资采购指定供应商", "中",
             "采购按政府采购目录执行，验收入库两人签字。"),
            ("办公室", "主任", "庞志远", "公务接待超标准、超范围，无公函接待", "中",
             "先审批后接待，接待清单按月公示。"),
        ],
        [
            ("办公室", "主任", "庞志远", "办公用房、车辆等国有资产处置不按规定程序报批", "低",
             "资产处置先评估、再报批，处置结果在局内公开。"),
            ("防灾减灾科", "科长", "钱晓峰", "施放气球活动资质认定和活动许可审查降低条件", "中",
             "审查材料两人核验，许可决定集体研究并公示。"),
            ("防灾减灾科", "科员", "沈菲", "雷电灾害风险评估报告审查走过场，接受评估机构宴请", "中",
             "评估报告抽查复核，签订廉洁从业承诺。"),
            ("气象台", "台长", "霍建明", "建设项目大气环境影响评价气象资料核准中违规提供资料、收取费用", "低",
             "资料核准按清单办理，收费标准公开，不得另行收费。"),
        ],
    ]  # fmt: skip
    n = 0
    for page, rows in enumerate(pages, 1):
        _line(sh, title, 7)
        sh.add(*head)
        first = len(sh.rows)
        for dept, post, who, point, lv, measures in rows:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            tier = "middle" if post in ("主任", "科长", "台长") else _tier(post)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _merge_runs(sh, first, [(1,), ((1, 2, 3), (2, 3))])
        if page == 1:
            _line(sh, "第1页 共2页", 7)
    _line(sh, "第2页 共2页", 7)
    return _layout(
        "meteorology_table_over_two_pages", "https://m.iicha.com/jg/2004683",
        "(harder) 区气象局 岗位廉政风险防控一览表 after the source's entry on a district 气象局 (气象行政许可项目的审核, "
        "雷电灾害防御, 雷电灾害风险评估, 气球施放 资质认定, 大气环境影响评价气象资料核准): one sheet printed as two "
        "pages — title and ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, four rows, a ``第1页 共2页`` "
        "line, then the title and the heading again and four more rows, the 办公室 主任 庞志远's rows running over the "
        "break (written again at the top of page two), numbering continued 1–8, a ``第2页 共2页`` line; 科室 merged "
        "(``局领导`` first), 高/中/低",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def industry_tech_bureau_plain() -> dict:
    unit = "XX区工业信息化和科技局"
    sh = _Sheet("Sheet1", [5, 14, 10, 8, 36, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "邵明辉", "工业企业技术改造专项资金分配不经党组会集体研究", "制度机制", "高",
         "专项资金分配方案经专家评审、党组会研究，分配结果公示。"),
        ("局领导", "副局长", "贺兰芳", "科技项目立项评审中打招呼、为关系企业说情", "思想道德", "高",
         "评审专家随机抽取，本人及亲属关联项目主动回避。"),
        ("办公室", "主任", "严浩", "公务用车私用，虚报加油、维修费用", "岗位职责", "低",
         "车辆使用逐次登记，加油卡车卡对应，维修先审批。"),
        ("工业发展科", "科长", "丁若愚", "规上工业企业培育奖励申报材料审核不严", "业务流程", "中",
         "申报材料与统计数据比对，现场核查后集体研究。"),
        ("工业发展科", "科长", "丁若愚", "企业运行监测中接受企业宴请，瞒报、虚报企业问题", "外部环境", "中",
         "监测走访两人以上，签订廉洁承诺。"),
        ("科技管理科", "科长", "冉静", "高新技术企业认定推荐、科技计划项目验收把关不严", "岗位职责", "中",
         "推荐、验收实行初审、复核两级把关，结果公示五个工作日。"),
        ("科技管理科", "科员", "戴鹏", "泄露科技项目评审专家名单和评审信息", "思想道德", "低",
         "专家名单专人保管，评审前不得对外透露。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post) if dept != "办公室" else "middle", point,
                types_in(typ), HML[lv])  # fmt: skip
    _merge_runs(sh, first, [(1,), ((1, 2, 3), (2, 3))])
    return _layout(
        "industry_tech_bureau_plain", "http://zwgk.jiedong.gov.cn/OpenInfoView.action?theID=11949",
        "区工业信息化和科技局 岗位廉政风险防控一览表 after the source's 三定 rule of a district 工业信息化和科技局 "
        "(加挂商务局牌子; 工业、信息化发展规划, 运行监测, 企业技术改造、技术创新专项资金, 科技): the plainest shape — "
        "title, ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, 科室 merged (``局领导`` "
        "first, then 办公室, 工业发展科, 科技管理科), 岗位/姓名 merged per person, types 思想道德/制度机制/岗位职责/"
        "业务流程/外部环境, 高/中/低",
        [sh], t,
    )  # fmt: skip


def commerce_bureau_post_only_leader_column() -> dict:
    unit = "XX区商务局"
    sh = _Sheet("排查表", [5, 14, 10, 40, 9, 38, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("办公室", "主任", "机关办公用品采购不按规定询价比价", "低",
         "采购询价不少于三家，采购与验收分人负责。", "汤建平"),
        ("办公室", "会计", "报销票据审核不严，虚列会议、培训支出", "中",
         "实行经办、审核、审批三签，票据逐张查验。", "汤建平"),
        ("对外贸易科", "科长", "外经贸发展专项资金申报审核不严，为不符合条件企业出具意见", "高",
         "申报材料两人审核，拟扶持名单集体研究并公示。", "柯文静"),
        ("市场运行科", "科长", "消费券发放、促消费活动补贴核定中优亲厚友", "高",
         "补贴核定标准公开，发放结果接受审计。", "柯文静"),
        ("市场运行科", "科员", "成品油、再生资源回收经营备案检查走过场", "中",
         "检查两人以上，检查记录存档备查。", "柯文静"),
        ("投资促进科", "科长", "招商引资项目优惠条件承诺超出政策规定", "高",
         "优惠条件经法律审核、局党组会研究后对外承诺。", "龚立"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures, leader)
        tier = "middle" if post in ("主任", "科长") else "general"
        t.point(sh.name, dept, post, "", tier, point, [], HML[lv])
    _merge_runs(sh, first, [(1,), (6,)])
    return _layout(
        "commerce_bureau_post_only_leader_column",
        "https://www.wj.gov.cn/html/czwj/2024/FAOKPMFH_0523/489248.html",
        "区商务局 岗位廉政风险点排查表 对岗不对人 after the source's report of a 副区长's 调研 of a district 商务局"
        "(投促中心) (项目招引, 利用外资, 外经外贸, 消费促进; 班子成员 分管工作): ``序号 | 科室 | 岗位 | 风险点 | "
        "风险等级 | 防控措施 | 责任领导``, 科室 merged, no 姓名 column, the ``责任领导`` a name merged over the rows he "
        "oversees (汤建平 over 办公室, 柯文静 over 对外贸易科 and 市场运行科, 龚立 over 投资促进科), 高/中/低",
        [sh], t,
    )  # fmt: skip


def garden_centre_duty_list() -> dict:
    unit = "XX市园林绿化服务中心"
    sh = _Sheet("责任清单", [5, 14, 18, 36, 9, 38, 9])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "责任主体", "职权内容", "风险点", "风险等级", "防控措施", "责任人")
    rows = [
        ("办公室", "公务车辆管理", "虚报车辆维修项目，公车私用", "中",
         "维修项目先核定后实施，用车逐次登记。", "梁秀云"),
        ("办公室", "人员招聘", "招聘资格审查不严，考试信息泄露", "高",
         "资格审查两人以上，试题专人保管，结果公示。", "梁秀云"),
        ("工程建设管理科", "绿化工程招标", "设置倾向性条件，化整为零规避招标", "高",
         "招标文件经法律审核，纪检人员现场监督。", "邢振宇"),
        ("工程建设管理科", "工程变更签证", "虚增工程量，变更签证不经集体研究", "高",
         "变更签证实行现场核实、三方签字、集体研究。", "邢振宇"),
        ("财务审计科", "养护经费结算", "养护考核走过场，养护经费多结算", "中",
         "结算凭考核记录和现场照片，按季抽查复核。", "甘雨桐"),
        ("植物保护科", "苗木、药剂采购", "苗木、药剂采购以次充好、虚报数量", "中",
         "采购验收两人签字，抽样送检。", "牛子航"),
        ("植物保护科", "古树名木保护", "古树名木迁移、修剪审核中接受请托", "低",
         "审核意见集体研究，实施情况存档备查。", "牛子航"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, duty, point, lv, measures, who) in enumerate(rows, 1):
        sh.add(n, dept, duty, point, lv, measures, who)
        t.point(sh.name, dept, "", who, None, point, [], HML[lv])
    _merge_runs(sh, first, [(1,), ((1, 6), (6,))])
    return _layout(
        "garden_centre_duty_list", "http://www.jinsjiao.cn/About.asp?id=2",
        "市园林绿化服务中心 廉政风险防控责任清单 after the source's page on a 城市园林中心 (办公室, 城市绿化办公室, "
        "规划设计科, 工程建设管理科, 财务审计科, 植物保护科 …; 公园绿地养护, 古树名木保护, 园林绿化工程): ``附件1``, "
        "``序号 | 责任主体 | 职权内容 | 风险点 | 风险等级 | 防控措施 | 责任人``, the 责任主体 a 科室 merged, "
        "``职权内容`` a short duty beside the 风险点, ``责任人`` a name merged per 科室, no 岗位 column, 高/中/低",
        [sh], t,
    )  # fmt: skip


def supply_coop_types_ordinal() -> dict:
    unit = "XX区供销合作社联合社"
    sh = _Sheet("一览表", [5, 12, 10, 8, 38, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("社领导", "主任", "聂家和", "社有资产出租、处置不经理事会集体研究", "制度机制", "一级",
         "资产出租、处置进场交易，方案经理事会研究。"),
        ("社领导", "副主任", "殷慧", "农资储备补贴申报审核把关不严", "岗位职责", "二级",
         "补贴申报与库存台账核对，现场盘点后上报。"),
        ("办公室", "主任", "包晓东", "干部职工年度考核、评先评优中优亲厚友", "思想道德", "三级",
         "考核评优结果集体研究并公示。"),
        ("业务科", "科长", "车立群", "基层供销社、农民专业合作社扶持项目推荐中收受好处", "外部环境", "一级",
         "扶持项目实地核查，推荐名单公示。"),
        ("业务科", "科长", "车立群", "农副产品购销合同签订不规范，损害社有企业利益", "业务流程", "二级",
         "合同经法律审核，履约情况定期检查。"),
        ("财务审计科", "会计", "钟婷", "社属企业财务审计流于形式，对违规问题不予指出", "岗位职责", "二级",
         "审计发现问题逐项建账销号，审计报告报理事会。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        tier = (
            "leader" if dept == "社领导" else ("middle" if post in ("主任", "科长") else "general")
        )
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ORDINAL[lv])
    _merge_runs(sh, first, [(1,), ((1, 2, 3), (2, 3))])
    sh.add("填表人：", None, None, "审核人：", None, "填报日期：", None, None)
    return _layout(
        "supply_coop_types_ordinal", "http://cloudnativeplanet.com/c/496734/CompanyProfile.html",
        "区供销合作社联合社 岗位廉政风险防控一览表 after the source's profile of a district 供销合作社联合社 (农业生产"
        "资料和农副产品经营, 指导下属单位, 引导农民入社入股, 兴办专业合作社): ``序号 | 科室 | 岗位 | 姓名 | 风险点 | "
        "风险类别 | 风险等级 | 防控措施``, 科室 merged (``社领导`` first, then 办公室, 业务科, 财务审计科), 岗位/姓名 "
        "merged per person, types 制度机制 …, 一级/二级/三级, a ``填表人： | 审核人： | 填报日期：`` line below",
        [sh], t,
    )  # fmt: skip


def culture_tourism_leader_column() -> dict:
    unit = "XX县文化广电和旅游局"
    sh = _Sheet("Sheet1", [5, 12, 10, 9, 38, 9, 38, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "责任股室", "岗位", "责任人", "风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("办公室", "主任", "蓝海燕", "公务接待、会议费用超标准列支", "中",
         "先审批后接待，会议费按标准结算并公示。", "苏永康"),
        ("文化宣传股", "股长", "覃浩", "送文化下乡、惠民演出场次虚报，演出经费多付", "高",
         "演出场次凭照片、签到和乡镇证明结算。", "苏永康"),
        ("文化宣传股", "科员", "岑雪", "文化站、农家书屋图书设备配送验收不严", "低",
         "配送清单逐项验收，接收单位签字确认。", "苏永康"),
        ("旅游股", "股长", "黎明远", "旅游厕所、观景平台建设补助资金审核不实", "高",
         "补助项目实地验收，资金拨付经局务会研究。", "韦春华"),
        ("文物股", "股长", "莫少杰", "文物保护维修工程监管不到位，验收走过场", "中",
         "维修方案经专家论证，验收邀请第三方参加。", "韦春华"),
        ("广电事业股", "股长", "农丽", "应急广播建设项目设备采购指定品牌", "高",
         "采购需求集体确定，技术参数不得指向特定品牌。", "梁德胜"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, leader)
        tier = "general" if post == "科员" else "middle"
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_runs(sh, first, [(1,), (7,)])
    return _layout(
        "culture_tourism_leader_column", "https://lueyang.qinfeng.gov.cn/info/1013/2824.htm",
        "县文化广电和旅游局 岗位廉政风险防控一览表 after the source's task list of a county 文化和旅游 body (``责任领导 | "
        "责任股室(单位)`` columns; 文化宣传股, 旅游股, 文物股, 广电事业股; 文化下乡 惠民演出, 旅游厕所, 观景平台, 文物"
        "修缮, 应急广播): ``序号 | 责任股室 | 岗位 | 责任人 | 风险点 | 风险等级 | 防控措施 | 责任领导``, 股室 merged, "
        "the 责任人 a name per row, the 责任领导 a name merged over the 股室 he oversees (苏永康 over 办公室 and "
        "文化宣传股, 韦春华 over 旅游股 and 文物股), 高/中/低",
        [sh], t,
    )  # fmt: skip


def civil_air_defence_ticked_level() -> dict:
    unit = "XX区人民防空办公室"
    sh = _Sheet("排查表", [5, 10, 10, 8, 38, 5, 5, 5, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 9)
    r = sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", None, None, "防控措施")
    sh.add(None, None, None, None, None, "高", "中", "低", None)
    for c in (0, 1, 2, 3, 4, 8):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 5, r, 7)
    rows = [
        ("办领导", "主任", "石磊", "人防工程建设项目、防空警报设施维护项目发包不经集体研究", "高",
         "项目发包方案提交主任办公会研究，全程留痕。"),
        ("办领导", "副主任", "韦丽华", "防空地下室易地建设费减免审核中打招呼、说情", "高",
         "减免事项对照政策逐项审核，集体研究并公示。"),
        ("综合股", "股长", "陆文斌", "人民防空经费报销审核不严，虚列宣传教育支出", "中",
         "经费报销三签，宣传活动凭方案、照片报账。"),
        ("综合股", "科员", "黄雅", "人防国有资产登记不全，出租收入不入账", "低",
         "资产台账年度清查，出租收入全额上缴。"),
        ("工程股", "股长", "罗振", "结合民用建筑修建防空地下室竣工验收把关不严", "高",
         "竣工验收两人以上现场查验，验收意见集体签字。"),
        ("工程股", "股长", "罗振", "人防工程平时开发利用审批中收受好处", "中",
         "审批条件公开，审批结果网上公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures) in enumerate(rows, 1):
        ticks = [TICK if lv == k else None for k in ("高", "中", "低")]
        sh.add(n, dept, post, who, point, *ticks, measures)
        tier = {"主任": "leader", "副主任": "leader", "股长": "middle"}.get(post, "general")
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_runs(sh, first, [(1,), ((1, 2, 3), (2, 3))])
    return _layout(
        "civil_air_defence_ticked_level", "http://www.ndsky.com/n38/25648.htm",
        "区人民防空办公室 岗位廉政风险点排查表 after the source's 主要职责 of a county 人民防空办公室 (单建式人防工程, "
        "防空地下室, 人防警报设施, 人民防空经费和国有资产, 平战结合; 内设 综合股): a heading of two rows — "
        "``风险等级`` merged over ``高 | 中 | 低``, a ``√`` in one of the three, ``序号 | 股室 | 岗位 | 姓名 | "
        "廉政风险点 | 防控措施`` merged down both rows — 股室 merged (``办领导`` first, then 综合股, 工程股), the 工程股 "
        "股长 merged over his two rows",
        [sh], t,
    )  # fmt: skip


def party_school_duty_risk_suffix() -> dict:
    unit = "中共XX区委党校"
    sh = _Sheet("一览表", [5, 10, 12, 8, 28, 36, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "岗位职责", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("校领导", "常务副校长", "祁文海", "主持校务全面工作，负责经费审批",
         "主体班次培训经费大额支出不经校委会集体研究", "高风险",
         "大额支出一律提交校委会研究，经费使用年终公开。"),
        ("校领导", "常务副校长", "祁文海", "主持校务全面工作，负责经费审批",
         "外请师资课酬标准执行不严，向熟人倾斜", "中风险",
         "课酬标准公开，按标准发放并存档。"),
        ("办公室", "办公室主任", "卢小梅", "负责文秘、财务、后勤和学员食宿保障",
         "学员食宿、教材采购指定供应商，虚报采购数量", "中风险",
         "采购询价三家以上，验收两人签字。"),
        ("教务科", "科长", "乔宇", "负责主体班次教学安排和学员管理",
         "学员考勤、结业考核中弄虚作假，违规出具结业证书", "中风险",
         "考勤电子化记录，结业考核结果集体审定。"),
        ("教研室", "教研室主任", "秦晓光", "负责课题研究和教学科研管理",
         "科研课题立项、评奖中打招呼、搞平衡", "低风险",
         "立项、评奖实行专家匿名评审，结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [], RISKS[lv])
    _merge_runs(sh, first, [(1,), ((1, 2, 3), (2, 3, 4))])
    return _layout(
        "party_school_duty_risk_suffix", "http://www.sydw.gov.cn/n530865/c44857121/content.html",
        "区委党校 岗位廉政风险防控一览表 after the source's budget note of a county 委党校 (培训轮训 副乡科级 干部, "
        "决策咨询研究, 指导乡镇、县直单位党校; 参公事业单位): ``序号 | 科室 | 岗位 | 姓名 | 岗位职责 | 廉政风险点 | "
        "风险等级 | 防控措施``, 科室 merged (``校领导`` first, then 办公室, 教务科, 教研室), 岗位/姓名/``岗位职责`` "
        "merged per person, posts ``常务副校长``, ``办公室主任``, ``教研室主任``, levels written ``高风险``/``中风险``/"
        "``低风险``",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    meteorology_table_over_two_pages(),
    industry_tech_bureau_plain(),
    commerce_bureau_post_only_leader_column(),
    garden_centre_duty_list(),
    supply_coop_types_ordinal(),
    culture_tourism_leader_column(),
    civil_air_defence_ticked_level(),
    party_school_duty_risk_suffix(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (re-saved copies
    ``resaved/b57_*``, none kept)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch57-inbox"))
