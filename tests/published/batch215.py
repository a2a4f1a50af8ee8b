"""A two-hundred-and-fifteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND COUNTY COMPANIES MIXED —
a 村, a 社区, a 幼儿园, a 小学, a 区畜牧技术服务中心 and its 站, a 镇 and its 站所, a 区公交公司, a 区数字化
城市管理监督指挥中心 and a 社区's 民政专干 — each sending its ordinary 一览表, 排查表, 清单, 防控卡 or 自查表
the way its staff typed it:

- a 村's 一览表 grouped by 权力名称 (merged), the holder under 责任岗位/责任人, levels ``A/B/C`` read by the
  note under the table (``注：风险等级A为高风险，B为中风险，C为低风险。``);
- a 社区's 清单 对岗不对人 with no 科室 column, a ``主要职责`` column beside the post, 高/中/低;
- a 幼儿园's 防控卡 one sheet a post (tabs ``园长``, ``后勤主任``, ``保健医``), each with the pairs
  ``姓名 | … | 岗位 | …`` above and ``持卡人签字：`` under it;
- a 小学's 工作手册 workbook (the shape the README does not describe): a ``封面`` sheet of counts
  (``权力清单：5项``, ``廉政风险点：8个``, ``Ⅰ级风险：3个`` …, ``防控方法：8条``) and a ``目录`` sheet of
  dotted leaders before the 一览表 (岗位), which has a ``权力事项`` column beside the 风险点;
- a 区畜牧技术服务中心's 一览表 whose 科室 are its own 站 (畜禽检疫站, 饲草饲料站, 兽医门诊部), ``★★★/★★/★``
  with the note under it;
- a 镇's 排查表 whose 科室 column is headed ``所在站所`` (镇领导, 畜牧兽医站, 农业服务中心, 财政所), 一级/二级/三级;
- a 数字化城市管理监督指挥中心's 一览表 grouped by section rows ``一、受理派遣科`` with ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 社区 民政专干's 个人自查表 with the holder only in the field line above it.

One is harder:

- ``bus_company_business_categories``: a 区公交公司's 清单 whose ``风险类别`` column holds the company's
  BUSINESS AREAS (``三重一大决策``, ``票款管理``, ``车辆维修``, ``物资采购``), no type at all, beside a short
  ``风险点`` and a long ``风险情况描述``, the level in ``风险级别`` as ``一级风险/二级风险/三级风险``.

Every unit is a body of 沙坪坝区 (its 镇, 街道, 村 and 社区 invented). The rows are worded by us, the names
invented. Run ``python tests/published/score.py --set batch215`` and do not tune the reader against it.

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``风险类别`` holding business areas is no type column: the points have no types;
- the 封面's counts and the 目录's lines are no point and no holder; the 权力事项 is no point;
- the 镇's 站所 are 科室 of the 镇 (畜牧兽医站 站长 中层); the 中心's 站 are its 科室 (站长 中层);
- 村党支部书记, 村委会主任, 社区党委书记, 园长, 校长, 中心主任/副主任, 总经理/副总经理 and 副镇长 are leaders;
  股长/科长, 后勤主任, 教导主任/总务主任, 站长, 部长/经理 中层; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b215_"
PLACE = "沙坪坝区"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
WORDS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
ABC = {"A": 1, "B": 2, "C": 3}
RESAVED: tuple[str, ...] = ()
GAP = "\u3000"

per_person = lambda row: row[1:4]  # noqa: E731


# --------------------------------------------------------------------------- harder layout


def bus_company_business_categories() -> dict:
    unit = f"{PLACE}公共交通有限公司"
    sh = _Sheet("清单", [5, 12, 22, 34, 34, 10, 10, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点及防控措施清单", 8)
    sh.add(
        "序号",
        "风险类别",
        "风险点",
        "风险情况描述",
        "防控措施建议",
        "责任部门",
        "责任岗位",
        "风险级别",
    )
    rows = [
        ("三重一大决策", "重大事项决策", "线路调整、车辆更新等重大事项未经党支部前置研究和班子集体决策,个人说了算。",
         "严格执行“三重一大”集体决策制度,议题提前告知,会议纪要存档。", "公司领导", "总经理", "一级风险",
         "leader"),
        ("三重一大决策", "大额资金使用", "未按规定程序擅自决定大额资金支付,化整为零规避集体研究。",
         "大额资金支付经班子会研究,财务按审批单逐笔支付。", "公司领导", "副总经理", "一级风险", "leader"),
        ("票款管理", "票款清点解缴", "投币箱开箱、清点不按两人以上操作,票款截留、短缴。",
         "开箱清点两人以上同时在场,全程视频监控,票款当日解缴银行。", "票务中心", "主任", "一级风险", "middle"),
        ("票款管理", "IC卡充值", "充值款不及时入账,违规为亲友办理优惠卡。",
         "充值系统与财务系统每日对账,优惠卡办理凭证件复核并公示。", "票务中心", "票务员", "二级风险",
         "general"),
        ("车辆维修", "维修项目核定", "虚报维修项目和工时,与维修厂串通套取维修费。",
         "维修项目经机务部和车队双签确认,旧件交回登记。", "机务部", "部长", "二级风险", "middle"),
        ("物资采购", "轮胎、配件采购", "采购不比价,指定供应商,收受回扣。",
         "年度采购目录公开询价,三家以上比价,验收与采购分离。", "综合办公室", "采购员", "二级风险", "general"),
        ("选人用人", "驾驶员招聘", "招聘条件因人而设,考试考核走过场。", "招聘方案报国资主管部门备案,考核结果公示。",
         "综合办公室", "主任", "三级风险", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (cat, point, desc, measures, dept, post, lv, tier) in enumerate(rows, 1):
        sh.add(n, cat, point, desc, measures, dept, post, lv)
        t.point(sh.name, dept, post, "", tier, point, [], WORDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (5, lambda row: row[5])])
    sh.add()
    sh.add("编制：综合办公室", None, None, "审核：", None, "2024年6月", None, None)
    return _layout(
        "bus_company_business_categories", "https://www.qianlima.com/bid-578350137.html",
        "(harder) 区公交公司 廉洁风险点及防控措施清单, after the source's 公交票款奖惩考核 notice (two 公交运营企业, "
        "总效益, 票款): 序号/``风险类别`` merged holding the company's BUSINESS AREAS (三重一大决策, 票款管理, 车辆维修, "
        "物资采购, 选人用人) — no type word at all/a short ``风险点``/a long ``风险情况描述``/``防控措施建议``/责任部门 "
        "merged/责任岗位/``风险级别`` ``一级风险/二级风险/三级风险``; no names (对岗不对人); 编制/审核/date under it",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- the novel shape


def school_handbook_cover() -> dict:
    unit = f"{PLACE}栖梧小学"
    t = _Truth(unit)
    rows = [
        ("校级领导", "校长", "邗望舒", "重大事项决策", "学校发展规划、大额经费使用不经校务会集体研究", "Ⅰ级",
         "落实校务会议事规则,重大事项集体决策,会议纪要存档。", "leader"),
        ("校级领导", "校长", "邗望舒", "教师评优评先", "推荐评选优秀教师优亲厚友,标准不公开", "Ⅱ级",
         "评选条件和程序公开,民主推荐,结果公示五个工作日。", "leader"),
        ("教导处", "教导主任", "茆清漪", "招生入学", "违规接收不符合划片条件的学生入学", "Ⅰ级",
         "招生范围、条件和结果公开,入学材料两人审核。", "middle"),
        ("教导处", "教导主任", "茆清漪", "教辅资料征订", "违规向学生推销教辅资料,收受书商好处", "Ⅱ级",
         "严格执行教辅征订规定,家长自愿,征订目录公示。", "middle"),
        ("总务处", "总务主任", "粟砚池", "营养改善计划", "营养餐食材采购验收不严,虚报就餐人数", "Ⅰ级",
         "食材定点采购,三人验收签字,就餐人数每日公示。", "middle"),
        ("总务处", "总务主任", "粟砚池", "校舍维修", "零星维修工程不比价,虚增工程量", "Ⅱ级",
         "维修项目比价确定,完工后总务、财务共同验收。", "middle"),
        ("总务处", "报账员", "戢闻笛", "经费报账", "报销票据审核不严,白条入账", "Ⅲ级",
         "票据逐张审核,经办、证明、审批三签。", "general"),
        ("总务处", "保管员", "冶蘅皋", "营养改善计划", "库存食材出入库登记不实,账物不符", "Ⅲ级",
         "出入库逐笔登记,每月盘点,总务主任抽查。", "general"),
    ]  # fmt: skip
    powers = list(dict.fromkeys(r[3] for r in rows))
    counts = {k: sum(r[5] == k for r in rows) for k in ROMAN}
    cover = _Sheet("封面", [40])
    cover.add(unit)
    cover.add("廉政风险点排查防控")
    cover.add("工作手册")
    cover.add()
    cover.add(f"权力清单：{len(powers)}项")
    cover.add(f"廉政风险点：{len(rows)}个")
    for k, v in counts.items():
        cover.add(f"{k}风险：{v}个")
    cover.add(f"防控方法：{len(rows)}条")
    cover.add()
    cover.add("2024年7月")
    toc = _Sheet("目录", [60])
    toc.add("报送材料目录")
    toc.add("1、廉政风险点及防控方法汇总表…………………………………………1")
    toc.add("2、单位权力清单目录…………………………………………………2")
    toc.add("3、廉政风险点及防控方法一览表（岗位）……………………………3")
    toc.add("4、权力运行步骤图…………………………………………………5")
    sh = _Sheet("一览表（岗位）", [5, 10, 10, 9, 14, 34, 9, 36])
    _line(sh, f"{unit}廉政风险点及防控方法一览表（岗位）", 8)
    sh.add("序号", "处室", "岗位", "姓名", "权力事项", "风险点", "风险等级", "防控方法")
    first = len(sh.rows)
    for n, (dept, post, who, power, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, power, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    return _layout(
        "school_handbook_cover", "http://netcom.cn5135.com/Offer/ShowBigImage-84941677.html",
        "区小学 廉政风险点排查防控工作手册 as a WORKBOOK, after the source's notice on 营养改善计划 (实名制学生, 膳食补助"
        "资金, 学校食堂): a ``封面`` sheet of one column — the school, ``廉政风险点排查防控``, ``工作手册``, then the "
        "COUNTS ``权力清单：5项``, ``廉政风险点：8个``, ``Ⅰ级风险：3个``, ``Ⅱ级风险：3个``, ``Ⅲ级风险：2个``, "
        "``防控方法：8条`` and the date — and a ``目录`` sheet of lines with dotted leaders and page numbers (``3、廉政风险点"
        "及防控方法一览表（岗位）……3``) before the sheet ``一览表（岗位）``: 序号/处室 merged/岗位 and 姓名 merged per "
        "person/``权力事项``/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控方法; no type column",
        [cover, toc, sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def village_power_groups_abc() -> dict:
    unit = f"{PLACE}青檀镇石磨村"
    sh = _Sheet("Sheet1", [5, 14, 34, 8, 36, 14, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点及防控措施一览表", 7)
    sh.add("序号", "权力名称", "廉政风险", "风险等级", "防范措施", "责任岗位", "责任人")
    rows = [
        ("重大事项决策", "不按“四议两公开”程序决策村级重大事项", "A",
         "重大事项严格执行“四议两公开”,决议结果张榜公布。", "村党支部书记", "谯迩桐", "leader"),
        ("重大事项决策", "村级工程项目发包不经村民代表会议决定", "A",
         "工程项目公开比选,村务监督委员会全程监督。", "村委会主任", "粟沐川", "leader"),
        ("村务公开", "村务公开内容不全、不及时,避重就轻", "B", "村务按月公开,群众点题公开事项限时答复。",
         "村委会主任", "粟沐川", "leader"),
        ("集体资产管理", "集体土地、鱼塘发包不公开,低价发包给亲友", "A",
         "资产发包进入镇农村产权交易平台,合同报镇农经站备案。", "村党支部书记", "谯迩桐", "leader"),
        ("村级财务", "报账票据不真实,白条入账", "B", "实行村账镇管,报账凭证经民主理财小组审核签字。", "报账员",
         "濮晓岚", "general"),
        ("村级财务", "惠农补贴代发名册弄虚作假", "B", "补贴名册入户核实,发放结果公示七天。", "报账员", "濮晓岚",
         "general"),
        ("印章管理", "违规使用村委会印章出具证明", "C", "用印登记,出具证明两人审核。", "村文书", "郤绾星",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (power, point, lv, measures, post, who, tier) in enumerate(rows, 1):
        sh.add(n, power, point, lv, measures, post, who)
        t.point(sh.name, "", post, who, tier, point, [], ABC[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：风险等级A为高风险，B为中风险，C为低风险。", 7)
    sh.add("村党支部（盖章）", None, None, None, "2024年5月", None, None)
    return _layout(
        "village_power_groups_abc", "https://baywatch.cn/haowen/319532.html",
        "村 廉政风险点及防控措施一览表, after the source's 村级财务情况 范文 (镇 农业服务中心, 村 科技工作小组, 村级财务 and "
        "its supervision): 序号/``权力名称`` merged (重大事项决策, 村务公开, 集体资产管理, 村级财务, 印章管理)/``廉政风险``/"
        "风险等级 ``A/B/C``/``防范措施``/``责任岗位``/``责任人``; a merged note under it ``注：风险等级A为高风险，B为中风险，"
        "C为低风险。`` and the 村党支部（盖章） line; no type column, no 科室",
        [sh], t,
    )  # fmt: skip


def community_posts_duties() -> dict:
    unit = f"{PLACE}翠桐街道枫杨社区"
    sh = _Sheet("清单", [5, 12, 30, 32, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "岗位", "主要职责", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("社区党委书记", "主持社区全面工作,负责社区重大事项决策", "社区公共服务设施改造项目不经两委集体研究",
         "制度机制", "高", "重大事项按“四议两公开”决策,结果在居务公开栏公示。", "leader"),
        ("社区党委书记", "主持社区全面工作,负责社区重大事项决策", "社区办公经费使用审批把关不严", "岗位职责",
         "中", "经费支出两人以上经办,书记审批,每季度公开。", "leader"),
        ("民政专干", "负责低保、特困、临时救助初审", "低保申请入户调查不实,优亲厚友", "岗位职责", "高",
         "入户调查两人以上,评议结果张榜公示,接受群众监督。", "general"),
        ("民政专干", "负责低保、特困、临时救助初审", "残疾人补贴资格审核把关不严", "业务流程", "中",
         "补贴对象凭残疾证和户籍资料审核,街道民政科复核。", "general"),
        ("网格员", "负责网格内信息采集、矛盾调解", "采集信息时泄露居民个人信息", "思想道德", "低",
         "签订保密承诺,信息系统分级授权。", "general"),
        ("报账员", "负责社区经费报账、票据管理", "报账票据不真实,坐收坐支", "制度机制", "中",
         "实行社区账街道代管,票据统一领用核销。", "general"),
        ("物业管理专干", "负责指导业主委员会和物业企业", "接受物业企业宴请,对违规行为不报告", "外部环境", "低",
         "定期轮岗,投诉电话公开。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, duty, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add("社区党委（盖章）", None, None, "填报时间：2024年4月", None, None, None)
    return _layout(
        "community_posts_duties", "https://www.xiaomilidoc.com/p-10167046.html",
        "社区 岗位廉政风险防控清单 对岗不对人, after the source's 社区低保工作计划 (居委会 收取并审查申请, 入户调查, 张榜"
        "公布, 上报镇民政所): ``附件1``, the title, then 序号/岗位 merged/``主要职责`` merged per post/风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施; NO 科室 column and NO names; 社区党委（盖章）/填报时间 under it",
        [sh], t,
    )  # fmt: skip


def kindergarten_tab_per_post() -> dict:
    unit = f"{PLACE}实验幼儿园"
    t = _Truth(unit)
    cards = [
        ("园长", "阙琬瑜", "园领导", "leader", [
            ("幼儿园大额经费使用和物资采购不经园务会集体研究", "制度机制", "高",
             "大额支出经园务会研究,采购按规定比价或招标。"),
            ("教职工招聘、职称推荐不公开", "岗位职责", "中", "招聘、推荐方案和结果公示。"),
            ("接受家长礼品礼金", "思想道德", "低", "签订廉洁从教承诺书,设立家长监督信箱。"),
        ]),
        ("后勤主任", "湛叶舟", "后勤部", "middle", [
            ("食堂食材采购不比价,指定供应商", "业务流程", "高", "食材定点招标采购,验收三人签字。"),
            ("园舍维修虚增工程量", "岗位职责", "中", "维修项目比价,完工验收留影像资料。"),
        ]),
        ("保健医", "佴书遥", "保健室", "general", [
            ("幼儿体检费、保健用品费用收取不规范", "制度机制", "中", "收费项目和标准公示,统一开具票据。"),
            ("药品、消毒用品领用登记不实", "业务流程", "低", "领用逐笔登记,后勤主任每月核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in cards:
        sh = _Sheet(post, [6, 36, 12, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓名", who, "岗位", post, None)
        sh.add("部门", dept, "填卡时间", "2024年3月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字：", None, "园长签字：", None, None)
        sheets.append(sh)
    return _layout(
        "kindergarten_tab_per_post", "https://m.zhaopin.com/jobs/CC649236630J40855973404.htm",
        "区幼儿园 岗位廉政风险防控卡 ONE SHEET A POST (tabs ``园长``, ``后勤主任``, ``保健医``), after the source's posting "
        "for a 幼儿园 后勤 (保育保健, 膳食营养, 食堂管理, 园舍维修, 采购): the title, then the pairs ``姓名 | 阙琬瑜 | 岗位 "
        "| 园长`` and ``部门 | 园领导 | 填卡时间 | 2024年3月`` above 序号/风险点/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施; ``持卡人签字： | 园长签字：`` labels under it",
        sheets, t,
    )  # fmt: skip


def livestock_center_stations() -> dict:
    unit = f"{PLACE}畜牧技术服务中心"
    sh = _Sheet("一览表", [5, 12, 9, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报时间：2024年8月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "昝晏清", "畜牧良种补贴项目资金分配不经集体研究", "制度机制风险", "★★★",
         "补贴资金分配方案经主任办公会研究,结果公示。", "leader"),
        ("中心领导", "副主任", "麦照川", "兽药、疫苗采购验收把关不严", "岗位职责风险", "★★",
         "采购按政府采购程序,验收三人签字,样品留存。", "leader"),
        ("畜禽检疫站", "站长", "逄稚鸥", "检疫出证不到现场,违规出具检疫证明", "岗位职责风险", "★★★",
         "检疫出证全程电子化,现场查验留影像。", "middle"),
        ("畜禽检疫站", "检疫员", "甯知夏", "收受养殖户好处,降低检疫标准", "思想道德风险", "★★",
         "检疫员定期轮换片区,检疫结果抽查复核。", "general"),
        ("饲草饲料站", "站长", "邰青蔓", "饲草种植补贴面积核查不实", "业务流程风险", "★★",
         "补贴面积实地核查,村、户、站三方签字。", "middle"),
        ("兽医门诊部", "兽医师", "缪闻溪", "诊疗收费不开票,私收诊疗费", "外部环境风险", "★",
         "收费项目和标准上墙公示,统一开票。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "说明：★★★表示高风险，★★表示中风险，★表示低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, None, None, None)
    return _layout(
        "livestock_center_stations", "https://www.daowen.com/book/content/222135689/10347533.html",
        "区畜牧技术服务中心 岗位廉政风险点一览表, after the source's 县志 chapter on 畜牧 机构 (县畜牧技术服务中心 and its "
        "畜牧兽医工作站, 畜禽检疫站, 饲草饲料站, 兽医门诊部): ``填报单位：… | 填报时间：…``, then 序号/科室 merged — the "
        "中心's own 站 and 门诊部 — /岗位 and 姓名 merged per person/风险点/风险类别 ``…风险``/风险等级 ``★★★/★★/★``/"
        "防控措施; the note ``说明：★★★表示高风险，★★表示中风险，★表示低风险。`` merged under it, 填表人/审核人 labels",
        [sh], t,
    )  # fmt: skip


def township_suozai_zhansuo() -> dict:
    town = "青檀镇"
    unit = f"{PLACE}{town}人民政府"
    sh = _Sheet("排查表", [5, 12, 9, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{PLACE}{town}站所岗位廉政风险排查表", 8)
    sh.add("序号", "所在站所", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "副镇长", "扈南枝", "分管站所项目资金拨付审核不严", "岗位职责", "一级",
         "项目资金拨付经镇党委会研究,分管领导、主要领导双签。", "leader"),
        ("畜牧兽医站", "站长", "桑若川", "动物防疫补助发放不实", "业务流程", "一级",
         "防疫补助按免疫台账发放,名册村内公示。", "middle"),
        ("畜牧兽医站", "防疫员", "满霁云", "免疫标识、疫苗私自出售", "思想道德", "二级",
         "疫苗、标识出入库登记,每月盘点。", "general"),
        ("农业服务中心", "主任", "栗澄湖", "耕地地力保护补贴面积核定不实", "岗位职责", "一级",
         "补贴面积与确权数据比对,张榜公示。", "middle"),
        ("农业服务中心", "农技员", "晏鸣泉", "农资发放优亲厚友", "外部环境", "三级", "农资发放名册公示,两人发放。",
         "general"),
        ("财政所", "所长", "寇棠樾", "惠民惠农“一卡通”资金代发审核不严", "制度机制", "一级",
         "一卡通资金发放数据与主管部门逐笔核对,按月公开。", "middle"),
        ("财政所", "会计", "戢晴岚", "村级账务代理记账把关不严", "业务流程", "二级",
         "村级报账凭证逐笔审核,定期抽查。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add(f"填报单位（盖章）：{unit}", None, None, None, None, "2024年9月", None, None)
    return _layout(
        "township_suozai_zhansuo", "https://jxxfw.com/periodical/41545d05c3a178c4760abefb3d90acee.html",
        "镇 站所岗位廉政风险排查表, after the source's account of a 市's 乡镇畜牧兽医站 and its reform (基层事业单位, 市乡兽医"
        "管理体制): the title naming the 镇 (no 人民政府), the 科室 column headed ``所在站所`` merged (镇领导, 畜牧兽医站, "
        "农业服务中心, 财政所)/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; the unit named in full only in the ``填报单位（盖章）：…人民政府`` line under it",
        [sh], t,
    )  # fmt: skip


def city_center_section_rows() -> dict:
    unit = f"{PLACE}数字化城市管理监督指挥中心"
    sh = _Sheet("Sheet1", [5, 10, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    sections = [
        ("一、中心领导", "中心领导", [
            ("主任", "濮栖梧", "信息化平台建设项目不经集体研究确定承建单位", "制度机制", "Ⅰ级",
             "项目按规定招标,班子集体研究并留存纪要。", "leader"),
        ]),
        ("二、受理派遣科", "受理派遣科", [
            ("科长", "郦照野", "城市管理问题立案、结案标准执行不一,人为干预考核", "岗位职责", "Ⅰ级",
             "立案、结案标准公开,系统自动计时考核。", "middle"),
            ("派遣员", "昌暮雪", "收受好处,对部件问题拖延派遣或违规结案", "思想道德", "Ⅱ级",
             "派遣记录系统留痕,结案抽查回访。", "general"),
        ]),
        ("三、监督考核科", "监督考核科", [
            ("科长", "阙檀生", "对责任单位考核打分不客观", "业务流程", "Ⅱ级",
             "考核结果按月通报,异议复核。", "middle"),
            ("信息采集员", "湛予安", "巡查采集时瞒报、漏报问题", "外部环境", "Ⅲ级", "采集员定期轮换片区,随机抽查。",
             "general"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, rows in sections:
        _line(sh, caption, 7)
        for post, who, point, typ, lv, measures, tier in rows:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    sh.add()
    sh.add("单位负责人：", None, None, "填表日期：2024年10月", None, None, None)
    return _layout(
        "city_center_section_rows", "https://q30.net/wd/30095.html",
        "区数字化城市管理监督指挥中心 廉政风险点一览表, after the source's 部门决算 of a 数字化城市管理监督指挥中心 (巡查、"
        "采集、立案、派遣、监督、考核; 12345 热线): 序号/岗位/姓名/风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施 with merged SECTION ROWS ``一、中心领导``, ``二、受理派遣科``, ``三、监督考核科`` giving the 科室; no 科室 "
        "column; 单位负责人/填表日期 under it",
        [sh], t,
    )  # fmt: skip


def community_clerk_self_check() -> dict:
    unit = f"{PLACE}翠桐街道榆荫社区"
    sh = _Sheet("自查表", [6, 36, 12, 10, 36])
    t = _Truth(unit)
    who, post = "郤澜汐", "民政专干"
    _line(sh, "社区工作人员廉政风险自查表", 5)
    _line(sh, f"单位：{unit}{GAP}{GAP}姓名：{who}{GAP}{GAP}岗位：{post}", 5)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
    points = [
        ("残疾证年审、补贴审核材料把关不严", "岗位职责", "高", "年审材料两人审核,补贴名单每季度公示。"),
        ("低保年审入户调查走过场", "业务流程", "高", "入户调查留存照片和签字记录,街道抽查。"),
        ("为亲友违规办理临时救助", "思想道德", "中", "亲属申请主动回避,救助结果公示。"),
        ("救助对象信息保管不善,泄露个人隐私", "制度机制", "低", "档案专柜保管,查阅登记。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(points, 1):
        sh.add(n, point, typ, lv, measures)
        t.point(sh.name, "", post, who, "general", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("本人签名：", None, "社区党委书记审核：", None, "2024年8月")
    return _layout(
        "community_clerk_self_check", "http://www.6618168.cn/a/xz/xsz/2024/0826/63076.html",
        "社区 民政专干 个人廉政风险自查表, after the source's report of a 社区's 残疾人年审 (社区民政专干, 网格员, 上门服务): "
        "the title naming no unit, then ONE merged field line ``单位：…社区　　姓名：郤澜汐　　岗位：民政专干`` above "
        "序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; ``本人签名： | 社区党委书记审核：`` labels and a "
        "date under it",
        [sh], t,
    )  # fmt: skip


LAYOUTS = [
    bus_company_business_categories(),
    school_handbook_cover(),
    village_power_groups_abc(),
    community_posts_duties(),
    kindergarten_tab_per_post(),
    livestock_center_stations(),
    township_suozai_zhansuo(),
    city_center_section_rows(),
    community_clerk_self_check(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch215-inbox"))
