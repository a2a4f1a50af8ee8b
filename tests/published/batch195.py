"""A hundred-and-ninety-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND SOEs MIXED — two 村, a
镇 with its 站所, a 街道's 动物防疫站, a 镇中心卫生院 that is also a 区人民医院 分院, a county 供水
company with its town 供水站, a 粮油储备 company, a 镇中心小学 and a 社区 — each handing back its
一览表, 排查表, 清单, 自查表 or 防控卡 the way such offices type it; every unit is a body of an invented
corner of 黔江区 (its 蓼坪镇 and 椿木村, 鹭鸶乡 and 青杠村, 杉岭镇, 鹤栖街道, 椿溪镇, 枫岚街道 and its
桂香社区 invented too):

- a 村's 一览表 with a ``分工`` column after the 姓名 (``分管村级财务、集体资产``): the 两委 member's
  share of the work, a sentence that is no point and no measure; 类别 merged (资金/资产/资源);
- a 镇's 站所 排查表 whose 站所 cells carry a bracketed note of who sends the 站 (``畜牧兽医站（区农业
  农村委派驻）``), types ``…风险``, 高/中/低;
- a 街道 动物防疫站's 个人自查表 one a sheet under ``单位：黔江区鹤栖街道动物防疫站``, pairs ``姓名 | … |
  职务 | …`` and a last ``自查情况`` column (``已落实``, ``基本落实，需加强``), ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 镇中心卫生院's 排查表 whose title names it twice, ``黔江区椿溪镇中心卫生院（黔江区人民医院椿溪分院）``;
- a 供水 company's 排查表 with town 供水站 among its 部门, a short ``风险点`` beside a long ``风险描述`` and
  a last ``整改时限`` column (``长期坚持``, ``2024年12月底前``);
- a 粮油储备 company's 清单 对岗不对人 with a ``岗位职责`` column, ``高风险/中风险/低风险``;
- a 社区's 清单 under a 社区基本情况 block (``辖区户数 | 1260户 | 常住人口 | 3875人``, ``两委成员 | 7人``);
- a 镇中心小学's 工作手册 as it is sent: a ``封面`` sheet with the counts (``廉政风险点：9个``, ``Ⅰ级风险：
  3个`` …) and the 报送材料目录, then the 一览表（岗位） sheet with a ``权力事项`` column; no 科室 column.

One is harder:

- ``village_cards_signed_below``: a 村's 防控卡 one a sheet whose holder and post stand ONLY in the
  filled sign-off line under the table, ``持卡人签字：冼澍棠　　　职务：党支部书记、村委会主任``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (村集体“三资” 管理; 村主干 职业化管理;
镇级畜牧兽医办公室; a 街道动物防疫站; 乡村医生 签约服务 and the 卫生院; an 自来水公司's 审计 (抄表, 维修,
采购); 粮食 储存 判定规则; a 小学's 免费午餐 自查; 社区风险治理) and the layout follows their words. The
rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch195`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b195_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a ``分工`` column beside the 姓名 is the holder's share of the work: no point, no measure, no post;
- a 站所 cell ``畜牧兽医站（区农业农村委派驻）`` is the 科室 畜牧兽医站 of the 镇; the bracket says who sends it;
- ``单位：黔江区鹤栖街道动物防疫站`` gives the 街道 as the unit and its 站 as the 科室; ``自查情况`` is no point;
- ``黔江区椿溪镇中心卫生院（黔江区人民医院椿溪分院）`` is one unit, the 卫生院 (the bracket its 医共体 name);
- a town 供水站 (``鹭鸶供水站``) is a 部门 of the company, no unit; ``整改时限`` is no point or level;
- the 社区基本情况 block names no holder (``7人``, ``5人`` are counts); its posts' holders stand under 责任人;
- the 封面's counts and 目录 lines are no points; a 权力事项 column is the duty, the 风险点 column the point;
- the sign-off line ``持卡人签字：X　　　职务：Y`` of a card names its holder X and post Y
  (``党支部书记、村委会主任`` one post, as batch103 keeps it).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b195_"
PLACE = "黔江区"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(cols):
    return lambda row: tuple(row[c] for c in cols)


# --------------------------------------------------------------------------- harder layout


def village_cards_signed_below() -> dict:
    unit = f"{PLACE}鹭鸶乡青杠村"
    t = _Truth(unit)
    cards = [
        ("Sheet1", "冼澍棠", "党支部书记、村委会主任", "leader", [
            ("村级重大事项不按“四议两公开”程序决策,个人说了算", "制度机制", "一级",
             "重大事项严格执行“四议两公开”,会议记录存档,结果公示。"),
            ("村级工程项目指定施工队伍,收受好处", "岗位职责", "一级",
             "村级项目按规定比选或招标,村务监督委员会全程监督。"),
            ("在低保、危房改造对象评议中优亲厚友", "思想道德", "二级",
             "评议由村民代表会议进行,名单张榜公示七天。"),
        ]),
        ("Sheet2", "茆秋澄", "村务监督委员会主任", "middle", [
            ("对村级财务收支监督走过场,审核签字不把关", "岗位职责", "二级",
             "每月逐笔审核村级收支凭证,审核意见签字存档。"),
            ("发现问题不报告、不纠正", "思想道德", "三级", "发现问题及时向乡纪委报告,建立问题台账。"),
        ]),
        ("Sheet3", "昝一苇", "报账员", "general", [
            ("村级资金坐收坐支,收入不及时入账", "制度机制", "一级",
             "村级收入全部缴存乡“三资”代理服务中心,严禁坐收坐支。"),
            ("虚开、套用票据报账", "业务流程", "二级", "报账凭证经村监委会审核、村主干签字后方可报账。"),
            ("现金超额留存,公款私存", "外部环境", "三级", "库存现金不超过限额,每月与代理中心对账。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, points in cards:
        sh = _Sheet(tab, [6, 36, 12, 10, 36])
        _line(sh, f"{unit}村干部廉政风险防控卡", 5)
        r = sh.add(None, None, None, "填卡时间：2024年9月", None)
        sh.merge(r, 3, r, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(tab, "", post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add()
        _line(sh, f"持卡人签字：{who}{GAP * 3}职务：{post}", 5)
        _line(sh, f"乡纪委审核：{GAP * 6}（盖章）", 5)
        sheets.append(sh)
    return _layout(
        "village_cards_signed_below", "http://zzdanganguan.com/shtml/989/2450/detail_1.shtml",
        "(harder) 村干部 廉政风险防控卡, one a sheet (``Sheet1``–``Sheet3``), after the source's 村主干 职业化管理 细则 "
        "(村党组织书记、村委会主任 ``一肩挑``, 村务监督委员会, 村“两委”成员): each card the title "
        "``黔江区鹭鸶乡青杠村村干部廉政风险防控卡``, a ``填卡时间`` cell, then 序号/风险点/风险类型 (short names)/"
        "风险等级 一级/二级/三级/防控措施; the holder and the post stand ONLY in the filled sign-off line under "
        "the table, merged across it — ``持卡人签字：冼澍棠　　　职务：党支部书记、村委会主任`` — over a blank "
        "``乡纪委审核：　（盖章）`` line; no 姓名, 职务 or 持卡人 field above the table",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def village_duty_column() -> dict:
    unit = f"{PLACE}蓼坪镇椿木村"
    sh = _Sheet("一览表", [6, 8, 12, 9, 22, 30, 8, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}“三资”管理廉政风险点一览表", 8)
    sh.add("序号", "类别", "岗位", "姓名", "分工", "风险点", "风险等级", "防控措施")
    rows = [
        ("资金", "党支部书记", "郦晚舟", "主持村党支部全面工作,审批村级开支", "村级大额资金支出不经集体研究",
         "高", "大额支出经村“两委”会议研究,村务监督委员会签字。", "leader"),
        ("资金", "报账员", "庾星禾", "分管村级财务报账", "白条入账,虚列支出套取资金", "高",
         "报账凭证三方签字,每月到镇“三资”服务中心报账。", "general"),
        ("资金", "报账员", "庾星禾", "分管村级财务报账", "收取承包费不开票、不入账", "中",
         "收款一律开具统一票据,当日缴存。", "general"),
        ("资产", "村委会主任", "蹇若楠", "分管集体资产、村级工程", "集体资产低价出租、出售给关系人", "高",
         "资产处置按程序公开竞价,结果张榜公示。", "leader"),
        ("资产", "村文书", "漆雨眠", "分管档案、资产台账", "资产台账登记不全,资产流失不报", "低",
         "建立资产台账,每年清查一次并公示。", "general"),
        ("资源", "村委会主任", "蹇若楠", "分管集体资产、村级工程", "集体土地、林地发包暗箱操作", "高",
         "发包方案经村民代表会议通过,公开招标发包。", "leader"),
        ("资源", "村务监督委员会主任", "鄂听澜", "分管村务监督", "对资源发包监督不到位", "中",
         "全程参与发包过程,监督意见存档。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (cat, post, who, duty, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, cat, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填表人:", None, None, "镇包村干部审核:", None, None, "2024年6月", None)
    return _layout(
        "village_duty_column",
        "http://www.handmsg.com/page/2022/1025/10688196.shtml",
        "村 “三资”管理廉政风险点一览表 after the source's account of 村集体“三资” (资金、资产、资源; 坐收坐支, "
        "报账不及时, 资产台账): 序号/``类别`` merged (资金, 资产, 资源)/岗位/姓名/a ``分工`` column after the 姓名 "
        "(``分管村级财务报账``, ``分管集体资产、村级工程`` — the 两委 member's share of the work, repeated on each "
        "of his rows)/风险点/风险等级 高/中/低/防控措施; no type column; one 主任 in two 类别; a 填表人/镇包村干部审核/"
        "date line",
        [sh], t,
    )  # fmt: skip


def township_station_sender() -> dict:
    unit = f"{PLACE}杉岭镇"
    sh = _Sheet("排查表", [6, 22, 10, 9, 32, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}站所岗位廉政风险排查表", 8)
    r = sh.add(f"填报单位：{PLACE}杉岭镇人民政府（盖章）", None, None, None, None, "填报时间：2024年8月",
               None, None)  # fmt: skip
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    vet = "畜牧兽医站（区农业农村委派驻）"
    rows = [
        (vet, "畜牧兽医站", "站长", "牟霁岑", "强制免疫疫苗发放数量虚报,疫苗流失", "制度机制风险", "高",
         "疫苗出入库登记,发放到户签字,每月盘点。", "middle"),
        (vet, "畜牧兽医站", "站长", "牟霁岑", "能繁母猪补贴对象核查不实", "岗位职责风险", "中",
         "补贴对象入户核查拍照,名单在村公示。", "middle"),
        (vet, "畜牧兽医站", "防疫员", "谯晓岚", "免疫档案、耳标佩戴记录弄虚作假", "业务流程风险", "中",
         "免疫档案随机抽查,耳标信息与系统比对。", "general"),
        ("财政所", "财政所", "所长", "禤慕云", "惠农补贴资金发放审核不严,冒领、代领", "岗位职责风险", "高",
         "补贴通过“一卡通”直达到户,发放名单公示。", "middle"),
        ("财政所", "财政所", "所长", "禤慕云", "村级“三资”代理记账把关不严", "制度机制风险", "中",
         "代理记账实行复核,每季度抽查村级账目。", "middle"),
        ("农业服务中心", "农业服务中心", "主任", "麴东篱", "农业项目验收走过场,虚报建设内容", "外部环境风险",
         "中", "验收邀请村民代表参加,验收资料存档。", "middle"),
        ("社会事务办", "社会事务办", "民政专干", "佘拾遗", "低保、特困对象审核优亲厚友", "思想道德风险", "高",
         "入户调查两人以上,评议结果公示。", "general"),
        ("社会事务办", "社会事务办", "民政专干", "佘拾遗", "临时救助资金发放不及时、截留", "业务流程风险", "低",
         "救助资金打卡发放,台账每月核对。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (cell, dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, cell, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, _per_person((1, 2, 3))),
                            (3, _per_person((1, 2, 3)))])  # fmt: skip
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, None, None)
    return _layout(
        "township_station_sender", "http://ar114.com.cn/news/show-7609.html",
        "镇 站所岗位廉政风险排查表 after the source's notice of 镇级畜牧兽医办公室 (the 区's 畜牧兽医 staff housed "
        "in the 镇政府, beside 农技服务 and 农机管理): a ``填报单位：黔江区杉岭镇人民政府（盖章） | 填报时间：…`` line; "
        "序号/``站所`` merged — the first ``畜牧兽医站（区农业农村委派驻）``, with a bracket saying who sends it, then "
        "财政所, 农业服务中心, 社会事务办/岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


def street_vet_selfcheck() -> dict:
    unit = f"{PLACE}鹤栖街道"
    station = f"{unit}动物防疫站"
    t = _Truth(unit)
    people = [
        ("邰松筠", "站长", "middle", [
            ("动物防疫物资采购不比价,收受供应商好处", "外部环境", "Ⅰ级", "采购三家比价,验收两人签字。", "已落实"),
            ("检疫申报受理不及时,吃拿卡要", "思想道德", "Ⅱ级", "申报受理限时办结,公开监督电话。",
             "基本落实，需加强"),
            ("防疫经费报销把关不严", "制度机制", "Ⅲ级", "经费支出经街道分管领导审批。", "已落实"),
        ]),
        ("虢晴川", "防疫员", "general", [
            ("强制免疫数量虚报,套取劳务补助", "岗位职责", "Ⅰ级", "免疫记录由养殖户签字,站长随机抽查。",
             "已落实"),
            ("病死畜禽无害化处理核查不实", "业务流程", "Ⅱ级", "处理现场拍照上传,数量与保险理赔比对。",
             "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 34, 10, 9, 30, 16])
        _line(sh, "个人岗位廉政风险自查表", 6)
        _line(sh, f"单位：{station}", 6)
        sh.add("姓名", who, "职务", post, "自查时间", "2024年7月")
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for n, (point, typ, lv, measures, done) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, done)
            t.point(sh.name, "动物防疫站", post, who, tier, point, types_in(typ), ROMAN[lv])
        sh.add()
        sh.add("本人签字:", None, None, "站负责人意见:", None, None)
        sheets.append(sh)
    return _layout(
        "street_vet_selfcheck", "http://m.handmsg.com/page/2020/1231/13826605.shtml",
        "街道 动物防疫站 个人岗位廉政风险自查表, one a sheet named by the holder, after the source's account of a "
        "街道动物防疫站 (基层兽医, 防疫物资, 动物防疫检疫员): a title, a merged ``单位：黔江区鹤栖街道动物防疫站`` line, "
        "pairs ``姓名 | 邰松筠 | 职务 | 站长 | 自查时间 | 2024年7月``, then 序号/风险点/风险类型 (short names)/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/a last ``自查情况`` column (``已落实``, ``基本落实，需加强``); 本人签字/站负责人意见",
        sheets, t,
    )  # fmt: skip


def health_center_alias_title() -> dict:
    unit = f"{PLACE}椿溪镇中心卫生院"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 32, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}（{PLACE}人民医院椿溪分院）岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "逄砚耕", "药品耗材采购目录外采购不经院务会研究", "制度机制", "高",
         "采购严格在县域医共体平台进行,目录外采购集体研究。", "leader"),
        ("院领导", "副院长", "勾月汀", "家庭医生签约服务考核打分不实", "岗位职责", "中",
         "签约服务抽查回访,考核结果公示。", "leader"),
        ("公共卫生科", "科长", "寿远晴", "基本公共卫生服务项目数据造假,虚报工作量", "业务流程", "高",
         "服务数据随机电话回访,与系统记录比对。", "middle"),
        ("药房", "药剂师", "郯小禾", "药品出入库不符,私自调换药品", "制度机制", "中",
         "药品出入库双人核对,每月盘点。", "general"),
        ("药房", "药剂师", "郯小禾", "接受医药代表回扣统方", "外部环境", "高", "信息系统统方权限专人管理,留痕。",
         "general"),
        ("收费室", "收费员", "贲若溪", "收费不开票据,截留医疗收入", "思想道德", "低",
         "收费系统自动出票,日清日结。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ + "风险", lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, _per_person((1, 2, 3))),
                            (3, _per_person((1, 2, 3)))])  # fmt: skip
    sh.add()
    sh.add("填表人:", None, None, "院长签字:", None, None, "2024年5月", None)
    return _layout(
        "health_center_alias_title", "https://syfww.com/fangan/hdfw/3v0orw.html",
        "镇中心卫生院 岗位廉政风险点排查表 after the source's 乡村医生 签约服务 实施方案 (乡镇卫生院 and 防保所, 签约"
        "服务, 基本公共卫生服务): the title names the unit twice, ``黔江区椿溪镇中心卫生院（黔江区人民医院椿溪分院）"
        "岗位廉政风险点排查表`` — its own name and, in brackets, its 医共体 name as a 分院 of the 区人民医院; 序号/科室 "
        "merged (院领导, 公共卫生科, 药房, 收费室)/岗位 and 姓名 merged per person/风险点/风险类别 ``…风险``/风险等级 "
        "高/中/低/防控措施; 填表人/院长签字/date",
        [sh], t,
    )  # fmt: skip


def water_company_stations() -> dict:
    unit = f"{PLACE}清源供水有限责任公司"
    sh = _Sheet("排查表", [6, 12, 10, 9, 16, 30, 8, 30, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险排查表", 9)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险描述", "风险等级", "防控措施", "整改时限")
    rows = [
        ("公司领导", "总经理", "羿北辰", "管网改造工程发包", "管网改造工程不招标或化整为零规避招标", "高",
         "工程发包执行招投标规定,总经理办公会集体决策。", "长期坚持", "leader"),
        ("公司领导", "副总经理", "暨春澜", "物资采购", "水表、管材采购不比价,以次充好", "高",
         "物资采购三家以上比价,验收由使用、财务、纪检三方参加。", "长期坚持", "leader"),
        ("营业收费部", "部长", "檀畹清", "水费减免", "违规为关系用户减免水费、调整用水性质", "中",
         "减免和用水性质变更经分管领导审批并留档。", "2024年12月底前", "middle"),
        ("营业收费部", "抄表员", "濮临风", "抄表", "估抄、漏抄,与用户串通少计水量", "中",
         "抄表员定期轮换片区,稽查人员随机复抄。", "长期坚持", "general"),
        ("鹭鸶供水站", "站长", "轩辕霁", "新户报装", "报装接水收取好处费,违规加收材料费", "中",
         "报装流程和收费标准在营业厅公示,一次性告知。", "2024年10月底前", "middle"),
        ("杉岭供水站", "站长", "扈晓川", "管网维修", "维修材料虚报冒领,维修工时虚增", "低",
         "维修派单登记,旧料交回,工时由用户签字确认。", "长期坚持", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, desc, lv, measures, limit, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures, limit)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年8月", None, None)
    return _layout(
        "water_company_stations", "https://m.fqmxn.com/1/992192.html",
        "区供水 company 廉洁风险排查表 after the source's note on auditing a 自来水公司 (采购设备、维修费用虚报, 工程款, "
        "水表计量, 用户服务): 序号/部门 merged (公司领导, 营业收费部, and two town 供水站 ``鹭鸶供水站``, ``杉岭供水站``)/"
        "岗位/姓名 (the compound surname ``轩辕霁``)/a short ``风险点`` beside a long ``风险描述``/风险等级 高/中/低/"
        "防控措施/a last ``整改时限`` column (``长期坚持``, ``2024年12月底前``); no type column; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def grain_company_posts() -> dict:
    unit = f"{PLACE}粮油储备有限公司"
    sh = _Sheet("清单", [6, 10, 12, 26, 30, 12, 10, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控清单", 8)
    sh.add("序号", "部门", "岗位", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "主持公司全面工作,负责储备粮轮换决策",
         "储备粮轮换时机、价格不经集体研究,向关系企业低价出售", "制度机制风险", "高风险",
         "轮换方案经总经理办公会研究并报区发展改革委批准,公开竞价交易。", "leader"),
        ("仓储部", "部长", "负责储备粮数量、质量和储存安全",
         "以陈顶新、虚增库存,账实不符", "岗位职责风险", "高风险", "每季度清仓查库,账、卡、实物核对。",
         "middle"),
        ("仓储部", "保管员", "负责粮食出入库和日常保管", "出入库数量不实,私自出借仓容",
         "业务流程风险", "中风险", "出入库由保管、检斤、财务三方签字。", "general"),
        ("质检部", "化验员", "负责入库粮食质量检验", "收受好处降低入库质量标准,水分杂质不如实检验",
         "外部环境风险", "中风险", "检验样品留存备查,复检不合格追责。", "general"),
        ("质检部", "检斤员", "负责粮食过磅计量", "过磅作弊,多计或少计重量", "思想道德风险", "低风险",
         "地磅视频监控,计量数据自动上传。", "general"),
        ("财务部", "会计", "负责收购资金结算", "收购资金不按规定直接结算给售粮农户", "制度机制风险", "中风险",
         "收购款通过银行直接转入售粮人账户。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, duty, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), WORDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("公司纪检监察室制", None, None, None, None, None, "2024年3月", None)
    return _layout(
        "grain_company_posts",
        "http://35331.cn/lhs_h6lommgk101401e01c01c01c01501d01g01fgl3fxki1kg84i3er7og7t_4.html",
        "区粮油储备 company 岗位廉洁风险防控清单 对岗不对人 after the source's 储存判定规则 for 粮食 (储存品质, 检验, "
        "轮换): 序号/部门 merged (公司领导, 仓储部, 质检部, 财务部)/岗位 (总经理, 部长, 保管员, 化验员, 检斤员, 会计)/"
        "``岗位职责``/风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names; "
        "``公司纪检监察室制`` and a date under it",
        [sh], t,
    )  # fmt: skip


def community_info_block() -> dict:
    unit = f"{PLACE}枫岚街道桂香社区"
    sh = _Sheet("Sheet1", [6, 16, 12, 32, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("社区名称", "桂香社区", "辖区户数", "1260户", "常住人口", "3875人")
    sh.add("两委成员", "7人", "专职网格员", "5人", "填报时间", "2024年10月")
    sh.add("序号", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("社区党委书记", "於澄碧", "社区重大事项不经“两委”会议集体研究", "高",
         "重大事项执行“四议两公开”,会议记录存档。", "leader"),
        ("社区党委书记", "於澄碧", "辖区物业、保洁服务外包中收受好处", "高", "服务外包公开比选,结果公示。",
         "leader"),
        ("居委会副主任", "况映川", "居家养老服务补贴对象审核不严", "中", "补贴对象入户核查,名单公示。", "leader"),
        ("网格员", "咸若木", "网格信息采集弄虚作假,虚报走访", "低", "走访定位打卡,社区每月抽查。", "general"),
        ("网格员", "咸若木", "为辖区商户违规出具证明", "中", "证明出具登记,经书记审签。", "general"),
        ("报账员", "弓晓菡", "社区工作经费报账不规范,虚列支出", "中", "报账凭证经社区监委会审核签字。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, _per_person((1, 2))), (2, _per_person((1, 2)))])
    sh.add()
    sh.add("社区党委（盖章）", None, None, "街道纪工委审核:", None, None)
    return _layout(
        "community_info_block", "https://fx361.cc/page/2021/0130/16209918.shtml",
        "社区 廉政风险防控清单 after the source's study of 城市社区风险治理 (社区党组织, 社区工作者, 居民参与): under the "
        "title a 社区基本情况 block of pairs across two rows — ``社区名称 | 桂香社区 | 辖区户数 | 1260户 | 常住人口 | "
        "3875人`` and ``两委成员 | 7人 | 专职网格员 | 5人 | 填报时间 | 2024年10月`` — then 序号/岗位 and 责任人 merged "
        "per person/风险点/风险等级 高/中/低/防控措施; no type column, no 科室; 社区党委（盖章）/街道纪工委审核 line",
        [sh], t,
    )  # fmt: skip


def school_cover_workbook() -> dict:
    unit = f"{PLACE}椿溪镇中心小学"
    t = _Truth(unit)
    rows = [
        ("校长", "殳栖梧", "学校重大事项决策", "大额经费使用、基建维修项目不经校务会集体研究", "Ⅰ级",
         "执行“三重一大”集体决策,会议纪要存档。", "leader"),
        ("校长", "殳栖梧", "教师评优评先", "评优评先、职称推荐不按程序,优亲厚友", "Ⅱ级",
         "评选方案和结果在校内公示,接受教职工监督。", "leader"),
        ("副校长", "郜雨芃", "学生资助", "家庭经济困难学生认定不实,资助资金被冒领", "Ⅰ级",
         "认定经班级评议、学校审核并公示,资金打卡发放。", "leader"),
        ("总务主任", "胥晏清", "物资采购", "教学设备、办公用品采购不比价,收受回扣", "Ⅰ级",
         "采购三家以上询价,验收两人以上签字。", "middle"),
        ("总务主任", "胥晏清", "校舍维修", "零星维修工程量虚报", "Ⅱ级", "维修前后拍照,工程量由总务、报账员共同核实。",
         "middle"),
        ("教导主任", "桑陌耘", "学籍管理", "违规办理转学、借读,收取好处", "Ⅱ级", "学籍变动按规定审批,信息系统留痕。",
         "middle"),
        ("报账员", "菅子衿", "财务报账", "虚开发票报账,公款私存", "Ⅱ级", "报账凭证经校长审签,每月与中心校对账。",
         "general"),
        ("食堂管理员", "矫秋白", "免费午餐管理", "虚报就餐人数,克扣学生伙食", "Ⅲ级",
         "就餐人数每日登记,食堂账目每月公示。", "general"),
        ("食堂管理员", "矫秋白", "食材采购", "食材以次充好,进货台账不全", "Ⅲ级", "食材定点采购,索证索票,家长代表参与验收。",
         "general"),
    ]  # fmt: skip
    n1 = sum(r[4] == "Ⅰ级" for r in rows)
    n2 = sum(r[4] == "Ⅱ级" for r in rows)
    n3 = sum(r[4] == "Ⅲ级" for r in rows)
    cover = _Sheet("封面", [40])
    for line in (f"{unit}", "廉政风险点排查防控工作手册", "", f"权力事项：{len(rows)}项",
                 f"廉政风险点：{len(rows)}个", f"Ⅰ级风险：{n1}个", f"Ⅱ级风险：{n2}个", f"Ⅲ级风险：{n3}个",
                 f"防控措施：{len(rows)}条", "", "2024年6月", "", "报送材料目录",
                 "1、廉政风险点及防控措施一览表（岗位）……………………2",
                 "2、权力运行流程图（另附）…………………………………5"):  # fmt: skip
        cover.add(line or None)
    sh = _Sheet("一览表（岗位）", [6, 12, 9, 16, 34, 8, 34])
    _line(sh, f"{unit}廉政风险点及防控措施一览表（岗位）", 7)
    sh.add("序号", "岗位", "责任人", "权力事项", "风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (post, who, power, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, who, power, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
    _merge_down(sh, first, [(1, _per_person((1, 2))), (2, _per_person((1, 2)))])
    sh.add()
    sh.add("填报人:", None, None, "校长签字:", None, None, None)
    return _layout(
        "school_cover_workbook", "https://yjbys.com/zichabaogao/1762627.html",
        "镇中心小学 廉政风险点排查防控工作手册 as the workbook is sent, after the source's 小学 免费午餐 自查自纠报告 "
        "(公用经费, 校长负责制, 报账员, 免费午餐 专人管理): a ``封面`` sheet of single cells down column A — the unit, "
        "``廉政风险点排查防控工作手册``, the COUNTS ``权力事项：9项``, ``廉政风险点：9个``, ``Ⅰ级风险：3个``, ``Ⅱ级风险：4个``, "
        "``Ⅲ级风险：2个``, ``防控措施：9条``, the date, then ``报送材料目录`` and its two lines with dotted leaders and "
        "page numbers — then the sheet ``一览表（岗位）``: 序号/岗位 and 责任人 merged per person/``权力事项``/风险点/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no 科室 column (posts as written: 总务主任, 教导主任, 食堂管理员)",
        [cover, sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    village_cards_signed_below(),
    village_duty_column(),
    township_station_sender(),
    street_vet_selfcheck(),
    health_center_alias_title(),
    water_company_stations(),
    grain_company_posts(),
    community_info_block(),
    school_cover_workbook(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch195-inbox"))
