"""A hundred-and-thirty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND SOEs MIXED — a rural
初级中学, a county 第二人民医院, the county's 城市发展集团 and 交通投资集团, a 村, a 街道's 社区卫生服务中心,
a 社区, a 村股份经济合作社 and a 镇's 站所 — each sending its 一览表 / 排查表 / 清单 / 自查表 / 卡 the way
such offices do, every one of them in an invented corner of 建湖县 (its towns 蒲荡, 蓼溪镇, 菱渚镇,
荻垛镇, its 菰湾街道 and 澄塘街道, the 芦荻村, 芙蕖村 and 芷园社区 invented too):

- a 初级中学's 廉政风险点排查防控 工作手册 as a workbook: a ``封面`` sheet (the school, the handbook's
  name, then ``权力清单：5项``, ``廉政风险点：9个``, ``Ⅰ级风险：3个``, ``Ⅱ级风险：4个``, ``Ⅲ级风险：2个``,
  ``防控方法：9条`` one a line, and the month), a ``目录`` sheet (``报送材料目录`` and its numbered lines
  with dot leaders and page numbers), then the 岗位 一览表 (no 科室 column, ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``防控方法``);
- the 城市发展集团's 廉洁风险评估登记表 with ``发生可能性`` and ``影响程度`` columns, BOTH typed 高/中/低,
  before the ``风险等级`` (also 高/中/低, the product of the two, so the three columns differ on most
  rows), and a note under it saying so;
- a 村's 村干部 一览表 that names the person FIRST (``姓名 | 职务 | 工作分工 | 廉政风险点 | …``), the
  ``工作分工`` cells (``分管民政、残联、社会救助``) as short as some of the points;
- a 社区卫生服务中心's 自查表 with a ``自查情况`` column (``未发现问题``, ``存在“只签不约”现象`` …) and an
  ``整改时限`` column of DATE cells or ``/`` after the 防控措施, 一级/二级/三级;
- a 社区's 防控卡 one a sheet, each opened by a personal block — ``姓名 | … | 性别 | … | 出生年月 |
  1986.04`` (a NUMBER cell), ``职务 | … | 政治面貌 | … | 学历 | …``, ``分管工作 | …`` — with a ``照片`` cell
  merged down its right side, the table's 风险点 and 防控措施 each merged over two columns;
- a 村股份经济合作社's 清单 对岗不对人 whose posts carry who holds them in brackets
  (``理事长（村党总支书记兼任）``, ``监事长（村务监督委员会主任兼任）``), a ``监督主体`` column last;
- the 交通投资集团's 清单 with a short ``风险名称``, a numbered ``风险描述`` (``2.1…⏎2.2…``), numbered
  防控措施, a short ``监测指标`` column (``未上会事项数``) and the ``风险等级`` last;
- a 镇's 站所 排查表 whose two-character names are typed with a full-width space between the
  characters (``贲　翔``), as offices pad them to line up with three-character names.

One is harder:

- ``second_hospital_heads_line``: the 第二人民医院's 科室廉洁风险防控登记表, one sheet a 科室 (tabs
  ``心内科``, ``药剂科``, ``检验科``), each naming its heads only in ONE merged line above the header —
  ``科室：心血管内科　　科主任：嵇长庚　　护士长：阙素纨`` — over a table of 岗位 rows (科主任, 护士长,
  医师 …) with no 姓名 column: the 科主任 and 护士长 rows are theirs, the 医师, 药库管理员, 检验师 rows
  name nobody.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 乡镇 初级中学's 督导评估 汇报材料
with its counts; a 县人民医院's 科室 (心血管内科 …, 医技科室); a 县 城发集团's reform (供水, 路桥, 置业,
清产核资, 融资); a 村's 巡察整改 (分工安排, 整改措施, 整改时限); 家庭医生签约服务 (签约率虚高, 只签不约); a
社区's 两委 班子 and its 网格; 村改居 社区股份合作组织 (三会, 集体资产); a 交投集团 whose leaders were
investigated; the 农技站 of a 乡镇) and the layout follows their words. The rows are worded by
us, the names invented.

Run ``python tests/published/score.py --set batch139`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b139_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a ``封面`` whose lines count the levels (``Ⅰ级风险：3个``) and a ``目录`` are no points and no table;
- a line ``科室：心血管内科　　科主任：嵇长庚　　护士长：阙素纨`` names the sheet's 科室 and the holders of
  those two posts; the table's rows of other posts (医师) are posts without a holder (对岗不对人);
- ``发生可能性`` and ``影响程度`` are how the level was reached: the level is the ``风险等级`` column;
- ``工作分工`` (``分管民政、残联、社会救助``) says what the holder looks after: no point, post or 科室;
- ``自查情况`` and ``整改时限`` are the self-check's answers: never a point, a level or a holder;
- a card's personal block names the holder (``姓名``) and the post (``职务``); ``性别``, ``出生年月``
  (``1986.04``), ``政治面貌``, ``学历``, ``照片`` and ``分管工作`` are none of them;
- ``理事长（村党总支书记兼任）`` is the post 理事长; the bracket says who holds it, no 科室 and no holder;
  ``监督主体`` names bodies that watch, never the row's post;
- ``风险名称`` is the point; the numbered ``风险描述`` its description, ``监测指标`` neither;
- ``贲　翔`` is the holder 贲翔;
- a 村 and a 社区 have no department; a 镇's 站/所 are 科室 of the 镇 (the unit the 镇人民政府);
- 校长, 副校长, 董事长, 总经理, 主任/副主任 of the 中心, 书记/主任 of a 村 or 社区 and the 合作社's 理事长 and
  监事长 are leaders; 主任 of a 处 or 办, 科主任, 护士长, 部长, 科长, 副书记/副主任 of a 村 or 社区, 站长
  and 所长 middle; the rest general.

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

PREFIX = "b139_"
PLACE = "建湖县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
GAP = "\u3000"
RESAVED: tuple[str, ...] = ()


def _person_rows(sh: _Sheet, first: int, dept_col: int | None, cols: tuple[int, ...]) -> None:
    """Merge the 科室 column over its runs and each of ``cols`` over each person's rows."""
    key = lambda row: (row[dept_col] if dept_col is not None else None, *(row[c] for c in cols))  # noqa: E731
    specs = [(dept_col, lambda row: row[dept_col])] if dept_col is not None else []
    _merge_down(sh, first, specs + [(c, key) for c in cols])


def _numbered(n: int, items: list[str]) -> str:
    """Sentences numbered after their row, one a line: ``3.1…。⏎3.2…。``."""
    return "\n".join(f"{n}.{k}{text}。" for k, text in enumerate(items, 1))


def _padded(name: str) -> str:
    """A two-character name typed with a full-width space between its characters."""
    return GAP.join(name) if len(name) == 2 else name


# --------------------------------------------------------------------------- harder layout


def second_hospital_heads_line() -> dict:
    unit = f"{PLACE}第二人民医院"
    t = _Truth(unit)
    depts = [
        ("心内科", "心血管内科", [("科主任", "嵇长庚"), ("护士长", "阙素纨")], [
            ("科主任", "接受医药代表宴请、回扣,按药品耗材用量“带量”", "高",
             "医药代表实行预约接待,科室用药用耗前十名每月公示。", "middle"),
            ("科主任", "心脏介入耗材不按集中采购目录使用,指定品牌", "高",
             "介入耗材由系统按中标目录调用,超目录使用报医务科审批。", "middle"),
            ("护士长", "科室二级库耗材出入库登记不实,私自截留", "中",
             "二级库耗材扫码出入库,每月与收费记录核对。", "middle"),
            ("医师", "开大处方、过度检查,收取“开单提成”", "高",
             "开展处方点评和检查阳性率分析,结果与绩效挂钩。", "general"),
        ]),
        ("药剂科", "药剂科", [("科主任", "蔺杏霖")], [
            ("科主任", "药品遴选和临时采购中倾向特定企业", "高",
             "药品遴选经药事管理与药物治疗学委员会集体表决,临时采购登记备案。", "middle"),
            ("药库管理员", "药品验收入库把关不严,账物不符", "中",
             "验收两人以上签字,药库每月盘点,差异书面说明。", "general"),
            ("临床药师", "处方审核不严,为超常规用药放行", "低",
             "不合理处方每月通报,审核记录留存备查。", "general"),
        ]),
        ("检验科", "检验科", [("科主任", "亢鉴秋")], [
            ("科主任", "检验试剂和设备采购参数设置倾向特定品牌", "高",
             "采购参数由设备科组织论证,科室只提功能需求。", "middle"),
            ("检验师", "出具虚假检验报告,为他人办理健康证明提供便利", "中",
             "检验报告双人审核签发,健康证明检验结果系统留痕。", "general"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, dept, heads, rows in depts:
        sh = _Sheet(tab, [6, 12, 38, 9, 38])
        holders = dict(heads)
        _line(sh, f"{unit}科室廉洁风险防控登记表", 5)
        line = f"{GAP}{GAP}".join([f"科室：{dept}", *(f"{post}：{who}" for post, who in heads)])
        _line(sh, line, 5)
        sh.add("序号", "岗位", "风险点", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (post, point, lv, measures, tier) in enumerate(rows, 1):
            sh.add(n, post, point, lv, measures)
            t.point(tab, dept, post, holders.get(post, ""), tier, point, [], HML[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
        sh.add()
        sh.add("科室负责人签字：", None, None, "填报日期：2024年9月", None)
        sheets.append(sh)
    return _layout(
        "second_hospital_heads_line", "https://cont.jd.com/mhospital/disease/15010079690_8976",
        "(harder) 县第二人民医院 科室廉洁风险防控登记表 after the source's account of a 县人民医院 (26 临床医技科室: "
        "心血管内科, 消化内科 … and the 医技科室): ONE SHEET A 科室 (tabs ``心内科``, ``药剂科``, ``检验科``), each under "
        "the title a merged line that is the ONLY place a person is named — ``科室：心血管内科　　科主任：嵇长庚　　"
        "护士长：阙素纨``, ``科室：药剂科　　科主任：蔺杏霖`` — over 序号/岗位 merged (科主任, 护士长, 医师, 药库管理员, "
        "临床药师, 检验师)/风险点/风险等级 高/中/低/防控措施, no 姓名 column, no type column: the 科主任 and 护士长 rows "
        "are the named heads', the others name nobody; an unsigned ``科室负责人签字：`` and a date under each table",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def pudang_school_handbook_cover() -> dict:
    unit = f"{PLACE}蒲荡初级中学"
    t = _Truth(unit)
    rows = [
        ("校长", "佴思邈", "校舍维修、校园改造工程不经校务会集体研究,直接指定施工队", "Ⅰ级",
         "维修工程按限额比选或招标,校务会研究并留存纪要,结果在校内公示。", "leader"),
        ("校长", "佴思邈", "教师职称推荐、评优评先量化赋分不公开,优亲厚友", "Ⅱ级",
         "赋分细则和推荐结果公示五天,接受教职工监督。", "leader"),
        ("副校长", "谯砚北", "教辅资料征订中暗示学生到指定书店购买,收取回扣", "Ⅰ级",
         "教辅按推荐目录自愿征订,学校不统一代购,举报电话公开。", "leader"),
        ("副校长", "谯砚北", "学生资助对象认定不公,把关不严", "Ⅱ级",
         "资助对象班级评议、学校审核,名单公示五天。", "leader"),
        ("教导主任", "庹雁回", "招生编班中接受请托,违规调班、择班", "Ⅱ级",
         "新生编班由系统随机分配,调班须校长室集体研究。", "middle"),
        ("总务主任", "逄云栖", "食堂大宗食材采购不比价,收受供应商好处", "Ⅰ级",
         "大宗食材定点采购,价格每月公示,家长代表参与验收。", "middle"),
        ("总务主任", "逄云栖", "固定资产报废处置不经评估,低价变卖", "Ⅲ级",
         "资产报废经鉴定评估,处置收入全额上缴。", "middle"),
        ("会计", "禤晚晴", "校服费、伙食费等代收资金不入账", "Ⅱ级",
         "代收资金全部进入学校账户,收支每学期公开。", "general"),
        ("食堂管理员", "隰禾青", "食材验收不严,以次充好、短斤少两", "Ⅲ级",
         "食材验收两人以上签字,留样和台账备查。", "general"),
    ]  # fmt: skip
    levels = [lv for *_, lv, _m, _t in rows]
    cover = _Sheet("封面", [46])
    for text in (unit, "廉政风险点排查防控", "工作手册", None, "权力清单：5项",
                 f"廉政风险点：{len(rows)}个", *(f"{w}风险：{levels.count(w)}个" for w in ROMAN),
                 f"防控方法：{len(rows)}条", None, "2024年7月"):  # fmt: skip
        if text:
            cover.add(text)
        else:
            cover.add()
    contents = _Sheet("目录", [70])
    contents.add("报送材料目录")
    dots = "……………………………………"
    for k, (item, page) in enumerate([
        ("廉政风险点及防控方法汇总表", 1), ("单位权力清单目录", 2), ("廉政风险点及防控方法一览表（单位）", 3),
        ("廉政风险点及防控方法一览表（岗位）", 4), ("权力运行流程图", 6),
    ], 1):  # fmt: skip
        contents.add(f"{k}、{item}{dots}{page}")
    sh = _Sheet("一览表（岗位）", [6, 11, 9, 36, 9, 38])
    _line(sh, f"{unit}廉政风险点及防控方法一览表（岗位）", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控方法")
    first = len(sh.rows)
    for n, (post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
    _person_rows(sh, first, None, (1, 2))
    return _layout(
        "pudang_school_handbook_cover", "https://bbs.pinggu.org/thread-16132028-1-1.html",
        "乡镇 初级中学 廉政风险点排查防控 工作手册 as a workbook, after the source's 督导评估 汇报材料 of a 乡镇 初级中学 "
        "(its 基本情况 in counts: 占地面积, 专用教室, 图书): a ``封面`` sheet in one column — the school, "
        "``廉政风险点排查防控``, ``工作手册``, then ``权力清单：5项``, ``廉政风险点：9个``, ``Ⅰ级风险：3个``, "
        "``Ⅱ级风险：4个``, ``Ⅲ级风险：2个``, ``防控方法：9条`` one a line and ``2024年7月``; a ``目录`` sheet "
        "(``报送材料目录``, ``1、廉政风险点及防控方法汇总表……1`` …); then the sheet ``一览表（岗位）``: title, "
        "序号/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控方法, no 科室 and no type column",
        [cover, contents, sh], t,
    )  # fmt: skip


def chengfa_group_likelihood_impact() -> dict:
    unit = f"{PLACE}城市发展集团有限公司"
    sh = _Sheet("评估表", [5, 10, 10, 9, 34, 8, 8, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险评估登记表", 9)
    r = sh.add(f"填报单位（盖章）：{unit}", None, None, None, None, "评估时间：2024年10月", None, None,
               None)  # fmt: skip
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 8)
    sh.add(
        "序号",
        "部门",
        "岗位",
        "姓名",
        "廉洁风险点",
        "发生可能性",
        "影响程度",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("领导班子", "董事长", "戎擎苍", "重大投资、融资事项不经董事会集体决策,个人说了算", "中", "高",
         "严格执行“三重一大”决策制度,议题提前送达,纪要存档备查。", "leader"),
        ("领导班子", "总经理", "酆致远", "经营性土地开发合作方选择不公开,向关联企业输送利益", "低", "高",
         "合作方公开遴选,关联关系事前申报,结果报县国资部门备案。", "leader"),
        ("融资部", "部长", "蒉知微", "融资中介机构选择不比价,收受中介好处费", "中", "中",
         "中介机构三家以上比选,比选记录随融资方案上会。", "middle"),
        ("融资部", "融资专员", "浦晓珂", "泄露融资方案和利率底线", "低", "中",
         "融资方案按涉密文件管理,接触人员登记。", "general"),
        ("工程部", "部长", "檀砺锋", "工程变更、现场签证审核不严,虚增工程量", "高", "高",
         "变更签证实行分级审批,大额变更经集体研究并跟踪审计。", "middle"),
        ("工程部", "现场代表", "寿栖迟", "隐蔽工程验收走过场,接受施工单位宴请", "高", "中",
         "隐蔽工程验收留存影像资料,监理、跟审同步到场。", "general"),
        ("资产运营部", "部长", "卜鸿渐", "国有房产、门面出租不进场交易,低价租给关系人", "中", "高",
         "经营性资产出租一律进公共资源交易平台公开招租。", "middle"),
        ("资产运营部", "收费员", "尉迟映雪", "租金收取不开票,截留租金", "高", "低",
         "租金通过对公账户收取,收费台账每月与财务核对。", "general"),
        ("财务部", "出纳", "沃若漪", "网银密钥与密码一人保管", "低", "低",
         "网银制单、复核分设,密钥分人保管。", "general"),
    ]  # fmt: skip
    score = {"高": 3, "中": 2, "低": 1}

    def grade(p: str, i: str) -> str:
        s = score[p] * score[i]
        return "高" if s >= 6 else "中" if s >= 3 else "低"

    first = len(sh.rows)
    for n, (dept, post, who, point, p, i, measures, tier) in enumerate(rows, 1):
        lv = grade(p, i)
        sh.add(n, dept, post, who, point, p, i, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _person_rows(sh, first, 1, (2, 3))
    _line(sh, "注：风险等级由发生可能性和影响程度综合评定（高×高、高×中、中×高为高，中×中、高×低、低×高为中，"
              "其余为低）。", 9)  # fmt: skip
    sh.add("填表人：", None, None, "部门负责人：", None, "分管领导：", None, None, None)
    return _layout(
        "chengfa_group_likelihood_impact", "http://szb.xnnews.com.cn/xnrb/html/2019-03/27/content_323046.htm",
        "县城市发展集团 廉洁风险评估登记表 after the source's report on a 县 城发集团's reform (清产核资, 融资 with "
        "banks, 经营性土地摘牌, 置业, 供水, 路桥): title, ``填报单位（盖章）：… | 评估时间：…``, then 序号/部门 merged "
        "(领导班子, 融资部, 工程部, 资产运营部, 财务部)/岗位 and 姓名 merged per person/廉洁风险点/``发生可能性`` 高/中/低/"
        "``影响程度`` 高/中/低/``风险等级`` 高/中/低 (the product of the two, so it differs from each on most rows)/"
        "防控措施; no type column; a merged ``注：风险等级由发生可能性和影响程度综合评定（…）`` line and "
        "填表人/部门负责人/分管领导 labels under it; the compound surname 尉迟 (``尉迟映雪``)",
        [sh], t,
    )  # fmt: skip


def ludi_village_name_first_duties() -> dict:
    unit = f"{PLACE}蓼溪镇芦荻村"
    sh = _Sheet("一览表", [5, 9, 14, 18, 32, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}村干部廉政风险防控一览表", 7)
    sh.add("序号", "姓名", "职务", "工作分工", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("牧长河", "党总支书记、村委会主任", "主持村党总支、村委会全面工作", "村级工程项目不经“四议两公开”,直接指定施工方",
         "高", "村级工程按“四议两公开”程序决策,结果在村务公开栏公开。", "leader"),
        ("牧长河", "党总支书记、村委会主任", "主持村党总支、村委会全面工作", "集体资产资源发包不公开,低价发包给亲友",
         "高", "集体资产资源发包进镇农村产权交易平台。", "leader"),
        ("仉秋实", "党总支副书记", "分管党建、组织、综治、信访", "发展党员把关不严,优亲厚友", "中",
         "发展党员全程纪实,公示期内接受群众监督。", "middle"),
        ("鄢稼轩", "村委会副主任", "分管农业、水利、土地流转", "土地流转费截留、挪用", "高",
         "流转费通过银行直接发放到户,发放清单公示。", "middle"),
        ("鄢稼轩", "村委会副主任", "分管农业、水利、土地流转", "小型水利设施维修虚报工程量", "中",
         "维修工程量由村务监督委员会现场核实签字。", "middle"),
        ("暴绮文", "村委会委员", "分管民政、残联、社会救助", "低保、特困对象评议中优亲厚友,为亲属违规申报", "高",
         "评议实行近亲属回避,评议结果村、镇两级公示。", "general"),
        ("暴绮文", "村委会委员", "分管民政、残联、社会救助", "残疾人补贴申报审核不实", "中",
         "申报材料入户核实,镇残联复核。", "general"),
        ("居晚橙", "报账员", "负责村级财务记账、报账", "白条入账,报账票据审核不严", "中",
         "报账票据经村务监督委员会审核签字,镇农经中心代理记账。", "general"),
        ("养正清", "村务监督委员会主任", "负责村务、财务监督", "对村务、财务监督走过场,审核签字不把关", "低",
         "监督委员会成员轮流审核,审核意见书面留存。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (who, post, duty, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, who, post, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _person_rows(sh, first, None, (1, 2, 3))
    sh.add()
    sh.add("村党总支（盖章）", None, None, "填报日期：2024年6月", None, None, None)
    return _layout(
        "ludi_village_name_first_duties", "https://m.taowenge.com/p-90209571.html",
        "村 村干部廉政风险防控一览表 after the source's 清廉村居 实施方案 of a 村 answering a 巡察组 (分工安排, 整改措施, "
        "整改时限, 支部书记 talking to the 两委干部 one by one): title, then 序号/the NAME FIRST — ``姓名`` — then "
        "``职务`` (``党总支书记、村委会主任`` one man, ``党总支副书记``, ``村委会副主任``, ``村委会委员``, ``报账员``, "
        "``村务监督委员会主任``)/``工作分工`` (``分管民政、残联、社会救助``, ``负责村级财务记账、报账`` — some as short "
        "as the points), the three merged per person/廉政风险点/风险等级 高/中/低/防控措施; no 科室, no type column; "
        "``村党总支（盖章） | 填报日期：…`` under it",
        [sh], t,
    )  # fmt: skip


def guwan_health_service_self_check() -> dict:
    unit = f"{PLACE}菰湾街道社区卫生服务中心"
    sh = _Sheet("自查表", [5, 10, 9, 9, 30, 8, 30, 22, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险自查表", 9)
    r = sh.add(f"单位：{unit}", None, None, None, None, None, None, "自查时间：2024年11月", None)
    sh.merge(r, 0, r, 6)
    sh.merge(r, 7, r, 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施", "自查情况", "整改时限")
    rows = [
        ("中心领导", "主任", "钭如晦", "药品耗材采购、基建维修项目不经集体研究", "一级",
         "采购和维修项目经主任办公会集体研究,留存会议纪要。", "未发现问题", "/", "leader"),
        ("中心领导", "主任", "钭如晦", "绩效工资分配向个人和少数岗位倾斜", "二级",
         "分配方案经职工代表讨论,分配结果公示。", "分配方案未经职工代表讨论,已补正", datetime(2024, 12, 31),
         "leader"),
        ("中心领导", "副主任", "储听泉", "家庭医生签约服务考核数据把关不严", "一级",
         "签约数据每季度电话回访抽查,考核结果公开。", "存在“只签不约”现象", datetime(2025, 3, 31), "leader"),
        ("公共卫生科", "科长", "郜疏影", "基本公共卫生服务项目虚报工作量", "一级",
         "项目数据与信息系统比对,随机入户核查。", "未发现问题", "/", "middle"),
        ("公共卫生科", "家庭医生", "伏采薇", "虚签、代签家庭医生签约协议", "二级",
         "签约协议由居民本人签字,签约情况入户抽查。", "个别协议代签,已重签", datetime(2024, 12, 15), "general"),
        ("全科诊室", "医师", "濮怀瑾", "诱导患者做不必要检查、开大处方", "二级",
         "开展处方点评,检查阳性率按月分析。", "未发现问题", "/", "general"),
        ("药房", "药剂员", "揭露晞", "药品出入库账实不符", "二级",
         "药品出入库系统管理,每月盘点。", "个别品种账实不符,已盘点更正", datetime(2024, 12, 15), "general"),
        ("财务室", "会计", "邝锦书", "收费票据领用核销不及时", "三级",
         "票据专人领用核销,每月核对。", "未发现问题", "/", "general"),
        ("财务室", "出纳", "钮鹿鸣", "公款私存,现金不及时缴存", "三级",
         "现金日清月结,会计每月盘点库存现金。", "未发现问题", "/", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, found, due, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, found, due)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _person_rows(sh, first, 1, (2, 3))
    sh.add()
    sh.add("填表人：", None, None, "中心负责人签字：", None, None, None, "2024年11月", None)
    return _layout(
        "guwan_health_service_self_check", "http://jizihe.com/page/2023/0407/20627915.shtml",
        "街道 社区卫生服务中心 岗位廉政风险自查表 after the source's study of 家庭医生签约服务 (签约率虚高, 只签不约, "
        "考核): title, ``单位：… | 自查时间：…``, then 序号/科室 merged (中心领导, 公共卫生科, 全科诊室, 药房, 财务室)/岗位 "
        "and 姓名 merged per person/风险点/风险等级 一级/二级/三级/防控措施/``自查情况`` (``未发现问题``, ``存在“只签不约”"
        "现象``, ``个别协议代签,已重签`` …)/``整改时限`` (DATE cells such as 2024年12月31日, or ``/``); no type column; "
        "填表人/中心负责人签字/date",
        [sh], t,
    )  # fmt: skip


def zhiyuan_community_cards_info() -> dict:
    unit = f"{PLACE}澄塘街道芷园社区"
    t = _Truth(unit)
    cards = [
        ("书记主任", "晁映溪", "女", 1979.10, "社区党委书记、居委会主任", "中共党员", "大学本科",
         "主持社区党委、居委会全面工作", "leader", [
             ("社区公益性岗位人员招用不公开,优亲厚友", "制度机制", "高",
              "招用条件和名单公示,经社区两委会集体研究。"),
             ("老旧小区改造等社区工程项目确定施工单位不规范", "岗位职责", "高",
              "工程项目报街道审核,按规定比选。"),
             ("接受辖区商户、物业企业礼品礼金", "思想道德", "中", "签订廉洁承诺,礼品礼金一律拒收或上交。"),
         ]),
        ("副书记", "扶苍岚", "男", 1986.04, "社区党委副书记", "中共党员", "大专",
         "分管民政、残联、老龄工作", "middle", [
             ("低保、临时救助对象审核把关不严", "岗位职责", "高", "入户调查两人以上,评议结果公示。"),
             ("高龄津贴、残疾人补贴发放名单不及时更新", "业务流程", "中", "每月与民政、公安数据比对。"),
             ("救助物资发放不登记,私自截留", "制度机制", "中", "物资发放登记签字,发放情况公开。"),
         ]),
        ("网格长", "粟晚舟", "女", 1992.11, "居委会委员、网格长", "共青团员", "大学本科",
         "负责第一网格和社区综治工作", "general", [
             ("网格信息采集弄虚作假,虚报走访", "业务流程", "中", "走访记录随机抽查回访。"),
             ("为辖区群众出具证明把关不严", "岗位职责", "低", "证明事项清单化管理,出具前核实登记。"),
         ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, sex, born, post, party, school, work, tier, points in cards:
        sh = _Sheet(tab, [8, 14, 14, 10, 10, 14, 14])
        _line(sh, f"{unit}廉政风险防控卡", 7)
        top = sh.add("姓名", who, "性别", sex, "出生年月", born, "照片")
        sh.add("职务", post, "政治面貌", party, "学历", school, None)
        r = sh.add("分管工作", work, None, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.merge(top, 6, r, 6)
        r = sh.add("序号", "风险点", None, "风险类型", "风险等级", "防控措施", None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 5, r, 6)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, None, typ, lv, measures, None)
            sh.merge(r, 1, r, 2)
            sh.merge(r, 5, r, 6)
            t.point(tab, "", post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字：", None, None, None, "街道纪工委审核：", None, None)
        sheets.append(sh)
    return _layout(
        "zhiyuan_community_cards_info", "https://www.oo7.cn/2264169.html",
        "社区 廉政风险防控卡 one a sheet (tabs ``书记主任``, ``副书记``, ``网格长``) after the source's essay on a 社区's "
        "两委 班子 (网格, 1+5+N, 老旧小区改造, 特殊群体): title, then a PERSONAL BLOCK — ``姓名 | 晁映溪 | 性别 | 女 | "
        "出生年月 | 1979.1`` (a NUMBER cell: 1979.10 typed; 1986.04, 1992.11 on the others), ``职务 | 社区党委书记、"
        "居委会主任 | 政治面貌 | 中共党员 | 学历 | 大学本科``, "
        "``分管工作 | …`` merged — with a ``照片`` cell merged down the block's right side; then 序号/风险点 (merged over "
        "two columns)/风险类型 (short names)/风险等级 高/中/低/防控措施 (merged over two columns); an unsigned "
        "``持卡人签字： | 街道纪工委审核：`` line",
        sheets, t,
    )  # fmt: skip


def furu_cooperative_post_notes() -> dict:
    unit = f"{PLACE}菱渚镇芙蕖村股份经济合作社"
    sh = _Sheet("清单", [5, 18, 24, 30, 8, 30, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控清单", 7)
    sh.add("序号", "岗位", "岗位职责", "风险点", "风险等级", "防控措施", "监督主体")
    rows = [
        ("理事长", "（村党总支书记兼任）", "主持理事会工作,组织实施成员大会决议",
         "集体资产发包、租赁不经成员代表大会表决", "高", "发包、租赁方案经成员代表大会表决,进产权交易平台。", "监事会",
         "leader"),
        ("理事长", "（村党总支书记兼任）", "主持理事会工作,组织实施成员大会决议",
         "股份分红方案不公开,向少数人倾斜", "高", "分红方案公示七天,经成员代表大会通过。", "镇农经中心", "leader"),
        ("理事", "", "协助理事长管理集体资产和经营项目", "经营项目合同签订不规范,口头约定租金", "中",
         "合同统一文本,签订后报镇农经中心备案。", "监事会", "general"),
        ("理事", "", "协助理事长管理集体资产和经营项目", "集体资产台账登记不全,账外资产流失", "中",
         "每年清产核资,资产台账公开。", "监事会", "general"),
        ("监事长", "（村务监督委员会主任兼任）", "监督理事会执行决议和财务收支",
         "对财务收支监督走过场,审核签字不把关", "中", "监事会每季度审核财务收支,意见书面公开。", "镇农经中心", "leader"),
        ("报账员", "", "负责合作社收支报账和票据管理", "白条入账,收入不及时入账", "中",
         "收入票据统一领用,镇农经中心委托代理记账。", "监事会", "general"),
        ("报账员", "", "负责合作社收支报账和票据管理", "公款私存,坐收坐支", "低", "收入当日存入合作社账户。",
         "镇农经中心", "general"),
        ("资产管理员", "", "负责厂房、门面等经营性资产日常管理", "厂房、门面私自转租,租金不入账", "高",
         "转租须理事会研究,租金进合作社账户。", "村务监督委员会", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, note, duty, point, lv, measures, watcher, tier) in enumerate(rows, 1):
        sh.add(n, post + note, duty, point, lv, measures, watcher)
        t.point(sh.name, "", post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add("理事会（盖章）", None, None, "监事会审核：", None, "2024年9月", None)
    return _layout(
        "furu_cooperative_post_notes", "https://fx361.cc/page/2015/0420/3045737.shtml",
        "村股份经济合作社 岗位廉洁风险防控清单 对岗不对人 after the source's study of 村改居 社区股份合作组织 (三会, "
        "集体资产, 股权, 分红; 理事会 and 监事会): title, then 序号/岗位 merged — its leaders' posts carrying who holds "
        "them in brackets: ``理事长（村党总支书记兼任）``, ``监事长（村务监督委员会主任兼任）``; ``理事``, ``报账员``, "
        "``资产管理员`` plain — /岗位职责 merged/风险点/风险等级 高/中/低/防控措施/``监督主体`` (监事会, 镇农经中心, "
        "村务监督委员会); no names, no 科室, no type column; ``理事会（盖章） | 监事会审核： | date`` under it",
        [sh], t,
    )  # fmt: skip


def jiaotou_monitor_indicators() -> dict:
    unit = f"{PLACE}交通投资集团有限公司"
    sh = _Sheet("清单", [5, 11, 10, 9, 18, 34, 34, 16, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控清单", 9)
    sh.add(
        "序号", "部门", "岗位", "责任人", "风险名称", "风险描述", "防控措施", "监测指标", "风险等级"
    )
    rows = [
        ("领导班子", "董事长", "岑伯庸", "“三重一大”决策不规范",
         ["重大事项未经党委会前置研究", "临时动议,会前不提供议题材料"],
         ["党委会前置研究清单化管理", "议题材料提前三天送达"], "未上会事项数", "高", "leader"),
        ("领导班子", "总经理", "冉叔夜", "工程项目发包干预",
         ["插手工程发包,向特定企业打招呼", "化整为零规避招标"],
         ["领导干部插手工程项目记录报告", "发包方式经集体研究"], "规避招标项目数", "高", "leader"),
        ("工程管理部", "部长", "麻知节", "设计变更审核不严",
         ["变更理由不充分即批准", "变更金额不经造价审核"],
         ["变更分级审批", "大额变更经跟踪审计"], "设计变更金额占比", "高", "middle"),
        ("工程管理部", "现场工程师", "弓长风", "计量签认不实",
         ["未到场核实即签认工程量", "接受施工单位宴请"],
         ["计量签认留存影像", "监理、跟审同步签认"], "计量复核差错率", "中", "general"),
        ("计划合约部", "部长", "桑榆晚", "合同签订审查走过场",
         ["合同条款不经法律审核", "付款条件擅自放宽"],
         ["合同法律审核全覆盖", "付款条件变更报集体研究"], "未审先签合同数", "中", "middle"),
        ("财务融资部", "会计", "荀梦华", "资金支付审核不严",
         ["付款依据不全即支付", "超合同约定比例付款"],
         ["付款三级审核", "付款比例系统控制"], "超比例付款笔数", "中", "general"),
        ("综合办公室", "主任", "闾丘慕", "公务用车和接待管理不规范",
         ["公车私用", "超标准接待"], ["用车审批登记", "接待清单与发票核对"], "超标准接待次数", "低", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, name, desc, measures, watch, lv, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, name, _numbered(n, desc), _numbered(n, measures), watch, lv)
        t.point(sh.name, dept, post, who, tier, name, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("编制部门：纪检监察室", None, None, None, None, "审核：", None, "2024年12月", None)
    return _layout(
        "jiaotou_monitor_indicators", "http://www.guoqi.org/s/sdata/wikipedia.php?id=28064",
        "县交通投资集团 廉洁风险防控清单 after the source's account of a 交投集团 (智慧交通, 快速路 and 扩能 projects) "
        "whose chairman and several leaders were investigated: title, then 序号/部门 merged (领导班子, 工程管理部, "
        "计划合约部, 财务融资部, 综合办公室)/岗位/责任人/a SHORT ``风险名称`` (``设计变更审核不严``)/a ``风险描述`` "
        "numbered after the row (``3.1…。⏎3.2…。``)/防控措施 numbered the same/a SHORT ``监测指标`` (``未上会事项数``, "
        "``设计变更金额占比``)/``风险等级`` 高/中/低 LAST; no type column; ``编制部门：纪检监察室 | 审核： | date`` "
        "under it; the compound surname 闾丘 (``闾丘慕``)",
        [sh], t,
    )  # fmt: skip


def didu_town_stations_padded_names() -> dict:
    town = f"{PLACE}荻垛镇"
    unit = f"{town}人民政府"
    sh = _Sheet("排查表", [5, 14, 9, 9, 32, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, "荻垛镇站所岗位廉政风险点排查表", 8)
    r = sh.add(
        f"填报单位：{unit}（盖章）", None, None, None, None, "填报日期：2024年8月", None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("农业技术推广站", "站长", "贲翔", "农业技术推广补助对象确定不公开", "制度机制风险", "高",
         "补助对象村级评议、镇级审核,名单公示。", "middle"),
        ("农业技术推广站", "农技员", "郦禾", "病虫害防治物资发放不登记,私自截留", "岗位职责风险", "中",
         "物资发放登记签字,发放情况在村公开。", "general"),
        ("水利站", "站长", "蹇柏舟", "小型农田水利工程验收降低标准", "岗位职责风险", "高",
         "验收邀请受益村代表参加,验收资料存档。", "middle"),
        ("水利站", "站长", "蹇柏舟", "河道疏浚工程量核定不实", "业务流程风险", "中",
         "工程量由第三方测量,结果公示。", "middle"),
        ("农机站", "站长", "麦岑", "农机购置补贴机具核验走过场,为套补提供便利", "外部环境风险", "高",
         "补贴机具逐台核验,拍照留存,铭牌登记。", "middle"),
        ("文化站", "站长", "桂汀芷", "文化活动经费虚列参加人数", "思想道德风险", "低",
         "活动签到和照片随报销单据附后。", "middle"),
        ("财政所", "所长", "闻韶", "涉农补贴资金拨付不按公示名单", "制度机制风险", "高",
         "补贴资金按公示名单一卡通发放。", "middle"),
        ("财政所", "会计", "帅念", "镇机关公务接待报销审核不严", "业务流程风险", "中",
         "接待报销附公函、接待清单,每月公开。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, _padded(who), point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _person_rows(sh, first, 1, (2, 3))
    sh.add()
    sh.add("站所负责人签字：", None, None, None, "镇纪委审核：", None, None, "2024年8月")
    return _layout(
        "didu_town_stations_padded_names", "https://twwiki.net/wiki/jw9vve3k6xzg7g9.html",
        "镇 站所岗位廉政风险点排查表 after the source's entry on the 农技站 (农业技术推广站, a 乡(镇) body under the 乡镇 "
        "government): the title names only the 镇 (``荻垛镇站所…``), ``填报单位：建湖县荻垛镇人民政府（盖章） | 填报日期："
        "…``, then 序号/``站所`` merged (农业技术推广站, 水利站, 农机站, 文化站, 财政所)/岗位 and 姓名 merged per person — "
        "every TWO-CHARACTER name typed with a FULL-WIDTH SPACE between its characters (``贲　翔``, ``郦　禾``, ``麦　岑``, "
        "``闻　韶``, ``帅　念``) to line up with the three-character ones (``蹇柏舟``, ``桂汀芷``)/风险点/风险类别 "
        "``…风险``/风险等级 高/中/低/防控措施; 站所负责人签字/镇纪委审核/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    second_hospital_heads_line(),
    pudang_school_handbook_cover(),
    chengfa_group_likelihood_impact(),
    ludi_village_name_first_duties(),
    guwan_health_service_self_check(),
    zhiyuan_community_cards_info(),
    furu_cooperative_post_notes(),
    jiaotou_monitor_indicators(),
    didu_town_stations_padded_names(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch139-inbox"))
