"""A row whose 风险类型 and 风险等级 cells hold each other's words under right headings (``二级``
under 风险类型, ``业务流程风险`` under 风险等级; the headings and the other rows right): read
crosswise, with one warning a table naming the cells (TYPE_LEVEL_CELLS_SWAPPED), where the reader
took each cell by its heading only and gave TYPE_UNKNOWN and LEVEL_UNKNOWN on both, the points
with no level and their holders graded C.

Why these files: the published batch (a 农村公路管理站's 一览表 with ``一级/二级/三级``, one 股室's
rows pasted from its own return) is one office's slip; any office pasting a section from a
return whose columns stand the other way round writes it so, in its own words. Here a 县医保局's
一览表 with ``高/中/低`` and ``风险类别 | 风险级别`` where the level comes FIRST and one row is
swapped, a 街道办's 排查表 with ``Ⅰ级/Ⅱ级/Ⅲ级`` and two types in one swapped cell, and a 粮库's
list re-saved as .ods with ``★★★/★★/★``. The near-misses an ordinary file has are read as
before: a level word under 风险类型 with the 风险等级 cell blank (one misplaced alone: TYPE_UNKNOWN
and LEVEL_BLANK as now, nothing guessed), a type word under 风险等级 beside a right type (only
LEVEL_UNKNOWN), and a whole table whose headings stand over each other's columns (the columns'
rule, no row warning).

Written with xlsxwriter (tests/helpers.py) and a hand-built .ods, read back as ``collect_inbox``
reads a file.
"""

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

CODE = "TYPE_LEVEL_CELLS_SWAPPED"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], name: str = "list.xlsx"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / name, {"一览表": rows})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["person"], r["risk_point"], r["risk_type"], r["risk_level"], strict=True))


def codes(got, code: str) -> list[dict]:
    found = got.issues
    return found[found["code"] == code].to_dict("records")


INSURANCE = [
    ["江源县医疗保障局廉政风险防控一览表"],
    ["序号", "科室", "职务", "姓名", "风险点", "风险级别", "风险类别", "防控措施"],
    [1, "基金监管股", "股长", "闵若溪", "对定点医药机构检查走过场", "高", "岗位职责风险", "双人检查，全程记录。"],
    [2, "基金监管股", "股长", "闵若溪", "违规退还追回的医保基金", "中", "制度机制风险", "退款集体研究。"],
    [3, "待遇保障股", "经办员", "甘子墨", "为亲友违规报销门诊费用", "思想道德风险", "低", "报销系统留痕，定期抽查。"],
    [4, "待遇保障股", "经办员", "甘子墨", "慢特病认定把关不严", "中", "业务流程风险", "专家评审，结果公示。"],
]  # fmt: skip


def test_one_row_swapped_with_the_level_column_first(tmp_path):
    got = run(tmp_path, INSURANCE)
    assert read(got) == sorted([
        ("闵若溪", "对定点医药机构检查走过场", "岗位职责风险", "Ⅰ级"),
        ("闵若溪", "违规退还追回的医保基金", "制度机制风险", "Ⅱ级"),
        ("甘子墨", "为亲友违规报销门诊费用", "思想道德风险", "Ⅲ级"),
        ("甘子墨", "慢特病认定把关不严", "业务流程风险", "Ⅱ级"),
    ])  # fmt: skip
    said = codes(got, CODE)
    assert len(said) == 1 and said[0]["severity"] == "warning"
    assert "F5" in said[0]["message"] and "G5" in said[0]["message"]
    assert "风险类别" in said[0]["message"] and "风险级别" in said[0]["message"]
    assert not codes(got, "TYPE_UNKNOWN") and not codes(got, "LEVEL_UNKNOWN")


STREET = [
    ["青山街道办事处岗位廉政风险排查表"],
    ["序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施", "备注"],
    [1, "主任", "于佳禾", "社区工程项目违规发包", "制度机制风险", "Ⅰ级", "项目公开招标。", None],
    [2, "城管办主任", "温书瑶", "违建查处选择性执法", "Ⅱ级", "岗位职责风险、业务流程风险", "执法记录仪全程记录。", None],
    [3, "城管办主任", "温书瑶", "收受商户好处费", "Ⅰ级", "思想道德风险", "廉政谈话，公开举报电话。", None],
    [4, "民政专干", "焦浩然", "低保审核优亲厚友", "业务流程风险", "Ⅱ级", "入户调查，张榜公示。", None],
]  # fmt: skip


def test_swapped_rows_with_two_types_in_one_cell(tmp_path):
    got = run(tmp_path, STREET)
    assert read(got) == sorted([
        ("于佳禾", "社区工程项目违规发包", "制度机制风险", "Ⅰ级"),
        ("温书瑶", "违建查处选择性执法", "岗位职责风险;业务流程风险", "Ⅱ级"),
        ("温书瑶", "收受商户好处费", "思想道德风险", "Ⅰ级"),
        ("焦浩然", "低保审核优亲厚友", "业务流程风险", "Ⅱ级"),
    ])  # fmt: skip
    said = codes(got, CODE)
    assert len(said) == 1 and "E4/F4" in said[0]["message"] and "E5/F5" in said[0]["message"]
    assert not codes(got, "TYPE_UNKNOWN") and not codes(got, "LEVEL_UNKNOWN")
    assert dict(zip(got.posts["person"], got.posts["computed_grade"], strict=True))["温书瑶"] == "A"


def _ods(path: Path, rows: list[list]) -> Path:
    """A one-sheet .ods as LibreOffice saves it (values only)."""
    body = ['<table:table table:name="清单">']
    for row in rows:
        body.append("<table:table-row>")
        for v in row:
            if v is None:
                body.append("<table:table-cell/>")
            elif isinstance(v, int):
                body.append(f'<table:table-cell office:value-type="float" office:value="{v}">'
                            f"<text:p>{v}</text:p></table:table-cell>")  # fmt: skip
            else:
                body.append(f'<table:table-cell office:value-type="string"><text:p>{escape(v)}'
                            "</text:p></table:table-cell>")  # fmt: skip
        body.append("</table:table-row>")
    body.append("</table:table>")
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')  # fmt: skip
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
               f"<office:body><office:spreadsheet>{''.join(body)}</office:spreadsheet></office:body>"
               "</office:document-content>")  # fmt: skip
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")  # fmt: skip
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)  # fmt: skip
        z.writestr("META-INF/manifest.xml", manifest)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


GRANARY = [
    ["白鹭湖国家粮食储备库廉政风险点清单"],
    ["序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
    [1, "仓储科", "保管员", "容一鸣", "粮食出入库数量弄虚作假", "★★★", "业务流程风险", "出入库双人签字。"],
    [2, "仓储科", "保管员", "容一鸣", "以次充好调换储备粮", "★★", "岗位职责风险", "每月盘库，视频监控。"],
    [3, "财务科", "会计", "车婉清", "虚列轮换费用", "制度机制风险", "★★", "费用支出集体审批。"],
]  # fmt: skip


def test_an_ods_copy_with_stars(tmp_path):
    inbox = tmp_path / "inbox"
    _ods(inbox / "粮库.ods", GRANARY)
    got = _collect(inbox)
    assert read(got) == sorted([
        ("容一鸣", "粮食出入库数量弄虚作假", "业务流程风险", "Ⅰ级"),
        ("容一鸣", "以次充好调换储备粮", "岗位职责风险", "Ⅱ级"),
        ("车婉清", "虚列轮换费用", "制度机制风险", "Ⅱ级"),
    ])  # fmt: skip
    assert len(codes(got, CODE)) == 1


def test_one_of_the_two_misplaced_alone_is_read_as_before(tmp_path):
    rows = [
        ["南湖镇财政所廉政风险防控一览表"],
        ["序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
        [1, "所长", "俞明轩", "违规拨付专项资金", "一级", None, "资金拨付集体研究。"],
        [2, "会计", "戚若彤", "私设小金库", "制度机制风险", "岗位职责风险", "定期审计。"],
        [3, "出纳", "程雨桐", "挪用公款", "岗位职责风险", "二级", "日清月结。"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert not codes(got, CODE)
    assert [i["cell"] for i in codes(got, "TYPE_UNKNOWN")] == ["E3"]
    assert [i["cell"] for i in codes(got, "LEVEL_BLANK")] == ["F3"]
    assert [i["cell"] for i in codes(got, "LEVEL_UNKNOWN")] == ["F4"]
    assert ("程雨桐", "挪用公款", "岗位职责风险", "Ⅱ级") in read(got)


def test_headings_over_each_others_columns_stay_the_columns_rule(tmp_path):
    rows = [
        ["西岭乡农业服务中心廉政风险防控一览表"],
        ["序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
        [1, "主任", "柏嘉懿", "惠农补贴审核把关不严", "高", "岗位职责风险", "补贴名单公示。"],
        [2, "农技员", "司马晨", "农资推广收受回扣", "中", "思想道德风险", "廉洁承诺。"],
        [3, "农技员", "司马晨", "良种补贴虚报面积", "低", "业务流程风险", "实地核查。"],
        [4, "会计", "褚安然", "报账票据审核不严", "中", "制度机制风险", "票据双审。"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert not codes(got, CODE)
    assert read(got) == sorted([
        ("柏嘉懿", "惠农补贴审核把关不严", "岗位职责风险", "Ⅰ级"),
        ("司马晨", "农资推广收受回扣", "思想道德风险", "Ⅱ级"),
        ("司马晨", "良种补贴虚报面积", "业务流程风险", "Ⅲ级"),
        ("褚安然", "报账票据审核不严", "制度机制风险", "Ⅱ级"),
    ])  # fmt: skip


def test_what_the_hundred_and_twenty_ninth_review_found_a_type_column_of_level_like_words(
    tmp_path,
):
    """A 风险类型 column whose own words read as levels ('重点', '一般': a list sorting its points
    into 重点/一般 beside a 风险等级 of 一级/二级/三级) keeps its words where one row's level cell
    holds a type word ('一般 | 岗位职责风险'): that row is read as before (TYPE_UNKNOWN, LEVEL_UNKNOWN:
    the sender told), not crosswise. The rule had read '一般' as the row's level (Ⅲ级, another
    scale than the table's) and warned TYPE_LEVEL_CELLS_SWAPPED. Judgement: where the other rows
    hold a level word in BOTH cells the type column's '一般' is no misplaced level, so nothing is
    guessed; a table whose other rows are right still has its swapped rows read crosswise."""
    rows = [
        ["青川县自然资源局廉政风险防控一览表"],
        ["序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
        [1, "用地股", "股长", "兰若川", "违规办理用地审批", "一般", "岗位职责风险", "集体审议。"],
        [2, "用地股", "科员", "覃知夏", "土地出让底价泄露", "重点", "一级", "保密承诺。"],
        [3, "执法大队", "队长", "兰若川", "违法用地查处不到位", "一般", "三级", "执法记录。"],
        [4, "办公室", "主任", "覃知夏", "公车私用", "一般", "三级", "公车定位。"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert not codes(got, CODE)
    levels = {p: lv for _n, p, _t, lv in read(got)}
    assert levels["违规办理用地审批"] == ""  # (unread, as before the rule)
    assert levels["土地出让底价泄露"] == "Ⅰ级" and levels["违法用地查处不到位"] == "Ⅲ级"
    assert [i["cell"] for i in codes(got, "LEVEL_UNKNOWN")] == ["G3"]
