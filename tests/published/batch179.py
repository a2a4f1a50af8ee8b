"""A hundred-and-seventy-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND SOEs MIXED, every one a body
of 龙马潭区 (its towns 鹭滩镇, 桫坪镇, 棠樾镇, 螺湾镇 and its 蘅皋街道 invented) — a 镇 and its 站所, a 村's
小微权力 清单, a 社区居民委员会, the 区职业技术学校, a 镇中心卫生院, a 镇中心幼儿园, the 区水务集团, the
区城乡环卫服务公司, the 区文化旅游发展集团 and a 镇中心学校 — each sending its 一览表 / 排查表 / 清单 /
卡 the way such offices do (no re-saved copies this time):

- the 镇's 排查表 of its 站所 (镇领导, 农业综合服务中心, 社会事务办公室, 综合行政执法队, 财政所) with a
  last ``分管领导`` column merged per 站所 whose names are the 镇长 and a 副镇长 who hold rows of their
  own, and a 副镇长 who holds none; 镇领导's rows write ``/`` there;
- the 村's 小微权力廉洁风险防控清单: ``权力类别`` merged, ``权力事项``, ``责任岗位`` (the 一肩挑
  ``党支部书记、村委会主任`` ONE post), ``责任人``, 一级/二级/三级, no type column;
- the 社区居民委员会's 一览表 with no 科室 column and a ``联系电话`` column of eleven-digit numbers typed
  as text beside ``姓名``;
- the 职业技术学校's 一览表 whose 处室 include a ``实训中心`` and a ``学生资助管理中心`` (a 中心 inside a
  school, no unit of its own), ``…风险`` types, 一级/二级/三级;
- the 镇中心幼儿园's 岗位廉政风险防控卡 one a sheet, the tabs the posts, ``持卡人 | … | 岗位 | …`` and a
  merged ``岗位职责：…`` line above each card;
- the 水务集团's 排查表 with ``部门（单位）`` (a 二次供水分公司 and a 供水站 named after a town among them),
  a short ``风险点`` beside a long ``风险描述``, and a last ``管控层级`` column (集团级/部门级);
- the 环卫服务公司's 清单 whose 部门 stand only in group rows across the table (``一、公司领导``,
  ``二、清扫保洁部`` …), 序号 running on, levels ``Ⅰ/Ⅱ/Ⅲ`` without 级, and a ``监督部门`` column;
- the 文旅集团's 一览表 with ``业务板块`` merged before 部门, and a ``完成时限`` column (``长期``, a date).

One is the shape this batch adds to what the README describes:

- ``health_center_shared_risk``: the 镇中心卫生院's 排查表 where a risk two posts share is typed ONCE:
  its 风险点, 风险类型, 风险等级 and 防控措施 cells are merged down over the rows of both posts (药房组长
  and 药库管理员 of 药房; 收费员 of 收费室 and 会计 of 财务室), each row keeping its own 科室, 岗位 and 姓名.

One is harder:

- ``center_school_leader_slash``: the 镇中心学校's 清单 names its holders in ONE column headed
  ``责任人（分管领导/岗位责任人）``, each cell ``<分管领导>/<岗位责任人>`` (``晏拾舟/伍照临``); the 校长's
  own row writes his name alone, and the 副校长 who watches the 总务处 holds a row of his own.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 工作职责 of a 乡镇's 农业部门 and
乡镇机构改革; 农村集体“三资” and its 村干部, 报账人员, 四议两公开, 坐收坐支; what a 社区专职工作人员 does —
政策宣传, 居民服务, 低保, 老年人、残疾人、低收入家庭; 中职 实习 — 企业代收, 实习津贴, 助学金; a 卫生院's
自查 — 药占比, 一般诊疗费, 医保, 药房, 收费; a 中心幼儿园's 膳食管理委员会 and 伙食费; a 水务集团's 二次供水
调研 — 到户收费, 维护管理; a 县's check of two 环卫公司 — 清扫保洁, 垃圾收运, 公厕, 中转站, 环卫车辆; a 文旅集团
纪委's 标后履约监督, 工程建设监督, 供应商黑名单; a 中心学校's 营养餐经费管理 — 票据签字, 分管校长审批) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented.

Run ``python tests/published/score.py --set batch179`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b179_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a risk cell merged down over the rows of two posts (two holders) is a point of EACH of them, with
  the level, type and measures merged with it;
- ``<分管领导>/<岗位责任人>`` under ``责任人（分管领导/岗位责任人）`` names the holder AFTER the slash; the
  one before it watches (no form of his own from it); a name alone is the holder;
- a ``分管领导`` column beside 姓名 names watchers, even where the name is a holder elsewhere in the
  table; ``/`` there names nobody;
- a ``联系电话``, a ``管控层级``, a ``完成时限`` and a ``监督部门`` are no point and no holder;
- a 中心 in a school's 处室 column (``实训中心``) is a 科室 of the school; a 供水站 named after a town and a
  二次供水分公司 in the 集团's ``部门（单位）`` column are 科室 of the 集团; a 镇's 财政所 and 中心 its 科室;
- a 镇中心幼儿园 and a 镇中心学校 are units of their own (the 镇 is only where they stand);
- group rows ``二、清扫保洁部`` set the 部门 of the rows under them; ``Ⅰ/Ⅱ/Ⅲ`` are Ⅰ级/Ⅱ级/Ⅲ级;
- 镇长/副镇长, 党支部书记、村委会主任, 党委书记、居委会主任, 校长/副校长, 院长/副院长, 园长, 董事长/总经理/
  副总经理 and 执行董事、总经理 are leaders; 主任 of a 站所/处/中心/办, 所长, 队长, 村委会副主任, 居委会副主任,
  药房组长, 经理, 部长 and a 供水站 or 中转站 站长 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b179_"
PLACE = "龙马潭区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
BARE_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
LEADERS = (
    "镇长", "副镇长", "党支部书记、村委会主任", "党委书记、居委会主任", "校长", "副校长", "院长", "副院长",
    "园长", "董事长", "总经理", "副总经理", "执行董事、总经理",
)  # fmt: skip
MIDDLE = ("主任", "所长", "队长", "村委会副主任", "居委会副主任", "药房组长", "经理", "部长", "站长",
          "中转站站长")  # fmt: skip


def _tier(post: str) -> str:
    return "leader" if post in LEADERS else "middle" if post in MIDDLE else "general"


# --------------------------------------------------------------------------- harder layout


def center_school_leader_slash() -> dict:
    unit = f"{PLACE}螺湾镇中心学校"
    sh = _Sheet("清单", [6, 10, 12, 34, 8, 34, 18])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    r = sh.add(f"填报单位（盖章）：{unit}", None, None, None, "填报时间：2024年10月", None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add(
        "序号", "处室", "岗位", "风险点", "风险等级", "防控措施", "责任人（分管领导/岗位责任人）"
    )
    chief = "雍泊舟"
    rows = [
        ("校长室", "校长", None, chief,
         "营养改善计划大宗食材供应商、食堂服务外包单位选定不经校务会集体研究", "高",
         "供应商按县教育局集中采购结果确定,外包事项经校务会研究并公示。"),
        ("校长室", "副校长", chief, "晏拾舟",
         "营养餐支出票据审批签字把关不严,未见验收人、监督小组签字即审批", "高",
         "票据须经手人、验收人、监督小组成员签字后方可审批,每月抽查。"),
        ("校长室", "副校长", chief, "柘闻笛",
         "课后服务费用收取和教师补助发放标准执行不一", "中",
         "收费和发放标准经家长委员会知情并公示,发放名单公开。"),
        ("总务处", "主任", "晏拾舟", "伍照临",
         "食堂物资采购数量、价格与入库验收单不符", "高",
         "采购与验收分离,验收双人签字,采购台账每周核对。"),
        ("总务处", "主任", "晏拾舟", "伍照临",
         "校舍零星维修工程量虚增,维修结算不经审核", "中",
         "零星维修事前报批,完工后总务处、使用处室共同验收。"),
        ("总务处", "食堂管理员", "晏拾舟", "裘浣秋",
         "营养餐食材出库数量多报,食材流失", "中",
         "食材出库按当日就餐人数核定,出库单日清周结。"),
        ("总务处", "食堂管理员", "晏拾舟", "裘浣秋",
         "营养餐收支账目未按周公布", "低",
         "每周在公示栏公布营养餐收支和食材价格,接受师生、家长监督。"),
        ("总务处", "报账员", "晏拾舟", "昝芷汀",
         "营养餐资金未专款专用,与公用经费混用", "高",
         "营养餐资金单独建账、专款专用,学期末教职工代表审核账目。"),
        ("教务处", "主任", "柘闻笛", "乜砚书",
         "教辅资料征订中违背自愿原则,收取回扣", "中",
         "教辅征订由家长自愿选择,书目经学校集体研究确定。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, watcher, who, point, lv, measures) in enumerate(rows, 1):
        cell = who if watcher is None else f"{watcher}/{who}"
        sh.add(n, dept, post, point, lv, measures, cell)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("校长签字：", None, None, "填表人：", None, None, None)
    return _layout(
        "center_school_leader_slash", "https://99wenmi.com/article/filefi77dzsv.html",
        "(harder) 镇中心学校 岗位廉政风险防控清单 after the source's 中心学校 营养改善计划经费管理制度 (营养餐资金专款"
        "专用, 日清周结, 支出票据须供货商、监督小组成员、食堂管理人员签字再由分管校长审批, 学期末教职工代表审核账目): "
        "``填报单位（盖章）：… | 填报时间：…`` over 序号/处室 merged (校长室, 总务处, 教务处)/岗位/风险点/风险等级 高/中/低/"
        "防控措施/and LAST one column headed ``责任人（分管领导/岗位责任人）`` whose cells read ``<分管领导>/<岗位责任人>`` "
        "(``雍泊舟/晏拾舟``, ``晏拾舟/伍照临``, ``柘闻笛/乜砚书``) — the holder after the slash; the 校长's row writes "
        "``雍泊舟`` alone; the two 副校长 watch the 处室 and hold rows of their own; no 姓名 column; no type column; "
        "校长签字/填表人 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- the new shape


def health_center_shared_risk() -> dict:
    unit = f"{PLACE}棠樾镇中心卫生院"
    sh = _Sheet("排查表", [6, 10, 12, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    # (科室, 岗位, 姓名, point, type, level, measures); a point of None shares the row above's
    rows = [
        ("院领导", "院长", "颛孙叙白", "药品耗材遴选、医疗设备购置不经院务会集体研究", "制度机制", "高",
         "药品耗材遴选和设备购置经院务会集体研究,会议纪要存档。"),
        ("院领导", "副院长", "濮阳晴岚", "医保基金使用监管不力,默许分解住院、挂床住院", "岗位职责", "高",
         "每月抽查住院病历,医保结算数据与在院病人逐一核对。"),
        ("药房", "药房组长", "樊篱月", "接受医药代表宴请、回扣,统计处方用量提供给医药代表", "外部环境", "高",
         "医药代表登记接待,处方数据查询权限分级管理。"),
        ("药房", "药房组长", "樊篱月", "药品出入库账实不符,近效期药品不经审批自行处置", "业务流程", "中",
         "每月盘点账物核对,近效期药品报损经院领导审批。"),
        ("药房", "药库管理员", "蒯青萝", None, None, None, None),
        ("收费室", "收费员", "勾星澜", "一般诊疗费等收费项目多收、漏收,收费款未当日缴存", "制度机制", "中",
         "收费标准上墙公示,收费款日清日结、当日缴存银行。"),
        ("财务室", "会计", "沃听澜", None, None, None, None),
        ("财务室", "会计", "沃听澜", "医保结算数据与医院信息系统核对不及时,差错不处理", "岗位职责", "低",
         "医保结算数据每月与信息系统核对,差错登记整改。"),
        ("公共卫生科", "公卫医生", "毋醒舟", "基本公共卫生服务随访记录造假,套取服务补助", "思想道德", "高",
         "随访记录电话回访抽查,补助按考核结果拨付。"),
    ]  # fmt: skip
    first = len(sh.rows)
    shared_from, shared = None, None
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        if point is None:  # the row above's risk, typed once and merged over both rows
            point, typ, lv, measures = shared
            sh.add(n, dept, post, who, None, None, None, None)
            r = len(sh.rows) - 1
            for c in (4, 5, 6, 7):
                sh.merge(shared_from, c, r, c)
        else:
            sh.add(n, dept, post, who, point, typ, lv, measures)
            shared_from, shared = len(sh.rows) - 1, (point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "2024年9月", None)
    return _layout(
        "health_center_shared_risk", "https://m.qiqiwenku.com/doc/587113.html",
        "镇中心卫生院 岗位廉政风险点排查表 after the source's 卫生院 自查报告 (药占比, 大处方, 一般诊疗费 收费, 新农合和医保"
        "资金, 医保管理办公室, 药房储存, 购药台账): 序号/科室 merged (院领导, 药房, 收费室, 财务室, 公共卫生科)/岗位 and "
        "姓名 merged per person/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 — and a risk TWO posts share "
        "typed ONCE, its 风险点, 风险类型, 风险等级 and 防控措施 merged down over the rows of both: ``药品出入库账实不符…`` "
        "over 药房组长 樊篱月 (her second point) and 药库管理员 蒯青萝; ``一般诊疗费等收费项目多收、漏收…`` over 收费室 "
        "收费员 勾星澜 and 财务室 会计 沃听澜 (whose own second point follows); 序号 on every row; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def town_stations_watchers() -> dict:
    unit = f"{PLACE}鹭滩镇人民政府"
    sh = _Sheet("排查表", [6, 14, 10, 9, 32, 10, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{PLACE}鹭滩镇岗位廉政风险点排查表", 9)
    r = sh.add(
        f"填报单位（盖章）：{unit}", None, None, None, None, None, "填报日期：2024年8月", None, None
    )
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 8)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "分管领导")
    mayor, deputy, other = "谯砚汀", "雒听松", "斛望舒"
    rows = [
        ("镇领导", "镇长", mayor, "村级小型公益项目安排不经党政联席会议集体研究", "制度机制", "高",
         "项目安排经党政联席会议研究,纪要存档并在镇村公示栏公开。", "/"),
        ("镇领导", "副镇长", deputy, "耕地地力保护补贴面积核定中打招呼、说人情", "思想道德", "中",
         "补贴面积以村组公示、镇复核结果为准,说情打招呼登记报告。", "/"),
        ("农业综合服务中心", "主任", "禤远岫", "农机购置补贴机具核验走过场,人机合影不到现场", "岗位职责", "高",
         "机具核验两人到场,核验照片定位上传,补贴名单公示。", deputy),
        ("农业综合服务中心", "农技员", "漆禾穗", "病虫害统防统治作业面积签字确认不实", "业务流程", "中",
         "作业面积由村组、服务组织、农技员三方签字确认。", deputy),
        ("社会事务办公室", "主任", "甯照水", "低保、特困供养对象入户核查不实,优亲厚友", "岗位职责", "高",
         "入户核查两人以上,评议结果村组公示,镇复核留痕。", other),
        ("社会事务办公室", "民政专干", "郦映雪", "临时救助资金发放台账与实际发放不符", "业务流程", "中",
         "救助资金一律打卡发放,台账与银行发放清单每月核对。", other),
        ("综合行政执法队", "队长", "冼铮朗", "违法建设查处中选择性执法、以罚代管", "外部环境", "高",
         "查处决定集体研究,执法全过程记录,结果公开。", other),
        ("财政所", "所长", "佘念澄", "惠民惠农“一卡通”资金发放审核把关不严", "制度机制", "高",
         "发放名单与主管部门数据比对,发放结果按村公示。", mayor),
        ("财政所", "会计", "缪梓桐", "报销票据审核不严,虚列会议、培训支出", "岗位职责", "中",
         "报销凭签到表、通知和照片,票据逐张审核。", mayor),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, watcher) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, watcher)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (8, lambda row: (row[1], row[8]))])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "镇党委书记签字：", None, None)
    return _layout(
        "town_stations_watchers", "https://www.baywatch.cn/haowen/253495.html",
        "镇 岗位廉政风险点排查表 of its 站所 after the source's 乡镇农业部门工作职责 and 乡镇机构改革 (乡镇站所, 强农惠农"
        "政策, 农村综合改革): title ``龙马潭区鹭滩镇…`` and a ``填报单位（盖章）：龙马潭区鹭滩镇人民政府 | 填报日期：…`` line; "
        "序号/站所 merged (镇领导, 农业综合服务中心, 社会事务办公室, 综合行政执法队, 财政所)/岗位/姓名/风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施/a last ``分管领导`` column merged per 站所 naming the 镇长 谯砚汀 (over 财政所) "
        "and the 副镇长 雒听松 (over the 中心) — both holders of their own rows above — and a 副镇长 斛望舒 who holds none; "
        "``/`` on 镇领导's rows; 填表人/审核人/镇党委书记签字 line",
        [sh], t,
    )  # fmt: skip


def village_small_powers() -> dict:
    unit = f"{PLACE}桫坪镇杉溪村"
    sh = _Sheet("Sheet1", [6, 12, 14, 14, 9, 32, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉洁风险防控清单", 8)
    sh.add("序号", "权力类别", "权力事项", "责任岗位", "责任人", "风险点", "风险等级", "防控措施")
    head, deputy, clerk, booker = "戢鸿渐", "亢晓岚", "庾清禾", "逄若渝"
    both = "党支部书记、村委会主任"
    rows = [
        ("重大事项决策", "村级重大事项决策", both, head, "未履行“四议两公开”程序,重大事项个人说了算", "一级",
         "重大事项按“四议两公开”办理,会议记录、公示照片存档。"),
        ("集体资产资源管理", "集体资产资源发包", both, head,
         "集体鱼塘、闲置村小校舍发包不公开竞价,低价发包给关系人", "一级",
         "发包进入镇农村产权交易平台公开竞价,合同报镇备案。"),
        ("集体资产资源管理", "集体资产出租收益", "村委会副主任", deputy, "出租收入坐收坐支,不及时交镇代理记账", "二级",
         "出租收入当日开具票据,三日内交镇“三资”服务中心入账。"),
        ("惠农政策落实", "低保、临时救助初审", "村委会副主任", deputy, "入户调查不实,优亲厚友", "二级",
         "入户调查两人以上,初审结果村务公开栏公示七天。"),
        ("惠农政策落实", "耕地地力保护补贴面积登记", "村文书", clerk, "补贴面积登记虚报、漏报", "二级",
         "面积登记到组到户,公示无异议后上报。"),
        ("工程项目建设", "村级小型工程", both, head, "化整为零规避招投标,指定施工队伍", "一级",
         "小型工程按镇规定比选,村务监督委员会全程监督。"),
        ("财务管理", "村级财务报账", "村报账员", booker, "票据不规范、白条入账,大额现金支付", "二级",
         "报账票据经村务监督委员会审核签字,大额支出转账结算。"),
        ("财务管理", "村级备用金", "村报账员", booker, "备用金超限额、长期挂账不清", "三级",
         "备用金按限额核定,每季度清理结算。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (kind, item, post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, kind, item, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, _tier(post), point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：风险等级分为一级、二级、三级,一级为最高。", 8)
    sh.add("村党支部（盖章）", None, None, None, "村务监督委员会（盖章）", None, "2024年7月", None)
    return _layout(
        "village_small_powers", "https://fx361.cc/page/2023/0323/21815995.shtml",
        "村 小微权力廉洁风险防控清单 after the source's study of 农村集体经济组织“三资”管理 (村干部统一收支, “四议两公开”"
        "流于形式, 小金库, 坐收坐支, 村干部和报账人员账目交接): 序号/``权力类别`` merged (重大事项决策, 集体资产资源管理, "
        "惠农政策落实, 工程项目建设, 财务管理)/``权力事项``/``责任岗位`` (the 一肩挑 ``党支部书记、村委会主任`` one post, "
        "村委会副主任, 村文书, 村报账员)/``责任人`` (names on every row)/风险点/风险等级 一级/二级/三级/防控措施; no type "
        "column; a note on the levels under it; 村党支部（盖章）/村务监督委员会（盖章）/date",
        [sh], t,
    )  # fmt: skip


def residents_committee_phone_text() -> dict:
    unit = f"{PLACE}蘅皋街道桂湾社区居民委员会"
    sh = _Sheet("一览表", [6, 14, 9, 14, 32, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "岗位", "姓名", "联系电话", "风险点", "风险等级", "防控措施")
    rows = [
        ("党委书记、居委会主任", "竺檀心", "13980271406", "社区惠民资金项目安排不经居民议事会讨论", "高",
         "惠民项目经居民议事会讨论,项目和资金使用情况公示。"),
        ("党委书记、居委会主任", "竺檀心", "13980271406", "辖区单位赞助、捐赠款物不入账", "中",
         "赞助捐赠款物登记入账,使用情况每季度公开。"),
        ("居委会副主任", "殳晚照", "18283015527", "低保、特困对象动态复核走过场", "高",
         "动态复核入户两人以上,复核结果公示。"),
        ("居委会副主任", "殳晚照", "18283015527", "居家养老服务补贴对象审核不严", "中",
         "补贴对象按评估结果确定,名单公示七天。"),
        ("社区专职工作者", "仝若鹭", "15182736641", "出具居住、家庭关系等证明不核实", "中",
         "出具证明实行登记,核实材料存档备查。"),
        ("社区专职工作者", "仝若鹭", "15182736641", "残疾人两项补贴申报材料把关不严", "低",
         "申报材料与残联数据比对,定期抽查。"),
        ("网格员", "慎晓岑", "17708302215", "网格内人口信息采集弄虚作假,虚报走访记录", "低",
         "走访记录定位拍照,社区每月抽查回访。"),
        ("网格员", "慎晓岑", "17708302215", "出租屋、沿街商铺检查中收受好处,隐患不上报", "中",
         "检查两人同行,隐患台账销号管理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, phone, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, phone, point, lv, measures)
        t.point(sh.name, "", post, who, _tier(post), point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("社区党委（盖章）", None, None, "填报人：", None, "2024年6月", None)
    return _layout(
        "residents_committee_phone_text", "https://www.cooboys.com/zsiwd/202509/44042.html",
        "社区居民委员会 岗位廉政风险点一览表 after the source's account of 社区专职工作人员 (政策宣传, 居民服务, 信息采集, "
        "矛盾调解, 安全巡查; 老年人、残疾人、低收入家庭): no 科室 column — 序号/岗位 (``党委书记、居委会主任`` one post, "
        "居委会副主任, 社区专职工作者, 网格员)/姓名/``联系电话`` (eleven-digit numbers typed as text), the three merged per "
        "person/风险点/风险等级 高/中/低/防控措施; no type column; 社区党委（盖章）/填报人/date",
        [sh], t,
    )  # fmt: skip


def vocational_school_centers() -> dict:
    unit = f"{PLACE}职业技术学校"
    sh = _Sheet("一览表", [6, 14, 12, 9, 32, 12, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "处室", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("校级领导", "校长", "鄂星垂", "校企合作办学协议签订不经集体研究,合作企业由个人指定", "制度机制风险",
         "一级", "校企合作协议经校务会研究并报区教育局备案。"),
        ("校级领导", "副校长", "阎霁禾", "顶岗实习单位安排中向企业收取“介绍费”", "思想道德风险", "一级",
         "实习单位经学校集体遴选,实习协议三方签订并公示。"),
        ("教务处", "主任", "符疏桐", "技能等级证书考试组织中放松考务要求", "岗位职责风险", "二级",
         "考务人员交叉监考,考试全程录像。"),
        ("实习就业处", "主任", "卞听泉", "学生实习津贴由学校代收代发,截留克扣", "业务流程风险", "一级",
         "实习津贴由企业直接发放到学生本人账户,学校定期核对。"),
        ("实习就业处", "干事", "瞿檀音", "实习巡查记录不实,岗位与专业不对口不报告", "岗位职责风险", "三级",
         "巡查记录附照片和企业签字,每月汇总上报。"),
        ("实训中心", "主任", "滕拾雨", "实训设备采购参数设置倾向特定品牌", "外部环境风险", "一级",
         "采购参数经专业教师和外请专家论证,采购进入政府采购平台。"),
        ("实训中心", "耗材保管员", "邬映川", "实训耗材领用登记不实,耗材流失", "制度机制风险", "二级",
         "耗材按课时定额领用,领用登记与课表核对。"),
        ("学生资助管理中心", "资助专干", "芮竹喧", "国家助学金、免学费资格审核不严,虚报学籍套取资金", "岗位职责风险",
         "一级", "资助对象班级评议、学校审核、公示,学籍与资助系统比对。"),
        ("总务处", "主任", "景鹤川", "学生宿舍、食堂物资采购验收不严", "业务流程风险", "二级",
         "采购与验收分离,验收单据双人签字存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "2024年5月", None)
    return _layout(
        "vocational_school_centers", "https://www.xhlnet.com/zhiyexuexiao/1109997.html",
        "区职业技术学校 岗位廉政风险点一览表 after the source's account of 中职 实习 (免学费, 实习期学费, 企业代收培训费, "
        "实习津贴, 助学金): ``附件1`` above the title; 序号/处室 merged (校级领导, 教务处, 实习就业处, ``实训中心``, "
        "``学生资助管理中心``, 总务处 — a 中心 inside the school)/岗位/责任人/风险点/风险类别 ``…风险``/风险等级 "
        "一级/二级/三级/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def kindergarten_holder_cards() -> dict:
    unit = f"{PLACE}桫坪镇中心幼儿园"
    t = _Truth(unit)
    cards = [
        ("园长", "束岚音", "主持全园工作,负责财务、人事和膳食管理委员会", [
            ("伙食费收支不经膳食管理委员会审议", "制度机制", "高", "伙食费收支每月经膳食管理委员会审议并向家长公布。"),
            ("教职工职称推荐、评优评先不公开", "岗位职责", "中", "推荐条件和结果在园内公示。"),
            ("幼儿园维修工程指定施工单位", "外部环境", "高", "维修工程按规定比选,比选结果公示。"),
        ]),
        ("保健医生", "甘沐棠", "负责幼儿膳食营养配餐、食品进货查验和晨检", [
            ("食品进货查验、索票索证不严", "岗位职责", "中", "进货查验登记,票证复印件粘贴存档。"),
            ("带量食谱执行不到位,伙食费结余超标", "业务流程", "低", "每周公示带量食谱,学期结余不超过2%。"),
        ]),
        ("食堂管理员", "阚栖禾", "负责食堂采购、入库和出库", [
            ("食材采购不在定点供应单位,价格虚高", "外部环境", "高", "食材从定点单位采购,价格每月与市场比对。"),
            ("入库数量与发票不符,以次充好", "业务流程", "中", "入库过磅,保健医生和教师代表共同验收。"),
        ]),
        ("报账员", "宓晚禾", "负责保教费、伙食费收缴和报账", [
            ("保教费、伙食费收取后不及时入账", "制度机制", "中", "收费统一开具票据,当日入账。"),
            ("幼儿请假伙食费不按天退还", "思想道德", "低", "请假两天以上按天结算退费,退费清单公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, duty, points in cards:
        sh = _Sheet(post, [6, 34, 12, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, "岗位", post, None)
        sh.merge(len(sh.rows) - 1, 3, len(sh.rows) - 1, 4)
        _line(sh, f"岗位职责：{duty}", 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, "", post, who, _tier(post), point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字：", None, "园长签字：", None, "监督电话：0830-3102388")
        sheets.append(sh)
    return _layout(
        "kindergarten_holder_cards", "https://m.docduoduo.com/p-4068375.html",
        "镇中心幼儿园 岗位廉政风险防控卡 one a sheet after the source's 中心幼儿园 膳食管理委员会 (组长, 保健, 伙食费专款专用, "
        "每月公布伙食收支): the tabs the posts (园长, 保健医生, 食堂管理员, 报账员); above each card ``持卡人 | 束岚音 | 岗位 "
        "| 园长`` and a merged ``岗位职责：…`` line; 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; "
        "持卡人签字/园长签字/监督电话 below; no 科室",
        sheets, t,
    )  # fmt: skip


def water_group_control_level() -> dict:
    unit = f"{PLACE}水务集团有限公司"
    sh = _Sheet("排查表", [6, 14, 10, 9, 14, 32, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险排查表", 9)
    sh.add(
        "序号",
        "部门（单位）",
        "岗位",
        "责任人",
        "风险点",
        "风险描述",
        "风险等级",
        "防控措施",
        "管控层级",
    )
    rows = [
        ("集团领导", "董事长", "綦砚冰", "重大投资决策", "管网改造、水厂扩建项目投资不经党委会前置研究、董事会决策", "高",
         "重大投资先经党委会前置研究,再提交董事会决策。", "集团级"),
        ("集团领导", "总经理", "暨朗清", "工程招标", "二次供水设施改造工程拆分标段规避公开招标", "高",
         "工程按限额进入公共资源交易平台,标段划分经集体研究。", "集团级"),
        ("营业收费中心", "主任", "汲素商", "水费减免", "违规为关系户减免水费、核销欠费", "高",
         "减免、核销事项报集团审批并按季公开。", "部门级"),
        ("营业收费中心", "抄表员", "孛怀瑾", "抄表计量", "估抄、漏抄,人为调整用水性质和用水量", "中",
         "推广远传水表,抄表数据异常自动预警,定期轮换抄表片区。", "部门级"),
        ("营业收费中心", "收费员", "蒉若川", "现金收费", "现金水费收取后不及时缴存,挪用水费", "中",
         "现金日清日结,次日缴存银行,稽核每月抽查。", "部门级"),
        ("二次供水分公司", "经理", "郈远汀", "设施接收", "高层住宅二次供水设施接收验收把关不严", "中",
         "接收验收由工程、运维、质检三方参加并签字。", "部门级"),
        ("二次供水分公司", "维修工", "隆青杳", "维修材料", "泵房维修材料虚报冒领", "低",
         "材料领用登记,旧件交回核销。", "部门级"),
        ("鹭滩供水站", "站长", "庹晚枫", "农村水费收缴", "农村供水水费收缴不入账,打白条收费", "高",
         "水费统一使用票据,收缴明细按村公示。", "集团级"),
        ("工程管理部", "部长", "桑拂柳", "接水报装", "新户接水报装故意拖延、吃拿卡要", "中",
         "报装流程和时限公开,超时预警。", "部门级"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, desc, lv, measures, level) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures, level)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("编制：纪检监察室", None, None, "审核：", None, None, "2024年4月", None, None)
    return _layout(
        "water_group_control_level", "https://wiki-informations.com/mip.php?S_id=2427&type=newsinfo",
        "区水务集团 廉洁风险排查表 after the source's account of a county water 集团's survey of 高层住宅二次供水 (设施建设, "
        "日常维护管理, 到户收费, 产权不清): 序号/``部门（单位）`` merged (集团领导, 营业收费中心, 二次供水分公司, a "
        "``鹭滩供水站`` named after a town, 工程管理部)/岗位/责任人/a short 风险点 beside a long 风险描述/风险等级 高/中/低/"
        "防控措施/a last ``管控层级`` column (集团级/部门级); no type column; 编制：纪检监察室/审核/date",
        [sh], t,
    )  # fmt: skip


def sanitation_group_rows() -> dict:
    unit = f"{PLACE}城乡环卫服务有限公司"
    sh = _Sheet("清单", [6, 16, 9, 34, 10, 8, 32, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控清单", 8)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险类别", "风险等级", "防控措施", "监督部门")
    groups = [
        ("一、公司领导", "公司领导", [
            ("执行董事、总经理", "滑暮云", "环卫作业外包服务合同不经集体研究直接签订", "制度机制", "Ⅰ",
             "外包合同经总经理办公会研究,法律顾问审核。"),
            ("执行董事、总经理", "滑暮云", "环卫车辆购置指定品牌和供应商", "岗位职责", "Ⅰ",
             "车辆购置进入政府采购平台。"),
        ]),
        ("二、清扫保洁部", "清扫保洁部", [
            ("部长", "禄知秋", "道路清扫保洁考核打分不公,考核扣款随意减免", "岗位职责", "Ⅱ",
             "考核细则公开,考核扣款经公司审核。"),
            ("片区主管", "钭逸尘", "虚报保洁员出勤人数,冒领工资", "思想道德", "Ⅰ", "保洁员人脸识别考勤,工资直接打卡。"),
        ]),
        ("三、收运中转部", "收运中转部", [
            ("部长", "檀枕书", "垃圾清运量计量数据虚报,多结算运费", "业务流程", "Ⅰ", "地磅数据自动采集,每月与处理厂数据核对。"),
            ("中转站站长", "巢远黛", "违规接收建筑垃圾、收取好处费", "外部环境", "Ⅱ", "中转站视频监控,进站车辆登记。"),
        ]),
        ("四、车辆管理部", "车辆管理部", [
            ("车辆调度员", "弓映秋", "环卫车辆加油卡管理不严,油料私用", "制度机制", "Ⅱ", "一车一卡,油耗按月统计分析。"),
            ("车辆调度员", "弓映秋", "指定车辆送修点,虚增维修项目", "业务流程", "Ⅲ", "定点维修比选,维修项目事前审批。"),
        ]),
        ("五、财务部", "财务部", [
            ("出纳", "蒙雨棠", "公厕、中转站收费现金不入账", "制度机制", "Ⅱ", "收费统一票据,现金当日缴存。"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, rows in groups:
        _line(sh, caption, 8)
        first = len(sh.rows)
        for post, who, point, typ, lv, measures in rows:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures, "纪检监察室")
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), BARE_ROMAN[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
    _line(sh, "注：风险等级Ⅰ为高、Ⅱ为中、Ⅲ为低。", 8)
    sh.add("填报人：", None, None, "审核人：", None, None, "2024年3月", None)
    return _layout(
        "sanitation_group_rows", "https://www.luoping.gov.cn/news/bmdt/555147.html",
        "区城乡环卫服务公司 廉洁风险防控清单 after the source's account of a 县's check of two 环卫公司 (生产安全, 道路清扫"
        "保洁, 垃圾收集收容器, 公厕, 垃圾中转站, 环卫车辆): the 部门 stand only in GROUP ROWS merged across the table "
        "(``一、公司领导``, ``二、清扫保洁部``, ``三、收运中转部``, ``四、车辆管理部``, ``五、财务部``), 序号 running on "
        "across them; 岗位 and 姓名 merged per person/``廉洁风险点``/风险类别 (short names)/风险等级 ``Ⅰ/Ⅱ/Ⅲ`` WITHOUT "
        "级/防控措施/a ``监督部门`` column (``纪检监察室`` on every row); a note ``注：风险等级Ⅰ为高、Ⅱ为中、Ⅲ为低。``; "
        "填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def tourism_group_deadline() -> dict:
    unit = f"{PLACE}文化旅游发展集团有限公司"
    sh = _Sheet("一览表", [6, 10, 12, 10, 9, 32, 8, 32, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点一览表", 9)
    sh.add(
        "序号", "业务板块", "部门", "岗位", "责任人", "风险点", "风险等级", "防控措施", "完成时限"
    )
    end = datetime(2024, 12, 31)
    rows = [
        ("综合管理", "集团领导", "董事长", "司马澄霁", "景区经营权、特许经营项目招商不公开", "高",
         "招商方案经党委会前置研究,招商结果公示。", "长期"),
        ("综合管理", "集团领导", "副总经理", "鲜于映岚", "旅游项目设计变更频繁,变更签证不经集体审核", "高",
         "设计变更分级审批,重大变更集体研究。", "长期"),
        ("景区运营", "景区运营部", "部长", "卓南枝", "门票优惠、免票审批随意,团队票款结算不实", "高",
         "优惠免票凭证登记,团队票款每日对账。", end),
        ("景区运营", "景区运营部", "售票员", "冉穗禾", "门票款截留,票款不符", "中",
         "电子售票,票款日清日结,稽核抽查。", "长期"),
        ("景区运营", "市场营销部", "部长", "伊照眠", "旅行社返佣标准执行不一,向关系旅行社输送利益", "中",
         "返佣标准公开,返佣结算经财务审核。", end),
        ("项目建设", "工程建设部", "部长", "郁见川", "标后履约监督不力,对履约不力的供应商不按合同处罚", "高",
         "建立履约评价和供应商黑名单制度,处罚结果公开。", end),
        ("项目建设", "工程建设部", "现场代表", "危柳汀", "隐蔽工程验收签字不实", "中",
         "隐蔽工程验收全程影像记录,监理、施工、建设三方签字。", "长期"),
        ("项目建设", "招标采购部", "采购专员", "莘慕晴", "供应商入库审核走过场,黑名单供应商仍入围", "中",
         "入库审核双人复核,黑名单信息共享。", end),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (plate, dept, post, who, point, lv, measures, due) in enumerate(rows, 1):
        sh.add(n, plate, dept, post, who, point, lv, measures, due)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add()
    sh.add("填报部门：纪检监察室", None, None, None, "审核人：", None, None, "2024年2月", None)
    return _layout(
        "tourism_group_deadline", "http://www.hfsjw.gov.cn/dfzf/18919167.html",
        "区文化旅游发展集团 岗位廉洁风险点一览表 after the source's account of a 文旅集团纪委's year (标后履约监督, 供应商"
        "黑名单, 工程建设嵌入式监督, 经营管理风险): 序号/``业务板块`` merged (综合管理, 景区运营, 项目建设)/部门 merged "
        "(集团领导, 景区运营部, 市场营销部, 工程建设部, 招标采购部)/岗位/责任人 (the compound surnames 司马, 鲜于)/风险点/"
        "风险等级 高/中/低/防控措施/a last ``完成时限`` column (``长期`` or a DATE cell 2024年12月31日); no type column; "
        "``填报部门：纪检监察室``/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    center_school_leader_slash(),
    health_center_shared_risk(),
    town_stations_watchers(),
    village_small_powers(),
    residents_committee_phone_text(),
    vocational_school_centers(),
    kindergarten_holder_cards(),
    water_group_control_level(),
    sanitation_group_rows(),
    tourism_group_deadline(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch179-inbox"))
