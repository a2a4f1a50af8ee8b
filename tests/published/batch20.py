"""A twentieth batch of layouts modelled on published tables, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: what staff actually do to the coordinator's forms and
lists when they fill them in WPS or Excel — the everyday mess, not exotic layouts. Each layout
takes one office's own words for its headings and adds one or two of the things people do:

- a 城投集团 工程管理部 list whose 科室 is only in a ``填报科室:`` line above the heading,
  涉及环节/风险点描述/风险等级/管控手段/责任人 (names) and two columns the staff added (完成时限,
  备注);
- a 司法局 自查表 whose point column is headed 存在问题: one post held by TWO people named in one
  cell (``邵丽、韩涛``) and one post whose 姓名 cell says ``空缺``;
- an 应急管理局 workbook, one sheet per 股室 with the 股室 only in the tab, the point column
  headed 廉政隐患, levels 高风险点/中风险点/低风险点, a 监督人 column of names;
- a 交警大队 登记表 whose heading cells are wrapped with line breaks and spaces (``风 险\\n等 级``,
  ``姓  名``), blank spacer rows between 中队, levels ``高(重点)``/``中(一般)``/``低(较小)`` and a
  责任领导 column of names merged per 中队;
- a 供电所 小微权力 排查表 whose 风险类型 cells name several types each, separated by 、 / , a
  space or a line break, levels Ⅰ级风险/Ⅱ级风险/Ⅲ级风险, 管控手段;
- an 行政审批局 窗口 登记表 headed 风险描述及表现/管控手段/监督人 (names: watchers)/联系电话;
- a 退役军人事务局 sheet holding two small 科室 tables one under the other, each under its own
  ``科室:…`` caption and heading, numbered from 1 each;
- 交通运输局 leaders' 防控表, one sheet per leader: 姓名/性别/出生年月 and 职务/政治面貌/参加工作时间
  beside a 照片 cell merged down, a 分管工作 paragraph, then 岗位风险点/风险等级/防控措施;
- a 建工 项目部 识别表 where one person holds two posts written in one cell (``项目经理兼施工员``),
  levels 一级/二级/三级, a 备注 column.

Two are harder, both what people do to a list as it grows:

- ``grain_rectify_inserted``: a 粮食购销公司 排查及整改情况表 (薄弱环节 short beside 风险描述及表现,
  an added 整改情况 column) with rows INSERTED mid-table — no 序号 and 部门/岗位/责任人 left blank
  under a merged group —, a ``注:`` line in the middle of the table and a 合计 line;
- ``college_continued_sheet``: a 学院 list CONTINUED on a second sheet (``风险点排查 (2)``, as
  WPS names a copied sheet) with no title and no heading — the rows go on from number 7, the
  first of them still the last holder of sheet one with 部门/岗位/姓名 left blank.

Each layout imitates the *shape* of a public page (its ``source``) that no earlier batch used;
most of these pages describe their subject in prose (an article, a 方案, a news report), and the
layout follows that description — its words for the table, the columns, the levels. The rows
are worded by us.

Run ``python tests/published/score.py --set batch20`` and do not tune the reader against it, or it
stops being held out. Two layouts are also kept as LibreOffice re-saved copies
(``resaved/b20_traffic_wrapped_header.xls``, ``resaved/b20_leader_photo_cards.ods``, see
make_resaved.py).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 科室 written only in a ``填报科室:…`` line over the heading is the 科室 of every row below
  (as a 科室 named only in the title, batch9/batch18); with no 岗位 column the forms are 科室 +
  责任人, title "";
- 涉及环节 (招标管理, 验收管理) is the stage a risk lies in, not a short risk name: the point is the
  风险点描述 cell; 薄弱环节 worded as a short risk (``收购扣量扣价``) beside a long 风险描述及表现 IS
  the short name, so the point;
- a 存在问题 or 廉政隐患 column is the point column;
- two names in one 姓名 cell separated by ``、`` share the post: each point of the post is in each
  holder's form (as batch7/batch12 with names one per line or space-separated);
- a 姓名 cell reading ``空缺`` names nobody: the post's form has person "" (对岗不对人), known by
  its 科室 and post; the 备注 saying so is no point;
- 高风险点/中风险点/低风险点, ``高(重点)``/``中(一般)``/``低(较小)`` and Ⅰ级风险…Ⅲ级风险 are 高/中/低
  and Ⅰ/Ⅱ/Ⅲ: the leading word decides, the added words do not (``一般`` inside ``中(一般)`` is
  no Ⅲ);
- types in one cell separated by 、 / , a space or a line break are each a type;
- a 窗口 column (综合受理窗口…) of an 审批局 list, a 中队 column of a 交警大队 and a 班组 column of a
  供电所 name where each post sits: each is the 科室 of its rows;
- 监督人 and 责任领导 columns of names are watchers, never holders; 联系电话, 完成时限, 备注 and
  整改情况 cells are no points;
- a heading cell wrapped with line breaks and spaces is its words without them;
- a blank spacer row between groups ends nothing: the groups are the same table;
- two small tables on one sheet, each under ``科室:…``, give each 科室 its own forms;
- a post written ``项目经理兼施工员`` is one post, the whole cell (one form);
- a row inserted under a merged 部门/岗位/责任人 group with those cells left blank (and no 序号)
  is the group's holder's point (as batch12: a blank cell under a filled one); a ``注:`` line
  merged across the middle of the table and a ``合计:`` line are no points;
- a sheet continuing a list with neither title nor heading has the first sheet's columns; its
  first rows, with 部门/岗位/姓名 blank, are the last holder's of the first sheet, whose form is
  on the first sheet (as batch11: one form over two pages); its other holders' forms are on it;
- the 分管工作 paragraph of a leader's 防控表 (``分管办公室、财务股…``) names what he oversees: no
  point and no 科室 of his; the 照片 cell is no field.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``), copies the
LibreOffice re-saved copies ``resaved/b20_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b20_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN_RISK = {"Ⅰ级风险": 1, "Ⅱ级风险": 2, "Ⅲ级风险": 3}
POINT_WORDS = {"高风险点": 1, "中风险点": 2, "低风险点": 3}
GLOSSED = {"高(重点)": 1, "中(一般)": 2, "低(较小)": 3}
VACANT = "空缺"
TIER = {"股长": "middle", "所长": "middle", "主任": "middle", "中队长": "middle", "班长": "middle",
        "科长": "middle", "部长": "middle", "系主任": "middle", "办公室主任": "middle",
        "项目经理兼施工员": "middle"}  # fmt: skip
FW = "\u3000"


def _tier(post: str) -> str:
    return TIER.get(post, "general")


# --------------------------------------------------------------------------- harder layouts


def grain_rectify_inserted() -> dict:
    unit = "XX区粮食购销有限公司"
    sh = _Sheet("风险排查及整改", [5, 10, 10, 8, 14, 30, 8, 28, 16])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉洁风险排查及整改情况表", 9)
    sh.add("序号", "部门", "岗位", "责任人", "薄弱环节", "风险描述及表现", "风险等级", "防控措施",
           "整改情况")  # fmt: skip

    def group(number, dept, post, who, items):
        """A holder's rows, 部门/岗位/责任人 merged over them; items numbered from ``number``."""
        first = len(sh.rows)
        for k, (short, desc, level, measures, done) in enumerate(items):
            sh.add(number + k, dept if k == 0 else None, post if k == 0 else None,
                   who if k == 0 else None, short, desc, level, measures, done)  # fmt: skip
            t.point(sh.name, dept, post, who, _tier(post), short, [], HML[level])
        if len(items) > 1:
            for c in (1, 2, 3):
                sh.merge(first, c, first + len(items) - 1, c)

    def inserted(dept, post, who, short, desc, level, measures, done):
        """A row inserted under a group afterwards: no 序号, 部门/岗位/责任人 left blank."""
        sh.add(None, None, None, None, short, desc, level, measures, done)
        t.point(sh.name, dept, post, who, _tier(post), short, [], HML[level])

    group(1, "购销部", "部长", "饶建军", [
        ("收购扣量扣价", "收购中对售粮农户压级压价、多扣水杂,差价截留", "高",
         "定等定价公开上墙,检验结果当场告知售粮人。", "已整改"),
        ("轮换价差截留", "储备粮轮换中低价出、高价进,套取价差", "高",
         "轮换方案报区粮食局审批,竞价交易全程留痕。", "已整改"),
    ])  # fmt: skip
    inserted("购销部", "部长", "饶建军", "订单粮食合同不兑现",
             "与种粮大户签订单后不按约收购,或优先收购关系户粮食", "中",
             "订单合同统一编号,兑现情况按季度公示。", "整改中,6月底前完成")  # fmt: skip
    group(3, "购销部", "检验员", "孟佳", [
        ("检验数据造假", "篡改水分、杂质检验数据,为他人多结算粮款", "高",
         "检验仪器数据自动上传,检验样品留存备查。", "已整改"),
    ])  # fmt: skip
    r = sh.add("注:2024年3月起仓储部与质检部合并为仓储质检部,以下人员岗位相应调整。", *([None] * 8))
    sh.merge(r, 0, r, 8)
    group(4, "仓储质检部", "保管员", "晏国庆", [
        ("出入库计量不实", "出入库过磅不监磅、虚开磅单,造成账实不符", "高",
         "地磅远程监控,磅单与出入库单逐笔核对。", "已整改"),
        ("烘干费用虚报", "虚报烘干数量和电费,套取烘干补贴", "中",
         "烘干记录与电表读数按月比对。", "已建立台账"),
        ("粮情检查走过场", "粮情检测记录补记、代签", "低", "粮情检测数据实时上传,抽查比对。",
         "已整改"),
    ])  # fmt: skip
    inserted("仓储质检部", "保管员", "晏国庆", "损耗核销不实", "超定额损耗不报告,虚列正常损耗核销",
             "中", "损耗核销经部门、财务、分管领导三级审核。", "整改中")  # fmt: skip
    group(7, "财务部", "会计", "池雅琴", [
        ("补贴资金挪用", "储备粮保管费用补贴挪作他用", "中", "补贴资金专户核算,年度审计。",
         "已整改"),
        ("粮款结算拖延", "拖延支付售粮款,索要好处", "低", "粮款结算时限公开,超期预警。",
         "已整改"),
    ])  # fmt: skip
    r = sh.add("合计:排查风险点10个,其中高风险4个、中风险4个、低风险2个;已整改7个。",
               *([None] * 8))  # fmt: skip
    sh.merge(r, 0, r, 8)
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, "填报日期:2024年4月", None, None, None)
    return _layout(
        "grain_rectify_inserted", "http://hacker2.cn/news/szjj/2020_9/3283987.shtml",
        "(harder) 粮食购销公司 岗位廉洁风险排查及整改情况表 after the source's 整改督查单 (收购、储存、仓储 全过程, "
        "14个问题): 序号/部门/岗位/责任人 merged per holder/薄弱环节 (short)/风险描述及表现/风险等级 高/中/低/防控措施/"
        "整改情况 (added); rows INSERTED afterwards under two groups with no 序号 and 部门/岗位/责任人 blank, a "
        "注 line merged across mid-table, a 合计 line, 填报人/审核人 line",
        [sh], t,
    )  # fmt: skip


def college_continued_sheet() -> dict:
    unit = "XX大学XX学院"
    t = _Truth(unit)
    header = ("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施")
    widths = [5, 12, 10, 8, 34, 8, 34]
    people = [
        ("学院办公室", "办公室主任", "宁秀华", [
            ("办公用品采购指定供应商,收受回扣", "中", "采购三方比价,验收与采购分离。"),
            ("公务接待超标准、无公函接待", "低", "接待事前审批,清单与发票对应。"),
        ]),
        ("学院办公室", "财务秘书", "单雪", [
            ("科研经费报销审核不严,虚列劳务费", "高", "劳务费发放到个人账户,报销双人复核。"),
            ("学生收费代收代管,截留挪用", "高", "代收款项当日入账,不得坐收坐支。"),
        ]),
        ("学工办", "辅导员", "卓立伟", [
            ("奖助学金评定中优亲厚友", "高", "评定细则班级公示,评定结果学院复核。"),
            ("违纪处分降格处理,接受家长请托", "中", "处分意见集体研究,结果存档。"),
            ("推荐入党、评优不按程序", "中", "推荐票数公开,程序全程记录。"),
        ]),
        ("学工办", "学工办主任", "巫海鹰", [
            ("困难学生认定把关不严", "中", "认定材料班级评议小组审核,学院复核公示。"),
            ("勤工助学岗位分配不公开", "低", "岗位信息公开发布,择优录用。"),
        ]),
        ("计算机系", "系主任", "桂宏亮", [
            ("实验设备采购参数设置倾向性条款", "高", "技术参数论证会集体确定,纪检人员参加。"),
            ("研究生复试打分不公", "高", "复试全程录音录像,评分去掉最高最低分。"),
        ]),
        ("计算机系", "实验室管理员", "项楠", [
            ("实验耗材领用不登记,私自处置", "低", "耗材出入库台账,每学期盘点。"),
        ]),
    ]  # fmt: skip
    page1 = _Sheet("风险点排查", widths)
    page1.title(f"{unit}岗位廉洁风险点排查表", 7)
    page1.add(*header)
    page2 = _Sheet("风险点排查 (2)", widths)  # WPS's name for a copied sheet
    split = 6  # six rows on page one; the seventh (卓立伟's third) opens page two
    n = 0
    for dept, post, who, items in people:
        form_sheet = page1.name if n < split else page2.name  # where the holder's first row is
        for k, (point, level, measures) in enumerate(items):
            n += 1
            sh = page1 if n <= split else page2
            named = k == 0  # page two goes on with 部门/岗位/姓名 blank under no merge
            sh.add(n, dept if named else None, post if named else None, who if named else None,
                   point, level, measures)  # fmt: skip
            t.point(form_sheet, dept, post, who, _tier(post), point, [], HML[level])
    for sh in (page1, page2):  # merge each holder's cells over his rows on that sheet
        r = 0
        while r < len(sh.rows):
            row = sh.rows[r]
            if isinstance(row[0], int) and row[3] is not None:
                e = r
                while (e + 1 < len(sh.rows) and isinstance(sh.rows[e + 1][0], int)
                       and sh.rows[e + 1][3] is None):  # fmt: skip
                    e += 1
                if e > r:
                    for c in (1, 2, 3):
                        sh.merge(r, c, e, c)
                r = e + 1
            else:
                r += 1
    page2.add()
    r = page2.add(f"填报单位(盖章):{unit}", None, None, None, "学院党委书记(签字):", None, None)
    page2.merge(r, 0, r, 3)
    return _layout(
        "college_continued_sheet", "http://www.handmsg.com/page/2024/0128/25551248.shtml",
        "(harder) 学院 岗位廉洁风险点排查表 after the source's 二级学院 清廉学院 (招生复试、奖助学金、科研经费、采购): "
        "序号/部门/岗位/姓名 merged/廉洁风险点/风险等级 高/中/低/防控措施 on 风险点排查, CONTINUED on a second sheet "
        "风险点排查 (2) with no title and no heading, numbers going on from 7, its first row the last holder's "
        "with 部门/岗位/姓名 blank; 填报单位/签字 line at its foot",
        [page1, page2], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def project_fill_line() -> dict:
    unit = "XX城市建设投资集团有限公司"
    dept = "工程管理部"
    sh = _Sheet("风险点", [5, 12, 32, 8, 30, 8, 12, 12])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉洁风险点排查表", 8)
    r = sh.add(f"填报科室:{dept}", None, None, None, "填报日期:2024年4月12日", None, None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 7)
    sh.add("序号", "涉及环节", "风险点描述", "风险等级", "管控手段", "责任人", "完成时限", "备注")
    rows = [
        ("招标管理", "招标文件设置倾向性条款,为特定投标人量身定制", "高",
         "招标文件经法务、纪检双审核,评分标准公开。", "梁振宇", "2024年6月底前", None),
        ("招标管理", "泄露标底或潜在投标人名单", "高", "标底专人密封保管,投标人名单开标前保密。",
         "梁振宇", "长期坚持", None),
        ("设计与变更管理", "设计变更未经审批先行施工,事后补办手续", "中",
         "变更实行事前审批,未批先建的不予计量。", "蒋文涛", "2024年5月底前", "新增"),
        ("设计与变更管理", "重大变更不经专家论证,虚增工程量", "高", "重大变更专家论证并报集团决策。",
         "蒋文涛", "长期坚持", None),
        ("材料采购", "甲供材料采购虚报价格、以次充好", "高", "甲供材料询价三家以上,进场见证取样。",
         "邱海燕", "2024年6月底前", None),
        ("施工管理", "隐蔽工程旁站不到位,默许偷工减料", "中", "隐蔽工程影像留存,监理旁站签字。",
         "邱海燕", "长期坚持", "与监理单位共同落实"),
        ("验收管理", "竣工验收走过场,问题未整改即签字", "中", "验收问题清单销号,整改后复验。",
         "梁振宇", "长期坚持", None),
        ("资金管理", "进度款审核不严,超付工程款", "低", "进度款按监理、审计意见审核支付。",
         "蒋文涛", "长期坚持", None),
    ]  # fmt: skip
    for i, (stage, point, level, measures, who, when, note) in enumerate(rows, 1):
        sh.add(i, stage, point, level, measures, who, when, note)
        t.point(sh.name, dept, "", who, None, point, [], HML[level])
    sh.add()
    sh.add("部门负责人(签字):", None, None, None, "纪检监察室审核:", None, None, None)
    return _layout(
        "project_fill_line", "https://www.sghqlz.com/zxwd/202508/303659.html",
        "城投集团 工程管理部 岗位廉洁风险点排查表 after the source's 工程廉政风险点 table (风险点描述、涉及环节、风险等级): "
        "the 科室 only in a 填报科室: line over the heading, 序号/涉及环节 (a stage)/风险点描述/风险等级 高/中/低/管控手段/"
        "责任人 (names, no post column)/完成时限/备注 — the last two added by the staff; 签字 line",
        [sh], t,
    )  # fmt: skip


def justice_vacancy_shared() -> dict:
    unit = "XX县司法局"
    sh = _Sheet("自查表", [5, 12, 12, 12, 32, 8, 30, 14])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险自查表(2024年度)", 8)
    sh.add("序号", "股室(所)", "岗位", "姓名", "存在问题", "风险等级", "防控措施", "备注")
    posts = [
        ("社区矫正股", "股长", "戴明辉", None, [
            ("对社区矫正对象违规审批外出、变更居住地", "高", "外出审批两级审核,审批结果系统留痕。"),
            ("矫正对象违规行为不报告、不处理", "中", "违规情况周报告,处理意见集体研究。"),
        ]),
        ("社区矫正股", "社区矫正专干", "邵丽、韩涛", "二人共同负责", [
            ("接受矫正对象及其家属宴请、财物", "高", "签订廉洁承诺,拒收登记。"),
            ("电子定位监管数据随意修改", "中", "定位数据系统自动留存,修改须审批。"),
        ]),
        ("法律援助中心", "主任", VACANT, "岗位空缺,待配备", [
            ("法律援助申请审查不严,为不符合条件人员提供援助", "中", "经济困难状况联网核查,审查意见复核。"),
            ("指派援助律师优亲厚友", "低", "律师按名册轮流指派。"),
        ]),
        ("城关司法所", "所长", "甘立新", None, [
            ("人民调解中偏袒一方,收受当事人好处", "高", "调解两人以上主持,调解协议当事人签字确认。"),
            ("安置帮教经费发放不公开", "低", "经费发放名单公示,领款本人签字。"),
        ]),
        ("城关司法所", "人民调解员", "吴倩", None, [
            ("调解案件卷宗补记、虚报调解数量", "低", "卷宗按月抽查,调解数量与系统核对。"),
            ("泄露当事人隐私", "中", "卷宗专柜保管,查阅登记。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, names, note, items in posts:
        holders = [] if names == VACANT else names.split("、")
        for point, level, measures in items:
            n += 1
            recs.append([n, dept, post, names, point, level, measures, note])
            for who in holders or [""]:
                t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    sh.records(recs, merge_cols=(1, 2, 3, 7))
    sh.add()
    sh.add("股室负责人签字:", None, None, "分管领导签字:", None, "2024年3月", None, None)
    return _layout(
        "justice_vacancy_shared",
        "http://fuzhou.baogaosu.com/xinwen/%E6%B3%89%E5%B7%9E%E5%B8%82%E5%B1%80%E5%BB%89%E6%94%BF%E9%A3%8E%E9%99%A9%E9%98%B2%E6%8E%A7%E6%9C%BA%E5%88%B6%E5%BB%BA%E8%AE%BE/24575180",
        "司法局 岗位廉政风险自查表 after the source's 廉政风险自查表 (班子、科室、干部职工 全员查找, 社区矫正, 人员变化"
        "时及时填报): 序号/股室(所)/岗位/姓名 merged/存在问题 (the point)/风险等级 高/中/低/防控措施/备注; one post "
        "held by two people named in one cell (邵丽、韩涛), one post whose 姓名 reads 空缺; 签字 line",
        [sh], t,
    )  # fmt: skip


def emergency_tabs_keshi() -> dict:
    unit = "XX县应急管理局"
    t = _Truth(unit)
    offices = [
        ("综合办公室", "贾正平", [
            ("股长", "严晓梅", [
                ("救灾物资采购中指定供应商", "高风险点", "采购三方询价,验收与采购分离。"),
                ("公务用车私用,虚报油费", "低风险点", "车辆定位管理,油卡一车一卡。"),
            ]),
            ("会计", "蔺涛", [
                ("专项资金拨付不按程序,先拨后批", "中风险点", "拨付凭审批单,逐笔登记。"),
                ("报销票据审核不严", "低风险点", "票据真伪网上查验,双人复核。"),
            ]),
        ]),
        ("危化和工贸股", "鲍志诚", [
            ("股长", "房国栋", [
                ("危化品经营许可审查降低条件", "高风险点", "现场核查两人以上,许可结果公示。"),
                ("执法检查中对隐患降格处理、以罚代改", "高风险点", "检查记录全程录像,处罚集体审议。"),
            ]),
            ("科员", "晁婷", [
                ("向企业透露检查计划", "中风险点", "检查对象随机抽取,临时通知。"),
                ("接受被检查企业宴请、礼品", "中风险点", "签订廉洁执法承诺,拒收登记。"),
            ]),
        ]),
        ("应急救援股", "贾正平", [
            ("股长", "丰凯", [
                ("事故调查中隐瞒、淡化事故责任", "高风险点", "调查组集体研究,调查报告报局党组审定。"),
                ("应急演练经费虚报", "低风险点", "演练方案与经费报销对应,影像存档。"),
            ]),
            ("科员", "柏小蓉", [
                ("救援物资出入库不登记", "中风险点", "出入库双人签字,季度盘点。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for office, watcher, people in offices:
        sh = _Sheet(office, [5, 8, 8, 34, 10, 32, 8])
        sh.title("岗位廉政风险点排查表", 7)
        r = sh.add(f"单位(盖章):{unit}", None, None, None, "2024年5月", None, None)
        sh.merge(r, 0, r, 3)
        sh.merge(r, 4, r, 6)
        sh.add("序号", "岗位", "姓名", "廉政隐患", "风险等级", "防控措施", "监督人")
        recs, n = [], 0
        for post, who, items in people:
            for point, level, measures in items:
                n += 1
                recs.append([n, post, who, point, level, measures, watcher])
                t.point(sh.name, office, post, who, _tier(post), point, [], POINT_WORDS[level])
        sh.records(recs, merge_cols=(1, 2, 6))
        sheets.append(sh)
    return _layout(
        "emergency_tabs_keshi", "https://www.renrendoc.com/paper/491693717.html",
        "应急管理局 岗位廉政风险点排查表 after the source's 安全生产领域廉政风险 (行政审批、监督检查、事故调查、资金分配): "
        "one sheet per 股室, the 股室 ONLY in the tab; a generic title, 单位(盖章) line, 序号/岗位/姓名 merged/廉政隐患 "
        "(the point)/风险等级 高风险点/中风险点/低风险点/防控措施/监督人 (a name, merged down)",
        sheets, t,
    )  # fmt: skip


def traffic_wrapped_header() -> dict:
    unit = "XX市公安局交通警察支队XX大队"
    sh = _Sheet("排查登记表", [5, 12, 10, 8, 34, 10, 32, 9])
    t = _Truth(unit)
    sh.title(f"{unit}民警岗位廉政风险点排查登记表", 8)
    sh.add("序\n号", "中\u3000队", "岗 位", "姓  名", "廉政风险点", "风 险\n等 级", "防控措施",
           "责任\n领导")  # fmt: skip
    squads = [
        ("事故处理中队", "申卫东", [
            ("中队长", "车建波", [
                ("事故责任认定中偏袒一方", "高(重点)", "认定书法制审核,重大事故集体研究。"),
                ("事故车辆扣留、放行不按规定", "中(一般)", "扣车放车凭审批单,系统登记。"),
            ]),
            ("事故民警", "贺磊", [
                ("调解中收受当事人财物", "高(重点)", "调解全程执法记录仪记录,回访当事人。"),
                ("事故现场证据收集不全、选择性取证", "中(一般)", "现场勘查两人以上,证据清单存档。"),
            ]),
        ]),
        ("秩序管理中队", "申卫东", [
            ("中队长", "苏文杰", [
                ("对违法车辆选择性查处、人情放行", "高(重点)", "查处数据平台比对,异常预警。"),
            ]),
            ("执勤民警", "聂芸", [
                ("违法处罚当场收缴罚款不开票", "高(重点)", "罚款一律银行代收,禁止当场收缴。"),
                ("违法记录删除、修改不按程序", "低(较小)", "记录修改须审批,系统留痕。"),
            ]),
        ]),
        ("车驾管中队", "葛振华", [
            ("中队长", "俞斌", [
                ("机动车查验降低标准、为不合格车辆放行", "中(一般)", "查验照片上传平台,抽查复核。"),
            ]),
            ("窗口民警", "毕小雅", [
                ("驾驶证业务办理中吃拿卡要", "中(一般)", "业务办理时限公开,服务评价。"),
                ("为中介插队办理业务", "低(较小)", "预约取号,窗口视频监控。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for k, (squad, leader, people) in enumerate(squads):
        if k:
            sh.add()  # a blank spacer row between 中队
        recs = []
        for post, who, items in people:
            for point, level, measures in items:
                n += 1
                recs.append([n, squad, post, who, point, level, measures, leader])
                t.point(sh.name, squad, post, who, _tier(post), point, [], GLOSSED[level])
        sh.records(recs, merge_cols=(1, 2, 3, 7))
    sh.add()
    sh.add("大队长(签字):", None, None, None, "填表日期:2024年6月", None, None, None)
    return _layout(
        "traffic_wrapped_header", "https://www.renrendoc.com/paper/507609117.html",
        "交警大队 民警岗位廉政风险点排查登记表 after the source's 廉洁交警中队 (事故处理、车辆管理、违法处罚): heading "
        "cells wrapped with line breaks and spaces (序\\n号, 中　队, 姓  名, 风 险\\n等 级, 责任\\n领导), 中队/岗位/姓名 "
        "merged, blank spacer rows between 中队, levels 高(重点)/中(一般)/低(较小), 责任领导 names merged per 中队; "
        "签字 line",
        [sh], t,
    )  # fmt: skip


def power_station_types() -> dict:
    unit = "国网XX县供电公司XX供电所"
    sh = _Sheet("小微权力", [5, 8, 10, 8, 16, 32, 10, 30])
    t = _Truth(unit)
    sh.title(f"{unit}“小微权力”廉洁风险排查表", 8)
    sh.add("序号", "班组", "岗位", "姓名", "风险类型", "风险点", "风险级别", "管控手段")
    people = [
        ("营业班", "班长", "牛卫国", [
            ("岗位职责、外部环境", "业扩报装中为客户指定施工单位", "Ⅰ级风险",
             "报装流程线上办理,施工单位由客户自主选择。"),
            ("业务流程/制度机制", "用电申请受理后拖延办理,索要好处", "Ⅱ级风险", "办电时限系统预警,超期通报。"),
        ]),
        ("营业班", "抄表核算员", "阮晶", [
            ("岗位职责 业务流程", "少抄、估抄电量,为用户少计电费", "Ⅰ级风险", "远程采集,抄表数据异常自动预警。"),
            ("思想道德,外部环境", "电费减免、退补不按规定审批", "Ⅱ级风险", "退补电费三级审批,按月公示。"),
        ]),
        ("运维班", "班长", "邬海洋", [
            ("制度机制\n业务流程", "配网小型工程量签证不实", "Ⅱ级风险", "签证现场拍照,班组、所长双签。"),
            ("岗位职责、思想道德", "废旧物资回收私自处置", "Ⅲ级风险", "废旧物资入库登记,统一回收处置。"),
        ]),
        ("运维班", "台区经理", "向东", [
            ("外部环境/岗位职责", "对窃电行为查而不处,收受好处", "Ⅰ级风险", "窃电查处双人到场,处理结果公示。"),
            ("业务流程", "表计更换不登记,旧表私自处理", "Ⅲ级风险", "换表工单系统流转,旧表回收核对。"),
            ("思想道德、外部环境、岗位职责", "接受客户宴请、土特产", "Ⅲ级风险", "所务公开栏公布监督电话,拒收登记。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for team, post, who, items in people:
        for kinds, point, level, measures in items:
            n += 1
            recs.append([n, team, post, who, kinds, point, level, measures])
            t.point(
                sh.name, team, post, who, _tier(post), point, types_in(kinds), ROMAN_RISK[level]
            )
    sh.records(recs, merge_cols=(1, 2, 3))
    sh.add()
    sh.add("所长(签字):", None, None, "填报日期:2024年3月", None, None, None, None)
    return _layout(
        "power_station_types", "https://www.fx361.com/page/2021/0326/10210187.shtml",
        "供电所 “小微权力”廉洁风险排查表 after the source's 基层供电所“小微权力”廉洁风险防控 (所务公开, 廉洁风险防控重点): "
        "序号/班组/岗位/姓名 merged/风险类型 naming SEVERAL types per cell, separated by 、 / , a space or a line "
        "break/风险点/风险级别 Ⅰ级风险/Ⅱ级风险/Ⅲ级风险/管控手段; 所长 签字 line",
        [sh], t,
    )  # fmt: skip


def window_supervisors() -> dict:
    unit = "XX区行政审批局"
    sh = _Sheet("窗口岗位", [5, 14, 10, 8, 32, 8, 30, 8, 13])
    t = _Truth(unit)
    sh.title(f"{unit}窗口岗位廉政风险点登记表", 9)
    sh.add("序号", "窗口", "岗位", "姓名", "风险描述及表现", "风险等级", "管控手段", "监督人",
           "联系电话")  # fmt: skip
    people = [
        ("综合受理窗口", "受理员", "侯嘉怡", "欧阳红", "13907751024", [
            ("对申请材料故意刁难,多次退件", "中", "一次性告知,退件须说明理由并登记。"),
            ("引导群众找中介代办", "高", "窗口张贴禁止指定中介公告,投诉电话公开。"),
        ]),
        ("投资项目审批窗口", "审批员", "覃志远", "欧阳红", "13907751088", [
            ("降低审批条件,为不符合条件的项目出具批文", "高", "审批要件清单化,审批结果网上公开。"),
            ("审批中超时限办理,吃拿卡要", "中", "办件时限系统倒计时,超时自动预警。"),
            ("泄露企业商业信息", "低", "审批资料专人保管,查阅登记。"),
        ]),
        ("社会事务审批窗口", "帮办代办员", "石磊", "温振东", "13907751172", [
            ("帮办代办中收取费用", "中", "代办服务免费,代办事项登记备查。"),
            ("代办材料遗失、泄露", "低", "代办材料交接双方签字。"),
        ]),
        ("社会事务审批窗口", "审批员", "柯文静", "温振东", "13907751136", [
            ("民办学校、养老机构设立审批走过场", "高", "现场核查两人以上,核查记录存档。"),
            ("接受申请人宴请、礼金", "中", "签订廉洁自律承诺书,拒收登记。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for window, post, who, watcher, phone, items in people:
        for point, level, measures in items:
            n += 1
            recs.append([n, window, post, who, point, level, measures, watcher, phone])
            t.point(sh.name, window, post, who, _tier(post), point, [], HML[level])
    sh.records(recs, merge_cols=(1, 2, 3, 7, 8))
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年1月", None, None)
    return _layout(
        "window_supervisors", "http://sc.china.com.cn/2021/difang/1337/1225/432036.html",
        "行政审批局 窗口岗位廉政风险点登记表 after the source's “窗口腐败”专项整治 (吃拿卡要、勾结黑中介, 廉洁自律承诺书): "
        "序号/窗口/岗位/姓名 merged/风险描述及表现/风险等级 高/中/低/管控手段/监督人 (names of watchers, merged)/"
        "联系电话 (11 digits, merged) — 监督人 and 联系电话 added by the staff; 填报人/审核人 line",
        [sh], t,
    )  # fmt: skip


def veterans_two_tables() -> dict:
    unit = "XX市退役军人事务局"
    sh = _Sheet("廉政风险点", [5, 10, 8, 34, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}科室岗位廉政风险点排查表", 6)
    offices = [
        ("移交安置科", [
            ("科长", "蓝国锋", [
                ("安置岗位分配中优亲厚友,打招呼", "高", "按量化评分排序选岗,纪检全程监督。"),
                ("量化评分审核把关不严", "高", "评分材料双人审核,评分排序公示。"),
                ("安置计划编制不公开", "中", "安置计划官网公开,接受监督。"),
            ]),
            ("科员", "甄小燕", [
                ("选岗现场泄露岗位信息", "中", "选岗前岗位信息保密,现场封闭管理。"),
                ("接受安置对象送礼说情", "低", "拒收登记,发现问题及时报告。"),
            ]),
        ]),
        ("优抚科", [
            ("科长", "包世杰", [
                ("优抚对象认定审核不严", "高", "认定材料乡镇初审、科室复审、公示。"),
                ("补助资金发放截留、挪用", "高", "补助资金社会化发放,发放名册公示。"),
            ]),
            ("科员", "乔敏", [
                ("优待证申领办理拖延", "低", "申领时限公开,按周通报进度。"),
                ("优抚对象信息更新不及时,死亡人员补助未停发", "中", "与民政、公安数据按月比对。"),
            ]),
        ]),
    ]  # fmt: skip
    for k, (office, people) in enumerate(offices):
        if k:
            sh.add()
            sh.add()
        r = sh.add(f"科室:{office}", *([None] * 5))
        sh.merge(r, 0, r, 5)
        sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
        recs, n = [], 0
        for post, who, items in people:
            for point, level, measures in items:
                n += 1
                recs.append([n, post, who, point, level, measures])
                t.point(sh.name, office, post, who, _tier(post), point, [], HML[level])
        sh.records(recs, merge_cols=(1, 2))
    sh.add()
    sh.add("填报人:", None, "联系电话:", None, "2024年7月", None)
    return _layout(
        "veterans_two_tables", "https://www.cdsjw.gov.cn/gzdt/szdw/content_524312",
        "退役军人事务局 科室岗位廉政风险点排查表 after the source's 阳光安置 (量化评分选岗、补助资金发放): one sheet, "
        "TWO small 科室 tables one under the other, each under a merged 科室:… caption with its own heading "
        "序号/岗位/姓名/风险点/风险等级 高/中/低/防控措施 and numbered from 1, two blank rows between; 填报人 line",
        [sh], t,
    )  # fmt: skip


def leader_photo_cards() -> dict:
    unit = "XX县交通运输局"
    t = _Truth(unit)
    leaders = [
        ("石建中", "男", "1971.03", "党组书记、局长", "1992.08",
         "主持局党组、行政全面工作;分管办公室、人事股、财务股,联系县公路管理段。", [
             ("“三重一大”事项个人说了算", "高", "严格执行党组议事规则,重大事项集体决策。"),
             ("干部选拔任用中打招呼、搞照顾", "高", "选任工作全程纪实,任前公示。"),
             ("大额资金使用不经集体研究", "中", "大额资金支付党组会研究,纪要存档。"),
             ("公务接待、公车使用超标准", "低", "接待、用车事前审批,按月公示。"),
         ]),
        ("温丽娟", "女", "1978.11", "副局长", "1999.07",
         "分管建设管理股、运输管理股,负责农村公路建设和道路运输管理工作。", [
             ("农村公路项目招标中插手干预", "高", "项目进入公共资源交易平台,领导干部不得打招呼。"),
             ("道路运输经营许可降低条件", "中", "许可条件公开,初审、复审分离。"),
             ("工程质量验收把关不严", "中", "验收邀请第三方检测,验收资料存档。"),
         ]),
        ("郝志军", "男", "1975.06", "副局长", "1996.12",
         "分管综合执法大队、安全监督股,负责交通运输行政执法和安全生产工作。", [
             ("执法检查中对违法行为降格处理", "高", "处罚案件法制审核,重大案件集体讨论。"),
             ("安全生产检查走过场", "中", "检查清单化,隐患整改闭环销号。"),
             ("接受被检查企业宴请", "低", "签订廉洁承诺,检查两人以上。"),
         ]),
    ]  # fmt: skip
    sheets = []
    for who, sex, born, post, joined, area, items in leaders:
        sh = _Sheet(who, [6, 12, 10, 12, 12, 14, 12])
        sh.title(f"{unit}领导干部岗位廉政风险防控表", 7)
        r = sh.add(f"姓{FW}名", who, f"性{FW}别", sex, "出生年月", born, "照片")
        sh.add(f"职{FW}务", post, "政治面貌", "中共党员", "参加工作时间", joined, None)
        d = sh.add("分管工作", area, None, None, None, None, None)
        sh.merge(d, 1, d, 5)
        sh.merge(r, 6, d, 6)
        h = sh.add("序号", "岗位风险点", None, "风险等级", "防控措施", None, None)
        sh.merge(h, 1, h, 2)
        sh.merge(h, 4, h, 6)
        for i, (point, level, measures) in enumerate(items, 1):
            k = sh.add(i, point, None, level, measures, None, None)
            sh.merge(k, 1, k, 2)
            sh.merge(k, 4, k, 6)
            t.point(sh.name, "领导班子", post, who, "leader", point, [], HML[level])
        sh.add()
        sh.add("本人签字:", None, None, "年　月　日", None, None, None)
        sheets.append(sh)
    return _layout(
        "leader_photo_cards", "https://hanzhong.qinfeng.gov.cn/info/1019/8293.htm",
        "交通运输局 领导干部岗位廉政风险防控表 after the source's 科级领导干部廉政档案 (本人填写, 基本情况): one sheet per "
        "leader (tab = name), 姓　名/性　别/出生年月 and 职　务/政治面貌/参加工作时间 pairs beside a 照片 cell merged down, "
        "a 分管工作 paragraph merged across (分管办公室、人事股、财务股…), 序号/岗位风险点 (merged)/风险等级 高/中/低/"
        "防控措施 (merged); 本人签字 line",
        sheets, t,
    )  # fmt: skip


def project_dept_two_posts() -> dict:
    unit = "XX建工集团第三工程有限公司XX项目部"
    sh = _Sheet("项目部", [5, 16, 8, 32, 8, 30, 16])
    t = _Truth(unit)
    sh.title(f"{unit}管理人员廉洁风险识别表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "备注")
    people = [
        ("项目经理兼施工员", "龚振华", "一人两岗", [
            ("分包队伍选择中收受好处", "一级", "分包队伍公司比选确定,项目部不得指定。"),
            ("现场签证工程量与实际不符", "一级", "签证监理、项目部、公司三方确认。"),
            ("施工方案随意变更,增加费用", "二级", "方案变更报公司技术部审批。"),
        ]),
        ("安全员兼库管员", "蒲立新", "一人两岗", [
            ("安全检查中对分包队伍隐患睁一眼闭一眼", "二级", "安全检查记录拍照上传,公司抽查。"),
            ("材料出入库不登记,私自外借", "二级", "出入库台账日清,月底盘点。"),
        ]),
        ("材料员", "廖晨", None, [
            ("材料采购虚报单价、收取回扣", "一级", "大宗材料公司集中采购,零星材料三家比价。"),
            ("进场材料验收数量不足即签收", "二级", "材料进场过磅、点数,两人验收。"),
        ]),
        ("预算员", "骆芳", "同时负责XX小学项目", [
            ("结算资料编制中高估冒算", "二级", "结算经公司审计部审核。"),
            ("泄露投标报价信息", "三级", "报价资料加密保存,接触人员登记。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for post, who, note, items in people:
        for point, level, measures in items:
            n += 1
            recs.append([n, post, who, point, level, measures, note])
            t.point(sh.name, "", post, who, _tier(post), point, [], ORDINAL[level])
    sh.records(recs, merge_cols=(1, 2, 6))
    sh.add()
    sh.add("项目经理(签字):", None, None, "公司纪委审核:", None, "2024年8月", None)
    return _layout(
        "project_dept_two_posts", "https://bdocx.com/doc/10205755.html",
        "建工 项目部 管理人员廉洁风险识别表 after the source's 项目部管理人员岗位 (一人多岗: 项目经理兼施工员, 安全员兼库管员; "
        "一人多项): 序号/岗位 (two posts in ONE cell for two holders)/姓名 merged/风险点/风险等级 一级…三级/防控措施/"
        "备注 (一人两岗, 同时负责…); 签字 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    grain_rectify_inserted(),
    college_continued_sheet(),
    project_fill_line(),
    justice_vacancy_shared(),
    emergency_tabs_keshi(),
    traffic_wrapped_header(),
    power_station_types(),
    window_supervisors(),
    veterans_two_tables(),
    leader_photo_cards(),
    project_dept_two_posts(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b20_*``)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch20-inbox"))
