"""A hundred-and-twenty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE from county bodies seldom used
before — a 县档案馆, a 县气象局, a 县地震局, a 县文化馆, a 县机关事务管理局, a 县锡剧团 and two 乡镇
(their 水利站, 农业服务中心, 综合文化站 and 财政所 among their 站所) — each handing back its ordinary 一览表, 排查表, 清单 or personal
form the way its staff typed it (no re-saves this time):

- a 档案馆 一览表: 科室 merged, 岗位 and 姓名 merged per person, ``…风险`` types, 高/中/低;
- a 气象局 排查表 under ``填报单位：… | 填报时间：…``, 股室 merged, levels ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 地震局 清单 对岗不对人 with NO 科室 column (``监测预报股股长`` kept whole, department ""),
  一级/二级/三级;
- a 机关事务管理局's personal forms, one sheet per person, the labels typed with full-width spaces
  inside them (``姓　　名``, ``职　　务``), ``所在科室`` beside them;
- a 镇's 站所 一览表 (its 水利站, 农业服务中心 are its 科室) with ``站所`` and ``责任人`` headings;
- a 镇's 排查表 whose 综合文化站 and 财政所 rows sit under a 单位 line ``单位：高淳县…镇``;
- a 县锡剧团 一览表 (组别: 政工组, 艺术组, 后勤组) with a ``风险点`` short name beside ``主要表现``.

One is harder:

- ``culture_hall_level_sections``: the 文化馆's 排查表 has NO level column: its rows are grouped
  under merged section rows ``一、高风险点`` / ``二、中风险点`` / ``三、低风险点`` which give each row
  its level.

Every unit is a body of 高淳县; the towns (漕溪镇, 薛湖镇) are invented. The rows are worded by us,
the names invented. Run ``python tests/published/score.py --set batch124`` and do not tune the
reader against it, or it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a section row ``一、高风险点`` gives the rows under it level 1 (中 2, 低 3) and is no point;
- ``姓　　名`` / ``职　　务`` with full-width spaces inside are the labels 姓名 / 职务;
- a 镇's 水利站, 农业服务中心, 综合文化站 and 财政所 are 科室 of the 镇;
- 馆长/副馆长, 局长/副局长, 镇长/党委书记 are leaders; 科长, 股长, 站长 and 所长 of a 镇's 站所 and
  主任 of a 镇's 中心 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b124_"
PLACE = "高淳县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
SECTIONS = {"一、高风险点": 1, "二、中风险点": 2, "三、低风险点": 3}
GAP = "\u3000"
RESAVED: tuple[str, ...] = ()


def _person_table(sh, t, rows, heads, level_map, typed=True) -> None:
    """Rows (dept, post, who, point, typ, lv, measures, tier) under ``heads``; 科室 merged, 岗位 and
    姓名 merged per person."""
    sh.add(*heads)
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ) if typed else [],
                level_map[lv])  # fmt: skip
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])


# --------------------------------------------------------------------------- harder layout


def culture_hall_level_sections() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("排查表", [6, 14, 10, 9, 36, 12, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "防控措施")
    sections = [
        ("一、高风险点", [
            ("馆领导", "馆长", "仉墨川", "文化惠民演出项目承办单位不经比选,个人指定", "制度机制风险",
             "演出项目按规定比选,馆务会集体研究并公示结果。", "leader"),
            ("办公室", "主任", "訾晴岚", "场馆维修改造工程虚增工程量", "岗位职责风险",
             "工程量由使用科室、财务共同核验,结算送审。", "middle"),
        ]),
        ("二、中风险点", [
            ("非物质文化遗产保护办公室", "主任", "逄砚舟", "非遗传承人补助申报材料审核把关不严",
             "岗位职责风险", "补助对象实地核查,名单在馆内和网站公示。", "middle"),
            ("文艺股", "股长", "麴清禾", "群众文艺比赛评审打招呼、打人情分", "思想道德风险",
             "评委随机抽取,评分表当场签字封存。", "middle"),
        ]),
        ("三、低风险点", [
            ("宣传股", "干事", "兀鹤鸣", "免费培训班学员名额优亲厚友", "外部环境风险",
             "报名条件和录取名单公开,按报名先后录取。", "general"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, rows in sections:
        _line(sh, caption, 7)
        for dept, post, who, point, typ, measures, tier in rows:
            n += 1
            sh.add(n, dept, post, who, point, typ, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), SECTIONS[caption])
    sh.add()
    sh.add("馆长签字:", None, None, None, "填报日期：2024年10月", None, None)
    return _layout(
        "culture_hall_level_sections", "https://img.ccschy.com/techan/122371.html",
        "(harder) 县文化馆 岗位廉政风险点排查表 after the source's account of a 县文化馆 (办公室, 文艺股, 宣传股, "
        "非物质文化遗产保护办公室; 文艺创作辅导, 非遗保护): 序号/科室/岗位/姓名/风险点/风险类别 ``…风险``/防控措施 and "
        "NO level column — the rows grouped under merged section rows ``一、高风险点``, ``二、中风险点``, "
        "``三、低风险点`` that give each row its level; 馆长签字/填报日期 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def archives_hall_list() -> dict:
    unit = f"{PLACE}档案馆"
    sh = _Sheet("Sheet1", [6, 14, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    rows = [
        ("馆领导", "馆长", "蒉绮云", "档案数字化外包项目不经集体研究确定服务商", "制度机制风险", "高",
         "外包项目按政府采购规定实施,馆务会集体决策。", "leader"),
        ("馆领导", "副馆长", "沃星澜", "涉密档案查阅审批把关不严", "岗位职责风险", "中",
         "涉密档案查阅实行分管领导审批、两人陪同。", "leader"),
        ("接收征集科", "科长", "揭望澄", "征集民间档案时虚报征集费用", "业务流程风险", "中",
         "征集费用由评估小组定价,票据与实物清单核对。", "middle"),
        ("利用服务科", "科长", "衡砚池", "违规为他人出具档案证明材料", "思想道德风险", "高",
         "出具证明实行查档登记、复核、盖章三人分离。", "middle"),
        ("利用服务科", "查档员", "甘棠影", "收受查档人好处,提供未开放档案", "外部环境风险", "低",
         "未开放档案单独存放,调阅记录每月核查。", "general"),
    ]  # fmt: skip
    heads = ("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    _person_table(sh, t, rows, heads, HML)
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年9月", None)
    return _layout(
        "archives_hall_list", "http://www.bifen28.com/article/529.html",
        "县档案馆 岗位廉政风险点一览表 after the source's account of a 县档案馆 (馆长负责制, 下设科室, 接收各单位移交的"
        "文件, 查阅公开档案, 涉密文件审批): 序号/科室 merged (馆领导, 接收征集科, 利用服务科)/岗位 and 姓名 merged per "
        "person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def weather_bureau_roman() -> dict:
    unit = f"{PLACE}气象局"
    sh = _Sheet("排查表", [6, 14, 10, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控排查表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报时间：2024年8月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    rows = [
        ("局领导", "局长", "鄂霁帆", "气象现代化建设项目设备采购指定品牌", "制度机制", "Ⅰ级",
         "设备采购执行政府采购程序,技术参数经专家论证。", "leader"),
        ("防灾减灾股", "股长", "雍叶舟", "预警信息电子显示屏安装点位和数量虚报", "岗位职责", "Ⅱ级",
         "安装点位逐一验收拍照,与乡镇签收单核对。", "middle"),
        ("防灾减灾股", "科员", "劳映雪", "气象信息员补贴发放不实", "业务流程", "Ⅲ级",
         "补贴按考核结果发放,名单在乡镇公示。", "general"),
        ("气象台", "台长", "茹青崖", "防雷装置检测收费不规范,搭车收费", "外部环境", "Ⅰ级",
         "收费标准公开,检测报告与收费票据编号对应。", "middle"),
        ("办公室", "会计", "苍疏漪", "报账凭证审核不严,白条入账", "制度机制", "Ⅱ级",
         "凭证审核、记账、出纳分设,每季度内部审计。", "general"),
    ]  # fmt: skip
    heads = ("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    _person_table(sh, t, rows, heads, ROMAN)
    sh.add("单位负责人:", None, None, "填表人:", None, None, None, None)
    return _layout(
        "weather_bureau_roman", "http://m.isangil.net/zongjie/nianzhongzongjie/326884_3.html",
        "县气象局 廉政风险防控排查表 after the source's 年中总结 of a 县气象局 (气象现代化建设, 预警信息发布系统, "
        "综合气象信息电子显示屏推广, 气象信息员队伍): the title, a ``填报单位：高淳县气象局 | 填报时间：2024年8月`` line, "
        "序号/股室 merged (局领导, 防灾减灾股, 气象台, 办公室)/岗位/姓名/风险点/风险类型 (short names)/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; 单位负责人/填表人 line",
        [sh], t,
    )  # fmt: skip


def quake_bureau_posts() -> dict:
    unit = f"{PLACE}地震局"
    sh = _Sheet("清单", [6, 18, 36, 12, 8, 34])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局长", "防震减灾专项资金使用不经集体研究", "制度机制", "一级",
         "专项资金使用经局务会研究,按年度公开。", "leader"),
        ("监测预报股股长", "地震宏观测报点补助申报审核不严", "岗位职责", "二级",
         "测报点补助凭月报表和抽查记录发放。", "middle"),
        ("监测预报股股长", "地震观测资料报送弄虚作假", "思想道德", "三级",
         "观测资料双人复核,上级部门定期比对。", "middle"),
        ("震害防御股股长", "农居抗震示范点验收走过场", "业务流程", "一级",
         "示范点验收由住建、地震部门联合实施,验收结果公示。", "middle"),
        ("办公室主任", "科普宣传物资采购不比价", "外部环境", "三级",
         "宣传物资采购三家以上比价,入库登记。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    return _layout(
        "quake_bureau_posts", "http://219.140.164.170/info/1005/6947.htm",
        "县地震局 岗位廉政风险防控清单 对岗不对人, after the source's 地震股 duties (科普宣传, 地震信息台帐, 应急值守, "
        "乡镇科普橱窗, 地震安全农居示范点): ``附件`` above the title, then 序号/岗位 (merged over a post's rows, the "
        "股 in it: ``监测预报股股长``)/风险点/风险类型/风险等级 一级/二级/三级/防控措施; NO 科室 column, no names",
        [sh], t,
    )  # fmt: skip


def logistics_bureau_forms() -> dict:
    unit = f"{PLACE}机关事务管理局"
    t = _Truth(unit)
    people = [
        ("公务用车管理科", "科长", "谯望川", "middle", [
            ("公务车辆维修定点单位私下指定", "制度机制", "中", "定点维修单位按规定采购确定,维修单每月公开。"),
            ("公车使用审批不严,公车私用", "岗位职责", "高", "车辆统一调度,北斗定位,出车记录每月汇总。"),
        ]),
        ("节能办", "主任", "隆澄碧", "middle", [
            ("公共机构节能改造项目验收不严", "业务流程", "中", "验收邀请第三方机构参加,验收资料存档。"),
            ("节能考核打分不客观", "思想道德", "低", "考核标准公开,打分结果经集体审定。"),
        ]),
        ("机关食堂", "管理员", "宦云栖", "general", [
            ("食材采购以次充好,虚报数量", "外部环境", "中", "食材定点采购,验收双人签字,每月公示账目。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, post, who, tier, points in people:
        sh = _Sheet(who, [8, 36, 12, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控登记表", 5)
        sh.add(f"姓{GAP}{GAP}名", who, f"职{GAP}{GAP}务", post, None)
        sh.add("所在科室", dept, "填表日期", "2024年11月", None)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add("本人签字:", None, "科室负责人签字:", None, None)
        sheets.append(sh)
    return _layout(
        "logistics_bureau_forms",
        "https://dfz.zj.gov.cn/zlyz/ossfs/h5/NJ-Z-330723-2021-001-0101/files/basic-html/page183.html",
        "县机关事务管理局 岗位廉政风险防控登记表, one sheet per person (named after the holder), after the source's "
        "年鉴 entry on a 县机关事务中心 (办公用房, 公务用车 调度 and 维修, 公共机构节能, 机关食堂): the title, two rows of "
        "pairs whose labels are typed with full-width spaces inside — ``姓　　名 | 谯望川 | 职　　务 | 科长``, "
        "``所在科室 | 公务用车管理科 | 填表日期 | 2024年11月`` — then 序号/风险点/风险类别 (short names)/风险等级 "
        "高/中/低/防控措施, and ``本人签字: | 科室负责人签字:`` at the end",
        sheets, t,
    )  # fmt: skip


def town_waterworks_stations() -> dict:
    unit = f"{PLACE}漕溪镇"
    sh = _Sheet("一览表", [6, 14, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}站所岗位廉政风险点一览表", 8)
    rows = [
        ("水利站", "站长", "羿泊舟", "小型水库除险加固工程量签证不实", "岗位职责风险", "高",
         "工程签证由监理、站长、镇分管领导三方签字。", "middle"),
        ("水利站", "站长", "羿泊舟", "水库管理员考核补助发放不按考核结果", "制度机制风险", "中",
         "考核结果和补助标准在村务公开栏公示。", "middle"),
        ("水利站", "技术员", "晁映川", "防汛物资入库数量虚报", "业务流程风险", "低",
         "防汛物资出入库登记,汛前汛后盘点。", "general"),
        ("农业服务中心", "主任", "暨晚萤", "耕地地力保护补贴面积核定不实", "岗位职责风险", "高",
         "补贴面积与确权数据比对,分村公示七天。", "middle"),
        ("农业服务中心", "主任", "暨晚萤", "农机购置补贴初审把关不严", "外部环境风险", "中",
         "补贴机具实地核验,人机合影存档。", "middle"),
    ]  # fmt: skip
    heads = ("序号", "站所", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    _person_table(sh, t, rows, heads, HML)
    sh.add()
    sh.add("镇纪委审核:", None, None, None, None, "2024年7月", None, None)
    return _layout(
        "town_waterworks_stations", "https://xiexiebang.com/a5/69baaf1823f3cf45.html",
        "镇 站所岗位廉政风险点一览表 after the source's 镇 小型水库 管理员考核办法 (工程运行, 巡查记录, 防汛物资, 考核补助, "
        "农水办): 序号/``站所`` merged (水利站, 农业服务中心 — the 镇's own 站/中心, its 科室)/岗位 and ``责任人`` "
        "merged per person/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; ``镇纪委审核:`` line",
        [sh], t,
    )  # fmt: skip


def town_unit_line_check() -> dict:
    unit = f"{PLACE}薛湖镇"
    sh = _Sheet("Sheet1", [6, 14, 10, 9, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险排查表", 8)
    r = sh.add(f"单位：{unit}", None, None, None, None, "填表人：尉迟箬", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    rows = [
        ("镇领导", "镇长", "祁南枝", "镇级工程项目拆分规避招标", "制度机制风险", "高",
         "工程项目按限额标准招标,党委会集体研究。", "leader"),
        ("综合文化站", "站长", "尉迟箬", "送戏下乡演出场次虚报", "业务流程风险", "中",
         "演出场次由村签收确认,照片存档备查。", "middle"),
        ("综合文化站", "文化协管员", "仝霁月", "村文化活动经费套取", "思想道德风险", "低",
         "活动经费凭活动记录报账,年底公示。", "general"),
        ("财政所", "所长", "步晴川", "惠农补贴资金一卡通发放截留", "岗位职责风险", "高",
         "补贴资金直接打卡,发放名单分村公示。", "middle"),
        ("财政所", "所长", "步晴川", "村级财务代理记账审核不严", "外部环境风险", "中",
         "村级票据经村务监督委员会审核后入账。", "middle"),
    ]  # fmt: skip
    heads = ("序号", "单位(科室)", "职务", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    _person_table(sh, t, rows, heads, HML)
    return _layout(
        "town_unit_line_check", "http://www.ahcaijing.com/html/2020/xuanc_1209/215853.html",
        "镇 岗位廉政风险排查表 after the source's report on 村文化协管员 (村公共文化设施, 送戏进万村, 乡镇综合文化站, "
        "绩效补贴): a title naming no unit, then ``单位：高淳县薛湖镇 | 填表人：尉迟箬`` (she also holds a post in the "
        "table), 序号/``单位(科室)`` merged (镇领导, 综合文化站, 财政所)/``职务``/姓名 merged per person/风险点/风险类别 "
        "``…风险``/风险等级 高/中/低/防控措施; nothing under the table",
        [sh], t,
    )  # fmt: skip


def folk_art_group_short_long() -> dict:
    unit = f"{PLACE}锡剧团"
    sh = _Sheet("一览表", [6, 12, 10, 9, 18, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点一览表", 9)
    sh.add("序号", "组别", "岗位", "姓名", "风险点", "主要表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("团领导", "团长", "淳于砚秋", "演出合同签订", "商业演出合同不经集体研究,私下约定分成",
         "制度机制", "高", "演出合同经团务会研究,法律顾问审核。", "leader"),
        ("政工组", "组长", "聂梦鲤", "职称评审推荐", "职称推荐名额优亲厚友", "思想道德", "中",
         "推荐条件公开,推荐结果公示五个工作日。", "middle"),
        ("艺术组", "组长", "苟栖梧", "演出补贴分配", "演员演出补贴虚报场次", "业务流程", "中",
         "演出场次与演出合同、照片核对后发放。", "middle"),
        ("后勤组", "保管员", "卞听澜", "服装道具管理", "服装道具私自外借收费", "岗位职责", "低",
         "服装道具出入库登记,外借须团长审批。", "general"),
    ]  # fmt: skip
    for n, (dept, post, who, point, desc, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add()
    sh.add("填报单位（盖章）:", None, None, None, None, "填报日期：2024年6月", None, None, None)
    return _layout(
        "folk_art_group_short_long",
        "http://www.raoping.gov.cn/zwgk/zdlyxxgk/shgysyjsly/ggwhtyly/content/post_3481561.html",
        "县锡剧团 廉政风险点一览表 after the source's 馆务概况 (岗位责任制: 政工组, 艺术组, 后勤组 led by the 副馆长; "
        "文学, 戏剧, 音乐 and 演出 work): 序号/``组别`` (团领导, 政工组, 艺术组, 后勤组)/岗位/姓名/风险点 (a short name)/"
        "``主要表现`` (the long description)/风险类别 (short names)/风险等级 高/中/低/防控措施; a 填报单位（盖章）/"
        "填报日期 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS = [
    culture_hall_level_sections(),
    archives_hall_list(),
    weather_bureau_roman(),
    quake_bureau_posts(),
    logistics_bureau_forms(),
    town_waterworks_stations(),
    town_unit_line_check(),
    folk_art_group_short_long(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch124-inbox"))
