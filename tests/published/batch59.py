"""A fifty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY CASE at the grass roots — the 排查表, 防控表,
自查表 and 小微权力清单 that a 镇's 农村集体“三资”代理服务中心, a 村卫生室's 乡村医生, a 镇 幼儿园 in a
专项整治, a 镇中心学校, a 社区居委会's 低保 staff, a 街道's 城市管理科 and 环境卫生所, a 镇's
群众工作中心 windows, a 村 and a 村小学's 营养改善计划 hand back, nothing exotic. Eight are EVERYDAY:

- a 镇 “三资”代理服务中心 岗位廉政风险排查表: 岗位/姓名 merged per person, a ``风险领域`` column
  (``征地拆迁``, ``“三资”管理``, ``涉农资金``) before the 风险点, 风险类型 ``…风险``, 高/中/低;
- a 村卫生室 乡村医生 廉洁风险自查表: label|value pairs above (``姓名 | 覃丽娟 | 岗位 | 乡村医生 |
  联系电话 | …``), a short ``风险点`` beside a long ``具体表现``, 一级/二级/三级, a ``自查结果`` column
  and a ``本人签字`` line;
- a 幼儿园 “三项”专项整治 廉洁风险排查表: ``整治领域`` merged down, levels ``较高``/``一般``/``较低``
  (all three used), then ``责任人 | 职务`` trailing — the name BEFORE the post;
- a 镇中心学校 岗位廉政风险防控表: ``职务 | 姓名 | 岗位职责`` merged per person, ``Ⅰ级``/``Ⅱ级``/``Ⅲ级``
  and a trailing ``监督人`` column of one name merged over the whole table;
- a 社区居委会 低保工作 廉政风险点清单 对岗不对人: 岗位 and 职责 merged per post, 高/中/低, and a
  ``监督方式`` column after the 防控措施;
- a 街道 城市管理 岗位廉政风险防控表: 科室 merged (``城市管理科``, ``环境卫生所``), 岗位/责任人 merged per
  person, 风险类别 written short (``岗位职责``), 一级/二级/三级;
- a 镇群众工作中心 窗口廉政风险排查表: ``窗口`` (``民政窗口``…) and ``工作人员`` (a name) but no post
  column, ``办理事项`` before the 风险点, 高/中/低;
- a 村 小微权力清单 with 风险点: ``权力事项`` merged down, 高/中/低, ``责任人`` holding post names
  (``村党组织书记``…, no person) and a ``监督人`` column ``村务监督委员会主任`` merged over the table.

One is harder:

- ``village_school_nutrition_posts_across``: a 村小学's 营养改善计划 廉洁风险公示表 turned on its side
  — the posts stand ACROSS the top (``岗位 | 校长 | 营养餐管理员 | 食堂会计 | 仓库保管员``), a
  ``责任人`` row and a ``主要职责`` row under them, then blocks of rows labelled at the left
  ``风险点一 | 风险等级 | 防控措施`` and ``风险点二 | 风险等级 | 防控措施``; one post has no second point
  (its three cells blank); a 公示/监督电话 line under it.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (an essay on 农村 politics listing
征地拆迁, “三资”管理 and 涉农资金 abuses and the 村务监督委员会; a study of 乡村诊所 and antibiotics; a
幼儿园's joint “三项”专项整治 check of its 食堂, 饮用水, 有害生物防治, 园服 and 膳食经费; a 镇's 中心校 and
卫计委 checking every 幼儿园's 食品安全 before term; a city's 低保 rules for a 社区居委会's 低保专职干部 and
its 民主评议小组 of 居委会主任、分管主任; a 街道's 小巷环卫 包责 rules for its 社区; a 镇's 群众工作中心 with
its 公安、司法、财政、民政 windows; a 县's notice on 清廉村居 and 小微权力; the 营养改善计划 实施细则) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented.

Run ``python tests/published/score.py --set batch59`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b59_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- posts written across the top with ``风险点一 | 风险等级 | 防控措施`` blocks labelled at the left: each
  filled ``风险点…`` cell is a point of the post above it, its level the ``风险等级`` cell under it; a
  blank block is no point;
- ``较高``/``一般``/``较低`` used together are 1/2/3 (the README's three-step scale);
- ``责任人 | 职务`` trailing: the name is the holder, the 职务 the post;
- a ``窗口`` column names the 科室; with ``工作人员`` names and no post column the post is blank (the
  form is the window and the person);
- ``责任人`` holding post names (``村党组织书记``) is 对岗不对人: the post, no holder; the ``监督人``
  column (a name, or ``村务监督委员会主任``) over every row watches and holds none;
- ``风险领域``, ``办理事项``, ``权力事项``, ``整治领域``, ``监督方式``, ``自查结果`` are no points and no types;
- ``XX县青石镇农村集体“三资”代理服务中心…`` in a title gives the 镇 as the unit and the 中心 as the
  科室, its 中心主任 a middle post; a 镇中心学校's and a 小学's 校长 and 副校长, a 幼儿园's 园长 and a
  社区居委会's 主任 and 分管主任 are leaders; a 街道's 科长 and 所长 are middle posts.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``), copies the
LibreOffice re-saved copies ``resaved/b59_<name>.*`` (none yet) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b59_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
SCALE = {"较高": 1, "一般": 2, "较低": 3}
BLOCKS = ("风险点一", "风险点二")
TIER = {"中心主任": "middle", "园长": "leader", "后勤主任": "middle", "校长": "leader",
        "副校长": "leader", "居委会主任": "leader", "分管主任": "leader", "科长": "middle",
        "所长": "middle", "村党组织书记": "leader", "村民委员会主任": "leader"}  # fmt: skip


def _tier(post: str) -> str | None:
    if not post:
        return None
    return TIER.get(post, "general")


def _merge_runs(sh: _Sheet, first: int, cols_groups: list[tuple[int, ...]]) -> None:
    """Merge down each run of equal values in each group of columns (a group = one key): every
    column of the group is merged over the run. All runs are found before any is merged."""
    last = len(sh.rows) - 1
    spans = []
    for cols in cols_groups:
        r = first
        while r <= last:
            key = tuple(sh.rows[r][c] for c in cols)
            e = r
            while e < last and tuple(sh.rows[e + 1][c] for c in cols) == key:
                e += 1
            if e > r and all(k is not None for k in key):
                spans += [(r, e, c) for c in cols]
            r = e + 1
    for r, e, c in spans:
        for k in range(r + 1, e + 1):
            sh.rows[k][c] = None
        sh.merges.append((r, c, e, c))


def _across(sh: _Sheet, ncols: int, text: str) -> int:
    """A line of text merged across the table."""
    r = sh.add(text, *([None] * (ncols - 1)))
    sh.merge(r, 0, r, ncols - 1)
    return r


# --------------------------------------------------------------------------- harder layout


def village_school_nutrition_posts_across() -> dict:
    unit = "XX县云岭镇松坪小学"
    sh = _Sheet("公示表", [12, 30, 30, 30, 30])
    t = _Truth(unit)
    sh.title(f"{unit}农村义务教育学生营养改善计划廉洁风险公示表", 5)
    posts = [
        ("校长", "蓝志坚", "营养改善计划第一责任人,审批食材采购和膳食经费支出",
         [("食材供货商由个人指定,未经集体研究", "高", "供货商经校务会集体研究确定,结果公示。"),
          ("膳食补助资金挪作他用或列支招待费用", "高", "膳食补助专账核算,每学期向家长公布收支。")]),
        ("营养餐管理员", "韦春梅", "制定食谱,组织陪餐和学生用餐登记",
         [("虚报就餐学生人数,套取膳食补助", "高", "就餐人数每日登记,与学籍信息逐月核对。"),
          ("擅自降低供餐标准或随意变更食谱", "中", "食谱每周公示,家长代表每月参与陪餐。")]),
        ("食堂会计", "黄秀兰", "登记食堂收支,办理膳食经费报账",
         [("票据不实,以白条报销食材款", "中", "食材款凭正式发票和验收单报账,会计与出纳分设。"),
          ("食堂结余未滚动用于营养改善计划", "低", "结余按学期结转,使用方案报中心校审批。")]),
        ("仓库保管员", "莫永福", "食材验收入库、出库登记",
         [("验收不严,以次充好、短斤少两", "中", "双人验收,验收记录和留样照片存档。"),
          None]),
    ]  # fmt: skip
    sh.add("岗位", *[p[0] for p in posts])
    sh.add("责任人", *[p[1] for p in posts])
    sh.add("主要职责", *[p[2] for p in posts])
    for k, label in enumerate(BLOCKS):
        blocks = [p[3][k] for p in posts]
        sh.add(label, *[b[0] if b else None for b in blocks])
        sh.add("风险等级", *[b[1] if b else None for b in blocks])
        sh.add("防控措施", *[b[2] if b else None for b in blocks])
    for post, name, _duty, blocks in posts:
        for b in blocks:
            if b:
                t.point(sh.name, "", post, name, _tier(post), b[0], [], HML[b[1]])
    _across(sh, 5, "公示时间:2024年9月2日至9月9日　监督电话:0771-12345　监督单位:云岭镇中心学校")
    return _layout(
        "village_school_nutrition_posts_across", "http://m.zenchang.cn/law/law_view.asp?id=387283",
        "(harder) 村小学 营养改善计划 廉洁风险公示表 after the source's 营养改善计划 实施细则 and its rules (学校食堂 "
        "自办自管, 膳食补助 not for 教职工伙食 or 招待费, 虚报冒领, 供餐标准 and 食谱, 结余滚动使用): turned on its side "
        "— the posts across the top (``岗位 | 校长 | 营养餐管理员 | 食堂会计 | 仓库保管员``), a ``责任人`` row and a "
        "``主要职责`` row, then blocks of rows labelled at the left ``风险点一 | 风险等级 | 防控措施`` and ``风险点二 | "
        "风险等级 | 防控措施``; the 仓库保管员 has no second point (three blank cells); a 公示/监督电话 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def town_three_assets_center_types() -> dict:
    unit = "XX县青石镇"
    dept = "农村集体“三资”代理服务中心"
    sh = _Sheet("排查表", [5, 10, 8, 12, 32, 12, 8, 34])
    t = _Truth(unit)
    sh.title(f"{unit}{dept}岗位廉政风险排查表", 8)
    sh.add("序号", "岗位", "姓名", "风险领域", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心主任", "邝国辉", "“三资”管理", "审核村级大额支出把关不严,默许坐支集体收入", "制度机制风险", "高",
         "村级大额支出须附村民代表会议决议,中心每月抽查。"),
        ("中心主任", "邝国辉", "征地拆迁", "征地补偿款分配方案审核不严,为虚报人员拨款", "岗位职责风险", "高",
         "补偿名单在村公开栏公示七天,无异议后拨付。"),
        ("会计", "骆晓琴", "“三资”管理", "为“小金库”收支记账或做假账", "思想道德风险", "中",
         "村级收支全部纳入代理账户,票据编号管理。"),
        ("会计", "骆晓琴", "涉农资金", "惠农补贴发放清册与实际不符,优亲厚友", "业务流程风险", "中",
         "补贴清册经村监委签字,通过“一卡通”直接发放。"),
        ("出纳", "潘泽林", "“三资”管理", "挪用代管资金,公款私存", "思想道德风险", "高",
         "代管资金专户存储,出纳不兼记账,主任每月核对余额。"),
        ("资产合同管理员", "甘淑英", "“三资”管理", "集体资产发包不公开竞价,低价出租", "外部环境风险", "中",
         "集体资产发包进农村产权交易平台公开竞价。"),
        ("资产合同管理员", "甘淑英", "征地拆迁", "合同档案管理混乱,承包合同到期不收回", "业务流程风险", "低",
         "建立合同台账,到期前一个月提醒村委会。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, name, area, point, typ, level, measures) in enumerate(rows, 1):
        sh.add(n, post, name, area, point, typ, level, measures)
        t.point(sh.name, dept, post, name, _tier(post), point, types_in(typ), HML[level])
    _merge_runs(sh, first, [(1, 2)])
    sh.add()
    sh.add("中心负责人:", None, None, "镇纪委审核:", None, None, "2024年10月", None)
    return _layout(
        "town_three_assets_center_types", "http://bjxyzx.com/2018/0404/515787.shtml",
        "镇 农村集体“三资”代理服务中心 岗位廉政风险排查表 after the source's essay on 乡村政治生态 (征地拆迁 中 虚报冒领 "
        "补偿款; 农村“三资” 违规处置、“小金库”、坐支; 涉农专项资金 优亲厚友; 村务监督委员会): 岗位/姓名 merged per "
        "person, a ``风险领域`` column before the 风险点, 风险类型 ``…风险``, 高/中/低; a sign-off line",
        [sh], t,
    )  # fmt: skip


def village_clinic_doctor_selfcheck() -> dict:
    unit = "XX县石门镇岭南村卫生室"
    name, post = "覃丽娟", "乡村医生"
    sh = _Sheet("自查表", [5, 16, 34, 8, 32, 12])
    t = _Truth(unit)
    sh.title(f"{unit}乡村医生廉洁风险自查表", 6)
    sh.add("姓名", name, "岗位", post, "联系电话", "139****0852")
    sh.add("序号", "风险点", "具体表现", "风险等级", "防范措施", "自查结果")
    rows = [
        ("抗菌药物使用", "迎合患者要求超量开具抗菌药物、输液,以多开药增加收入", "一级",
         "执行抗菌药物分级管理,处方每月由镇卫生院点评。", "无"),
        ("药品购进", "从非指定渠道购进药品,收取供货商回扣", "一级",
         "药品统一由镇卫生院配送,不得自行采购。", "无"),
        ("一般诊疗费", "重复收取一般诊疗费或不按标准收费", "二级", "收费标准上墙公示,一律开具票据。", "无"),
        ("公共卫生服务", "虚报老年人体检、慢病随访人数,套取补助", "一级",
         "随访记录由患者签字,镇卫生院电话抽查回访。", "已整改"),
        ("家庭医生签约", "签约不履约,虚构签约服务记录", "二级", "签约服务记录按月上传,村委会监督。", "无"),
        ("医保结算", "用他人医保卡刷卡购药,挂床住院", "三级", "刷卡核验本人身份,结算清单由患者签字。", "无"),
    ]  # fmt: skip
    for n, (point, desc, level, measures, found) in enumerate(rows, 1):
        sh.add(n, point, desc, level, measures, found)
        t.point(sh.name, "", post, name, _tier(post), point, [], ORDINAL[level])
    sh.add()
    sh.add("本人签字:", None, "镇卫生院审核意见:", None, "填表日期:2025年3月", None)
    return _layout(
        "village_clinic_doctor_selfcheck", "https://m.fx361.cc/news/2016/0309/18497900.html",
        "村卫生室 乡村医生 廉洁风险自查表 after the source's study of five 乡村诊所 (乡村医生 in a 熟人社会 giving way to "
        "农民患者' demands for 抗生素 and 输液; 卫生室 收入 and the 医患关系): label|value pairs above (``姓名 | 覃丽娟 | "
        "岗位 | 乡村医生 | 联系电话 | …``), a short ``风险点`` beside a long ``具体表现``, 一级/二级/三级, a ``自查结果`` "
        "column (``无``/``已整改``) and a 本人签字/审核 line",
        [sh], t,
    )  # fmt: skip


def kindergarten_rectification_scale() -> dict:
    unit = "XX区雨荷幼儿园"
    sh = _Sheet("排查表", [5, 12, 32, 8, 34, 9, 12])
    t = _Truth(unit)
    sh.title(f"{unit}“三项”专项整治廉洁风险排查表", 7)
    sh.add("序号", "整治领域", "风险点", "风险等级", "防控措施", "责任人", "职务")
    rows = [
        ("食堂管理", "食材采购不经询价,指定供应商", "较高", "大宗食材公开比选,采购结果园务会通报。",
         "梁慧敏", "园长"),
        ("食堂管理", "食材验收走过场,收受供应商好处", "较高", "双人验收,家长代表每月参与一次验收。",
         "欧阳平", "后勤主任"),
        ("膳食经费", "膳食费结余过多或列支教职工伙食", "较高", "膳食费单独核算,收支每月公示。",
         "梁慧敏", "园长"),
        ("饮用水", "桶装水供应商资质审核不严", "一般", "供应商资质年审,水质检测报告存档。",
         "欧阳平", "后勤主任"),
        ("有害生物防治", "防治服务虚报次数,多付服务费", "一般", "每次服务现场签字确认,按次结算。",
         "韦丽", "保健医生"),
        ("园服", "强制或变相强制幼儿购买园服", "一般", "园服自愿购买,价格公示并征求家长意见。",
         "梁慧敏", "园长"),
        ("园服", "园服采购收取回扣", "较低", "园服采购由家委会参与比选。", "欧阳平", "后勤主任"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (area, point, level, measures, name, post) in enumerate(rows, 1):
        sh.add(n, area, point, level, measures, name, post)
        t.point(sh.name, "", post, name, _tier(post), point, [], SCALE[level])
    _merge_runs(sh, first, [(1,)])
    sh.add()
    sh.add("园长(签字):", None, "区教育局审核:", None, None, "2024年9月", None)
    return _layout(
        "kindergarten_rectification_scale", "http://news.43b.com.cn/a/1371632.html",
        "幼儿园 “三项”专项整治 廉洁风险排查表 after the source's news item on a joint 检查组 (教育、财政、卫健、市场监管) "
        "checking a 幼儿园's 食堂, 饮用水, 有害生物防治 and 园服 and its 膳食经费 and 陪餐制度: ``整治领域`` merged down, "
        "levels ``较高``/``一般``/``较低``, ``责任人 | 职务`` trailing (the name before the post, the 园长 and 后勤主任 "
        "each in rows apart); a sign-off line",
        [sh], t,
    )  # fmt: skip


def town_central_school_watcher() -> dict:
    unit = "XX县柳溪镇中心学校"
    sh = _Sheet("防控表", [5, 10, 8, 26, 30, 7, 32, 9])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险防控表", 8)
    sh.add("序号", "职务", "姓名", "岗位职责", "风险点", "风险等级", "防控措施", "监督人")
    duty = {
        "袁德明": "主持中心学校全面工作,审批经费支出",
        "莫小燕": "分管学前教育,组织全镇幼儿园开学前检查验收",
        "陆海清": "负责中心学校及所辖学校会计核算",
        "丁晓峰": "负责全镇学校食堂和校园安全检查",
    }
    rows = [
        ("校长", "袁德明", "经费支出“一支笔”审批,未经集体研究", "Ⅰ级", "大额经费支出经行政会集体研究。"),
        ("校长", "袁德明", "教师评优评先、职称推荐暗箱操作", "Ⅱ级", "推荐方案和结果全镇公示五天。"),
        ("副校长", "莫小燕", "民办幼儿园检查验收降低标准", "Ⅰ级", "验收会同镇卫计办、食药所联合进行,记录存档。"),
        ("副校长", "莫小燕", "接受幼儿园举办者宴请、礼品", "Ⅲ级", "签订廉洁承诺,检查实行两人以上。"),
        ("会计", "陆海清", "报账票据审核不严,违规报销", "Ⅱ级", "报销票据经经办人、校长签字后入账。"),
        ("安全专干", "丁晓峰", "食堂检查发现问题不整改、不报告", "Ⅱ级", "检查问题清单化,整改情况按月通报。"),
        ("安全专干", "丁晓峰", "为关系企业推荐校园安保设备", "Ⅲ级", "设备采购按政府采购规定办理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, name, point, level, measures) in enumerate(rows, 1):
        sh.add(n, post, name, duty[name], point, level, measures, "程立新")
        t.point(sh.name, "", post, name, _tier(post), point, [], ROMAN[level])
    _merge_runs(sh, first, [(1, 2, 3), (7,)])
    sh.add()
    sh.add("填表人:", None, None, "校长:", None, None, "2024年8月", None)
    return _layout(
        "town_central_school_watcher", "https://df.jiceng.zhengzhou.gov.cn/024002001/3884610.jhtml",
        "镇中心学校 岗位廉政风险防控表 after the source's note of a 镇 and its 中心校 and 卫计委 checking every 幼儿园's "
        "食堂 before term (储存条件, 消毒, 厨师健康, 防蝇防虫): ``职务 | 姓名 | 岗位职责`` merged per person, levels "
        "``Ⅰ级``/``Ⅱ级``/``Ⅲ级``, a trailing ``监督人`` column of one name merged over the whole table; a sign-off line",
        [sh], t,
    )  # fmt: skip


def community_lowincome_posts_only() -> dict:
    unit = "XX市XX区梅园街道桂花社区居委会"
    sh = _Sheet("清单", [5, 12, 26, 32, 8, 32, 16])
    t = _Truth(unit)
    sh.title(f"{unit}低保工作廉政风险点清单", 7)
    sh.add("序号", "岗位", "主要职责", "风险点", "风险等级", "防控措施", "监督方式")
    duty = {
        "居委会主任": "组织低保民主评议,签署审批表意见",
        "分管主任": "参加民主评议,组织张榜公布",
        "低保专职干部": "受理申请,入户调查核实,管理低保档案",
    }
    rows = [
        ("居委会主任", "民主评议不按程序,个人决定评议结果", "高", "评议小组成员签名,评议记录存档。", "街道民政办抽查"),
        ("居委会主任", "在审批表上为不符合条件的家庭签署同意意见", "高", "审批表意见与评议结果一致方可签署。",
         "街道民政办复核"),
        ("分管主任", "张榜公布不全或公布时间不足", "中", "公布内容和时间拍照留存,报街道备案。", "居民监督"),
        ("低保专职干部", "受理申请时索要好处或故意刁难", "中", "受理登记一次性告知,办理时限公开。", "投诉电话"),
        ("低保专职干部", "入户调查不实,隐瞒家庭收入和财产", "高", "入户调查两人进行,调查表由申请人签字。",
         "街道民政办抽查"),
        ("低保专职干部", "家庭收入变化未及时复查,应停未停", "中", "每半年复查一次,复查结果报街道。", "审计检查"),
        ("低保专职干部", "泄露申请家庭个人信息", "低", "档案专柜存放,查阅登记。", "内部检查"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, point, level, measures, watch) in enumerate(rows, 1):
        sh.add(n, post, duty[post], point, level, measures, watch)
        t.point(sh.name, "", post, "", _tier(post), point, [], HML[level])
    _merge_runs(sh, first, [(1, 2)])
    sh.add()
    sh.add("社区党组织审核:", None, None, "街道纪工委备案:", None, "2024年7月", None)
    return _layout(
        "community_lowincome_posts_only", "http://www.fsou.net/html/text/lar/168809/16880937_8.html",
        "社区居委会 低保工作 廉政风险点清单 对岗不对人 after the source's city 低保 rules (社区居委会 安排 低保专职干部 "
        "持证上岗: 受理申请, 入户调查, 民主评议小组 of 居委会主任、分管主任、居民组长、楼院长, 张榜公布, 跟踪复查, 档案): "
        "岗位 and 主要职责 merged per post, 高/中/低, a ``监督方式`` column after the 防控措施; a sign-off line",
        [sh], t,
    )  # fmt: skip


def street_sanitation_sections() -> dict:
    unit = "XX市XX区望江街道"
    sh = _Sheet("防控表", [5, 12, 12, 8, 32, 10, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}城市管理岗位廉政风险防控表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("城市管理科", "科长", "常振华", "社区环卫包责考核打分不公,人情分", "岗位职责", "一级",
         "考核由科室集体打分,结果在各社区公示。"),
        ("城市管理科", "科长", "常振华", "保洁服务项目验收把关不严", "业务流程", "二级",
         "验收邀请社区代表参加,验收记录存档。"),
        ("城市管理科", "城管专干", "严俊", "对占道经营选择性劝导,收受商户好处", "思想道德", "二级",
         "巡查记录每日上传,商户投诉电话公开。"),
        ("环境卫生所", "所长", "汤秀芝", "环卫作业人员考勤虚报,冒领工资", "制度机制", "一级",
         "考勤打卡定位,工资通过银行直接发放。"),
        ("环境卫生所", "所长", "汤秀芝", "垃圾清运车辆加油、维修费用虚高", "业务流程", "二级",
         "单车核算油耗,维修定点并公开结算。"),
        ("环境卫生所", "环卫督查员", "钟伟", "小街小巷保洁检查走过场,问题不上报", "岗位职责", "三级",
         "检查照片上传平台,街道每周抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (office, post, name, point, typ, level, measures) in enumerate(rows, 1):
        sh.add(n, office, post, name, point, typ, level, measures)
        t.point(sh.name, office, post, name, _tier(post), point, types_in(typ), ORDINAL[level])
    _merge_runs(sh, first, [(1,), (2, 3)])
    sh.add()
    sh.add("科室负责人:", None, None, "分管领导:", None, "街道纪工委:", "2025年1月", None)
    return _layout(
        "street_sanitation_sections", "https://taowenge.com/p-28664829.html",
        "街道 城市管理 岗位廉政风险防控表 after the source's 城市小巷环卫考核办法 (街道办事处所属各社区 包责 小街小巷 "
        "清扫保洁, 垃圾清收转运, 环卫设施管理, 检查考核 奖优罚劣): 科室 merged (``城市管理科``, ``环境卫生所``), "
        "岗位/责任人 merged per person, 风险类别 written short (``岗位职责``), 一级/二级/三级; a sign-off line",
        [sh], t,
    )  # fmt: skip


def town_service_hall_windows() -> dict:
    unit = "XX县白石镇"
    sh = _Sheet("排查表", [5, 12, 9, 16, 32, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}群众工作中心窗口廉政风险排查表", 7)
    sh.add("序号", "窗口", "工作人员", "办理事项", "风险点", "风险等级", "防控措施")
    rows = [
        ("民政窗口", "苏桂兰", "临时救助申请", "救助对象审核不严,优亲厚友", "高",
         "救助对象经村(居)评议并公示,窗口登记备查。"),
        ("民政窗口", "苏桂兰", "高龄津贴办理", "为不符合条件人员办理津贴", "中", "身份信息系统比对,季度核查。"),
        ("财政窗口", "何振宇", "惠农补贴发放", "补贴资金发放不及时或截留", "高", "补贴通过“一卡通”直接发放到户。"),
        ("财政窗口", "何振宇", "补贴信息变更", "擅自变更补贴账户信息", "中", "账户变更须本人到场并留存影像。"),
        ("司法窗口", "卢春燕", "法律援助受理", "对援助申请拖延受理,索要好处", "低", "受理时限公示,办理进度可查询。"),
        ("社保窗口", "邓国庆", "城乡居民养老保险", "违规为不符合条件人员补缴、办理待遇", "高",
         "待遇核定实行初审、复审,结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (window, name, item, point, level, measures) in enumerate(rows, 1):
        sh.add(n, window, name, item, point, level, measures)
        t.point(sh.name, window, "", name, None, point, [], HML[level])
    _merge_runs(sh, first, [(1, 2)])
    sh.add()
    sh.add("中心负责人:", None, None, "镇纪委审核:", None, "2024年6月", None)
    return _layout(
        "town_service_hall_windows", "http://www.bluewhalekiteacademy.com/content/2015-09/16/content_401195.htm",
        "镇群众工作中心 窗口廉政风险排查表 after the source's photo note of a 镇 群众工作中心 (公安、司法、财政、民政等 "
        "服务窗口一字排开, 涉农站所全入驻, 进一扇门办多种事): ``窗口`` (the 科室) and ``工作人员`` (a name) merged per "
        "person, no post column, ``办理事项`` before the 风险点, 高/中/低; a sign-off line",
        [sh], t,
    )  # fmt: skip


def village_micro_power_list() -> dict:
    unit = "XX县龙潭镇石桥村"
    sh = _Sheet("清单", [5, 14, 32, 8, 32, 14, 14])
    t = _Truth(unit)
    sh.title(f"{unit}小微权力清单及廉政风险点", 7)
    sh.add("序号", "权力事项", "风险点", "风险等级", "防控措施", "责任人", "监督人")
    rows = [
        ("村级工程项目", "不按“五议两公开”决策,指定施工队伍", "高", "项目经村民代表会议决议,公开比选施工单位。",
         "村党组织书记"),
        ("村级工程项目", "工程验收把关不严,虚增工程量", "中", "验收由村监委和村民代表参加,结算公开。",
         "村民委员会主任"),
        ("集体资产租赁", "集体资产不公开发包,低价租给亲友", "高", "发包进镇农村产权交易平台。", "村民委员会主任"),
        ("低保初审", "初审评议优亲厚友,搞“人情保”", "中", "评议过程记录,初审结果公示。", "村党组织书记"),
        ("村级财务", "开支无审批、白条入账", "中", "开支经村监委审核签字后报账。", "村会计"),
        ("印章管理", "私自使用村印章出具证明", "低", "用章登记,一事一登记。", "村会计"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (item, point, level, measures, post) in enumerate(rows, 1):
        sh.add(n, item, point, level, measures, post, "村务监督委员会主任")
        t.point(sh.name, "", post, "", _tier(post), point, [], HML[level])
    _merge_runs(sh, first, [(1,), (6,)])
    sh.add()
    _across(sh, 7, "注:本清单在村务公开栏长期公示,群众可向村务监督委员会或镇纪委反映。")
    return _layout(
        "village_micro_power_list", "https://www.zjpy.gov.cn/art/2024/12/16/art_1229731374_59112288.html",
        "村 小微权力清单及廉政风险点 after the source's 县 notice on 清廉村居 认定 (清廉指数, 负面清单, 村级财务管理 "
        "违规, 村务 and 小微权力): ``权力事项`` merged down, 高/中/低, a ``责任人`` column holding post names "
        "(``村党组织书记``, ``村民委员会主任``, ``村会计``: no person) and a ``监督人`` column ``村务监督委员会主任`` "
        "merged over the table; a 注 line across",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    village_school_nutrition_posts_across(),
    town_three_assets_center_types(),
    village_clinic_doctor_selfcheck(),
    kindergarten_rectification_scale(),
    town_central_school_watcher(),
    community_lowincome_posts_only(),
    street_sanitation_sections(),
    town_service_hall_windows(),
    village_micro_power_list(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b59_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch59-inbox"))
