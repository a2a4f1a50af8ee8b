"""A hundred-and-forty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND COUNTY SOEs MIXED — a
村, a 中学, a county 国有资本 group, a 社区居民委员会, a 镇人民政府's 站所, a 妇幼保健院, a 镇中心幼儿园,
a county 粮油购销 company and a 水库管理站 — each handing back its ordinary 一览表, 排查表, 清单,
登记表, 自查表 or 防控卡 the way its staff typed it, every one of them a body of an invented 大英县
(its 镇, 街道, 村, 社区, 粮站 and 水库 invented too):

- the 中学's workbook opened by a ``封面`` sheet of COUNTS only (``权力清单：6项``, ``廉政风险点：8个``,
  ``Ⅰ级风险：3个`` …), then its ``一览表（岗位）`` with a ``权力事项`` beside the 风险点, ``Ⅰ级/Ⅱ级/Ⅲ级`` and a
  trailing ``分管领导`` column of names (one of them no holder at all);
- the 国有资本 group's 清单 对岗不对人 whose ``风险类别`` column names BUSINESS AREAS (``三重一大决策``,
  ``融资管理``, ``工程建设`` …), not the five types, a short ``风险点`` beside ``风险情况描述``,
  ``一级风险/二级风险/三级风险`` and trailing ``责任部门 | 责任岗位``;
- the 社区's 清单 with a ``联系电话`` column of eleven-digit NUMBERS beside 姓名, 岗位职责 merged per
  person, the head ``社区党委书记、居委会主任`` one post;
- the 镇's 站所 排查表 under ``填报单位：…（盖章） | 填报时间：…``, the 科室 column headed ``站所``
  (便民服务中心, 退役军人服务站, 农业综合服务中心), the holder under ``责任人`` and a trailing
  ``分管领导`` (two 副镇长, merged per 站所);
- the 妇幼保健院's 登记表 with a two-row header: ``风险评估`` over ``发生概率 | 危害程度 | 风险等级``, all
  three written 高/中/低 and only the last the level;
- the 幼儿园's 自查表 one a sheet, the tabs named by the POST (``园长``, ``保教主任``, ``食堂管理员``),
  姓名/岗位/部门 in pairs above the table, ``本人签字： | 园长审核：`` under it;
- the 粮油购销 company's 一览表 whose 科室 column is headed ``部门（库点）`` (公司领导, 业务部, two 粮站,
  财务部), the holder under ``岗位人员``, ``…风险`` types, 一级/二级/三级;
- the 水库管理站's 排查表 with ``股室（班组）`` (站领导, 工程管理股, 大坝巡查班, 综合股), short types, a
  ``备注`` column.

One is harder:

- ``village_cards_side_by_side``: the 村's 村干部 防控卡 printed TWO TO A ROW, four cards on one sheet
  (two rows of two, a blank column between the cards of a row, a blank row between the rows), each
  card with its own ``姓名 | … | 职务 | …`` pair row over its own 序号/风险点/风险等级/防控措施 header and
  a ``持卡人签字：`` line; one title over all four.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 区's 村级干部管理办法 (村党组织
书记 and “一肩挑”, 村务监督委员会, 村文书); a school's offices (校长室, 政教处, 教导处, 总务处); a 县's
项目融资 with its 国资集团; a 网格员's 入户采集信息 (人口, 特殊群体, 信息安全); a 乡镇政务中心 (一窗受理,
民政, 退役军人, the 七站八所 merged into it); a 妇幼保健机构 管理办法 (儿童保健, 婚前检查, 节育手术);
a 幼儿园's 安全及财务制度 (食堂, 收费, 财务公开); a 粮食局's check of 夏粮收购 (五要五不准, 打白条);
a 县's 小型水库 (管养经费, 承包养鱼, 乡镇 and a 小水电公司 managing them)) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented.

Run ``python tests/published/score.py --set batch147`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b147_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- four cards side by side: each card's ``姓名 | … | 职务 | …`` row names the holder and the post of
  the rows UNDER IT in its own columns only;
- a ``封面`` sheet of counts (``廉政风险点：8个``) is no table: no form, no point;
- a ``风险类别`` column of business areas (``三重一大决策``, ``融资管理``) is no type column: the points
  have no types;
- ``分管领导`` names supervise and hold nothing (the 副校长 and the 副镇长 are no holders; the 校长 is a
  holder through his own row only);
- ``发生概率`` and ``危害程度`` are no level: the level is ``风险等级``'s;
- a tab named by the post (``园长``) is no 科室: the 部门 pair above the table gives it;
- ``联系电话`` numbers, ``权力事项`` and ``备注`` are neither post, holder, level nor point;
- ``社区党委书记、居委会主任`` and ``村党支部书记、村委会主任`` are one post each (one holder, one form);
- leaders: the 村's 书记/主任 and 村务监督委员会主任, the 校长, the 董事长, the 社区's 书记/主任 and
  副主任, the 院长, the 园长, the 总经理, the 站长 of the 水库管理站; middle: 处室 主任, 部长, 科主任,
  主任/站长 of a 镇's 站所, 保教主任, 粮站站长, 股长, 班长, 网格长, the 村委会副主任; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b147_"
PLACE = "大英县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
RISK_GRADES = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- harder layout


def village_cards_side_by_side() -> dict:
    unit = f"{PLACE}芩溪镇棠坝村"
    width = 4  # 序号 | 风险点 | 风险等级 | 防控措施
    ncols = 2 * width + 1
    sh = _Sheet("防控卡", [5, 30, 8, 30, 3, 5, 30, 8, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}村干部岗位廉政风险防控卡", ncols)
    cards = [
        ("庹砚舟", "村党支部书记、村委会主任", "leader", [
            ("村级重大事项不按“四议两公开”程序决策,个人说了算", "高",
             "重大事项经村党支部提议、“两委”商议、党员大会审议、村民代表会议决议,结果公开。"),
            ("村级小型工程指定施工队,不比价不公示", "高", "小型工程三家以上比价,施工队和造价在村务公开栏公示。"),
            ("村集体资产资源发包时优亲厚友、低价发包", "中", "发包方案经村民代表会议通过,进镇农村产权交易平台公开竞价。"),
        ]),
        ("苌书澜", "村务监督委员会主任", "leader", [
            ("对村务公开不全、不实的情况不提出监督意见", "中", "每月核对村务公开内容,监督意见书面报镇纪委。"),
            ("参与村级事务具体经办,监督变成“自己监督自己”", "低", "村务监督委员会成员不兼任村级经办事务,履职情况年终述职。"),
        ]),
        ("郦未晞", "村委会副主任", "middle", [
            ("低保、特困对象民主评议中优亲厚友", "高", "评议到会人员签字,评议结果在村务公开栏公示七天。"),
            ("临时救助申请材料把关不严,代领冒领救助金", "中", "救助金打卡发放到户,村务监督委员会入户抽查。"),
            ("农村危房改造对象初审不实", "中", "初审由副主任、村文书和监委会成员三人入户核实签字。"),
        ]),
        ("亢若川", "村报账员", "general", [
            ("村级开支票据审核不严,白条入账", "中", "开支凭证经村务监督委员会审核盖章后报镇“三资”中心记账。"),
            ("集体收入坐收坐支,收入不及时上交", "高", "集体收入当日开具统一收据,三日内存入村级账户。"),
        ]),
    ]  # fmt: skip
    for pair in (cards[:2], cards[2:]):
        if len(sh.rows) > 1:
            sh.add()
        top = [None] * ncols
        head = [None] * ncols
        for k, (who, post, _, _) in enumerate(pair):
            c = k * (width + 1)
            top[c : c + width] = ["姓名", who, "职务", post]
            head[c : c + width] = ["序号", "风险点", "风险等级", "防控措施"]
        sh.add(*top)
        sh.add(*head)
        depth = max(len(points) for *_, points in pair)
        for n in range(depth):
            row = [None] * ncols
            for k, (_, _, _, points) in enumerate(pair):
                if n < len(points):
                    c = k * (width + 1)
                    row[c : c + width] = [n + 1, *points[n]]
            sh.add(*row)
        sign = [None] * ncols
        for k in range(len(pair)):
            sign[k * (width + 1)] = "持卡人签字:"
        r = sh.add(*sign)
        for k in range(len(pair)):
            c = k * (width + 1)
            sh.merge(r, c, r, c + 1)
    for who, post, tier, points in cards:
        for point, lv, _ in points:
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    sh.add()
    sh.add("芩溪镇纪委监制", None, None, None, None, None, None, "2024年10月", None)
    return _layout(
        "village_cards_side_by_side", "http://gsgz.gov.cn/gzzfxxgk/xzjdxxgk/dmz/qtfdxx_7123/202307/t20230728_1085703.html",
        "(harder) 村干部岗位廉政风险防控卡 of a 村, after the source's 区 村级干部管理办法 (村党组织书记 and 村委会主任 "
        "“一肩挑”, 村务监督委员会, 副主任, 村文书; 四议两公开): FOUR CARDS on one sheet printed TWO TO A ROW — cards in "
        "columns A–D and F–I, column E a blank gutter — two rows of cards with a blank row between; each card has "
        "its own ``姓名 | 庹砚舟 | 职务 | 村党支部书记、村委会主任`` pair row over its own 序号/风险点/风险等级 高/中/低/"
        "防控措施 header and a ``持卡人签字:`` line (the shorter card of a row leaves its last cells blank); one "
        "title over all four; ``芩溪镇纪委监制 … 2024年10月`` at the foot; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def middle_school_cover_counts() -> dict:
    unit = f"{PLACE}蓼阳中学"
    cover = _Sheet("封面", [40])
    for text in (f"{unit}", "廉政风险点排查防控工作手册", "权力清单：6项", "廉政风险点：8个", "Ⅰ级风险：3个",
                 "Ⅱ级风险：3个", "Ⅲ级风险：2个", "防控措施：8条", "2024年9月"):  # fmt: skip
        cover.add(text)
    sh = _Sheet("一览表（岗位）", [5, 9, 8, 9, 12, 32, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点及防控措施一览表（岗位）", 9)
    sh.add("序号", "处室", "岗位", "姓名", "权力事项", "风险点", "风险等级", "防控措施", "分管领导")
    rows = [
        ("校长室", "校长", "斛雪樵", "重大事项决策", "学校发展规划和大额经费使用不经校务会集体研究", "Ⅰ级",
         "重大事项校务会集体研究,会议纪要存档,结果向教职工公开。", "斛雪樵", "leader"),
        ("校长室", "校长", "斛雪樵", "干部任用", "中层干部推荐使用不按程序,任人唯亲", "Ⅱ级",
         "中层干部民主推荐、考察、公示,结果报县教体局备案。", "斛雪樵", "leader"),
        ("教务处", "主任", "佴栖梧", "招生分班", "招生、分班中违规择校,收受家长好处", "Ⅰ级",
         "招生计划和分班办法公开,分班电脑随机编排,纪检员现场监督。", "斛雪樵", "middle"),
        ("教务处", "主任", "佴栖梧", "评优评先", "优秀教师推荐、职称评审打分不公开", "Ⅱ级",
         "评审细则提前公布,评分结果公示五个工作日。", "斛雪樵", "middle"),
        ("政教处", "主任", "麴云岫", "学生资助", "家庭经济困难学生认定不实,资助名额优亲厚友", "Ⅱ级",
         "认定经班级评议、年级审核、学校复核,名单公示。", "濮阳青梧", "middle"),
        ("总务处", "主任", "阙澹宁", "物资采购", "教学设备、办公用品采购不比价,收受回扣", "Ⅰ级",
         "采购按规定进县公共资源交易平台,验收三人以上签字。", "濮阳青梧", "middle"),
        ("总务处", "主任", "阙澹宁", "食堂管理", "食堂大宗食材采购验收不严,以次充好", "Ⅲ级",
         "食材定点采购,验收留样,家长代表每月陪餐。", "濮阳青梧", "middle"),
        ("总务处", "报账员", "汲晓芃", "财务报销", "报销票据审核不严,虚列开支", "Ⅲ级",
         "报销凭证经办人、总务主任、校长三级签字,按学期公开收支。", "濮阳青梧", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, power, point, lv, measures, lead, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, power, point, lv, measures, lead)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person),
                            (8, lambda row: (row[1], row[8]))])  # fmt: skip
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, None, "2024年9月", None)
    return _layout(
        "middle_school_cover_counts", "http://www.youhuohao.com/kepu/864097.html",
        "县中学 廉政风险点排查防控工作手册 after the source's account of a school's offices (校长室, 政教处 or 德育处, "
        "教导处 or 教务处, 总务处 — 食堂, 校产, 基建): TWO SHEETS — a ``封面`` of one column of lines and COUNTS only "
        "(the school, the handbook's name, ``权力清单：6项``, ``廉政风险点：8个``, ``Ⅰ级风险：3个``, ``Ⅱ级风险：3个``, "
        "``Ⅲ级风险：2个``, ``防控措施：8条``, the month), then ``一览表（岗位）``: 序号/处室 merged/岗位 and 姓名 merged per "
        "person/``权力事项``/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/a trailing ``分管领导`` of names merged down (the "
        "校长 斛雪樵, also a holder, and the 副校长 濮阳青梧, a holder of nothing); 填表人/审核人/date",
        [cover, sh], t,
    )  # fmt: skip


def state_capital_business_areas() -> dict:
    unit = f"{PLACE}国有资本投资运营集团有限公司"
    sh = _Sheet("廉洁风险", [5, 12, 16, 32, 32, 10, 12, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点及防控措施（修订）", 8)
    sh.add(
        "序号", "风险类别", "风险点", "风险情况描述", "防控措施", "风险级别", "责任部门", "责任岗位"
    )
    rows = [
        ("三重一大决策", "重大事项决策", "对外投资、担保和大额资金使用未经党委会前置研究、董事会集体决策",
         "严格执行“三重一大”集体决策制度,党委会前置研究清单化,决策过程全程记录。", "一级风险", "领导班子", "董事长",
         "leader"),
        ("三重一大决策", "议题临时动议", "上会材料不提前送达参会人员,临时动议搞突然袭击",
         "议题提前三个工作日送达,未经酝酿的议题不上会。", "三级风险", "综合办公室", "主任", "middle"),
        ("融资管理", "融资机构选择", "选择融资机构和中介不比选,收受中介机构好处",
         "融资方案三家以上比选,比选结果经集体研究。", "一级风险", "投融资部", "部长", "middle"),
        ("融资管理", "融资资金使用", "融资资金不按约定用途使用,违规出借给关联企业",
         "融资资金专户管理,支付实行部门、财务、分管领导三级审批。", "二级风险", "财务部", "资金会计", "general"),
        ("工程建设", "变更签证", "设计变更、现场签证把关不严,虚增工程量",
         "变更签证实行建设、监理、跟踪审计三方联签,重大变更集体研究。", "一级风险", "工程管理部", "现场代表", "general"),
        ("工程建设", "结算审核", "工程结算审核不严,多计多付工程款",
         "结算经第三方审计,审定结果在公司内部公示。", "二级风险", "工程管理部", "部长", "middle"),
        ("资产经营", "资产出租", "门面、场地出租不进场交易,低价租给关系人",
         "经营性资产出租一律进县公共资源交易平台公开招租。", "二级风险", "资产运营部", "部长", "middle"),
        ("资产经营", "租金收缴", "租金减免、拖欠不按规定审批和催收",
         "租金台账按月对账,减免须经总经理办公会研究。", "三级风险", "资产运营部", "收费员", "general"),
        ("选人用人", "员工招聘", "招聘条件因人设岗,考试面试中打招呼、递条子",
         "招聘方案报县国资中心备案,笔试面试委托第三方组织。", "二级风险", "人力资源部", "部长", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (area, point, desc, measures, lv, dept, post, tier) in enumerate(rows, 1):
        sh.add(n, area, point, desc, measures, lv, dept, post)
        t.point(sh.name, dept, post, "", tier, point, [], RISK_GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (6, lambda row: row[6]),
                            (7, lambda row: (row[6], row[7]))])  # fmt: skip
    sh.add()
    sh.add("编制部门:纪检监察室", None, None, None, "2024年11月", None, None, None)
    return _layout(
        "state_capital_business_areas", "http://qingfengw.com/Reform/info/211937",
        "county SOE 廉洁风险点及防控措施（修订） 对岗不对人, after the source's 县 项目融资 推进会 (the 县国资集团, 融资 kept "
        "to the rules, 资金监管): 序号/``风险类别`` merged down naming BUSINESS AREAS (三重一大决策, 融资管理, 工程建设, "
        "资产经营, 选人用人 — none of the five types)/a short 风险点/a long ``风险情况描述``/防控措施/风险级别 "
        "``一级风险/二级风险/三级风险``/trailing ``责任部门`` and ``责任岗位`` (merged down: 工程管理部, 资产运营部); "
        "no name anywhere; ``编制部门:纪检监察室`` and the month under it",
        [sh], t,
    )  # fmt: skip


def community_phone_numbers() -> dict:
    unit = f"{PLACE}槿川街道杉湾社区居民委员会"
    sh = _Sheet("Sheet1", [5, 14, 8, 13, 22, 30, 9, 8, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 9)
    sh.add(
        "序号", "岗位", "姓名", "联系电话", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施"
    )
    head_duty = "主持社区党委和居委会全面工作"
    rows = [
        ("社区党委书记、居委会主任", "邴澄溪", 13890417265, head_duty,
         "社区公益性岗位人员安排优亲厚友", "思想道德", "高", "公益性岗位招用条件和人选公示,报街道审核备案。", "leader"),
        ("社区党委书记、居委会主任", "邴澄溪", 13890417265, head_duty,
         "社区惠民资金使用不经“两委”集体研究", "制度机制", "高", "惠民资金使用方案经“两委”会议和居民代表议事会通过。",
         "leader"),
        ("居委会副主任", "蓟沅芷", 15983264071, "分管民政、社会救助工作",
         "低保、特困对象入户核查走过场", "岗位职责", "高", "入户核查两人以上,核查表由被核查户签字,街道抽查。", "leader"),
        ("居委会副主任", "蓟沅芷", 15983264071, "分管民政、社会救助工作",
         "高龄津贴领取资格认证不及时,死亡人员继续领取", "业务流程", "中", "每季度与殡葬、医保信息比对,停发及时上报。",
         "leader"),
        ("网格长", "扈临风", 18728390516, "负责网格事件收集、分流和网格员管理",
         "网格事件上报弄虚作假,虚报处置数量", "制度机制", "低", "事件处置拍照留痕,街道网格中心随机回访。", "middle"),
        ("网格员", "酆小满", 17340268853, "负责网格内人口、房屋信息采集",
         "入户采集的居民信息泄露、倒卖", "外部环境", "中", "信息采集使用专用终端,签订保密承诺书。", "general"),
        ("网格员", "酆小满", 17340268853, "负责网格内人口、房屋信息采集",
         "出租房屋登记中收受房东好处", "思想道德", "低", "出租房屋登记免费办理,登记结果网格群内公开。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, phone, duty, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, who, phone, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(sh, first, [(c, per_person) for c in (1, 2, 3, 4)])
    sh.add()
    sh.add("社区党委（盖章）", None, None, None, None, "填报日期：2024年10月", None, None, None)
    return _layout(
        "community_phone_numbers", "https://www.fudaoke.com/exam/2843804.html",
        "社区居民委员会 岗位廉政风险防控清单 after the source's account of 网格员 入户采集信息 (人口, 家庭, 特殊群体, "
        "信息安全, 复核): 序号/岗位/姓名/``联系电话`` typed as eleven-digit NUMBERS/岗位职责 — the four merged per "
        "person — /风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; the head ``社区党委书记、居委会主任`` one post; "
        "no 科室 column; ``社区党委（盖章） | 填报日期：2024年10月`` under it",
        [sh], t,
    )  # fmt: skip


def town_stations_supervisors() -> dict:
    unit = f"{PLACE}蔺滩镇人民政府"
    sh = _Sheet("排查表", [5, 14, 10, 9, 32, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, "蔺滩镇站所岗位廉政风险点排查表", 8)
    r = sh.add(
        f"填报单位：{unit}（盖章）", None, None, None, None, "填报时间：2024年10月", None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "站所", "岗位", "责任人", "风险点", "风险等级", "防控措施", "分管领导")
    rows = [
        ("便民服务中心", "主任", "仝凌霄", "窗口事项受理不一次性告知,故意刁难群众", "中",
         "实行首问负责和一次性告知,办件评价结果每月通报。", "於清涟", "middle"),
        ("便民服务中心", "主任", "仝凌霄", "代办事项中收取群众费用或礼品", "高", "代办服务免费,代办台账群众签字确认。",
         "於清涟", "middle"),
        ("便民服务中心", "窗口工作人员", "栾晏清", "城乡居民医保、养老保险参保信息录入不实", "低",
         "录入信息双人复核,系统操作留痕。", "於清涟", "general"),
        ("退役军人服务站", "站长", "帅鸣珂", "优抚对象资格初审把关不严,违规纳入优抚", "高",
         "初审材料村、站两级核实,名单在村务公开栏公示。", "於清涟", "middle"),
        ("退役军人服务站", "站长", "帅鸣珂", "困难退役军人帮扶资金发放不公开", "中", "帮扶资金打卡发放,对象和金额公示。",
         "於清涟", "middle"),
        ("农业综合服务中心", "主任", "钦禾穗", "耕地地力保护补贴面积核实不实", "高",
         "补贴面积村组公示,中心抽查不少于百分之十。", "宗政闻溪", "middle"),
        ("农业综合服务中心", "农技员", "畅远岑", "农资、良种推广中向群众指定购买点", "中",
         "推广品种目录公开,不指定购买点,群众自主选购。", "宗政闻溪", "general"),
        ("农业综合服务中心", "农技员", "畅远岑", "动物防疫物资发放登记不实", "低", "防疫物资出入库登记,发放到户签字。",
         "宗政闻溪", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, lead, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, lead)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person),
                            (7, lambda row: (row[1], row[7]))])  # fmt: skip
    sh.add()
    sh.add("镇纪委审核:", None, None, "填表人:", None, None, None, None)
    return _layout(
        "town_stations_supervisors", "https://www.fudaoke.com/exam/2567157.html",
        "镇 站所岗位廉政风险点排查表 after the source's account of a 乡镇政务中心 (一窗受理、一站办结 of 社保, 民政, "
        "退役军人; 农技, 畜牧; the 七站八所 merged): a title naming the 镇 by its short name only, then "
        "``填报单位：大英县蔺滩镇人民政府（盖章） | 填报时间：2024年10月``; 序号/``站所`` merged (便民服务中心, 退役军人服务站, "
        "农业综合服务中心)/岗位 and ``责任人`` merged per person/风险点/风险等级 高/中/低/防控措施/a trailing ``分管领导`` "
        "of two 副镇长 merged per 站所 (於清涟, 宗政闻溪 — no holders); no type column; 镇纪委审核/填表人 line",
        [sh], t,
    )  # fmt: skip


def maternal_hospital_assessment() -> dict:
    unit = f"{PLACE}妇幼保健院"
    sh = _Sheet("登记表", [5, 11, 13, 8, 32, 7, 7, 7, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险评估登记表", 9)
    r = sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险评估", None, None, "防控措施")
    sh.merge(r, 5, r, 7)
    r2 = sh.add(None, None, None, None, None, "发生概率", "危害程度", "风险等级", None)
    for c in (0, 1, 2, 3, 4, 8):
        sh.merge(r, c, r2, c)
    rows = [
        ("院领导", "院长", "谯文漪", "医疗设备采购、基建项目不经院务会集体研究", "中", "高", "高",
         "大型设备和基建项目院务会集体研究,按规定进公共资源交易平台。", "leader"),
        ("妇产科", "科主任", "隆黛青", "诱导孕产妇使用指定耗材、自费项目", "中", "中", "中",
         "自费项目事先告知签字,耗材使用每月点评。", "middle"),
        ("妇产科", "科主任", "隆黛青", "收受产妇家属“红包”", "低", "高", "中", "签订医患不收受“红包”协议,出院回访。",
         "middle"),
        ("儿童保健科", "医师", "冶秋澄", "儿童保健体检项目重复检查、过度检查", "中", "低", "低",
         "体检项目按国家规范执行,超范围检查须家长书面同意。", "general"),
        ("医务科", "出生医学证明签发员", "戢清婉", "违规签发、补发《出生医学证明》", "低", "高", "高",
         "签发、补发材料双人审核,空白证件专柜保管、领用登记。", "general"),
        ("药剂科", "药库管理员", "鲜于朗", "药品出入库账实不符,过期药品处置不登记", "中", "中", "中",
         "药库每月盘点,过期药品销毁两人监督、登记备查。", "general"),
        ("财务科", "收费员", "蹇若萍", "收费不开票据、少收费或截留现金", "中", "中", "中",
         "收费系统自动计费出票,日清日结,财务科每周稽核。", "general"),
        ("财务科", "收费员", "蹇若萍", "婚前检查、孕前检查免费项目违规收费", "低", "中", "低",
         "免费项目清单窗口公示,收费系统锁定免费项目。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, prob, harm, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, prob, harm, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "说明:风险等级由发生概率和危害程度综合评定,分高、中、低三级。", 9)
    sh.add("科室负责人签字:", None, None, None, "纪检监察室审核:", None, None, None, None)
    return _layout(
        "maternal_hospital_assessment", "http://www.fymate.net/html/text/lar/167916/16791633_2.html",
        "县妇幼保健院 岗位廉洁风险评估登记表 after the source's 妇幼保健机构 管理办法 (妇女病防治, 0-6岁儿童保健系统管理, "
        "婚前健康检查, 节育手术, 科室 and 床位): a TWO-ROW header — 序号/科室/岗位/姓名/风险点/防控措施 merged over both "
        "rows, ``风险评估`` merged over ``发生概率 | 危害程度 | 风险等级`` — all three written 高/中/低 and only "
        "风险等级 the level (the three disagree on most rows); 科室 merged (院领导, 妇产科, 儿童保健科, 医务科, 药剂科, "
        "财务科), 岗位 and 姓名 merged per person (``出生医学证明签发员``, the compound surname ``鲜于朗``); a 说明 line "
        "under it; 科室负责人签字/纪检监察室审核",
        [sh], t,
    )  # fmt: skip


def kindergarten_post_tabs() -> dict:
    unit = f"{PLACE}鹭坪镇中心幼儿园"
    t = _Truth(unit)
    people = [
        ("园长", "桑晚禾", "园领导", "leader", [
            ("保教费、伙食费收费标准不公示,超标准收费", "制度机制", "高",
             "收费项目和标准在园门口和家长群公示,按学期公开收支。"),
            ("园舍维修、玩教具采购不经园务会研究", "岗位职责", "中", "维修和采购事项园务会研究,三家以上比价。"),
            ("教师绩效考核打分不公开", "思想道德", "低", "考核细则和结果在教职工大会公开。"),
        ]),
        ("保教主任", "邝蓁蓁", "保教处", "middle", [
            ("插班生、转园生接收中收受家长好处", "思想道德", "中", "接收条件公开,名单园务会审定。"),
            ("教师评优推荐暗箱操作", "业务流程", "低", "评优推荐民主测评,结果公示三天。"),
        ]),
        ("食堂管理员", "沙霁月", "后勤处", "general", [
            ("食材采购以次充好,虚报采购数量", "岗位职责", "高", "食材定点采购,验收两人签字,每日公示带量食谱。"),
            ("伙食费结余挪作他用", "制度机制", "中", "伙食费单独核算,结余按月公示,家长委员会监督。"),
            ("食堂物品出入库登记不实", "业务流程", "低", "出入库每周盘点,账实不符追究责任。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in people:
        sh = _Sheet(post, [5, 34, 10, 8, 34])
        _line(sh, f"{unit}岗位廉洁风险自查表", 5)
        sh.add("姓名", who, "岗位", post, None)
        r = sh.add("部门", dept, "填表时间", "2024年9月", None)
        sh.merge(r, 3, r, 4)
        sh.merge(r - 1, 3, r - 1, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字:", None, "园长审核:", None, None)
        sheets.append(sh)
    return _layout(
        "kindergarten_post_tabs", "https://www.renrendoc.com/paper/507217216.html",
        "镇中心幼儿园 岗位廉洁风险自查表 one a sheet, after the source's 幼儿园安全及财务制度 (食堂食品安全, 收费, "
        "财务收支公开透明, 内部和社会监督): the tabs named by the POST (``园长``, ``保教主任``, ``食堂管理员``), each sheet "
        "titled with the 幼儿园, then the pairs ``姓名 | 桑晚禾 | 岗位 | 园长`` and ``部门 | 园领导 | 填表时间 | 2024年9月`` "
        "above 序号/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; ``本人签字: | 园长审核:`` under it",
        sheets, t,
    )  # fmt: skip


def grain_company_depots() -> dict:
    unit = f"{PLACE}粮油购销有限公司"
    sh = _Sheet("Sheet1", [5, 13, 10, 9, 32, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    sh.add("序号", "部门（库点）", "岗位", "岗位人员", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "展鹏霄", "粮食轮换出库定价、客户确定不经集体研究", "制度机制风险", "一级",
         "轮换出库一律进粮食交易平台竞价,方案经经理办公会研究。", "leader"),
        ("业务部", "部长", "司寇澜", "收购计划分配向关系库点倾斜", "岗位职责风险", "二级",
         "收购计划按仓容和产量分配,分配方案公开。", "middle"),
        ("蔺滩粮站", "站长", "东郭晏", "收购中压级压价、给售粮农民打白条", "岗位职责风险", "一级",
         "执行“五要五不准”收购守则,收购价格挂牌公示,粮款当日结算到卡。", "middle"),
        ("蔺滩粮站", "检验员", "尉迟梧", "质量检验中扣量扣价,人情定等", "思想道德风险", "一级",
         "检验结果当场告知售粮人,样品留存,站长抽检复核。", "general"),
        ("蔺滩粮站", "检验员", "尉迟梧", "检斤计量作弊", "业务流程风险", "二级", "地磅电子计量,数据实时上传公司平台。",
         "general"),
        ("芩溪粮站", "保管员", "汤汀澜", "储存粮食账实不符,损耗虚报", "业务流程风险", "二级",
         "每月粮情检查,年末全面清仓查库,损耗按定额核销。", "general"),
        ("芩溪粮站", "保管员", "汤汀澜", "出入库单据不全,私自借粮", "外部环境风险", "三级",
         "出入库凭公司调令和双人签字单据,严禁借粮。", "general"),
        ("财务部", "出纳", "申屠芊", "收购资金、销售货款坐收坐支,公款私存", "制度机制风险", "三级",
         "资金收付全部通过公司账户,出纳不兼管稽核和账簿登记。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年8月", None)
    return _layout(
        "grain_company_depots",
        "http://yinchuan.baogaosu.com/xinwen/%E5%8E%BF%E7%B2%AE%E9%A3%9F%E5%B1%80%E5%BC%80%E5%B1%95%E5%A4%8F%E7%B2%AE%E6%94%B6%E8%B4%AD%E7%9B%91%E7%9D%A3%E6%A3%80%E6%9F%A5/36019792/",
        "县粮油购销有限公司 岗位廉洁风险防控一览表 after the source's 县粮食局 check of 夏粮收购 (“五要五不准” 收购守则, "
        "收购价格公布, no 白条, 收粮机械 and 消防 at the 收购点): 序号/the 科室 column headed ``部门（库点）`` merged (公司"
        "领导, 业务部, two 粮站 — 蔺滩粮站, 芩溪粮站 — and 财务部)/岗位 and ``岗位人员`` merged per person (compound "
        "surnames 司寇, 东郭, 尉迟, 申屠)/风险点/风险类别 ``…风险``/风险等级 一级/二级/三级/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def reservoir_station_teams() -> dict:
    unit = f"{PLACE}鹤鸣水库管理站"
    sh = _Sheet("排查表", [5, 12, 8, 9, 32, 9, 8, 32, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 9)
    sh.add(
        "序号", "股室（班组）", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "备注"
    )
    rows = [
        ("站领导", "站长", "淳于衡", "水库维修养护项目不公开发包,指定施工队", "制度机制", "高",
         "维修养护项目按规定比选或招标,站务会集体研究。", None, "leader"),
        ("站领导", "站长", "淳于衡", "库区水面承包养鱼合同低价发包、到期不收回", "岗位职责", "高",
         "水面承包公开竞价,合同报县水务局备案。", "新增", "leader"),
        ("工程管理股", "股长", "公冶霖", "维修养护工程量验收不实,虚报冒领养护经费", "业务流程", "中",
         "验收拍照留痕,县水务局抽查复核。", None, "middle"),
        ("大坝巡查班", "班长", "汝苇杭", "大坝巡查、观测记录弄虚作假", "岗位职责", "中",
         "巡查记录上传巡检系统,站长每周抽查。", None, "middle"),
        ("大坝巡查班", "班长", "汝苇杭", "防汛物资出入库登记不实,私自挪用", "制度机制", "低",
         "防汛物资专库存放,出入库双人登记,汛前汛后盘点。", "新增", "middle"),
        ("综合股", "会计", "郜绿漪", "管养经费挤占挪用,用于发放福利", "制度机制", "高",
         "管养经费专款专用,支出凭证站长审签,年度接受审计。", None, "general"),
        ("综合股", "会计", "郜绿漪", "灌溉水费收取不开票、不入账", "外部环境", "中", "水费统一票据,收入按月入账公示。", None,
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, note, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, note)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("站长签字:", None, None, None, "填表日期：2024年7月", None, None, None, None)
    return _layout(
        "reservoir_station_teams", "https://360wenmi.com/f/filej1ydn6ef.html",
        "县水库管理站 廉政风险点排查表 after the source's 调研报告 on a 县's 小型水库 (小(一)型 and 小(二)型, managed by "
        "乡镇, by the 县水务局 or with a 县小水电公司; 管养经费 mostly wages; 承包养鱼 “以库养库”): 序号/``股室（班组）`` "
        "merged (站领导, 工程管理股, 大坝巡查班, 综合股)/岗位 and 姓名 merged per person (the compound surnames 淳于, "
        "公冶)/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施/``备注`` (``新增`` on two rows); 站长签字/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    village_cards_side_by_side(),
    middle_school_cover_counts(),
    state_capital_business_areas(),
    community_phone_numbers(),
    town_stations_supervisors(),
    maternal_hospital_assessment(),
    kindergarten_post_tabs(),
    grain_company_depots(),
    reservoir_station_teams(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch147-inbox"))
