"""A holder's cell merged down over the rows of several holders, one line a row: '部门' merged over
a 部门's rows and '责任岗位及人员' merged over the same rows, the cell's k-th line the holder of the
k-th row (a line repeated where one holder has two rows), or a ``注：`` saying the lines pair with
the rows by order (``_holder_lines_by_row``, issue HOLDER_LINES_BY_ROW).

The layouts here are not the published batch's (a county's 游客服务中心 with 部门/岗位及责任人 and
高/中/低): a city 博物馆 and a 图书馆, other posts and names, 一级/二级/三级 and ★ levels, names
only or 'post　name' with a full-width space, a 风险类型 column, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


TITLE = ["XX市博物馆岗位廉政风险点排查表"]
HEAD = ["序号", "科室", "责任岗位及人员", "风险点", "风险类型", "风险等级", "防控措施"]


def test_repeated_post_name_lines_pair_with_the_rows(tmp_path):
    rows = [TITLE, HEAD,
            [1, "馆领导", "馆长　郝静姝\n副馆长　龚彦博\n副馆长　龚彦博", "大额支出个人决定", "制度机制", "一级", "集体决策"],
            [2, None, None, "文物征集价格不公", "岗位职责", "二级", "专家评估"],
            [3, None, None, "展陈项目指定施工", "岗位职责", "一级", "公开招标"],
            [4, "藏品部", "主任　栾若溪\n主任　栾若溪\n保管员　荀思远", "藏品出入库登记不全", "岗位职责", "二级", "双人核对"],
            [5, None, None, "文物鉴定收受好处", "思想道德", "一级", "集体鉴定"],
            [6, None, None, "库房钥匙私自保管", "岗位职责", "三级", "双人双锁"]]  # fmt: skip
    got = run(tmp_path, rows, ["B3:B5", "C3:C5", "B6:B8", "C6:C8"])
    assert read(got) == sorted([
        ("馆长", "郝静姝", "大额支出个人决定", "Ⅰ级"),
        ("副馆长", "龚彦博", "文物征集价格不公", "Ⅱ级"),
        ("副馆长", "龚彦博", "展陈项目指定施工", "Ⅰ级"),
        ("主任", "栾若溪", "藏品出入库登记不全", "Ⅱ级"),
        ("主任", "栾若溪", "文物鉴定收受好处", "Ⅰ级"),
        ("保管员", "荀思远", "库房钥匙私自保管", "Ⅲ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDER_LINES_BY_ROW"]
    assert list(said["cell"]) == ["C3", "C6"]
    assert not errors(got)


def test_distinct_lines_paired_by_a_note(tmp_path):
    rows = [["XX市图书馆廉政风险防控清单"],
            ["部门", "岗位及责任人", "廉政风险点", "等级", "措施"],
            ["采编部", "部长　岑沐阳\n采编员　鄢若晴\n验收员　庹一帆", "图书采购收受回扣", "★★★", "政府采购"],
            [None, None, "捐赠图书私自处置", "★★", "登记入藏"],
            [None, None, "验收走过场", "★", "抽检复核"],
            ["注：岗位及责任人逐行填写，依次对应同一行的风险点。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A3:A5", "B3:B5", "A6:E6"])
    assert read(got) == sorted([
        ("部长", "岑沐阳", "图书采购收受回扣", "Ⅰ级"),
        ("采编员", "鄢若晴", "捐赠图书私自处置", "Ⅱ级"),
        ("验收员", "庹一帆", "验收走过场", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_LINES_BY_ROW" in codes(got)
    assert not errors(got)


def test_names_only_repeated_under_the_holders_heading(tmp_path):
    rows = [TITLE,
            ["序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "开放部", "讲解员", "郝静姝\n郝静姝\n龚彦博", "讲解服务私自收费", "二级", "明码标价"],
            [2, None, "讲解员", None, "团队预约优亲厚友", "三级", "系统预约"],
            [3, None, "检票员", None, "门票私自放行", "二级", "电子检票"]]  # fmt: skip
    got = run(tmp_path, rows, ["B3:B5", "D3:D5"])
    assert read(got) == sorted([
        ("讲解员", "郝静姝", "讲解服务私自收费", "Ⅱ级"),
        ("讲解员", "郝静姝", "团队预约优亲厚友", "Ⅲ级"),
        ("检票员", "龚彦博", "门票私自放行", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_two_holders_over_three_rows_still_share_them(tmp_path):
    rows = [TITLE, HEAD,
            [1, "保卫科", "科长　栾若溪\n科员　荀思远", "安防采购虚高报价", "岗位职责", "一级", "比价"],
            [2, None, None, "值班记录弄虚作假", "岗位职责", "三级", "抽查"],
            [3, None, None, "外包人员管理松散", "岗位职责", "二级", "考核"]]  # fmt: skip
    got = run(tmp_path, rows, ["B3:B5", "C3:C5"])
    points = [("安防采购虚高报价", "Ⅰ级"), ("值班记录弄虚作假", "Ⅲ级"), ("外包人员管理松散", "Ⅱ级")]
    assert read(got) == sorted(
        [("科长", "栾若溪", p, lv) for p, lv in points]
        + [("科员", "荀思远", p, lv) for p, lv in points]
    )
    assert "HOLDER_LINES_BY_ROW" not in codes(got)
    assert not errors(got)


def test_distinct_lines_and_no_note_are_read_as_shared(tmp_path):
    rows = [TITLE, HEAD,
            [1, "财务科", "科长　岑沐阳\n会计　鄢若晴", "报销审核把关不严", "岗位职责", "二级", "复核"],
            [2, None, None, "现金保管不规范", "岗位职责", "三级", "盘点"]]  # fmt: skip
    got = run(tmp_path, rows, ["B3:B4", "C3:C4"])
    points = [("报销审核把关不严", "Ⅱ级"), ("现金保管不规范", "Ⅲ级")]
    assert read(got) == sorted(
        [("科长", "岑沐阳", p, lv) for p, lv in points]
        + [("会计", "鄢若晴", p, lv) for p, lv in points]
    )
    assert "HOLDER_LINES_BY_ROW" not in codes(got)
    assert not errors(got)


def test_what_the_hundred_and_eleventh_review_found_a_levels_note_pairs_no_lines(tmp_path):
    # '风险等级一、二、三级依次对应高、中、低风险' pairs levels, and '责任人为岗位现任人员' in the
    # next clause says nothing of rows: the leaders' cell is shared by every row, as before
    rows = [["XX县自然资源局岗位廉政风险点登记表"],
            ["序号", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施"],
            [1, "局领导", "张建国\n李明华\n赵一鸣", "大额支出个人决定", "制度机制", "一级", "集体决策"],
            [2, None, None, "文物征集价格不公", "岗位职责", "二级", "专家评估"],
            [3, None, None, "展陈项目指定施工", "岗位职责", "一级", "公开招标"],
            [4, "保管员", "王小红", "库房钥匙私自保管", "岗位职责", "三级", "双人双锁"],
            ["注：风险等级一、二、三级依次对应高、中、低风险；责任人为岗位现任人员。"]]  # fmt: skip
    got = run(tmp_path, rows, ["B3:B5", "C3:C5"])
    points = [("大额支出个人决定", "Ⅰ级"), ("文物征集价格不公", "Ⅱ级"), ("展陈项目指定施工", "Ⅰ级")]
    assert read(got) == sorted(
        [("局领导", n, p, lv) for n in ("张建国", "李明华", "赵一鸣") for p, lv in points]
        + [("保管员", "王小红", "库房钥匙私自保管", "Ⅲ级")]
    )
    assert "HOLDER_LINES_BY_ROW" not in codes(got)
    assert not errors(got)
    # the same note with a clause of its own pairing the holders by row: paired
    rows[-1] = [
        "注：风险等级一、二、三级依次对应高、中、低风险；责任人按行依次对应同一行的风险点。"
    ]
    got = run(tmp_path / "2", rows, ["B3:B5", "C3:C5"])
    assert read(got) == sorted([
        ("局领导", "张建国", "大额支出个人决定", "Ⅰ级"),
        ("局领导", "李明华", "文物征集价格不公", "Ⅱ级"),
        ("局领导", "赵一鸣", "展陈项目指定施工", "Ⅰ级"),
        ("保管员", "王小红", "库房钥匙私自保管", "Ⅲ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDER_LINES_BY_ROW"]
    assert list(said["cell"]) == ["C3"]
    # a row word and a holder word in different clauses, '对应' in a level's: none
    rows[-1] = ["注：风险等级依次对应高、中、低；责任人逐行填写。"]
    got = run(tmp_path / "3", rows, ["B3:B5", "C3:C5"])
    assert "HOLDER_LINES_BY_ROW" not in codes(got)
    assert len(read(got)) == 10
